#include "serverprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace schemata::enginetest {

ServerProcess::~ServerProcess()
{
    stop(SIGTERM, std::chrono::seconds(10));
}

core::Status ServerProcess::start(const QString& program, const QStringList& arguments,
                                  const QString& workingDirectory, const QString& logFile)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(program);
    m_process->setArguments(arguments);
    m_process->setWorkingDirectory(workingDirectory);
    m_process->setStandardOutputFile(logFile, QIODevice::Append);
    m_process->setStandardErrorFile(logFile, QIODevice::Append);
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        const QString error = m_process->errorString();
        m_process.reset();
        return core::Error{program, QStringLiteral("could not start: %1").arg(error)};
    }
    m_pid = m_process->processId();
    return {};
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

void ServerProcess::stop(int gracefulSignal, std::chrono::milliseconds grace)
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        ::kill(pid_t(m_pid), gracefulSignal);
        if (!m_process->waitForFinished(int(grace.count()))) {
            ::kill(pid_t(m_pid), SIGKILL);
            m_process->waitForFinished(10000);
        }
    }
    m_process.reset();
}

core::Status runTool(const QString& program, const QStringList& arguments,
                     const QString& workingDirectory, const QString& logFile,
                     std::chrono::milliseconds timeout, const QByteArray& standardInput)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setWorkingDirectory(workingDirectory);
    process.setStandardOutputFile(logFile, QIODevice::Append);
    process.setStandardErrorFile(logFile, QIODevice::Append);
    // Input goes through a file beside the log: no pipe to keep fed while waiting.
    const QString inputFile = logFile + QStringLiteral(".stdin");
    if (!standardInput.isEmpty()) {
        QFile input(inputFile);
        if (!input.open(QIODevice::WriteOnly) || input.write(standardInput) != standardInput.size())
            return core::Error{inputFile, QStringLiteral("cannot write the tool's input")};
    }
    process.setStandardInputFile(standardInput.isEmpty() ? QProcess::nullDevice() : inputFile);
    process.start();
    const QString command = program + QLatin1Char(' ') + arguments.join(QLatin1Char(' '));
    if (!process.waitForStarted(10000))
        return core::Error{command,
                           QStringLiteral("could not start: %1").arg(process.errorString())};
    if (!process.waitForFinished(int(timeout.count()))) {
        process.kill();
        process.waitForFinished(5000);
        return core::Error{command, QStringLiteral("timed out after %1 ms; output:\n%2")
                                        .arg(timeout.count())
                                        .arg(fileTail(logFile))};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return core::Error{command, QStringLiteral("failed with exit code %1; output:\n%2")
                                        .arg(process.exitCode())
                                        .arg(fileTail(logFile))};
    return {};
}

QString fileTail(const QString& path, int lines)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList all = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    return all.mid(qMax(0, int(all.size()) - lines)).join(QLatin1Char('\n'));
}

bool processGone(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

QList<qint64> processesMentioning(const QString& needle)
{
    QList<qint64> pids;
    const QStringList entries =
        QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid || pid == qint64(::getpid()))
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        QByteArray bytes = cmdline.readAll();
        bytes.replace('\0', ' ');
        if (QString::fromLocal8Bit(bytes).contains(needle))
            pids.append(pid);
    }
    return pids;
}

core::Result<QString> requireExecutable(const QString& name, const QStringList& directories)
{
    const QString path = QStandardPaths::findExecutable(name, directories);
    if (path.isEmpty())
        return core::Error{name,
                           QStringLiteral("executable not found in %1 — the engine tests need "
                                          "the real server (run them through scripts/env or "
                                          "scripts/test, which provide it)")
                               .arg(directories.join(QStringLiteral(", ")))};
    return path;
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

QStringList dropPrivilegesPrefix(const QString& user)
{
    if (!runningAsRoot())
        return {};
    return {QStringLiteral("--reuid=") + user, QStringLiteral("--regid=") + user,
            QStringLiteral("--init-groups"), QStringLiteral("--")};
}

void removeConnections(QStringList& names)
{
    for (const QString& name : std::as_const(names)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    names.clear();
}

} // namespace schemata::enginetest
