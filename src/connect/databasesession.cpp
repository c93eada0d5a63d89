#include "connect/databasesession.h"

#include "connect/connectionerror.h"
#include "connect/mariadbdriver.h"

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

// Qt hands the connect options to the driver as one ';'-separated string (QPSQL turns the
// ';' into spaces for libpq), so a file path containing ';' cannot be passed through.
core::Status checkTlsPaths(const ConnectionProfile& p)
{
    for (const auto& [what, path] : {std::pair{QStringLiteral("CA file"), p.sslCaFile},
                                     std::pair{QStringLiteral("client certificate"), p.sslCertFile},
                                     std::pair{QStringLiteral("client key"), p.sslKeyFile}}) {
        if (path.contains(u';'))
            return core::Error{path,
                               QStringLiteral("the TLS %1 path contains ';', which the Qt SQL "
                                              "drivers cannot pass on: move or link the file")
                                   .arg(what)};
    }
    if (!p.sslKeyFile.isEmpty() && p.sslCertFile.isEmpty())
        return core::Error{p.sslKeyFile,
                           QStringLiteral("a TLS client key is set without its client "
                                          "certificate")};
    return {};
}

// libpq conninfo value: single-quoted, with \ and \' escaped, so spaces in paths survive.
QString libpqValue(const QString& value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + escaped + u'\'';
}

bool isMysql(const QString& dialect)
{
    return dialect == u"mysql" || dialect == u"mariadb";
}

// Connector/C takes "localhost" (and no host) to mean the unix socket, where there is no
// TLS; libpq likewise never negotiates TLS over a socket, even under sslmode require.
bool mysqlOverTcp(const ConnectionProfile& p)
{
    return isMysql(p.dialect) && p.socket.isEmpty() && !p.host.isEmpty() && p.host != u"localhost";
}

// MariaDB/MySQL sessions that must have TLS (require, verify-ca, verify-full over TCP). They
// go through MariaDbDriver, since QMYSQL can neither insist on TLS before the login nor
// verify the certificate; the server is also asked afterwards whether the session is
// encrypted, so "require" is seen to mean TLS, not assumed to.
bool mysqlRequiresTls(const ConnectionProfile& p)
{
    return mysqlOverTcp(p) &&
           (p.sslMode == u"require" || p.sslMode == u"verify-ca" || p.sslMode == u"verify-full");
}

bool verifyMode(const ConnectionProfile& p)
{
    return p.sslMode == u"verify-ca" || p.sslMode == u"verify-full";
}

MariaDbTlsSettings mariaDbTlsSettings(const ConnectionProfile& p)
{
    MariaDbTlsSettings settings;
    // As libpq: require checks the chain when it is given a CA file, and nothing otherwise.
    settings.check = p.sslMode == u"verify-full" ? MariaDbCertificateCheck::ChainAndHost
                     : p.sslMode == u"verify-ca" || !p.sslCaFile.isEmpty()
                         ? MariaDbCertificateCheck::Chain
                         : MariaDbCertificateCheck::None;
    settings.caFile = p.sslCaFile;
    settings.certFile = p.sslCertFile;
    settings.keyFile = p.sslKeyFile;
    settings.connectTimeoutSeconds = unsigned(qMax(1, p.connectTimeoutSeconds));
    settings.ioTimeoutSeconds = unsigned(qMax(1, p.queryTimeoutSeconds));
    return settings;
}

// Qt 6.8's QMYSQL passes Connector/C only the TLS *file* options (SSL_CA, SSL_CERT, SSL_KEY,
// SSL_CAPATH, …): not MYSQL_OPT_SSL_ENFORCE nor MYSQL_OPT_SSL_VERIFY_SERVER_CERT (it warns
// "Unknown connect option" and drops them). Setting any file option makes Connector/C try
// TLS, falling back to plain text when the server has none, and it then checks neither the
// CA nor the host name. That is exactly sslmode prefer, the only TLS mode left to QMYSQL:
// it turns TLS on through the CA file (or the system CA directory). The modes that require
// TLS go through MariaDbDriver (mysqlRequiresTls). Unix sockets stay as they are.
QString mysqlSslOptions(const ConnectionProfile& p)
{
    if (p.sslMode == u"disable" || !mysqlOverTcp(p))
        return {};
    QString options;
    if (!p.sslCaFile.isEmpty())
        options += QStringLiteral(";SSL_CA=") + p.sslCaFile;
    else if (QFileInfo(QStringLiteral("/etc/ssl/certs")).isDir())
        options += QStringLiteral(";SSL_CAPATH=/etc/ssl/certs");
    if (!p.sslCertFile.isEmpty())
        options += QStringLiteral(";SSL_CERT=") + p.sslCertFile;
    if (!p.sslKeyFile.isEmpty())
        options += QStringLiteral(";SSL_KEY=") + p.sslKeyFile;
    return options;
}

