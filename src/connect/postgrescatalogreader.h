#pragma once

#include "connect/catalogreader.h"

#include <QHash>
#include <QSet>

namespace schemata::connect {

// Reads PostgreSQL (12+) through pg_catalog: schemas, enums, domains, tables, columns,
// PK/UNIQUE/CHECK/FK constraints, indexes that do not back a constraint, views.
// The static helpers are shared with the script import (sqlimport/postgresddlbuilder),
// so both read the same text into the same model.
class PostgresCatalogReader final : public CatalogReader
{
public:
    QString dialectName() const override { return QStringLiteral("postgres"); }
    core::Result<model::Model> read(const QSqlDatabase& database, const CatalogFilter& filter,
                                    model::Diagnostics* notes = nullptr) const override;

    // format_type() text → logical type; nullopt when the model has no such kind (the
    // caller then keeps the text as a "postgres" override).
    static std::optional<model::LogicalType> typeFromFormatType(QStringView formatType);
    // pg_get_expr() text of a column default → model default ('x'::type → literal,
    // now()/CURRENT_TIMESTAMP → current timestamp, anything else → expression).
    static model::ColumnDefault defaultFromExpression(QStringView expression);

    // Domains (postgrescatalogreaderdomains.cpp).
    // A domain's DEFAULT as the model keeps it (SQL text): a literal loses the casts the
    // server adds ('x'::text → 'x', '-3'::integer → -3 over a numeric base), anything
    // else stays verbatim — so a script's DEFAULT 'x' and the catalog's agree.
    static QString domainDefault(QStringView expression, const model::LogicalType& baseType);
    // "CHECK (VALUE > 0) NOT VALID" (pg_get_constraintdef) → "VALUE > 0"; empty if unreadable.
    static QString checkExpression(QStringView definition);
    // The id of a domain's check: "dck_schema.domain.name" (catalogid.h).
    static core::Id domainCheckId(const QString& schema, const QString& domain,
                                  const QString& check);
    // Domains declared over another domain (baseType.domainId set) become domains over
    // the innermost base type: PostgreSQL enforces every domain of the chain, so the
    // inner domains' NOT NULL and checks are carried onto the outer one (an inner check
    // whose name the outer one uses is left out). Each flattening is said in `notes`
    // (code `code`), since a fresh database gets the flat domain, not the chain.
    static void flattenNestedDomains(model::Model& model, const QString& code,
                                     model::Diagnostics* notes);

    // The domains of the schemas in `schemaIds` (those read, by name), flattened, in
    // catalog order; domains over an enum use `enumIds` (the enums read). Extension
    // members are left out (CREATE EXTENSION brings them back).
    static core::Result<QList<model::DomainType>>
    readDomains(const QSqlDatabase& database, const CatalogFilter& filter,
                const QHash<QString, core::Id>& schemaIds, const QSet<core::Id>& enumIds,
                model::Diagnostics* notes);
};

} // namespace schemata::connect
