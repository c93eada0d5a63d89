#pragma once

// Private to the validator: the rules for one column — its name among the table's
// columns, its type (parameters, enum, domain), default, identity, generation,
// collation and retention.

#include "model/column.h"
#include "model/validatorcontext.h"

namespace schemata::model::validatorchecks {

// `tablePath` is the table's path; the column's name goes into
// context.columnNames(), which the caller empties per table.
void checkColumn(validatorsupport::ValidatorContext& context, const QString& tablePath,
                 const Column& column);

} // namespace schemata::model::validatorchecks
