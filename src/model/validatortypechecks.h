#pragma once

// Private to the validator: the rules for user-defined types (enums and domains).

#include "model/domaintype.h"
#include "model/enumtype.h"
#include "model/validatorcontext.h"

namespace schemata::model::validatorchecks {

// Id, name, schema, the type name space shared with tables and views, and the values.
void checkEnum(validatorsupport::ValidatorContext& context, const EnumType& enumType);

// Id, name, schema, the type name space, the base type and the domain's checks.
void checkDomain(validatorsupport::ValidatorContext& context, const DomainType& domain);

} // namespace schemata::model::validatorchecks
