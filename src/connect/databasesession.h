#pragma once

#include "connect/connectionprofile.h"
#include "core/result.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace schemata::connect {

// Whether a session's connection is encrypted, as the server reports it (PostgreSQL
// pg_stat_ssl, MariaDB/MySQL Ssl_version and Ssl_cipher): what "test connection" shows
// beside the server version, so "require" is seen to mean TLS, not assumed to.
struct TlsStatus
{
    bool applicable = true; // false for SQLite: a local file, there is no connection
    bool encrypted = false;
    QString protocol; // "TLSv1.3"
    QString cipher;   // "TLS_AES_256_GCM_SHA384"

    // "TLS: TLSv1.3 / TLS_AES_256_GCM_SHA384", "not encrypted", or "" when not applicable.
    QString summary() const;

    friend bool operator==(const TlsStatus&, const TlsStatus&) = default;
};

// An open Qt Sql connection for a profile (QPSQL / QMYSQL / QSQLITE), with connect and
// query timeouts set so a dead server gives an error, never a hang. Errors are classified
// and readable: "wrong password for user 'x'", "connection refused by host:port",
// "timed out after 10 s", "TLS required by the server" … with the driver's text appended.
// The connection is removed from QSqlDatabase's registry when the session is destroyed.
class DatabaseSession
{
public:
    static core::Result<std::unique_ptr<DatabaseSession>> open(const ConnectionProfile& profile,
                                                               const QString& password);
    ~DatabaseSession();
    DatabaseSession(const DatabaseSession&) = delete;
    DatabaseSession& operator=(const DatabaseSession&) = delete;

    QSqlDatabase database() const;
    const ConnectionProfile& profile() const { return m_profile; }
    QString serverVersion() const; // "PostgreSQL 17.6", "MariaDB 11.8.3", "SQLite 3.46.1"
    // Asks the server whether this connection is encrypted; an error when it cannot say.
    core::Result<TlsStatus> tlsStatus() const;

private:
    DatabaseSession(ConnectionProfile profile, QString connectionName);
    ConnectionProfile m_profile;
    QString m_connectionName;
};

} // namespace schemata::connect
