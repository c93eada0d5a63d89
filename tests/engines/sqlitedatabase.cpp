#include "sqlitedatabase.h"

#include "serverprocess.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace schemata::enginetest {

SqliteDatabase::SqliteDatabase() = default;

SqliteDatabase::~SqliteDatabase()
{
    closeConnections();
}

core::Result<QSqlDatabase> SqliteDatabase::createDatabase(const QString& name)
{
    if (!m_dir.isValid())
        return core::Error{QStringLiteral("SqliteDatabase"), m_dir.errorString()};
    const QString connection = QStringLiteral("schemata-sqlite-%1-%2")
                                   .arg(reinterpret_cast<quintptr>(this), 0, 16)
                                   .arg(++m_counter);
    // File names come from the case name; keep them to a safe alphabet.
    QString file = name;
    for (QChar& c : file) {
        if (!c.isLetterOrNumber() || c.unicode() > 127)
            c = QLatin1Char('_');
    }
    const QString path = m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(file).arg(m_counter));
    QFile::remove(path);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    m_connections.append(connection);
    db.setDatabaseName(path);
    if (!db.open())
        return core::Error{path, db.lastError().text()};
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return core::Error{path, query.lastError().text()};
    return db;
}

void SqliteDatabase::closeConnections()
{
    removeConnections(m_connections);
}

} // namespace schemata::enginetest
