#pragma once

#include "connect/catalogreader.h"
#include "connect/liveimport.h"
#include "core/result.h"

namespace schemata::sqlimport {

// PostgreSQL scripts (hand-written or pg_dump output) through libpg_query, the
// server's own parser: statements split by its scanner, each parsed to a tree that
// PostgresDdlBuilder turns into the model. psql meta-commands and COPY … FROM stdin
// data blocks are set aside first (reported, line numbers kept). A statement that does
// not parse becomes a "file:line" Failed item with the parser's message.
core::Result<connect::ImportResult> importPostgresScript(const QByteArray& script,
                                                         const QString& sourceName,
                                                         const connect::CatalogFilter& filter);

} // namespace schemata::sqlimport
