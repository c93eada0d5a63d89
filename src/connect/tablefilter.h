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
    static core::Result<TableFilter> compile(const QStringList& tables,
                                             const QStringList& excludedTables,
                                             Qt::CaseSensitivity caseSensitivity);

    bool isEmpty() const { return m_include.isEmpty() && m_exclude.isEmpty(); }
    bool includes(const QString& schema, const QString& table) const;

    // Removes the tables the patterns leave out, and the reader's notes about them. A
    // foreign key from a kept table to a removed one cannot stay (it would point nowhere):
    // it is removed and listed in report.items ("foreign key public.b.b_a_fk: references
    // table public.a, not imported (table filter)"). report.tables and
    // report.filteredTables are updated. Report items that belong to a removed table and
    // name it ("schema.table[.name]": PostgreSQL triggers, policies, rules, row level
    // security, a partitioned table's key) go with it, counted in report.filteredObjects.
    // Views are not filtered: they are SQL text and never point into the model.
    void apply(model::Model& model, ImportReport& report) const;

private:
    static bool matchesAny(const QList<QRegularExpression>& patterns, const QString& table,
                           const QString& qualified);

    QList<QRegularExpression> m_include;
    QList<QRegularExpression> m_exclude;
};

} // namespace schemata::connect
