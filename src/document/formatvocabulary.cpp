#include "document/formatvocabulary.h"

#include "model/foreignkey.h"

#include <QStringList>

namespace schemata::document {

namespace {

template <typename Enum> struct Word
{
    Enum value;
    QLatin1StringView name;
};

using Identity = model::Identity;
using DefaultKind = model::ColumnDefault::Kind;
using Sort = model::IndexKey::Sort;
using Nulls = model::IndexKey::Nulls;

constexpr Word<Identity> kIdentities[] = {
    {Identity::Always, QLatin1StringView("always")},
    {Identity::ByDefault, QLatin1StringView("by-default")},
};

constexpr Word<DefaultKind> kDefaultKinds[] = {
    {DefaultKind::Literal, QLatin1StringView("literal")},
    {DefaultKind::Expression, QLatin1StringView("expression")},
    {DefaultKind::CurrentTimestamp, QLatin1StringView("current-timestamp")},
};

constexpr Word<Sort> kSorts[] = {
    {Sort::Asc, QLatin1StringView("asc")},
    {Sort::Desc, QLatin1StringView("desc")},
};

constexpr Word<Nulls> kNulls[] = {
    {Nulls::Default, QLatin1StringView("default")},
    {Nulls::First, QLatin1StringView("first")},
    {Nulls::Last, QLatin1StringView("last")},
};

constexpr QLatin1StringView kDialects[] = {
    QLatin1StringView("postgres"),
    QLatin1StringView("mysql"),
    QLatin1StringView("mariadb"),
    QLatin1StringView("sqlite"),
};

template <typename Enum, size_t N>
QLatin1StringView nameOf(const Word<Enum> (&words)[N], Enum value)
{
    for (const auto& w : words) {
        if (w.value == value)
            return w.name;
    }
    return words[0].name;
}

template <typename Enum, size_t N>
std::optional<Enum> valueOf(const Word<Enum> (&words)[N], QStringView name)
{
    for (const auto& w : words) {
        if (name == w.name)
            return w.value;
    }
    return std::nullopt;
}

template <typename Enum, size_t N> QString listOf(const Word<Enum> (&words)[N])
{
    QStringList names;
    for (const auto& w : words)
        names.append(QString(w.name));
    return names.join(QLatin1String(", "));
}

} // namespace

QLatin1StringView FormatVocabulary::identityName(Identity identity)
{
    return nameOf(kIdentities, identity);
}

std::optional<Identity> FormatVocabulary::identityFromName(QStringView name)
{
    return valueOf(kIdentities, name);
}

QLatin1StringView FormatVocabulary::defaultKindName(DefaultKind kind)
{
    return nameOf(kDefaultKinds, kind);
}

std::optional<DefaultKind> FormatVocabulary::defaultKindFromName(QStringView name)
{
    return valueOf(kDefaultKinds, name);
}

QLatin1StringView FormatVocabulary::sortName(Sort sort)
{
    return nameOf(kSorts, sort);
}

std::optional<Sort> FormatVocabulary::sortFromName(QStringView name)
{
    return valueOf(kSorts, name);
}

QLatin1StringView FormatVocabulary::nullsName(Nulls nulls)
{
    return nameOf(kNulls, nulls);
}

std::optional<Nulls> FormatVocabulary::nullsFromName(QStringView name)
{
    return valueOf(kNulls, name);
}

bool FormatVocabulary::isDialectName(QStringView name)
{
    for (const auto& d : kDialects) {
        if (name == d)
            return true;
    }
    return false;
}

QString FormatVocabulary::identityNames()
{
    return listOf(kIdentities);
}

QString FormatVocabulary::defaultKindNames()
{
    return listOf(kDefaultKinds);
}

QString FormatVocabulary::sortNames()
{
    return listOf(kSorts);
}

QString FormatVocabulary::nullsNames()
{
    return listOf(kNulls);
}

QString FormatVocabulary::dialectNames()
{
    QStringList names;
    for (const auto& d : kDialects)
        names.append(QString(d));
    return names.join(QLatin1String(", "));
}

QString FormatVocabulary::referentialActionNames()
{
    using A = model::ReferentialAction;
    QStringList names;
    for (const A a : {A::NoAction, A::Restrict, A::Cascade, A::SetNull, A::SetDefault})
        names.append(model::referentialActionName(a));
    return names.join(QLatin1String(", "));
}

QString FormatVocabulary::piiNames()
{
    using P = model::PiiCategory;
    QStringList names;
    for (int i = int(P::None); i <= int(P::Other); ++i)
        names.append(model::piiCategoryName(P(i)));
    return names.join(QLatin1String(", "));
}

} // namespace schemata::document
