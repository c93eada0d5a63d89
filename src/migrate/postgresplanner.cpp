#include "migrate/postgresplanner.h"

#include "dialect/sqltext.h"
#include "migrate/plannersupport.h"
#include "migrate/postgresdomainsteps.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace schemata::migrate {

using model::Column;
using model::Table;

namespace {

constexpr int kMaxIdentifierBytes = 63;

// PostgreSQL 15+ creates schema public with this comment; a fresh build of a model whose
// public schema has no comment keeps it, so that is what "no comment" restores.
constexpr QLatin1StringView kDefaultPublicComment =
    "COMMENT ON SCHEMA public IS 'standard public schema'"_L1;

bool isUp(Side beforeSide)
{
    return beforeSide == Side::From;
}

QString identitySql(model::Identity identity)
{
    return identity == model::Identity::Always ? QStringLiteral("ALWAYS")
                                               : QStringLiteral("BY DEFAULT");
}

model::Identity effectiveIdentity(const Column& c)
{
    return c.type.isInteger() && c.generatedExpression.trimmed().isEmpty() ? c.identity
                                                                           : model::Identity::None;
}

// Whether `sql` mentions one of `values` as a string literal.
bool mentionsAny(const PlanContext& ctx, const QString& sql, const QStringList& values)
{
    for (const QString& v : values) {
        if (sql.contains(ctx.dialect.quoteLiteral(v)))
            return true;
    }
    return false;
}

} // namespace

PostgresPlanner::PostgresPlanner()
    : PlannerBase(std::make_unique<dialect::postgres::PostgresDialect>())
{}

const dialect::postgres::PostgresDialect& PostgresPlanner::pg() const
{
    return static_cast<const dialect::postgres::PostgresDialect&>(dialect());
}

QString PostgresPlanner::guard(const PlanContext& ctx, QLatin1StringView clause) const
{
    return ctx.options.guards ? QString(clause) + u' ' : QString();
}

QString PostgresPlanner::schemaNameAfterRenames(const PlanContext& ctx, Side side,
                                                const core::Id& schemaId) const
{
    if (side == Side::To) {
        const model::Schema* s = ctx.toIndex.schema(schemaId);
        return s ? s->name : QString();
    }
    if (const model::Schema* now = ctx.toIndex.schema(ctx.toIdOf(schemaId)))
        return now->name;
    const model::Schema* s = ctx.fromIndex.schema(schemaId);
    return s ? s->name : QString();
}

QString PostgresPlanner::qualifiedAfterRenames(const PlanContext& ctx, Side side,
                                               const core::Id& schemaId, const QString& name) const
{
    return pg().qualifiedName(schemaNameAfterRenames(ctx, side, schemaId), name);
}

QString PostgresPlanner::notNullCheckName(const PlanContext&, const Table& table,
                                          const Column& column) const
{
    return dialect::fitIdentifier(table.name + u'_' + column.name + QStringLiteral("_not_null"),
                                  kMaxIdentifierBytes, 0, u"_not_null");
}

// ---- frame ----------------------------------------------------------------------------

void PostgresPlanner::planFrame(PlanContext& ctx) const
{
    ctx.plan.transactional = true;
    if (!ctx.options.safePatterns)
        return;
    QStringList prologue;
    if (ctx.options.lockTimeoutMs > 0)
        prologue.append(QStringLiteral("SET lock_timeout = '%1ms'").arg(ctx.options.lockTimeoutMs));
    if (ctx.options.statementTimeoutMs > 0)
        prologue.append(
            QStringLiteral("SET statement_timeout = '%1ms'").arg(ctx.options.statementTimeoutMs));
    ctx.plan.upPrologue = prologue;
    ctx.plan.downPrologue = prologue;
}

void PostgresPlanner::planFinish(PlanContext& ctx) const
{
    // Statements that must not wait for the transaction go before it (enum values the
    // migration uses, concurrent index drops); concurrent index builds go after it.
    QList<PlanStep> front;
    QList<PlanStep> middle;
    QList<PlanStep> back;
    for (PlanStep& step : ctx.plan.steps) {
        const QString first = step.up.isEmpty() ? QString() : step.up.first();
        if (step.outsideTransaction &&
            (first.startsWith(u"ALTER TYPE") || first.startsWith(u"DROP INDEX CONCURRENTLY")))
            front.append(std::move(step));
        else if (step.outsideTransaction && first.startsWith(u"CREATE") &&
                 first.contains(u"INDEX CONCURRENTLY"))
            back.append(std::move(step));
        else
            middle.append(std::move(step));
    }
    ctx.plan.steps = front + middle + back;
}

// ---- schemas and enums ------------------------------------------------------------------

