#pragma once

#include "dialect/typemapping.h"

namespace schemata::dialect::sqlite {

// Logical type → SQLite 3 declared type. SQLite only knows five storage classes and
// derives a column's affinity from substrings of the declared name ("INT" → INTEGER,
// "CHAR"/"TEXT" → TEXT, "REAL"/"DOUB" → REAL, "BLOB" → BLOB, else NUMERIC), so the
// names here are both informative and affinity-correct: never "INTERVAL", which
// contains INT. Types without an equivalent become TEXT with a warning; enums become
// TEXT with a CHECK constraint.
class SqliteTypeMapper
{
public:
    static TypeMapping map(const model::LogicalType& type);
};

} // namespace schemata::dialect::sqlite
