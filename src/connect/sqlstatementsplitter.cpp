#include "connect/sqlstatementsplitter.h"

#include <QStringList>

namespace schemata::connect {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

// Walks one script. Positions only move forward; `line` follows every '\n' passed.
class Scanner
{
public:
    Scanner(QStringView text, const SqlStatementSplitter::Options& options)
        : m_text(text), m_options(options)
    {}

    QList<SqlStatement> run()
    {
        QList<SqlStatement> out;
        while (m_pos < m_text.size()) {
            skipSpaceAndComments();
            if (m_pos >= m_text.size())
                break;
            if (m_text[m_pos] == u';') {
                advance(1); // an empty statement: nothing to send
                continue;
            }
            out.append(statement());
        }
        return out;
    }

private:
    QChar at(qsizetype i) const { return i < m_text.size() ? m_text[i] : QChar(); }

    void advance(qsizetype n)
    {
        for (qsizetype k = 0; k < n && m_pos < m_text.size(); ++k) {
            if (m_text[m_pos] == u'\n')
                ++m_line;
            ++m_pos;
        }
    }

    bool atLineComment() const
    {
        const QChar c = at(m_pos);
        return (c == u'-' && at(m_pos + 1) == u'-') || (c == u'#' && m_options.hashComments);
    }
    bool atBlockComment() const { return at(m_pos) == u'/' && at(m_pos + 1) == u'*'; }

    // Skips one comment starting at m_pos; an unterminated one is noted as a problem.
    void skipComment()
    {
        if (atLineComment()) {
            while (m_pos < m_text.size() && m_text[m_pos] != u'\n')
                advance(1);
            return;
        }
        const int startLine = m_line;
        advance(2);
        int depth = 1;
        while (m_pos < m_text.size()) {
            if (at(m_pos) == u'*' && at(m_pos + 1) == u'/') {
                advance(2);
                if (--depth == 0)
                    return;
            } else if (m_options.nestedBlockComments && atBlockComment()) {
                advance(2);
                ++depth;
            } else {
                advance(1);
            }
        }
        noteProblem(QStringLiteral("unterminated /* comment from line %1").arg(startLine));
    }

    void skipSpaceAndComments()
    {
        while (m_pos < m_text.size()) {
            if (m_text[m_pos].isSpace())
                advance(1);
            else if (atLineComment() || atBlockComment())
                skipComment();
            else
                return;
        }
    }

    void noteProblem(const QString& problem)
    {
        if (m_problem.isEmpty())
            m_problem = problem;
    }

    // A quoted run closed by `close`; a doubled `close` stays inside, and with
    // `backslash` a backslash escapes the next character.
    void skipQuoted(QChar close, bool backslash, const char* what)
    {
        const int startLine = m_line;
        advance(1);
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (backslash && c == u'\\') {
                advance(2);
            } else if (c == close) {
                if (at(m_pos + 1) == close && close != u']') {
                    advance(2);
                } else {
                    advance(1);
                    return;
                }
            } else {
                advance(1);
            }
        }
        noteProblem(QStringLiteral("unterminated %1 from line %2")
                        .arg(QLatin1StringView(what))
                        .arg(startLine));
    }

    // $tag$ at m_pos: the length of the opening tag, or 0 when this '$' is not one
    // (a positional parameter $1, or part of an identifier such as a$b).
    qsizetype dollarTagLength() const
    {
        if (m_pos > 0 && isWordChar(m_text[m_pos - 1]))
            return 0;
        qsizetype i = m_pos + 1;
        if (i < m_text.size() && m_text[i].isDigit())
            return 0;
        while (i < m_text.size() && (m_text[i].isLetterOrNumber() || m_text[i] == u'_'))
            ++i;
        if (i < m_text.size() && m_text[i] == u'$')
            return i - m_pos + 1;
        return 0;
    }

    void skipDollarQuoted(qsizetype tagLength)
    {
        const int startLine = m_line;
        const QStringView tag = m_text.mid(m_pos, tagLength);
        advance(tagLength);
        const qsizetype close = m_text.indexOf(tag, m_pos);
        if (close < 0) {
            advance(m_text.size() - m_pos);
            noteProblem(QStringLiteral("unterminated %1 quote from line %2")
                            .arg(tag.toString())
                            .arg(startLine));
            return;
        }
        advance(close + tagLength - m_pos);
    }

