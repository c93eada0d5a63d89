#include "widgets/tableeditor/typesuggestions.h"

#include "dialect/dialect.h"
#include "dialect/typemapping.h"
#include "model/domainedits.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace schemata::widgets {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("schemata::widgets::TypeSuggestions", text);
}

QString tr(const char* text, qsizetype n)
{
    return QCoreApplication::translate("schemata::widgets::TypeSuggestions", text, nullptr, int(n));
}

QString dialectDisplayName(const QString& name)
{
    const auto dialect = dialect::createDialect(name);
    return dialect ? dialect->displayName() : name;
}

// The usual forms of every logical kind, with the parameters people most often pick.
const char* const kLogical[] = {
    "bigint",   "integer", "smallint", "numeric(10,2)", "real",  "double",    "varchar(255)",
    "char(2)",  "text",    "boolean",  "date",          "time",  "timestamp", "timestamptz",
    "interval", "uuid",    "json",     "jsonb",         "bytes",
};

// Native types a designer reaches for that have no logical kind (or need a form the
// logical type cannot say, like MySQL's tinyint(1)); choosing one pins it for the
// dialect. Names that LogicalType::parse reads (blob, bytea, …) are left out: typing
// them sets the logical type instead.
QStringList nativeTypes(const QString& dialectName)
{
    if (dialectName == u"postgres")
        return {
            QStringLiteral("citext"),    QStringLiteral("inet"),      QStringLiteral("cidr"),
            QStringLiteral("macaddr"),   QStringLiteral("money"),     QStringLiteral("xml"),
            QStringLiteral("tsvector"),  QStringLiteral("text[]"),    QStringLiteral("integer[]"),
            QStringLiteral("int4range"), QStringLiteral("tstzrange"), QStringLiteral("daterange"),
            QStringLiteral("bit(8)"),    QStringLiteral("point")};
    if (dialectName == u"mysql" || dialectName == u"mariadb")
        return {QStringLiteral("tinyint"),
                QStringLiteral("tinyint(1)"),
                QStringLiteral("mediumint"),
                QStringLiteral("int unsigned"),
                QStringLiteral("bigint unsigned"),
                QStringLiteral("tinytext"),
                QStringLiteral("mediumtext"),
                QStringLiteral("longtext"),
                QStringLiteral("datetime"),
                QStringLiteral("datetime(6)"),
                QStringLiteral("year"),
                QStringLiteral("binary(16)"),
                QStringLiteral("mediumblob"),
                QStringLiteral("longblob"),
                QStringLiteral("bit(1)"),
                QStringLiteral("geometry")};
    // SQLite's type affinities are all reached through the logical types.
    return {};
}

// "name" or "schema.name" of an enum, as typed after "enum ".
const model::EnumType* enumNamed(const model::Model& m, const QString& name)
{
    const model::EnumType* found = nullptr;
    for (const model::EnumType& e : m.enums) {
        const model::Schema* schema = m.schema(e.schemaId);
        const bool qualified = schema && schema->name + QLatin1Char('.') + e.name == name;
        if (qualified)
            return &e;
        if (!found && e.name == name)
            found = &e;
    }
    return found;
}

// The enum's name as the cell writes it: qualified only when another enum shares it.
QString enumText(const model::Model& m, const model::EnumType& e)
{
    const bool shared = std::count_if(m.enums.cbegin(), m.enums.cend(),
                                      [&](const auto& other) { return other.name == e.name; }) > 1;
    const model::Schema* schema = m.schema(e.schemaId);
    return QStringLiteral("enum ") +
           (shared && schema ? schema->name + QLatin1Char('.') + e.name : e.name);
}

// What a domain is, for the suggestion's tooltip: its base type and constraints, and on a
// dialect without domains what the columns become.
QString domainNote(const document::Document& document, const model::DomainType& d)
{
    QStringList parts{d.baseType.toString()};
    if (d.notNull)
        parts << QStringLiteral("NOT NULL");
    if (!d.defaultExpression.isEmpty())
        parts << QStringLiteral("DEFAULT ") + d.defaultExpression;
    if (!d.checks.isEmpty())
        parts << tr("%n check(s)", d.checks.size());
    const QString what = parts.join(QLatin1Char(' '));
    const QString dialectName = overrideDialect(document);
    if (dialectName == u"postgres")
        return tr("Domain of this project: %1").arg(what);
    return tr("Domain of this project: %1. %2 has no domains: the column gets the base type "
              "with the domain's NOT NULL, DEFAULT and checks")
        .arg(what, dialectDisplayName(dialectName));
}

} // namespace

const model::DomainType* domainNamed(const model::Model& m, const QString& name)
{
    const model::DomainType* found = nullptr;
    for (const model::DomainType& d : m.domains) {
        if (model::domainQualifiedName(m, d) == name)
            return &d;
        if (!found && d.name == name)
            found = &d;
    }
    return found;
}

QString overrideDialect(const document::Document& document)
{
    const auto dialect = dialect::createDialect(document.dialect);
    return dialect ? dialect->name() : document.dialect;
}

QString pinnedType(const document::Document& document, const model::LogicalType& type)
{
    const QString name = overrideDialect(document);
    return dialect::typeOverride(type, name,
                                 name == u"mariadb" ? QStringLiteral("mysql") : QString())
        .value_or(QString());
}

