#pragma once

#include "sqlimport/scriptstatement.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace schemata::sqlimport {

// A MySQL/MariaDB script cut into statements the way the `mariadb`/`mysql` client cuts
// it, so that a script that loads with `mariadb < file` imports the same:
//  - statements end at the current delimiter (";" until a `DELIMITER xx` line changes
//    it; the client knows nothing of BEGIN … END, so neither does this);
//  - the delimiter is not seen inside '…' and "…" strings (backslash escapes, doubled
//    quotes), `…` identifiers, `#` and `-- ` line comments and /* … */ comments;
//  - /*! … */ and /*M! … */ conditional comments are code: the server decides whether
//    to run them (mysqldump's "/*!40101 SET … */;"), so they are sent as they are.
//  - the client's own commands (USE, SOURCE, QUIT …) at the start of a statement end at
//    the end of their line, delimiter or not.
// Statements keep their text (comments before them removed), byte offset and the line
// of their first word. DELIMITER lines are consumed, not returned. A statement running
// into the end of the script inside a string or comment is still returned (the server
// gives the real error) with `problem` saying so.
class MySqlScriptSplitter
{
public:
    struct Statement
    {
        ScriptStatement statement;
        QString problem; // "unterminated string literal from line 4"
        // A command of the client itself, taken line-wise as the client takes it (no
        // delimiter needed): USE, SOURCE, CHARSET, CONNECT, TEE, PAGER, PROMPT, SYSTEM,
        // WARNINGS, REHASH, EXIT, QUIT …; `statement.text` is the line without a
        // trailing delimiter, `statement.verb` the command, upper-case.
        bool clientCommand = false;
    };

    static QList<Statement> split(const QByteArray& script);

    // The statement verb (see statementVerb) seen through a leading conditional comment:
    // "/*!40101 SET NAMES utf8 */" → "SET".
    static QString verb(QByteArrayView text);
};

} // namespace schemata::sqlimport
