#pragma once

#include "model/diagnostic.h"
#include "model/model.h"

namespace schemata::model {

// Dialect-independent checks: dangling references, duplicate names and IDs, empty
// names, FK/PK column count and type mismatches, keys over missing columns, enum
// columns without an enum, malformed retention durations. Every problem is reported
// (no early exit), in model order, so the output is deterministic.
// Dialect-specific checks (identifier length, missing features) live in
// dialect::Dialect::validate().
Diagnostics validateModel(const Model& model);

// "schema.table" / "schema.table.column" paths used in diagnostics and the UI.
QString objectPath(const Model& model, const Table& table);
QString objectPath(const Model& model, const Table& table, QStringView member);

} // namespace schemata::model
