#pragma once

#include "connect/catalogreader.h"

namespace schemata::connect {

// Reads SQLite through sqlite_schema and the table-valued pragmas (table_xinfo,
// foreign_key_list, index_list, index_xinfo). Constraint names, CHECK expressions,
// generated expressions, collations and DEFERRABLE come from the stored CREATE text
// (sqlitecreateparser.h); comments are not recovered (see there why). Each attached
// database ("main", …) is one model schema.
// A single-column INTEGER PRIMARY KEY is SQLite's rowid alias, which generates values
// itself, so it reads as an identity (by default) column.
class SqliteCatalogReader final : public CatalogReader
{
public:
    QString dialectName() const override { return QStringLiteral("sqlite"); }
    core::Result<model::Model> read(const QSqlDatabase& database, const CatalogFilter& filter,
                                    model::Diagnostics* notes = nullptr) const override;

    // Declared column type → logical type; unknown declarations are kept as a "sqlite"
    // override on a text column.
    static model::LogicalType typeFromDeclaredType(QStringView declared, bool* exact = nullptr);
    // pragma table_xinfo.dflt_value (SQL text as written) → model default.
    static model::ColumnDefault defaultFromSql(const QVariant& defaultSql);
};

} // namespace schemata::connect
