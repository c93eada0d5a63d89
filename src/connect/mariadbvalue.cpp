#include "connect/mariadbvalue.h"

#include <QDateTime>
#include <QTimeZone>

namespace schemata::connect {

namespace {

constexpr unsigned kBinaryCharset = 63; // "binary": BLOB, BINARY, VARBINARY

bool isUnsigned(const MYSQL_FIELD& field)
{
    return (field.flags & UNSIGNED_FLAG) != 0;
}

} // namespace

QMetaType mariaDbFieldType(const MYSQL_FIELD& field)
{
    switch (field.type) {
    case MYSQL_TYPE_TINY:
    case MYSQL_TYPE_SHORT:
    case MYSQL_TYPE_INT24:
    case MYSQL_TYPE_LONG:
    case MYSQL_TYPE_YEAR:
        return QMetaType(isUnsigned(field) ? QMetaType::UInt : QMetaType::Int);
    case MYSQL_TYPE_LONGLONG:
        return QMetaType(isUnsigned(field) ? QMetaType::ULongLong : QMetaType::LongLong);
    case MYSQL_TYPE_BIT:
        return QMetaType(QMetaType::ULongLong);
    case MYSQL_TYPE_DECIMAL:
    case MYSQL_TYPE_NEWDECIMAL:
    case MYSQL_TYPE_FLOAT:
    case MYSQL_TYPE_DOUBLE:
        return QMetaType(QMetaType::Double);
    case MYSQL_TYPE_DATE:
    case MYSQL_TYPE_NEWDATE:
        return QMetaType(QMetaType::QDate);
    case MYSQL_TYPE_TIME:
        return QMetaType(QMetaType::QTime);
    case MYSQL_TYPE_DATETIME:
    case MYSQL_TYPE_TIMESTAMP:
        return QMetaType(QMetaType::QDateTime);
    case MYSQL_TYPE_TINY_BLOB:
    case MYSQL_TYPE_MEDIUM_BLOB:
    case MYSQL_TYPE_LONG_BLOB:
    case MYSQL_TYPE_BLOB:
    case MYSQL_TYPE_STRING:
    case MYSQL_TYPE_VAR_STRING:
    case MYSQL_TYPE_VARCHAR:
        return QMetaType(field.charsetnr == kBinaryCharset ? QMetaType::QByteArray
                                                           : QMetaType::QString);
    case MYSQL_TYPE_GEOMETRY:
        return QMetaType(QMetaType::QByteArray);
    default:
        return QMetaType(QMetaType::QString);
    }
}

QVariant mariaDbValue(const MYSQL_FIELD& field, const char* text, unsigned long length,
                      QSql::NumericalPrecisionPolicy policy)
{
    const QMetaType type = mariaDbFieldType(field);
    if (text == nullptr)
        return QVariant(type);
    const QByteArray bytes(text, qsizetype(length));
    switch (type.id()) {
    case QMetaType::Int:
        return bytes.toInt();
    case QMetaType::UInt:
        return bytes.toUInt();
    case QMetaType::LongLong:
        return bytes.toLongLong();
    case QMetaType::ULongLong:
        if (field.type == MYSQL_TYPE_BIT) {
            // BIT(n) arrives as its bytes, most significant first; QMYSQL hands the value
            // out as unsigned long (the column's type stays qulonglong).
            quint64 value = 0;
            for (const char byte : bytes)
                value = (value << 8) | quint8(byte);
            return QVariant::fromValue(static_cast<unsigned long>(value));
        }
        return bytes.toULongLong();
    case QMetaType::Double:
        switch (policy) {
        case QSql::LowPrecisionInt32:
            return bytes.toInt();
        case QSql::LowPrecisionInt64:
            return bytes.toLongLong();
        case QSql::HighPrecision:
            return QString::fromLatin1(bytes);
        case QSql::LowPrecisionDouble:
            break;
        }
        return bytes.toDouble();
    case QMetaType::QDate:
        return QDate::fromString(QString::fromLatin1(bytes), Qt::ISODate);
    case QMetaType::QTime:
        return QTime::fromString(QString::fromLatin1(bytes), Qt::ISODateWithMs);
    case QMetaType::QDateTime: {
        // "2024-05-01 12:30:00[.123456]": ISO 8601 but for the space. The server sends no
        // zone; QMYSQL reads it as UTC, and so does this.
        QDateTime value = QDateTime::fromString(QString::fromLatin1(bytes).replace(u' ', u'T'),
                                                Qt::ISODateWithMs);
        value.setTimeZone(QTimeZone::UTC);
        return value;
    }
    case QMetaType::QByteArray:
        return bytes;
    default:
        return QString::fromUtf8(bytes);
    }
}

} // namespace schemata::connect
