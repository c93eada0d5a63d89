#pragma once

#include "migrate/planner.h"

#include <memory>

namespace schemata::migrate {

// SQLite migrations. What SQLite's ALTER TABLE can do directly (RENAME TO, RENAME
// COLUMN, ADD COLUMN and DROP COLUMN within their restrictions) is done that way;
// everything else rebuilds the table (SqliteTableRebuild) — one rebuild per table, however
// many of its members change. Whether ALTER TABLE suffices is decided by comparing
// CREATE TABLE text: the old definition with the renames, drops and adds applied must
// generate exactly the new one (and keep its constraint names), so a migrated database
// holds what a fresh build of the new model holds.
//
// Step order: drop views → drop indexes → drop tables → rename tables → rename columns →
// drop/add columns → create tables → rebuilds → create indexes → create views. Views that
// read a rebuilt or dropped table are dropped first and recreated last, because SQLite's
// ALTER TABLE … RENAME refuses to run while a view names a missing table.
class SqlitePlanner final : public Planner
{
public:
    QString dialectName() const override;
    Plan plan(const ChangeSet& changes, const model::Model& from, const model::Model& to,
              const PlanOptions& options = {}) const override;
};

std::unique_ptr<Planner> createSqlitePlanner();

} // namespace schemata::migrate
