#pragma once

#include "dialect/dialect.h"
#include "expectedmodel.h"
#include "model/model.h"
#include "modeltext.h"

#include <QStringList>

namespace schemata::enginetest {

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
// while a wrong length or kind does not. Where the dialect has domains they are
// compared object by object (base type, NOT NULL, DEFAULT, checks, collation, comment)
// and every column must use the same domain (by schema and name) as expected.
QStringList compareRoundTrip(const model::Model& expected, const model::Model& actual,
                             const dialect::Dialect& dialect, const dialect::DdlScript& script);

} // namespace schemata::enginetest
