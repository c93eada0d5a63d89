#pragma once

#include "migrate/change.h"
#include "model/model.h"

#include <QList>
#include <QString>

namespace schemata::app {

// A project compared with a live database by name (Tools → Compare with database…).
// The differ offers rename candidates but never applies them; the ones the user
// confirms become renames here and the pair is planned again.
struct DatabaseComparison
{
    QList<migrate::RenameCandidate> candidates; // of the plain by-name diff, for the user
    migrate::ChangeSet changes;                 // database → project, with the confirmed renames
    QString up;                                 // makes the database match the project
    QString down;                               // reverses the up
    QString error;                              // no planner for the dialect
};

// `live` is the imported catalog, `project` the document's model. `confirmed` are
// indexes into the candidates of the by-name diff (diffModels(live, project, ByName)).
DatabaseComparison compareWithDatabase(const model::Model& live, const model::Model& project,
                                       const QString& dialect, const QList<int>& confirmed = {});

} // namespace schemata::app
