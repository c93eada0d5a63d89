#pragma once

#include "core/id.h"

#include <QMap>
#include <QString>
#include <optional>

namespace schemata::model {

// A column's type, independent of any dialect. Each dialect maps it to its own SQL
// (dialect/*/…typemapper), emulating what it lacks; `overrides` lets a user pin the
// exact SQL type for one dialect ("postgres" → "citext").
struct LogicalType
{
    enum class Kind
    {
        SmallInt,
        Integer,
        BigInt,
        Decimal,
        Real,
        Double,
        Varchar,
        Char,
        Text,
        Boolean,
        Date,
        Time,
        Timestamp,
        TimestampTz,
        Interval,
        Uuid,
        Json,
        Jsonb,
        Bytes,
        Enum,
    };

    Kind kind = Kind::Text;
    int length = -1;    // varchar(n), char(n), bytes(n); -1 = unbounded / unspecified
    int precision = -1; // numeric(p,s); fractional seconds for time/timestamp; -1 = default
    int scale = -1;     // numeric(p,s)
    core::Id enumId;    // Kind::Enum: the EnumType it draws values from
    core::Id domainId;  // set: declared with this DomainType; the fields above repeat its base type
    QMap<QString, QString> overrides; // dialect name → raw SQL type

    // Canonical text form used in the document and the UI: "varchar(40)", "numeric(10,2)",
    // "timestamptz(3)", "enum" (enumId is stored separately).
    QString toString() const;
    // Parses toString()'s form (and common aliases: int, int4, bool, float8, …).
    static std::optional<LogicalType> parse(QStringView text);
    static QString kindName(Kind kind);

    bool isInteger() const
    {
        return kind == Kind::SmallInt || kind == Kind::Integer || kind == Kind::BigInt;
    }
    bool isNumeric() const
    {
        return isInteger() || kind == Kind::Decimal || kind == Kind::Real || kind == Kind::Double;
    }
    bool isText() const
    {
        return kind == Kind::Varchar || kind == Kind::Char || kind == Kind::Text;
    }

    friend bool operator==(const LogicalType&, const LogicalType&) = default;
};

} // namespace schemata::model
