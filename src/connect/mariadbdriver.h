#pragma once

#include "connect/mariadbtlssettings.h"

#include <QSqlDriver>
#include <QSqlError>

typedef struct st_mysql MYSQL;

namespace schemata::connect {

// A Qt SQL driver that talks to MariaDB/MySQL through Connector/C itself, for the TCP
// sessions that must have TLS (sslmode require, verify-ca, verify-full). Qt 6.8's QMYSQL
// passes Connector/C only the TLS file options, never the enforce or verify switches, so
// through it a server without TLS would get the login in plain text, and a wrong CA or
// host name would go unnoticed. Everything else —
// catalog reading, scripts, the session settings — goes through QSqlQuery as with QMYSQL.
//
// Queries use the text protocol; positional placeholders are filled in by QSqlResult's
// own emulation through formatValue(), which escapes with mysql_real_escape_string.
class MariaDbDriver : public QSqlDriver
{
    Q_OBJECT
public:
    explicit MariaDbDriver(MariaDbTlsSettings settings, QObject* parent = nullptr);
    ~MariaDbDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString& database, const QString& user, const QString& password,
              const QString& host, int port, const QString& options) override;
    void close() override;
    QSqlResult* createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QString formatValue(const QSqlField& field, bool trimStrings = false) const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;
    QVariant handle() const override;

    MYSQL* connection() const { return m_mysql; }
    // Records a Connector/C failure as this driver's last error (also used by results).
    QSqlError makeError(const QString& what, QSqlError::ErrorType type) const;

private:
    bool runCommand(const char* sql, const QString& what);

    MariaDbTlsSettings m_settings;
    MYSQL* m_mysql = nullptr;
};

} // namespace schemata::connect
