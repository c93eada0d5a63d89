#include "sqlimport/mysqlscriptsplitter.h"

#include "sqlimport/scriptimport.h"

#include <cctype>

namespace schemata::sqlimport {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

class Scanner
{
public:
    explicit Scanner(const QByteArray& text) : m_text(text) {}

    QList<MySqlScriptSplitter::Statement> run()
    {
        QList<MySqlScriptSplitter::Statement> out;
        while (true) {
            skipSpaceAndComments();
            if (m_pos >= m_text.size())
                break;
            if (takeDelimiterDirective())
                continue;
            if (takeClientCommand(out))
                continue;
            if (atDelimiter()) {
                m_pos += m_delimiter.size(); // an empty statement: nothing to send
                continue;
            }
            out.append(statement());
        }
        return out;
    }

private:
    char at(qsizetype i) const { return i < m_text.size() ? m_text.at(i) : '\0'; }

    bool atLineComment() const
    {
        const char c = at(m_pos);
        // MySQL needs whitespace (or the end) after "--": "1--1" is arithmetic.
        return c == '#' || (c == '-' && at(m_pos + 1) == '-' &&
                            (m_pos + 2 >= m_text.size() || isSpace(at(m_pos + 2))));
    }
    bool atConditionalComment() const
    {
        return at(m_pos) == '/' && at(m_pos + 1) == '*' &&
               (at(m_pos + 2) == '!' || (at(m_pos + 2) == 'M' && at(m_pos + 3) == '!'));
    }
    bool atBlockComment() const
    {
        return at(m_pos) == '/' && at(m_pos + 1) == '*' && !atConditionalComment();
    }
    bool atDelimiter() const
    {
        return !m_delimiter.isEmpty() &&
               QByteArrayView(m_text).sliced(m_pos).startsWith(m_delimiter);
    }

    void skipComment()
    {
        if (atLineComment()) {
            const qsizetype end = m_text.indexOf('\n', m_pos);
            m_pos = end < 0 ? m_text.size() : end;
            return;
        }
        const qsizetype start = m_pos;
        const qsizetype end = m_text.indexOf("*/", m_pos + 2);
        if (end < 0) {
            noteProblem(QStringLiteral("unterminated /* comment from line %1").arg(lineOf(start)));
            m_pos = m_text.size();
            return;
        }
        m_pos = end + 2;
    }

    void skipSpaceAndComments()
    {
        while (m_pos < m_text.size()) {
            if (isSpace(at(m_pos)))
                ++m_pos;
            else if (atLineComment() || atBlockComment())
                skipComment();
            else
                return;
        }
    }

    // "DELIMITER xx" at the start of a statement, as the client reads it: the first
    // word after it (up to whitespace) is the new delimiter; the rest of the line goes.
    bool takeDelimiterDirective()
    {
        static constexpr QByteArrayView keyword("delimiter");
        if (m_pos + keyword.size() >= m_text.size())
            return false;
        const QByteArrayView word = QByteArrayView(m_text).sliced(m_pos, keyword.size());
        if (word.compare(keyword, Qt::CaseInsensitive) != 0 ||
            !isSpace(at(m_pos + keyword.size())) || at(m_pos + keyword.size()) == '\n')
            return false;
        qsizetype i = m_pos + keyword.size();
        while (i < m_text.size() && isSpace(at(i)) && at(i) != '\n')
            ++i;
        qsizetype end = i;
        while (end < m_text.size() && !isSpace(at(end)))
            ++end;
        const QByteArray delimiter = m_text.mid(i, end - i);
        if (delimiter.isEmpty())
            return false; // "DELIMITER" alone: let the server say what is wrong
        m_delimiter = delimiter;
        const qsizetype lineEnd = m_text.indexOf('\n', end);
        m_pos = lineEnd < 0 ? m_text.size() : lineEnd;
        return true;
    }

    // lineAt() from the start for every statement would be quadratic on a dump of
    // thousands of INSERTs; positions asked for only grow, so count on from the last.
    int lineOf(qsizetype pos)
    {
        if (pos < m_linePos) {
            m_linePos = 0;
            m_line = 1;
        }
        m_line += int(QByteArrayView(m_text).sliced(m_linePos, pos - m_linePos).count('\n'));
        m_linePos = pos;
        return m_line;
    }

