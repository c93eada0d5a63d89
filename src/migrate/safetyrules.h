#pragma once

#include "migrate/finding.h"
#include "migrate/safetyanalysis.h"

#include <QList>

namespace schemata::migrate {

class SafetyContext;

// The rules, one file per category. Each pair is the category's catalogue entries and the
// check that appends its findings (any order; analyzePlan sorts them).
QList<SafetyRule> destructiveRules();
void checkDestructive(const SafetyContext& ctx, Findings& out);

QList<SafetyRule> dataDependentRules();
void checkDataDependent(const SafetyContext& ctx, Findings& out);

// PostgreSQL locks: non-concurrent indexes, constraints validated under lock, rewrites.
QList<SafetyRule> lockingRules();
void checkLocking(const SafetyContext& ctx, Findings& out);

// How the plan runs: transactions, retries, timeouts, MySQL table copies, SQLite rebuilds.
QList<SafetyRule> executionRules();
void checkExecution(const SafetyContext& ctx, Findings& out);

QList<SafetyRule> backwardIncompatibleRules();
void checkBackwardIncompatible(const SafetyContext& ctx, Findings& out);

// Naming and type advice on new columns and names.
QList<SafetyRule> adviceRules();
void checkAdvice(const SafetyContext& ctx, Findings& out);

} // namespace schemata::migrate