QStringList PostgresPlanner::rebuildEnumSql(const PlanContext& ctx, const model::EnumType& e,
                                            const QStringList& values) const
{
    const QString name = ctx.sqlName(Side::From, e.id);
    const model::Schema* schema = ctx.fromIndex.schema(e.schemaId);
    const QString temp =
        dialect::fitIdentifier(e.name + QStringLiteral("_old"), kMaxIdentifierBytes, 0, u"_old");
    QStringList literals;
    for (const QString& v : values)
        literals.append(lit(v));
    // A domain over the enum would keep the old type alive: it goes and comes back.
    QStringList out = PostgresDomainSteps::beforeEnumRebuild(pg(), ctx, e);
    out.append(QStringLiteral("ALTER TYPE %1 RENAME TO %2").arg(name, q(temp)));
    out.append(QStringLiteral("CREATE TYPE %1 AS ENUM (%2)")
                   .arg(name, literals.join(QStringLiteral(", "))));
    if (!e.comment.isEmpty())
        out.append(QStringLiteral("COMMENT ON TYPE %1 IS %2").arg(name, lit(e.comment)));
    for (const Table& t : ctx.from.tables) {
        const Table* kept = ctx.toTable(ctx.toIdOf(t.id));
        if (!kept)
            continue;
        for (const Column& c : t.columns) {
            if (c.type.kind != model::LogicalType::Kind::Enum || c.type.enumId != e.id ||
                !c.type.domainId.isNull() || !kept->column(ctx.toIdOf(c.id)))
                continue; // (a domain's columns: beforeEnumRebuild / afterEnumRebuild)
            const QString alter = QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 ")
                                      .arg(ctx.sqlName(Side::From, t.id), q(c.name));
            const auto* parts = ctx.columnParts(Side::From, c.id);
            const bool hasDefault = parts && !parts->defaultSql.isEmpty();
            if (hasDefault)
                out.append(alter + QStringLiteral("DROP DEFAULT"));
            out.append(alter + QStringLiteral("TYPE %1 USING %2::text::%1").arg(name, q(c.name)));
            if (hasDefault)
                out.append(alter + QStringLiteral("SET DEFAULT ") + parts->defaultSql);
        }
    }
    out.append(QStringLiteral("DROP TYPE %1")
                   .arg(pg().qualifiedName(schema ? schema->name : QString(), temp)));
    out += PostgresDomainSteps::afterEnumRebuild(pg(), ctx, e);
    return out;
}

