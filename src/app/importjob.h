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
// gets to it, is dropped: the catalog readers see the flag at their next catalog row (or
// when the query in flight returns, within the session's query timeout), so an abandoned
// worker ends on its own; it is joined when the job is destroyed or before the next start().
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
    // Called on the worker thread (connect::CatalogFilter::progress); the job forwards it
    // to its own thread as progressed(), throttled, and only while the run is current.
    using Progress = std::function<void(const connect::ImportProgress&)>;
    using ProgressWork = std::function<core::Result<connect::ImportResult>(
        const Cancelled& cancelled, const Progress& progress)>;

    explicit ImportJob(QObject* parent = nullptr);
    ~ImportJob() override;

    // Returns false when a run is already going.
    bool start(Work work);
    // The same for work that reports progress (a live catalog read).
    bool startWithProgress(ProgressWork work);
    bool isRunning() const { return m_running; }
    // The result of the last Imported run (moved out).
    std::optional<connect::ImportResult> takeResult();

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    // Exactly once per start(). `message` explains Failed.
    void finished(schemata::app::ImportJob::Outcome outcome, const QString& message);
    // Zero or more times before finished(): `phase` of the read ("columns"), `done` of
    // `total` `unit` ("tables"). At most about 20 a second; every completed phase is sent.
    void progressed(const QString& phase, qsizetype done, qsizetype total, const QString& unit);

private:
    void deliver(quint64 generation, core::Result<connect::ImportResult> result);
    void deliverProgress(quint64 generation, const connect::ImportProgress& progress);

    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
    std::optional<connect::ImportResult> m_result;
    std::vector<std::thread> m_workers;
};

// The schemas a user can pick from (PostgreSQL: non-system schemas; MariaDB: databases
// other than the system ones; SQLite: attached databases), sorted by name.
core::Result<QStringList> listSchemas(const connect::DatabaseSession& session);

// The studio's Tables field → CatalogFilter patterns: words separated by commas or
// spaces; a word starting with '!' leaves matching tables out ("order*, !*_log").
void setTablePatterns(connect::CatalogFilter& filter, const QString& field);

} // namespace schemata::app
