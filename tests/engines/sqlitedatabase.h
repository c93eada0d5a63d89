#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <memory>

namespace schemata::enginetest {

// SQLite in-process (QSQLITE) on fresh files in a temporary directory, with the same
// createDatabase() shape as the server fixtures so engine tests treat all three alike.
class SqliteDatabase
{
public:
    SqliteDatabase();
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(const SqliteDatabase&) = delete;

    // A new, empty database file named after `name`, opened with foreign keys on.
    core::Result<QSqlDatabase> createDatabase(const QString& name);
    void closeConnections();

private:
    QTemporaryDir m_dir{QStringLiteral("/tmp/schemata-sqlite-XXXXXX")};
    QStringList m_connections;
    int m_counter = 0;
};

} // namespace schemata::enginetest
