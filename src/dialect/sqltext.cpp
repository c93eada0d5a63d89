#include "dialect/sqltext.h"

#include <algorithm>

namespace schemata::dialect {

namespace {

bool isLower(QChar c)
{
    return c >= u'a' && c <= u'z';
}
bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

quint32 fnv1a(const QByteArray& bytes)
{
    quint32 hash = 2166136261u;
    for (const char b : bytes) {
        hash ^= static_cast<quint8>(b);
        hash *= 16777619u;
    }
    return hash;
}

int codePoints(const QString& s)
{
    int n = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!s.at(i).isLowSurrogate())
            ++n;
    }
    return n;
}

// Longest prefix of `s` within the limits, never splitting a surrogate pair.
QString prefixWithin(const QString& s, int maxBytes, int maxChars)
{
    int bytes = 0;
    int chars = 0;
    qsizetype i = 0;
    while (i < s.size()) {
        const bool pair = s.at(i).isHighSurrogate() && i + 1 < s.size();
        const char32_t cp = pair ? QChar::surrogateToUcs4(s.at(i), s.at(i + 1)) : s.at(i).unicode();
        const int len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        if ((maxBytes > 0 && bytes + len > maxBytes) || (maxChars > 0 && chars + 1 > maxChars))
            break;
        bytes += len;
        ++chars;
        i += pair ? 2 : 1;
    }
    return s.left(i);
}

} // namespace

bool isPlainIdentifier(QStringView identifier)
{
    if (identifier.isEmpty())
        return false;
    const QChar first = identifier.front();
    if (!isLower(first) && first != u'_')
        return false;
    return std::all_of(identifier.begin(), identifier.end(),
                       [](QChar c) { return isLower(c) || isDigit(c) || c == u'_'; });
}

bool containsKeyword(std::span<const std::string_view> sortedUpperKeywords, QStringView word)
{
    if (word.isEmpty() || word.size() > 64)
        return false;
    char buffer[64];
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t c = word.at(i).unicode();
        if (c >= 0x80)
            return false; // every keyword is ASCII
        buffer[i] = (c >= u'a' && c <= u'z') ? static_cast<char>(c - 32) : static_cast<char>(c);
    }
    const std::string_view key(buffer, static_cast<size_t>(word.size()));
    return std::binary_search(sortedUpperKeywords.begin(), sortedUpperKeywords.end(), key);
}

QString quoteDelimited(QStringView text, QChar quote)
{
    QString out;
    out.reserve(text.size() + 2);
    out += quote;
    for (const QChar c : text) {
        out += c;
        if (c == quote)
            out += quote;
    }
    out += quote;
    return out;
}

QString quoteStringLiteral(QStringView text, bool escapeBackslash, QLatin1StringView nulFunction)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'\'';
    for (const QChar c : text) {
        if (c == u'\'') {
            out += QLatin1String("''");
        } else if (c == u'\\' && escapeBackslash) {
            out += QLatin1String("\\\\");
        } else if (c.isNull()) {
            if (escapeBackslash) {
                out += QLatin1String("\\0");
            } else {
                // Neither PostgreSQL nor SQLite has an escape for NUL in a standard
                // literal: close the literal and concatenate the character.
                out += QLatin1String("' || ") + nulFunction + QLatin1String("(0) || '");
            }
        } else {
            out += c;
        }
    }
    out += u'\'';
    return out;
}

bool isNumericLiteral(QStringView text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (i < n && (text[i] == u'+' || text[i] == u'-'))
        ++i;
    qsizetype digits = 0;
    while (i < n && isDigit(text[i])) {
        ++i;
        ++digits;
    }
    if (i < n && text[i] == u'.') {
        ++i;
        while (i < n && isDigit(text[i])) {
            ++i;
            ++digits;
        }
    }
    if (digits == 0)
        return false;
    if (i < n && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        if (i < n && (text[i] == u'+' || text[i] == u'-'))
            ++i;
        qsizetype expDigits = 0;
        while (i < n && isDigit(text[i])) {
            ++i;
            ++expDigits;
        }
        if (expDigits == 0)
            return false;
    }
    return i == n;
}

bool isSimpleSqlTerm(QStringView sql)
{
    const QStringView s = sql.trimmed();
    if (s.isEmpty())
        return false;
    if (isNumericLiteral(s))
        return true;
    if (s.front() == u'\'') {
        // One literal with '' doubling and nothing after it.
        for (qsizetype i = 1; i < s.size(); ++i) {
            if (s[i] != u'\'')
                continue;
            if (i + 1 < s.size() && s[i + 1] == u'\'') {
                ++i;
                continue;
            }
            return i == s.size() - 1;
        }
        return false;
    }
    qsizetype i = 0;
    auto isNameChar = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || isDigit(c) || c == u'_' ||
               c == u'.';
    };
    if (isDigit(s[0]) || s[0] == u'.')
        return false;
    while (i < s.size() && isNameChar(s[i]))
        ++i;
    if (i == 0)
        return false;
    if (i == s.size())
        return true;
    if (s[i] != u'(' || s.back() != u')')
        return false;
    const QStringView args = s.sliced(i + 1, s.size() - i - 2);
    return !args.contains(u'(') && !args.contains(u')') && !args.contains(u'\'');
}

