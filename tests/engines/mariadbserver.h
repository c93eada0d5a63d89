#pragma once

#include "core/result.h"
#include "serverprocess.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace schemata::enginetest {

// A throw-away MariaDB server for one test executable: system tables bootstrapped into a
// temporary directory under /tmp, --skip-networking with a unix socket in that
// directory, durability off. The destructor stops it (SIGTERM, then SIGKILL) and
// removes the directory.
class MariaDbServer
{
public:
    MariaDbServer();
    ~MariaDbServer();
    MariaDbServer(const MariaDbServer&) = delete;
    MariaDbServer& operator=(const MariaDbServer&) = delete;

    core::Status start(std::chrono::milliseconds timeout = std::chrono::seconds(30));
    void stop();

    bool isRunning() const { return m_server.isRunning(); }
    qint64 pid() const { return m_pid; }
    QString socketPath() const;
    QString dataDirectory() const;
    qint64 startupMilliseconds() const { return m_startupMs; }
    QString logTail(int lines = 25) const;

    // A new open connection (QMYSQL over UNIX_SOCKET) as root; empty `database` = none.
    core::Result<QSqlDatabase> connect(const QString& database);
    // Drops `name` if it exists, creates it (utf8mb4) and connects to it.
    core::Result<QSqlDatabase> createDatabase(const QString& name);
    void closeConnections();

private:
    core::Result<QSqlDatabase> openConnection(const QString& database, bool quiet);

    std::unique_ptr<QTemporaryDir> m_dir;
    ServerProcess m_server;
    qint64 m_pid = 0;
    qint64 m_startupMs = 0;
    QStringList m_connections;
    int m_connectionCounter = 0;
    QString m_admin;
};

} // namespace schemata::enginetest
