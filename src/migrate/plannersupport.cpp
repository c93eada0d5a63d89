#include "migrate/plannersupport.h"

#include <algorithm>

namespace schemata::migrate {

using model::Column;
using model::LogicalType;
using model::Table;
using Kind = model::LogicalType::Kind;

bool isMemberKind(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Column:
    case ObjectKind::PrimaryKey:
    case ObjectKind::Unique:
    case ObjectKind::Check:
    case ObjectKind::ForeignKey:
    case ObjectKind::Index:
        return true;
    default:
        return false;
    }
}

QList<MemberRef> constraintMembers(const Table& table)
{
    QList<MemberRef> out;
    if (table.primaryKey && !table.primaryKey->columnIds.isEmpty())
        out.append({ObjectKind::PrimaryKey, table.primaryKey->id});
    for (const auto& k : table.uniques)
        out.append({ObjectKind::Unique, k.id});
    for (const auto& c : table.checks)
        out.append({ObjectKind::Check, c.id});
    for (const auto& fk : table.foreignKeys)
        out.append({ObjectKind::ForeignKey, fk.id});
    for (const auto& i : table.indexes)
        out.append({ObjectKind::Index, i.id});
    return out;
}

bool memberExists(const Table& table, const core::Id& memberId)
{
    if (memberId.isNull())
        return false;
    if (table.primaryKey && !table.primaryKey->columnIds.isEmpty() &&
        table.primaryKey->id == memberId)
        return true;
    for (const auto& k : table.uniques)
        if (k.id == memberId)
            return true;
    for (const auto& c : table.checks)
        if (c.id == memberId)
            return true;
    for (const auto& fk : table.foreignKeys)
        if (fk.id == memberId)
            return true;
    for (const auto& i : table.indexes)
        if (i.id == memberId)
            return true;
    return false;
}

QString viewPath(const PlanContext& ctx, Side side, const model::View& view)
{
    const model::Schema* schema = ctx.index(side).schema(view.schemaId);
    return schema ? schema->name + u'.' + view.name : view.name;
}

bool tableShapeChanges(const PlanContext& ctx, const Table& from, const Table& to)
{
    for (const Column& c : from.columns) {
        const Column* now = to.column(ctx.toIdOf(c.id));
        if (!now || now->name != c.name || !(now->type == c.type) ||
            now->collation != c.collation || now->generatedExpression != c.generatedExpression)
            return true;
    }
    return false;
}

namespace {

int integerRank(Kind k)
{
    switch (k) {
    case Kind::SmallInt:
        return 1;
    case Kind::Integer:
        return 2;
    case Kind::BigInt:
        return 3;
    default:
        return 0;
    }
}

bool keepsEveryValue(const LogicalType& from, const LogicalType& to)
{
    if (from == to)
        return true;
    if (from.kind == to.kind && from.overrides != to.overrides && from.length == to.length &&
        from.precision == to.precision && from.scale == to.scale)
        return true; // only a dialect override changed: unknown, assume compatible
    if (to.kind == Kind::Text)
        return true;
    if (from.isInteger() && to.isInteger())
        return integerRank(to.kind) >= integerRank(from.kind);
    if (from.isInteger() && to.kind == Kind::Decimal)
        return to.precision < 0 || to.precision - qMax(to.scale, 0) >= 19;
    if (from.isInteger() && to.kind == Kind::Double)
        return from.kind != Kind::BigInt;
    if (from.kind == Kind::Real && to.kind == Kind::Double)
        return true;
    if (from.kind == Kind::Decimal && to.kind == Kind::Decimal) {
        if (to.precision < 0)
            return true;
        if (from.precision < 0)
            return false;
        return to.precision - qMax(to.scale, 0) >= from.precision - qMax(from.scale, 0) &&
               qMax(to.scale, 0) >= qMax(from.scale, 0);
    }
    if (from.isText() && to.kind == Kind::Varchar)
        return to.length < 0 ||
               (from.kind != Kind::Text && from.length >= 0 && to.length >= from.length);
    if (from.kind == Kind::Char && to.kind == Kind::Char)
        return to.length >= from.length;
    if ((from.kind == Kind::Timestamp || from.kind == Kind::TimestampTz ||
         from.kind == Kind::Time) &&
        (to.kind == from.kind || (from.kind == Kind::Timestamp && to.kind == Kind::TimestampTz)))
        return to.precision < 0 || (from.precision >= 0 && to.precision >= from.precision);
    if (from.kind == Kind::Date && (to.kind == Kind::Timestamp || to.kind == Kind::TimestampTz))
        return true;
    if (from.kind == Kind::Json && to.kind == Kind::Jsonb)
        return true;
    if (from.kind == Kind::Bytes && to.kind == Kind::Bytes)
        return to.length < 0 || (from.length >= 0 && to.length >= from.length);
    return false;
}

} // namespace

