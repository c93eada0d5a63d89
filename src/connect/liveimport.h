#pragma once

#include "connect/catalogreader.h"
#include "connect/databasesession.h"
#include "connect/importreport.h"
#include "core/result.h"
#include "model/model.h"

namespace schemata::connect {

// What reverse engineering a live database gives: the model, the report of what the
// model cannot hold (with its SQL) and the dialect to target.
struct ImportResult
{
    QString dialect;      // "postgres", "mysql", "mariadb", "sqlite"
    QString databaseName; // for the project name
    model::Model model;
    ImportReport report;
};

// Catalog reader + catalog extras over an open session. Errors name the query that
// failed; everything the readers note goes into report.notes. The filter's table patterns
// are applied right after the read (TableFilter: cut foreign keys go into report.items);
// its progress callback is called on this thread; a cancel (checked on every catalog row)
// ends the import with the error "import cancelled" and no model.
core::Result<ImportResult> importDatabase(const DatabaseSession& session,
                                          const CatalogFilter& filter);

// Opens a session for `profile` and imports it (the CLI and the studio's "New from
// database…" path).
core::Result<ImportResult> importDatabase(const ConnectionProfile& profile, const QString& password,
                                          const CatalogFilter& filter);

} // namespace schemata::connect
