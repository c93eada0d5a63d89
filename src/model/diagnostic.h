#pragma once

#include "core/id.h"

#include <QList>
#include <QString>

namespace schemata::model {

// One finding about a model: where (a readable object path such as
// "sales.order.customer_id"), what is wrong and how to fix it.
struct Diagnostic
{
    enum class Severity { Error, Warning, Info };

    Severity severity = Severity::Error;
    QString code;     // stable rule code, e.g. "fk-type-mismatch"
    QString path;     // "schema.table.column" / "schema.table.constraint"
    QString message;  // what is wrong and how to fix it, one sentence
    core::Id objectId;

    QString toString() const; // "error[fk-type-mismatch] sales.order.customer_id: …"
    friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics& diagnostics);
QString severityName(Diagnostic::Severity severity);

} // namespace schemata::model
