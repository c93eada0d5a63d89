#pragma once

#include "core/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QVariant>

namespace schemata::connect {

using CatalogRow = QVariantList;
using CatalogRows = QList<CatalogRow>;

// Runs one catalog query (forward-only) and returns all rows. `label` names the query
// in errors ("postgres catalog: columns: <server message>") so a failure on an
// unusual server version points at the query that needs adapting.
core::Result<CatalogRows> runCatalogQuery(const QSqlDatabase& database, QStringView dialect,
                                          QStringView label, const QString& sql,
                                          const QVariantList& bindings = {});

} // namespace schemata::connect