void PostgresPlanner::planSchemasAndEnums(PlanContext& ctx, Phase phase) const
{
    auto changeOf = [&ctx](const core::Id& id) {
        for (int i = 0; i < ctx.changes.changes.size(); ++i) {
            const Change& c = ctx.changes.changes.at(i);
            if (c.toId == id || (c.toId.isNull() && c.fromId == id))
                return i;
        }
        return -1;
    };
    if (phase == Phase::DropEnumsAndSchemas) {
        const TypeDrops drops = typeDrops(ctx);
        // Domains before the enums they may be over.
        PostgresDomainSteps(pg(), ctx).planDrops(drops.early);
        for (const model::EnumType& e : ctx.from.enums) {
            if (!ctx.toIndex.enumType(ctx.toIdOf(e.id)) && !drops.early.contains(e.id))
                planEnumDrop(ctx, e, drops.parked.value(e.id));
        }
        for (const model::Schema& s : ctx.from.schemas) {
            if (ctx.toIndex.schema(ctx.toIdOf(s.id)))
                continue;
            if (s.name == u"public") {
                // Exists in every database: only its comment was ours.
                if (!s.comment.isEmpty())
                    ctx.addStep(QStringLiteral("drop schema public (its comment)"), changeOf(s.id),
                                s.id, {QString(kDefaultPublicComment)},
                                ctx.statements(Side::From, s.id));
                continue;
            }
            ctx.addStep(
                QStringLiteral("drop schema %1").arg(s.name), changeOf(s.id), s.id,
                {QStringLiteral("DROP SCHEMA %1%2").arg(guard(ctx, "IF EXISTS"_L1), q(s.name))},
                ctx.statements(Side::From, s.id));
        }
        return;
    }
    for (const model::Schema& s : ctx.to.schemas) {
        if (ctx.fromIndex.schema(ctx.fromIdOf(s.id)))
            continue;
        if (s.name == u"public") {
            // Exists in every database (createScript only comments it).
            if (!s.comment.isEmpty())
                ctx.addStep(QStringLiteral("create schema public (its comment)"), changeOf(s.id),
                            s.id, ctx.statements(Side::To, s.id), {QString(kDefaultPublicComment)});
            continue;
        }
        ctx.addStep(
            QStringLiteral("create schema %1").arg(s.name), changeOf(s.id), s.id,
            ctx.statements(Side::To, s.id),
            {QStringLiteral("DROP SCHEMA %1%2").arg(guard(ctx, "IF EXISTS"_L1), q(s.name))});
    }
    // Enum values while every name is still the old one.
    for (const model::EnumType& e : ctx.from.enums) {
        const model::EnumType* now = ctx.toIndex.enumType(ctx.toIdOf(e.id));
        if (!now || now->values == e.values)
            continue;
        const QString name = ctx.sqlName(Side::From, e.id);
        QStringList added;
        qsizetype matched = 0;
        for (const QString& v : now->values) {
            if (matched < e.values.size() && e.values.at(matched) == v)
                ++matched;
            else if (!e.values.contains(v))
                added.append(v);
        }
        const bool appendOnly = matched == e.values.size();
        QStringList removed;
        for (const QString& v : e.values)
            if (!now->values.contains(v))
                removed.append(v);
        const QString summary = QStringLiteral("alter enum %1 (values)").arg(e.name);
        // The down drops the values the up added: rows written since the up may hold them,
        // and then the down's conversion fails. That is data-dependent, so say so.
        auto markIrreversible = [&](PlanStep& step) {
            QStringList reasons;
            if (!removed.isEmpty())
                reasons.append(
                    QStringLiteral("Enum values %1 are removed; rows holding them make the "
                                   "conversion fail, and the down cannot bring them back.")
                        .arg(removed.join(QStringLiteral(", "))));
            if (!added.isEmpty())
                reasons.append(QStringLiteral("The down removes enum values %1: it fails if "
                                              "rows written since the up hold them (update "
                                              "those rows first).")
                                   .arg(added.join(QStringLiteral(", "))));
            if (reasons.isEmpty())
                return;
            step.irreversible = true;
            step.irreversibleReason = reasons.join(u' ');
        };
        if (!appendOnly) {
            markIrreversible(ctx.addStep(summary, changeOf(now->id), e.id,
                                         rebuildEnumSql(ctx, e, now->values),
                                         rebuildEnumSql(ctx, e, e.values)));
            continue;
        }
        QStringList up;
        for (qsizetype i = 0; i < now->values.size(); ++i) {
            const QString& v = now->values.at(i);
            if (!added.contains(v))
                continue;
            QString position;
            if (i > 0) {
                position = QStringLiteral(" AFTER ") + lit(now->values.at(i - 1));
            } else {
                for (const QString& next : now->values)
                    if (e.values.contains(next)) {
                        position = QStringLiteral(" BEFORE ") + lit(next);
                        break;
                    }
            }
            up.append(QStringLiteral("ALTER TYPE %1 ADD VALUE %2%3%4")
                          .arg(name, guard(ctx, "IF NOT EXISTS"_L1), lit(v), position));
        }
        // A value added in a transaction cannot be used before it commits.
        bool used = false;
        for (const Table& t : ctx.to.tables) {
            for (const Column& c : t.columns)
                used = used || (c.type.enumId == now->id &&
                                c.defaultValue.kind == model::ColumnDefault::Kind::Literal &&
                                added.contains(c.defaultValue.value));
            for (const auto& check : t.checks)
                used = used || mentionsAny(ctx, check.expression, added);
            for (const auto& index : t.indexes)
                used = used || mentionsAny(ctx, index.where, added);
        }
        for (const model::View& v : ctx.to.views)
            used = used || mentionsAny(ctx, v.sql, added);
        PlanStep& step =
            ctx.addStep(summary, changeOf(now->id), e.id, up, rebuildEnumSql(ctx, e, e.values));
        step.outsideTransaction = used;
        markIrreversible(step);
    }
    for (const model::Schema& s : ctx.from.schemas) {
        const model::Schema* now = ctx.toIndex.schema(ctx.toIdOf(s.id));
        if (!now)
            continue;
        if (now->name != s.name)
            ctx.addStep(
                QStringLiteral("rename schema %1 to %2").arg(s.name, now->name), changeOf(now->id),
                now->id,
                {QStringLiteral("ALTER SCHEMA %1 RENAME TO %2").arg(q(s.name), q(now->name))},
                {QStringLiteral("ALTER SCHEMA %1 RENAME TO %2").arg(q(now->name), q(s.name))});
        if (now->comment != s.comment) {
            auto comment = [this](const QString& text) {
                return text.isEmpty() ? QStringLiteral("NULL") : lit(text);
            };
            ctx.addStep(QStringLiteral("alter schema %1 (comment)").arg(now->name),
                        changeOf(now->id), now->id,
                        {QStringLiteral("COMMENT ON SCHEMA %1 IS %2")
                             .arg(q(now->name), comment(now->comment))},
                        {QStringLiteral("COMMENT ON SCHEMA %1 IS %2")
                             .arg(q(now->name), comment(s.comment))});
        }
    }
    // A type whose name another takes goes first (after the schema renames, which its
    // down needs undone last), then the renames: enums and domains in one order (types
    // share a namespace).
    const TypeDrops drops = typeDrops(ctx);
    const PostgresDomainSteps earlyDomains(pg(), ctx);
    for (const model::DomainType& d : ctx.from.domains) {
        if (drops.early.contains(d.id))
            earlyDomains.planDrop(d);
    }
    for (const model::EnumType& e : ctx.from.enums) {
        if (drops.early.contains(e.id))
            planEnumDrop(ctx, e);
        else if (drops.parked.contains(e.id))
            planEnumPark(ctx, e, drops.parked.value(e.id));
    }
    planTypeRenames(ctx);
    for (const model::EnumType& e : ctx.from.enums) {
        const model::EnumType* now = ctx.toIndex.enumType(ctx.toIdOf(e.id));
        if (!now)
            continue;
        if (now->comment != e.comment) {
            const QString name = ctx.sqlName(Side::To, now->id);
            auto comment = [this](const QString& text) {
                return text.isEmpty() ? QStringLiteral("NULL") : lit(text);
            };
            ctx.addStep(
                QStringLiteral("alter enum %1 (comment)").arg(now->name), changeOf(now->id),
                now->id,
                {QStringLiteral("COMMENT ON TYPE %1 IS %2").arg(name, comment(now->comment))},
                {QStringLiteral("COMMENT ON TYPE %1 IS %2").arg(name, comment(e.comment))});
        }
    }
    for (const model::EnumType& e : ctx.to.enums) {
        if (ctx.fromIndex.enumType(ctx.fromIdOf(e.id)))
            continue;
        ctx.addStep(QStringLiteral("create enum %1").arg(e.name), changeOf(e.id), e.id,
                    ctx.statements(Side::To, e.id),
                    {QStringLiteral("DROP TYPE %1%2")
                         .arg(guard(ctx, "IF EXISTS"_L1), ctx.sqlName(Side::To, e.id))});
    }
    // Domains last: over the enums above, before the tables that use them.
    PostgresDomainSteps(pg(), ctx).planCreatesAndAlters();
}

