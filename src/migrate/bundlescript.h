#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace schemata::migrate {

// One migration script (renderUp/renderDown output) as the bundle writers need it: its
// statements, and whether the deployment tool may wrap it in its own transaction.
//
// Scripts carry their own transaction control (BEGIN;…COMMIT; around the transactional
// steps, statements that must run outside a transaction between the blocks, PRAGMA
// foreign_keys around an SQLite rebuild). A tool that wraps each migration itself
// (dbmate, Flyway, Liquibase, Alembic) must not see a second BEGIN/COMMIT, and must not
// wrap a script whose statements cannot run inside a transaction. The rule
// (docs/migration-bundles.md) needs no keyword guessing:
//  - *wrappable*: no statements at all, or exactly one BEGIN … COMMIT block with only SET
//    statements outside it. The tool's transaction replaces ours: BEGIN/COMMIT are removed.
//  - otherwise *self-managed*: kept verbatim and the tool is told not to wrap it (the
//    planner left statements outside a transaction on purpose, or the dialect has no
//    transactional DDL and the script has no block at all).
class BundleScript
{
public:
    struct Statement
    {
        QStringList leadingComments; // whole "-- …" lines just before the statement
        QString sql;                 // from its first keyword to its ';' inclusive
        qsizetype begin = 0;         // offsets of `sql` in the script
        qsizetype end = 0;
    };

    // `backslashEscapes`: MySQL/MariaDB strings treat '\' as an escape character.
    BundleScript(const QString& text, bool backslashEscapes);

    const QString& text() const { return m_text; }
    const QList<Statement>& statements() const { return m_statements; }
    bool wrappable() const { return m_wrappable; }

    // The script without its BEGIN and COMMIT statements (each with the rest of its
    // line); only meaningful when wrappable().
    QString withoutTransactionControl() const;
    // The statements a runner executes: without BEGIN/COMMIT when wrappable().
    QList<Statement> executableStatements() const;

    static bool isTransactionStart(const QString& sql);
    static bool isTransactionEnd(const QString& sql);

private:
    void split(bool backslashEscapes);
    void classify();

    QString m_text;
    QList<Statement> m_statements;
    bool m_wrappable = true;
};

} // namespace schemata::migrate
