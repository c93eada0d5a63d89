#pragma once

#include "model/model.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace schemata::document {

// The up and down SQL of one migration for one dialect, as rendered when it was created.
struct MigrationScript
{
    QString up;
    QString down;

    friend bool operator==(const MigrationScript&, const MigrationScript&) = default;
};

// One released migration. Once created it is never edited: the checksum covers id,
// name and every script, and any command that appends to or exports the history
// refuses a migration whose checksum no longer matches (see validateHistory).
struct Migration
{
    QString id;   // UTC creation time "yyyyMMddHHmmss": orders the history, unique
    QString name; // snake_case, [a-z0-9_]+, e.g. "add_order_notes"
    QMap<QString, MigrationScript> scripts; // canonical dialect name → pair
    bool irreversible = false;              // some step of the down cannot restore data
    QString checksum;                       // "sha256:<64 hex>", see migrationChecksum()

    friend bool operator==(const Migration&, const Migration&) = default;
};

// The document's migration history: the ordered migrations and the model the latest
// one leads to. "New migration" diffs the current model against `snapshot`.
struct MigrationHistory
{
    QList<Migration> migrations;
    std::optional<model::Model> snapshot; // absent until the first migration

    bool isEmpty() const { return migrations.isEmpty(); }
    friend bool operator==(const MigrationHistory&, const MigrationHistory&) = default;
};

// The UTC time a migration id spells, or nothing when the id is not 14 digits naming a
// real time. Read as UTC directly, never through local time (where a DST gap would
// shift or reject it).
std::optional<QDateTime> migrationIdTime(QStringView id);

// sha256 over a canonical serialisation of id, name, irreversible and the scripts in
// dialect-name order. Deterministic across platforms.
QString migrationChecksum(const Migration& migration);

// Problems that make the history unusable for appending/exporting, each naming the
// migration ("$.history.migrations[2] (20261122193000_add_notes): checksum mismatch — the
// migration was edited after it was released; restore it or create a new migration"):
// checksum mismatch, ids not strictly increasing, bad id or name, a migration without
// scripts, a snapshot missing (or present without migrations). The reader loads such a
// history as written so that this function can name the problem (docs/file-format.md).
QStringList validateHistory(const MigrationHistory& history);

} // namespace schemata::document
