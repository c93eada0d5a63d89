#pragma once

#include "dialect/dialect.h"
#include "model/model.h"

#include <QStringList>

namespace schemata::enginetest {

// What the catalog should hold after applying `script` (generated from `source`):
// the source model with every emulation the generator *announced* in
// script.warnings applied (an index the engine cannot express dropped, a DEFERRABLE
// removed, a comment dropped …). Anything the generator changes without saying so is
// therefore a difference the round-trip test reports.
model::Model expectedAfterApply(const model::Model& source, const dialect::DdlScript& script);

// Object-by-object comparison of the expected model with the model read back from
// the engine, matched by name (IDs differ by design). Returns one line per
// difference, naming the object path and both values; empty = equal.
// Engine facts that are not emulations are accounted for here and only here, each
// with its reason: primary-key columns are NOT NULL (PostgreSQL, MariaDB); MariaDB
// stores no primary-key name, treats NO ACTION as RESTRICT and cannot tell a UNIQUE
// index from a UNIQUE constraint; SQLite's single-column INTEGER primary key is the
// rowid alias (an identity); an emulated enum on SQLite brings its CHECK. Types are
// compared as the dialect spells them (typeSql of both sides), so a documented type
// emulation (enum → TEXT on SQLite, timestamptz → DATETIME on MariaDB) compares equal
// while a wrong length or kind does not.
QStringList compareRoundTrip(const model::Model& expected, const model::Model& actual,
                             const dialect::Dialect& dialect, const dialect::DdlScript& script);

// Every attribute of a model as text lines, with references written as names (not
// IDs) and, when `withSchemaNames` is false, schema names left out: for strict
// comparisons between two catalogs (import → DDL → apply → import) and readable diffs.
QStringList describeModel(const model::Model& model, bool withSchemaNames);
// Lines only in `a` ("- …") or only in `b` ("+ …"), in order.
QStringList lineDiff(const QStringList& a, const QStringList& b);

// Lower-cases and strips quoting, casts, parentheses and white space so that an
// engine's re-rendering of an expression ("(qty)::numeric * price") compares equal
// to what was written ("qty * price").
QString looseSql(QStringView sql);

} // namespace schemata::enginetest
