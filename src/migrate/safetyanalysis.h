#pragma once

#include "migrate/change.h"
#include "migrate/finding.h"
#include "migrate/plan.h"
#include "model/model.h"

#include <QStringList>

namespace schemata::migrate {

// The rule catalogue: code, category, default severity, one-line why. Stable codes;
// documented in docs/migration-safety.md. Covers the ground of Squawk's and Atlas's
// open-source rules (destructive, data-dependent, locking/rewrite, backward-incompatible,
// naming and type advice).
struct SafetyRule
{
    QString code;
    QString category;
    model::Diagnostic::Severity severity = model::Diagnostic::Severity::Warning;
    QString why;
};
QList<SafetyRule> safetyRules();

// Runs every rule over a plan (and the change set and models it came from).
// Deterministic order: by step, then by rule code.
Findings analyzePlan(const ChangeSet& changes, const Plan& plan, const model::Model& from,
                     const model::Model& to);

// Output formats for `schemata migrate lint`.
QString findingsToText(const Findings& findings);
QByteArray findingsToJson(const Findings& findings);
QByteArray findingsToSarif(const Findings& findings, const QString& artifactUri);

} // namespace schemata::migrate
