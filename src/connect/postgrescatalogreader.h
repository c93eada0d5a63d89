#pragma once

#include "connect/catalogreader.h"

namespace schemata::connect {

// Reads PostgreSQL (12+) through pg_catalog: schemas, enums, tables, columns,
// PK/UNIQUE/CHECK/FK constraints, indexes that do not back a constraint, views.
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
};

} // namespace schemata::connect
