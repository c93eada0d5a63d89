#pragma once

#include "core/result.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <chrono>
#include <memory>

namespace schemata::enginetest {

// One long-running server process owned by a test fixture. Output goes to a log file
// so that a server that does not come up can be explained by its own words.
class ServerProcess
{
public:
    ServerProcess() = default;
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    core::Status start(const QString& program, const QStringList& arguments,
                       const QString& workingDirectory, const QString& logFile);
    bool isRunning() const;
    qint64 pid() const { return m_pid; }
    // Sends `gracefulSignal`, waits up to `grace`, then SIGKILL; always reaps the process.
    void stop(int gracefulSignal, std::chrono::milliseconds grace);

private:
    std::unique_ptr<QProcess> m_process;
    qint64 m_pid = 0;
};

// Runs a set-up tool (initdb, mariadb-install-db) to completion; on failure the error
// carries the command line, the exit status and the tail of its output.
core::Status runTool(const QString& program, const QStringList& arguments,
                     const QString& workingDirectory, const QString& logFile,
                     std::chrono::milliseconds timeout, const QByteArray& standardInput = {});

// Last `lines` lines of a text file ("" when missing), for error messages.
QString fileTail(const QString& path, int lines = 25);

// True when no process with this pid exists any more (after it has been reaped).
bool processGone(qint64 pid);
// Pids of live processes whose command line mentions `needle` (e.g. a data directory).
QList<qint64> processesMentioning(const QString& needle);

// Executable path or an error naming what is missing and where it was looked for.
core::Result<QString> requireExecutable(const QString& name, const QStringList& directories);

// When running as root, the argument prefix that drops to `user` (setpriv execs in
// place, so the pid we hold stays the server's pid); empty otherwise.
QStringList dropPrivilegesPrefix(const QString& user);
bool runningAsRoot();

// Closes and unregisters the named Qt Sql connections (a server's admin and test
// connections) so the server can shut down without waiting for clients; empties `names`.
void removeConnections(QStringList& names);

} // namespace schemata::enginetest