// ---- renames ----------------------------------------------------------------------------

QStringList PostgresPlanner::renameTableSql(const PlanContext& ctx, const Table& fromTable,
                                            const Table& toTable) const
{
    // Also called for the down with the sides swapped.
    const Side a = ctx.fromIndex.table(fromTable.id) == &fromTable ? Side::From : Side::To;
    const Side b = a == Side::From ? Side::To : Side::From;
    const QString schemaA = schemaNameAfterRenames(ctx, a, fromTable.schemaId);
    const QString schemaB = schemaNameAfterRenames(ctx, b, toTable.schemaId);
    QStringList out;
    if (schemaA != schemaB)
        out.append(QStringLiteral("ALTER TABLE %1%2 SET SCHEMA %3")
                       .arg(guard(ctx, "IF EXISTS"_L1), pg().qualifiedName(schemaA, fromTable.name),
                            q(schemaB.isEmpty() ? QStringLiteral("public") : schemaB)));
    if (fromTable.name != toTable.name)
        out.append(QStringLiteral("ALTER TABLE %1%2 RENAME TO %3")
                       .arg(guard(ctx, "IF EXISTS"_L1), pg().qualifiedName(schemaB, fromTable.name),
                            q(toTable.name)));
    return out;
}

QStringList PostgresPlanner::renameTableNameSql(const PlanContext& ctx, const Table& toTable,
                                                const QString& fromName,
                                                const QString& toName) const
{
    return {QStringLiteral("ALTER TABLE %1%2 RENAME TO %3")
                .arg(guard(ctx, "IF EXISTS"_L1),
                     pg().qualifiedName(schemaNameAfterRenames(ctx, Side::To, toTable.schemaId),
                                        fromName),
                     q(toName))};
}

QString PostgresPlanner::memberNamespace(const PlanContext& ctx, ObjectKind kind,
                                         const Table& toTable) const
{
    // An index (and the one behind a primary key or unique constraint) is a relation: its
    // name is unique in the schema. Checks and foreign keys are named per table.
    if (kind == ObjectKind::Index || kind == ObjectKind::PrimaryKey || kind == ObjectKind::Unique)
        return QStringLiteral("relation:") +
               schemaNameAfterRenames(ctx, Side::To, toTable.schemaId);
    return PlannerBase::memberNamespace(ctx, kind, toTable);
}

