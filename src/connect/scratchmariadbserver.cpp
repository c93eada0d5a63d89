#include "connect/scratchmariadbserver.h"

#include "connect/databasesession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>
#include <csignal>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace schemata::connect {

namespace {

const QStringList kSearchDirectories{
    QStringLiteral("/usr/sbin"),          QStringLiteral("/usr/libexec"),
    QStringLiteral("/usr/bin"),           QStringLiteral("/usr/local/sbin"),
    QStringLiteral("/usr/local/libexec"), QStringLiteral("/usr/local/bin")};

// The SQL files mariadb-install-db feeds to "mariadbd --bootstrap". Feeding them
// ourselves skips the 2 MB of help tables, the sys schema and performance_schema's
// tables (off by default; a schema script does not use it): less than half the set-up
// time. mysql.proc is the table a script really needs (stored routines live there).
const char* const kBootstrapFiles[] = {"mariadb_system_tables.sql",
                                       "mariadb_system_tables_data.sql"};

QString tail(const QString& text, int lines)
{
    QStringList all = text.split(u'\n');
    while (!all.isEmpty() && all.constLast().trimmed().isEmpty())
        all.removeLast();
    return all.mid(qMax<qsizetype>(0, all.size() - lines)).join(u'\n');
}

QString readAllText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

QString ScratchMariaDbServer::findServerExecutable()
{
    QString found = QStandardPaths::findExecutable(QStringLiteral("mariadbd"));
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(QStringLiteral("mariadbd"), kSearchDirectories);
    return found;
}

QString ScratchMariaDbServer::findBootstrapDirectory(const QString& serverExecutable)
{
    QStringList candidates;
    if (!serverExecutable.isEmpty()) {
        const QDir prefix(QFileInfo(serverExecutable).canonicalPath() + QStringLiteral("/.."));
        candidates << prefix.filePath(QStringLiteral("share/mariadb"))
                   << prefix.filePath(QStringLiteral("share/mysql"))
                   << prefix.filePath(QStringLiteral("share"));
    }
    candidates << QStringLiteral("/usr/share/mariadb") << QStringLiteral("/usr/share/mysql");
    for (const QString& dir : std::as_const(candidates)) {
        if (QFileInfo::exists(dir + QStringLiteral("/mariadb_system_tables.sql")))
            return QDir::cleanPath(dir);
    }
    return {};
}

core::Result<std::unique_ptr<ScratchMariaDbServer>>
ScratchMariaDbServer::start(std::shared_ptr<const std::atomic<bool>> cancelled,
                            std::chrono::milliseconds timeout)
{
    const QString who = QStringLiteral("scratch MariaDB server");
    const QString program = findServerExecutable();
    if (program.isEmpty())
        return core::Error{who, QStringLiteral("no MariaDB server (mariadbd) found on PATH or in "
                                               "/usr/sbin, /usr/libexec: install the "
                                               "mariadb-server package, or pass --url "
                                               "mysql://… to run the script on a server of "
                                               "yours (in a scratch database that is dropped "
                                               "afterwards)")};
    const QString sqlDir = findBootstrapDirectory(program);
    if (sqlDir.isEmpty())
        return core::Error{program, QStringLiteral("found, but not the system-table SQL "
                                                   "(mariadb_system_tables.sql) it needs: is "
                                                   "mariadb-server installed completely?")};
    QByteArray bootstrapSql = "CREATE DATABASE IF NOT EXISTS mysql;\nUSE mysql;\n"
                              "SET @auth_root_socket=NULL;\n"; // root@localhost, no password
    for (const char* name : kBootstrapFiles) {
        QFile sql(sqlDir + u'/' + QLatin1String(name));
        if (!sql.open(QIODevice::ReadOnly))
            return core::Error{sql.fileName(),
                               QStringLiteral("cannot read: %1").arg(sql.errorString())};
        bootstrapSql += sql.readAll() + '\n';
    }

    std::unique_ptr<ScratchMariaDbServer> server(new ScratchMariaDbServer);
    // A unix socket path must fit in 107 bytes; a long TMPDIR falls back to /tmp.
    const QString pattern = QStringLiteral("/schemata-mariadb-XXXXXX");
    server->m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + pattern);
    if (server->m_dir->isValid() && server->socketPath().toLocal8Bit().size() > 100)
        server->m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp") + pattern);
    if (!server->m_dir->isValid())
        return core::Error{who, QStringLiteral("cannot create a temporary directory: %1")
                                    .arg(server->m_dir->errorString())};
    const QString data = server->m_dir->filePath(QStringLiteral("data"));
    const QString files = server->m_dir->filePath(QStringLiteral("files"));
    // A private tmpdir: a starting mariadbd deletes every stray "#sql*" file in its tmpdir,
    // which in a shared /tmp includes the live temporary tables of other servers.
    const QString tmp = server->m_dir->filePath(QStringLiteral("tmp"));
    if (!QDir().mkpath(data) || !QDir().mkpath(files) || !QDir().mkpath(tmp))
        return core::Error{server->m_dir->path(), QStringLiteral("cannot create directories")};

    // Shared by bootstrap and server so that both agree on the InnoDB files.
    // --no-defaults must come first: no my.cnf of the machine's server applies.
    QStringList common{QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + data,
                       QStringLiteral("--tmpdir=") + tmp,
                       QStringLiteral("--innodb-log-file-size=16M"),
                       QStringLiteral("--innodb-buffer-pool-size=32M"),
                       QStringLiteral("--skip-log-bin")};
    if (::geteuid() == 0)
        common << QStringLiteral("--user=root"); // mariadbd refuses to run as root otherwise

