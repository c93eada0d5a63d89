#pragma once

#include "connect/catalogreader.h"
#include "connect/connectionprofile.h"
#include "connect/liveimport.h"
#include "core/result.h"

#include <optional>

namespace schemata::sqlimport {

// Where a MySQL/MariaDB script runs. With `server` set (the CLI's --url), in scratch
// databases on that server created for the run and dropped afterwards; the script's
// CREATE/ALTER/DROP DATABASE and USE are redirected to scratch databases and every
// `db.` qualifier is rewritten to the script's scratch database or, when it names a
// database of the server, the statement is refused (reported at the name's line), so
// no database of the server is touched. Without it, in a private mariadbd started for the run
// (connect::ScratchMariaDbServer) where the script runs as written.
struct MySqlScriptEngine
{
    std::optional<connect::ConnectionProfile> server;
    QString password;
};

// MySQL/MariaDB scripts through a real MariaDB engine (no hand-written grammar): cut
// into statements as the `mariadb` client cuts them (MySqlScriptSplitter: DELIMITER,
// conditional comments), run one by one like `mariadb --force` — a failing statement
// becomes a "file:line" Failed item with the server's message and the rest still runs —
// then the catalog is read back with the live import's reader and catalog extras
// (routines, triggers, events … reported as a live import reports them).
// The databases imported: those the script created or used and that hold something
// (or `filter.schemas`), one model schema each, named as the script names them; with
// no CREATE DATABASE / USE, one schema named after the script file ("shop.sql" → shop,
// or shop_script when the script also creates a database "shop").
// Account and server statements (GRANT, CREATE USER, SET GLOBAL, LOAD DATA …) are not
// run: they are reported. `filter.cancelled` is checked between statements; the
// engine is stopped and removed on every path out.
core::Result<connect::ImportResult>
importMySqlScript(const QByteArray& script, const QString& sourceName, const QString& dialect,
                  const connect::CatalogFilter& filter, const MySqlScriptEngine& engine);

} // namespace schemata::sqlimport