QStringList PostgresPlanner::renameViewSql(const PlanContext& ctx, const model::View& fromView,
                                           const model::View& toView) const
{
    const Side a = ctx.from.view(fromView.id) == &fromView ? Side::From : Side::To;
    const Side b = a == Side::From ? Side::To : Side::From;
    const QString schemaA = schemaNameAfterRenames(ctx, a, fromView.schemaId);
    const QString schemaB = schemaNameAfterRenames(ctx, b, toView.schemaId);
    QStringList out;
    if (schemaA != schemaB)
        out.append(QStringLiteral("ALTER VIEW %1%2 SET SCHEMA %3")
                       .arg(guard(ctx, "IF EXISTS"_L1), pg().qualifiedName(schemaA, fromView.name),
                            q(schemaB.isEmpty() ? QStringLiteral("public") : schemaB)));
    if (fromView.name != toView.name)
        out.append(QStringLiteral("ALTER VIEW %1%2 RENAME TO %3")
                       .arg(guard(ctx, "IF EXISTS"_L1), pg().qualifiedName(schemaB, fromView.name),
                            q(toView.name)));
    return out;
}

QStringList PostgresPlanner::renameViewNameSql(const PlanContext& ctx, const model::View& toView,
                                               const QString& fromName, const QString& toName) const
{
    return {QStringLiteral("ALTER VIEW %1%2 RENAME TO %3")
                .arg(guard(ctx, "IF EXISTS"_L1),
                     pg().qualifiedName(schemaNameAfterRenames(ctx, Side::To, toView.schemaId),
                                        fromName),
                     q(toName))};
}

QStringList PostgresPlanner::renameMemberSql(const PlanContext& ctx, ObjectKind kind,
                                             const Table& toTable, const QString& fromName,
                                             const QString& toName) const
{
    if (kind == ObjectKind::Index)
        return {QStringLiteral("ALTER INDEX %1%2 RENAME TO %3")
                    .arg(guard(ctx, "IF EXISTS"_L1),
                         pg().qualifiedName(schemaNameAfterRenames(ctx, Side::To, toTable.schemaId),
                                            fromName),
                         q(toName))};
    // RENAME CONSTRAINT also renames the index behind a key.
    return {QStringLiteral("ALTER TABLE %1 RENAME CONSTRAINT %2 TO %3")
                .arg(ctx.sqlName(Side::To, toTable.id), q(fromName), q(toName))};
}

// ---- columns ----------------------------------------------------------------------------

QStringList PostgresPlanner::addColumnSql(PlanContext& ctx, Side side, const Table& table,
                                          const Column& column, const QString& tableSqlName) const
{
    const QString definition = ctx.columnDefinition(side, column.id);
    const auto* parts = ctx.columnParts(side, column.id);
    const QString add = QStringLiteral("ALTER TABLE %1 ADD COLUMN %2")
                            .arg(tableSqlName, guard(ctx, "IF NOT EXISTS"_L1));
    const bool needsBackfill = parts && !column.nullable && parts->defaultSql.isEmpty() &&
                               parts->identity.isEmpty() && parts->generated.isEmpty() &&
                               definition.endsWith(u" NOT NULL");
    if (!needsBackfill)
        return {add + definition};
    // Existing rows need a value before NOT NULL holds: add the column nullable, fill it,
    // then make it NOT NULL.
    const QString col = q(column.name);
    const QString value = backfillValueSql(ctx, side, column);
    QStringList out{
        add + definition.chopped(9),
        QStringLiteral("-- Backfill: existing rows get %1 (the type's zero value); "
                       "replace it with the value they should hold, and batch the "
                       "UPDATE on a large table.\nUPDATE %2 SET %3 = %1 WHERE %3 IS NULL")
            .arg(value, tableSqlName, col)};
    const QString alter = QStringLiteral("ALTER TABLE %1 ").arg(tableSqlName);
    if (side == Side::To && ctx.options.safePatterns) {
        const QString check = q(notNullCheckName(ctx, table, column));
        out.append(
            alter +
            QStringLiteral("ADD CONSTRAINT %1 CHECK (%2 IS NOT NULL) NOT VALID").arg(check, col));
        ctx.followUps.append(
            {QStringLiteral("set not null %1 (validated check)")
                 .arg(pathOf(ctx, side, table, column.name)),
             column.id,
             {alter + QStringLiteral("VALIDATE CONSTRAINT ") + check,
              alter + QStringLiteral("ALTER COLUMN %1 SET NOT NULL").arg(col),
              alter + QStringLiteral("DROP CONSTRAINT ") + check},
             {alter + QStringLiteral("ALTER COLUMN %1 DROP NOT NULL").arg(col),
              alter + QStringLiteral("ADD CONSTRAINT %1 CHECK (%2 IS NOT NULL) NOT VALID")
                          .arg(check, col)}});
    } else {
        out.append(alter + QStringLiteral("ALTER COLUMN %1 SET NOT NULL").arg(col));
    }
    return out;
}

QString PostgresPlanner::dropColumnSql(const PlanContext& ctx, const QString& tableSqlName,
                                       const QString& columnName) const
{
    return QStringLiteral("ALTER TABLE %1 DROP COLUMN %2%3")
        .arg(tableSqlName, guard(ctx, "IF EXISTS"_L1), q(columnName));
}

