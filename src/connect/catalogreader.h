#pragma once

#include "core/result.h"
#include "model/diagnostic.h"
#include "model/model.h"

#include <QSqlDatabase>
#include <QStringList>
#include <atomic>
#include <memory>

namespace schemata::connect {

// Which part of a live catalog to read.
struct CatalogFilter
{
    // Schema names to read (PostgreSQL schemas, MariaDB databases, SQLite attached
    // databases such as "main"). Empty = every non-system schema on PostgreSQL, the
    // connection's current database on MariaDB, "main" on SQLite.
    QStringList schemas;
    // Set by the studio's Cancel (from another thread); importDatabase() checks it
    // between its steps and gives up with an error. Null = cannot be cancelled.
    std::shared_ptr<const std::atomic<bool>> cancelled;

    bool isCancelled() const { return cancelled && cancelled->load(); }
};

// Reads a live database's catalog into a model::Model: the first half of reverse
// engineering. IDs are derived from names (see catalogid.h), so reading the same
// database twice gives equal models, and lists are ordered by name (byte order) or
// by catalog position (columns, key parts) so the result is deterministic.
// What the catalog holds but the model cannot express (serial sequences, prefix
// index lengths, ON UPDATE clauses …) is reported in `notes`, never dropped silently.
class CatalogReader
{
public:
    virtual ~CatalogReader() = default;

    virtual QString dialectName() const = 0;
    // `database` must be open. Errors name the catalog query that failed and the
    // server's message.
    virtual core::Result<model::Model> read(const QSqlDatabase& database,
                                            const CatalogFilter& filter,
                                            model::Diagnostics* notes = nullptr) const = 0;
};

// "postgres" (aliases "postgresql", "pg"), "mysql"/"mariadb", "sqlite" ("sqlite3").
// nullptr for an unknown name.
std::unique_ptr<CatalogReader> createCatalogReader(QStringView dialectName);

} // namespace schemata::connect
