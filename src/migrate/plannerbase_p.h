#pragma once

// PlannerBase's state within one plan() call, shared by plannerbase.cpp and
// plannerbaserenames.cpp (same class, two files). Private: nothing else includes it.

#include "migrate/plannerbase.h"

#include <QHash>
#include <QSet>

namespace schemata::migrate {

// What the phases share within one plan() call.
struct PlannerBase::State
{
    QList<TableDelta> deltas;
    QHash<core::Id, qsizetype> deltaOfToTable;
    QSet<core::Id> rebuiltTables;      // to-side ids: the dialect rebuilt them
    QSet<core::Id> recreatedFrom;      // constraint/index ids (from side) dropped and re-added
    QSet<core::Id> recreatedTo;        // the same objects, to side
    QSet<core::Id> droppedViews;       // from-side view ids dropped (for good or to recreate)
    QSet<core::Id> createdViews;       // to-side view ids created
    QHash<core::Id, int> changeOfTo;   // to-side id → the Rename/Alter/Add change about it
    QHash<core::Id, int> changeOfFrom; // from-side id → the Drop/Rename/Alter change about it
};

} // namespace schemata::migrate
