#include "sqlscript.h"

#include "connect/sqltext.h"

#include <QSqlError>
#include <QSqlQuery>

namespace schemata::enginetest {

core::Status executeStatements(const QSqlDatabase& database, const QStringList& statements)
{
    QSqlQuery query(database);
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (!query.exec(statements.at(i)))
            return core::Error{
                QStringLiteral("statement %1 of %2").arg(i + 1).arg(statements.size()),
                QStringLiteral("%1\n--- failed with: %2")
                    .arg(statements.at(i), query.lastError().text())};
    }
    return {};
}

core::Status executeScript(const QSqlDatabase& database, const QString& sql)
{
    QStringList statements = connect::sqltext::splitTopLevel(sql, QLatin1Char(';'));
    statements.removeAll(QString());
    return executeStatements(database, statements);
}

} // namespace schemata::enginetest
