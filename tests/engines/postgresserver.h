#pragma once

#include "core/result.h"
#include "serverprocess.h"
#include "tlsfiles.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace schemata::enginetest {

// A throw-away PostgreSQL 17 server for one test executable: initdb into a temporary
// directory under /tmp, listening only on a unix socket in that directory (no TCP),
// durability switched off for speed. The destructor stops it (fast shutdown, then
// SIGKILL) and removes the directory, leaving nothing behind.
// When the tests run as root the server runs as the unprivileged `postgres` user,
// because PostgreSQL refuses to run as root.
class PostgresServer
{
public:
    static constexpr auto kBinDir = "/usr/lib/postgresql/17/bin";

    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer&) = delete;
    PostgresServer& operator=(const PostgresServer&) = delete;

    // Before start(): also listen on TCP at 127.0.0.1 and 127.0.0.2 on a free port, trusting
    // every loopback address as the socket is trusted; with `tls` also ssl=on with a
    // throw-away CA and server certificate made by openssl in the temporary directory.
    // (TLS needs TCP: libpq never negotiates it over a unix socket.)
    void enableTcp(bool tls);
    int port() const { return m_port; } // the TCP port, and the number in the socket's name
    const TlsFiles& tlsFiles() const { return m_tlsFiles; } // empty paths without TLS

    // initdb + start + wait until the server accepts connections (or `timeout`).
    core::Status start(std::chrono::milliseconds timeout = std::chrono::seconds(20));
    void stop();

    bool isRunning() const { return m_server.isRunning(); }
    qint64 pid() const { return m_pid; }
    QString socketDirectory() const { return m_dir ? m_dir->path() : QString(); }
    QString dataDirectory() const;
    qint64 startupMilliseconds() const { return m_startupMs; }
    QString logTail(int lines = 25) const;

    // A new open connection (QPSQL, host = socket directory) to `database`. The
    // fixture owns the connection name and removes it in closeConnections()/stop().
    core::Result<QSqlDatabase> connect(const QString& database);
    // Drops `name` if it exists, creates it (UTF8, template0) and connects to it.
    core::Result<QSqlDatabase> createDatabase(const QString& name);
    void closeConnections();

private:
    core::Status waitUntilReady(std::chrono::milliseconds timeout);
    core::Status prepareTcp(); // port, loopback rule in pg_hba.conf, certificates

    std::unique_ptr<QTemporaryDir> m_dir;
    ServerProcess m_server;
    qint64 m_pid = 0;
    qint64 m_startupMs = 0;
    QStringList m_connections;
    int m_connectionCounter = 0;
    QString m_admin; // connection to the "postgres" database used for CREATE DATABASE
    bool m_tcp = false;
    bool m_tls = false;
    int m_port = 5432;
    TlsFiles m_tlsFiles;
};

} // namespace schemata::enginetest
