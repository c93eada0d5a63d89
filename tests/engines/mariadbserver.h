#pragma once

#include "core/result.h"
#include "serverprocess.h"
#include "tlsfiles.h"

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

    // Before start(): also listen on TCP at 127.0.0.1 and 127.0.0.2 on a free port (with
    // --skip-name-resolve: accounts for TCP clients are written with '%' or an address).
    // With `tls` the server uses a throw-away CA and server certificate made by openssl in
    // the temporary directory; without, TLS is switched off (MariaDB 11.4+ would otherwise
    // make itself a self-signed certificate), so "server without TLS" can be tested.
    void enableTcp(bool tls);
    int port() const { return m_port; }                     // 0 without TCP
    const TlsFiles& tlsFiles() const { return m_tlsFiles; } // empty paths without TLS

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
    bool m_tcp = false;
    bool m_tls = false;
    int m_port = 0;
    TlsFiles m_tlsFiles;
};

} // namespace schemata::enginetest
