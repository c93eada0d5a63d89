#pragma once

#include "migrate/change.h"
#include "model/model.h"

namespace schemata::migrate {

// The SQLite planner pairs the objects of the two models by id. When the differ matched
// by name (two documents that share no ids), an object has a different id on each side:
// whether that is the case, and the old model rewritten to carry the new side's ids —
// the differ's pairs first, then unchanged objects paired by name the way the differ
// paired them (tables, their columns, primary key and named members; enums).
bool needsCounterpartIds(const ChangeSet& changes);
model::Model withCounterpartIds(const ChangeSet& changes, const model::Model& from,
                                const model::Model& to);

} // namespace schemata::migrate
