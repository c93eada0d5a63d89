#pragma once

#include "migrate/change.h"
#include "migrate/finding.h"
#include "migrate/plan.h"
#include "migrate/safetyanalysis.h"
#include "model/model.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace schemata::migrate {

// What every safety rule looks at: the change set, the plan and both models, plus the
// plan's statements in a searchable form. Rules decide from the typed change and the
// models *what* happens and from the statements *how* the plan does it (CONCURRENTLY,
// NOT VALID, ALGORITHM=INPLACE …), so a plan that already uses the safe pattern does not
// trigger the rule about the unsafe one.
class SafetyContext
{
public:
    SafetyContext(const ChangeSet& changes, const Plan& plan, const model::Model& from,
                  const model::Model& to, QList<SafetyRule> catalogue);

    const ChangeSet& changes() const { return m_changes; }
    const Plan& plan() const { return m_plan; }
    const model::Model& from() const { return m_from; }
    const model::Model& to() const { return m_to; }

    bool isPostgres() const;
    bool isMySqlFamily() const; // MySQL and MariaDB
    bool isSqlite() const;

    // The steps planned for change `changeIndex`. A planner that folds several changes of
    // one table into one step (the SQLite rebuild) tags it with one of them; the others are
    // found through their table.
    QList<int> stepsFor(int changeIndex) const;
    int firstStepFor(int changeIndex) const; // -1 when the change has no step
    // Steps whose object, or whose change's object, is `objectId` (in step order).
    QList<int> stepsAbout(const core::Id& objectId) const;

    // The up statements of a step with literals, quoted identifiers and comments blanked
    // out ("_"), whitespace collapsed and upper-cased, so a keyword search never matches
    // a user's name or string.
    const QStringList& maskedUp(int step) const;
    bool stepMatches(int step, const QRegularExpression& pattern) const;
    // First step among `steps` with a statement matching `pattern`; -1 when none.
    int firstMatching(const QList<int>& steps, const QRegularExpression& pattern) const;
    bool anyMatches(const QList<int>& steps, const QRegularExpression& pattern) const;

    // The table a change is about (a table change) or belongs to (a member change).
    const model::Table* fromTable(const Change& change) const;
    const model::Table* toTable(const Change& change) const;
    const model::Column* fromColumn(const Change& change) const;
    const model::Column* toColumn(const Change& change) const;
    // The owning table existed before the migration, so it may hold rows.
    bool tableExisted(const Change& change) const;
    // The owning table of a drop is dropped by the same change set.
    bool tableDropped(const Change& change) const;
    // A step that works on a table present in the old model (through its change, or
    // through its object id for planner-made steps).
    bool stepOnExistingTable(int step) const;

    // The object path a step is about: its change's path, for a planner-made follow-up the
    // path of the change about the same object, else the step's summary.
    QString stepPath(int step) const;

    // A finding of rule `code` with the catalogue's severity, category and why.
    Finding finding(const QString& code, const QString& path, const QString& message, int step,
                    const core::Id& objectId) const;

private:
    // The table with id `tableId` (not a member's owner) through an owners map.
    static const model::Table* tableIn(const QHash<core::Id, const model::Table*>& owners,
                                       const core::Id& tableId);

    const ChangeSet& m_changes;
    const Plan& m_plan;
    const model::Model& m_from;
    const model::Model& m_to;
    QMap<QString, SafetyRule> m_rules;
    QList<QStringList> m_masked;
    // Lookups built once, so the rules stay linear in the plan's size (lookups only; no
    // output iterates these hashes).
    QHash<int, QList<int>> m_stepsOfChange;
    QHash<core::Id, QList<int>> m_stepsOfObject;
    QHash<core::Id, int> m_changeOfObject; // the first change about an object
    QSet<core::Id> m_droppedTables;
    QHash<core::Id, const model::Table*> m_fromOwners; // table and member ids → table
    QHash<core::Id, const model::Table*> m_toOwners;
};

// Blanks out literals ('…', $tag$…$tag$), quoted identifiers ("…", `…`, […]) and comments,
// collapses whitespace and upper-cases the rest. `backslashEscapes`: MySQL string syntax.
QString maskSql(QStringView sql, bool backslashEscapes);

} // namespace schemata::migrate
