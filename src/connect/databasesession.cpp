#include "connect/databasesession.h"

#include "connect/connectionerror.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace schemata::connect {

namespace {

QString driverFor(const QString& dialect)
{
    if (dialect == u"postgres" || dialect == u"postgresql" || dialect == u"pg")
        return QStringLiteral("QPSQL");
    if (dialect == u"mysql" || dialect == u"mariadb")
        return QStringLiteral("QMYSQL");
    if (dialect == u"sqlite" || dialect == u"sqlite3")
        return QStringLiteral("QSQLITE");
    return {};
}

QString mysqlSslOptions(const QString& mode)
{
    // Connector/C: enforce = TLS or fail; verify = check the certificate and host name.
    if (mode == u"require" || mode == u"verify-ca")
        return QStringLiteral(";MYSQL_OPT_SSL_ENFORCE=TRUE");
    if (mode == u"verify-full")
        return QStringLiteral(";MYSQL_OPT_SSL_ENFORCE=TRUE;MYSQL_OPT_SSL_VERIFY_SERVER_CERT=TRUE");
    return {};
}

// Settings applied once the connection is up; a failure here is reported, since a
// read-only profile that silently is not read-only would be worse than no connection.
core::Status applySessionSettings(QSqlDatabase& db, const ConnectionProfile& p)
{
    QStringList statements;
    if (p.dialect == u"postgres") {
        if (p.queryTimeoutSeconds > 0)
            statements
                << QStringLiteral("SET statement_timeout = %1").arg(p.queryTimeoutSeconds * 1000);
        if (p.readOnly)
            statements << QStringLiteral("SET default_transaction_read_only = on");
    } else if (p.dialect == u"mysql" || p.dialect == u"mariadb") {
        if (p.readOnly)
            statements << QStringLiteral("SET SESSION TRANSACTION READ ONLY");
    }
    for (const QString& sql : statements) {
        QSqlQuery query(db);
        if (!query.exec(sql))
            return core::Error{displayUrl(p),
                               QStringLiteral("%1 failed: %2").arg(sql, query.lastError().text())};
    }
    if ((p.dialect == u"mysql" || p.dialect == u"mariadb") && p.queryTimeoutSeconds > 0) {
        // MariaDB's per-statement limit; MySQL calls it max_execution_time (milliseconds,
        // SELECT only). Either is a best effort on top of the client's read timeout.
        QSqlQuery query(db);
        if (!query.exec(
                QStringLiteral("SET SESSION max_statement_time = %1").arg(p.queryTimeoutSeconds)))
            query.exec(QStringLiteral("SET SESSION max_execution_time = %1")
                           .arg(p.queryTimeoutSeconds * 1000));
    }
    return {};
}

} // namespace

DatabaseSession::DatabaseSession(ConnectionProfile profile, QString connectionName)
    : m_profile(std::move(profile)), m_connectionName(std::move(connectionName))
{}

DatabaseSession::~DatabaseSession()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase DatabaseSession::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

