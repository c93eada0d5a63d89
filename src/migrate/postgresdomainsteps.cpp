#include "migrate/postgresdomainsteps.h"

#include "dialect/postgres/postgresdomainsql.h"
#include "dialect/sqltext.h"
#include "migrate/plannersupport.h"
#include "migrate/renameorder.h"

using namespace Qt::Literals::StringLiterals;

namespace schemata::migrate {

using model::Column;
using model::DomainType;
using model::Table;
namespace pgsql = dialect::postgres;

namespace {

constexpr int kMaxIdentifierBytes = 63;

// The base types compared across the sides (the enum id taken to the new side).
bool sameBaseType(const PlanContext& ctx, const DomainType& from, const DomainType& to)
{
    model::LogicalType a = from.baseType;
    model::LogicalType b = to.baseType;
    a.enumId = ctx.toIdOf(a.enumId);
    a.domainId = {};
    b.domainId = {};
    return a == b;
}

} // namespace

PostgresDomainSteps::PostgresDomainSteps(const dialect::postgres::PostgresDialect& dialect,
                                         PlanContext& ctx)
    : m_pg(dialect), m_ctx(ctx)
{}

bool PostgresDomainSteps::needsRebuild(const PlanContext& ctx, const DomainType& from,
                                       const DomainType& to)
{
    return !sameBaseType(ctx, from, to) || from.collation != to.collation;
}

QString PostgresDomainSteps::guard(QLatin1StringView clause) const
{
    return m_ctx.options.guards ? QString(clause) + u' ' : QString();
}

QString PostgresDomainSteps::commentSql(const QString& name, const QString& comment) const
{
    return QStringLiteral("COMMENT ON DOMAIN %1 IS %2")
        .arg(name, comment.isEmpty() ? QStringLiteral("NULL") : m_pg.quoteLiteral(comment));
}

QString PostgresDomainSteps::schemaNow(Side side, const core::Id& schemaId) const
{
    if (side == Side::To) {
        const model::Schema* s = m_ctx.toIndex.schema(schemaId);
        return s ? s->name : QString();
    }
    if (const model::Schema* now = m_ctx.toIndex.schema(m_ctx.toIdOf(schemaId)))
        return now->name;
    const model::Schema* s = m_ctx.fromIndex.schema(schemaId);
    return s ? s->name : QString();
}

PostgresDomainSteps::DomainSql PostgresDomainSteps::sqlNow(Side side, const DomainType& original,
                                                           const DomainType* renamedAs) const
{
    DomainType domain = original;
    if (renamedAs)
        domain.name = renamedAs->name;
    if (side == Side::To) {
        const model::ModelIndex& index = m_ctx.toIndex;
        return {pgsql::domainName(m_pg, index, domain),
                pgsql::domainBaseTypeSql(m_pg, index, domain),
                pgsql::createDomainSql(m_pg, index, domain)};
    }
    // The old definition under today's names: a scratch model holding the domain's schema
    // and its enum as they are named once the up's renames ran.
    model::Model scratch;
    scratch.schemas.append({domain.schemaId,
                            renamedAs ? schemaNow(Side::To, renamedAs->schemaId)
                                      : schemaNow(Side::From, domain.schemaId),
                            {}});
    if (domain.baseType.kind == model::LogicalType::Kind::Enum) {
        if (const model::EnumType* e = m_ctx.fromIndex.enumType(domain.baseType.enumId)) {
            model::EnumType copy = *e;
            QString schema = schemaNow(Side::From, e->schemaId);
            if (const model::EnumType* now = m_ctx.toIndex.enumType(m_ctx.toIdOf(e->id))) {
                copy.name = now->name;
                schema = schemaNow(Side::To, now->schemaId);
            }
            copy.schemaId = core::Id(QStringLiteral("\x01scratch-enum-schema"));
            scratch.schemas.append({copy.schemaId, schema, {}});
            scratch.enums.append(std::move(copy));
        }
    }
    const model::ModelIndex index(scratch);
    return {pgsql::domainName(m_pg, index, domain), pgsql::domainBaseTypeSql(m_pg, index, domain),
            pgsql::createDomainSql(m_pg, index, domain)};
}

QString PostgresDomainSteps::nameForColumnSteps(Side side, const core::Id& domainId) const
{
    if (side == Side::To) {
        const DomainType* d = m_ctx.toIndex.domainType(domainId);
        return d ? sqlNow(Side::To, *d).name : QString();
    }
    if (const DomainType* now = m_ctx.toIndex.domainType(m_ctx.toIdOf(domainId)))
        return sqlNow(Side::To, *now).name;
    const DomainType* d = m_ctx.fromIndex.domainType(domainId);
    return d ? sqlNow(Side::From, *d).name : QString();
}

int PostgresDomainSteps::changeOf(ObjectKind kind, const core::Id& fromId,
                                  const core::Id& toId) const
{
    int found = -1;
    for (int i = 0; i < m_ctx.changes.changes.size(); ++i) {
        const Change& c = m_ctx.changes.changes.at(i);
        if (c.kind != kind ||
            !((!toId.isNull() && c.toId == toId) || (!fromId.isNull() && c.fromId == fromId)))
            continue;
        if (c.op == ChangeOp::Alter)
            return i; // the change that says what differs
        if (found < 0)
            found = i;
    }
    return found;
}

QHash<core::Id, QString> PostgresDomainSteps::checkNames(const DomainType& domain) const
{
    QHash<core::Id, QString> out;
    QSet<QString> taken;
    for (const model::CheckConstraint& check : domain.checks) {
        QString name = check.name;
        // PostgreSQL's ChooseConstraintName: <domain>_check, then _check1, _check2, …
        for (int pass = 0; name.isEmpty() || taken.contains(name); ++pass) {
            if (!check.name.isEmpty())
                break;
            const QString label =
                pass == 0 ? QStringLiteral("_check") : QStringLiteral("_check%1").arg(pass);
            name = dialect::fitIdentifier(domain.name + label, kMaxIdentifierBytes, 0, label);
        }
        taken.insert(name);
        out.insert(check.id, name);
    }
    return out;
}

// ---- creates and alters ---------------------------------------------------------------

void PostgresDomainSteps::planCreatesAndAlters()
{
    for (const DomainType& d : m_ctx.from.domains) {
        const DomainType* now = m_ctx.toIndex.domainType(m_ctx.toIdOf(d.id));
        if (!now)
            continue;
        if (needsRebuild(m_ctx, d, *now)) {
            planRebuild(d, *now);
            continue;
        }
        planAttributes(d, *now); // (renames and moves: moves(), ordered by the planner)
        planChecks(d, *now);
    }
    for (const DomainType& d : m_ctx.to.domains) {
        if (m_ctx.fromIndex.domainType(m_ctx.fromIdOf(d.id)))
            continue;
        const DomainSql sql = sqlNow(Side::To, d);
        QStringList up = m_ctx.statements(Side::To, d.id);
        if (up.isEmpty()) {
            up.append(sql.create);
            if (!d.comment.isEmpty())
                up.append(commentSql(sql.name, d.comment));
        }
        m_ctx.addStep(QStringLiteral("create domain %1").arg(d.name),
                      changeOf(ObjectKind::Domain, {}, d.id), d.id, std::move(up),
                      {QStringLiteral("DROP DOMAIN %1%2").arg(guard("IF EXISTS"_L1), sql.name)});
    }
}

QList<PostgresDomainSteps::Move> PostgresDomainSteps::moves() const
{
    QList<Move> out;
    for (const DomainType& d : m_ctx.from.domains) {
        const DomainType* now = m_ctx.toIndex.domainType(m_ctx.toIdOf(d.id));
        if (!now)
            continue;
        const QString oldSchema = schemaNow(Side::From, d.schemaId);
        const QString newSchema = schemaNow(Side::To, now->schemaId);
        if (oldSchema == newSchema && d.name == now->name)
            continue;
        out.append({&d, now, oldSchema, newSchema, changeOf(ObjectKind::Domain, d.id, now->id)});
    }
    return out;
}

QStringList PostgresDomainSteps::moveSql(const QString& schemaA, const QString& nameA,
                                         const QString& schemaB, const QString& nameB) const
{
    QStringList out;
    if (schemaA != schemaB)
        out.append(
            QStringLiteral("ALTER DOMAIN %1 SET SCHEMA %2")
                .arg(m_pg.qualifiedName(schemaA, nameA),
                     m_pg.quoteIdentifier(schemaB.isEmpty() ? QStringLiteral("public") : schemaB)));
    if (nameA != nameB)
        out.append(QStringLiteral("ALTER DOMAIN %1 RENAME TO %2")
                       .arg(m_pg.qualifiedName(schemaB, nameA), m_pg.quoteIdentifier(nameB)));
    return out;
}

void PostgresDomainSteps::planAttributes(const DomainType& from, const DomainType& to)
{
    const QString name = sqlNow(Side::To, to).name;
    const QString alter = QStringLiteral("ALTER DOMAIN %1 ").arg(name);
    QStringList up;
    QStringList down;
    QStringList what;
    if (from.defaultExpression != to.defaultExpression) {
        const auto set = [&alter](const DomainType& d) {
            const QString def = pgsql::domainDefaultSql(d);
            return def.isEmpty() ? alter + QStringLiteral("DROP DEFAULT")
                                 : alter + QStringLiteral("SET DEFAULT ") + def;
        };
        up.append(set(to));
        down.append(set(from));
        what.append(QStringLiteral("default"));
    }
    if (from.notNull != to.notNull) {
        // SET NOT NULL checks every column of every table using the domain (a full scan
        // of each under lock); the safety analysis says so (locking/domain-set-not-null).
        const QString set = alter + QStringLiteral("SET NOT NULL");
        const QString drop = alter + QStringLiteral("DROP NOT NULL");
        up.append(to.notNull ? set : drop);
        down.append(to.notNull ? drop : set);
        what.append(QStringLiteral("not null"));
    }
    if (from.comment != to.comment) {
        up.append(commentSql(name, to.comment));
        down.append(commentSql(name, from.comment));
        what.append(QStringLiteral("comment"));
    }
    if (up.isEmpty())
        return;
    PlanStep& step = m_ctx.addStep(
        QStringLiteral("alter domain %1 (%2)").arg(to.name, what.join(u", "_s)),
        changeOf(ObjectKind::Domain, from.id, to.id), to.id, std::move(up), std::move(down));
    if (from.notNull && !to.notNull) {
        step.irreversible = true;
        step.irreversibleReason =
            QStringLiteral("The down sets the domain NOT NULL again; it fails if rows written "
                           "since the up hold NULL in a column of the domain (update them first).");
    }
}

void PostgresDomainSteps::planChecks(const DomainType& from, const DomainType& to)
{
    const QString name = sqlNow(Side::To, to).name;
    const QString domainPath = [&] {
        const QString schema = schemaNow(Side::To, to.schemaId);
        return schema.isEmpty() ? to.name : schema + u'.' + to.name;
    }();
    const QString alter = QStringLiteral("ALTER DOMAIN %1 ").arg(name);
    const QHash<core::Id, QString> fromNames = checkNames(from);
    const QHash<core::Id, QString> toNames = checkNames(to);
    const bool safe = m_ctx.options.safePatterns;
    const auto findTo = [&](const core::Id& fromCheckId) -> const model::CheckConstraint* {
        const core::Id id = m_ctx.toIdOf(fromCheckId);
        for (const model::CheckConstraint& c : to.checks)
            if (c.id == id)
                return &c;
        return nullptr;
    };
    // "CONSTRAINT n CHECK (…)" under the name the check has (PostgreSQL's own choice for
    // an unnamed one, so a migrated database matches a fresh build).
    const auto clause = [this](model::CheckConstraint check, const QString& checkName) {
        check.name = checkName;
        return pgsql::domainCheckSql(m_pg, check);
    };
    // ADD … NOT VALID under safe patterns, validated after the transaction (up) or after
    // the down's (down: the downEpilogue, like table checks).
    const auto add = [&](const model::CheckConstraint& check, const QString& checkName, bool up) {
        QString sql = alter + QStringLiteral("ADD ") + clause(check, checkName);
        if (!safe)
            return sql;
        sql += QStringLiteral(" NOT VALID");
        const QString validate =
            alter + QStringLiteral("VALIDATE CONSTRAINT ") + m_pg.quoteIdentifier(checkName);
        if (up)
            m_ctx.followUps.append(
                {QStringLiteral("validate domain check %1.%2").arg(domainPath, checkName),
                 to.id,
                 {validate},
                 {}});
        else
            m_ctx.plan.downEpilogue.append(
                QStringLiteral("-- validate domain check %1.%2 (re-added NOT VALID above; fails "
                               "if rows written since the up violate it)\n")
                    .arg(domainPath, checkName) +
                validate);
        return sql;
    };
    const auto drop = [&](const QString& checkName) {
        return alter + QStringLiteral("DROP CONSTRAINT %1%2")
                           .arg(guard("IF EXISTS"_L1), m_pg.quoteIdentifier(checkName));
    };
    const auto rename = [&](const QString& a, const QString& b) {
        return alter + QStringLiteral("RENAME CONSTRAINT %1 TO %2")
                           .arg(m_pg.quoteIdentifier(a), m_pg.quoteIdentifier(b));
    };
    // Drops first (a new check may take a dropped one's name), then renames, then
    // changed expressions and additions.
    for (const model::CheckConstraint& c : from.checks) {
        if (findTo(c.id))
            continue;
        const QString n = fromNames.value(c.id);
        m_ctx.addStep(QStringLiteral("drop domain check %1.%2").arg(domainPath, n),
                      changeOf(ObjectKind::DomainCheck, c.id, {}), c.id, {drop(n)},
                      {add(c, n, false)});
    }
    // Renames through orderRenames(): checks that swap names (or rename in a cycle) pass
    // through a temporary name, one step per leg, each step's down that leg reversed.
    // Check names are unique per domain: one space.
    QList<RenameItem> renameItems;
    QList<std::pair<const model::CheckConstraint*, const model::CheckConstraint*>> renamed;
    for (const model::CheckConstraint& c : from.checks) {
        const model::CheckConstraint* now = findTo(c.id);
        if (!now || fromNames.value(c.id) == toNames.value(now->id))
            continue;
        renameItems.append({QString(), fromNames.value(c.id), toNames.value(now->id)});
        renamed.append(std::pair(&c, now));
    }
    for (const RenameLeg& leg : orderRenames(renameItems, kMaxIdentifierBytes)) {
        const auto& [c, now] = renamed.at(leg.item);
        const RenameItem& item = renameItems.at(leg.item);
        // Worded like the planner's table and column legs.
        QString summary =
            QStringLiteral("rename domain check %1.%2 to %3").arg(domainPath, item.from, leg.to);
        if (leg.from == item.from && leg.to != item.to)
            summary += QStringLiteral(" (on its way to %1)").arg(item.to);
        else if (leg.from != item.from)
            summary += QStringLiteral(" (from %1)").arg(leg.from);
        m_ctx.addStep(summary, changeOf(ObjectKind::DomainCheck, c->id, now->id), now->id,
                      {rename(leg.from, leg.to)}, {rename(leg.to, leg.from)});
    }
    for (const model::CheckConstraint& c : from.checks) {
        const model::CheckConstraint* now = findTo(c.id);
        if (!now || c.expression == now->expression)
            continue;
        const QString n = toNames.value(now->id);
        // The down puts the old expression back under the name the check has then.
        QStringList down{drop(n), add(c, n, false)};
        PlanStep& step = m_ctx.addStep(
            QStringLiteral("alter domain check %1.%2 (expression)").arg(domainPath, n),
            changeOf(ObjectKind::DomainCheck, c.id, now->id), now->id,
            {drop(n), add(*now, n, true)}, std::move(down));
        step.irreversible = true;
        step.irreversibleReason =
            QStringLiteral("The down puts the old check back; its VALIDATE fails if rows written "
                           "since the up violate it (fix those rows first).");
    }
    for (const model::CheckConstraint& c : to.checks) {
        bool matched = false;
        for (const model::CheckConstraint& old : from.checks)
            matched = matched || m_ctx.toIdOf(old.id) == c.id;
        if (matched)
            continue;
        const QString n = toNames.value(c.id);
        m_ctx.addStep(QStringLiteral("add domain check %1.%2").arg(domainPath, n),
                      changeOf(ObjectKind::DomainCheck, {}, c.id), c.id, {add(c, n, true)},
                      {drop(n)});
    }
}

// ---- rebuild ----------------------------------------------------------------------------

void PostgresDomainSteps::planRebuild(const DomainType& from, const DomainType& to)
{
    QStringList up = rebuildSql(from, Side::From, to, Side::To, true);
    QStringList down = rebuildSql(to, Side::To, from, Side::From, false);
    QStringList what;
    if (!sameBaseType(m_ctx, from, to))
        what.append(QStringLiteral("base type"));
    if (from.collation != to.collation)
        what.append(QStringLiteral("collation"));
    PlanStep& step = m_ctx.addStep(
        QStringLiteral("rebuild domain %1 (%2)").arg(to.name, what.join(u", "_s)),
        changeOf(ObjectKind::Domain, from.id, to.id), to.id, std::move(up), std::move(down));
    QStringList reasons;
    const QString loss = typeChangeLoss(from.baseType, to.baseType, m_ctx.fromIndex, m_ctx.toIndex);
    if (!loss.isEmpty())
        reasons.append(loss);
    const QString back = typeChangeLoss(to.baseType, from.baseType, m_ctx.toIndex, m_ctx.fromIndex);
    if (loss.isEmpty() && !back.isEmpty())
        reasons.append(QStringLiteral("The down converts the columns back to the old base type; "
                                      "it fails if rows written since the up hold values the old "
                                      "type cannot."));
    if (!reasons.isEmpty()) {
        step.irreversible = true;
        step.irreversibleReason = reasons.join(u' ');
    }
}

// Detaches the kept columns of the old model declared with the domain (ALTER COLUMN … TYPE
// <base>: a domain converts to its base type without a cast), drops the domain, creates it
// as `after`, and attaches the columns again with USING. The up attaches only the columns
// the new model still declares with the domain (the others' column steps follow); the down
// runs after those steps were undone, when every one of them is on the domain again.
QStringList PostgresDomainSteps::rebuildSql(const DomainType& before, Side beforeSide,
                                            const DomainType& after, Side afterSide, bool up) const
{
    // The type renames ran before (up) and are undone after (down): the old definition
    // goes under the new name and schema.
    // The new domain's checks are spelled out with the names a fresh build gives them:
    // PostgreSQL names an unnamed check unique among all constraints of the schema, and
    // another domain may still hold that name here (a swap renames its checks later), or
    // the domain was renamed since its checks were named (the down).
    DomainType named = after;
    const QHash<core::Id, QString> names = checkNames(after);
    for (model::CheckConstraint& check : named.checks)
        check.name = names.value(check.id, check.name);
    const DomainSql was = sqlNow(beforeSide, before, beforeSide == Side::From ? &after : nullptr);
    const DomainSql will = sqlNow(afterSide, named, afterSide == Side::From ? &before : nullptr);
    const core::Id fromDomainId = up ? before.id : after.id;
    const core::Id toDomainId = up ? after.id : before.id;
    const bool fromEnumBase = before.baseType.kind == model::LogicalType::Kind::Enum;
    struct Use
    {
        QString table;
        QString column;
        QString defaultSql;
        bool attach = false;
    };
    QList<Use> uses;
    for (const Table& t : m_ctx.from.tables) {
        const Table* kept = m_ctx.toTable(m_ctx.toIdOf(t.id));
        if (!kept)
            continue;
        for (const Column& c : t.columns) {
            const Column* now = kept->column(m_ctx.toIdOf(c.id));
            if (!now || c.type.domainId != fromDomainId)
                continue;
            const auto* parts = m_ctx.columnParts(Side::From, c.id);
            uses.append({m_pg.qualifiedName(schemaNow(Side::From, t.schemaId), t.name),
                         m_pg.quoteIdentifier(c.name), parts ? parts->defaultSql : QString(),
                         !up || now->type.domainId == toDomainId});
        }
    }
    QStringList out;
    for (const Use& u : uses) {
        const QString alter =
            QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 ").arg(u.table, u.column);
        if (!u.defaultSql.isEmpty())
            out.append(alter + QStringLiteral("DROP DEFAULT"));
        out.append(alter + QStringLiteral("TYPE ") + was.baseType);
        if (!u.defaultSql.isEmpty() && !u.attach)
            out.append(alter + QStringLiteral("SET DEFAULT ") + u.defaultSql);
    }
    out.append(QStringLiteral("DROP DOMAIN %1").arg(was.name));
    out.append(will.create);
    if (!after.comment.isEmpty())
        out.append(commentSql(will.name, after.comment));
    for (const Use& u : uses) {
        if (!u.attach)
            continue;
        const QString alter =
            QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 ").arg(u.table, u.column);
        out.append(alter + QStringLiteral("TYPE %1 USING %2%3::%1")
                               .arg(will.name, u.column,
                                    fromEnumBase ? QStringLiteral("::text") : QString()));
        if (!u.defaultSql.isEmpty())
            out.append(alter + QStringLiteral("SET DEFAULT ") + u.defaultSql);
    }
    return out;
}

// ---- domains over a rebuilt enum ------------------------------------------------------

namespace {

struct DomainColumn
{
    QString alter; // ALTER TABLE t ALTER COLUMN c (old names)
    QString column;
    QString defaultSql;
};

QList<std::pair<const DomainType*, QList<DomainColumn>>>
domainsOverEnum(const PlanContext& ctx, const dialect::postgres::PostgresDialect& pg,
                const model::EnumType& e)
{
    QList<std::pair<const DomainType*, QList<DomainColumn>>> out;
    for (const DomainType& d : ctx.from.domains) {
        if (d.baseType.kind != model::LogicalType::Kind::Enum || d.baseType.enumId != e.id)
            continue;
        QList<DomainColumn> columns;
        for (const Table& t : ctx.from.tables) {
            const Table* kept = ctx.toTable(ctx.toIdOf(t.id));
            if (!kept)
                continue;
            for (const Column& c : t.columns) {
                if (c.type.domainId != d.id || !kept->column(ctx.toIdOf(c.id)))
                    continue;
                const auto* parts = ctx.columnParts(Side::From, c.id);
                columns.append({QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 ")
                                    .arg(ctx.sqlName(Side::From, t.id), pg.quoteIdentifier(c.name)),
                                pg.quoteIdentifier(c.name), parts ? parts->defaultSql : QString()});
            }
        }
        out.append({&d, columns});
    }
    return out;
}

} // namespace

QStringList PostgresDomainSteps::beforeEnumRebuild(const dialect::postgres::PostgresDialect& pg,
                                                   const PlanContext& ctx, const model::EnumType& e)
{
    QStringList out;
    for (const auto& [domain, columns] : domainsOverEnum(ctx, pg, e)) {
        for (const DomainColumn& c : columns) {
            if (!c.defaultSql.isEmpty())
                out.append(c.alter + QStringLiteral("DROP DEFAULT"));
            out.append(c.alter + QStringLiteral("TYPE text USING %1::text").arg(c.column));
        }
        out.append(
            QStringLiteral("DROP DOMAIN %1").arg(pgsql::domainName(pg, ctx.fromIndex, *domain)));
    }
    return out;
}

QStringList PostgresDomainSteps::afterEnumRebuild(const dialect::postgres::PostgresDialect& pg,
                                                  const PlanContext& ctx, const model::EnumType& e)
{
    QStringList out;
    for (const auto& [domain, columns] : domainsOverEnum(ctx, pg, e)) {
        const QString name = pgsql::domainName(pg, ctx.fromIndex, *domain);
        out.append(pgsql::createDomainSql(pg, ctx.fromIndex, *domain));
        if (!domain->comment.isEmpty())
            out.append(QStringLiteral("COMMENT ON DOMAIN %1 IS %2")
                           .arg(name, pg.quoteLiteral(domain->comment)));
        for (const DomainColumn& c : columns) {
            out.append(c.alter + QStringLiteral("TYPE %1 USING %2::%1").arg(name, c.column));
            if (!c.defaultSql.isEmpty())
                out.append(c.alter + QStringLiteral("SET DEFAULT ") + c.defaultSql);
        }
    }
    return out;
}

// ---- drops -----------------------------------------------------------------------------

void PostgresDomainSteps::planDrops(const QSet<core::Id>& skip)
{
    for (const DomainType& d : m_ctx.from.domains) {
        if (!m_ctx.toIndex.domainType(m_ctx.toIdOf(d.id)) && !skip.contains(d.id))
            planDrop(d);
    }
}

void PostgresDomainSteps::planDrop(const DomainType& d) const
{
    const DomainSql sql = sqlNow(Side::From, d);
    QStringList down{sql.create};
    if (!d.comment.isEmpty())
        down.append(commentSql(sql.name, d.comment));
    m_ctx.addStep(
        QStringLiteral("drop domain %1").arg(d.name), changeOf(ObjectKind::Domain, d.id, {}), d.id,
        {QStringLiteral("DROP DOMAIN %1%2").arg(guard("IF EXISTS"_L1), sql.name)}, std::move(down));
}

} // namespace schemata::migrate
