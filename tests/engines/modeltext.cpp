#include "modeltext.h"

#include <QRegularExpression>

namespace schemata::enginetest {

using model::Column;
using model::ColumnDefault;
using model::Index;
using model::IndexKey;
using model::Table;

namespace {

QString show(const QString& s)
{
    return quotedText(s);
}

} // namespace

QString quotedText(const QString& s)
{
    return u'"' + s + u'"';
}

QString defaultText(const ColumnDefault& d)
{
    switch (d.kind) {
    case ColumnDefault::Kind::None:
        return QStringLiteral("none");
    case ColumnDefault::Kind::Literal:
        return QStringLiteral("literal ") + show(d.value);
    case ColumnDefault::Kind::Expression:
        return QStringLiteral("expression ") + show(d.value);
    case ColumnDefault::Kind::CurrentTimestamp:
        return QStringLiteral("current-timestamp");
    }
    return {};
}

QString sortText(const IndexKey& k)
{
    return k.sort == IndexKey::Sort::Desc ? QStringLiteral("desc") : QStringLiteral("asc");
}

QString looseSql(QStringView sql)
{
    QString s = sql.toString().toLower();
    static const QRegularExpression casts(QStringLiteral(
        R"(::\s*"?[a-z_][a-z0-9_]*"?(\."?[a-z_][a-z0-9_]*"?)*(\s+(varying|precision|without\s+time\s+zone|with\s+time\s+zone))?(\s*\(\s*\d+(\s*,\s*\d+)?\s*\))?(\[\])?)"));
    s.remove(casts);
    // PostgreSQL stores "x IN (a, b)" as "x = ANY (ARRAY[a, b])".
    static const QRegularExpression anyArray(
        QStringLiteral(R"(=\s*any\s*\(\s*array\s*\[(.*?)\]\s*\))"));
    s.replace(anyArray, QStringLiteral(" in (\\1)"));
    // MariaDB stores lower()/upper() under their aliases.
    static const QRegularExpression lcase(QStringLiteral(R"(\blcase\s*\()"));
    static const QRegularExpression ucase(QStringLiteral(R"(\bucase\s*\()"));
    s.replace(lcase, QStringLiteral("lower("));
    s.replace(ucase, QStringLiteral("upper("));
    static const QRegularExpression noise(QStringLiteral(R"([\s"`()\[\]])"));
    s.remove(noise);
    return s;
}

QStringList describeModel(const model::Model& m, bool withSchemaNames)
{
    QStringList lines;
    auto schema = [&](const core::Id& id) {
        const model::Schema* s = m.schema(id);
        return withSchemaNames && s ? s->name + u'.' : QString();
    };
    for (const model::Schema& s : m.schemas) {
        if (withSchemaNames)
            lines.append(QStringLiteral("schema %1 comment=%2").arg(show(s.name), show(s.comment)));
    }
    for (const model::EnumType& e : m.enums)
        lines.append(QStringLiteral("enum %1%2 values=[%3] comment=%4")
                         .arg(schema(e.schemaId), e.name, e.values.join(u'|'), show(e.comment)));
    for (const model::DomainType& d : m.domains) {
        const model::EnumType* e = m.enumType(d.baseType.enumId);
        QStringList checks;
        for (const model::CheckConstraint& c : d.checks)
            checks.append(c.name + u'=' + show(c.expression));
        lines.append(QStringLiteral("domain %1%2 base=%3%4%5 notnull=%6 default=%7 collation=%8 "
                                    "checks=[%9] comment=%10")
                         .arg(schema(d.schemaId), d.name, d.baseType.toString(),
                              e ? u':' + e->name : QString(),
                              d.baseType.overrides.value(QStringLiteral("postgres")))
                         .arg(d.notNull)
                         .arg(show(d.defaultExpression), show(d.collation),
                              checks.join(QStringLiteral(", ")), show(d.comment)));
    }
    for (const Table& t : m.tables) {
        const QString tn = schema(t.schemaId) + t.name;
        auto names = [&](const Table& owner, const QList<core::Id>& ids) {
            QStringList out;
            for (const core::Id& id : ids)
                out.append(owner.column(id) ? owner.column(id)->name : QStringLiteral("?"));
            return out.join(u',');
        };
        lines.append(QStringLiteral("table %1 comment=%2").arg(tn, show(t.comment)));
        for (const Column& c : t.columns) {
            const model::EnumType* e = m.enumType(c.type.enumId);
            QStringList overrides;
            for (auto it = c.type.overrides.cbegin(); it != c.type.overrides.cend(); ++it)
                overrides.append(it.key() + u'=' + it.value());
            const model::DomainType* d = m.domainType(c.type.domainId);
            const QString domain =
                c.type.domainId.isNull()
                    ? QString()
                    : QStringLiteral(" domain=") +
                          (d ? schema(d->schemaId) + d->name : u'?' + c.type.domainId.toString());
            lines.append(
                QStringLiteral("  column %1.%2 type=%3%4%5 nullable=%6 default=%7 identity=%8 "
                               "generated=%9/%10 collation=%11 comment=%12")
                    .arg(tn, c.name, c.type.toString(), e ? u':' + e->name : QString(),
                         (overrides.isEmpty() ? QString() : u'{' + overrides.join(u',') + u'}') +
                             domain)
                    .arg(c.nullable)
                    .arg(defaultText(c.defaultValue))
                    .arg(int(c.identity))
                    .arg(show(c.generatedExpression))
                    .arg(c.generatedStored)
                    .arg(show(c.collation), show(c.comment)));
        }
        if (t.primaryKey)
            lines.append(QStringLiteral("  pk %1 %2 (%3)")
                             .arg(tn, show(t.primaryKey->name), names(t, t.primaryKey->columnIds)));
        for (const auto& u : t.uniques)
            lines.append(
                QStringLiteral("  unique %1 %2 (%3)").arg(tn, show(u.name), names(t, u.columnIds)));
        for (const auto& ck : t.checks)
            lines.append(
                QStringLiteral("  check %1 %2 %3").arg(tn, show(ck.name), show(ck.expression)));
        for (const auto& fk : t.foreignKeys) {
            const Table* target = m.table(fk.referencedTableId);
            lines.append(
                QStringLiteral("  fk %1 %2 (%3) -> %4 (%5) delete=%6 update=%7 deferrable=%8/%9")
                    .arg(tn, show(fk.name), names(t, fk.columnIds),
                         target ? schema(target->schemaId) + target->name : QStringLiteral("?"),
                         target ? names(*target, fk.referencedColumnIds) : QString(),
                         model::referentialActionName(fk.onDelete),
                         model::referentialActionName(fk.onUpdate))
                    .arg(fk.deferrable)
                    .arg(fk.initiallyDeferred));
        }
        for (const Index& i : t.indexes) {
            QStringList keys;
            for (const IndexKey& k : i.keys)
                keys.append(
                    (k.columnId.isNull() ? u'(' + k.expression + u')' : names(t, {k.columnId})) +
                    u' ' + sortText(k) + QStringLiteral(" nulls%1").arg(int(k.nulls)));
            lines.append(
                QStringLiteral("  index %1 %2 unique=%3 keys=[%4] where=%5 include=(%6) method=%7")
                    .arg(tn, show(i.name))
                    .arg(i.unique)
                    .arg(keys.join(QStringLiteral(", ")), show(i.where),
                         names(t, i.includeColumnIds), show(i.method)));
        }
    }
    for (const model::View& v : m.views)
        lines.append(QStringLiteral("view %1%2 comment=%3 sql=%4")
                         .arg(schema(v.schemaId), v.name, show(v.comment), show(v.sql)));
    return lines;
}

QStringList lineDiff(const QStringList& a, const QStringList& b)
{
    QStringList out;
    for (const QString& line : a) {
        if (!b.contains(line))
            out.append(QStringLiteral("- ") + line);
    }
    for (const QString& line : b) {
        if (!a.contains(line))
            out.append(QStringLiteral("+ ") + line);
    }
    return out;
}

} // namespace schemata::enginetest
