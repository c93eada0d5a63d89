#include "postgresserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <csignal>
#include <pwd.h>
#include <unistd.h>

namespace schemata::enginetest {

namespace {

constexpr int kPort = 5432; // without TCP, only names the socket file

QString quoted(const QString& identifier)
{
    return QLatin1Char('"') +
           QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace

PostgresServer::PostgresServer() = default;

PostgresServer::~PostgresServer()
{
    stop();
}

void PostgresServer::enableTcp(bool tls)
{
    m_tcp = true;
    m_tls = tls;
}

QString PostgresServer::dataDirectory() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("data")) : QString();
}

QString PostgresServer::logTail(int lines) const
{
    return m_dir ? fileTail(m_dir->filePath(QStringLiteral("server.log")), lines) : QString();
}

core::Status PostgresServer::start(std::chrono::milliseconds timeout)
{
    QElapsedTimer timer;
    timer.start();
    const QStringList binDirs{QString::fromLatin1(kBinDir)};
    const auto initdb = requireExecutable(QStringLiteral("initdb"), binDirs);
    if (!initdb)
        return initdb.error();
    const auto postgres = requireExecutable(QStringLiteral("postgres"), binDirs);
    if (!postgres)
        return postgres.error();
    QStringList prefix = dropPrivilegesPrefix(QStringLiteral("postgres"));
    QString launcher;
    if (!prefix.isEmpty()) {
        const auto setpriv = requireExecutable(
            QStringLiteral("setpriv"), {QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
        if (!setpriv)
            return setpriv.error();
        launcher = setpriv.value();
    }

    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/schemata-pg-XXXXXX"));
    if (!m_dir->isValid())
        return core::Error{
            QStringLiteral("PostgresServer"),
            QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString())};
    if (runningAsRoot()) {
        const passwd* user = ::getpwnam("postgres");
        if (!user)
            return core::Error{
                QStringLiteral("PostgresServer"),
                QStringLiteral("running as root but there is no `postgres` user to run "
                               "the server as (PostgreSQL refuses to run as root)")};
        if (::chown(QFile::encodeName(m_dir->path()).constData(), user->pw_uid, user->pw_gid) != 0)
            return core::Error{m_dir->path(), QStringLiteral("chown to postgres failed")};
    }
    const QString log = m_dir->filePath(QStringLiteral("server.log"));
    auto command = [&](const QString& program, QStringList args) {
        if (launcher.isEmpty())
            return std::pair{program, args};
        return std::pair{launcher, QStringList(prefix) << program << args};
    };

    const auto [initProgram, initArgs] =
        command(initdb.value(),
                {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-U"),
                 QStringLiteral("postgres"), QStringLiteral("-A"), QStringLiteral("trust"),
                 QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                 QStringLiteral("--no-sync"), QStringLiteral("--no-instructions")});
    if (const core::Status s =
            runTool(initProgram, initArgs, m_dir->path(), log, std::chrono::seconds(60));
        !s)
        return s;

    m_port = kPort;
    QStringList tcp; // later -c settings override the earlier listen_addresses=
    if (m_tcp) {
        if (const core::Status s = prepareTcp(); !s)
            return s;
        tcp << QStringLiteral("-c") << QStringLiteral("listen_addresses=127.0.0.1,127.0.0.2");
        if (m_tls)
            tcp << QStringLiteral("-c") << QStringLiteral("ssl=on") << QStringLiteral("-c")
                << QStringLiteral("ssl_cert_file=") + m_tlsFiles.serverCertificate
                << QStringLiteral("-c") << QStringLiteral("ssl_key_file=") + m_tlsFiles.serverKey
                << QStringLiteral("-c")
                << QStringLiteral("ssl_ca_file=") + m_tlsFiles.caCertificate;
    }
    auto [serverProgram, serverArgs] =
        command(postgres.value(),
                {QStringLiteral("-D"), dataDirectory(),
                 QStringLiteral("-p"), QString::number(m_port),
                 QStringLiteral("-c"), QStringLiteral("listen_addresses="),
                 QStringLiteral("-c"), QStringLiteral("unix_socket_directories=") + m_dir->path(),
                 QStringLiteral("-c"), QStringLiteral("fsync=off"),
                 QStringLiteral("-c"), QStringLiteral("synchronous_commit=off"),
                 QStringLiteral("-c"), QStringLiteral("full_page_writes=off"),
                 QStringLiteral("-c"), QStringLiteral("autovacuum=off"),
                 QStringLiteral("-c"), QStringLiteral("max_connections=30"),
                 QStringLiteral("-c"), QStringLiteral("shared_buffers=16MB")});
    serverArgs << tcp;
    if (const core::Status s = m_server.start(serverProgram, serverArgs, m_dir->path(), log); !s)
        return s;
    m_pid = m_server.pid();
    if (const core::Status s = waitUntilReady(timeout); !s) {
        const QString tail = logTail();
        stop();
        return core::Error{s.error().where,
                           s.error().message + QStringLiteral("\nserver log:\n") + tail};
    }
    const auto admin = connect(QStringLiteral("postgres"));
    if (!admin)
        return admin.error();
    m_admin = admin.value().connectionName();
    // DROP DATABASE IF EXISTS would print a NOTICE into every test log.
    QSqlQuery quiet(admin.value());
    quiet.exec(QStringLiteral("SET client_min_messages = warning"));
    m_startupMs = timer.elapsed();
    return {};
}

core::Status PostgresServer::prepareTcp()
{
    const auto port = freeLoopbackPort();
    if (!port)
        return port.error();
    m_port = port.value();
    QFile hba(QDir(dataDirectory()).filePath(QStringLiteral("pg_hba.conf")));
    if (!hba.open(QIODevice::Append) || hba.write("host all all 127.0.0.0/8 trust\n") < 0)
        return core::Error{hba.fileName(), QStringLiteral("cannot append the loopback rule")};
    hba.close();
    if (!m_tls)
        return {};
    const QString tlsDir = m_dir->filePath(QStringLiteral("tls"));
    if (!QDir().mkpath(tlsDir))
        return core::Error{tlsDir, QStringLiteral("cannot create the directory")};
    const auto files = makeTlsFiles(tlsDir, QStringLiteral("tls_client"));
    if (!files)
        return files.error();
    m_tlsFiles = files.value();
    if (runningAsRoot()) {
        // The server (run as `postgres`) insists on owning its key, mode 0600.
        const passwd* user = ::getpwnam("postgres");
        if (!user)
            return core::Error{tlsDir, QStringLiteral("no `postgres` user to own the key")};
        for (const QString& path :
             {tlsDir, m_tlsFiles.serverCertificate, m_tlsFiles.serverKey, m_tlsFiles.caCertificate})
            if (::chown(QFile::encodeName(path).constData(), user->pw_uid, user->pw_gid) != 0)
                return core::Error{path, QStringLiteral("chown to postgres failed")};
    }
    return {};
}

core::Status PostgresServer::waitUntilReady(std::chrono::milliseconds timeout)
{
    // The postmaster writes "ready" into line 8 of postmaster.pid once it accepts
    // connections; polling the file is cheaper and quieter than connection attempts.
    QElapsedTimer timer;
    timer.start();
    const QString pidFile = QDir(dataDirectory()).filePath(QStringLiteral("postmaster.pid"));
    while (timer.elapsed() < timeout.count()) {
        if (!m_server.isRunning())
            return core::Error{QStringLiteral("PostgresServer"),
                               QStringLiteral("the server exited during start-up")};
        QFile file(pidFile);
        if (file.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = file.readAll().split('\n');
            if (lines.size() >= 8 && lines.at(7).trimmed() == "ready")
                return {};
        }
        QThread::msleep(20);
    }
    return core::Error{QStringLiteral("PostgresServer"),
                       QStringLiteral("not ready after %1 ms").arg(timeout.count())};
}

core::Result<QSqlDatabase> PostgresServer::connect(const QString& database)
{
    if (!isRunning())
        return core::Error{QStringLiteral("PostgresServer"),
                           QStringLiteral("the server is not running")};
    // Qt's connection registry is process-wide: server pid + counter keeps names unique.
    const QString name = QStringLiteral("schemata-pg-%1-%2").arg(m_pid).arg(++m_connectionCounter);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    m_connections.append(name);
    db.setHostName(m_dir->path());
    db.setPort(m_port);
    db.setUserName(QStringLiteral("postgres"));
    db.setDatabaseName(database);
    if (!db.open())
        return core::Error{QStringLiteral("PostgresServer"),
                           QStringLiteral("cannot connect to database \"%1\": %2")
                               .arg(database, db.lastError().text())};
    return db;
}

core::Result<QSqlDatabase> PostgresServer::createDatabase(const QString& name)
{
    if (m_admin.isEmpty())
        return core::Error{QStringLiteral("PostgresServer"),
                           QStringLiteral("the server is not running")};
    QSqlQuery query(QSqlDatabase::database(m_admin, false));
    for (const QString& sql :
         {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoted(name)),
          QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'")
              .arg(quoted(name))}) {
        if (!query.exec(sql))
            return core::Error{QStringLiteral("PostgresServer"),
                               QStringLiteral("%1: %2").arg(sql, query.lastError().text())};
    }
    return connect(name);
}

void PostgresServer::closeConnections()
{
    removeConnections(m_connections);
    m_admin.clear();
}

void PostgresServer::stop()
{
    closeConnections();
    // SIGINT is PostgreSQL's "fast" shutdown: it disconnects clients instead of
    // waiting for them (SIGTERM, "smart", would hang on a leaked connection).
    m_server.stop(SIGINT, std::chrono::seconds(10));
    if (m_dir)
        m_dir->remove();
    m_dir.reset();
}

} // namespace schemata::enginetest
