#pragma once

#include <QString>

namespace schemata::connect {

// How far an import has got: one phase of the catalog read ("columns") and how much of
// it is done ("412" of "1000" "tables"). Passed to CatalogFilter::progress on the
// reading thread; the CLI prints it, the studio's import job forwards it to its dialog.
struct ImportProgress
{
    QString phase; // "tables", "columns", "constraints", "indexes", "views", "report"
    qsizetype done = 0;
    qsizetype total = 0;
    QString unit; // what done/total count: "tables", "views", "queries"

    bool isComplete() const { return done >= total; }
    // "columns 412/1000 tables"
    QString toText() const
    {
        return QStringLiteral("%1 %2/%3 %4").arg(phase).arg(done).arg(total).arg(unit);
    }

    friend bool operator==(const ImportProgress&, const ImportProgress&) = default;
};

} // namespace schemata::connect
