#pragma once

#include "core/result.h"
#include "document/document.h"
#include "migrate/finding.h"

#include <QDateTime>
#include <QString>

namespace schemata::migrate {

// What "New migration" would create right now: the pending changes from the history's
// snapshot (an empty model before the first migration) to the document's model.
struct PendingMigration
{
    document::Migration migration; // id/name/scripts for every dialect, checksum set
    Findings findings;             // safety analysis for the document's target dialect
    bool empty = true;             // nothing changed since the snapshot
};

// Builds the pending migration (id from `nowUtc`, name validated/normalised to
// snake_case). Errors: invalid history (validateHistory), bad name, id not after the last.
core::Result<PendingMigration> pendingMigration(const document::Document& document,
                                                const QString& name, const QDateTime& nowUtc);

// Appends the pending migration and moves the snapshot to the current model.
// Refuses an empty change ("nothing to migrate") and an invalid history.
core::Result<document::Document> appendMigration(const document::Document& document,
                                                 const QString& name, const QDateTime& nowUtc);

} // namespace schemata::migrate
