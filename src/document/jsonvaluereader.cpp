#include "document/jsonvaluereader.h"

#include "document/jsonpath.h"

#include <algorithm>
#include <cmath>

namespace schemata::document {

namespace {

using namespace Qt::StringLiterals;

const char* typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return "null";
    case QJsonValue::Bool:
        return "a boolean";
    case QJsonValue::Double:
        return "a number";
    case QJsonValue::String:
        return "a string";
    case QJsonValue::Array:
        return "an array";
    case QJsonValue::Object:
        return "an object";
    case QJsonValue::Undefined:
        break;
    }
    return "nothing";
}

} // namespace

bool JsonValueReader::fail(const JsonPath& at, const QString& message)
{
    const QString path = at.toString();
    m_error =
        core::Error{m_source.isEmpty() ? path : m_source + QStringLiteral(": ") + path, message};
    return false;
}

bool JsonValueReader::fail(const core::Error& error)
{
    m_error = error;
    return false;
}

bool JsonValueReader::typeError(const JsonPath& at, const char* expected, const QJsonValue& found)
{
    return fail(at, QStringLiteral("expected %1, found %2")
                        .arg(QLatin1String(expected), QLatin1String(typeName(found))));
}

bool JsonValueReader::checkKeys(const QJsonObject& o, const JsonPath& at,
                                std::initializer_list<QLatin1StringView> allowed)
{
    // Counting the allowed keys that are present avoids materialising every key as a
    // QString (an allocation each, on tens of thousands of objects); only an object
    // with an unknown key is walked to name it.
    qsizetype known = 0;
    for (const QLatin1StringView key : allowed)
        known += o.contains(key) ? 1 : 0;
    if (known == o.size())
        return true;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString key = it.key();
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
            const JsonPath keyAt = at.dynamicKey(key);
            return fail(keyAt, QStringLiteral("unknown key"));
        }
    }
    return true;
}

bool JsonValueReader::optionalObject(const QJsonObject& o, const JsonPath& at,
                                     QLatin1StringView key, QJsonObject& out, bool& present)
{
    const QJsonValue value = o.value(key);
    present = !value.isUndefined();
    if (!present)
        return true;
    const JsonPath valueAt = at.key(key);
    return elementObject(value, valueAt, out);
}

bool JsonValueReader::optionalArray(const QJsonObject& o, const JsonPath& at, QLatin1StringView key,
                                    QJsonArray& out)
{
    const QJsonValue value = o.value(key);
    if (value.isUndefined()) {
        out = QJsonArray();
        return true;
    }
    if (!value.isArray()) {
        const JsonPath valueAt = at.key(key);
        return typeError(valueAt, "an array", value);
    }
    out = value.toArray();
    return true;
}

bool JsonValueReader::elementObject(const QJsonValue& v, const JsonPath& at, QJsonObject& out)
{
    if (!v.isObject())
        return typeError(at, "an object", v);
    out = v.toObject();
    return true;
}

bool JsonValueReader::optionalString(const QJsonObject& o, const JsonPath& at,
                                     QLatin1StringView key, QString& out, bool* present)
{
    const QJsonValue value = o.value(key);
    if (present)
        *present = !value.isUndefined();
    if (value.isUndefined())
        return true;
    if (!value.isString()) {
        const JsonPath valueAt = at.key(key);
        return typeError(valueAt, "a string", value);
    }
    out = value.toString();
    return true;
}

bool JsonValueReader::requiredString(const QJsonObject& o, const JsonPath& at,
                                     QLatin1StringView key, QString& out)
{
    bool present = false;
    if (!optionalString(o, at, key, out, &present))
        return false;
    if (!present) {
        const JsonPath valueAt = at.key(key);
        return fail(valueAt, QStringLiteral("missing required key"));
    }
    return true;
}

bool JsonValueReader::optionalBool(const QJsonObject& o, const JsonPath& at, QLatin1StringView key,
                                   bool& out)
{
    const QJsonValue value = o.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isBool()) {
        const JsonPath valueAt = at.key(key);
        return typeError(valueAt, "a boolean", value);
    }
    out = value.toBool();
    return true;
}

bool JsonValueReader::optionalNumber(const QJsonObject& o, const JsonPath& at,
                                     QLatin1StringView key, double& out, bool nonNegative)
{
    const QJsonValue value = o.value(key);
    if (value.isUndefined())
        return true;
    const JsonPath valueAt = at.key(key);
    if (!value.isDouble())
        return typeError(valueAt, "a number", value);
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::fabs(number) > kMaxCoordinate)
        return fail(valueAt, QStringLiteral("number out of range (at most 1e9 in magnitude)"));
    if (nonNegative && number < 0)
        return fail(valueAt, QStringLiteral("must not be negative"));
    // Layout coordinates beyond the bound are not drawings but corrupt data; the bound
    // also keeps the rounding below exact. Kept as the writer will write it (two
    // decimals), so load → save → load is exact.
    out = double(std::llround(number * 100.0)) / 100.0;
    return true;
}

bool JsonValueReader::stringList(const QJsonObject& o, const JsonPath& at, QLatin1StringView key,
                                 QStringList& out)
{
    QJsonArray array;
    if (!optionalArray(o, at, key, array))
        return false;
    const JsonPath listAt = at.key(key);
    out.clear();
    out.reserve(std::min<qsizetype>(array.size(), 1 << 16));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue value = array.at(i);
        if (!value.isString()) {
            const JsonPath itemAt = listAt.index(i);
            return typeError(itemAt, "a string", value);
        }
        out.append(value.toString());
    }
    return true;
}

bool JsonValueReader::optionalReference(const QJsonObject& o, const JsonPath& at,
                                        QLatin1StringView key, core::Id& out, bool required)
{
    QString text;
    bool present = false;
    if (!optionalString(o, at, key, text, &present))
        return false;
    const JsonPath valueAt = at.key(key);
    if (!present)
        return required ? fail(valueAt, QStringLiteral("missing required key")) : true;
    if (text.isEmpty())
        return fail(valueAt, QStringLiteral("must not be empty"));
    out = core::Id(std::move(text));
    return true;
}

bool JsonValueReader::referenceList(const QJsonObject& o, const JsonPath& at, QLatin1StringView key,
                                    QList<core::Id>& out)
{
    QJsonArray array;
    if (!optionalArray(o, at, key, array))
        return false;
    const JsonPath listAt = at.key(key);
    out.clear();
    out.reserve(std::min<qsizetype>(array.size(), 1 << 16));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue value = array.at(i);
        const JsonPath itemAt = listAt.index(i);
        if (!value.isString())
            return typeError(itemAt, "a string (an id)", value);
        QString text = value.toString();
        if (text.isEmpty())
            return fail(itemAt, QStringLiteral("must not be empty"));
        out.append(core::Id(std::move(text)));
    }
    return true;
}

QString JsonValueReader::quoted(QStringView text)
{
    constexpr qsizetype kMax = 80;
    QString out;
    out.reserve(std::min(text.size(), kMax) + 4);
    out += QLatin1Char('"');
    for (qsizetype i = 0; i < text.size() && i < kMax; ++i) {
        const QChar c = text[i];
        if (c == u'"' || c == u'\\')
            out += QLatin1Char('\\');
        out += c.unicode() < 0x20 ? QChar(u'?') : c;
    }
    if (text.size() > kMax)
        out += QChar(0x2026);
    out += QLatin1Char('"');
    return out;
}

} // namespace schemata::document
