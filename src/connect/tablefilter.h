#pragma once

#include "connect/importreport.h"
#include "core/result.h"
#include "model/model.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace schemata::connect {

// The table name patterns of a CatalogFilter (`--table`, `--exclude-table`, the studio's
// Tables field), compiled. Globs: `*` any run of characters, `?` one, `[abc]` a set; each
// is matched against both "table" and "schema.table", so `order*` and `sales.*` both work.
// Views are matched the same way (as pg_dump's -t does): asking for `sales.*` brings the
// views of sales, not every view of the database.
// Case follows the engine: PostgreSQL names are case-sensitive (as stored, after folding),
// SQLite's are not, MariaDB/MySQL's depend on lower_case_table_names (the caller decides).
//
// Applied right after the catalog read: the readers read the chosen schemas whole, then
// apply() cuts the model, so every reader (and any later one) gets the same semantics and
// foreign keys are checked against the final set of tables in one place.
class TableFilter
{
public:
    // Errors name the pattern that is not a valid glob (an unclosed `[`).
    // `dialect` ("postgres", "mysql"/"mariadb", "sqlite") says how view bodies are read
    // when looking for the tables they name (quoting, strings, comments, PostgreSQL's
    // folding of bare names); empty = plain SQL.
    static core::Result<TableFilter> compile(const QStringList& tables,
                                             const QStringList& excludedTables,
                                             Qt::CaseSensitivity caseSensitivity,
                                             const QString& dialect = {});

    bool isEmpty() const { return m_include.isEmpty() && m_exclude.isEmpty(); }
    bool includes(const QString& schema, const QString& table) const;

    // Removes the tables the patterns leave out, and the reader's notes about them. A
    // foreign key from a kept table to a removed one cannot stay (it would point nowhere):
    // it is removed and listed in report.items ("foreign key public.b.b_a_fk: references
    // table public.a, not imported (table filter)"). report.tables and
    // report.filteredTables are updated. Report items that belong to a removed table and
    // name it ("schema.table[.name]": PostgreSQL triggers, policies, rules, row level
    // security, a partitioned table's key) go with it, counted in report.filteredObjects.
    // Views are cut by the same patterns (report.views and report.filteredViews updated).
    // A kept view whose body names a table or view that was cut stays (it is SQL text, it
    // points nowhere in the model) but is listed in report.items ("view public.v:
    // references table public.a, not imported (table filter)"). Best effort: the body's
    // identifier tokens (strings and comments skipped, function names and AS aliases
    // ignored) are compared with the cut names — "schema.name" anywhere in a dotted name,
    // or a bare name first in one ("a", "a.col") when the view's own schema has no
    // relation of that name.
    void apply(model::Model& model, ImportReport& report) const;

private:
    static bool matchesAny(const QList<QRegularExpression>& patterns, const QString& table,
                           const QString& qualified);

    QList<QRegularExpression> m_include;
    QList<QRegularExpression> m_exclude;
    Qt::CaseSensitivity m_case = Qt::CaseSensitive;
    QString m_dialect;
};

} // namespace schemata::connect
