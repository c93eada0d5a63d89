#pragma once

#include "migrate/change.h"
#include "migrate/plan.h"
#include "model/model.h"

#include <memory>

namespace schemata::migrate {

struct PlanOptions
{
    // Rewrite to the safe pattern (CONCURRENTLY, NOT VALID + VALIDATE, SET NOT NULL via a
    // validated CHECK, ALGORITHM=INSTANT/INPLACE, LOCK=NONE …). Off = the plain statements.
    bool safePatterns = true;
    // Idempotent guards (IF [NOT] EXISTS) where the dialect supports them.
    bool guards = true;
    // PostgreSQL preamble: SET lock_timeout / statement_timeout (ms); 0 = leave out.
    int lockTimeoutMs = 5000;
    int statementTimeoutMs = 0;
};

// Turns a ChangeSet (from diffModels(from, to)) into a Plan for one dialect:
// dependency order (drop FKs before the tables they reference, create before reference,
// FK cycles through ALTER TABLE … ADD CONSTRAINT where the dialect allows it), and every
// step's reverse: the down of a DROP is the planned CREATE of what was there.
// CREATE statements come from the dialect's DDL builder (the statements of
// Dialect::createScript() tagged with the object's id), so a migration creates exactly
// what a fresh build would. Deterministic. Each dialect has its own planner
// (postgresplanner, mysqlplanner, sqliteplanner) over a shared base.
class Planner
{
public:
    virtual ~Planner() = default;
    virtual QString dialectName() const = 0;
    virtual Plan plan(const ChangeSet& changes, const model::Model& from, const model::Model& to,
                      const PlanOptions& options = {}) const = 0;
};

// "postgres", "mysql", "mariadb", "sqlite" and their aliases; nullptr for an unknown name.
std::unique_ptr<Planner> createPlanner(QStringView dialectName);

// diffModels + createPlanner(dialect)->plan in one call (ID matching by default).
Plan planMigration(const model::Model& from, const model::Model& to, QStringView dialectName,
                   const PlanOptions& options = {});

} // namespace schemata::migrate
