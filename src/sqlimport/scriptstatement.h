#pragma once

#include <QByteArray>
#include <QString>

namespace schemata::sqlimport {

// One statement of a script: its text, where it starts (byte offset, 1-based line)
// and its leading keywords, upper-case ("CREATE TABLE", "INSERT INTO", "SET").
struct ScriptStatement
{
    QByteArray text;
    qsizetype offset = 0;
    int line = 1;
    QString verb;
};

// The first `words` keywords of a statement after comments and whitespace, upper-case;
// "CREATE UNIQUE INDEX" and "CREATE OR REPLACE VIEW" are reduced to what they create.
QString statementVerb(QByteArrayView text);

// The statement with leading comments and whitespace removed (for reports).
QString trimmedStatement(QByteArrayView text);

} // namespace schemata::sqlimport
