#pragma once

#include "dialect/postgres/postgresdialect.h"
#include "dialect/typemapping.h"
#include "model/checkconstraint.h"
#include "model/domaintype.h"
#include "model/modelindex.h"

#include <QString>

namespace schemata::dialect::postgres {

// The SQL of a PostgreSQL domain, shared by the DDL builder (CREATE DOMAIN in a fresh
// script) and the migration planner (CREATE DOMAIN / ALTER DOMAIN … ADD CONSTRAINT), so
// that both write a domain exactly the same way. Fragments carry no trailing ';'.

// The domain's schema-qualified, quoted name ("public" left implicit, like tables).
QString domainName(const PostgresDialect& dialect, const model::ModelIndex& index,
                   const model::DomainType& domain);

// The base type's SQL: PostgresTypeMapper with the "postgres" override and enums by
// their qualified name (text, with an "enum-missing" warning, when the enum is missing).
TypeMapping domainBaseTypeMapping(const PostgresDialect& dialect, const model::ModelIndex& index,
                                  const model::DomainType& domain);
QString domainBaseTypeSql(const PostgresDialect& dialect, const model::ModelIndex& index,
                          const model::DomainType& domain);

// CREATE DOMAIN s.d AS <base> [COLLATE c] [DEFAULT …] [NOT NULL] [CONSTRAINT n CHECK (…)]…
QString createDomainSql(const PostgresDialect& dialect, const model::ModelIndex& index,
                        const model::DomainType& domain);

// What follows DEFAULT: the expression as written, parenthesized unless it is a simple
// term (DEFAULT takes a b_expr, which excludes AND/OR/IS …); empty when there is none.
QString domainDefaultSql(const model::DomainType& domain);

// "CONSTRAINT n CHECK (expr)", or "CHECK (expr)" for an unnamed check (PostgreSQL then
// names it <domain>_check).
QString domainCheckSql(const PostgresDialect& dialect, const model::CheckConstraint& check);

} // namespace schemata::dialect::postgres
