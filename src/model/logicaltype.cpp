#include "model/logicaltype.h"

#include <QRegularExpression>

namespace schemata::model {

namespace {

struct KindName
{
    LogicalType::Kind kind;
    const char* name;
};

// Canonical names first; the order is the one shown in the UI's type picker.
constexpr KindName kKindNames[] = {
    {LogicalType::Kind::SmallInt, "smallint"},       {LogicalType::Kind::Integer, "integer"},
    {LogicalType::Kind::BigInt, "bigint"},           {LogicalType::Kind::Decimal, "numeric"},
    {LogicalType::Kind::Real, "real"},               {LogicalType::Kind::Double, "double"},
    {LogicalType::Kind::Varchar, "varchar"},         {LogicalType::Kind::Char, "char"},
    {LogicalType::Kind::Text, "text"},               {LogicalType::Kind::Boolean, "boolean"},
    {LogicalType::Kind::Date, "date"},               {LogicalType::Kind::Time, "time"},
    {LogicalType::Kind::Timestamp, "timestamp"},     {LogicalType::Kind::TimestampTz, "timestamptz"},
    {LogicalType::Kind::Interval, "interval"},       {LogicalType::Kind::Uuid, "uuid"},
    {LogicalType::Kind::Json, "json"},               {LogicalType::Kind::Jsonb, "jsonb"},
    {LogicalType::Kind::Bytes, "bytes"},             {LogicalType::Kind::Enum, "enum"},
};

constexpr KindName kAliases[] = {
    {LogicalType::Kind::SmallInt, "int2"},       {LogicalType::Kind::Integer, "int"},
    {LogicalType::Kind::Integer, "int4"},        {LogicalType::Kind::BigInt, "int8"},
    {LogicalType::Kind::Decimal, "decimal"},     {LogicalType::Kind::Real, "float4"},
    {LogicalType::Kind::Double, "float8"},       {LogicalType::Kind::Double, "double precision"},
    {LogicalType::Kind::Varchar, "character varying"}, {LogicalType::Kind::Char, "character"},
    {LogicalType::Kind::Boolean, "bool"},        {LogicalType::Kind::Bytes, "bytea"},
    {LogicalType::Kind::Bytes, "blob"},          {LogicalType::Kind::Bytes, "varbinary"},
    {LogicalType::Kind::TimestampTz, "timestamp with time zone"},
    {LogicalType::Kind::Timestamp, "timestamp without time zone"},
};

bool takesLength(LogicalType::Kind k)
{
    return k == LogicalType::Kind::Varchar || k == LogicalType::Kind::Char || k == LogicalType::Kind::Bytes;
}

bool takesPrecision(LogicalType::Kind k)
{
    return k == LogicalType::Kind::Time || k == LogicalType::Kind::Timestamp || k == LogicalType::Kind::TimestampTz;
}

} // namespace

QString LogicalType::kindName(Kind k)
{
    for (const auto& entry : kKindNames) {
        if (entry.kind == k)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

QString LogicalType::toString() const
{
    QString s = kindName(kind);
    if (kind == Kind::Decimal && precision >= 0)
        s += scale >= 0 ? QStringLiteral("(%1,%2)").arg(precision).arg(scale) : QStringLiteral("(%1)").arg(precision);
    else if (takesLength(kind) && length >= 0)
        s += QStringLiteral("(%1)").arg(length);
    else if (takesPrecision(kind) && precision >= 0)
        s += QStringLiteral("(%1)").arg(precision);
    return s;
}

std::optional<LogicalType> LogicalType::parse(QStringView text)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*([a-z][a-z0-9 ]*?)\s*(?:\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\))?\s*$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.matchView(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QString name = m.captured(1).toLower().simplified();
    std::optional<Kind> kind;
    for (const auto& entry : kKindNames) {
        if (name == QLatin1String(entry.name))
            kind = entry.kind;
    }
    for (const auto& entry : kAliases) {
        if (!kind && name == QLatin1String(entry.name))
            kind = entry.kind;
    }
    if (!kind)
        return std::nullopt;
    LogicalType t;
    t.kind = *kind;
    const bool hasFirst = m.hasCaptured(2);
    const bool hasSecond = m.hasCaptured(3);
    bool okFirst = true;
    bool okSecond = true;
    const int first = hasFirst ? m.captured(2).toInt(&okFirst) : -1;
    const int second = hasSecond ? m.captured(3).toInt(&okSecond) : -1;
    if (!okFirst || !okSecond)
        return std::nullopt;
    if (t.kind == Kind::Decimal) {
        t.precision = first;
        t.scale = second;
    } else if (hasSecond) {
        return std::nullopt;
    } else if (takesLength(t.kind)) {
        t.length = first;
    } else if (takesPrecision(t.kind)) {
        t.precision = first;
    } else if (hasFirst) {
        return std::nullopt;
    }
    return t;
}

} // namespace schemata::model
