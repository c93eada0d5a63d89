// PlannerBase: the rename phase (tables and views, then columns, constraints and
// indexes), ordered through orderRenames(). Apart from plannerbase.cpp so that file
// stays readable; same class.
#include "migrate/plannerbase.h"
#include "migrate/plannerbase_p.h"
#include "migrate/plannersupport.h"
#include "migrate/renameorder.h"

using namespace Qt::Literals::StringLiterals;

namespace schemata::migrate {

using model::Column;
using model::Table;
using model::View;

namespace {

// "rename table public.a to a_schemata_tmp (on its way to b)" for the leg that parks an
// object, "rename table public.a to b (from a_schemata_tmp)" for the leg that ends there.
QString temporaryLegSummary(const QString& kind, const QString& path, const RenameLeg& leg,
                            const RenameItem& item)
{
    if (leg.from == item.from)
        return QStringLiteral("rename %1 %2 to %3 (on its way to %4)")
            .arg(kind, path, leg.to, item.to);
    return QStringLiteral("rename %1 %2 to %3 (from %4)").arg(kind, path, item.to, leg.from);
}

} // namespace

void PlannerBase::planRenames(PlanContext& ctx, State& state) const
{
    // Renames go through orderRenames(), so a swap (a <-> b) or a longer cycle passes
    // through a temporary name instead of colliding; without collisions the order is the
    // model's. Each leg is its own step, whose down is that leg reversed.
    const int maxBytes = m_dialect->capabilities().maxIdentifierBytes;
    // Tables and views in one list: they share a namespace (PostgreSQL's relations per
    // schema, MySQL's tables per database), so a table and a view can swap names too.
    struct Relation
    {
        const TableDelta* table = nullptr;
        const View* fromView = nullptr;
        const View* toView = nullptr;
    };
    QList<RenameItem> relationItems;
    QList<Relation> relations;
    for (const TableDelta& d : state.deltas) {
        if (ctx.sqlName(Side::From, d.from->id) == ctx.sqlName(Side::To, d.to->id))
            continue;
        if (renameTableSql(ctx, *d.from, *d.to).isEmpty()) // only its schema was renamed
            continue;
        const bool sameSchema = ctx.toIdOf(d.from->schemaId) == d.to->schemaId;
        relationItems.append(
            {d.to->schemaId.toString(), d.from->name, d.to->name, sameSchema, true});
        relations.append({&d, nullptr, nullptr});
    }
    for (const View& v : ctx.to.views) {
        const View* old = ctx.from.view(ctx.fromIdOf(v.id));
        if (!old || state.createdViews.contains(v.id) ||
            ctx.sqlName(Side::From, old->id) == ctx.sqlName(Side::To, v.id))
            continue;
        if (renameViewSql(ctx, *old, v).isEmpty())
            continue;
        // A view that changes schema is dropped and created again (planViews), so a
        // renamed one stays in its schema and may step aside under a temporary name.
        relationItems.append({v.schemaId.toString(), old->name, v.name, true});
        relations.append({nullptr, old, &v});
    }
    for (const RenameLeg& leg : orderRenames(relationItems, maxBytes)) {
        const Relation& r = relations.at(leg.item);
        const RenameItem& item = relationItems.at(leg.item);
        const bool direct = leg.from == item.from && leg.to == item.to;
        if (!r.table) {
            const View& old = *r.fromView;
            const View& v = *r.toView;
            const int change = state.changeOfTo.value(v.id, -1);
            if (direct)
                ctx.addStep(QStringLiteral("rename view %1 to %2")
                                .arg(viewPath(ctx, Side::From, old), viewPath(ctx, Side::To, v)),
                            change, v.id, renameViewSql(ctx, old, v), renameViewSql(ctx, v, old));
            else
                ctx.addStep(temporaryLegSummary(QStringLiteral("view"),
                                                viewPath(ctx, Side::From, old), leg, item),
                            change, v.id, renameViewNameSql(ctx, v, leg.from, leg.to),
                            renameViewNameSql(ctx, v, leg.to, leg.from));
            continue;
        }
        const TableDelta& d = *r.table;
        const int change = state.changeOfTo.value(d.to->id, -1);
        if (direct) {
            ctx.addStep(QStringLiteral("rename table %1 to %2")
                            .arg(pathOf(ctx, Side::From, *d.from), pathOf(ctx, Side::To, *d.to)),
                        change, d.to->id, renameTableSql(ctx, *d.from, *d.to),
                        renameTableSql(ctx, *d.to, *d.from));
            continue;
        }
        ctx.addStep(temporaryLegSummary(QStringLiteral("table"), pathOf(ctx, Side::From, *d.from),
                                        leg, item),
                    change, d.to->id, renameTableNameSql(ctx, *d.to, leg.from, leg.to),
                    renameTableNameSql(ctx, *d.to, leg.to, leg.from));
    }

    // Columns, constraints and indexes of every kept table, in one list: PostgreSQL index
    // names are unique per schema, so a swap can span two tables.
    struct Member
    {
        const TableDelta* delta;
        bool column;
        ObjectKind kind;
        core::Id id;
    };
    QList<RenameItem> memberItems;
    QList<Member> members;
    for (const TableDelta& d : state.deltas) {
        if (state.rebuiltTables.contains(d.to->id))
            continue;
        for (const Column& c : d.to->columns) {
            const Column* old = d.from->column(ctx.fromIdOf(c.id));
            if (!old || old->name == c.name)
                continue;
            memberItems.append({u"column:"_s + d.to->id.toString(), old->name, c.name, true});
            members.append({&d, true, ObjectKind::Column, c.id});
        }
        for (const MemberRef& m : constraintMembers(*d.to)) {
            const core::Id fromId = ctx.fromIdOf(m.id);
            if (state.recreatedTo.contains(m.id) || !memberExists(*d.from, fromId))
                continue;
            const QString oldName = ctx.objectName(Side::From, fromId);
            const QString newName = ctx.objectName(Side::To, m.id);
            if (oldName == newName || oldName.isEmpty() || newName.isEmpty())
                continue;
            memberItems.append({memberNamespace(ctx, m.kind, *d.to), oldName, newName, true});
            members.append({&d, false, m.kind, m.id});
        }
    }
    for (const RenameLeg& leg : orderRenames(memberItems, maxBytes)) {
        const Member& m = members.at(leg.item);
        const RenameItem& item = memberItems.at(leg.item);
        const TableDelta& d = *m.delta;
        const int change = state.changeOfTo.value(m.id, -1);
        const bool direct = leg.from == item.from && leg.to == item.to;
        if (m.column) {
            const QString table = ctx.sqlName(Side::To, d.to->id);
            const QString path = pathOf(ctx, Side::From, *d.from, item.from);
            ctx.addStep(direct ? QStringLiteral("rename column %1 to %2").arg(path, item.to)
                               : temporaryLegSummary(QStringLiteral("column"), path, leg, item),
                        change, m.id, {renameColumnSql(ctx, table, leg.from, leg.to)},
                        {renameColumnSql(ctx, table, leg.to, leg.from)});
            continue;
        }
        const QString path = pathOf(ctx, Side::To, *d.to, item.from);
        ctx.addStep(
            direct ? QStringLiteral("rename %1 %2 to %3").arg(objectKindName(m.kind), path, item.to)
                   : temporaryLegSummary(objectKindName(m.kind), path, leg, item),
            change, m.id, renameMemberSql(ctx, m.kind, *d.to, leg.from, leg.to),
            renameMemberSql(ctx, m.kind, *d.to, leg.to, leg.from));
    }
}

} // namespace schemata::migrate
