#pragma once

#include "connect/migrationverifier.h"
#include "core/result.h"
#include "mariadbserver.h"
#include "postgresserver.h"

#include <memory>

namespace schemata::enginetest {

// The engine a migration test verifies on: embedded SQLite, or one throw-away
// PostgreSQL / MariaDB server per test executable (started once, reused by every
// verification; the verifier creates and drops its own scratch databases there).
class MigrationEngines
{
public:
    // "sqlite", "postgres" or "mariadb"; starts the server when there is one.
    core::Status start(const QString& dialect);
    connect::MigrationVerifier::Options verifierOptions() const;
    QString dialect() const { return m_dialect; }
    // The databases on the server (to check the verifier left none behind); SQLite
    // scratch files live in a private temporary directory, so an empty list there.
    QStringList databases();
    // The server log's last lines, for failure messages ("" for SQLite).
    QString logTail() const;

private:
    QString m_dialect;
    std::unique_ptr<PostgresServer> m_postgres;
    std::unique_ptr<MariaDbServer> m_mariadb;
};

} // namespace schemata::enginetest
