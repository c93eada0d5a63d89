#pragma once

#include "connect/catalogreader.h"
#include "connect/importreport.h"
#include "core/result.h"

#include <QSqlDatabase>

namespace schemata::connect {

// The other half of a faithful import: what a live catalog holds that the model cannot
// (functions and procedures, triggers, policies and row-level security, partitions and
// partition keys, free-standing sequences, materialized views, composite types,
// extensions, rules — domains are modelled (model/domaintype.h); MariaDB routines,
// triggers, events, partitioning, sequences; SQLite triggers), each with the SQL that recreates it,
// as read back by the server itself (pg_get_functiondef, SHOW CREATE …). Same filter as the
// readers; ordered by object type then name so reports are deterministic.
core::Result<QList<ImportReportItem>>
readCatalogExtras(QStringView dialect, const QSqlDatabase& database, const CatalogFilter& filter);

} // namespace schemata::connect