    QProcess bootstrap;
    bootstrap.setWorkingDirectory(server->m_dir->path());
    bootstrap.setProcessChannelMode(QProcess::MergedChannels);
    // --no-defaults (first in `common`) must be the first argument of all.
    bootstrap.start(program, QStringList(common) << QStringLiteral("--bootstrap")
                                                 << QStringLiteral("--log-warnings=0")
                                                 << QStringLiteral("--enforce-storage-engine=")
                                                 << QStringLiteral("--max-allowed-packet=8M"));
    if (!bootstrap.waitForStarted(10000))
        return core::Error{program,
                           QStringLiteral("cannot start: %1").arg(bootstrap.errorString())};
    bootstrap.write(bootstrapSql);
    bootstrap.closeWriteChannel();
    QElapsedTimer timer;
    timer.start();
    while (!bootstrap.waitForFinished(100)) {
        if ((cancelled && cancelled->load()) || timer.elapsed() > timeout.count()) {
            bootstrap.kill();
            bootstrap.waitForFinished(5000);
            return core::Error{who, cancelled && cancelled->load()
                                        ? QStringLiteral("cancelled while setting up")
                                        : QStringLiteral("setting up the system tables took "
                                                         "longer than %1 s")
                                              .arg(timeout.count() / 1000)};
        }
    }
    if (bootstrap.exitStatus() != QProcess::NormalExit || bootstrap.exitCode() != 0)
        return core::Error{program, QStringLiteral("--bootstrap failed (exit %1):\n%2")
                                        .arg(bootstrap.exitCode())
                                        .arg(tail(QString::fromUtf8(bootstrap.readAll()), 15))};

    QStringList arguments = common;
    arguments << QStringLiteral("--socket=") + server->socketPath()
              << QStringLiteral("--pid-file=") +
                     server->m_dir->filePath(QStringLiteral("mariadbd.pid"))
              << QStringLiteral("--skip-networking")
              << QStringLiteral("--log-error=") +
                     server->m_dir->filePath(QStringLiteral("server.log"))
              << QStringLiteral("--secure-file-priv=") + files
              << QStringLiteral("--innodb-flush-log-at-trx-commit=0")
              << QStringLiteral("--innodb-doublewrite=0")
              // Nothing survives: skip the orderly InnoDB shutdown and buffer-pool dumps.
              << QStringLiteral("--innodb-fast-shutdown=2")
              << QStringLiteral("--innodb-buffer-pool-dump-at-shutdown=0")
              << QStringLiteral("--innodb-buffer-pool-load-at-startup=0")
              << QStringLiteral("--character-set-server=utf8mb4")
              << QStringLiteral("--max-connections=20");
    server->m_process = std::make_unique<QProcess>();
    server->m_process->setWorkingDirectory(server->m_dir->path());
    server->m_process->setProcessChannelMode(QProcess::MergedChannels);
    server->m_process->setStandardOutputFile(server->m_dir->filePath(QStringLiteral("server.out")));
#ifdef Q_OS_LINUX
    // If this process dies without stopping the server (killed, crashed), the kernel
    // kills the server too instead of leaving an orphan mariadbd behind.
    server->m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
    server->m_process->start(program, arguments);
    if (!server->m_process->waitForStarted(10000))
        return core::Error{
            program, QStringLiteral("cannot start: %1").arg(server->m_process->errorString())};
    server->m_pid = server->m_process->processId();

    // Ready = a connection succeeds (the socket file may appear before that).
    while (true) {
        if (cancelled && cancelled->load())
            return core::Error{who, QStringLiteral("cancelled while starting")};
        if (!server->isRunning())
            return core::Error{who, QStringLiteral("the server exited during start-up:\n") +
                                        server->logTail()};
        if (QFileInfo::exists(server->socketPath())) {
            ConnectionProfile probe = server->profile();
            probe.connectTimeoutSeconds = 2;
            if (DatabaseSession::open(probe, {}))
                break;
        }
        if (timer.elapsed() > timeout.count())
            return core::Error{who, QStringLiteral("not accepting connections after %1 s:\n%2")
                                        .arg(timeout.count() / 1000)
                                        .arg(server->logTail())};
        QThread::msleep(25);
    }
    return server;
}

ScratchMariaDbServer::~ScratchMariaDbServer()
{
    stop();
}

void ScratchMariaDbServer::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate(); // SIGTERM: a clean, fast shutdown (fast-shutdown=2)
        if (!m_process->waitForFinished(15000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
    m_pid = 0;
    if (m_dir)
        m_dir->remove();
    m_dir.reset();
}

void ScratchMariaDbServer::kill() const
{
    if (m_pid > 0)
        ::kill(pid_t(m_pid), SIGKILL);
}

ConnectionProfile ScratchMariaDbServer::profile(const QString& database) const
{
    ConnectionProfile p;
    p.dialect = QStringLiteral("mariadb");
    p.label = QStringLiteral("scratch");
    p.socket = socketPath();
    p.user = QStringLiteral("root");
    p.database = database;
    return p;
}

QString ScratchMariaDbServer::socketPath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("mariadbd.sock")) : QString();
}

bool ScratchMariaDbServer::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning &&
           !m_process->waitForFinished(0);
}

qint64 ScratchMariaDbServer::pid() const
{
    return m_process ? m_process->processId() : 0;
}

QString ScratchMariaDbServer::logTail(int lines) const
{
    if (!m_dir)
        return {};
    return tail(readAllText(m_dir->filePath(QStringLiteral("server.log"))) +
                    readAllText(m_dir->filePath(QStringLiteral("server.out"))),
                lines);
}

} // namespace schemata::connect
