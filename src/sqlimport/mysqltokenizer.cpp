#include "sqlimport/mysqltokenizer.h"

namespace schemata::sqlimport {

using namespace Qt::StringLiterals;

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$' || c.unicode() >= 0x80;
}

// The end of a quoted token starting at `start` (the quote): past the closing quote, or
// the end of the text. A doubled quote is the quote itself; a backslash escapes the next
// character in strings when `backslashEscapes` (never in `identifiers`).
qsizetype quotedEnd(QStringView sql, qsizetype start, bool backslashEscapes)
{
    const QChar quote = sql.at(start);
    qsizetype i = start + 1;
    while (i < sql.size()) {
        const QChar c = sql.at(i);
        if (c == u'\\' && backslashEscapes && quote != u'`') {
            i += 2;
            continue;
        }
        if (c == quote) {
            if (i + 1 < sql.size() && sql.at(i + 1) == quote) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        ++i;
    }
    return sql.size();
}

QString unquoted(QStringView token)
{
    if (token.size() < 2)
        return token.toString();
    const QChar quote = token.front();
    QStringView inner = token.mid(1);
    if (inner.back() == quote)
        inner.chop(1);
    return inner.toString().replace(QString(2, quote), QString(quote));
}

} // namespace

QList<MySqlToken> MySqlTokenizer::tokenize(QStringView sql, bool backslashEscapes)
{
    using Kind = MySqlToken::Kind;
    QList<MySqlToken> tokens;
    bool inConditional = false; // inside /*! … */: its "*/" ends it
    qsizetype i = 0;
    const qsizetype n = sql.size();
    const auto add = [&](Kind kind, qsizetype start, qsizetype end, QString text) {
        tokens.append({kind, start, end - start, std::move(text)});
        i = end;
    };
    while (i < n) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < n ? sql.at(i + 1) : QChar();
        if (c.isSpace()) {
            ++i;
        } else if (c == u'#' ||
                   (c == u'-' && next == u'-' && (i + 2 >= n || sql.at(i + 2).unicode() <= ' '))) {
            while (i < n && sql.at(i) != u'\n')
                ++i;
        } else if (c == u'/' && next == u'*') {
            const bool conditional = (i + 2 < n && sql.at(i + 2) == u'!') ||
                                     (i + 3 < n && sql.at(i + 2) == u'M' && sql.at(i + 3) == u'!');
            if (conditional && !inConditional) {
                i += sql.at(i + 2) == u'!' ? 3 : 4;
                while (i < n && sql.at(i).isDigit())
                    ++i;
                inConditional = true;
            } else {
                const qsizetype close = sql.indexOf(u"*/", i + 2);
                i = close < 0 ? n : close + 2;
            }
        } else if (c == u'*' && next == u'/' && inConditional) {
            inConditional = false;
            i += 2;
        } else if (c == u'\'' || c == u'"' || c == u'`') {
            const qsizetype end = quotedEnd(sql, i, backslashEscapes);
            const Kind kind = c == u'\''  ? Kind::String
                              : c == u'"' ? Kind::DoubleQuoted
                                          : Kind::Backticked;
            add(kind, i, end, unquoted(sql.mid(i, end - i)));
        } else if (c == u'@') {
            qsizetype end = i + 1;
            if (end < n && sql.at(end) == u'@')
                ++end;
            if (end < n && (sql.at(end) == u'\'' || sql.at(end) == u'"' || sql.at(end) == u'`'))
                end = quotedEnd(sql, end, backslashEscapes);
            else
                while (end < n && (isWordChar(sql.at(end)) || sql.at(end) == u'.'))
                    ++end;
            add(Kind::Variable, i, end, sql.mid(i, end - i).toString());
        } else if (isWordChar(c)) {
            qsizetype end = i;
            bool digits = true;
            while (end < n && isWordChar(sql.at(end))) {
                digits = digits && sql.at(end).isDigit();
                ++end;
            }
            add(digits ? Kind::Number : Kind::Word, i, end, sql.mid(i, end - i).toString());
        } else if (c == u'.') {
            add(Kind::Dot, i, i + 1, QStringLiteral("."));
        } else {
            add(Kind::Symbol, i, i + 1, QString(c));
        }
    }
    return tokens;
}

QList<qsizetype> MySqlTokenizer::qualifiers(const QList<MySqlToken>& tokens)
{
    QList<qsizetype> out;
    for (qsizetype k = 0; k + 1 < tokens.size(); ++k) {
        if (tokens.at(k).isName() && tokens.at(k + 1).kind == MySqlToken::Kind::Dot &&
            (k == 0 || tokens.at(k - 1).kind != MySqlToken::Kind::Dot))
            out << k;
    }
    return out;
}

QList<qsizetype> MySqlTokenizer::shownDatabases(const QList<MySqlToken>& tokens)
{
    QList<qsizetype> out;
    if (tokens.isEmpty() || !tokens.constFirst().isWord("SHOW"_L1))
        return out;
    for (qsizetype k = 1; k + 1 < tokens.size(); ++k) {
        const MySqlToken& t = tokens.at(k);
        const bool before = t.isWord("FROM"_L1) || t.isWord("IN"_L1) ||
                            ((t.isWord("DATABASE"_L1) || t.isWord("SCHEMA"_L1)) &&
                             tokens.at(k - 1).isWord("CREATE"_L1));
        qsizetype name = k + 1;
        if (before && tokens.at(name).isWord("IF"_L1))
            name += 3; // SHOW CREATE DATABASE IF NOT EXISTS db
        if (before && name < tokens.size() && tokens.at(name).isName() &&
            !(name + 1 < tokens.size() && tokens.at(name + 1).kind == MySqlToken::Kind::Dot))
            out << name;
    }
    return out;
}

bool MySqlTokenizer::embeddedDatabaseStatement(const QList<MySqlToken>& tokens, qsizetype k)
{
    if (!tokens.at(k).isWord("DATABASE"_L1) && !tokens.at(k).isWord("SCHEMA"_L1))
        return false;
    qsizetype verb = k - 1;
    if (verb >= 2 && tokens.at(verb).isWord("REPLACE"_L1) && tokens.at(verb - 1).isWord("OR"_L1))
        verb -= 2;
    if (verb <= 0 || !(tokens.at(verb).isWord("CREATE"_L1) || tokens.at(verb).isWord("ALTER"_L1) ||
                       tokens.at(verb).isWord("DROP"_L1)))
        return false;
    return !tokens.at(verb - 1).isWord("SHOW"_L1); // SHOW CREATE DATABASE only reads
}

} // namespace schemata::sqlimport
