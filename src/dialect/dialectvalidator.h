#pragma once

#include "dialect/dialect.h"

namespace schemata::dialect {

// The checks every dialect runs the same way, parametrized by its Capabilities:
//  * identifier-too-long — names over the engine's limit (PostgreSQL truncates them
//    silently, MySQL refuses them); identifier-invalid — characters the engine cannot
//    store in a name (NUL; on MySQL a trailing space or non-BMP characters; SQLite's
//    reserved "sqlite_" prefix);
//  * name-clash-flattened — on dialects without schemas, two tables/views of different
//    schemas with the same name;
//  * relation-name-clash — tables, views and indexes share one namespace (per schema on
//    PostgreSQL, per database on SQLite);
//  * enum-name-clash / domain-name-clash — a PostgreSQL enum or domain named like a
//    table, view, enum or domain of its schema (types and row types share pg_type);
//  * domain-emitted-as-base-type (info) — on dialects without domains, each domain is
//    emitted as its base type on the columns that use it, with its checks as table checks;
//  * identity-not-integer / identity-with-default / generated-with-default — column
//    definitions no engine accepts;
//  * unknown-type (warning) — a type pinned for this dialect that is not one of its
//    built-in types (KnownTypes) nor an enum of the project: an extension or domain
//    type, or a misspelling ("integr"), with the nearest built-in name when one is close.
// Each dialect's validate() adds its own checks and the warnings of createScript().
class DialectValidator
{
public:
    DialectValidator(const Dialect& dialect, const model::Model& model);
    model::Diagnostics run() const;

private:
    void checkLengths(model::Diagnostics& out) const;
    QString invalidNameReason(const QString& name) const;
    void checkNamespaces(model::Diagnostics& out) const;
    void checkIdentity(model::Diagnostics& out) const;
    void checkTypeNames(model::Diagnostics& out) const;
    void checkDomains(model::Diagnostics& out) const;

    const Dialect& m_dialect;
    const model::Model& m_model;
    const Capabilities m_caps;
};

} // namespace schemata::dialect
