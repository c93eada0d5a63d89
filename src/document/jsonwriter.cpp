#include "document/jsonwriter.h"

#include <cmath>

namespace schemata::document {

namespace {

constexpr char kHexDigits[] = "0123456789abcdef";

void appendUnicodeEscape(QByteArray& out, char16_t c)
{
    out += "\\u";
    out += kHexDigits[(c >> 12) & 0xF];
    out += kHexDigits[(c >> 8) & 0xF];
    out += kHexDigits[(c >> 4) & 0xF];
    out += kHexDigits[c & 0xF];
}

} // namespace

JsonWriter::JsonWriter(qsizetype reserveBytes)
{
    m_out.reserve(reserveBytes);
}

void JsonWriter::nextLine()
{
    if (m_hasItems.back())
        m_out += ',';
    m_hasItems.back() = true;
    m_out += '\n';
    m_out.append(m_hasItems.size() * 2, ' ');
}

void JsonWriter::beginObject()
{
    m_out += '{';
    m_hasItems.append(false);
}

void JsonWriter::endObject()
{
    const bool hadItems = m_hasItems.back();
    m_hasItems.removeLast();
    if (hadItems) {
        m_out += '\n';
        m_out.append(m_hasItems.size() * 2, ' ');
    }
    m_out += '}';
}

void JsonWriter::beginArray()
{
    m_out += '[';
    m_hasItems.append(false);
}

void JsonWriter::endArray()
{
    const bool hadItems = m_hasItems.back();
    m_hasItems.removeLast();
    if (hadItems) {
        m_out += '\n';
        m_out.append(m_hasItems.size() * 2, ' ');
    }
    m_out += ']';
}

void JsonWriter::key(QLatin1StringView name)
{
    nextLine();
    m_out += '"';
    m_out += QByteArrayView(name.data(), name.size()); // member names are plain ASCII
    m_out += "\": ";
}

void JsonWriter::key(QStringView name)
{
    nextLine();
    string(name);
    m_out += ": ";
}

void JsonWriter::element()
{
    nextLine();
}

void JsonWriter::string(QStringView value)
{
    m_out += '"';
    appendEscaped(value);
    m_out += '"';
}

void JsonWriter::appendEscaped(QStringView value)
{
    const char16_t* p = value.utf16();
    const qsizetype n = value.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i];
        if (c < 0x80) {
            switch (c) {
            case u'"':
                m_out += "\\\"";
                break;
            case u'\\':
                m_out += "\\\\";
                break;
            case u'\b':
                m_out += "\\b";
                break;
            case u'\f':
                m_out += "\\f";
                break;
            case u'\n':
                m_out += "\\n";
                break;
            case u'\r':
                m_out += "\\r";
                break;
            case u'\t':
                m_out += "\\t";
                break;
            default:
                if (c < 0x20)
                    appendUnicodeEscape(m_out, c);
                else
                    m_out += char(c);
            }
        } else if (c < 0x800) {
            m_out += char(0xC0 | (c >> 6));
            m_out += char(0x80 | (c & 0x3F));
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(p[i + 1])) {
            const char32_t u = QChar::surrogateToUcs4(c, p[i + 1]);
            ++i;
            m_out += char(0xF0 | (u >> 18));
            m_out += char(0x80 | ((u >> 12) & 0x3F));
            m_out += char(0x80 | ((u >> 6) & 0x3F));
            m_out += char(0x80 | (u & 0x3F));
        } else if (QChar::isSurrogate(c)) {
            // A lone surrogate has no UTF-8 form; the escape keeps the string exactly
            // as it was (the reader decodes it back) and the output valid UTF-8.
            appendUnicodeEscape(m_out, c);
        } else {
            m_out += char(0xE0 | (c >> 12));
            m_out += char(0x80 | ((c >> 6) & 0x3F));
            m_out += char(0x80 | (c & 0x3F));
        }
    }
}

void JsonWriter::boolean(bool value)
{
    m_out += value ? "true" : "false";
}

void JsonWriter::integer(qint64 value)
{
    m_out += QByteArray::number(value);
}

void JsonWriter::number(double value)
{
    m_out += formatNumber(value);
}

QByteArray JsonWriter::formatNumber(double value)
{
    // JSON has no NaN or infinity; the reader never produces them, so only a model
    // built in code can hold one, and 0 keeps the file loadable.
    if (!std::isfinite(value))
        return QByteArrayLiteral("0");
    // Beyond this, hundredths no longer fit in 64 bits; such values are far outside
    // what the reader accepts, written whole so the output stays valid JSON.
    if (std::fabs(value) >= 1e15)
        return QByteArray::number(value, 'f', 0);
    const qint64 hundredths = std::llround(value * 100.0);
    if (hundredths % 100 == 0)
        return QByteArray::number(hundredths / 100);
    QByteArray out;
    const qint64 magnitude = hundredths < 0 ? -hundredths : hundredths;
    if (hundredths < 0)
        out += '-';
    out += QByteArray::number(magnitude / 100);
    out += '.';
    const int fraction = int(magnitude % 100);
    out += char('0' + fraction / 10);
    if (fraction % 10 != 0)
        out += char('0' + fraction % 10);
    return out;
}

QByteArray JsonWriter::finish()
{
    m_out += '\n';
    return std::move(m_out);
}

} // namespace schemata::document
