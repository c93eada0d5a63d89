#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace schemata::dialect {

// Hands out deterministic names for constraints and indexes that the model leaves
// unnamed, following PostgreSQL's own conventions (<table>_<cols>_key/_fkey/_idx,
// <table>_pkey, <table>_check), fitted to the dialect's identifier limit and made unique
// within a scope (a schema on PostgreSQL, the database elsewhere). Names are compared
// case-insensitively, because MySQL and SQLite do so.
class ObjectNamer
{
public:
    ObjectNamer(int maxIdentifierBytes, int maxIdentifierChars);

    // Names that exist already (tables, views, named constraints and indexes): generated
    // names avoid them. Registering the same name twice is harmless.
    void reserve(const QString& scope, const QString& name);

    // "<table>_<part>_<part>…_<suffix>", unique in `scope`; a counter is appended on a clash.
    QString generate(const QString& scope, const QString& table, const QStringList& parts,
                     const QString& suffix);

    // What generate() would be based on, for messages about objects that are not created.
    static QString preview(const QString& table, const QStringList& parts, const QString& suffix);

private:
    QSet<QString>& usedIn(const QString& scope);

    int m_maxBytes;
    int m_maxChars;
    QHash<QString, QSet<QString>> m_used;
};

} // namespace schemata::dialect
