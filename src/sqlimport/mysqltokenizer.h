#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace schemata::sqlimport {

// One token of a MySQL/MariaDB statement as the server's lexer sees it.
struct MySqlToken
{
    enum class Kind
    {
        Word,         // bare word: keyword or identifier (shop, SELECT, 1e5)
        Number,       // digits only (12 in 12.5)
        Backticked,   // `name`
        DoubleQuoted, // "…": a string, or an identifier under ANSI_QUOTES
        String,       // '…'
        Variable,     // @name, @@session.name, @'name'
        Dot,
        Symbol, // any other single character
    };
    Kind kind = Kind::Symbol;
    qsizetype offset = 0; // in the statement, UTF-16 units
    qsizetype length = 0;
    QString text; // Backticked/DoubleQuoted/String: unquoted; others as written

    bool isWord(QLatin1StringView upper) const
    {
        return kind == Kind::Word && text.compare(upper, Qt::CaseInsensitive) == 0;
    }
    // Something that can name a database: `x`, x, or "x" (ANSI_QUOTES).
    bool isName() const
    {
        return kind == Kind::Word || kind == Kind::Backticked || kind == Kind::DoubleQuoted;
    }
};

// The code tokens of one statement, for the checks a script run on the user's server
// needs (which databases a statement names). Comments are skipped; the contents of
// /*! … */ and /*M! … */ conditional comments are code (mysqldump writes
// "/*!40000 DROP DATABASE IF EXISTS `shop`*/"), so they are tokens too. Whether a
// backslash escapes inside strings depends on the session's sql_mode
// (NO_BACKSLASH_ESCAPES), which a script can change: callers that must be safe tokenize
// both ways. Never fails: an unterminated string or comment runs to the end.
class MySqlTokenizer
{
public:
    static QList<MySqlToken> tokenize(QStringView sql, bool backslashEscapes);

    // Indices of the tokens that qualify a name as its first part — `shop` in shop.t,
    // `shop`.`t`, shop.t.c, "shop".t, shop . t — i.e. a name followed by a dot and not
    // itself preceded by one (the middle of shop.t.c is a table, not a database).
    static QList<qsizetype> qualifiers(const QList<MySqlToken>& tokens);
    // Indices of the names SHOW takes without a dot (SHOW TABLES FROM|IN db, SHOW CREATE
    // DATABASE db): to be checked like qualifiers.
    static QList<qsizetype> shownDatabases(const QList<MySqlToken>& tokens);
    // Whether token `k` is the DATABASE|SCHEMA of a CREATE [OR REPLACE] | ALTER | DROP
    // DATABASE that is not the statement itself but inside it — a procedure or event body,
    // a BEGIN NOT ATOMIC block, SET STATEMENT … FOR — where it would run as written later.
    static bool embeddedDatabaseStatement(const QList<MySqlToken>& tokens, qsizetype k);
};

} // namespace schemata::sqlimport
