#include "mariadbserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <csignal>

namespace schemata::enginetest {

namespace {

QString quoted(const QString& identifier)
{
    return QLatin1Char('`') + QString(identifier).replace(QLatin1Char('`'), QStringLiteral("``")) +
           QLatin1Char('`');
}

const QStringList kSearchDirs{QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"),
                              QStringLiteral("/usr/local/sbin"), QStringLiteral("/usr/local/bin")};

} // namespace

MariaDbServer::MariaDbServer() = default;

MariaDbServer::~MariaDbServer()
{
    stop();
}

void MariaDbServer::enableTcp(bool tls)
{
    m_tcp = true;
    m_tls = tls;
}

QString MariaDbServer::socketPath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("mysqld.sock")) : QString();
}

QString MariaDbServer::dataDirectory() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("data")) : QString();
}

QString MariaDbServer::logTail(int lines) const
{
    return m_dir ? fileTail(m_dir->filePath(QStringLiteral("server.log")), lines) : QString();
}

core::Status MariaDbServer::start(std::chrono::milliseconds timeout)
{
    QElapsedTimer timer;
    timer.start();
    const auto server = requireExecutable(QStringLiteral("mariadbd"), kSearchDirs);
    if (!server)
        return server.error();
    // The system tables come from the SQL files mariadb-install-db feeds to
    // "mariadbd --bootstrap"; feeding them ourselves skips the 2 MB of help tables and
    // the sys schema, which halves the set-up time and which no test uses.
    const QString sqlDir = QStringLiteral("/usr/share/mariadb");
    QByteArray bootstrapSql = "CREATE DATABASE IF NOT EXISTS mysql;\nUSE mysql;\n"
                              "SET @auth_root_socket=NULL;\n"; // root@localhost, no password
    for (const char* file : {"mariadb_system_tables.sql", "mariadb_performance_tables.sql",
                             "mariadb_system_tables_data.sql", "maria_add_gis_sp_bootstrap.sql"}) {
        QFile sql(sqlDir + u'/' + QLatin1String(file));
        if (!sql.open(QIODevice::ReadOnly))
            return core::Error{sql.fileName(),
                               QStringLiteral("cannot read the MariaDB bootstrap SQL (is "
                                              "mariadb-server installed?)")};
        bootstrapSql += sql.readAll() + '\n';
    }
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/schemata-my-XXXXXX"));
    if (!m_dir->isValid())
        return core::Error{
            QStringLiteral("MariaDbServer"),
            QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString())};
    if (!QDir().mkpath(dataDirectory()))
        return core::Error{dataDirectory(), QStringLiteral("cannot create the data directory")};
    const QString log = m_dir->filePath(QStringLiteral("server.log"));
    // A private tmpdir: every mariadbd deletes stray "#sql*" files in its tmpdir when it
    // starts, so servers sharing /tmp removed each other's live temporary tables when
    // tests ran in parallel ("Error on delete of '/tmp/#sql-temptable-…'").
    const QString tmp = m_dir->filePath(QStringLiteral("tmp"));
    if (!QDir().mkpath(tmp))
        return core::Error{tmp, QStringLiteral("cannot create the server's tmpdir")};
    // Shared by bootstrap and server so that both agree on the InnoDB files.
    const QStringList common{
        QStringLiteral("--tmpdir=") + tmp, QStringLiteral("--innodb-log-file-size=16M"),
        QStringLiteral("--innodb-buffer-pool-size=32M"), QStringLiteral("--skip-log-bin")};
    QStringList user;
    if (runningAsRoot())
        user << QStringLiteral("--user=root");

    QStringList bootstrapArgs{QStringLiteral("--no-defaults"),
                              QStringLiteral("--bootstrap"),
                              QStringLiteral("--datadir=") + dataDirectory(),
                              QStringLiteral("--log-warnings=0"),
                              QStringLiteral("--enforce-storage-engine="),
                              QStringLiteral("--max-allowed-packet=8M")};
    bootstrapArgs << user << common;
    if (const core::Status s = runTool(server.value(), bootstrapArgs, m_dir->path(), log,
                                       std::chrono::seconds(60), bootstrapSql);
        !s)
        return s;

    QStringList serverArgs{
        QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + dataDirectory(),
        QStringLiteral("--socket=") + socketPath(),
        QStringLiteral("--pid-file=") + m_dir->filePath(QStringLiteral("mysqld.pid")),
        QStringLiteral("--skip-networking"), QStringLiteral("--log-error=") + log,
        QStringLiteral("--innodb-flush-log-at-trx-commit=0"),
        QStringLiteral("--innodb-doublewrite=0"),
        // Nothing survives the fixture, so skip the orderly InnoDB
        // shutdown and the buffer-pool dump and load.
        QStringLiteral("--innodb-fast-shutdown=2"),
        QStringLiteral("--innodb-buffer-pool-dump-at-shutdown=0"),
        QStringLiteral("--innodb-buffer-pool-load-at-startup=0"),
        QStringLiteral("--character-set-server=utf8mb4"), QStringLiteral("--max-connections=30")};
    serverArgs << user << common;
    if (m_tcp) {
        const auto port = freeLoopbackPort();
        if (!port)
            return port.error();
        m_port = port.value();
        serverArgs.removeAll(QStringLiteral("--skip-networking"));
        serverArgs << QStringLiteral("--port=%1").arg(m_port)
                   << QStringLiteral("--bind-address=127.0.0.1,127.0.0.2")
                   << QStringLiteral("--skip-name-resolve");
        if (m_tls) {
            const QString tlsDir = m_dir->filePath(QStringLiteral("tls"));
            if (!QDir().mkpath(tlsDir))
                return core::Error{tlsDir, QStringLiteral("cannot create the directory")};
            const auto files = makeTlsFiles(tlsDir, QStringLiteral("tls_client"));
            if (!files)
                return files.error();
            m_tlsFiles = files.value();
            serverArgs << QStringLiteral("--ssl-cert=") + m_tlsFiles.serverCertificate
                       << QStringLiteral("--ssl-key=") + m_tlsFiles.serverKey
                       << QStringLiteral("--ssl-ca=") + m_tlsFiles.caCertificate;
        } else {
            serverArgs << QStringLiteral("--skip-ssl");
        }
    }
    if (const core::Status s = m_server.start(server.value(), serverArgs, m_dir->path(), log); !s)
        return s;
    m_pid = m_server.pid();

    // Ready = a connection succeeds; a socket file alone may precede readiness.
    while (true) {
        if (!m_server.isRunning()) {
            const QString tail = logTail();
            stop();
            return core::Error{QStringLiteral("MariaDbServer"),
                               QStringLiteral("the server exited during start-up; server log:\n") +
                                   tail};
        }
        if (auto admin = openConnection(QString(), true)) {
            m_admin = admin.value().connectionName();
            break;
        }
        if (timer.elapsed() > timeout.count()) {
            const QString tail = logTail();
            stop();
            return core::Error{QStringLiteral("MariaDbServer"),
                               QStringLiteral("not ready after %1 ms; server log:\n%2")
                                   .arg(timeout.count())
                                   .arg(tail)};
        }
        QThread::msleep(30);
    }
    m_startupMs = timer.elapsed();
    return {};
}

