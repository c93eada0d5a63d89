#pragma once

#include "core/id.h"
#include "model/model.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace schemata::app {

// One hit of a diagram search: a table, or a column of a table.
struct FindMatch
{
    core::Id tableId;
    core::Id columnId; // null for a table hit
    QString label;     // "schema.table" or "table.column"

    friend bool operator==(const FindMatch&, const FindMatch&) = default;
};

// Finds tables and columns by name for the diagram's find bar. GUI-free so the rules
// are tested without a screen.
//
// The query matches, case-insensitively, the bare names of tables and columns or, when it
// contains a dot, their "schema.table" / "table.column" labels. Hits are ranked: exact
// before prefix before substring, tables before columns within a rank, then in model
// order; so typing a whole table name finds that table first even when its name also
// occurs inside others.
class ObjectFinder
{
public:
    explicit ObjectFinder(const model::Model& model);

    QList<FindMatch> find(const QString& query) const;
    // Every label, for a completer: "schema.table" for each table, "table.column" for
    // each column, in model order.
    QStringList completions() const;

private:
    struct Entry
    {
        FindMatch match;
        QString name; // bare table or column name
    };
    QList<Entry> m_entries;
};

} // namespace schemata::app
