#pragma once

#include "core/id.h"
#include "model/model.h"

#include <QStringList>

namespace schemata::app {

// What the markers on a diagram table box stand for, spelled out for tooltips: the
// constraint or index behind each marker, by name, e.g.
//   "FK orders_customer_id_fkey → customers(id)".
// GUI-free, so the wording is unit-tested; constraints without a name are described by
// their kind ("primary key"), since the dialect names them only when generating DDL.

// One line per marker of a column: PK, FK (one per foreign key using it), UNIQUE (one
// per unique constraint), NOT NULL, PII and every index that covers it.
QStringList describeColumnMarkers(const model::Model& model, const model::Table& table,
                                  const core::Id& columnId);

// One line per index of the table (the header's "n indexes" badge).
QStringList describeTableIndexes(const model::Table& table);

} // namespace schemata::app
