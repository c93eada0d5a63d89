#include "migrate/differcompare.h"

#include <QStringList>

namespace schemata::migrate::diffdetail {

namespace {

using Domain = IdMapping::Domain;

// Separates the parts of a structure key; it does not occur in names or SQL text.
constexpr QChar kSeparator = QChar(u'\x1f');

QList<core::Id> translatedList(const IdMapping* ids, Domain domain, const QList<core::Id>& list)
{
    if (!ids)
        return list;
    QList<core::Id> out;
    out.reserve(list.size());
    for (const core::Id& id : list)
        out.append(ids->translate(domain, id));
    return out;
}

bool sameIds(const QList<core::Id>& from, const QList<core::Id>& to, const IdMapping& ids,
             Domain domain)
{
    if (from.size() != to.size())
        return false;
    for (qsizetype i = 0; i < from.size(); ++i) {
        if (ids.translate(domain, from[i]) != to[i])
            return false;
    }
    return true;
}

void appendIds(QString& key, const QList<core::Id>& list)
{
    for (const core::Id& id : list) {
        key += id.toString();
        key += QLatin1Char(',');
    }
    key += kSeparator;
}

bool sameType(const model::LogicalType& from, const model::LogicalType& to, const IdMapping& ids)
{
    return from.kind == to.kind && from.length == to.length && from.precision == to.precision &&
           from.scale == to.scale && from.overrides == to.overrides &&
           ids.translate(Domain::Enum, from.enumId) == to.enumId &&
           ids.translate(Domain::DomainType, from.domainId) == to.domainId;
}

bool sameGenerated(const model::Column& from, const model::Column& to)
{
    if (from.generatedExpression != to.generatedExpression)
        return false;
    // Stored/virtual only means something for a generated column.
    return from.generatedExpression.isEmpty() || from.generatedStored == to.generatedStored;
}

// Column key parts of an index, in order (expression keys leave them out).
QList<core::Id> indexColumns(const model::Index& index, const IdMapping* ids)
{
    QList<core::Id> out;
    for (const model::IndexKey& key : index.keys) {
        if (key.expression.isEmpty())
            out.append(translated(ids, Domain::Column, key.columnId));
    }
    return out;
}

// Everything of the key parts but the column ids: expressions in order, and for two
// lists of the same length the sort, nulls and column/expression kind per position.
bool sameKeyShape(const model::Index& from, const model::Index& to)
{
    QStringList fromExpressions;
    QStringList toExpressions;
    for (const model::IndexKey& key : from.keys) {
        if (!key.expression.isEmpty())
            fromExpressions.append(key.expression);
    }
    for (const model::IndexKey& key : to.keys) {
        if (!key.expression.isEmpty())
            toExpressions.append(key.expression);
    }
    if (fromExpressions != toExpressions)
        return false;
    if (from.keys.size() != to.keys.size())
        return true; // a column added or removed: that is Columns alone
    for (qsizetype i = 0; i < from.keys.size(); ++i) {
        const model::IndexKey& a = from.keys[i];
        const model::IndexKey& b = to.keys[i];
        if (a.sort != b.sort || a.nulls != b.nulls ||
            a.expression.isEmpty() != b.expression.isEmpty())
            return false;
    }
    return true;
}

} // namespace

Attributes schemaAttributes(const model::Schema& from, const model::Schema& to)
{
    Attributes changed;
    if (from.comment != to.comment)
        changed |= Attribute::Comment;
    return changed;
}

Attributes enumAttributes(const model::EnumType& from, const model::EnumType& to,
                          const IdMapping& ids)
{
    Attributes changed;
    if (from.values != to.values)
        changed |= Attribute::Values;
    if (from.comment != to.comment)
        changed |= Attribute::Comment;
    if (ids.translate(Domain::Schema, from.schemaId) != to.schemaId)
        changed |= Attribute::Schema;
    return changed;
}

Attributes tableAttributes(const model::Table& from, const model::Table& to, const IdMapping& ids)
{
    Attributes changed;
    if (from.comment != to.comment)
        changed |= Attribute::Comment;
    if (ids.translate(Domain::Schema, from.schemaId) != to.schemaId)
        changed |= Attribute::Schema;
    return changed;
}

Attributes domainAttributes(const model::DomainType& from, const model::DomainType& to,
                            const IdMapping& ids)
{
    Attributes changed;
    if (!sameType(from.baseType, to.baseType, ids))
        changed |= Attribute::Type;
    if (from.notNull != to.notNull)
        changed |= Attribute::Nullable;
    if (from.defaultExpression != to.defaultExpression)
        changed |= Attribute::Default;
    if (from.collation != to.collation)
        changed |= Attribute::Collation;
    if (from.comment != to.comment)
        changed |= Attribute::Comment;
    if (ids.translate(Domain::Schema, from.schemaId) != to.schemaId)
        changed |= Attribute::Schema;
    return changed;
}

Attributes viewAttributes(const model::View& from, const model::View& to, const IdMapping& ids)
{
    Attributes changed;
    if (from.sql != to.sql)
        changed |= Attribute::Sql;
    if (from.comment != to.comment)
        changed |= Attribute::Comment;
    if (ids.translate(Domain::Schema, from.schemaId) != to.schemaId)
        changed |= Attribute::Schema;
    return changed;
}

Attributes columnAttributes(const model::Column& from, const model::Column& to,
                            const IdMapping& ids)
{
    Attributes changed;
    if (!sameType(from.type, to.type, ids))
        changed |= Attribute::Type;
    if (from.nullable != to.nullable)
        changed |= Attribute::Nullable;
    if (from.defaultValue != to.defaultValue)
        changed |= Attribute::Default;
    if (from.identity != to.identity)
        changed |= Attribute::Identity;
    if (!sameGenerated(from, to))
        changed |= Attribute::Generated;
    if (from.collation != to.collation)
        changed |= Attribute::Collation;
    if (from.comment != to.comment)
        changed |= Attribute::Comment;
    if (from.pii != to.pii || from.retention != to.retention)
        changed |= Attribute::Metadata;
    return changed;
}

Attributes keyAttributes(const model::KeyConstraint& from, const model::KeyConstraint& to,
                         const IdMapping& ids)
{
    Attributes changed;
    if (!sameIds(from.columnIds, to.columnIds, ids, Domain::Column))
        changed |= Attribute::Columns;
    return changed;
}

Attributes checkAttributes(const model::CheckConstraint& from, const model::CheckConstraint& to,
                           const IdMapping& /*ids*/)
{
    Attributes changed;
    if (from.expression != to.expression)
        changed |= Attribute::Expression;
    return changed;
}

Attributes foreignKeyAttributes(const model::ForeignKey& from, const model::ForeignKey& to,
                                const IdMapping& ids)
{
    Attributes changed;
    if (!sameIds(from.columnIds, to.columnIds, ids, Domain::Column))
        changed |= Attribute::Columns;
    if (ids.translate(Domain::Table, from.referencedTableId) != to.referencedTableId ||
        !sameIds(from.referencedColumnIds, to.referencedColumnIds, ids, Domain::Column))
        changed |= Attribute::Reference;
    if (from.onDelete != to.onDelete)
        changed |= Attribute::OnDelete;
    if (from.onUpdate != to.onUpdate)
        changed |= Attribute::OnUpdate;
    if (from.deferrable != to.deferrable || from.initiallyDeferred != to.initiallyDeferred)
        changed |= Attribute::Deferrable;
    return changed;
}

Attributes indexAttributes(const model::Index& from, const model::Index& to, const IdMapping& ids)
{
    Attributes changed;
    if (from.unique != to.unique)
        changed |= Attribute::Unique;
    if (indexColumns(from, &ids) != indexColumns(to, nullptr))
        changed |= Attribute::Columns;
    if (!sameKeyShape(from, to))
        changed |= Attribute::Keys;
    if (from.where != to.where)
        changed |= Attribute::Where;
    if (!sameIds(from.includeColumnIds, to.includeColumnIds, ids, Domain::Column))
        changed |= Attribute::Include;
    if (from.method != to.method)
        changed |= Attribute::Method;
    return changed;
}

QString typeKey(const model::LogicalType& type, const IdMapping* ids)
{
    QString key = type.toString();
    if (type.kind == model::LogicalType::Kind::Enum)
        key += QLatin1Char('@') + translated(ids, Domain::Enum, type.enumId).toString();
    if (!type.domainId.isNull())
        key += QLatin1Char('%') + translated(ids, Domain::DomainType, type.domainId).toString();
    for (auto it = type.overrides.cbegin(); it != type.overrides.cend(); ++it)
        key += kSeparator + it.key() + QLatin1Char('=') + it.value();
    return key;
}

QString keyStructure(const model::KeyConstraint& key, const IdMapping* ids)
{
    QString out;
    appendIds(out, translatedList(ids, Domain::Column, key.columnIds));
    return out;
}

QString checkStructure(const model::CheckConstraint& check, const IdMapping* /*ids*/)
{
    return check.expression;
}

QString foreignKeyStructure(const model::ForeignKey& fk, const IdMapping* ids)
{
    QString out;
    appendIds(out, translatedList(ids, Domain::Column, fk.columnIds));
    out += translated(ids, Domain::Table, fk.referencedTableId).toString() + kSeparator;
    appendIds(out, translatedList(ids, Domain::Column, fk.referencedColumnIds));
    return out;
}

QString indexStructure(const model::Index& index, const IdMapping* ids)
{
    QString out;
    for (const model::IndexKey& key : index.keys) {
        out += key.expression.isEmpty() ? translated(ids, Domain::Column, key.columnId).toString()
                                        : QLatin1Char('(') + key.expression + QLatin1Char(')');
        out += key.sort == model::IndexKey::Sort::Desc ? QLatin1String(" desc")
                                                       : QLatin1String(" asc");
        out += QString::number(int(key.nulls));
        out += kSeparator;
    }
    return out;
}

} // namespace schemata::migrate::diffdetail
