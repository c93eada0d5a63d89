#pragma once

#include "dialect/dialect.h"
#include "migrate/change.h"
#include "migrate/plan.h"
#include "migrate/planner.h"
#include "model/model.h"
#include "model/modelindex.h"

#include <QHash>
#include <QSet>
#include <utility>

namespace schemata::migrate {

// Which model a lookup is about: the database as it is (From) or as it will be (To).
enum class Side
{
    From,
    To
};

// Everything one plan() call works from: both models with their indexes, both DDL
// scripts (statements tagged by object id, fragments, generated names) and the change
// set, plus the plan being built. Built once per plan() so lookups stay hash-cheap on
// models of thousands of tables.
class PlanContext
{
public:
    PlanContext(const dialect::Dialect& dialect, const ChangeSet& changes, const model::Model& from,
                const model::Model& to, const PlanOptions& options);
    PlanContext(const PlanContext&) = delete;
    PlanContext& operator=(const PlanContext&) = delete;

    const dialect::Dialect& dialect;
    const ChangeSet& changes;
    const model::Model& from;
    const model::Model& to;
    const PlanOptions& options;
    const model::ModelIndex fromIndex;
    const model::ModelIndex toIndex;
    const dialect::DdlScript fromScript;
    const dialect::DdlScript toScript;
    Plan plan;

    // Steps a hook wants after the transaction (PostgreSQL: VALIDATE CONSTRAINT, the
    // SET NOT NULL that follows a validated check); appended in order before planFinish().
    struct FollowUp
    {
        QString summary;
        core::Id objectId;
        QStringList up;
        QStringList down;
        int changeIndex = -1; // the change whose step asked for it (set by addStep)
    };
    QList<FollowUp> followUps;

    const model::Model& model(Side side) const { return side == Side::From ? from : to; }
    const model::ModelIndex& index(Side side) const
    {
        return side == Side::From ? fromIndex : toIndex;
    }
    const dialect::DdlFragments& fragments(Side side) const
    {
        return side == Side::From ? fromScript.fragments : toScript.fragments;
    }

    // The createScript() statements tagged with `objectId`, in script order.
    QStringList statements(Side side, const core::Id& objectId) const;
    // The SQL name of a table, view or native enum (quoted, qualified where the dialect does).
    QString sqlName(Side side, const core::Id& objectId) const;
    // The database name of a constraint or index (explicit or generated), unquoted.
    QString objectName(Side side, const core::Id& objectId) const;
    // The column as in CREATE TABLE; with `asName`, the same definition under another name.
    QString columnDefinition(Side side, const core::Id& columnId, const QString& asName = {}) const;
    const dialect::DdlFragments::ColumnParts* columnParts(Side side,
                                                          const core::Id& columnId) const;

    // Counterparts across the sides (same id, or matched by the differ by name).
    core::Id toIdOf(const core::Id& fromId) const;
    core::Id fromIdOf(const core::Id& toId) const;
    const model::Table* fromTable(const core::Id& fromTableId) const;
    const model::Table* toTable(const core::Id& toTableId) const;
    // Tables present on both sides.
    bool isKeptFromTable(const core::Id& fromTableId) const;
    bool isKeptToTable(const core::Id& toTableId) const;

    PlanStep& addStep(const QString& summary, int changeIndex, const core::Id& objectId,
                      QStringList up, QStringList down);
    void warn(const QString& code, const QString& path, const QString& message,
              const core::Id& objectId);

private:
    using Scripts = std::pair<dialect::DdlScript, dialect::DdlScript>;
    PlanContext(const dialect::Dialect& dialect, const ChangeSet& changes, const model::Model& from,
                const model::Model& to, const PlanOptions& options, Scripts scripts);
    static Scripts buildScripts(const dialect::Dialect& dialect, const model::Model& from,
                                const model::Model& to);

    QHash<core::Id, QList<qsizetype>> m_fromStatements;
    QHash<core::Id, QList<qsizetype>> m_toStatements;
    QHash<core::Id, core::Id> m_fromToTo;
    QHash<core::Id, core::Id> m_toToFrom;
    qsizetype m_followUpsLinked = 0;
};

} // namespace schemata::migrate
