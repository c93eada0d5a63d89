#pragma once

#include "core/id.h"
#include "model/diagnostic.h"

#include <QList>
#include <QString>

namespace schemata::migrate {

// One safety finding about a migration plan, with a stable rule code.
struct Finding
{
    model::Diagnostic::Severity severity = model::Diagnostic::Severity::Warning;
    QString code;      // stable: "destructive/drop-table", "locking/index-not-concurrent", …
    QString category;  // "destructive", "data-dependent", "locking", "backward-incompatible", "naming", "type"
    QString path;      // object path
    QString message;   // what the step does and how to do it safely, one sentence
    QString why;       // one line: why it matters on a live database
    int stepIndex = -1; // index into Plan::steps; -1 = about the plan as a whole
    core::Id objectId;

    friend bool operator==(const Finding&, const Finding&) = default;
};

using Findings = QList<Finding>;

} // namespace schemata::migrate
