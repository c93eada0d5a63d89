#include "migrate/plancontext.h"

#include <future>

namespace schemata::migrate {

namespace {

QHash<core::Id, QList<qsizetype>> statementsById(const dialect::DdlScript& script)
{
    QHash<core::Id, QList<qsizetype>> out;
    out.reserve(script.statements.size());
    for (qsizetype i = 0; i < script.statements.size(); ++i)
        out[script.statements.at(i).objectId].append(i);
    return out;
}

} // namespace

PlanContext::Scripts PlanContext::buildScripts(const dialect::Dialect& d,
                                               const model::Model& fromModel,
                                               const model::Model& toModel)
{
    // The two DDL builds are most of a plan's time on a large model and independent:
    // build the old model's on a second thread. Each build is a pure function of its
    // model (no shared state), so the result does not depend on scheduling.
    std::future<dialect::DdlScript> fromScript =
        std::async(std::launch::async, [&d, &fromModel] { return d.createScript(fromModel); });
    dialect::DdlScript toScript = d.createScript(toModel);
    return {fromScript.get(), std::move(toScript)};
}

PlanContext::PlanContext(const dialect::Dialect& d, const ChangeSet& changeSet,
                         const model::Model& fromModel, const model::Model& toModel,
                         const PlanOptions& planOptions)
    : PlanContext(d, changeSet, fromModel, toModel, planOptions,
                  buildScripts(d, fromModel, toModel))
{}

PlanContext::PlanContext(const dialect::Dialect& d, const ChangeSet& changeSet,
                         const model::Model& fromModel, const model::Model& toModel,
                         const PlanOptions& planOptions, Scripts scripts)
    : dialect(d), changes(changeSet), from(fromModel), to(toModel), options(planOptions),
      fromIndex(fromModel), toIndex(toModel), fromScript(std::move(scripts.first)),
      toScript(std::move(scripts.second))
{
    plan.dialect = d.name();
    m_fromStatements = statementsById(fromScript);
    m_toStatements = statementsById(toScript);
    // Counterparts: the differ's pairs first (name matching gives different ids), then
    // every id present on both sides.
    for (const Change& c : changes.changes) {
        if (!c.fromId.isNull() && !c.toId.isNull()) {
            m_fromToTo.insert(c.fromId, c.toId);
            m_toToFrom.insert(c.toId, c.fromId);
        }
        if (!c.fromTableId.isNull() && !c.toTableId.isNull()) {
            m_fromToTo.insert(c.fromTableId, c.toTableId);
            m_toToFrom.insert(c.toTableId, c.fromTableId);
        }
    }
}

QStringList PlanContext::statements(Side side, const core::Id& objectId) const
{
    const auto& byId = side == Side::From ? m_fromStatements : m_toStatements;
    const auto& script = side == Side::From ? fromScript : toScript;
    QStringList out;
    for (qsizetype i : byId.value(objectId))
        out.append(script.statements.at(i).sql);
    return out;
}

QString PlanContext::sqlName(Side side, const core::Id& objectId) const
{
    return fragments(side).qualifiedNames.value(objectId);
}

QString PlanContext::objectName(Side side, const core::Id& objectId) const
{
    return fragments(side).names.value(objectId);
}

const dialect::DdlFragments::ColumnParts* PlanContext::columnParts(Side side,
                                                                   const core::Id& columnId) const
{
    const auto& columns = fragments(side).columns;
    auto it = columns.constFind(columnId);
    return it == columns.constEnd() ? nullptr : &*it;
}

QString PlanContext::columnDefinition(Side side, const core::Id& columnId,
                                      const QString& asName) const
{
    const auto* parts = columnParts(side, columnId);
    if (!parts)
        return {};
    if (asName.isEmpty())
        return parts->definition;
    const model::Table* table = index(side).tableOfColumn(columnId);
    const model::Column* column = table ? table->column(columnId) : nullptr;
    if (!column)
        return parts->definition;
    // The definition starts with the quoted name and one space.
    const QString quotedOld = dialect.quoteIdentifier(column->name);
    return dialect.quoteIdentifier(asName) + parts->definition.mid(quotedOld.size());
}

core::Id PlanContext::toIdOf(const core::Id& fromId) const
{
    if (auto it = m_fromToTo.constFind(fromId); it != m_fromToTo.constEnd())
        return *it;
    return m_toToFrom.contains(fromId) ? core::Id() : fromId;
}

core::Id PlanContext::fromIdOf(const core::Id& toId) const
{
    if (auto it = m_toToFrom.constFind(toId); it != m_toToFrom.constEnd())
        return *it;
    return m_fromToTo.contains(toId) ? core::Id() : toId;
}

const model::Table* PlanContext::fromTable(const core::Id& fromTableId) const
{
    return fromIndex.table(fromTableId);
}

const model::Table* PlanContext::toTable(const core::Id& toTableId) const
{
    return toIndex.table(toTableId);
}

bool PlanContext::isKeptFromTable(const core::Id& fromTableId) const
{
    return fromIndex.table(fromTableId) && toIndex.table(toIdOf(fromTableId));
}

bool PlanContext::isKeptToTable(const core::Id& toTableId) const
{
    return toIndex.table(toTableId) && fromIndex.table(fromIdOf(toTableId));
}

PlanStep& PlanContext::addStep(const QString& summary, int changeIndex, const core::Id& objectId,
                               QStringList up, QStringList down)
{
    PlanStep step;
    step.summary = summary;
    step.changeIndex = changeIndex;
    step.objectId = objectId;
    step.up = std::move(up);
    step.down = std::move(down);
    // Follow-ups asked for while this step's statements were built belong to its change.
    for (; m_followUpsLinked < followUps.size(); ++m_followUpsLinked)
        followUps[m_followUpsLinked].changeIndex = changeIndex;
    plan.steps.append(std::move(step));
    return plan.steps.last();
}

void PlanContext::warn(const QString& code, const QString& path, const QString& message,
                       const core::Id& objectId)
{
    model::Diagnostic d;
    d.severity = model::Diagnostic::Severity::Warning;
    d.code = code;
    d.path = path;
    d.message = message;
    d.objectId = objectId;
    plan.warnings.append(std::move(d));
}

} // namespace schemata::migrate
