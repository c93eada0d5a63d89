#include "sqlimport/postgresparsetree.h"

#include "connect/postgrescatalogreader.h"
#include "connect/sqltext.h"

#include <QJsonArray>
#include <QSet>

namespace schemata::sqlimport::pgtree {

namespace sqltext = connect::sqltext;

QJsonObject inner(const QJsonObject& node, QString* type)
{
    if (node.isEmpty())
        return {};
    if (type)
        *type = node.constBegin().key();
    return node.constBegin().value().toObject();
}

QStringList strings(const QJsonArray& list)
{
    QStringList out;
    for (const QJsonValue& v : list)
        out << v.toObject().value(u"String").toObject().value(u"sval").toString();
    return out;
}

// Trims an expression slice: whitespace, then a trailing ',' or ';' left by the slicing.
QString cleanExpression(QString text)
{
    text = text.trimmed();
    while (text.endsWith(u',') || text.endsWith(u';'))
        text = text.chopped(1).trimmed();
    return text;
}

// The text inside the first top-level "( … )" at or after `from`.
QString parenthesised(const QString& text, qsizetype from, qsizetype* end)
{
    const qsizetype open = text.indexOf(u'(', from);
    if (open < 0)
        return {};
    const qsizetype close = sqltext::matchingParen(text, open);
    if (close < 0)
        return {};
    if (end)
        *end = close + 1;
    return text.mid(open + 1, close - open - 1).trimmed();
}

void collectColumnRefs(const QJsonValue& value, QStringList& out)
{
    if (value.isArray()) {
        for (const QJsonValue& v : value.toArray())
            collectColumnRefs(v, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key() == u"ColumnRef") {
                const QStringList fields =
                    strings(it.value().toObject().value(u"fields").toArray());
                if (!fields.isEmpty() && !out.contains(fields.constLast()))
                    out << fields.constLast();
            } else {
                collectColumnRefs(it.value(), out);
            }
        }
    }
}

// PostgreSQL's ChooseConstraintName/ChooseRelationName without the 63-byte truncation.
QString chooseName(const QString& table, const QStringList& columns, const QString& suffix,
                   const QSet<QString>& taken)
{
    QString base = table;
    if (!columns.isEmpty())
        base += u'_' + columns.join(u'_');
    QString name = base + u'_' + suffix;
    for (int n = 1; taken.contains(name); ++n)
        name = base + u'_' + suffix + QString::number(n);
    return name;
}

QSet<QString> namesTaken(const model::Model& model, const QString& schemaName, TakenNames kinds)
{
    const bool relations = kinds == TakenNames::ConstraintsAndRelations;
    const auto inSchema = [&](const core::Id& schemaId) {
        const model::Schema* s = model.schema(schemaId);
        return s && s->name == schemaName;
    };
    // Constraint and index names live in the schema's namespace (indexes) or per table
    // (constraints); one set per schema is the conservative superset.
    QSet<QString> taken;
    for (const model::Table& t : model.tables) {
        if (!inSchema(t.schemaId))
            continue;
        if (relations)
            taken.insert(t.name);
        if (t.primaryKey)
            taken.insert(t.primaryKey->name);
        for (const auto& u : t.uniques)
            taken.insert(u.name);
        for (const auto& c : t.checks)
            taken.insert(c.name);
        for (const auto& f : t.foreignKeys)
            taken.insert(f.name);
        if (relations) {
            for (const auto& i : t.indexes)
                taken.insert(i.name);
        }
    }
    // Domain checks share the schema's constraint namespace (pg_constraint).
    for (const model::DomainType& d : model.domains) {
        if (!inSchema(d.schemaId))
            continue;
        for (const auto& c : d.checks)
            taken.insert(c.name);
    }
    return taken;
}

// A default as the catalog reader would read it back: the server stores 'ok' as
// 'ok'::type, which the reader turns into a literal; a bare 'ok' is the same literal.
model::ColumnDefault defaultFromText(const QString& text)
{
    if (const auto value = sqltext::stringLiteralValue(text))
        return {model::ColumnDefault::Kind::Literal, *value};
    return connect::PostgresCatalogReader::defaultFromExpression(text);
}

