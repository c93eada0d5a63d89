#pragma once

#include "core/id.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace schemata::dialect {

// The pieces of one createScript() run that are not whole statements, keyed by the
// id of the model object they belong to. The migration planners build ALTER TABLE …
// ADD COLUMN / ADD CONSTRAINT / ALTER COLUMN … TYPE from these, so a migration creates
// exactly what a fresh build of the same model would (same types, defaults and the
// same generated constraint and index names).
struct DdlFragments
{
    struct ColumnParts
    {
        QString definition; // as inside CREATE TABLE: "name" type … NOT NULL DEFAULT …
        QString type;       // the SQL type alone
        QString defaultSql; // what follows DEFAULT; empty = none
        QString collation;  // what follows COLLATE; empty = none
        QString identity;   // the identity clause (GENERATED … AS IDENTITY, AUTO_INCREMENT)
        QString generated;  // GENERATED ALWAYS AS (…) …; empty = not generated
    };

    // Column id → its parts.
    QHash<core::Id, ColumnParts> columns;
    // Primary key, unique, check and foreign key id → the clause as written inside
    // CREATE TABLE or after ALTER TABLE … ADD ("CONSTRAINT "n" UNIQUE (…)").
    QHash<core::Id, QString> constraintClauses;
    // Primary key, unique, check, foreign key and index id → the name it gets in the
    // database (the model's name, or the generated one).
    QHash<core::Id, QString> names;
    // A CHECK a column takes over from its domain on dialects without domains: domain
    // check `VALUE >= 1901` on column "year" → CONSTRAINT film_year_year_check CHECK (year >=
    // 1901).
    struct CarriedCheck
    {
        core::Id domainCheckId; // the CheckConstraint in DomainType::checks
        QString name;           // the generated constraint name
        QString clause;         // as written inside CREATE TABLE / after ALTER TABLE … ADD

        friend bool operator==(const CarriedCheck&, const CarriedCheck&) = default;
    };

    // Column id → the checks carried from its domain, in the domain's order (MySQL,
    // MariaDB, SQLite; empty on PostgreSQL, where the domain itself checks).
    QHash<core::Id, QList<CarriedCheck>> carriedChecks;
    // Table, view, (native) enum and domain id → the name as written in SQL (quoted,
    // qualified).
    QHash<core::Id, QString> qualifiedNames;
    // Table id → elements the dialect adds to CREATE TABLE on its own (MySQL's key for
    // an AUTO_INCREMENT column that leads none).
    QHash<core::Id, QStringList> extraElements;
    // Foreign key ids created by ALTER TABLE after all tables (cycles, self-references).
    QList<core::Id> deferredForeignKeys;
};

} // namespace schemata::dialect