    QString readWord()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && isWordChar(m_text[m_pos]))
            ++m_pos; // words hold no newline
        return m_text.mid(start, m_pos - start).toString().toUpper();
    }

    // The next bare word after spaces and comments, without consuming anything.
    QString peekWord()
    {
        const qsizetype pos = m_pos;
        const int line = m_line;
        const QString problem = m_problem;
        skipSpaceAndComments();
        QString word;
        if (m_pos < m_text.size() && (m_text[m_pos].isLetter() || m_text[m_pos] == u'_'))
            word = readWord();
        m_pos = pos;
        m_line = line;
        m_problem = problem;
        return word;
    }

    // Routines carry their own ';'-terminated body between BEGIN and END: CREATE
    // [TEMP] TRIGGER / PROCEDURE / FUNCTION / EVENT, found among the first words
    // before anything that says the statement creates something else.
    static bool isRoutineHeader(const QStringList& words)
    {
        if (words.isEmpty() || words.constFirst() != u"CREATE")
            return false;
        for (qsizetype i = 1; i < words.size(); ++i) {
            const QString& w = words.at(i);
            if (w == u"TRIGGER" || w == u"PROCEDURE" || w == u"FUNCTION" || w == u"EVENT")
                return true;
            if (w == u"TABLE" || w == u"INDEX" || w == u"VIEW" || w == u"SCHEMA" || w == u"TYPE" ||
                w == u"DATABASE" || w == u"SEQUENCE" || w == u"ON")
                return false;
        }
        return false;
    }

    SqlStatement statement()
    {
        SqlStatement st;
        st.line = m_line;
        m_problem.clear();
        const qsizetype start = m_pos;
        QStringList leadingWords; // the first few bare words, for isRoutineHeader
        bool routine = false;
        int depth = 0; // BEGIN/CASE … END nesting inside a routine body
        bool sawParen = false;
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c == u';' && depth == 0)
                break;
            if (atLineComment() || atBlockComment()) {
                skipComment();
            } else if (c == u'\'') {
                const bool escapeString = m_pos > start &&
                                          (at(m_pos - 1) == u'E' || at(m_pos - 1) == u'e') &&
                                          (m_pos - 1 == start || !isWordChar(at(m_pos - 2)));
                skipQuoted(u'\'', m_options.backslashEscapes || escapeString, "string literal");
            } else if (c == u'"') {
                skipQuoted(u'"', m_options.backslashEscapes, "quoted identifier");
            } else if (c == u'`') {
                skipQuoted(u'`', false, "quoted identifier");
            } else if (c == u'[' && m_options.bracketIdentifiers) {
                skipQuoted(u']', false, "[identifier]");
            } else if (c == u'$' && m_options.dollarQuotes && dollarTagLength() > 0) {
                skipDollarQuoted(dollarTagLength());
            } else if (c.isLetter() || c == u'_') {
                const QString word = readWord();
                if (!sawParen && leadingWords.size() < 8) {
                    leadingWords.append(word);
                    routine = isRoutineHeader(leadingWords);
                }
                if (routine) {
                    if (word == u"BEGIN" || word == u"CASE") {
                        ++depth;
                    } else if (word == u"END" && depth > 0) {
                        // END IF / END LOOP … close constructs we do not count;
                        // END CASE closes a counted CASE (its CASE is consumed here).
                        const QString next = peekWord();
                        if (next == u"CASE") {
                            skipSpaceAndComments();
                            readWord();
                            --depth;
                        } else if (next != u"IF" && next != u"LOOP" && next != u"WHILE" &&
                                   next != u"REPEAT") {
                            --depth;
                        }
                    }
                }
            } else {
                if (c == u'(')
                    sawParen = true;
                advance(1);
            }
        }
        st.sql = m_text.mid(start, m_pos - start).trimmed().toString();
        st.problem = m_problem;
        if (m_pos < m_text.size())
            advance(1); // the ';'
        return st;
    }

    QStringView m_text;
    SqlStatementSplitter::Options m_options;
    qsizetype m_pos = 0;
    int m_line = 1;
    QString m_problem;
};

} // namespace

SqlStatementSplitter::Options SqlStatementSplitter::optionsForDialect(QStringView dialectName)
{
    const QString name = dialectName.trimmed().toString().toLower();
    Options options;
    if (name == u"postgres" || name == u"postgresql" || name == u"pg") {
        options.dollarQuotes = true;
        options.nestedBlockComments = true;
    } else if (name == u"mysql" || name == u"mariadb") {
        options.backslashEscapes = true;
        options.hashComments = true;
    } else if (name == u"sqlite" || name == u"sqlite3") {
        options.bracketIdentifiers = true;
    }
    return options;
}

QList<SqlStatement> SqlStatementSplitter::split(QStringView script) const
{
    return Scanner(script, m_options).run();
}

} // namespace schemata::connect
