#include "app/importjob.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace schemata::app {

ImportJob::ImportJob(QObject* parent) : QObject(parent) {}

ImportJob::~ImportJob()
{
    ++m_generation; // nothing is delivered any more
    if (m_cancel)
        *m_cancel = true;
    for (std::thread& worker : m_workers)
        worker.join();
}

bool ImportJob::start(Work work)
{
    return startWithProgress([work = std::move(work)](const Cancelled& cancelled, const Progress&) {
        return work(cancelled);
    });
}

bool ImportJob::startWithProgress(ProgressWork work)
{
    if (m_running)
        return false;
    for (std::thread& worker : m_workers)
        worker.join();
    m_workers.clear();
    m_running = true;
    m_result.reset();
    const quint64 generation = ++m_generation;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    // Throttled on the worker: a catalog read reports up to ~100 times a phase, which
    // would only flood the event loop; the end of each phase always goes through.
    Progress progress = [this, generation, clock = std::make_shared<QElapsedTimer>(),
                         lastPhase =
                             std::make_shared<QString>()](const connect::ImportProgress& p) {
        const bool newPhase = p.phase != *lastPhase;
        if (!newPhase && !p.isComplete() && clock->isValid() && clock->elapsed() < 50)
            return;
        *lastPhase = p.phase;
        clock->start();
        QMetaObject::invokeMethod(
            this, [this, generation, p] { deliverProgress(generation, p); }, Qt::QueuedConnection);
    };
    m_workers.emplace_back([this, generation, cancelled = Cancelled(m_cancel),
                            work = std::move(work), progress = std::move(progress)] {
        core::Result<connect::ImportResult> result = work(cancelled, progress);
        // Queued to the job's thread; the job joins its workers before it dies, so
        // `this` outlives this call.
        QMetaObject::invokeMethod(
            this,
            [this, generation, result = std::move(result)]() mutable {
                deliver(generation, std::move(result));
            },
            Qt::QueuedConnection);
    });
    return true;
}

std::optional<connect::ImportResult> ImportJob::takeResult()
{
    std::optional<connect::ImportResult> result = std::move(m_result);
    m_result.reset();
    return result;
}

void ImportJob::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    if (m_cancel)
        *m_cancel = true;
    m_running = false;
    Q_EMIT finished(Outcome::Cancelled, tr("Import cancelled"));
}

void ImportJob::deliverProgress(quint64 generation, const connect::ImportProgress& progress)
{
    if (generation != m_generation || !m_running)
        return; // cancelled or superseded
    Q_EMIT progressed(progress.phase, progress.done, progress.total, progress.unit);
}

void ImportJob::deliver(quint64 generation, core::Result<connect::ImportResult> result)
{
    if (generation != m_generation)
        return; // cancelled or superseded
    m_running = false;
    if (!result) {
        Q_EMIT finished(Outcome::Failed, result.error().toString());
        return;
    }
    m_result = std::move(result.value());
    Q_EMIT finished(Outcome::Imported, {});
}

core::Result<QStringList> listSchemas(const connect::DatabaseSession& session)
{
    const QString dialect = session.profile().dialect;
    QString sql;
    if (dialect == u"postgres")
        sql = QStringLiteral("SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' "
                             "AND nspname <> 'information_schema' ORDER BY 1");
    else if (dialect == u"sqlite")
        sql =
            QStringLiteral("SELECT name FROM pragma_database_list WHERE name <> 'temp' ORDER BY 1");
    else
        sql = QStringLiteral(
            "SELECT schema_name FROM information_schema.schemata WHERE schema_name NOT IN "
            "('information_schema','mysql','performance_schema','sys') ORDER BY 1");
    QSqlQuery query(session.database());
    if (!query.exec(sql))
        return core::Error{
            QStringLiteral("schemas"),
            QObject::tr("listing the schemas failed: %1").arg(query.lastError().text())};
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

void setTablePatterns(connect::CatalogFilter& filter, const QString& field)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    filter.tables.clear();
    filter.excludedTables.clear();
    for (const QString& word : field.split(separators, Qt::SkipEmptyParts)) {
        if (!word.startsWith(u'!'))
            filter.tables << word;
        else if (word.size() > 1)
            filter.excludedTables << word.mid(1);
    }
}

} // namespace schemata::app