QStringList PostgresPlanner::alterColumnSql(PlanContext& ctx, Side beforeSide,
                                            const Table& beforeTable, const Column& before,
                                            Side afterSide, const Table& afterTable,
                                            const Column& after, const QString& tableSqlName) const
{
    const auto* pb = ctx.columnParts(beforeSide, before.id);
    const auto* pa = ctx.columnParts(afterSide, after.id);
    if (!pb || !pa)
        return {};
    const bool up = isUp(beforeSide);
    // Column steps run after the renames: the column has its new name both ways.
    const Column& current = up ? after : before;
    const Table& currentTable = up ? afterTable : beforeTable;
    const QString col = q(current.name);
    const QString table = QStringLiteral("ALTER TABLE %1 ").arg(tableSqlName);
    const QString alter = table + QStringLiteral("ALTER COLUMN %1 ").arg(col);
    QStringList out;

    model::LogicalType beforeType = before.type;
    if (beforeType.kind == model::LogicalType::Kind::Enum)
        beforeType.enumId = up ? ctx.toIdOf(beforeType.enumId) : ctx.fromIdOf(beforeType.enumId);
    if (!beforeType.domainId.isNull())
        beforeType.domainId =
            up ? ctx.toIdOf(beforeType.domainId) : ctx.fromIdOf(beforeType.domainId);
    // The same domain on both sides: a change of its base type is the domain's rebuild
    // (PostgresDomainSteps), which takes the column along.
    const bool sameDomain =
        !after.type.domainId.isNull() && beforeType.domainId == after.type.domainId;
    const bool typeChanged =
        (!sameDomain && !(beforeType == after.type)) || pb->collation != pa->collation;
    // A domain under the name it has when the column steps run (the down's old side may
    // name a domain the up renamed).
    QString typeSql = pa->type;
    if (!after.type.domainId.isNull()) {
        const QString now =
            PostgresDomainSteps(pg(), ctx).nameForColumnSteps(afterSide, after.type.domainId);
        if (!now.isEmpty())
            typeSql = now;
    } else if (after.type.kind == model::LogicalType::Kind::Enum && afterSide == Side::From) {
        // Likewise an enum: the down's column steps run while the up's type renames hold,
        // so a renamed enum goes by its new name there.
        // A dropped enum parked under a temporary name goes by that one.
        const core::Id toEnum = ctx.toIdOf(after.type.enumId);
        const model::EnumType* old = ctx.fromIndex.enumType(after.type.enumId);
        if (typeSql == ctx.sqlName(Side::From, after.type.enumId)) {
            if (ctx.toIndex.enumType(toEnum))
                typeSql = ctx.sqlName(Side::To, toEnum);
            else if (const QString parked = typeDrops(ctx).parked.value(after.type.enumId);
                     old && !parked.isEmpty())
                typeSql = qualifiedAfterRenames(ctx, Side::From, old->schemaId, parked);
        }
    }

    if (pb->generated != pa->generated) {
        if (!pb->generated.isEmpty() && !pa->generated.isEmpty()) {
            out.append(
                alter +
                QStringLiteral("SET EXPRESSION AS (%1)").arg(after.generatedExpression.trimmed()));
        } else if (!pb->generated.isEmpty()) {
            out.append(alter + QStringLiteral("DROP EXPRESSION"));
        } else {
            // A stored column cannot become generated in place: drop and add it again.
            out.append(table + QStringLiteral("DROP COLUMN ") + col);
            out.append(table + QStringLiteral("ADD COLUMN ") +
                       ctx.columnDefinition(afterSide, after.id, current.name));
            if (after.comment != before.comment && !after.comment.isEmpty())
                out.append(QStringLiteral("COMMENT ON COLUMN %1.%2 IS %3")
                               .arg(tableSqlName, col, lit(after.comment)));
            return out;
        }
    }
    const model::Identity bi = effectiveIdentity(before);
    const model::Identity ai = effectiveIdentity(after);
    if (bi != model::Identity::None && ai == model::Identity::None)
        out.append(alter +
                   QStringLiteral("DROP IDENTITY %1").arg(guard(ctx, "IF EXISTS"_L1)).trimmed());
    // A default that may not cast to the new type goes first and comes back after it.
    if (!pb->defaultSql.isEmpty() && (pa->defaultSql.isEmpty() || typeChanged))
        out.append(alter + QStringLiteral("DROP DEFAULT"));
    if (typeChanged) {
        QString sql = alter + QStringLiteral("TYPE ") + typeSql;
        if (!pa->collation.isEmpty())
            sql += QStringLiteral(" COLLATE ") + pa->collation;
        // USING only across type families: within one (varchar(n) → varchar(m)) the
        // implicit cast is the same and PostgreSQL can skip the rewrite.
        const bool crossFamily = before.type.kind != after.type.kind ||
                                 before.type.kind == model::LogicalType::Kind::Enum;
        if (pa->generated.isEmpty() && crossFamily)
            sql += QStringLiteral(" USING %1%2::%3")
                       .arg(col,
                            before.type.kind == model::LogicalType::Kind::Enum
                                ? QStringLiteral("::text")
                                : QString(),
                            typeSql);
        out.append(sql);
    }
    if (!pa->defaultSql.isEmpty() && (pa->defaultSql != pb->defaultSql || typeChanged))
        out.append(alter + QStringLiteral("SET DEFAULT ") + pa->defaultSql);
    if (before.nullable && !after.nullable) {
        // Identity needs NOT NULL at once; otherwise the safe pattern.
        if (up && ctx.options.safePatterns && ai == model::Identity::None) {
            const QString check = q(notNullCheckName(ctx, currentTable, current));
            out.append(table + QStringLiteral("ADD CONSTRAINT %1 CHECK (%2 IS NOT NULL) NOT VALID")
                                   .arg(check, col));
            ctx.followUps.append(
                {QStringLiteral("set not null %1 (validated check)")
                     .arg(pathOf(ctx, afterSide, afterTable, after.name)),
                 after.id,
                 {table + QStringLiteral("VALIDATE CONSTRAINT ") + check,
                  alter + QStringLiteral("SET NOT NULL"),
                  table + QStringLiteral("DROP CONSTRAINT ") + check},
                 {alter + QStringLiteral("DROP NOT NULL"),
                  table + QStringLiteral("ADD CONSTRAINT %1 CHECK (%2 IS NOT NULL) NOT VALID")
                              .arg(check, col)}});
        } else {
            out.append(alter + QStringLiteral("SET NOT NULL"));
        }
    } else if (!before.nullable && after.nullable) {
        if (!up && ctx.options.safePatterns && bi == model::Identity::None)
            // The down of the step above: its follow-up's down already dropped NOT NULL.
            out.append(table + QStringLiteral("DROP CONSTRAINT %1%2")
                                   .arg(guard(ctx, "IF EXISTS"_L1),
                                        q(notNullCheckName(ctx, currentTable, current))));
        else
            out.append(alter + QStringLiteral("DROP NOT NULL"));
    }
    if (bi == model::Identity::None && ai != model::Identity::None) {
        out.append(alter + QStringLiteral("ADD GENERATED %1 AS IDENTITY").arg(identitySql(ai)));
        // Existing rows keep their values: start the sequence after the largest.
        out.append(QStringLiteral("SELECT setval(pg_get_serial_sequence(%1, %2), "
                                  "COALESCE(MAX(%3), 0) + 1, false) FROM %4")
                       .arg(lit(tableSqlName), lit(current.name), col, tableSqlName));
    } else if (bi != model::Identity::None && ai != model::Identity::None && bi != ai) {
        out.append(alter + QStringLiteral("SET GENERATED ") + identitySql(ai));
    }
    // The identity's sequence is named after table and column (<table>_<column>_seq) and
    // keeps its old name through renames; a fresh build names it after the new ones.
    if (bi != model::Identity::None && ai != model::Identity::None &&
        (beforeTable.name != afterTable.name || before.name != after.name)) {
        const QString schema = schemaNameAfterRenames(ctx, Side::To, currentTable.schemaId);
        const QString beforeName = beforeTable.name + u'_' + before.name + QStringLiteral("_seq");
        const QString afterName = afterTable.name + u'_' + after.name + QStringLiteral("_seq");
        out += sequenceRenameSql(ctx, up, current.id, schema, up ? beforeName : afterName,
                                 up ? afterName : beforeName);
    }
    if (before.comment != after.comment)
        out.append(QStringLiteral("COMMENT ON COLUMN %1.%2 IS %3")
                       .arg(tableSqlName, col,
                            after.comment.isEmpty() ? QStringLiteral("NULL") : lit(after.comment)));
    return out;
}

