#include "dialect/mysql/mysqltypemapper.h"

namespace schemata::dialect::mysql {

namespace {

QString withPrecision(const char* name, int precision)
{
    const QString base = QString::fromLatin1(name);
    // MySQL's fractional seconds go up to 6 digits.
    return precision > 0 ? QStringLiteral("%1(%2)").arg(base).arg(qMin(precision, 6)) : base;
}

} // namespace

TypeMapping MysqlTypeMapper::map(const model::LogicalType& type, bool mariaDb,
                                 const QString& enumSql)
{
    const QString self = mariaDb ? QStringLiteral("mariadb") : QStringLiteral("mysql");
    if (auto raw = typeOverride(type, self, mariaDb ? QStringLiteral("mysql") : QString()))
        return TypeMapping::native(*raw);
    const QString engine = mariaDb ? QStringLiteral("MariaDB") : QStringLiteral("MySQL");
    const QString emulated = QStringLiteral("type-emulated");
    using K = model::LogicalType::Kind;
    switch (type.kind) {
    case K::SmallInt:
        return TypeMapping::native(QStringLiteral("SMALLINT"));
    case K::Integer:
        return TypeMapping::native(QStringLiteral("INT"));
    case K::BigInt:
        return TypeMapping::native(QStringLiteral("BIGINT"));
    case K::Decimal:
        if (type.precision > 0 && type.scale >= 0)
            return TypeMapping::native(
                QStringLiteral("DECIMAL(%1,%2)").arg(type.precision).arg(type.scale));
        if (type.precision > 0)
            return TypeMapping::native(QStringLiteral("DECIMAL(%1)").arg(type.precision));
        // A bare DECIMAL means DECIMAL(10,0) and would round every fraction away.
        return TypeMapping::emulated(QStringLiteral("DECIMAL(65,30)"), emulated,
                                     QStringLiteral("%1 has no unbounded numeric; created as "
                                                    "DECIMAL(65,30) (give the column a precision "
                                                    "and scale).")
                                         .arg(engine));
    case K::Real:
        return TypeMapping::native(QStringLiteral("FLOAT"));
    case K::Double:
        return TypeMapping::native(QStringLiteral("DOUBLE"));
    case K::Varchar:
        if (type.length > 0)
            return TypeMapping::native(QStringLiteral("VARCHAR(%1)").arg(type.length));
        return TypeMapping::emulated(QStringLiteral("VARCHAR(255)"),
                                     QStringLiteral("varchar-length-required"),
                                     QStringLiteral("%1 needs a length for VARCHAR; created as "
                                                    "VARCHAR(255) (set a length, or use text).")
                                         .arg(engine));
    case K::Char:
        return TypeMapping::native(type.length > 0 ? QStringLiteral("CHAR(%1)").arg(type.length)
                                                   : QStringLiteral("CHAR(1)"));
    case K::Text:
        return TypeMapping::native(QStringLiteral("LONGTEXT"));
    case K::Boolean:
        return TypeMapping::native(QStringLiteral("BOOLEAN"));
    case K::Date:
        return TypeMapping::native(QStringLiteral("DATE"));
    case K::Time:
        return TypeMapping::native(withPrecision("TIME", type.precision));
    // DATETIME, not TIMESTAMP: no 2038 limit and no session time-zone conversion.
    case K::Timestamp:
        return TypeMapping::native(withPrecision("DATETIME", type.precision));
    case K::TimestampTz:
        return TypeMapping::emulated(withPrecision("DATETIME", type.precision), emulated,
                                     QStringLiteral("%1 cannot store a time zone with a timestamp; "
                                                    "created as DATETIME (store UTC values).")
                                         .arg(engine));
    case K::Interval:
        return TypeMapping::emulated(
            QStringLiteral("VARCHAR(64)"), emulated,
            QStringLiteral("%1 has no interval type; created as VARCHAR(64) "
                           "(store ISO 8601 durations, or seconds in a "
                           "bigint).")
                .arg(engine));
    case K::Uuid:
        if (mariaDb)
            return TypeMapping::native(QStringLiteral("UUID"));
        return TypeMapping::emulated(
            QStringLiteral("CHAR(36)"), emulated,
            QStringLiteral("MySQL has no uuid type; created as CHAR(36) "
                           "(override with BINARY(16) for compact keys)."));
    case K::Json:
        return TypeMapping::native(QStringLiteral("JSON"));
    case K::Jsonb:
        return TypeMapping::native(QStringLiteral("JSON"));
    case K::Bytes:
        if (type.length > 0)
            return TypeMapping::native(QStringLiteral("VARBINARY(%1)").arg(type.length));
        return TypeMapping::native(QStringLiteral("LONGBLOB"));
    case K::Enum:
        if (enumSql.isEmpty())
            return TypeMapping::emulated(
                QStringLiteral("LONGTEXT"), QStringLiteral("enum-missing"),
                QStringLiteral("The column's enum type does not exist, so "
                               "it is created as LONGTEXT; pick an enum."));
        return TypeMapping::native(enumSql);
    }
    return TypeMapping::native(QStringLiteral("LONGTEXT"));
}

bool MysqlTypeMapper::isLargeObject(const QString& sql)
{
    const QString upper = sql.trimmed().toUpper();
    return upper.endsWith(QLatin1String("TEXT")) || upper.endsWith(QLatin1String("BLOB")) ||
           upper == u"JSON" || upper.startsWith(QLatin1String("GEOMETRY"));
}

} // namespace schemata::dialect::mysql
