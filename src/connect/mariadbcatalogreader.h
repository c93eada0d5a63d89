#pragma once

#include "connect/catalogreader.h"

namespace schemata::connect {

// Reads MariaDB (10.5+; MySQL 8 where information_schema agrees) through
// information_schema. One model schema per database read. What MySQL-family servers
// fold together is unfolded where the catalog allows it:
//  - ENUM('a','b') columns become model enums named "<table>_<column>" (one per column);
//  - tinyint(1) is boolean; longtext with MariaDB's automatic json_valid(`col`) CHECK
//    is json (and that CHECK is not reported as a user check);
//  - the PRIMARY KEY has no name of its own ("PRIMARY"), so it is read unnamed;
//  - a UNIQUE index over plain ascending columns is a UNIQUE constraint (the catalog
//    cannot tell them apart); indexes created implicitly for a foreign key (named
//    after it) are not reported as indexes.
class MariaDbCatalogReader final : public CatalogReader
{
public:
    QString dialectName() const override { return QStringLiteral("mariadb"); }
    core::Result<model::Model> read(const QSqlDatabase& database, const CatalogFilter& filter,
                                    model::Diagnostics* notes = nullptr) const override;

    // COLUMN_TYPE → logical type; the exact text is kept as an override (under
    // `overrideKey`) whenever the logical kind loses information (unsigned, tinytext …).
    // Enum columns are handled by the caller.
    static model::LogicalType typeFromColumnType(QStringView columnType, QStringView overrideKey,
                                                 bool* exact = nullptr);
    // COLUMN_DEFAULT (MariaDB quotes literals: 'x', 0, NULL, current_timestamp()).
    static model::ColumnDefault defaultFromColumnDefault(const QVariant& columnDefault);
};

} // namespace schemata::connect
