// PostgresPlanner: renames and schema moves of enums and domains, and the drops of types
// whose names they take. Apart from postgresplanner.cpp so that file stays readable; same
// class.
#include "dialect/sqltext.h"
#include "migrate/postgresdomainsteps.h"
#include "migrate/postgresplanner.h"
#include "migrate/renameorder.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace schemata::migrate {

namespace {

constexpr int kMaxIdentifierBytes = 63;

// The change about a kept enum (as planSchemasAndEnums finds it).
int enumChangeOf(const PlanContext& ctx, const core::Id& id)
{
    for (int i = 0; i < ctx.changes.changes.size(); ++i) {
        const Change& c = ctx.changes.changes.at(i);
        if (c.toId == id || (c.toId.isNull() && c.fromId == id))
            return i;
    }
    return -1;
}

} // namespace

void PostgresPlanner::planTypeRenames(PlanContext& ctx) const
{
    // One rename item per type, enums first (model order), then domains. A type that
    // changes schema is moved straight to its target (SET SCHEMA, then RENAME); only one
    // that stays in its schema may step aside under a temporary name.
    struct Type
    {
        bool isEnum = false;
        QString oldName;
        QString newName;
        QString oldSchema;
        QString newSchema;
        core::Id toId;
        int change = -1;
    };
    QList<Type> types;
    for (const model::EnumType& e : ctx.from.enums) {
        const model::EnumType* now = ctx.toIndex.enumType(ctx.toIdOf(e.id));
        if (!now)
            continue;
        const QString oldSchema = schemaNameAfterRenames(ctx, Side::From, e.schemaId);
        const QString newSchema = schemaNameAfterRenames(ctx, Side::To, now->schemaId);
        if (oldSchema != newSchema || e.name != now->name)
            types.append({true, e.name, now->name, oldSchema, newSchema, now->id,
                          enumChangeOf(ctx, now->id)});
    }
    const PostgresDomainSteps domains(pg(), ctx);
    for (const PostgresDomainSteps::Move& m : domains.moves())
        types.append(
            {false, m.from->name, m.to->name, m.oldSchema, m.newSchema, m.to->id, m.change});

    QList<RenameItem> items;
    for (const Type& t : types)
        items.append({u"type:"_s + t.newSchema, t.oldName, t.newName, t.oldSchema == t.newSchema,
                      t.oldSchema != t.newSchema});

    const auto enumMoveSql = [this](const QString& schemaA, const QString& nameA,
                                    const QString& schemaB, const QString& nameB) {
        QStringList out;
        if (schemaA != schemaB)
            out.append(QStringLiteral("ALTER TYPE %1 SET SCHEMA %2")
                           .arg(pg().qualifiedName(schemaA, nameA),
                                q(schemaB.isEmpty() ? QStringLiteral("public") : schemaB)));
        if (nameA != nameB)
            out.append(QStringLiteral("ALTER TYPE %1 RENAME TO %2")
                           .arg(pg().qualifiedName(schemaB, nameA), q(nameB)));
        return out;
    };
    const auto moveSql = [&](const Type& t, const QString& schemaA, const QString& nameA,
                             const QString& schemaB, const QString& nameB) {
        return t.isEnum ? enumMoveSql(schemaA, nameA, schemaB, nameB)
                        : domains.moveSql(schemaA, nameA, schemaB, nameB);
    };

    for (const RenameLeg& leg : orderRenames(items, kMaxIdentifierBytes)) {
        const Type& t = types.at(leg.item);
        const RenameItem& item = items.at(leg.item);
        const QString kind = t.isEnum ? u"enum"_s : u"domain"_s;
        if (leg.from == item.from && leg.to == item.to) {
            // (An enum that only changes schema says "rename enum a to a", as it always has.)
            const QString summary =
                t.isEnum || t.oldName != t.newName
                    ? QStringLiteral("rename %1 %2 to %3").arg(kind, t.oldName, t.newName)
                    : QStringLiteral("move %1 %2 to schema %3")
                          .arg(kind, t.oldName, t.newSchema.isEmpty() ? u"public"_s : t.newSchema);
            ctx.addStep(summary, t.change, t.toId,
                        moveSql(t, t.oldSchema, t.oldName, t.newSchema, t.newName),
                        moveSql(t, t.newSchema, t.newName, t.oldSchema, t.oldName));
            continue;
        }
        // A leg through a temporary name: the type stays in its schema. Worded like the
        // table and column legs.
        const QString summary = leg.from == item.from
                                    ? QStringLiteral("rename %1 %2 to %3 (on its way to %4)")
                                          .arg(kind, t.oldName, leg.to, t.newName)
                                    : QStringLiteral("rename %1 %2 to %3 (from %4)")
                                          .arg(kind, t.oldName, t.newName, leg.from);
        ctx.addStep(summary, t.change, t.toId,
                    moveSql(t, t.newSchema, leg.from, t.newSchema, leg.to),
                    moveSql(t, t.newSchema, leg.to, t.newSchema, leg.from));
    }
}

