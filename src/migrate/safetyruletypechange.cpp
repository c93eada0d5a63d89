#include "migrate/safetyruletypechange.h"

#include <algorithm>

namespace schemata::migrate {

namespace {

using Kind = model::LogicalType::Kind;

int integerRank(Kind kind)
{
    return kind == Kind::SmallInt ? 1 : kind == Kind::Integer ? 2 : 3;
}

int integerDigits(Kind kind)
{
    return kind == Kind::SmallInt ? 5 : kind == Kind::Integer ? 10 : 19;
}

bool isCharacter(Kind kind)
{
    return kind == Kind::Varchar || kind == Kind::Char;
}

bool isTimestamp(Kind kind)
{
    return kind == Kind::Timestamp || kind == Kind::TimestampTz;
}

// -1 = unbounded; a bound at least as large (or none) keeps every value.
TypeChange compareLength(int from, int to)
{
    if (from == to)
        return TypeChange::Same;
    if (to < 0)
        return TypeChange::Widening;
    if (from < 0)
        return TypeChange::Narrowing;
    return to > from ? TypeChange::Widening : TypeChange::Narrowing;
}

// Fractional seconds: -1 is the engines' default of 6 digits.
TypeChange comparePrecision(int from, int to)
{
    const int a = from < 0 ? 6 : from;
    const int b = to < 0 ? 6 : to;
    return a == b ? TypeChange::Same : b > a ? TypeChange::Widening : TypeChange::Narrowing;
}

TypeChange compareDecimal(const model::LogicalType& from, const model::LogicalType& to)
{
    if (from.precision == to.precision && from.scale == to.scale)
        return TypeChange::Same;
    if (to.precision < 0)
        return TypeChange::Widening;
    if (from.precision < 0)
        return TypeChange::Narrowing;
    const int fromScale = std::max(from.scale, 0);
    const int toScale = std::max(to.scale, 0);
    const bool keepsDigits = to.precision - toScale >= from.precision - fromScale;
    return keepsDigits && toScale >= fromScale ? TypeChange::Widening : TypeChange::Narrowing;
}

TypeChange sameKind(const model::LogicalType& from, const model::LogicalType& to)
{
    switch (from.kind) {
    case Kind::Varchar:
    case Kind::Char:
    case Kind::Bytes:
        return compareLength(from.length, to.length);
    case Kind::Decimal:
        return compareDecimal(from, to);
    case Kind::Time:
    case Kind::Timestamp:
    case Kind::TimestampTz:
    case Kind::Interval:
        return comparePrecision(from.precision, to.precision);
    case Kind::Enum:
        return from.enumId == to.enumId ? TypeChange::Same : TypeChange::Cast;
    default:
        return from.overrides == to.overrides ? TypeChange::Same : TypeChange::Cast;
    }
}

} // namespace

TypeChange classifyTypeChange(const model::LogicalType& from, const model::LogicalType& to)
{
    if (from.kind == to.kind) {
        const TypeChange change = sameKind(from, to);
        // A pinned per-dialect type that changed is a conversion we cannot judge.
        if (change == TypeChange::Same && from.overrides != to.overrides)
            return TypeChange::Cast;
        return change;
    }
    if (from.isInteger() && to.isInteger())
        return integerRank(to.kind) > integerRank(from.kind) ? TypeChange::Widening
                                                             : TypeChange::Narrowing;
    if (from.isInteger() && to.kind == Kind::Decimal)
        return to.precision < 0 || to.precision - std::max(to.scale, 0) >= integerDigits(from.kind)
                   ? TypeChange::Widening
                   : TypeChange::Narrowing;
    // A double holds 53 bits of mantissa, a real 24: larger integers are rounded.
    if (from.isInteger() && to.kind == Kind::Double)
        return from.kind == Kind::BigInt ? TypeChange::Narrowing : TypeChange::Widening;
    if (from.isInteger() && to.kind == Kind::Real)
        return from.kind == Kind::SmallInt ? TypeChange::Widening : TypeChange::Narrowing;
    if (from.kind == Kind::Real && to.kind == Kind::Double)
        return TypeChange::Widening;
    if (from.isNumeric() && to.isNumeric())
        return TypeChange::Narrowing; // double → real, decimal → integer/float, float → decimal
    if (to.kind == Kind::Text)
        return from.kind == Kind::Bytes ? TypeChange::Cast : TypeChange::Widening;
    if (isCharacter(from.kind) && isCharacter(to.kind))
        return compareLength(from.length, to.length) == TypeChange::Narrowing
                   ? TypeChange::Narrowing
                   : TypeChange::Widening;
    if (from.kind == Kind::Text && isCharacter(to.kind))
        return to.length < 0 ? TypeChange::Widening : TypeChange::Narrowing;
    if (from.kind == Kind::Date && isTimestamp(to.kind))
        return TypeChange::Widening;
    if (isTimestamp(from.kind) && to.kind == Kind::Date)
        return TypeChange::Narrowing;
    if (from.kind == Kind::Jsonb && to.kind == Kind::Json)
        return TypeChange::Widening;
    if (from.kind == Kind::Json && to.kind == Kind::Jsonb)
        return TypeChange::Narrowing; // duplicate keys and key order are not kept
    // timestamp ↔ timestamptz reinterprets every value in the session time zone.
    return TypeChange::Cast;
}

bool postgresRewritesTable(const model::LogicalType& from, const model::LogicalType& to)
{
    const TypeChange change = classifyTypeChange(from, to);
    if (change == TypeChange::Same)
        return false;
    if (change != TypeChange::Widening)
        return true;
    if (from.kind == to.kind) {
        switch (from.kind) {
        case Kind::Varchar:
        case Kind::Bytes:
            return false;
        case Kind::Decimal:
            return std::max(from.scale, 0) != std::max(to.scale, 0) && to.precision >= 0;
        case Kind::Time:
        case Kind::Timestamp:
        case Kind::TimestampTz:
        case Kind::Interval:
            return false;
        default:
            return true;
        }
    }
    // varchar → text and text → varchar without a length are the same storage.
    return !((from.kind == Kind::Varchar && to.kind == Kind::Text) ||
             (from.kind == Kind::Text && to.kind == Kind::Varchar && to.length < 0));
}

bool mysqlCopiesTable(const model::LogicalType& from, const model::LogicalType& to)
{
    if (classifyTypeChange(from, to) == TypeChange::Same)
        return false;
    if (from.kind == Kind::Varchar && to.kind == Kind::Varchar && from.length >= 0 &&
        to.length >= from.length)
        return (from.length <= 63) != (to.length <= 63);
    return true;
}

} // namespace schemata::migrate
