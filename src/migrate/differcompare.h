#pragma once

#include "migrate/change.h"
#include "migrate/differidmapping.h"
#include "model/model.h"

#include <QString>

namespace schemata::migrate::diffdetail {

// Attribute comparison of two matched objects, old side (`from`, whose ids go through
// `ids`) against new side (`to`). Each function returns the exact Attributes bitmask of
// what differs; names are not compared (a different name is a Rename, not an Alter).

Attributes schemaAttributes(const model::Schema& from, const model::Schema& to);
Attributes enumAttributes(const model::EnumType& from, const model::EnumType& to,
                          const IdMapping& ids);
Attributes tableAttributes(const model::Table& from, const model::Table& to, const IdMapping& ids);
// Base type (Type), NOT NULL (Nullable), Default, Collation, Comment, Schema; checks are
// members (domainCheckAttributes / checkAttributes).
Attributes domainAttributes(const model::DomainType& from, const model::DomainType& to,
                            const IdMapping& ids);
Attributes viewAttributes(const model::View& from, const model::View& to, const IdMapping& ids);
// Every column attribute except Position, which depends on the neighbours (see differ.cpp).
Attributes columnAttributes(const model::Column& from, const model::Column& to,
                            const IdMapping& ids);
Attributes keyAttributes(const model::KeyConstraint& from, const model::KeyConstraint& to,
                         const IdMapping& ids);
Attributes checkAttributes(const model::CheckConstraint& from, const model::CheckConstraint& to,
                           const IdMapping& ids);
Attributes foreignKeyAttributes(const model::ForeignKey& from, const model::ForeignKey& to,
                                const IdMapping& ids);
Attributes indexAttributes(const model::Index& from, const model::Index& to, const IdMapping& ids);

// Structure keys for name matching of unnamed members and for rename candidates: two
// members with the same key are the same constraint/index under any name. `ids` is the
// mapping for an old-side member and nullptr for a new-side one.
QString typeKey(const model::LogicalType& type, const IdMapping* ids);
QString keyStructure(const model::KeyConstraint& key, const IdMapping* ids);
QString checkStructure(const model::CheckConstraint& check, const IdMapping* ids);
QString foreignKeyStructure(const model::ForeignKey& fk, const IdMapping* ids);
QString indexStructure(const model::Index& index, const IdMapping* ids);

} // namespace schemata::migrate::diffdetail
