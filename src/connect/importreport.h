#pragma once

#include "model/diagnostic.h"

#include <QList>
#include <QString>

namespace schemata::connect {

// One object or statement the model cannot hold (a function, trigger, policy,
// partition, sequence, GRANT, COPY …) or a statement that failed. Its SQL is kept so
// it can be carried through (pasted into a migration, reviewed), never dropped.
struct ImportReportItem
{
    enum class Kind
    {
        NotModelled,
        Failed
    };
    Kind kind = Kind::NotModelled;
    QString objectType; // "function", "trigger", "policy", "SET", "COPY" …
    QString name;       // "public.touch_updated_at()" or empty for anonymous statements
    QString location;   // "schema.sql:42" for scripts, empty for live catalogs
    QString message;    // why it is here (the engine's error for Failed)
    QString sql;

    friend bool operator==(const ImportReportItem&, const ImportReportItem&) = default;
};

// What an import brought in and what it left out, for stderr, the studio's report
// dialog and tests. Items keep their source order (scripts) or catalog order (by
// type, then name), so the text is deterministic.
struct ImportReport
{
    QString source; // the URL (no password) or the script path
    QList<ImportReportItem> items;
    model::Diagnostics notes; // the catalog readers' notes (type overrides, serials …)
    int tables = 0;
    int views = 0;
    int enums = 0;
    int domains = 0;
    int filteredTables = 0;  // left out by the table name patterns (see TableFilter)
    int filteredViews = 0;   // views left out by the same patterns
    int filteredObjects = 0; // report items on those tables (triggers, policies …) left out

    int count(ImportReportItem::Kind kind) const;
    // Summary line, then every item with its SQL indented, then the notes.
    QString toText() const;
};

} // namespace schemata::connect
