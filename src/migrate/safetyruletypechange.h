#pragma once

#include "model/logicaltype.h"

namespace schemata::migrate {

// What a column type change does to the values already stored, independent of dialect.
enum class TypeChange
{
    Same,      // no change of the stored values' domain
    Widening,  // every old value fits the new type unchanged
    Narrowing, // some old values may fail, be truncated or be rounded
    Cast,      // a conversion between families: values may fail to convert or change meaning
};

TypeChange classifyTypeChange(const model::LogicalType& from, const model::LogicalType& to);

// PostgreSQL rewrites (or at least scans) the table under ACCESS EXCLUSIVE for every
// type change except the binary-coercible ones: varchar(n) → varchar(m ≥ n) or text,
// numeric precision raised with the same scale, time/timestamp precision raised.
bool postgresRewritesTable(const model::LogicalType& from, const model::LogicalType& to);

// MySQL/MariaDB copy the table for every type change except widening a varchar within
// the same length-prefix size (≤ 255 bytes, i.e. ≤ 63 utf8mb4 characters, or above).
bool mysqlCopiesTable(const model::LogicalType& from, const model::LogicalType& to);

} // namespace schemata::migrate
