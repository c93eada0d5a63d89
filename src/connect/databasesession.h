#pragma once

#include "connect/connectionprofile.h"
#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace schemata::connect {

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

private:
    DatabaseSession(ConnectionProfile profile, QString connectionName);
    ConnectionProfile m_profile;
    QString m_connectionName;
};

} // namespace schemata::connect
