#include "app/importjob.h"

#include <QRegularExpression>
#include <QSet>
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
    if (m_running)
        return false;
    for (std::thread& worker : m_workers)
        worker.join();
    m_workers.clear();
    m_running = true;
    m_result.reset();
    const quint64 generation = ++m_generation;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_workers.emplace_back(
        [this, generation, cancelled = Cancelled(m_cancel), work = std::move(work)] {
            core::Result<connect::ImportResult> result = work(cancelled);
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

void filterTables(connect::ImportResult& result, const QString& pattern)
{
    if (pattern.trimmed().isEmpty())
        return;
    const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern.trimmed()),
                                QRegularExpression::CaseInsensitiveOption);
    model::Model& m = result.model;
    QSet<core::Id> kept;
    QList<model::Table> tables;
    for (const model::Table& table : std::as_const(m.tables)) {
        if (re.match(table.name).hasMatch()) {
            kept.insert(table.id);
            tables << table;
        }
    }
    for (model::Table& table : tables) {
        for (qsizetype i = 0; i < table.foreignKeys.size();) {
            const model::ForeignKey& fk = table.foreignKeys.at(i);
            if (kept.contains(fk.referencedTableId)) {
                ++i;
                continue;
            }
            const model::Table* target = m.table(fk.referencedTableId);
            connect::ImportReportItem item;
            item.objectType = QStringLiteral("foreign key");
            item.name = table.name + u'.' + fk.name;
            item.message =
                QObject::tr("references table %1, which the table name pattern \"%2\" left out")
                    .arg(target ? target->name : QStringLiteral("?"), pattern);
            result.report.items << item;
            table.foreignKeys.removeAt(i);
        }
    }
    m.tables = tables;
    result.report.tables = int(tables.size());
}

} // namespace schemata::app