QString typeChangeLoss(const LogicalType& from, const LogicalType& to, const model::ModelIndex&,
                       const model::ModelIndex&)
{
    if (keepsEveryValue(from, to))
        return {};
    return QStringLiteral("Changing the type from %1 to %2 can cut or reject values; the down "
                          "cannot restore what was lost.")
        .arg(from.toString(), to.toString());
}

QStringList enumValuesOnlyIn(const model::EnumType* after, const model::EnumType* before)
{
    QStringList out;
    if (!after || !before)
        return out;
    for (const QString& v : after->values)
        if (!before->values.contains(v))
            out.append(v);
    return out;
}

namespace {

QList<core::Id> mapped(const PlanContext& ctx, const QList<core::Id>& fromIds)
{
    QList<core::Id> out;
    out.reserve(fromIds.size());
    for (const core::Id& id : fromIds)
        out.append(ctx.toIdOf(id));
    return out;
}

bool sameKeys(const PlanContext& ctx, const QList<model::IndexKey>& from,
              const QList<model::IndexKey>& to)
{
    if (from.size() != to.size())
        return false;
    for (qsizetype i = 0; i < from.size(); ++i) {
        const auto& a = from.at(i);
        const auto& b = to.at(i);
        if ((a.columnId.isNull() ? core::Id() : ctx.toIdOf(a.columnId)) != b.columnId ||
            a.expression.trimmed() != b.expression.trimmed() || a.sort != b.sort ||
            a.nulls != b.nulls)
            return false;
    }
    return true;
}

bool typeChanges(const PlanContext& ctx, const Table& from, const QList<core::Id>& columnIds)
{
    for (const core::Id& id : columnIds) {
        const Column* a = from.column(id);
        const Table* toTable = ctx.toTable(ctx.toIdOf(from.id));
        const Column* b = toTable ? toTable->column(ctx.toIdOf(id)) : nullptr;
        if (a && b && !(a->type == b->type))
            return true;
    }
    return false;
}

} // namespace

