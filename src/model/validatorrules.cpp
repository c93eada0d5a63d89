#include "model/validatorrules.h"

#include <QRegularExpression>

namespace schemata::model::validatorrules {

TypeMatch compareTypes(const LogicalType& referencing, const LogicalType& referenced)
{
    // Overrides are per-dialect SQL the user pinned; the logical type is what both
    // sides promise, so the comparison ignores them.
    if (referencing.kind == referenced.kind) {
        if (referencing.kind == LogicalType::Kind::Enum)
            return referencing.enumId == referenced.enumId ? TypeMatch::Same : TypeMatch::Mismatch;
        const bool sameParameters = referencing.length == referenced.length &&
                                    referencing.precision == referenced.precision &&
                                    referencing.scale == referenced.scale;
        return sameParameters ? TypeMatch::Same : TypeMatch::Widen;
    }
    if (referencing.isInteger() && referenced.isInteger())
        return TypeMatch::Widen;
    if (referencing.isText() && referenced.isText())
        return TypeMatch::Widen;
    return TypeMatch::Mismatch;
}

bool isIsoDuration(QStringView text)
{
    // Either weeks alone or the calendar form; at least one component, a "T" only when
    // a time component follows, a fraction only on seconds (the smallest unit we allow
    // one on, which is what PostgreSQL's interval input and our retention jobs accept).
    static const QRegularExpression weeks(QStringLiteral(R"(^P\d+W$)"));
    static const QRegularExpression calendar(QStringLiteral(
        R"(^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?$)"));
    return weeks.matchView(text).hasMatch() || calendar.matchView(text).hasMatch();
}

QString typeParameterProblem(const LogicalType& type)
{
    using Kind = LogicalType::Kind;
    switch (type.kind) {
    case Kind::Varchar:
    case Kind::Char:
    case Kind::Bytes:
        if (type.length == 0 || type.length < -1)
            return QStringLiteral("%1 length must be at least 1")
                .arg(LogicalType::kindName(type.kind));
        break;
    case Kind::Decimal:
        if (type.precision == 0 || type.precision > 1000 || type.precision < -1)
            return QStringLiteral("numeric precision must be between 1 and 1000");
        if (type.scale < -1 || (type.precision > 0 && type.scale > type.precision))
            return QStringLiteral("numeric scale must be between 0 and the precision (%1)")
                .arg(type.precision);
        break;
    case Kind::Time:
    case Kind::Timestamp:
    case Kind::TimestampTz:
        if (type.precision < -1 || type.precision > 6)
            return QStringLiteral("fractional seconds precision must be between 0 and 6");
        break;
    default:
        break;
    }
    return {};
}

} // namespace schemata::model::validatorrules
