#include "connect/sqltext.h"

namespace schemata::connect::sqltext {

namespace {

bool isQuote(QChar c)
{
    return c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`');
}

// Position just after the quoted run starting at `pos` (doubled quotes stay inside).
qsizetype skipQuoted(QStringView text, qsizetype pos)
{
    const QChar quote = text.at(pos) == QLatin1Char('[') ? QLatin1Char(']') : text.at(pos);
    qsizetype i = pos + 1;
    while (i < text.size()) {
        if (text.at(i) == quote) {
            if (quote != QLatin1Char(']') && i + 1 < text.size() && text.at(i + 1) == quote) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        ++i;
    }
    return text.size();
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

} // namespace

std::optional<QString> stringLiteralValue(QStringView text, bool backslashEscapes)
{
    const QStringView t = text.trimmed();
    if (t.size() < 2 || t.front() != QLatin1Char('\'') || t.back() != QLatin1Char('\''))
        return std::nullopt;
    QString value;
    for (qsizetype i = 1; i < t.size() - 1; ++i) {
        const QChar c = t.at(i);
        if (backslashEscapes && c == QLatin1Char('\\') && i + 1 < t.size() - 1) {
            const QChar n = t.at(++i);
            if (n == QLatin1Char('n'))
                value += QLatin1Char('\n');
            else if (n == QLatin1Char('t'))
                value += QLatin1Char('\t');
            else if (n == QLatin1Char('r'))
                value += QLatin1Char('\r');
            else if (n == QLatin1Char('0'))
                value += QChar(0);
            else
                value += n;
            continue;
        }
        if (c == QLatin1Char('\'')) {
            // Only a doubled quote may appear inside; a lone one means two literals.
            if (i + 1 < t.size() - 1 && t.at(i + 1) == QLatin1Char('\'')) {
                value += c;
                ++i;
                continue;
            }
            return std::nullopt;
        }
        value += c;
    }
    return value;
}

qsizetype matchingParen(QStringView text, qsizetype open)
{
    int depth = 0;
    qsizetype i = open;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (isQuote(c) || c == QLatin1Char('[')) {
            i = skipQuoted(text, i);
            continue;
        }
        if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')')) {
            if (--depth == 0)
                return i;
        }
        ++i;
    }
    return -1;
}

QStringList splitTopLevel(QStringView text, QChar separator)
{
    QStringList parts;
    int depth = 0;
    qsizetype start = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (isQuote(c)) {
            i = skipQuoted(text, i);
            continue;
        }
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            --depth;
        else if (c == separator && depth == 0) {
            parts.append(text.mid(start, i - start).trimmed().toString());
            start = i + 1;
        }
        ++i;
    }
    const QStringView last = text.mid(start).trimmed();
    if (!last.isEmpty() || !parts.isEmpty())
        parts.append(last.toString());
    return parts;
}

qsizetype findTopLevelKeyword(QStringView text, QStringView word, qsizetype from)
{
    int depth = 0;
    qsizetype i = from;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (isQuote(c)) {
            i = skipQuoted(text, i);
            continue;
        }
        if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')')) {
            --depth;
        } else if (depth == 0 && (i == 0 || !isWordChar(text.at(i - 1))) &&
                   text.mid(i).startsWith(word, Qt::CaseInsensitive) &&
                   (i + word.size() >= text.size() || !isWordChar(text.at(i + word.size())))) {
            return i;
        }
        ++i;
    }
    return -1;
}

QString unquoteIdentifier(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.size() >= 2) {
        const QChar first = t.front();
        const QChar last = t.back();
        if (first == QLatin1Char('[') && last == QLatin1Char(']'))
            return t.mid(1, t.size() - 2).toString();
        if ((first == QLatin1Char('"') || first == QLatin1Char('`')) && last == first) {
            QString inner = t.mid(1, t.size() - 2).toString();
            inner.replace(QString(2, first), QString(first));
            return inner;
        }
    }
    return t.toString();
}

QString takeIdentifier(QStringView text, qsizetype& pos)
{
    while (pos < text.size() && text.at(pos).isSpace())
        ++pos;
    if (pos >= text.size())
        return {};
    const qsizetype start = pos;
    const QChar c = text.at(pos);
    if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('[') ||
        c == QLatin1Char('\'')) {
        pos = skipQuoted(text, pos);
        if (c == QLatin1Char('\''))
            return stringLiteralValue(text.mid(start, pos - start)).value_or(QString());
        return unquoteIdentifier(text.mid(start, pos - start));
    }
    while (pos < text.size() && isWordChar(text.at(pos)))
        ++pos;
    return text.mid(start, pos - start).toString();
}

QString stripOuterParens(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.startsWith(QLatin1Char('(')) && matchingParen(t, 0) == t.size() - 1)
        return t.mid(1, t.size() - 2).trimmed().toString();
    return t.toString();
}

} // namespace schemata::connect::sqltext
