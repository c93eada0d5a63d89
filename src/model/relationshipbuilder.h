#pragma once

#include "core/id.h"
#include "core/result.h"
#include "model/foreignkey.h"
#include "model/model.h"

#include <QList>
#include <QString>

#include <functional>

namespace schemata::model {

enum class RelationshipKind { OneToMany, OneToOne, ManyToMany };

// Where new object IDs come from ("tbl", "col", "fk", …): the document controller's
// generator in the studio, a seeded core::IdGenerator in tests.
using IdSource = std::function<core::Id(QStringView prefix)>;

struct RelationshipOptions
{
    // Whether the new FK columns of a 1:N or 1:1 relationship accept NULL (an optional
    // parent). Join-table columns of M:N are always NOT NULL: they form its primary key.
    bool nullable = true;
    // An index on the FK columns: engines other than MySQL do not create one, and joins
    // and cascading deletes through an unindexed FK scan the child table.
    bool createIndex = true;
    ReferentialAction onDelete = ReferentialAction::NoAction;
    ReferentialAction onUpdate = ReferentialAction::NoAction;
};

// What buildRelationship() created. `tableId` is the table that received the FK columns:
// the child of 1:N and 1:1, the new join table of M:N.
struct RelationshipResult
{
    core::Id tableId;
    bool tableCreated = false; // M:N: the join table is new
    QList<core::Id> columnIds;
    QList<core::Id> foreignKeyIds;
    QList<core::Id> indexIds;
    core::Id uniqueId;     // 1:1
    core::Id primaryKeyId; // M:N
};

// Turns "draw a line from `childTableId` to `parentTableId`" into model objects:
//  - OneToMany: FK column(s) in the child mirroring the parent's primary key (named
//    "<parent singular>_<pk column>", made unique in the child, same logical type), the
//    FK constraint and, unless disabled, an index on the FK columns. A self-reference is
//    allowed (employee.manager → employee).
//  - OneToOne: the same plus a UNIQUE over the FK columns (which already indexes them, so
//    no second index is added).
//  - ManyToMany: a join table "<child>_<parent>" in the child's schema with FK columns to
//    both primary keys, a composite primary key over them, both FKs (ON DELETE CASCADE:
//    a link row means nothing without both ends) and an index on the second FK's columns
//    (the first is the primary key's prefix).
// The parent (and for M:N both tables) needs a primary key. On error the model is left
// unchanged. Constraint and index names stay empty so each dialect names them.
core::Result<RelationshipResult> buildRelationship(Model& model, const IdSource& ids,
                                                   const core::Id& childTableId,
                                                   const core::Id& parentTableId,
                                                   RelationshipKind kind,
                                                   const RelationshipOptions& options = {});

// "customers" → "customer", "categories" → "category", "addresses" → "address";
// names that do not look plural are returned unchanged.
QString singularName(const QString& tableName);

// `base`, or `base_2`, `base_3`, … — the first that is not in `taken` (compared
// case-insensitively, as MySQL and SQLite compare identifiers).
QString uniqueName(const QString& base, const QStringList& taken);

} // namespace schemata::model
