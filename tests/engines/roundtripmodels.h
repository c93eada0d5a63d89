#pragma once

#include "model/model.h"

#include <QList>
#include <QString>

namespace schemata::enginetest {

struct RoundTripCase
{
    QString name;
    model::Model model;
};

// Models built in code for the engine round trips, one concern per case so that a
// failure points at a feature: every logical type and default kind; keys, checks and
// foreign keys (actions, deferrable, self-reference, a cycle); indexes (partial,
// expression, desc, nulls, include, method); enums, views and comments; hostile
// identifiers (spaces, quotes, reserved words, mixed case, non-ASCII); domains.
QList<RoundTripCase> roundTripModels();

} // namespace schemata::enginetest
