#include "migrate/bundlescript.h"

#include <algorithm>

namespace schemata::migrate {

namespace {

using namespace Qt::StringLiterals;

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// The statement's words in upper case, single-spaced, without the ';'.
QString normalisedWords(const QString& sql)
{
    QString s = sql;
    if (s.endsWith(u';'))
        s.chop(1);
    return s.simplified().toUpper();
}

} // namespace

BundleScript::BundleScript(const QString& text, bool backslashEscapes) : m_text(text)
{
    split(backslashEscapes);
    classify();
}

bool BundleScript::isTransactionStart(const QString& sql)
{
    static const QStringList kStarts = {
        u"BEGIN"_s,           u"BEGIN TRANSACTION"_s, u"BEGIN WORK"_s,     u"START TRANSACTION"_s,
        u"BEGIN IMMEDIATE"_s, u"BEGIN DEFERRED"_s,    u"BEGIN EXCLUSIVE"_s};
    return kStarts.contains(normalisedWords(sql));
}

bool BundleScript::isTransactionEnd(const QString& sql)
{
    static const QStringList kEnds = {u"COMMIT"_s, u"COMMIT TRANSACTION"_s, u"COMMIT WORK"_s,
                                      u"END"_s, u"END TRANSACTION"_s};
    return kEnds.contains(normalisedWords(sql));
}

void BundleScript::split(bool backslashEscapes)
{
    const QString& t = m_text;
    const qsizetype n = t.size();
    QStringList pendingComments;
    qsizetype start = -1;
    qsizetype i = 0;
    const auto skipQuoted = [&](QChar quote, bool backslash) {
        // i is at the opening quote; leaves i after the closing one (or at the end).
        ++i;
        while (i < n) {
            const QChar c = t[i];
            if (backslash && c == u'\\') {
                i += 2;
                continue;
            }
            if (c == quote) {
                if (i + 1 < n && t[i + 1] == quote) { // doubled: an escaped quote
                    i += 2;
                    continue;
                }
                ++i;
                return;
            }
            ++i;
        }
    };
    while (i < n) {
        const QChar c = t[i];
        if (start < 0) {
            if (c.isSpace()) {
                ++i;
                continue;
            }
            if (c == u'-' && i + 1 < n && t[i + 1] == u'-') {
                const qsizetype eol = t.indexOf(u'\n', i);
                const qsizetype stop = eol < 0 ? n : eol;
                pendingComments << t.mid(i, stop - i).trimmed();
                i = stop;
                continue;
            }
            start = i;
        }
        if (c == u'\'') {
            const bool escapeString = i > 0 && (t[i - 1] == u'E' || t[i - 1] == u'e') &&
                                      (i < 2 || !isIdentifierChar(t[i - 2]));
            skipQuoted(c, backslashEscapes || escapeString);
        } else if (c == u'"' || c == u'`') {
            skipQuoted(c, false);
        } else if (c == u'-' && i + 1 < n && t[i + 1] == u'-') {
            const qsizetype eol = t.indexOf(u'\n', i);
            i = eol < 0 ? n : eol;
        } else if (c == u'/' && i + 1 < n && t[i + 1] == u'*') {
            const qsizetype close = t.indexOf("*/"_L1, i + 2);
            i = close < 0 ? n : close + 2;
        } else if (c == u'$' && (i == 0 || !isIdentifierChar(t[i - 1]))) {
            // $tag$ … $tag$ (PostgreSQL dollar quoting); "$1" is a parameter, not a quote.
            qsizetype j = i + 1;
            while (j < n && isIdentifierChar(t[j]) && !(j == i + 1 && t[j].isDigit()))
                ++j;
            if (j < n && t[j] == u'$') {
                const QString tag = t.mid(i, j - i + 1);
                const qsizetype close = t.indexOf(tag, j + 1);
                i = close < 0 ? n : close + tag.size();
            } else {
                ++i;
            }
        } else if (c == u';') {
            m_statements.append({pendingComments, t.mid(start, i + 1 - start), start, i + 1});
            pendingComments.clear();
            start = -1;
            ++i;
        } else {
            ++i;
        }
    }
    if (start >= 0) { // a last statement without ';'
        const QString rest = t.mid(start).trimmed();
        m_statements.append({pendingComments, rest, start, start + rest.size()});
    }
}

void BundleScript::classify()
{
    qsizetype starts = 0;
    qsizetype ends = 0;
    qsizetype first = -1;
    qsizetype last = -1;
    for (qsizetype i = 0; i < m_statements.size(); ++i) {
        if (isTransactionStart(m_statements[i].sql)) {
            ++starts;
            first = i;
        } else if (isTransactionEnd(m_statements[i].sql)) {
            ++ends;
            last = i;
        }
    }
    if (m_statements.isEmpty()) {
        m_wrappable = true;
        return;
    }
    if (starts != 1 || ends != 1 || first > last) {
        m_wrappable = false;
        return;
    }
    m_wrappable = true;
    for (qsizetype i = 0; i < m_statements.size(); ++i) {
        if (i >= first && i <= last)
            continue;
        if (!normalisedWords(m_statements[i].sql).startsWith("SET "_L1))
            m_wrappable = false;
    }
}

QString BundleScript::withoutTransactionControl() const
{
    QString out = m_text;
    // Back to front, so earlier offsets stay valid.
    for (auto it = m_statements.crbegin(); it != m_statements.crend(); ++it) {
        if (!isTransactionStart(it->sql) && !isTransactionEnd(it->sql))
            continue;
        qsizetype from = it->begin;
        qsizetype to = it->end;
        const qsizetype lineStart = from == 0 ? 0 : out.lastIndexOf(u'\n', from - 1) + 1;
        qsizetype lineEnd = out.indexOf(u'\n', to);
        if (lineEnd < 0)
            lineEnd = out.size();
        const bool aloneOnLine = out.mid(lineStart, from - lineStart).trimmed().isEmpty() &&
                                 out.mid(to, lineEnd - to).trimmed().isEmpty();
        if (aloneOnLine) {
            from = lineStart;
            to = std::min(lineEnd + 1, out.size());
            // "…\n\nBEGIN;\n\n…" leaves one blank line, not two.
            const bool blankBefore = from >= 2 && out[from - 2] == u'\n';
            if (blankBefore && to < out.size() && out[to] == u'\n')
                ++to;
        }
        out.remove(from, to - from);
    }
    return out;
}

QList<BundleScript::Statement> BundleScript::executableStatements() const
{
    if (!m_wrappable)
        return m_statements;
    QList<Statement> out;
    for (const Statement& s : m_statements) {
        if (!isTransactionStart(s.sql) && !isTransactionEnd(s.sql))
            out.append(s);
    }
    return out;
}

} // namespace schemata::migrate