const QHash<QString, QString>& catalogTypeNames()
{
    static const QHash<QString, QString> names{
        {QStringLiteral("int2"), QStringLiteral("smallint")},
        {QStringLiteral("int4"), QStringLiteral("integer")},
        {QStringLiteral("int8"), QStringLiteral("bigint")},
        {QStringLiteral("float4"), QStringLiteral("real")},
        {QStringLiteral("float8"), QStringLiteral("double precision")},
        {QStringLiteral("bool"), QStringLiteral("boolean")},
        {QStringLiteral("varchar"), QStringLiteral("character varying")},
        {QStringLiteral("bpchar"), QStringLiteral("character")},
        {QStringLiteral("numeric"), QStringLiteral("numeric")},
        {QStringLiteral("timestamp"), QStringLiteral("timestamp")},
        {QStringLiteral("timestamptz"), QStringLiteral("timestamp")},
        {QStringLiteral("time"), QStringLiteral("time")},
        {QStringLiteral("timetz"), QStringLiteral("time")},
        {QStringLiteral("interval"), QStringLiteral("interval")},
        {QStringLiteral("bit"), QStringLiteral("bit")},
        {QStringLiteral("varbit"), QStringLiteral("bit varying")},
    };
    return names;
}

QString typeText(const QJsonObject& typeName, bool* serial, QString* serialType)
{
    QStringList names = strings(typeName.value(u"names").toArray());
    QList<int> mods;
    for (const QJsonValue& m : typeName.value(u"typmods").toArray())
        mods << inner(m.toObject()).value(u"ival").toObject().value(u"ival").toInt();
    const bool array = !typeName.value(u"arrayBounds").toArray().isEmpty();
    *serial = false;
    QString text;
    if (names.size() == 2 && names.constFirst() == u"pg_catalog" &&
        catalogTypeNames().contains(names.constLast())) {
        const QString internal = names.constLast();
        text = catalogTypeNames().value(internal);
        const bool timeType = internal.startsWith(u"time");
        if (timeType) {
            if (!mods.isEmpty())
                text += QStringLiteral("(%1)").arg(mods.constFirst());
            text += internal.endsWith(u"tz") ? QStringLiteral(" with time zone")
                                             : QStringLiteral(" without time zone");
        } else if (internal == u"numeric" && !mods.isEmpty()) {
            text += QStringLiteral("(%1,%2)").arg(mods.value(0)).arg(mods.value(1));
        } else if (internal != u"interval" && !mods.isEmpty()) {
            text += QStringLiteral("(%1)").arg(mods.constFirst());
        }
    } else if (names.size() == 1) {
        const QString name = names.constFirst();
        static const QHash<QString, QString> serials{
            {QStringLiteral("serial"), QStringLiteral("integer")},
            {QStringLiteral("serial4"), QStringLiteral("integer")},
            {QStringLiteral("bigserial"), QStringLiteral("bigint")},
            {QStringLiteral("serial8"), QStringLiteral("bigint")},
            {QStringLiteral("smallserial"), QStringLiteral("smallint")},
            {QStringLiteral("serial2"), QStringLiteral("smallint")}};
        if (serials.contains(name)) {
            *serial = true;
            *serialType = serials.value(name);
            return serials.value(name);
        }
        text = name;
        if (!mods.isEmpty()) {
            QStringList parts;
            for (int m : mods)
                parts << QString::number(m);
            text += u'(' + parts.join(u',') + u')';
        }
    } else {
        // schema-qualified user type (or pg_catalog type without a canonical spelling)
        if (names.size() == 2 && names.constFirst() == u"pg_catalog")
            text = names.constLast();
        else
            text = names.join(u'.');
    }
    return array ? text + QStringLiteral("[]") : text;
}

} // namespace schemata::sqlimport::pgtree
