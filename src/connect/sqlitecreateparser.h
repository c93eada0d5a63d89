#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace schemata::connect {

// What the SQLite pragmas do not tell, recovered from the CREATE TABLE text that
// sqlite_schema keeps verbatim: constraint names, CHECK expressions, generated-column
// expressions, collations, AUTOINCREMENT and DEFERRABLE. Conservative: only the
// clause shapes below are read; anything else is left alone (the pragmas remain the
// source of truth for columns, keys and foreign-key columns).
// Not recovered: comments. SQL comments survive in the stored text, but whether a
// "-- …" line before the first column belongs to the table or to that column cannot be
// told from the text, so they are not guessed.
struct SqliteCreateTable
{
    struct Check
    {
        QString name; // empty when unnamed
        QString expression;
        QString column; // set for a column-level check
    };
    struct Key
    {
        QString name;
        QStringList columns;
    };
    struct ForeignKey
    {
        QString name;
        QStringList columns;
        QString referencedTable;
        QStringList referencedColumns; // empty = the referenced table's primary key
        bool deferrable = false;
        bool initiallyDeferred = false;
    };
    struct ColumnExtra
    {
        QString name;
        QString collation;
        QString generatedExpression;
        bool generatedStored = false;
        bool autoincrement = false;
    };

    QList<ColumnExtra> columns;
    Key primaryKey;
    QList<Key> uniques;
    QList<Check> checks;
    QList<ForeignKey> foreignKeys;
    bool ok = false; // false when the text is not a CREATE TABLE with a column list
};

SqliteCreateTable parseSqliteCreateTable(QStringView sql);

// "CREATE [UNIQUE] INDEX name ON table (k1, k2) [WHERE pred]" → the key texts (with
// ASC/DESC/COLLATE stripped) and the predicate; empty lists when unreadable.
struct SqliteCreateIndex
{
    QStringList keys;
    QString where;
};
SqliteCreateIndex parseSqliteCreateIndex(QStringView sql);

// "CREATE VIEW name AS select" → "select" (empty when unreadable).
QString sqliteViewSelect(QStringView sql);

} // namespace schemata::connect
