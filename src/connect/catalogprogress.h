#pragma once

#include "connect/catalogreader.h"
#include "core/result.h"

#include <QString>

namespace schemata::connect {

// One phase of a catalog read, as seen from its row loop: checks the cancel flag on every
// row (an atomic load, so a cancel on a 1,000-table read is honoured within one row, not at
// the end of the phase) and reports progress through CatalogFilter::progress, counting the
// distinct tables the rows belong to (catalog rows arrive grouped by table) — throttled to
// about 100 reports a phase, with a final done == total report from finish(). A phase with
// nothing to count (total 0) reports nothing.
class CatalogProgress
{
public:
    CatalogProgress(const CatalogFilter& filter, QString dialect, QString phase, qsizetype total,
                    QString unit = QStringLiteral("tables"));

    // "import cancelled" naming the dialect and phase once the flag is set; ok otherwise.
    core::Status check() const;
    // The row loop reached a row of `key` (a table oid or name): counts it when it differs
    // from the previous row's and reports when due.
    void row(const QString& key);
    // One more unit done (loops that visit each table once).
    void step();
    // Reports done == total (when total > 0).
    void finish();

private:
    void advance();

    const CatalogFilter& m_filter;
    QString m_dialect;
    QString m_phase;
    QString m_unit;
    qsizetype m_total = 0;
    qsizetype m_done = 0;
    qsizetype m_every = 1;
    QString m_lastKey;
    bool m_started = false;
};

} // namespace schemata::connect