bool isFullyParenthesized(QStringView sql)
{
    const QStringView s = sql.trimmed();
    if (s.size() < 2 || s.front() != u'(' || s.back() != u')')
        return false;
    int depth = 0;
    QChar inQuote;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (!inQuote.isNull()) {
            if (c == inQuote)
                inQuote = QChar();
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`') {
            inQuote = c;
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')') {
            --depth;
            if (depth == 0 && i != s.size() - 1)
                return false;
        }
    }
    return depth == 0;
}

QSet<QString> referencedIdentifiers(QStringView sql)
{
    QSet<QString> out;
    qsizetype i = 0;
    const qsizetype n = sql.size();
    auto isWordStart = [](QChar c) { return c.isLetter() || c == u'_'; };
    auto isWordChar = [](QChar c) { return c.isLetterOrNumber() || c == u'_' || c == u'$'; };
    while (i < n) {
        const QChar c = sql[i];
        if (c == u'\'' || c == u'"' || c == u'`') {
            QString text;
            ++i;
            while (i < n) {
                if (sql[i] == c) {
                    if (i + 1 < n && sql[i + 1] == c) { // doubled quote
                        text += c;
                        i += 2;
                        continue;
                    }
                    break;
                }
                text += sql[i++];
            }
            ++i; // closing quote
            if (c != u'\'')
                out.insert(text.toCaseFolded());
        } else if (isWordStart(c)) {
            const qsizetype start = i;
            while (i < n && isWordChar(sql[i]))
                ++i;
            out.insert(sql.sliced(start, i - start).toString().toCaseFolded());
        } else {
            ++i;
        }
    }
    return out;
}

QString replaceBareWord(QStringView sql, QStringView word, QStringView replacement)
{
    QString out;
    out.reserve(sql.size() + replacement.size());
    const qsizetype n = sql.size();
    auto isWordStart = [](QChar c) { return c.isLetter() || c == u'_'; };
    auto isWordChar = [](QChar c) { return c.isLetterOrNumber() || c == u'_' || c == u'$'; };
    // Index one past the closing `quote` of a literal opened at `i`, with doubling (and
    // backslash escapes in PostgreSQL's E'…'); the end of the text when it is unterminated.
    auto skipQuoted = [&](qsizetype i, QChar quote, bool backslashEscapes) {
        ++i;
        while (i < n) {
            if (backslashEscapes && sql[i] == u'\\') {
                i += 2;
                continue;
            }
            if (sql[i] == quote) {
                if (i + 1 < n && sql[i + 1] == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            ++i;
        }
        return n;
    };
    qsizetype i = 0;
    while (i < n) {
        const QChar c = sql[i];
        qsizetype end = i + 1;
        if (c == u'\'' || c == u'"' || c == u'`') {
            end = std::min(skipQuoted(i, c, false), n);
        } else if (c == u'-' && i + 1 < n && sql[i + 1] == u'-') {
            end = sql.indexOf(u'\n', i);
            end = end < 0 ? n : end;
        } else if (c == u'/' && i + 1 < n && sql[i + 1] == u'*') {
            end = sql.indexOf(QStringView(u"*/"), i + 2);
            end = end < 0 ? n : end + 2;
        } else if (c == u'$') {
            // $tag$ … $tag$ (the tag may be empty).
            qsizetype t = i + 1;
            while (t < n && (sql[t].isLetterOrNumber() || sql[t] == u'_'))
                ++t;
            if (t < n && sql[t] == u'$' && (t == i + 1 || !sql[i + 1].isDigit())) {
                const QStringView tag = sql.sliced(i, t - i + 1);
                const qsizetype close = sql.indexOf(tag, t + 1);
                end = close < 0 ? n : close + tag.size();
            } else {
                end = t; // $1, $name: a parameter, never the word itself
            }
        } else if (isWordStart(c)) {
            while (end < n && isWordChar(sql[end]))
                ++end;
            const QStringView token = sql.sliced(i, end - i);
            // E'…' / e'…': one token with the literal that follows.
            if (token.size() == 1 && (c == u'E' || c == u'e') && end < n && sql[end] == u'\'') {
                end = skipQuoted(end, u'\'', true);
                out += sql.sliced(i, std::min(end, n) - i);
                i = std::min(end, n);
                continue;
            }
            qsizetype before = i - 1;
            while (before >= 0 && sql[before].isSpace())
                --before;
            const bool qualified = before >= 0 && sql[before] == u'.';
            if (!qualified && token.compare(word, Qt::CaseInsensitive) == 0) {
                out += replacement;
                i = end;
                continue;
            }
        }
        out += sql.sliced(i, end - i);
        i = end;
    }
    return out;
}

QString flattenComment(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const bool lineBreak = c == u'\n' || c == u'\r' || c == u'\v' || c == u'\f' ||
                               c == QChar(0x85) || c == QChar(0x2028) || c == QChar(0x2029);
        out += lineBreak ? QChar(u' ') : c;
    }
    return out.trimmed();
}

bool exceedsIdentifierLimit(const QString& name, int maxBytes, int maxChars)
{
    if (maxBytes > 0 && name.toUtf8().size() > maxBytes)
        return true;
    return maxChars > 0 && codePoints(name) > maxChars;
}

QString fitIdentifier(const QString& name, int maxBytes, int maxChars, QStringView keepSuffix)
{
    if (!exceedsIdentifierLimit(name, maxBytes, maxChars))
        return name;
    const bool keep = !keepSuffix.isEmpty() && name.endsWith(keepSuffix) && keepSuffix.size() < 16;
    const QString kept = keep ? keepSuffix.toString() : QString();
    const QString suffix =
        QStringLiteral("_%1").arg(fnv1a(name.toUtf8()), 8, 16, QChar(u'0')) + kept;
    const int room = static_cast<int>(suffix.size()); // ASCII: bytes == characters
    const QString prefix =
        prefixWithin(name.left(name.size() - kept.size()), maxBytes > 0 ? maxBytes - room : 0,
                     maxChars > 0 ? maxChars - room : 0);
    return prefix + suffix;
}

} // namespace schemata::dialect