core::Result<QSqlDatabase> MariaDbServer::openConnection(const QString& database, bool quiet)
{
    const QString name = QStringLiteral("schemata-my-%1-%2").arg(m_pid).arg(++m_connectionCounter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), name);
        db.setUserName(QStringLiteral("root"));
        db.setDatabaseName(database);
        db.setConnectOptions(QStringLiteral("UNIX_SOCKET=") + socketPath());
        if (db.open()) {
            m_connections.append(name);
            return db;
        }
        if (!quiet || !m_server.isRunning()) {
            const QString error = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return core::Error{
                QStringLiteral("MariaDbServer"),
                QStringLiteral("cannot connect to database \"%1\": %2").arg(database, error)};
        }
    }
    QSqlDatabase::removeDatabase(name);
    return core::Error{QStringLiteral("MariaDbServer"),
                       QStringLiteral("not accepting connections yet")};
}

core::Result<QSqlDatabase> MariaDbServer::connect(const QString& database)
{
    if (!isRunning())
        return core::Error{QStringLiteral("MariaDbServer"),
                           QStringLiteral("the server is not running")};
    return openConnection(database, false);
}

core::Result<QSqlDatabase> MariaDbServer::createDatabase(const QString& name)
{
    if (m_admin.isEmpty())
        return core::Error{QStringLiteral("MariaDbServer"),
                           QStringLiteral("the server is not running")};
    QSqlQuery query(QSqlDatabase::database(m_admin, false));
    for (const QString& sql :
         {QStringLiteral("DROP DATABASE IF EXISTS %1").arg(quoted(name)),
          QStringLiteral("CREATE DATABASE %1 CHARACTER SET utf8mb4").arg(quoted(name))}) {
        if (!query.exec(sql))
            return core::Error{QStringLiteral("MariaDbServer"),
                               QStringLiteral("%1: %2").arg(sql, query.lastError().text())};
    }
    return connect(name);
}

void MariaDbServer::closeConnections()
{
    removeConnections(m_connections);
    m_admin.clear();
}

void MariaDbServer::stop()
{
    closeConnections();
    m_server.stop(SIGTERM, std::chrono::seconds(15));
    if (m_dir)
        m_dir->remove();
    m_dir.reset();
}

} // namespace schemata::enginetest
