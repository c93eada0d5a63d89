#pragma once

#include "dialect/typemapping.h"
#include "model/enumtype.h"

namespace schemata::dialect::mysql {

// Logical type → MySQL 8 / MariaDB 11 column type. Enums become inline ENUM(…);
// types MySQL lacks are emulated with a warning (uuid → CHAR(36) on MySQL, native
// UUID on MariaDB; interval → VARCHAR(64); varchar without length → VARCHAR(255)).
class MysqlTypeMapper
{
public:
    // `quoteLiteral` quotes the ENUM values; `enumType` may be null for a dangling enum.
    template <typename QuoteLiteral>
    static TypeMapping map(const model::LogicalType& type, bool mariaDb,
                           const model::EnumType* enumType, QuoteLiteral&& quoteLiteral)
    {
        QString enumSql;
        if (type.kind == model::LogicalType::Kind::Enum && enumType) {
            QStringList values;
            for (const QString& v : enumType->values)
                values.append(quoteLiteral(v));
            enumSql = QStringLiteral("ENUM(%1)").arg(values.join(QStringLiteral(", ")));
        }
        return map(type, mariaDb, enumSql);
    }

    static TypeMapping map(const model::LogicalType& type, bool mariaDb, const QString& enumSql);

    // Types that MySQL cannot index or default without extra syntax (TEXT, BLOB, JSON).
    static bool isLargeObject(const QString& sql);
};

} // namespace schemata::dialect::mysql