void markRecreatedInTable(const PlanContext& ctx, const Table& from, const Table& to,
                          QSet<core::Id>& recreatedFrom, QSet<core::Id>& recreatedTo,
                          const CanRename& canRename)
{
    auto mark = [&](const core::Id& fromId, const core::Id& toId) {
        recreatedFrom.insert(fromId);
        recreatedTo.insert(toId);
    };
    auto checkName = [&](ObjectKind kind, const core::Id& fromId, const core::Id& toId) {
        const QString a = ctx.objectName(Side::From, fromId);
        const QString b = ctx.objectName(Side::To, toId);
        if (a != b && !a.isEmpty() && !b.isEmpty() && !canRename(kind, to, a, b))
            mark(fromId, toId);
    };
    if (from.primaryKey && to.primaryKey && !from.primaryKey->columnIds.isEmpty() &&
        ctx.toIdOf(from.primaryKey->id) == to.primaryKey->id) {
        if (mapped(ctx, from.primaryKey->columnIds) != to.primaryKey->columnIds)
            mark(from.primaryKey->id, to.primaryKey->id);
        else
            checkName(ObjectKind::PrimaryKey, from.primaryKey->id, to.primaryKey->id);
    }
    for (const auto& k : from.uniques) {
        for (const auto& n : to.uniques) {
            if (ctx.toIdOf(k.id) != n.id)
                continue;
            if (mapped(ctx, k.columnIds) != n.columnIds)
                mark(k.id, n.id);
            else
                checkName(ObjectKind::Unique, k.id, n.id);
        }
    }
    for (const auto& c : from.checks) {
        for (const auto& n : to.checks) {
            if (ctx.toIdOf(c.id) != n.id)
                continue;
            if (c.expression.trimmed() != n.expression.trimmed())
                mark(c.id, n.id);
            else
                checkName(ObjectKind::Check, c.id, n.id);
        }
    }
    for (const auto& fk : from.foreignKeys) {
        for (const auto& n : to.foreignKeys) {
            if (ctx.toIdOf(fk.id) != n.id)
                continue;
            const Table* target = ctx.fromTable(fk.referencedTableId);
            const bool changed = mapped(ctx, fk.columnIds) != n.columnIds ||
                                 ctx.toIdOf(fk.referencedTableId) != n.referencedTableId ||
                                 mapped(ctx, fk.referencedColumnIds) != n.referencedColumnIds ||
                                 fk.onDelete != n.onDelete || fk.onUpdate != n.onUpdate ||
                                 fk.deferrable != n.deferrable ||
                                 fk.initiallyDeferred != n.initiallyDeferred ||
                                 typeChanges(ctx, from, fk.columnIds) ||
                                 (target && typeChanges(ctx, *target, fk.referencedColumnIds)) ||
                                 !ctx.isKeptFromTable(fk.referencedTableId);
            if (changed)
                mark(fk.id, n.id);
            else
                checkName(ObjectKind::ForeignKey, fk.id, n.id);
        }
    }
    for (const auto& i : from.indexes) {
        for (const auto& n : to.indexes) {
            if (ctx.toIdOf(i.id) != n.id)
                continue;
            const bool changed = i.unique != n.unique || !sameKeys(ctx, i.keys, n.keys) ||
                                 i.where.trimmed() != n.where.trimmed() ||
                                 mapped(ctx, i.includeColumnIds) != n.includeColumnIds ||
                                 i.method.trimmed().toLower() != n.method.trimmed().toLower() ||
                                 ctx.statements(Side::From, i.id).isEmpty() !=
                                     ctx.statements(Side::To, n.id).isEmpty();
            if (changed)
                mark(i.id, n.id);
            else
                checkName(ObjectKind::Index, i.id, n.id);
        }
    }
}

void markDependentForeignKeys(const PlanContext& ctx, QSet<core::Id>& recreatedFrom,
                              QSet<core::Id>& recreatedTo)
{
    // A foreign key needs the key it references: when that key (or unique index) is
    // dropped or recreated, the foreign key goes first and comes back after.
    QHash<core::Id, QList<QList<core::Id>>> goneKeys; // from table → column lists
    for (const Table& t : ctx.from.tables) {
        if (!ctx.isKeptFromTable(t.id))
            continue;
        const Table* to = ctx.toTable(ctx.toIdOf(t.id));
        auto gone = [&](const core::Id& id) {
            return recreatedFrom.contains(id) || !memberExists(*to, ctx.toIdOf(id));
        };
        if (t.primaryKey && !t.primaryKey->columnIds.isEmpty() && gone(t.primaryKey->id))
            goneKeys[t.id].append(t.primaryKey->columnIds);
        for (const auto& k : t.uniques)
            if (gone(k.id))
                goneKeys[t.id].append(k.columnIds);
        for (const auto& i : t.indexes) {
            if (!i.unique || !gone(i.id))
                continue;
            QList<core::Id> cols;
            for (const auto& key : i.keys)
                cols.append(key.columnId);
            goneKeys[t.id].append(cols);
        }
    }
    if (goneKeys.isEmpty())
        return;
    for (const Table& t : ctx.from.tables) {
        if (!ctx.isKeptFromTable(t.id))
            continue;
        const Table* to = ctx.toTable(ctx.toIdOf(t.id));
        for (const auto& fk : t.foreignKeys) {
            const core::Id toId = ctx.toIdOf(fk.id);
            if (!memberExists(*to, toId) || recreatedFrom.contains(fk.id))
                continue;
            const auto lists = goneKeys.value(fk.referencedTableId);
            for (const auto& cols : lists) {
                QList<core::Id> a = cols;
                QList<core::Id> b = fk.referencedColumnIds;
                std::sort(a.begin(), a.end());
                std::sort(b.begin(), b.end());
                if (a == b) {
                    recreatedFrom.insert(fk.id);
                    recreatedTo.insert(toId);
                    break;
                }
            }
        }
    }
}

