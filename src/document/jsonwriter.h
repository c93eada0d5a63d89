#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringView>
#include <QVarLengthArray>

namespace schemata::document {

// A minimal streaming writer for the canonical document layout: members in the
// order they are written (QJsonObject would sort them), two-space indentation, one
// member or object element per line, arrays of strings on one line, UTF-8 output.
// It trusts its caller to pair begin/end calls; the document writer is its only user.
class JsonWriter
{
public:
    explicit JsonWriter(qsizetype reserveBytes = 0);

    void beginObject(); // at a value position (after key() or element(), or at the top)
    void endObject();
    void beginArray();
    void endArray();

    void key(QLatin1StringView name); // starts the next member of the current object
    void key(QStringView name);
    void element(); // starts the next element of the current array

    void string(QStringView value);
    void string(QLatin1StringView value) { string(QString(value)); }
    void boolean(bool value);
    void integer(qint64 value);
    // Layout numbers: rounded to two decimals, written without a fraction when whole.
    void number(double value);
    // An array of strings on a single line: ["a", "b"].
    template <typename List, typename ToString>
    void inlineStringArray(const List& list, ToString toString)
    {
        m_out += '[';
        bool first = true;
        for (const auto& item : list) {
            if (!first)
                m_out += ", ";
            first = false;
            string(toString(item));
        }
        m_out += ']';
    }

    // The finished text with its final newline.
    QByteArray finish();

    // Exposed for tests of the number rule: the exact text number() writes.
    static QByteArray formatNumber(double value);

private:
    void nextLine();
    void appendEscaped(QStringView value);

    QByteArray m_out;
    QVarLengthArray<bool, 16> m_hasItems; // per open container: anything written yet?
};

} // namespace schemata::document
