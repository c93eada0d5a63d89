#pragma once

#include "core/id.h"
#include "model/model.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace schemata::connect {

// Sample data for migration verification: one row per table, with valid values for
// each column type, inserted in foreign-key order (a non-null FK column takes the
// value of the row just inserted into the referenced table), and the check that the
// rows are still there after a migration. Values are deterministic (a running
// counter), so a failing run is reproducible. A table that cannot get a row (an FK
// that cannot be satisfied simply, a CHECK the values break, an enum without values)
// is skipped with a note naming the table and the reason.
class SampleRows
{
public:
    explicit SampleRows(QString dialect);

    // Inserts one row into every table of `catalog` (the database as read back) that
    // can take one. Returns the notes for skipped tables, each starting with `context`.
    QStringList insert(const QSqlDatabase& db, const model::Model& catalog, const QString& context);

    // After a migration: every row from the last insert() must still be there, found by
    // table (renamed tables followed through the differ's rename candidates) and by
    // the values of integer and text columns whose name and type did not change.
    // Returns one message per lost row or table; empty = all survived.
    QStringList check(const QSqlDatabase& db, const model::Model& before,
                      const model::Model& after) const;

    // Deletes every row of every table in `catalog` (foreign-key checks suspended for
    // it); errors name the table.
    QStringList clear(const QSqlDatabase& db, const model::Model& catalog);

    int rowCount() const { return int(m_rows.size()); }

private:
    struct Row
    {
        core::Id tableId; // in the catalog the row was inserted into
        QString tableName;
        qint64 countAfterInsert = 0;
        QList<QPair<core::Id, QString>> values; // column → SQL literal (checkable columns)
    };

    QString qualifiedName(const model::Model& catalog, const model::Table& table) const;
    QString literal(const model::Model& catalog, const model::Column& column, qint64 n) const;

    QString m_dialect;
    QList<Row> m_rows;
    qint64 m_counter = 0;
};

} // namespace schemata::connect
