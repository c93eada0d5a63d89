#pragma once

#include "core/id.h"
#include "core/result.h"
#include "model/model.h"

#include <QList>
#include <QString>

namespace schemata::model {

// GUI-free edits of PostgreSQL domains that keep the model's invariant: a column declared
// with a domain (LogicalType::domainId) repeats the domain's base type in its own type
// fields. Every function checks its input first and changes nothing when it returns an
// error; errors name the domain (schema.name) and say what is wrong. New IDs come from
// the caller, so the functions stay deterministic.

// "schema.name", or the bare name when the schema is unknown.
QString domainQualifiedName(const Model& model, const DomainType& domain);

// The type of a column declared with `domain`: its base type, naming the domain.
LogicalType domainColumnType(const DomainType& domain);

struct DomainUse
{
    core::Id tableId;
    core::Id columnId;
    QString path; // "schema.table.column", for lists and messages
};
// The columns declared with the domain, in model order (tables, then columns).
QList<DomainUse> domainUses(const Model& model, const core::Id& domainId);

// Checks a domain as it would be stored: a name, an existing schema, a base type that is
// not itself a domain, a name no other domain or enum of the schema has, and checks with
// expressions. `domain.id` identifies the domain being edited (it may clash with itself).
core::Status checkDomain(const Model& model, const DomainType& domain);

// Appends `domain` (its id must be new).
core::Status addDomain(Model& model, const DomainType& domain);
// Replaces the domain with the same id and brings its columns' type fields to the new
// base type, pins included: the domain's base decides what every dialect stores.
core::Status updateDomain(Model& model, const DomainType& domain);
// Removes the domain; its columns keep the base type and no longer name a domain.
// `changed` (optional) receives the columns that were turned into the base type.
core::Status removeDomain(Model& model, const core::Id& domainId,
                          QList<DomainUse>* changed = nullptr);

} // namespace schemata::model
