#pragma once

#include "connect/connectionprofile.h"
#include "connect/databasesession.h"
#include "core/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>
#include <memory>
#include <optional>

namespace schemata::connect {

// Throw-away databases for a verification run, and nothing else: on a server every
// database is created as `schemata_verify_<random>_<suffix>` through one admin
// session and dropped again when this object goes away (or by dropAll()); no other
// database is read or written. Without a server, SQLite files in a private temporary
// directory that is removed afterwards.
class ScratchDatabases
{
public:
    // `server` absent = embedded SQLite. Errors: the admin connection failed.
    static core::Result<std::unique_ptr<ScratchDatabases>>
    open(const QString& dialect, const std::optional<ConnectionProfile>& server,
         const QString& password);
    ~ScratchDatabases();
    ScratchDatabases(const ScratchDatabases&) = delete;
    ScratchDatabases& operator=(const ScratchDatabases&) = delete;

    // A new, empty, open database. SQLite connections have foreign keys enforced, as
    // an application using the schema would.
    core::Result<QSqlDatabase> create(const QString& suffix);
    // Closes and drops every database created so far; errors name the database.
    QStringList dropAll();

    QString dialect() const { return m_dialect; }
    QString serverVersion() const;
    QString prefix() const { return m_prefix; }

private:
    ScratchDatabases() = default;

    struct Created
    {
        QString name; // database name, or the SQLite file path
        std::unique_ptr<DatabaseSession> session;
    };

    QString m_dialect;
    std::optional<ConnectionProfile> m_server;
    QString m_password;
    std::unique_ptr<DatabaseSession> m_admin;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_prefix;
    QList<std::shared_ptr<Created>> m_created;
};

} // namespace schemata::connect
