#pragma once

#include "connect/importprogress.h"
#include "core/result.h"
#include "model/diagnostic.h"
#include "model/model.h"

#include <QSqlDatabase>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

namespace schemata::connect {

// Which part of a live catalog to read.
struct CatalogFilter
{
    // Schema names to read (PostgreSQL schemas, MariaDB databases, SQLite attached
    // databases such as "main"). Empty = every non-system schema on PostgreSQL, the
    // connection's current database on MariaDB, "main" on SQLite.
    QStringList schemas;
    // Set by the studio's Cancel (from another thread). The readers check it on every
    // catalog row and before each query (a query already running is waited for: Qt's
    // drivers cannot interrupt it); importDatabase() then fails with "import cancelled".
    // Null = cannot be cancelled.
    std::shared_ptr<const std::atomic<bool>> cancelled;
    // Table name patterns (glob: * any run, ? one character), each matched against
    // "table" and "schema.table" with the engine's case rules (see TableFilter). Empty
    // `tables` = every table; a table matching any of `excludedTables` is left out.
    // Foreign keys to a left-out table are dropped and listed in the import report.
    // (New members carry initialisers so `{{schemas}, cancelled}` stays warning-free.)
    QStringList tables = {};
    QStringList excludedTables = {};
    // Called on the reading thread as each phase advances (at most ~100 times a phase,
    // and always once with done == total when a phase completes). Null = no reports.
    std::function<void(const ImportProgress&)> progress = {};

    bool isCancelled() const { return cancelled && cancelled->load(); }
    bool hasTablePatterns() const { return !tables.isEmpty() || !excludedTables.isEmpty(); }
    void reportProgress(const QString& phase, qsizetype done, qsizetype total,
                        const QString& unit) const
    {
        if (progress)
            progress(ImportProgress{phase, done, total, unit});
    }
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
