#pragma once

#include "connect/catalogreader.h"
#include "connect/liveimport.h"
#include "core/result.h"

namespace schemata::sqlimport {

// Executes the script statement by statement into a fresh in-memory SQLite database
// (SQLite's own parser decides where a statement ends: sqlite3_complete, so triggers
// with BEGIN … END and strings with ';' split correctly), then reads the catalog back
// with the SQLite catalog reader. A failing statement becomes a "file:line" item with
// the engine's message; the rest still runs. Data (INSERT …) runs too (later
// statements may depend on it) and is summarised, not modelled.
core::Result<connect::ImportResult> importSqliteScript(const QByteArray& script,
                                                       const QString& sourceName,
                                                       const connect::CatalogFilter& filter);

} // namespace schemata::sqlimport
