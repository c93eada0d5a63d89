#pragma once

// Private to the validator: the rules for a table's keys, checks, foreign keys and
// indexes — their names in the schema's and the table's name spaces, the columns they
// list, and for foreign keys the referenced table, columns and types.

#include "model/table.h"
#include "model/validatorcontext.h"

namespace schemata::model::validatorchecks {

// A primary key (`primary`) or a UNIQUE constraint of `table`.
void checkKey(validatorsupport::ValidatorContext& context, const Table& table,
              const QString& tablePath, const KeyConstraint& key, bool primary);

// The CHECK and FK names go into context.constraintNames() (the table's, emptied by the
// caller per table) and `names.otherConstraints` (the schema's).
void checkCheck(validatorsupport::ValidatorContext& context, const QString& tablePath,
                const CheckConstraint& check, validatorsupport::SchemaNames& names);
void checkForeignKey(validatorsupport::ValidatorContext& context, const Table& table,
                     const QString& tablePath, const ForeignKey& fk,
                     validatorsupport::SchemaNames& names);

void checkIndex(validatorsupport::ValidatorContext& context, const Table& table,
                const QString& tablePath, const Index& index, validatorsupport::SchemaNames& names);

} // namespace schemata::model::validatorchecks