core::Result<std::unique_ptr<DatabaseSession>> DatabaseSession::open(const ConnectionProfile& input,
                                                                     const QString& password)
{
    ConnectionProfile profile = input;
    if (profile.dialect == u"postgresql" || profile.dialect == u"pg")
        profile.dialect = QStringLiteral("postgres");
    if (profile.dialect == u"sqlite3")
        profile.dialect = QStringLiteral("sqlite");
    const QString driver = driverFor(profile.dialect);
    if (driver.isEmpty())
        return core::Error{QStringLiteral("connection"),
                           QStringLiteral("unknown dialect \"%1\" (expected postgres, mysql, "
                                          "mariadb or sqlite)")
                               .arg(profile.dialect)};
    if (!QSqlDatabase::isDriverAvailable(driver))
        return core::Error{QStringLiteral("connection"),
                           QStringLiteral("the Qt SQL driver %1 is not installed").arg(driver)};
    const int connectTimeout = qMax(1, profile.connectTimeoutSeconds);

    if (profile.dialect == u"sqlite" && profile.database != u":memory:") {
        // QSQLITE would silently create an empty file for a typo'd path; importing
        // from it would then "succeed" with nothing.
        const QFileInfo file(profile.database);
        if (!file.exists())
            return core::Error{profile.database, QStringLiteral("no such SQLite file")};
        if (!file.isFile())
            return core::Error{profile.database, QStringLiteral("not a file")};
    }

    const QString name =
        QStringLiteral("schemata-session-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        QStringList options;
        if (profile.dialect == u"postgres") {
            db.setHostName(profile.socket.isEmpty() ? profile.host : profile.socket);
            if (profile.port != 0)
                db.setPort(profile.port);
            // libpq counts connect_timeout per host address and rounds up to 2 s.
            options << QStringLiteral("connect_timeout=%1").arg(qMax(2, connectTimeout));
            if (!profile.sslMode.isEmpty())
                options << QStringLiteral("sslmode=%1").arg(profile.sslMode);
            options << QStringLiteral("application_name=schemata");
            db.setDatabaseName(profile.database.isEmpty() ? QStringLiteral("postgres")
                                                          : profile.database);
        } else if (driver == u"QMYSQL") {
            db.setHostName(profile.host);
            if (profile.port != 0)
                db.setPort(profile.port);
            // The read timeout also bounds the handshake, so a server that accepts the
            // TCP connection but never speaks cannot hang us for longer than the
            // connect timeout; Connector/C retries reads up to three times.
            options << QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1").arg(connectTimeout)
                    << QStringLiteral("MYSQL_OPT_READ_TIMEOUT=%1")
                           .arg(qMax(1, profile.queryTimeoutSeconds))
                    << QStringLiteral("MYSQL_OPT_WRITE_TIMEOUT=%1")
                           .arg(qMax(1, profile.queryTimeoutSeconds));
            if (!profile.socket.isEmpty())
                options << QStringLiteral("UNIX_SOCKET=%1").arg(profile.socket);
            db.setDatabaseName(profile.database);
        } else {
            options << QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(connectTimeout * 1000);
            if (profile.readOnly)
                options << QStringLiteral("QSQLITE_OPEN_READONLY");
            db.setDatabaseName(profile.database);
        }
        QString joined = options.join(u';');
        if (driver == u"QMYSQL")
            joined += mysqlSslOptions(profile.sslMode);
        db.setConnectOptions(joined);
        db.setUserName(profile.user);
        db.setPassword(password);
        if (db.open()) {
            if (const core::Status s = applySessionSettings(db, profile); !s) {
                failure = s.error().toString();
            } else {
                return std::unique_ptr<DatabaseSession>(new DatabaseSession(profile, name));
            }
        } else {
            const QSqlError error = db.lastError();
            const QString text =
                error.driverText() == error.databaseText() || error.databaseText().isEmpty()
                    ? error.text()
                    : error.databaseText();
            failure = describeConnectionFailure(
                profile,
                classifyConnectionFailure(profile.dialect, error.text(), error.nativeErrorCode()),
                text);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return core::Error{displayUrl(profile), failure};
}

QString DatabaseSession::serverVersion() const
{
    QSqlQuery query(database());
    if (m_profile.dialect == u"postgres") {
        if (query.exec(QStringLiteral("SHOW server_version")) && query.next())
            return QStringLiteral("PostgreSQL ") + query.value(0).toString().section(u' ', 0, 0);
    } else if (m_profile.dialect == u"sqlite") {
        if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
            return QStringLiteral("SQLite ") + query.value(0).toString();
    } else if (query.exec(QStringLiteral("SELECT VERSION()")) && query.next()) {
        // "11.8.3-MariaDB-1 from Debian" / "8.4.2"
        const QString version = query.value(0).toString();
        const QString number = version.section(u'-', 0, 0);
        return (version.contains(QLatin1String("MariaDB"), Qt::CaseInsensitive)
                    ? QStringLiteral("MariaDB ")
                    : QStringLiteral("MySQL ")) +
               number;
    }
    return {};
}

} // namespace schemata::connect