QString backfillValueSql(const PlanContext& ctx, Side side, const Column& column)
{
    if (const auto* parts = ctx.columnParts(side, column.id); parts && !parts->defaultSql.isEmpty())
        return parts->defaultSql;
    const auto& d = ctx.dialect;
    switch (column.type.kind) {
    case Kind::SmallInt:
    case Kind::Integer:
    case Kind::BigInt:
    case Kind::Decimal:
    case Kind::Real:
    case Kind::Double:
        return QStringLiteral("0");
    case Kind::Boolean:
        return QStringLiteral("FALSE");
    case Kind::Date:
        return d.quoteLiteral(u"1970-01-01");
    case Kind::Time:
        return d.quoteLiteral(u"00:00:00");
    case Kind::Timestamp:
    case Kind::TimestampTz:
        return d.quoteLiteral(u"1970-01-01 00:00:00");
    case Kind::Interval:
        return d.quoteLiteral(u"0");
    case Kind::Uuid:
        return d.quoteLiteral(u"00000000-0000-0000-0000-000000000000");
    case Kind::Json:
    case Kind::Jsonb:
        return d.quoteLiteral(u"{}");
    case Kind::Enum:
        if (const model::EnumType* e = ctx.index(side).enumType(column.type.enumId);
            e && !e->values.isEmpty())
            return d.quoteLiteral(e->values.first());
        return d.quoteLiteral(u"");
    case Kind::Bytes:
    case Kind::Varchar:
    case Kind::Char:
    case Kind::Text:
        break;
    }
    return d.quoteLiteral(u"");
}

QList<CarriedCheckRef> carriedChecksOnlyOn(const PlanContext& ctx, Side side,
                                           const Table& fromTable, const Table& toTable)
{
    const Side other = side == Side::From ? Side::To : Side::From;
    const Table& mine = side == Side::From ? fromTable : toTable;
    const Table& theirs = side == Side::From ? toTable : fromTable;
    const auto& checks = ctx.fragments(side).carriedChecks;
    const auto& otherChecks = ctx.fragments(other).carriedChecks;
    QList<CarriedCheckRef> out;
    for (const Column& c : mine.columns) {
        const auto it = checks.constFind(c.id);
        if (it == checks.cend())
            continue;
        const core::Id counterpart = side == Side::From ? ctx.toIdOf(c.id) : ctx.fromIdOf(c.id);
        const QList<dialect::DdlFragments::CarriedCheck> kept =
            theirs.column(counterpart) ? otherChecks.value(counterpart)
                                       : QList<dialect::DdlFragments::CarriedCheck>();
        for (const auto& check : *it) {
            const bool same = std::any_of(kept.cbegin(), kept.cend(), [&](const auto& k) {
                return k.name == check.name && k.clause == check.clause;
            });
            if (!same)
                out.append({&c, check.name, check.clause, check.domainCheckId});
        }
    }
    return out;
}

} // namespace schemata::migrate