PostgresPlanner::TypeDrops PostgresPlanner::typeDrops(const PlanContext& ctx) const
{
    // Names kept and new types hold at the end, per schema (as named after the schema
    // renames). Creates run after the renames too, so a new type counts.
    QSet<QString> taken;
    QSet<QString> known; // every type name either side, so a temporary takes none of them
    const auto key = [](const QString& schema, const QString& name) {
        return schema + u'\x1f' + name;
    };
    for (const model::EnumType& e : ctx.to.enums)
        taken.insert(key(schemaNameAfterRenames(ctx, Side::To, e.schemaId), e.name));
    for (const model::DomainType& d : ctx.to.domains)
        taken.insert(key(schemaNameAfterRenames(ctx, Side::To, d.schemaId), d.name));
    known = taken;
    for (const model::EnumType& e : ctx.from.enums)
        known.insert(key(schemaNameAfterRenames(ctx, Side::From, e.schemaId), e.name));
    for (const model::DomainType& d : ctx.from.domains)
        known.insert(key(schemaNameAfterRenames(ctx, Side::From, d.schemaId), d.name));

    // A type a kept column uses until its alter (after the renames) cannot go before the
    // renames: an enum steps aside under a temporary name instead (its columns and their
    // downs follow it there). A domain over an enum, and an enum under a domain, keep
    // their place: the domain's down (CREATE DOMAIN) is written with the enum names
    // after the renames. Those, and a domain its columns still use, still collide (a
    // known limit).
    const auto usedByKeptColumn = [&ctx](const core::Id& typeId) {
        for (const model::Table& t : ctx.from.tables) {
            const core::Id toTable = ctx.toIdOf(t.id);
            if (!ctx.isKeptToTable(toTable))
                continue; // dropped with the table, before this phase
            const model::Table* now = ctx.toTable(toTable);
            for (const model::Column& c : t.columns) {
                const bool uses =
                    c.type.domainId == typeId ||
                    (c.type.kind == model::LogicalType::Kind::Enum && c.type.enumId == typeId);
                if (uses && now && now->column(ctx.toIdOf(c.id)))
                    return true;
            }
        }
        return false;
    };
    const auto underDomain = [&ctx](const core::Id& enumId) {
        for (const model::DomainType& d : ctx.from.domains) {
            if (d.baseType.kind == model::LogicalType::Kind::Enum && d.baseType.enumId == enumId)
                return true;
        }
        return false;
    };
    TypeDrops out;
    for (const model::EnumType& e : ctx.from.enums) {
        const QString schema = schemaNameAfterRenames(ctx, Side::From, e.schemaId);
        if (ctx.toIndex.enumType(ctx.toIdOf(e.id)) || !taken.contains(key(schema, e.name)) ||
            underDomain(e.id))
            continue;
        if (!usedByKeptColumn(e.id)) {
            out.early.insert(e.id);
            continue;
        }
        const QString suffix = QStringLiteral("_schemata_tmp");
        QString temporary = dialect::fitIdentifier(e.name + suffix, kMaxIdentifierBytes, 0, suffix);
        for (int n = 2; known.contains(key(schema, temporary)); ++n) {
            const QString numbered = suffix + QString::number(n);
            temporary = dialect::fitIdentifier(e.name + numbered, kMaxIdentifierBytes, 0, numbered);
        }
        known.insert(key(schema, temporary));
        out.parked.insert(e.id, temporary);
    }
    for (const model::DomainType& d : ctx.from.domains) {
        if (ctx.toIndex.domainType(ctx.toIdOf(d.id)) ||
            !taken.contains(key(schemaNameAfterRenames(ctx, Side::From, d.schemaId), d.name)) ||
            usedByKeptColumn(d.id) || d.baseType.kind == model::LogicalType::Kind::Enum ||
            !d.baseType.domainId.isNull())
            continue;
        out.early.insert(d.id);
    }
    return out;
}

void PostgresPlanner::planEnumPark(PlanContext& ctx, const model::EnumType& e,
                                   const QString& temporary) const
{
    const QString schema = schemaNameAfterRenames(ctx, Side::From, e.schemaId);
    ctx.addStep(QStringLiteral("rename enum %1 to %2 (dropped below)").arg(e.name, temporary),
                enumChangeOf(ctx, e.id), e.id,
                {QStringLiteral("ALTER TYPE %1 RENAME TO %2")
                     .arg(pg().qualifiedName(schema, e.name), q(temporary))},
                {QStringLiteral("ALTER TYPE %1 RENAME TO %2")
                     .arg(pg().qualifiedName(schema, temporary), q(e.name))});
}

void PostgresPlanner::planEnumDrop(PlanContext& ctx, const model::EnumType& e,
                                   const QString& parkedAs) const
{
    const QString name =
        qualifiedAfterRenames(ctx, Side::From, e.schemaId, parkedAs.isEmpty() ? e.name : parkedAs);
    QStringList literals;
    for (const QString& v : e.values)
        literals.append(lit(v));
    QStringList down{QStringLiteral("CREATE TYPE %1 AS ENUM (%2)")
                         .arg(name, literals.join(QStringLiteral(", ")))};
    if (!e.comment.isEmpty())
        down.append(QStringLiteral("COMMENT ON TYPE %1 IS %2").arg(name, lit(e.comment)));
    ctx.addStep(parkedAs.isEmpty() ? QStringLiteral("drop enum %1").arg(e.name)
                                   : QStringLiteral("drop enum %1 (as %2)").arg(e.name, parkedAs),
                enumChangeOf(ctx, e.id), e.id,
                {QStringLiteral("DROP TYPE %1%2").arg(guard(ctx, "IF EXISTS"_L1), name)}, down);
}

} // namespace schemata::migrate