core::Result<TlsStatus> queryTlsStatus(const QSqlDatabase& db, const ConnectionProfile& p)
{
    TlsStatus status;
    if (p.dialect == u"sqlite") {
        status.applicable = false;
        return status;
    }
    QSqlQuery query(db);
    if (p.dialect == u"postgres") {
        if (!query.exec(QStringLiteral("SELECT ssl, version, cipher FROM pg_stat_ssl WHERE pid = "
                                       "pg_backend_pid()")))
            return core::Error{
                displayUrl(p),
                QStringLiteral("cannot read pg_stat_ssl: %1").arg(query.lastError().text())};
        if (query.next()) {
            status.encrypted = query.value(0).toBool();
            status.protocol = query.value(1).toString();
            status.cipher = query.value(2).toString();
        }
        return status;
    }
    // An unencrypted MariaDB/MySQL session reports both as empty strings.
    if (!query.exec(QStringLiteral("SHOW SESSION STATUS WHERE Variable_name IN ('Ssl_version', "
                                   "'Ssl_cipher')")))
        return core::Error{
            displayUrl(p),
            QStringLiteral("cannot read the TLS status: %1").arg(query.lastError().text())};
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (name.compare(u"Ssl_version", Qt::CaseInsensitive) == 0)
            status.protocol = query.value(1).toString();
        else if (name.compare(u"Ssl_cipher", Qt::CaseInsensitive) == 0)
            status.cipher = query.value(1).toString();
    }
    status.encrypted = !status.cipher.isEmpty();
    return status;
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

    if (const core::Status s = checkTlsPaths(profile); !s)
        return s.error();
    const bool viaConnectorC = mysqlRequiresTls(profile);
    if (viaConnectorC && verifyMode(profile) && !QFileInfo(profile.sslCaFile).isReadable())
        return core::Error{
            displayUrl(profile),
            describeConnectionFailure(profile, ConnectionFailure::Tls,
                                      QStringLiteral("no readable root certificate file (the CA "
                                                     "file) to check the server's certificate "
                                                     "against"))};

    const QString name =
        QStringLiteral("schemata-session-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString failure;
    {
        QSqlDatabase db =
            viaConnectorC
                ? QSqlDatabase::addDatabase(new MariaDbDriver(mariaDbTlsSettings(profile)), name)
                : QSqlDatabase::addDatabase(driver, name);
        QStringList options;
        if (profile.dialect == u"postgres") {
            db.setHostName(profile.socket.isEmpty() ? profile.host : profile.socket);
            if (profile.port != 0)
                db.setPort(profile.port);
            // libpq counts connect_timeout per host address and rounds up to 2 s.
            options << QStringLiteral("connect_timeout=%1").arg(qMax(2, connectTimeout));
            if (!profile.sslMode.isEmpty())
                options << QStringLiteral("sslmode=%1").arg(profile.sslMode);
            if (!profile.sslCaFile.isEmpty())
                options << QStringLiteral("sslrootcert=") + libpqValue(profile.sslCaFile);
            if (!profile.sslCertFile.isEmpty())
                options << QStringLiteral("sslcert=") + libpqValue(profile.sslCertFile);
            if (!profile.sslKeyFile.isEmpty())
                options << QStringLiteral("sslkey=") + libpqValue(profile.sslKeyFile);
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
        if (driver == u"QMYSQL" && !viaConnectorC)
            joined += mysqlSslOptions(profile);
        db.setConnectOptions(joined);
        db.setUserName(profile.user);
        db.setPassword(password);
        if (db.open()) {
            // Connector/C (through Qt) falls back to plain text where libpq would refuse;
            // the server's own answer decides whether "require" was met.
            core::Result<TlsStatus> tls = TlsStatus{};
            if (mysqlRequiresTls(profile))
                tls = queryTlsStatus(db, profile);
            if (!tls) {
                failure = tls.error().toString();
            } else if (mysqlRequiresTls(profile) && !tls.value().encrypted) {
                failure = describeConnectionFailure(
                    profile, ConnectionFailure::Tls,
                    QStringLiteral("the server does not support TLS: the session it reports is "
                                   "not encrypted (Ssl_cipher is empty)"));
            } else if (const core::Status s = applySessionSettings(db, profile); !s) {
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

QString TlsStatus::summary() const
{
    if (!applicable)
        return {};
    if (!encrypted)
        return QStringLiteral("not encrypted");
    return QStringLiteral("TLS: %1 / %2").arg(protocol, cipher);
}

core::Result<TlsStatus> DatabaseSession::tlsStatus() const
{
    return queryTlsStatus(database(), m_profile);
}

} // namespace schemata::connect
