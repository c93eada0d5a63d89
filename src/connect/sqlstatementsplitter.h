#pragma once

#include <QList>
#include <QString>

namespace schemata::connect {

// One statement of a script: its text (trimmed, without the terminating ';', comments
// inside it kept) and the 1-based line it starts on, so a failure can be reported as
// "statement 2 (line 5)".
struct SqlStatement
{
    QString sql;
    int line = 1;
    // Set when the statement runs into the end of the script inside a string, quoted
    // identifier, comment or dollar quote ("unterminated string literal from line 4").
    // The statement is still returned (never dropped): the engine gives the real error.
    QString problem;

    friend bool operator==(const SqlStatement&, const SqlStatement&) = default;
};

// Splits a SQL script into statements at top-level ';', the way a migration tool
// (psql, mysql, sqlite3) sends them to the server. Understands `--` and `/* */`
// comments, '…' strings and "…" / `…` quoting with doubled quotes, backslash escapes
// when asked (MySQL) and in PostgreSQL E'…' strings, PostgreSQL $tag$…$tag$ bodies,
// and BEGIN … END bodies of CREATE TRIGGER / PROCEDURE / FUNCTION / EVENT (SQLite and
// MySQL triggers, PostgreSQL BEGIN ATOMIC). A bare `BEGIN;` / `COMMIT;` is a statement
// of its own. Comment-only and empty pieces produce no statement.
class SqlStatementSplitter
{
public:
    struct Options
    {
        bool backslashEscapes = false;    // MySQL/MariaDB '…' and "…" strings
        bool dollarQuotes = false;        // PostgreSQL $tag$…$tag$
        bool nestedBlockComments = false; // PostgreSQL /* /* */ */
        bool hashComments = false;        // MySQL/MariaDB # comments
        bool bracketIdentifiers = false;  // SQLite [name]
    };

    SqlStatementSplitter() = default;
    explicit SqlStatementSplitter(Options options) : m_options(options) {}

    // The options that match how the dialect's own client reads scripts
    // ("postgres", "mysql"/"mariadb", "sqlite" and aliases; unknown = plain SQL).
    static Options optionsForDialect(QStringView dialectName);

    QList<SqlStatement> split(QStringView script) const;

private:
    Options m_options;
};

} // namespace schemata::connect
