#pragma once

#include "connect/connectionprofile.h"
#include "core/result.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <atomic>
#include <chrono>
#include <memory>

namespace schemata::connect {

// A private, throw-away MariaDB server for running a user's MySQL/MariaDB script: the
// system tables are bootstrapped into a data directory inside a QTemporaryDir, the
// server listens only on a unix socket there (--skip-networking), root connects over
// it without a password, durability is off and file access is confined to the
// directory. The destructor stops the server (SIGTERM, then SIGKILL) and removes the
// directory — also when the import failed or was cancelled, since the owner simply
// goes out of scope.
//
// It must be created and destroyed on the same thread (it owns a QProcess); the
// blocking QProcess API is used, so no event loop is needed (the studio runs imports
// on a worker thread).
class ScratchMariaDbServer
{
public:
    // The mariadbd executable: PATH first, then /usr/sbin, /usr/libexec, /usr/local/…;
    // empty when there is none.
    static QString findServerExecutable();
    // The directory holding mariadb_system_tables.sql (next to the binary's share/
    // directory, /usr/share/mariadb, /usr/share/mysql); empty when there is none.
    static QString findBootstrapDirectory(const QString& serverExecutable);

    // Starts a server. `cancelled` (may be null) is polled while waiting for the server
    // to accept connections; cancelling stops it and gives an error. No mariadbd on the
    // machine gives an error that says to install mariadb-server or pass --url.
    static core::Result<std::unique_ptr<ScratchMariaDbServer>>
    start(std::shared_ptr<const std::atomic<bool>> cancelled = {},
          std::chrono::milliseconds timeout = std::chrono::seconds(60));

    ~ScratchMariaDbServer();
    ScratchMariaDbServer(const ScratchMariaDbServer&) = delete;
    ScratchMariaDbServer& operator=(const ScratchMariaDbServer&) = delete;

    // root over the unix socket, connected to `database` ("" = none).
    ConnectionProfile profile(const QString& database = {}) const;
    QString socketPath() const;
    bool isRunning() const;
    qint64 pid() const;
    // The end of the server's error log, for messages when something goes wrong.
    QString logTail(int lines = 20) const;
    // Stops the server and removes its directory (the destructor does this too).
    void stop();
    // SIGKILL to the server, callable from any thread while this object lives: how a
    // cancel interrupts a statement that runs for long (the session then fails and the
    // owner's thread cleans up as usual).
    void kill() const;

private:
    ScratchMariaDbServer() = default;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    qint64 m_pid = 0; // for kill() from another thread (QProcess is not thread-safe)
};

} // namespace schemata::connect