QStringList PostgresPlanner::tableCommentSql(const PlanContext&, Side, const Table& table,
                                             const QString& tableSqlName) const
{
    return {QStringLiteral("COMMENT ON TABLE %1 IS %2")
                .arg(tableSqlName,
                     table.comment.isEmpty() ? QStringLiteral("NULL") : lit(table.comment))};
}

// ---- constraints and indexes ------------------------------------------------------------

QStringList PostgresPlanner::addConstraintSql(PlanContext& ctx, Side side, ObjectKind kind,
                                              const Table& table, const core::Id& objectId,
                                              const QString& tableSqlName, bool existingTable) const
{
    const QString clause = ctx.fragments(side).constraintClauses.value(objectId);
    if (clause.isEmpty())
        return {};
    const QString alter = QStringLiteral("ALTER TABLE %1 ").arg(tableSqlName);
    if (side == Side::To && existingTable && ctx.options.safePatterns &&
        (kind == ObjectKind::ForeignKey || kind == ObjectKind::Check)) {
        // Checked later by VALIDATE, which lets reads and writes go on.
        const QString name = ctx.objectName(side, objectId);
        ctx.followUps.append({QStringLiteral("validate %1 %2")
                                  .arg(objectKindName(kind), pathOf(ctx, side, table, name)),
                              objectId,
                              {alter + QStringLiteral("VALIDATE CONSTRAINT ") + q(name)},
                              {}});
        return {alter + QStringLiteral("ADD ") + clause + QStringLiteral(" NOT VALID")};
    }
    if (side == Side::From && existingTable && ctx.options.safePatterns &&
        (kind == ObjectKind::ForeignKey || kind == ObjectKind::Check)) {
        // The down re-adds it the same way: NOT VALID guards new rows at once under a
        // brief lock, and the VALIDATE after the down's COMMIT scans without blocking
        // writes. Rows written since the up may violate it; then only that VALIDATE
        // fails, and the rest of the rollback stays applied.
        const QString name = ctx.objectName(side, objectId);
        ctx.plan.downEpilogue.append(
            QStringLiteral("-- validate %1 %2 (re-added NOT VALID above; fails if rows written "
                           "since the up violate it)\n")
                .arg(objectKindName(kind), pathOf(ctx, side, table, name)) +
            alter + QStringLiteral("VALIDATE CONSTRAINT ") + q(name));
        return {alter + QStringLiteral("ADD ") + clause + QStringLiteral(" NOT VALID")};
    }
    return {alter + QStringLiteral("ADD ") + clause};
}