QString typeEditText(const document::Document& document, const model::LogicalType& type)
{
    // A domain's name even when its base type is pinned: the column is declared with it.
    if (!type.domainId.isNull()) {
        if (const model::DomainType* d = document.model.domainType(type.domainId))
            return model::domainQualifiedName(document.model, *d);
    }
    if (const QString pinned = pinnedType(document, type); !pinned.isEmpty())
        return pinned;
    if (type.kind == model::LogicalType::Kind::Enum) {
        if (const model::EnumType* e = document.model.enumType(type.enumId))
            return enumText(document.model, *e);
    }
    return type.toString();
}

QList<TypeSuggestion> typeSuggestions(const document::Document& document)
{
    QList<TypeSuggestion> out;
    QSet<QString> seen;
    const auto add = [&](const QString& text, TypeSuggestion::Group group, const QString& note) {
        if (!text.isEmpty() && !seen.contains(text)) {
            seen.insert(text);
            out.append(TypeSuggestion{text, group, note});
        }
    };
    for (const char* name : kLogical)
        add(QString::fromLatin1(name), TypeSuggestion::Group::Logical,
            tr("Portable type: every dialect maps it"));
    for (const model::EnumType& e : document.model.enums)
        add(enumText(document.model, e), TypeSuggestion::Group::Enum,
            tr("Enum type of this project: %1").arg(e.values.join(QLatin1String(", "))));
    for (const model::DomainType& d : document.model.domains)
        add(model::domainQualifiedName(document.model, d), TypeSuggestion::Group::Domain,
            domainNote(document, d));
    const QString dialectName = overrideDialect(document);
    const QString display = dialectDisplayName(dialectName);
    for (const QString& name : nativeTypes(dialectName))
        add(name, TypeSuggestion::Group::Dialect,
            tr("%1 type: pinned for %1, other dialects keep the logical type").arg(display));
    QStringList used;
    for (const model::Table& t : document.model.tables) {
        for (const model::Column& c : t.columns) {
            if (const QString pinned = pinnedType(document, c.type); !pinned.isEmpty())
                used << pinned;
        }
    }
    used.sort();
    for (const QString& name : std::as_const(used))
        add(name, TypeSuggestion::Group::Project,
            tr("%1 type already used in this project").arg(display));
    return out;
}

bool looksLikeSqlType(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return false;
    const QChar first = t.front();
    if (!first.isLetter() && first != u'_' && first != u'"')
        return false;
    int depth = 0;
    QChar quote;
    for (const QChar c : t) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'\'' || c == u'"')
            quote = c;
        else if (c == u'(')
            ++depth;
        else if (c == u')' && --depth < 0)
            return false;
        else if (c == u';' || c == u'\n' || c == u'\r')
            return false;
    }
    // A type ends in a name, a closing parenthesis or quote, or an array bracket.
    const QChar last = t.back();
    const bool ends =
        last.isLetterOrNumber() || last == u'_' || last == u')' || last == u'"' || last == u']';
    return depth == 0 && quote.isNull() && ends;
}

core::Result<model::LogicalType> typeFromText(const document::Document& document,
                                              const model::LogicalType& current,
                                              const QString& text)
{
    const QString typed = text.simplified();
    if (typed.isEmpty())
        return core::Error{text, tr("a column needs a type")};
    const QString dialectName = overrideDialect(document);
    model::LogicalType next = current;
    next.domainId = {}; // only a domain keeps (or sets) one
    const auto unpin = [&] {
        next.overrides.remove(dialectName);
        if (dialectName == u"mariadb")
            next.overrides.remove(QStringLiteral("mysql"));
    };
    if (typed.startsWith(QLatin1String("domain "), Qt::CaseInsensitive)) {
        const QString name = typed.mid(7).trimmed();
        const model::DomainType* d = domainNamed(document.model, name);
        if (!d)
            return core::Error{text, tr("the project has no domain \"%1\"").arg(name)};
        return model::domainColumnType(*d);
    }
    if (typed.startsWith(QLatin1String("enum "), Qt::CaseInsensitive)) {
        const QString name = typed.mid(5).trimmed();
        const model::EnumType* e = enumNamed(document.model, name);
        if (!e)
            return core::Error{text, tr("the project has no enum type \"%1\"").arg(name)};
        next.kind = model::LogicalType::Kind::Enum;
        next.enumId = e->id;
        next.length = next.precision = next.scale = -1;
        unpin();
        return next;
    }
    if (const auto logical = model::LogicalType::parse(typed)) {
        const auto overrides = next.overrides;
        next = *logical;
        next.overrides = overrides;
        // "enum" alone keeps the column's enum: the validator names a missing one.
        if (next.kind == model::LogicalType::Kind::Enum)
            next.enumId = current.enumId;
        unpin();
        return next;
    }
    // A domain by name after the logical types, so "text" stays the logical type even in a
    // project with a domain called text ("domain text" or "public.text" reach it).
    if (const model::DomainType* d = domainNamed(document.model, typed))
        return model::domainColumnType(*d);
    if (!looksLikeSqlType(typed))
        return core::Error{text, tr("not a type (try integer, varchar(80), numeric(10,2) or a "
                                    "type of the target dialect)")};
    next.overrides.insert(dialectName, typed);
    return next;
}

} // namespace schemata::widgets
