#pragma once

#include "dialect/dialect.h"
#include "dialect/knowntypes.h"
#include "model/model.h"

#include <QSet>
#include <QString>

namespace schemata::dialect {

// Whether a column type's pin for one dialect names a type that dialect has: one of its
// built-in types (KnownTypes) or, where the engine has named enum types, an enum of the
// project (bare or schema-qualified, folded as PostgreSQL folds unquoted names). Built
// once per model and dialect; used by DialectValidator (unknown-type) and by editors that
// show the same finding next to the field.
class TypeNameCheck
{
public:
    TypeNameCheck(const Dialect& dialect, const model::Model& model);

    // False for SQLite (any declared type is legal): nothing to check.
    bool active() const { return !m_known.acceptsAnyName(); }
    // Empty when the type has no pin for the dialect (MariaDB reads a "mysql" pin) or the
    // pin names a known type; else the warning: "Type 'integr' is not a built-in
    // PostgreSQL type (an extension or domain type? check the spelling); did you mean
    // 'integer'?".
    QString problem(const model::LogicalType& type) const;

private:
    KnownTypes m_known;
    QString m_dialectName;
    QString m_fallback; // the pin MariaDB falls back to
    QString m_displayName;
    bool m_namedTypes = false; // the engine has CREATE TYPE (PostgreSQL)
    QSet<QString> m_ownTypes;
};

} // namespace schemata::dialect
