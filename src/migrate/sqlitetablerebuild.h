#pragma once

#include "dialect/dialect.h"
#include "model/table.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace schemata::migrate {

// SQLite's documented 12-step table rebuild (sqlite.org/lang_altertable.html, "Making
// Other Kinds Of Table Schema Changes") for what ALTER TABLE cannot do: create the new
// definition under a temporary name, copy the rows, drop the old table, rename the new
// one into place, recreate the indexes, check the foreign keys. PRAGMA foreign_keys=OFF
// around it and BEGIN/COMMIT are the plan's business (prologue/epilogue, transactional).
//
// The same recipe gives both directions: up rebuilds the `from` definition into the `to`
// one, down rebuilds it back; columns are matched by id, so a renamed column keeps its
// values. A value type: copy freely.
class SqliteTableRebuild
{
public:
    struct Side
    {
        model::Table table;     // the definition (columns matched by id)
        QString createTableSql; // its CREATE TABLE from the dialect's DDL
        QString ddlName;        // the table name as written in createTableSql / indexSql
        QStringList indexSql;   // its CREATE INDEX statements from the same DDL
        QHash<core::Id, QString> defaultSql; // column id → what follows DEFAULT there
    };

    // `currentName` is the table's name in the database while the rebuild runs (a
    // renamed table is renamed by ALTER TABLE before it is rebuilt); `taken` holds every
    // table, view and index name in use (lower case) so the temporary name is free.
    SqliteTableRebuild(Side source, Side target, QString currentName, const QSet<QString>& taken);

    // A down restores an earlier shape after data may already be gone (a dropped column
    // comes back empty, an earlier irreversible step left NULLs): with this set, a NOT NULL
    // column without a default gets the zero of its type (0 or '') where it has no value
    // or NULL, instead of failing the whole down. The up never invents values: it fails
    // instead (see unfillableColumns()).
    void setFillRestoredColumns(bool fill) { m_fillRestoredColumns = fill; }

    QStringList statements(const dialect::Dialect& dialect) const;
    // Source columns whose values do not reach the target (dropped columns), by name.
    QStringList lostColumns() const;
    // Target columns that get no value from the source, are NOT NULL and have no
    // default: the INSERT fails on a table with rows.
    QStringList unfillableColumns() const;
    const QString& temporaryName() const { return m_temporaryName; }

    // Replaces the table name after "CREATE TABLE " / " ON " in a statement from the DDL;
    // the statement comes back unchanged when it does not have that shape.
    static QString retargetCreateTable(const QString& sql, const QString& quotedFrom,
                                       const QString& quotedTo);
    static QString retargetIndex(const QString& sql, const QString& quotedFrom,
                                 const QString& quotedTo);
    // Replaces the table after each "REFERENCES " in a CREATE TABLE by its entry in
    // `quotedNames` (quoted name → quoted name, all at once, so a swap maps both ways).
    static QString retargetReferences(const QString& sql,
                                      const QHash<QString, QString>& quotedNames);
    // Whether `sql` names `name` as an identifier (bare, "…", `…` or […]), outside string
    // literals and comments, ignoring case as SQLite does. Used to find the views and
    // expressions that refer to a table or column.
    static bool mentions(QStringView sql, QStringView name);

private:
    Side m_source;
    Side m_target;
    QString m_currentName;
    QString m_temporaryName;
    bool m_fillRestoredColumns = false;
};

} // namespace schemata::migrate
