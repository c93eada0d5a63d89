// PostgresPlanner: the identity sequences that follow table and column renames. Apart
// from postgresplanner.cpp so that file stays readable; same class.
#include "migrate/postgresplanner.h"
#include "migrate/renameorder.h"

using namespace Qt::Literals::StringLiterals;

namespace schemata::migrate {

using model::Column;
using model::Table;

namespace {

constexpr int kMaxIdentifierBytes = 63;

} // namespace

QList<PostgresPlanner::SequenceRename>
PostgresPlanner::sequenceRenames(const PlanContext& ctx) const
{
    QList<SequenceRename> out;
    for (const Table& t : ctx.to.tables) {
        if (!ctx.isKeptToTable(t.id))
            continue;
        const Table* old = ctx.fromTable(ctx.fromIdOf(t.id));
        for (const Column& c : t.columns) {
            const Column* was = old ? old->column(ctx.fromIdOf(c.id)) : nullptr;
            if (!was || was->identity == model::Identity::None ||
                c.identity == model::Identity::None || (old->name == t.name && was->name == c.name))
                continue;
            out.append({schemaNameAfterRenames(ctx, Side::To, t.schemaId),
                        old->name + u'_' + was->name + QStringLiteral("_seq"),
                        t.name + u'_' + c.name + QStringLiteral("_seq"), c.id});
        }
    }
    return out;
}

QStringList PostgresPlanner::sequenceRenameSql(const PlanContext& ctx, bool up,
                                               const core::Id& toColumnId, const QString& schema,
                                               const QString& fromName, const QString& toName) const
{
    auto rename = [&](const QString& a, const QString& b) {
        return QStringLiteral("ALTER SEQUENCE %1%2 RENAME TO %3")
            .arg(guard(ctx, "IF EXISTS"_L1), pg().qualifiedName(schema, a), q(b));
    };
    // Tables or columns that swapped names swap their sequences' names too: renamed one
    // by one the first would take a name still in use. Then every sequence rename goes
    // in the first such column's step, ordered (through a temporary name) like the
    // renames themselves, and the other columns' steps leave them alone.
    const QList<SequenceRename> all = sequenceRenames(ctx);
    QSet<QString> held;
    for (const SequenceRename& r : all)
        held.insert(r.schema + u'.' + r.from);
    bool collides = false;
    for (const SequenceRename& r : all)
        collides = collides || held.contains(r.schema + u'.' + r.to);
    if (!collides)
        return {up ? rename(fromName, toName) : rename(toName, fromName)};
    if (all.constFirst().columnId != toColumnId)
        return {};
    QList<RenameItem> items;
    for (const SequenceRename& r : all)
        items.append({r.schema, r.from, r.to});
    const QList<RenameLeg> legs = orderRenames(items, kMaxIdentifierBytes);
    QStringList out;
    for (const RenameLeg& leg : legs) {
        const QString& s = all.at(leg.item).schema;
        out.append(
            QStringLiteral("ALTER SEQUENCE %1%2 RENAME TO %3")
                .arg(guard(ctx, "IF EXISTS"_L1), pg().qualifiedName(s, leg.from), q(leg.to)));
    }
    if (up)
        return out;
    QStringList down;
    for (auto it = legs.crbegin(); it != legs.crend(); ++it) {
        const QString& s = all.at(it->item).schema;
        down.append(
            QStringLiteral("ALTER SEQUENCE %1%2 RENAME TO %3")
                .arg(guard(ctx, "IF EXISTS"_L1), pg().qualifiedName(s, it->to), q(it->from)));
    }
    return down;
}

} // namespace schemata::migrate
