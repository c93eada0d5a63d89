#include "app/databasecompare.h"

#include "migrate/differ.h"
#include "migrate/plan.h"
#include "migrate/planner.h"

#include <QCoreApplication>

namespace schemata::app {

namespace {

// The owning table of a column in `m`, or an empty id.
core::Id tableOfColumn(const model::Model& m, const core::Id& columnId)
{
    for (const model::Table& table : m.tables) {
        for (const model::Column& column : table.columns) {
            if (column.id == columnId)
                return table.id;
        }
    }
    return {};
}

QString nameIn(const model::Model& m, migrate::ObjectKind kind, const core::Id& id)
{
    if (kind == migrate::ObjectKind::Table) {
        if (const model::Table* t = m.table(id))
            return t->name;
    } else if (kind == migrate::ObjectKind::Column) {
        if (const model::Table* t = m.table(tableOfColumn(m, id))) {
            for (const model::Column& c : t->columns) {
                if (c.id == id)
                    return c.name;
            }
        }
    }
    return {};
}

// Gives the live object the project's name, so the by-name diff matches the two and
// reports their other differences; the live model's ids stay, so the changes still
// point into the original live model that the planner renders from.
bool renameInLive(model::Model& live, migrate::ObjectKind kind, const core::Id& id,
                  const QString& name)
{
    for (model::Table& table : live.tables) {
        if (kind == migrate::ObjectKind::Table && table.id == id) {
            table.name = name;
            return true;
        }
        if (kind == migrate::ObjectKind::Column) {
            for (model::Column& column : table.columns) {
                if (column.id == id) {
                    column.name = name;
                    return true;
                }
            }
        }
    }
    return false;
}

} // namespace

DatabaseComparison compareWithDatabase(const model::Model& live, const model::Model& project,
                                       const QString& dialect, const QList<int>& confirmed)
{
    DatabaseComparison result;
    migrate::DiffOptions options;
    options.matching = migrate::DiffOptions::Matching::ByName;
    const migrate::ChangeSet first = migrate::diffModels(live, project, options);
    result.candidates = first.renameCandidates;

    model::Model renamed = live;
    QList<migrate::Change> renames;
    for (const int index : confirmed) {
        if (index < 0 || index >= first.renameCandidates.size())
            continue;
        const migrate::RenameCandidate& c = first.renameCandidates.at(index);
        // Only tables and columns can be renamed through the live model; other kinds stay
        // a drop and an add (the candidate list says so).
        const QString newName = nameIn(project, c.kind, c.toId);
        if (newName.isEmpty() || !renameInLive(renamed, c.kind, c.fromId, newName))
            continue;
        migrate::Change change;
        change.op = migrate::ChangeOp::Rename;
        change.kind = c.kind;
        change.fromId = c.fromId;
        change.toId = c.toId;
        if (c.kind == migrate::ObjectKind::Column) {
            change.fromTableId = tableOfColumn(live, c.fromId);
            change.toTableId = tableOfColumn(project, c.toId);
        }
        change.path = c.toPath;
        renames << change;
    }
    result.changes = migrate::diffModels(renamed, project, options);
    // Renames first (a renamed-and-altered object is Rename, then Alter).
    result.changes.changes = renames + result.changes.changes;
    const auto planner = migrate::createPlanner(dialect);
    if (!planner) {
        result.error = QCoreApplication::translate("DatabaseComparison",
                                                   "no migration planner for dialect \"%1\"")
                           .arg(dialect);
        return result;
    }
    const migrate::Plan plan = planner->plan(result.changes, live, project);
    result.up = migrate::renderUp(plan);
    result.down = migrate::renderDown(plan);
    return result;
}

} // namespace schemata::app