    // A client command at the start of a statement: the rest of its line, as the
    // `mariadb` client reads it ("use shop" needs no ';').
    bool takeClientCommand(QList<MySqlScriptSplitter::Statement>& out)
    {
        static const QList<QByteArrayView> commands{
            "use",    "source", "charset", "connect", "tee",    "notee", "warnings", "nowarning",
            "rehash", "system", "pager",   "nopager", "prompt", "exit",  "quit"};
        qsizetype end = m_pos;
        while (end < m_text.size() && std::isalpha(static_cast<unsigned char>(at(end))))
            ++end;
        const QByteArray word = m_text.mid(m_pos, end - m_pos).toLower();
        if (!commands.contains(QByteArrayView(word)))
            return false;
        if (end < m_text.size() && !isSpace(at(end)) &&
            !QByteArrayView(m_text).sliced(end).startsWith(m_delimiter))
            return false;
        qsizetype lineEnd = m_text.indexOf('\n', m_pos);
        if (lineEnd < 0)
            lineEnd = m_text.size();
        QByteArray text = m_text.mid(m_pos, lineEnd - m_pos).trimmed();
        if (text.endsWith(m_delimiter))
            text.chop(m_delimiter.size());
        MySqlScriptSplitter::Statement command;
        command.statement.text = text.trimmed();
        command.statement.offset = m_pos;
        command.statement.line = lineOf(m_pos);
        command.statement.verb = QString::fromLatin1(word).toUpper();
        command.clientCommand = true;
        out.append(command);
        m_pos = lineEnd;
        return true;
    }

    void noteProblem(const QString& problem)
    {
        if (m_problem.isEmpty())
            m_problem = problem;
    }

    void skipQuoted(char close, bool backslash, const char* what)
    {
        const qsizetype start = m_pos;
        ++m_pos;
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos);
            if (backslash && c == '\\') {
                m_pos += 2;
            } else if (c == close) {
                if (at(m_pos + 1) == close) {
                    m_pos += 2;
                } else {
                    ++m_pos;
                    return;
                }
            } else {
                ++m_pos;
            }
        }
        m_pos = m_text.size();
        noteProblem(QStringLiteral("unterminated %1 from line %2")
                        .arg(QLatin1StringView(what))
                        .arg(lineOf(start)));
    }

    MySqlScriptSplitter::Statement statement()
    {
        m_problem.clear();
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && !atDelimiter()) {
            const char c = m_text.at(m_pos);
            if (atLineComment() || atBlockComment()) {
                skipComment();
            } else if (atConditionalComment()) {
                m_pos += 3; // the body is code; its "*/" is skipped below as a plain char
            } else if (c == '\'') {
                skipQuoted('\'', true, "string literal");
            } else if (c == '"') {
                skipQuoted('"', true, "\"…\" string");
            } else if (c == '`') {
                skipQuoted('`', false, "`identifier`");
            } else {
                ++m_pos;
            }
        }
        const QByteArray text = m_text.mid(start, m_pos - start).trimmed();
        if (m_pos < m_text.size())
            m_pos += m_delimiter.size();
        MySqlScriptSplitter::Statement out;
        out.statement.text = text;
        out.statement.offset = start;
        out.statement.line = lineOf(start);
        out.statement.verb = MySqlScriptSplitter::verb(text);
        out.problem = m_problem;
        return out;
    }

    const QByteArray& m_text;
    QByteArray m_delimiter = ";";
    qsizetype m_pos = 0;
    qsizetype m_linePos = 0;
    int m_line = 1;
    QString m_problem;
};

} // namespace

QList<MySqlScriptSplitter::Statement> MySqlScriptSplitter::split(const QByteArray& script)
{
    return Scanner(script).run();
}

QString MySqlScriptSplitter::verb(QByteArrayView text)
{
    // "/*!40101 SET …*/" and "/*M!100101 SET …*/": read the words inside.
    if (text.startsWith("/*!") || text.startsWith("/*M!")) {
        qsizetype i = text.indexOf('!') + 1;
        while (i < text.size() && text.at(i) >= '0' && text.at(i) <= '9')
            ++i;
        return statementVerb(text.sliced(i));
    }
    return statementVerb(text);
}

} // namespace schemata::sqlimport
