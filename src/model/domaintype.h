#pragma once

#include "core/id.h"
#include "model/checkconstraint.h"
#include "model/logicaltype.h"

#include <QList>
#include <QString>

namespace schemata::model {

// A named type with constraints (PostgreSQL CREATE DOMAIN). A column declared with a
// domain keeps the domain's base type in its own LogicalType (so type logic — mapping,
// safety rules, seed data — sees what is stored) and names the domain in
// LogicalType::domainId. PostgreSQL emits the domain; MySQL and SQLite, which have no
// domains, emit the base type and carry NOT NULL, DEFAULT and the checks onto the column.
struct DomainType
{
    core::Id id;
    core::Id schemaId;
    QString name;
    LogicalType baseType; // never itself a domain (baseType.domainId is null)
    bool notNull = false;
    QString defaultExpression;     // SQL, verbatim; empty = none
    QString collation;             // empty = the base type's default
    QList<CheckConstraint> checks; // expressions refer to the value as VALUE
    QString comment;

    friend bool operator==(const DomainType&, const DomainType&) = default;
};

} // namespace schemata::model
