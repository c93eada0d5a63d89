#include "migrate/plannerbase.h"

#include "dialect/dependencyorder.h"
#include "dialect/sqltext.h"
#include "migrate/plannerbase_p.h"
#include "migrate/plannersupport.h"

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace schemata::migrate {

using model::Column;
using model::Table;
using model::View;

PlannerBase::PlannerBase(std::unique_ptr<dialect::Dialect> dialect) : m_dialect(std::move(dialect))
{}

PlannerBase::~PlannerBase() = default;

QString PlannerBase::dialectName() const
{
    return m_dialect->name();
}

QString PlannerBase::pathOf(const PlanContext& ctx, Side side, const Table& table,
                            QStringView member)
{
    const model::Schema* schema = ctx.index(side).schema(table.schemaId);
    QString path = schema ? schema->name + u'.' + table.name : table.name;
    if (!member.isEmpty())
        path += u'.' + member.toString();
    return path;
}

QList<PlannerBase::TableDelta> PlannerBase::tableDeltas(const PlanContext& ctx) const
{
    QHash<core::Id, QList<int>> byTable;
    for (int i = 0; i < ctx.changes.changes.size(); ++i) {
        const Change& c = ctx.changes.changes.at(i);
        if (!isMemberKind(c.kind))
            continue;
        core::Id toTable = c.op == ChangeOp::Drop ? ctx.toIdOf(c.fromTableId) : c.toTableId;
        if (ctx.isKeptToTable(toTable))
            byTable[toTable].append(i);
    }
    QList<TableDelta> out;
    for (const Table& t : ctx.to.tables) {
        if (!ctx.isKeptToTable(t.id))
            continue;
        TableDelta d;
        d.to = &t;
        d.from = ctx.fromTable(ctx.fromIdOf(t.id));
        d.changeIndexes = byTable.value(t.id);
        out.append(std::move(d));
    }
    return out;
}

Plan PlannerBase::plan(const ChangeSet& changes, const model::Model& from, const model::Model& to,
                       const PlanOptions& options) const
{
    PlanContext ctx(*m_dialect, changes, from, to, options);
    State state;
    state.deltas = tableDeltas(ctx);
    for (qsizetype i = 0; i < state.deltas.size(); ++i)
        state.deltaOfToTable.insert(state.deltas.at(i).to->id, i);
    for (int i = 0; i < changes.changes.size(); ++i) {
        const Change& c = changes.changes.at(i);
        if (!c.toId.isNull() && !state.changeOfTo.contains(c.toId))
            state.changeOfTo.insert(c.toId, i);
        if (!c.fromId.isNull() &&
            (!state.changeOfFrom.contains(c.fromId) || c.op == ChangeOp::Alter))
            state.changeOfFrom.insert(c.fromId, i);
        // Alter overrides a Rename of the same object so recreation links to the Alter.
        if (!c.toId.isNull() && c.op == ChangeOp::Alter)
            state.changeOfTo.insert(c.toId, i);
    }
    markRecreated(ctx, state.deltas, state.recreatedFrom, state.recreatedTo,
                  [this, &ctx](ObjectKind kind, const Table& toTable, const QString& fromName,
                               const QString& toName) {
                      return !renameMemberSql(ctx, kind, toTable, fromName, toName).isEmpty();
                  });

    planFrame(ctx);
    planViews(ctx, state, Phase::DropViews);
    planForeignKeyDrops(ctx, state);
    planTableDrops(ctx, state);
    planMemberDrops(ctx, state, false);
    planMemberDrops(ctx, state, true);
    planSchemasAndEnums(ctx, Phase::SchemasAndEnums);
    planRenames(ctx, state);
    planColumnAlters(ctx, state);
    planColumnAdds(ctx, state);
    planMemberAdds(ctx, state);
    planTableCreates(ctx, state);
    planForeignKeyAdds(ctx, state);
    planViews(ctx, state, Phase::CreateViews);
    planSchemasAndEnums(ctx, Phase::DropEnumsAndSchemas);
    const QList<PlanContext::FollowUp> followUps = std::exchange(ctx.followUps, {});
    for (const PlanContext::FollowUp& f : followUps) {
        PlanStep& step = ctx.addStep(f.summary, f.changeIndex, f.objectId, f.up, f.down);
        step.outsideTransaction = true;
    }
    planFinish(ctx);
    return std::move(ctx.plan);
}

void PlannerBase::planFrame(PlanContext& ctx) const
{
    ctx.plan.transactional = m_dialect->capabilities().transactionalDdl;
}

void PlannerBase::planSchemasAndEnums(PlanContext&, Phase) const {}

// ---- views --------------------------------------------------------------------------

void PlannerBase::planViews(PlanContext& ctx, State& state, Phase phase) const
{
    if (phase == Phase::DropViews) {
        // Names of tables whose shape changes: a view over them is dropped first and
        // created again at the end (PostgreSQL refuses to change what a view uses).
        QSet<QString> touched;
        for (const Table& t : ctx.from.tables) {
            const core::Id toId = ctx.toIdOf(t.id);
            const Table* toTable = ctx.toTable(toId);
            if (!toTable || ctx.sqlName(Side::From, t.id) != ctx.sqlName(Side::To, toId) ||
                tableShapeChanges(ctx, t, *toTable))
                touched.insert(t.name.toCaseFolded());
        }
        for (const model::EnumType& e : ctx.from.enums) {
            const model::EnumType* toEnum = ctx.toIndex.enumType(ctx.toIdOf(e.id));
            // Appended values change nothing a view sees; others rebuild the type (PostgreSQL).
            if (toEnum && toEnum->values.mid(0, e.values.size()) == e.values)
                continue;
            for (const Table& t : ctx.from.tables) {
                for (const Column& c : t.columns) {
                    if (c.type.kind == model::LogicalType::Kind::Enum && c.type.enumId == e.id)
                        touched.insert(t.name.toCaseFolded());
                }
            }
        }
        for (const model::DomainType& d : ctx.from.domains) {
            const model::DomainType* now = ctx.toIndex.domainType(ctx.toIdOf(d.id));
            if (!now || !rebuildsDomain(ctx, d, *now))
                continue;
            for (const Table& t : ctx.from.tables) {
                for (const Column& c : t.columns) {
                    if (c.type.domainId == d.id)
                        touched.insert(t.name.toCaseFolded());
                }
            }
        }
        QSet<core::Id> drop;
        bool grew = true;
        while (grew) { // views over dropped views go too; the list is short
            grew = false;
            for (const View& v : ctx.from.views) {
                if (drop.contains(v.id))
                    continue;
                const View* toView = ctx.to.view(ctx.toIdOf(v.id));
                bool gone = !toView || toView->sql.trimmed() != v.sql.trimmed() ||
                            toView->comment != v.comment || toView->schemaId != v.schemaId;
                const QSet<QString> refs = dialect::referencedIdentifiers(v.sql);
                for (const QString& name : refs)
                    gone = gone || touched.contains(name);
                if (gone) {
                    drop.insert(v.id);
                    touched.insert(v.name.toCaseFolded());
                    grew = true;
                }
            }
        }
        for (qsizetype i = ctx.from.views.size() - 1; i >= 0; --i) {
            const View& v = ctx.from.views.at(i);
            if (!drop.contains(v.id))
                continue;
            state.droppedViews.insert(v.id);
            const core::Id toId = ctx.toIdOf(v.id);
            if (ctx.to.view(toId))
                state.createdViews.insert(toId);
            const QString name = ctx.sqlName(Side::From, v.id);
            const int change = state.changeOfFrom.value(v.id, -1);
            const bool dropped = !ctx.to.view(toId);
            ctx.addStep(dropped ? QStringLiteral("drop view %1").arg(viewPath(ctx, Side::From, v))
                                : QStringLiteral("drop view %1 (created again below)")
                                      .arg(viewPath(ctx, Side::From, v)),
                        dropped ? change : -1, v.id, {dropViewSql(ctx, name)},
                        ctx.statements(Side::From, v.id));
        }
        return;
    }
    for (const View& v : ctx.to.views) {
        const core::Id fromId = ctx.fromIdOf(v.id);
        if (ctx.from.view(fromId) && !state.createdViews.contains(v.id))
            continue;
        const int change = state.changeOfTo.value(v.id, -1);
        ctx.addStep(QStringLiteral("create view %1").arg(viewPath(ctx, Side::To, v)), change, v.id,
                    ctx.statements(Side::To, v.id),
                    {dropViewSql(ctx, ctx.sqlName(Side::To, v.id))});
    }
}

// ---- drops --------------------------------------------------------------------------

void PlannerBase::planForeignKeyDrops(PlanContext& ctx, State& state) const
{
    const QSet<core::Id> deferred(ctx.fragments(Side::From).deferredForeignKeys.cbegin(),
                                  ctx.fragments(Side::From).deferredForeignKeys.cend());
    for (const Table& t : ctx.from.tables) {
        const bool kept = ctx.isKeptFromTable(t.id);
        if (kept && state.rebuiltTables.contains(ctx.toIdOf(t.id)))
            continue;
        const Table* toTable = ctx.toTable(ctx.toIdOf(t.id));
        for (const model::ForeignKey& fk : t.foreignKeys) {
            bool drop = false;
            if (!kept) // a key closing a cycle goes first, so the tables can be dropped
                drop = deferred.contains(fk.id);
            else
                drop = state.recreatedFrom.contains(fk.id) ||
                       !memberExists(*toTable, ctx.toIdOf(fk.id));
            if (!drop || ctx.objectName(Side::From, fk.id).isEmpty())
                continue;
            const QString table = ctx.sqlName(Side::From, t.id);
            const int change = state.changeOfFrom.value(fk.id, -1);
            const QString path = pathOf(ctx, Side::From, t, ctx.objectName(Side::From, fk.id));
            QStringList down = kept ? addConstraintSql(ctx, Side::From, ObjectKind::ForeignKey, t,
                                                       fk.id, table, true)
                                    : ctx.statements(Side::From, fk.id);
            PlanStep& step =
                ctx.addStep(QStringLiteral("drop foreign key %1").arg(path), change, fk.id,
                            dropConstraintSql(ctx, Side::From, ObjectKind::ForeignKey, t, fk.id,
                                              table, ctx.objectName(Side::From, fk.id)),
                            std::move(down));
            const bool changed =
                change >= 0 && (ctx.changes.changes.at(change).op == ChangeOp::Drop ||
                                ctx.changes.changes.at(change).op == ChangeOp::Alter);
            if (kept && changed) {
                // Dropped for good or changed (a renamed key comes back as it was). As on SQLite
                // (the rebuild's foreign_key_check): rows written since the up may point nowhere,
                // and the down's ADD (or VALIDATE) then fails.
                step.irreversible = true;
                step.irreversibleReason =
                    QStringLiteral("The down adds the foreign key back; it fails if rows "
                                   "written since the up point nowhere (fix those rows first).");
            }
        }
    }
}

void PlannerBase::planTableDrops(PlanContext& ctx, State& state) const
{
    const dialect::CreationOrder order = dialect::CreationOrder::compute(ctx.from, ctx.fromIndex);
    for (qsizetype i = order.tables.size() - 1; i >= 0; --i) {
        const Table& t = *order.tables.at(i);
        if (ctx.isKeptFromTable(t.id))
            continue;
        QStringList down = ctx.statements(Side::From, t.id);
        for (const Column& c : t.columns)
            down += ctx.statements(Side::From, c.id);
        for (const model::Index& index : t.indexes)
            down += ctx.statements(Side::From, index.id);
        PlanStep& step =
            ctx.addStep(QStringLiteral("drop table %1").arg(pathOf(ctx, Side::From, t)),
                        state.changeOfFrom.value(t.id, -1), t.id,
                        {dropTableSql(ctx, ctx.sqlName(Side::From, t.id))}, std::move(down));
        step.irreversible = true;
        step.irreversibleReason =
            QStringLiteral("The table's rows are deleted; the down creates it again empty.");
    }
}

QString PlannerBase::restoredColumnFill(const PlanContext& ctx, const Column& column) const
{
    return backfillValueSql(ctx, Side::From, column);
}

void PlannerBase::planMemberDrops(PlanContext& ctx, State& state, bool columns) const
{
    for (const TableDelta& d : state.deltas) {
        if (state.rebuiltTables.contains(d.to->id))
            continue;
        const Table& t = *d.from;
        const QString table = ctx.sqlName(Side::From, t.id);
        if (columns) {
            // Last first, so the down re-adds them in table order (MySQL places them AFTER
            // the column before).
            for (qsizetype i = t.columns.size() - 1; i >= 0; --i) {
                const Column& c = t.columns.at(i);
                if (d.to->column(ctx.toIdOf(c.id)))
                    continue;
                QStringList down = addColumnSql(ctx, Side::From, t, c, table);
                down += ctx.statements(Side::From, c.id);
                PlanStep& step = ctx.addStep(
                    QStringLiteral("drop column %1").arg(pathOf(ctx, Side::From, t, c.name)),
                    state.changeOfFrom.value(c.id, -1), c.id, {dropColumnSql(ctx, table, c.name)},
                    std::move(down));
                step.irreversible = true;
                const auto* parts = ctx.columnParts(Side::From, c.id);
                const bool filled = !c.nullable && parts && parts->defaultSql.isEmpty() &&
                                    parts->identity.isEmpty() && parts->generated.isEmpty();
                step.irreversibleReason =
                    filled ? QStringLiteral("The column's values are deleted; the down brings "
                                            "the column back filled with %1 in every row.")
                                 .arg(restoredColumnFill(ctx, c))
                           : QStringLiteral("The column's values are deleted; the down adds it "
                                            "again without them (NULL or its default).");
            }
            continue;
        }
        for (const model::Index& index : t.indexes) {
            const core::Id toId = ctx.toIdOf(index.id);
            if (!state.recreatedFrom.contains(index.id) && memberExists(*d.to, toId))
                continue;
            const QString name = ctx.objectName(Side::From, index.id);
            if (name.isEmpty())
                continue; // the dialect never created it
            PlanStep& step =
                ctx.addStep(QStringLiteral("drop index %1").arg(pathOf(ctx, Side::From, t, name)),
                            state.changeOfFrom.value(index.id, -1), index.id,
                            {dropIndexSql(ctx, Side::From, t, name)},
                            createIndexSql(ctx, Side::From, t, index));
            step.outsideTransaction = indexStepOutsideTransaction(ctx, t, index, false);
        }
        for (const MemberRef& m : constraintMembers(t)) {
            if (m.kind == ObjectKind::ForeignKey || m.kind == ObjectKind::Index)
                continue;
            const core::Id toId = ctx.toIdOf(m.id);
            if (!state.recreatedFrom.contains(m.id) && memberExists(*d.to, toId))
                continue;
            const QString name = ctx.objectName(Side::From, m.id);
            ctx.addStep(QStringLiteral("drop %1 %2")
                            .arg(objectKindName(m.kind), pathOf(ctx, Side::From, t, name)),
                        state.changeOfFrom.value(m.id, -1), m.id,
                        dropConstraintSql(ctx, Side::From, m.kind, t, m.id, table, name),
                        addConstraintSql(ctx, Side::From, m.kind, t, m.id, table, true));
        }
        // Checks the columns carry from their domains (no domains in the dialect): before
        // the columns they name are dropped or renamed.
        for (const CarriedCheckRef& k : carriedChecksOnlyOn(ctx, Side::From, t, *d.to))
            ctx.addStep(QStringLiteral("drop check %1 (from the domain of column %2)")
                            .arg(pathOf(ctx, Side::From, t, k.name), k.column->name),
                        state.changeOfFrom.value(k.domainCheckId,
                                                 state.changeOfFrom.value(k.column->id, -1)),
                        k.domainCheckId,
                        dropConstraintSql(ctx, Side::From, ObjectKind::Check, t, {}, table, k.name),
                        addCarriedCheckSql(ctx, Side::From, t, k.name, k.clause, table));
    }
}

// ---- renames: plannerbaserenames.cpp ------------------------------------------------

// ---- alters and adds ----------------------------------------------------------------

void PlannerBase::planColumnAlters(PlanContext& ctx, State& state) const
{
    for (const TableDelta& d : state.deltas) {
        if (planTableRebuild(ctx, d)) {
            state.rebuiltTables.insert(d.to->id);
            continue;
        }
        const QString table = ctx.sqlName(Side::To, d.to->id);
        if (d.from->comment != d.to->comment) {
            const QStringList up = tableCommentSql(ctx, Side::To, *d.to, table);
            if (!up.isEmpty())
                ctx.addStep(
                    QStringLiteral("alter table %1 (comment)").arg(pathOf(ctx, Side::To, *d.to)),
                    state.changeOfTo.value(d.to->id, -1), d.to->id, up,
                    tableCommentSql(ctx, Side::From, *d.from, table));
        }
        const bool tableRenamed = ctx.sqlName(Side::From, d.from->id) != table;
        for (const Column& c : d.to->columns) {
            const Column* old = d.from->column(ctx.fromIdOf(c.id));
            if (!old)
                continue;
            // Most columns of a large model do not change: skip them before building SQL.
            const auto* before = ctx.columnParts(Side::From, old->id);
            const auto* after = ctx.columnParts(Side::To, c.id);
            // Same text, yet a named type (PostgreSQL enum or domain) may be another one
            // that took the old one's name.
            const bool sameNamedType =
                enumValuesInColumnType() || (ctx.toIdOf(old->type.enumId) == c.type.enumId &&
                                             ctx.toIdOf(old->type.domainId) == c.type.domainId);
            if (!tableRenamed && before && after && old->name == c.name &&
                old->comment == c.comment && before->definition == after->definition &&
                sameNamedType)
                continue;
            QStringList up =
                alterColumnSql(ctx, Side::From, *d.from, *old, Side::To, *d.to, c, table);
            if (up.isEmpty())
                continue;
            QStringList down =
                alterColumnSql(ctx, Side::To, *d.to, c, Side::From, *d.from, *old, table);
            const int change = state.changeOfTo.value(c.id, -1);
            QString summary =
                change >= 0 && ctx.changes.changes.at(change).op == ChangeOp::Alter
                    ? describeChange(ctx.changes.changes.at(change))
                    : QStringLiteral("alter column %1").arg(pathOf(ctx, Side::To, *d.to, c.name));
            PlanStep& step = ctx.addStep(summary, change, c.id, std::move(up), std::move(down));
            QStringList reasons;
            const QString loss = typeChangeLoss(old->type, c.type, ctx.fromIndex, ctx.toIndex);
            if (!loss.isEmpty())
                reasons.append(loss);
            // Where the values live in the column type (MySQL's ENUM(…)), the down takes the
            // added ones away again: data-dependent on rows written since the up.
            if (enumValuesInColumnType() && c.type.kind == model::LogicalType::Kind::Enum &&
                old->type.kind == model::LogicalType::Kind::Enum) {
                const QStringList added = enumValuesOnlyIn(
                    ctx.toIndex.enumType(c.type.enumId), ctx.fromIndex.enumType(old->type.enumId));
                if (!added.isEmpty())
                    reasons.append(QStringLiteral("The down removes enum values %1 from the "
                                                  "column: it fails or loses data if rows written "
                                                  "since the up hold them (update those rows "
                                                  "first).")
                                       .arg(added.join(QStringLiteral(", "))));
            }
            if (!reasons.isEmpty()) {
                step.irreversible = true;
                step.irreversibleReason = reasons.join(u' ');
            }
        }
    }
}

void PlannerBase::planColumnAdds(PlanContext& ctx, State& state) const
{
    for (const TableDelta& d : state.deltas) {
        if (state.rebuiltTables.contains(d.to->id))
            continue;
        const QString table = ctx.sqlName(Side::To, d.to->id);
        for (const Column& c : d.to->columns) {
            if (d.from->column(ctx.fromIdOf(c.id)))
                continue;
            QStringList up = addColumnSql(ctx, Side::To, *d.to, c, table);
            up += ctx.statements(Side::To, c.id);
            ctx.addStep(QStringLiteral("add column %1").arg(pathOf(ctx, Side::To, *d.to, c.name)),
                        state.changeOfTo.value(c.id, -1), c.id, std::move(up),
                        {dropColumnSql(ctx, table, c.name)});
        }
    }
}

void PlannerBase::planMemberAdds(PlanContext& ctx, State& state) const
{
    for (const TableDelta& d : state.deltas) {
        if (state.rebuiltTables.contains(d.to->id))
            continue;
        const Table& t = *d.to;
        const QString table = ctx.sqlName(Side::To, t.id);
        for (const MemberRef& m : constraintMembers(t)) {
            if (m.kind == ObjectKind::ForeignKey || m.kind == ObjectKind::Index)
                continue;
            if (!state.recreatedTo.contains(m.id) && memberExists(*d.from, ctx.fromIdOf(m.id)))
                continue;
            const QString name = ctx.objectName(Side::To, m.id);
            QStringList up = addConstraintSql(ctx, Side::To, m.kind, t, m.id, table, true);
            if (up.isEmpty())
                continue;
            ctx.addStep(QStringLiteral("add %1 %2")
                            .arg(objectKindName(m.kind), pathOf(ctx, Side::To, t, name)),
                        state.changeOfTo.value(m.id, -1), m.id, std::move(up),
                        dropConstraintSql(ctx, Side::To, m.kind, t, m.id, table, name));
        }
        for (const CarriedCheckRef& k : carriedChecksOnlyOn(ctx, Side::To, *d.from, t))
            ctx.addStep(
                QStringLiteral("add check %1 (from the domain of column %2)")
                    .arg(pathOf(ctx, Side::To, t, k.name), k.column->name),
                state.changeOfTo.value(k.domainCheckId, state.changeOfTo.value(k.column->id, -1)),
                k.domainCheckId, addCarriedCheckSql(ctx, Side::To, t, k.name, k.clause, table),
                dropConstraintSql(ctx, Side::To, ObjectKind::Check, t, {}, table, k.name));
        for (const model::Index& index : t.indexes) {
            if (!state.recreatedTo.contains(index.id) &&
                memberExists(*d.from, ctx.fromIdOf(index.id)))
                continue;
            const QString name = ctx.objectName(Side::To, index.id);
            QStringList up = createIndexSql(ctx, Side::To, t, index);
            if (up.isEmpty() || name.isEmpty())
                continue;
            PlanStep& step =
                ctx.addStep(QStringLiteral("create index %1").arg(pathOf(ctx, Side::To, t, name)),
                            state.changeOfTo.value(index.id, -1), index.id, std::move(up),
                            {dropIndexSql(ctx, Side::To, t, name)});
            step.outsideTransaction = indexStepOutsideTransaction(ctx, t, index, true);
        }
    }
}

void PlannerBase::planTableCreates(PlanContext& ctx, State& state) const
{
    const dialect::CreationOrder order = dialect::CreationOrder::compute(ctx.to, ctx.toIndex);
    for (const Table* table : order.tables) {
        const Table& t = *table;
        if (ctx.isKeptToTable(t.id))
            continue;
        QStringList up = ctx.statements(Side::To, t.id);
        for (const Column& c : t.columns)
            up += ctx.statements(Side::To, c.id);
        for (const model::Index& index : t.indexes)
            up += ctx.statements(Side::To, index.id);
        ctx.addStep(QStringLiteral("create table %1").arg(pathOf(ctx, Side::To, t)),
                    state.changeOfTo.value(t.id, -1), t.id, std::move(up),
                    {dropTableSql(ctx, ctx.sqlName(Side::To, t.id))});
    }
}

void PlannerBase::planForeignKeyAdds(PlanContext& ctx, State& state) const
{
    const QSet<core::Id> deferred(ctx.fragments(Side::To).deferredForeignKeys.cbegin(),
                                  ctx.fragments(Side::To).deferredForeignKeys.cend());
    for (const Table& t : ctx.to.tables) {
        const bool kept = ctx.isKeptToTable(t.id);
        if (kept && state.rebuiltTables.contains(t.id))
            continue;
        const Table* fromTable = kept ? ctx.fromTable(ctx.fromIdOf(t.id)) : nullptr;
        const QString table = ctx.sqlName(Side::To, t.id);
        for (const model::ForeignKey& fk : t.foreignKeys) {
            const QString name = ctx.objectName(Side::To, fk.id);
            if (name.isEmpty())
                continue;
            QStringList up;
            if (!kept) {
                if (!deferred.contains(fk.id))
                    continue; // inline in CREATE TABLE
                up = ctx.statements(Side::To, fk.id);
            } else {
                if (!state.recreatedTo.contains(fk.id) &&
                    memberExists(*fromTable, ctx.fromIdOf(fk.id)))
                    continue;
                up = addConstraintSql(ctx, Side::To, ObjectKind::ForeignKey, t, fk.id, table, true);
            }
            ctx.addStep(
                QStringLiteral("add foreign key %1").arg(pathOf(ctx, Side::To, t, name)),
                state.changeOfTo.value(fk.id, -1), fk.id, std::move(up),
                dropConstraintSql(ctx, Side::To, ObjectKind::ForeignKey, t, fk.id, table, name));
        }
    }
}

// ---- statement hooks (standard SQL; dialects override) --------------------------------

QString PlannerBase::dropTableSql(const PlanContext& ctx, const QString& tableSqlName) const
{
    return ctx.options.guards ? QStringLiteral("DROP TABLE IF EXISTS %1").arg(tableSqlName)
                              : QStringLiteral("DROP TABLE %1").arg(tableSqlName);
}

QString PlannerBase::dropViewSql(const PlanContext& ctx, const QString& viewSqlName) const
{
    return ctx.options.guards ? QStringLiteral("DROP VIEW IF EXISTS %1").arg(viewSqlName)
                              : QStringLiteral("DROP VIEW %1").arg(viewSqlName);
}

QStringList PlannerBase::renameTableSql(const PlanContext& ctx, const Table& fromTable,
                                        const Table& toTable) const
{
    // Called for the down too, with the sides swapped.
    const Side fromSide = ctx.fromIndex.table(fromTable.id) == &fromTable ? Side::From : Side::To;
    return {QStringLiteral("ALTER TABLE %1 RENAME TO %2")
                .arg(ctx.sqlName(fromSide, fromTable.id), q(toTable.name))};
}

QStringList PlannerBase::renameTableNameSql(const PlanContext&, const Table&,
                                            const QString& fromName, const QString& toName) const
{
    return {QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(q(fromName), q(toName))};
}

QString PlannerBase::memberNamespace(const PlanContext&, ObjectKind, const Table& toTable) const
{
    return QStringLiteral("member:") + toTable.id.toString();
}

QStringList PlannerBase::renameViewSql(const PlanContext& ctx, const View& fromView,
                                       const View& toView) const
{
    const Side fromSide = ctx.from.view(fromView.id) == &fromView ? Side::From : Side::To;
    return {QStringLiteral("ALTER VIEW %1 RENAME TO %2")
                .arg(ctx.sqlName(fromSide, fromView.id), q(toView.name))};
}

QStringList PlannerBase::renameViewNameSql(const PlanContext&, const View&, const QString& fromName,
                                           const QString& toName) const
{
    return {QStringLiteral("ALTER VIEW %1 RENAME TO %2").arg(q(fromName), q(toName))};
}

QString PlannerBase::renameColumnSql(const PlanContext&, const QString& tableSqlName,
                                     const QString& fromName, const QString& toName) const
{
    return QStringLiteral("ALTER TABLE %1 RENAME COLUMN %2 TO %3")
        .arg(tableSqlName, q(fromName), q(toName));
}

QStringList PlannerBase::renameMemberSql(const PlanContext&, ObjectKind kind, const Table&,
                                         const QString& fromName, const QString& toName) const
{
    Q_UNUSED(kind);
    Q_UNUSED(fromName);
    Q_UNUSED(toName);
    return {};
}

QStringList PlannerBase::addColumnSql(PlanContext& ctx, Side side, const Table&,
                                      const Column& column, const QString& tableSqlName) const
{
    return {QStringLiteral("ALTER TABLE %1 ADD COLUMN %2")
                .arg(tableSqlName, ctx.columnDefinition(side, column.id))};
}

QString PlannerBase::dropColumnSql(const PlanContext&, const QString& tableSqlName,
                                   const QString& columnName) const
{
    return QStringLiteral("ALTER TABLE %1 DROP COLUMN %2").arg(tableSqlName, q(columnName));
}

QStringList PlannerBase::tableCommentSql(const PlanContext&, Side, const Table&,
                                         const QString&) const
{
    return {};
}

QStringList PlannerBase::addConstraintSql(PlanContext& ctx, Side side, ObjectKind, const Table&,
                                          const core::Id& objectId, const QString& tableSqlName,
                                          bool) const
{
    const QString clause = ctx.fragments(side).constraintClauses.value(objectId);
    if (clause.isEmpty())
        return {};
    return {QStringLiteral("ALTER TABLE %1 ADD %2").arg(tableSqlName, clause)};
}

QStringList PlannerBase::addCarriedCheckSql(PlanContext&, Side, const Table&, const QString&,
                                            const QString& clause,
                                            const QString& tableSqlName) const
{
    return {QStringLiteral("ALTER TABLE %1 ADD %2").arg(tableSqlName, clause)};
}

QStringList PlannerBase::dropConstraintSql(const PlanContext&, Side, ObjectKind, const Table&,
                                           const core::Id&, const QString& tableSqlName,
                                           const QString& name) const
{
    return {QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(tableSqlName, q(name))};
}

QStringList PlannerBase::createIndexSql(const PlanContext& ctx, Side side, const Table&,
                                        const model::Index& index) const
{
    return ctx.statements(side, index.id);
}

QString PlannerBase::dropIndexSql(const PlanContext&, Side, const Table&,
                                  const QString& indexName) const
{
    return QStringLiteral("DROP INDEX %1").arg(q(indexName));
}

} // namespace schemata::migrate
