#pragma once

#include "dialect/typemapping.h"

namespace schemata::dialect::postgres {

// Logical type → PostgreSQL 16/17 type, precise (numeric(p,s), varchar(n),
// timestamptz(p), jsonb, uuid, bytea). Enums are native types created with CREATE TYPE;
// the caller passes the type's quoted, schema-qualified name.
class PostgresTypeMapper
{
public:
    static TypeMapping map(const model::LogicalType& type, const QString& enumTypeSql);
};

} // namespace schemata::dialect::postgres
