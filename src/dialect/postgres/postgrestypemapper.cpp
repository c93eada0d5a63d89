#include "dialect/postgres/postgrestypemapper.h"

namespace schemata::dialect::postgres {

namespace {

QString withLength(const char* name, int length)
{
    const QString base = QString::fromLatin1(name);
    return length > 0 ? QStringLiteral("%1(%2)").arg(base).arg(length) : base;
}

QString withPrecision(const char* name, int precision)
{
    const QString base = QString::fromLatin1(name);
    return precision >= 0 ? QStringLiteral("%1(%2)").arg(base).arg(precision) : base;
}

} // namespace

TypeMapping PostgresTypeMapper::map(const model::LogicalType& type, const QString& enumTypeSql)
{
    if (auto raw = typeOverride(type, QStringLiteral("postgres")))
        return TypeMapping::native(*raw);
    using K = model::LogicalType::Kind;
    switch (type.kind) {
    case K::SmallInt:
        return TypeMapping::native(QStringLiteral("smallint"));
    case K::Integer:
        return TypeMapping::native(QStringLiteral("integer"));
    case K::BigInt:
        return TypeMapping::native(QStringLiteral("bigint"));
    case K::Decimal:
        if (type.precision > 0 && type.scale >= 0)
            return TypeMapping::native(
                QStringLiteral("numeric(%1,%2)").arg(type.precision).arg(type.scale));
        return TypeMapping::native(withLength("numeric", type.precision));
    case K::Real:
        return TypeMapping::native(QStringLiteral("real"));
    case K::Double:
        return TypeMapping::native(QStringLiteral("double precision"));
    case K::Varchar:
        return TypeMapping::native(withLength("varchar", type.length));
    case K::Char:
        return TypeMapping::native(withLength("char", type.length));
    case K::Text:
        return TypeMapping::native(QStringLiteral("text"));
    case K::Boolean:
        return TypeMapping::native(QStringLiteral("boolean"));
    case K::Date:
        return TypeMapping::native(QStringLiteral("date"));
    case K::Time:
        return TypeMapping::native(withPrecision("time", type.precision));
    case K::Timestamp:
        return TypeMapping::native(withPrecision("timestamp", type.precision));
    case K::TimestampTz:
        return TypeMapping::native(withPrecision("timestamptz", type.precision));
    case K::Interval:
        return TypeMapping::native(QStringLiteral("interval"));
    case K::Uuid:
        return TypeMapping::native(QStringLiteral("uuid"));
    case K::Json:
        return TypeMapping::native(QStringLiteral("json"));
    case K::Jsonb:
        return TypeMapping::native(QStringLiteral("jsonb"));
    case K::Bytes:
        if (type.length > 0)
            return TypeMapping::emulated(
                QStringLiteral("bytea"), QStringLiteral("type-length-dropped"),
                QStringLiteral("PostgreSQL's bytea has no length limit; bytes(%1) is created as "
                               "bytea (add a CHECK on octet_length() to enforce it).")
                    .arg(type.length));
        return TypeMapping::native(QStringLiteral("bytea"));
    case K::Enum:
        if (enumTypeSql.isEmpty())
            return TypeMapping::emulated(QStringLiteral("text"), QStringLiteral("enum-missing"),
                                         QStringLiteral("The column's enum type does not exist, so "
                                                        "it is created as text; pick an enum."));
        return TypeMapping::native(enumTypeSql);
    }
    return TypeMapping::native(QStringLiteral("text"));
}

} // namespace schemata::dialect::postgres
