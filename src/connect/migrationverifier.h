#pragma once

#include "connect/connectionprofile.h"
#include "connect/verificationreport.h"
#include "core/result.h"
#include "document/document.h"

#include <QString>
#include <atomic>
#include <functional>
#include <optional>

namespace schemata::connect {

// Proves a document's migration history on a real engine (issue 4, "Verify"):
//  1. replays every migration's up from an empty database, reading the catalog after
//     each one (and inserting a sample row into every table before each migration that
//     has no irreversible step, checking the rows survive its up);
//  2. compares the final catalog with a fresh build of the history's snapshot (the
//     dialect's createScript applied to a second empty database), by name;
//  3. runs every down in reverse, comparing the catalog after each with the one read
//     after the previous up (the empty database for the first);
//  4. runs every up again, comparing with the catalogs of step 1.
// Scripts run statement by statement exactly as written (the planner's BEGIN/COMMIT and
// PRAGMA lines included), split with SqlStatementSplitter. A failure names the step,
// statement, line and server error: "migration 3 (…) down, statement 2 (line 5): …".
//
// Embedded SQLite in temporary files by default; with a server profile, scratch
// databases `schemata_verify_<random>_…` are created there and dropped afterwards —
// nothing else on the server is touched. Blocking; meant to run off the UI thread,
// with progress reported through the callback and a cancel flag polled between steps.
class MigrationVerifier
{
public:
    struct Options
    {
        QString dialect = QStringLiteral("sqlite"); // canonical dialect name or alias
        std::optional<ConnectionProfile> server;    // absent = embedded SQLite
        QString password;
        bool sampleRows = true; // insert rows before non-destructive migrations
        bool reapply = true;    // step 4
        // Delete the sample rows before the downs. Off (the default) the downs run on a
        // database with data, as a real rollback would, and a down that cannot cope
        // with rows (re-adding a NOT NULL column, removing an enum value in use) fails.
        // On, the downs are checked for their structure alone.
        bool emptyBeforeDowns = false;
        // Migrations (1-based) run without sample rows: the row check pairs tables and
        // columns by name, so it cannot follow a swap of their names (a test that makes
        // such swaps on purpose lists them here).
        QList<int> migrationsWithoutRows;
    };
    // done/total steps and what runs now ("migration 3 (…) up"); called on the
    // verifying thread.
    using Progress = std::function<void(int done, int total, const QString& what)>;

    explicit MigrationVerifier(Options options);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // Polled between statements; when it becomes true verify() stops, cleans up and
    // returns a report with `cancelled` set.
    void setCancelFlag(const std::atomic_bool* cancel) { m_cancel = cancel; }

    // Errors (bad input or no engine to verify on, as opposed to a failed check): an
    // unknown dialect, an empty history, a migration without a script for the dialect,
    // a history that fails validateHistory(), a server that cannot be reached.
    core::Result<VerificationReport> verify(const document::Document& document) const;

private:
    Options m_options;
    Progress m_progress;
    const std::atomic_bool* m_cancel = nullptr;
};

} // namespace schemata::connect
