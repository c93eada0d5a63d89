#include "dialect/sqlite/sqlitetypemapper.h"

namespace schemata::dialect::sqlite {

namespace {

TypeMapping asText(const char* what, const char* advice)
{
    return TypeMapping::emulated(QStringLiteral("TEXT"), QStringLiteral("type-emulated"),
                                 QStringLiteral("SQLite has no %1 type; the column is TEXT (%2).")
                                     .arg(QString::fromLatin1(what), QString::fromLatin1(advice)));
}

} // namespace

TypeMapping SqliteTypeMapper::map(const model::LogicalType& type)
{
    if (auto raw = typeOverride(type, QStringLiteral("sqlite")))
        return TypeMapping::native(*raw);
    using K = model::LogicalType::Kind;
    switch (type.kind) {
    case K::SmallInt:
        return TypeMapping::native(QStringLiteral("SMALLINT"));
    case K::Integer:
        return TypeMapping::native(QStringLiteral("INTEGER"));
    case K::BigInt:
        return TypeMapping::native(QStringLiteral("BIGINT"));
    case K::Decimal:
        if (type.precision > 0 && type.scale >= 0)
            return TypeMapping::native(
                QStringLiteral("NUMERIC(%1,%2)").arg(type.precision).arg(type.scale));
        if (type.precision > 0)
            return TypeMapping::native(QStringLiteral("NUMERIC(%1)").arg(type.precision));
        return TypeMapping::native(QStringLiteral("NUMERIC"));
    case K::Real:
        return TypeMapping::native(QStringLiteral("REAL"));
    case K::Double:
        return TypeMapping::native(QStringLiteral("DOUBLE"));
    case K::Varchar:
        return TypeMapping::native(type.length > 0 ? QStringLiteral("VARCHAR(%1)").arg(type.length)
                                                   : QStringLiteral("VARCHAR"));
    case K::Char:
        return TypeMapping::native(type.length > 0 ? QStringLiteral("CHAR(%1)").arg(type.length)
                                                   : QStringLiteral("CHAR"));
    case K::Text:
        return TypeMapping::native(QStringLiteral("TEXT"));
    case K::Boolean:
        return TypeMapping::native(QStringLiteral("BOOLEAN"));
    case K::Date:
        return TypeMapping::native(QStringLiteral("DATE"));
    case K::Time:
        return TypeMapping::native(QStringLiteral("TIME"));
    case K::Timestamp:
        return TypeMapping::native(QStringLiteral("TIMESTAMP"));
    case K::TimestampTz:
        return asText("timestamp with time zone", "store ISO 8601 text with an offset, or UTC");
    case K::Interval:
        return asText("interval", "store ISO 8601 durations, or seconds in an integer");
    case K::Uuid:
        return asText("uuid", "store the canonical 36-character form");
    case K::Json:
        return asText("json", "the JSON functions work on TEXT");
    case K::Jsonb:
        return asText("jsonb", "the JSON functions work on TEXT");
    case K::Bytes:
        return TypeMapping::native(QStringLiteral("BLOB"));
    case K::Enum: {
        TypeMapping m = asText("enum", "a CHECK constraint limits it to the enum's values");
        m.enumCheck = true;
        return m;
    }
    }
    return TypeMapping::native(QStringLiteral("TEXT"));
}

} // namespace schemata::dialect::sqlite
