#pragma once

#include "connect/databasesession.h"
#include "connect/liveimport.h"
#include "core/result.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

namespace schemata::app {

// Runs an import (a live catalog read or a script import) on a worker thread so the
// studio stays responsive. cancel() returns at once and the result, whenever the worker
// gets to it, is dropped: the catalog readers run one query at a time under the
// session's query timeout, so an abandoned worker ends on its own; it is joined when the
// job is destroyed or before the next start().
class ImportJob : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Imported,
        Cancelled,
        Failed
    };
    Q_ENUM(Outcome)

    // `cancelled` is set by cancel(); pass it on (connect::CatalogFilter::cancelled) so
    // the reader stops between its steps instead of finishing for nothing.
    using Cancelled = std::shared_ptr<const std::atomic<bool>>;
    using Work = std::function<core::Result<connect::ImportResult>(const Cancelled& cancelled)>;

    explicit ImportJob(QObject* parent = nullptr);
    ~ImportJob() override;

    // Returns false when a run is already going.
    bool start(Work work);
    bool isRunning() const { return m_running; }
    // The result of the last Imported run (moved out).
    std::optional<connect::ImportResult> takeResult();

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    // Exactly once per start(). `message` explains Failed.
    void finished(schemata::app::ImportJob::Outcome outcome, const QString& message);

private:
    void deliver(quint64 generation, core::Result<connect::ImportResult> result);

    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
    std::optional<connect::ImportResult> m_result;
    std::vector<std::thread> m_workers;
};

// The schemas a user can pick from (PostgreSQL: non-system schemas; MariaDB: databases
// other than the system ones; SQLite: attached databases), sorted by name.
core::Result<QStringList> listSchemas(const connect::DatabaseSession& session);

// Keeps the tables whose name matches `pattern` (wildcards * and ?, case-insensitive;
// empty = all). A foreign key to a table left out cannot be kept: it is listed in the
// report (with its table) instead of being dropped silently.
void filterTables(connect::ImportResult& result, const QString& pattern);

} // namespace schemata::app
