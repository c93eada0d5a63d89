#pragma once

#include "core/id.h"
#include "migrate/change.h"
#include "model/diagnostic.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace schemata::migrate {

// One planned step: the statements that apply one change (up) and the statements
// that undo it (down). Statements carry no trailing ';'.
struct PlanStep
{
    QStringList up;
    QStringList down;            // applied in order; steps are undone in reverse step order
    QString summary;             // "add column sales.order.note"
    int changeIndex = -1;        // index into ChangeSet::changes; -1 for planner-made steps
    core::Id objectId;           // the object the step is about (new side, old side for drops)
    bool outsideTransaction = false; // CREATE INDEX CONCURRENTLY and friends
    bool irreversible = false;   // the down cannot restore data (dropped column, narrowed type)
    QString irreversibleReason;  // one sentence, shown in the SQL and the UI

    friend bool operator==(const PlanStep&, const PlanStep&) = default;
};

// A migration plan for one dialect. Render with renderUp()/renderDown().
struct Plan
{
    QString dialect;          // canonical dialect name
    QList<PlanStep> steps;    // in execution order (dependency-ordered by the planner)
    bool transactional = false;  // wrap the transactional steps in BEGIN/COMMIT
    QStringList upPrologue;   // outside the transaction, before it: SET lock_timeout…, PRAGMA foreign_keys=OFF
    QStringList upEpilogue;   // outside the transaction, after it: PRAGMA foreign_keys=ON
    QStringList downPrologue;
    QStringList downEpilogue;
    model::Diagnostics warnings; // e.g. "MySQL copies the table for this change"

    bool isEmpty() const { return steps.isEmpty(); }
    bool hasIrreversibleSteps() const;
    friend bool operator==(const Plan&, const Plan&) = default;
};

// The plan as one SQL script, deterministic: a header comment, the prologue, the steps
// (consecutive transactional steps inside BEGIN;…COMMIT; when plan.transactional,
// outsideTransaction steps between the blocks), the epilogue. Each step is preceded by
// "-- <summary>" in the up and "-- revert: <summary>" in the down (the summary describes
// the up); an irreversible step's down is preceded by "-- IRREVERSIBLE: <reason>".
// renderDown() walks the steps in reverse. An empty plan renders as a comment only.
QString renderUp(const Plan& plan);
QString renderDown(const Plan& plan);

} // namespace schemata::migrate
