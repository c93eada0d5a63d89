#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace schemata::connect {

// One check of a verification run: a migration applied, a catalog compared, rows
// checked. `messages` hold the server error and the failing statement, or one line per
// difference found by the differ.
struct VerificationStep
{
    enum class Kind
    {
        Setup,
        Up,
        Down,
        Reapply,
        Compare,
        Data
    };
    Kind kind = Kind::Up;
    int migration = 0; // 1-based migration number; 0 for steps about the whole history
    QString label;     // "migration 3 (20261122193000_add_notes) up"
    bool ok = true;
    QStringList messages;
    qint64 elapsedMs = 0;

    friend bool operator==(const VerificationStep&, const VerificationStep&) = default;
};

// The outcome of MigrationVerifier::verify(): every step in the order it ran, notes on
// what could not be checked (tables that got no sample row, and why), timings.
struct VerificationReport
{
    QString dialect;
    QString serverVersion; // "SQLite 3.46.1", "PostgreSQL 17.6"
    int migrationCount = 0;
    QList<VerificationStep> steps;
    QStringList notes;
    bool cancelled = false;
    qint64 elapsedMs = 0;

    bool ok() const; // every step ok and not cancelled
    int failedCount() const;
    const VerificationStep* firstFailure() const;
    // Human-readable, one line per step ("ok      migration 1 (…) up   12 ms"), the
    // messages of a failed step indented below it, then the notes and a result line.
    // Timings are included only with `withTimings` so tests can compare text.
    QString toText(bool withTimings = true) const;
};

} // namespace schemata::connect
