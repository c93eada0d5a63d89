#pragma once

#include "core/id.h"
#include "core/result.h"
#include "model/dependents.h"
#include "model/model.h"

#include <QList>
#include <QString>

namespace schemata::model {

// GUI-free edits of one table's members (what the docked table editor does), as plain
// functions on a Model so that the CLI and tests can use them without a screen. Every
// function checks its input first and changes nothing when it returns an error; the
// error names the object (schema.table.member) and says what is wrong. New object IDs
// are passed in by the caller (the controller's seeded generator), so the functions
// themselves stay deterministic. Default names follow PostgreSQL's conventions
// (<table>_<cols>_idx/_key/_fkey, <table>_check) with a counter on a clash, so the same
// edits always produce the same names.

// --- Columns
// Appends (position < 0) or inserts a column; an empty name becomes column_<n>.
core::Status addColumn(Model& model, const core::Id& tableId, const core::Id& columnId,
                       const QString& name = {}, const LogicalType& type = {}, int position = -1);
// Removes a column with everything model::dependentsOf() lists for it.
core::Status removeColumn(Model& model, const core::Id& columnId,
                          QList<Dependent>* removed = nullptr);
// Moves a column to `position` (0-based, clamped to the table) within its table.
core::Status moveColumn(Model& model, const core::Id& columnId, int position);
// A column is "unique" when a UNIQUE constraint over exactly that column exists.
bool isColumnUnique(const Table& table, const core::Id& columnId);
// Adds a single-column UNIQUE constraint (id `constraintId`) or removes every
// single-column UNIQUE constraint over the column.
core::Status setColumnUnique(Model& model, const core::Id& columnId, bool unique,
                             const core::Id& constraintId);

// --- Unique constraints over one or more columns (in key order)
// A UNIQUE constraint over `columnIds`, named by default <table>_<cols>_key.
core::Status addUnique(Model& model, const core::Id& tableId, const core::Id& constraintId,
                       const QList<core::Id>& columnIds, const QString& name = {});
// Replaces the UNIQUE constraint with the same id after validating it; an empty name
// (imported constraints may have none: the engine names them) stays allowed.
core::Status updateUnique(Model& model, const KeyConstraint& constraint);

// --- Indexes
// An index over `columnIds` (ascending), named by default <table>_<cols>_idx.
core::Status addIndex(Model& model, const core::Id& tableId, const core::Id& indexId,
                      const QList<core::Id>& columnIds, bool unique = false,
                      const QString& name = {});
// Replaces the index with the same id (name, keys, unique, …) after validating it.
core::Status updateIndex(Model& model, const Index& index);

// --- Check constraints
core::Status addCheck(Model& model, const core::Id& tableId, const core::Id& checkId,
                      const QString& expression, const QString& name = {});
core::Status updateCheck(Model& model, const CheckConstraint& check);

// --- Foreign keys
core::Status addForeignKey(Model& model, const core::Id& tableId, const core::Id& foreignKeyId,
                           const QList<core::Id>& columnIds, const core::Id& referencedTableId,
                           const QList<core::Id>& referencedColumnIds, const QString& name = {});
core::Status updateForeignKey(Model& model, const ForeignKey& foreignKey);
// A reference the table could make: the first table (model order, others before itself)
// whose primary key columns all have a counterpart here by name (same name,
// <table>_<col> or <singular table>_<col>), else by type. Errors when none fits.
core::Result<ForeignKey> proposeForeignKey(const Model& model, const core::Id& tableId);

// Removes an index, check, foreign key or unique constraint of any table by id.
core::Status removeTableMember(Model& model, const core::Id& memberId);

// --- Helpers shared with the editor
// "a, b" → the ids of columns a and b of `table`; errors name the unknown column.
core::Result<QList<core::Id>> columnIdsFromNames(const Table& table, const QString& names);
// The columns' names joined by ", " (unknown ids are skipped).
QString columnNames(const Table& table, const QList<core::Id>& columnIds);
// The name a new member would get: <table>_<col>_<col>…_<suffix> (parts may be empty),
// with 1, 2, … appended while it clashes with a constraint or index name in the schema.
QString defaultMemberName(const Model& model, const Table& table, const QList<core::Id>& columnIds,
                          const QString& suffix);
// A default as one cell of text: '' quotes a literal ('it''s'), a number is a literal,
// CURRENT_TIMESTAMP (or now()) the current time, anything else an SQL expression, and
// empty text no default. columnDefaultFromText(columnDefaultText(d)) == d.
QString columnDefaultText(const ColumnDefault& value);
ColumnDefault columnDefaultFromText(const QString& text);
// The table owning a column, index, check, foreign key or key constraint, or nullptr.
const Table* tableOfMember(const Model& model, const core::Id& memberId);

} // namespace schemata::model
