#include "sqlimport/sqlitescriptimporter.h"

#include "sqlimport/scriptimport.h"
#include "sqlimport/scriptstatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QUuid>
#include <sqlite3.h>

namespace schemata::sqlimport {

namespace {

using connect::ImportReportItem;

// Statements in source order, split where SQLite's tokenizer says a statement is complete.
QList<ScriptStatement> splitSqlite(const QByteArray& script)
{
    QList<ScriptStatement> statements;
    qsizetype start = 0;
    qsizetype semicolon = script.indexOf(';');
    while (semicolon >= 0) {
        const QByteArray candidate = script.mid(start, semicolon - start + 1);
        if (sqlite3_complete(candidate.constData())) {
            if (!statementVerb(candidate).isEmpty())
                statements.append(
                    {candidate, start, lineAt(script, start), statementVerb(candidate)});
            start = semicolon + 1;
        }
        semicolon = script.indexOf(';', semicolon + 1);
    }
    const QByteArray rest = script.mid(start);
    if (!statementVerb(rest).isEmpty()) // last statement without ';'
        statements.append({rest, start, lineAt(script, start), statementVerb(rest)});
    for (ScriptStatement& s : statements) {
        // Report the line of the statement's first word, not of the blank lines before it.
        const QString trimmed = trimmedStatement(s.text);
        const qsizetype lead = s.text.indexOf(trimmed.left(16).toUtf8());
        if (lead > 0)
            s.line = lineAt(script, s.offset + lead);
    }
    return statements;
}

QString runStatement(sqlite3* handle, const QByteArray& sql)
{
    const char* tail = sql.constData();
    const char* end = tail + sql.size();
    while (tail < end) {
        sqlite3_stmt* statement = nullptr;
        const char* next = nullptr;
        if (sqlite3_prepare_v2(handle, tail, int(end - tail), &statement, &next) != SQLITE_OK)
            return QString::fromUtf8(sqlite3_errmsg(handle));
        if (!statement) // only whitespace or comments left
            break;
        int rc = SQLITE_ROW;
        while (rc == SQLITE_ROW)
            rc = sqlite3_step(statement);
        QString error;
        if (rc != SQLITE_DONE)
            error = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(statement);
        if (!error.isEmpty())
            return error;
        tail = next;
    }
    return {};
}

bool isModelled(const QString& verb)
{
    return verb == u"CREATE TABLE" || verb == u"CREATE INDEX" || verb == u"CREATE VIEW" ||
           verb == u"ALTER TABLE" || verb == u"DROP TABLE" || verb == u"DROP INDEX" ||
           verb == u"DROP VIEW";
}

bool isData(const QString& verb)
{
    return verb == u"INSERT" || verb == u"REPLACE" || verb == u"UPDATE" || verb == u"DELETE" ||
           verb == u"WITH";
}

} // namespace

core::Result<connect::ImportResult> importSqliteScript(const QByteArray& script,
                                                       const QString& sourceName,
                                                       const connect::CatalogFilter& filter)
{
    const QString name =
        QStringLiteral("schemata-sqlimport-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    core::Result<connect::ImportResult> outcome =
        core::Error{sourceName, QStringLiteral("not imported")};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open()) {
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return core::Error{sourceName,
                               QStringLiteral("cannot open an in-memory SQLite database")};
        }
        const QVariant handleVariant = db.driver()->handle();
        sqlite3* handle =
            handleVariant.isValid() && qstrcmp(handleVariant.typeName(), "sqlite3*") == 0
                ? *static_cast<sqlite3* const*>(handleVariant.constData())
                : nullptr;
        if (!handle) {
            outcome = core::Error{sourceName,
                                  QStringLiteral("the QSQLITE driver exposes no sqlite3 handle")};
        } else {
            connect::ImportResult result;
            result.dialect = QStringLiteral("sqlite");
            result.report.source = sourceName;
            int dataStatements = 0;
            int firstDataLine = 0;
            int lastDataLine = 0;
            for (const ScriptStatement& statement : splitSqlite(script)) {
                const QString error = runStatement(handle, statement.text);
                const QString location =
                    QStringLiteral("%1:%2").arg(sourceName).arg(statement.line);
                if (!error.isEmpty()) {
                    result.report.items.append({ImportReportItem::Kind::Failed,
                                                statement.verb,
                                                {},
                                                location,
                                                error,
                                                trimmedStatement(statement.text)});
                } else if (isData(statement.verb)) {
                    if (dataStatements++ == 0)
                        firstDataLine = statement.line;
                    lastDataLine = statement.line;
                } else if (!isModelled(statement.verb)) {
                    result.report.items.append({ImportReportItem::Kind::NotModelled,
                                                statement.verb,
                                                {},
                                                location,
                                                {},
                                                trimmedStatement(statement.text)});
                }
            }
            if (dataStatements > 0)
                result.report.items.append(
                    {ImportReportItem::Kind::NotModelled,
                     QStringLiteral("data"),
                     {},
                     QStringLiteral("%1:%2-%3")
                         .arg(sourceName)
                         .arg(firstDataLine)
                         .arg(lastDataLine),
                     QStringLiteral("%1 data statements (INSERT/UPDATE/DELETE) ran but the model "
                                    "holds no rows")
                         .arg(dataStatements),
                     {}});
            const auto reader = connect::createCatalogReader(u"sqlite");
            auto model = reader->read(db, filter, &result.report.notes);
            if (!model) {
                outcome = model.error();
            } else {
                result.model = std::move(model).value();
                result.report.tables = int(result.model.tables.size());
                result.report.views = int(result.model.views.size());
                result.report.enums = int(result.model.enums.size());
                result.report.domains = int(result.model.domains.size());
                outcome = std::move(result);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return outcome;
}

} // namespace schemata::sqlimport