QStringList PostgresPlanner::dropConstraintSql(const PlanContext& ctx, Side, ObjectKind,
                                               const Table&, const core::Id&,
                                               const QString& tableSqlName,
                                               const QString& name) const
{
    return {QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2%3")
                .arg(tableSqlName, guard(ctx, "IF EXISTS"_L1), q(name))};
}

bool PostgresPlanner::indexStepOutsideTransaction(const PlanContext& ctx, const Table& table,
                                                  const model::Index& index, bool adding) const
{
    if (!ctx.options.safePatterns)
        return false;
    if (!index.unique)
        return true;
    // A foreign key may rest on a unique index; that one must change with the key,
    // inside the transaction.
    QList<core::Id> columns;
    for (const auto& key : index.keys)
        columns.append(key.columnId);
    std::sort(columns.begin(), columns.end());
    const model::Model& m = ctx.model(adding ? Side::To : Side::From);
    for (const Table& t : m.tables) {
        for (const auto& fk : t.foreignKeys) {
            if (fk.referencedTableId != table.id)
                continue;
            QList<core::Id> refs = fk.referencedColumnIds;
            std::sort(refs.begin(), refs.end());
            if (refs == columns)
                return false;
        }
    }
    return true;
}

QStringList PostgresPlanner::createIndexSql(const PlanContext& ctx, Side side, const Table& table,
                                            const model::Index& index) const
{
    QStringList statements = ctx.statements(side, index.id);
    if (statements.isEmpty())
        return statements;
    QString extra;
    if (indexStepOutsideTransaction(ctx, table, index, side == Side::To))
        extra += QStringLiteral("CONCURRENTLY ");
    extra += guard(ctx, "IF NOT EXISTS"_L1);
    QString& sql = statements.first();
    for (const QLatin1StringView head : {"CREATE UNIQUE INDEX "_L1, "CREATE INDEX "_L1}) {
        if (sql.startsWith(head)) {
            sql.insert(head.size(), extra);
            break;
        }
    }
    return statements;
}

QString PostgresPlanner::dropIndexSql(const PlanContext& ctx, Side side, const Table& table,
                                      const QString& indexName) const
{
    const model::Schema* schema = ctx.index(side).schema(table.schemaId);
    const model::Index* index = nullptr;
    for (const model::Index& i : table.indexes)
        if (ctx.objectName(side, i.id) == indexName)
            index = &i;
    const bool concurrently =
        index && indexStepOutsideTransaction(ctx, table, *index, side == Side::To);
    return QStringLiteral("DROP INDEX %1%2%3")
        .arg(concurrently ? QStringLiteral("CONCURRENTLY ") : QString(), guard(ctx, "IF EXISTS"_L1),
             pg().qualifiedName(schema ? schema->name : QString(), indexName));
}

bool PostgresPlanner::rebuildsDomain(const PlanContext& ctx, const model::DomainType& from,
                                     const model::DomainType& to) const
{
    return PostgresDomainSteps::needsRebuild(ctx, from, to);
}

} // namespace schemata::migrate
