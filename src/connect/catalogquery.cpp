#include "connect/catalogquery.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace schemata::connect {

core::Result<CatalogRows> runCatalogQuery(const QSqlDatabase& database, QStringView dialect,
                                          QStringView label, const QString& sql,
                                          const QVariantList& bindings)
{
    const QString where = dialect.toString() + QStringLiteral(" catalog: ") + label.toString();
    if (!database.isOpen())
        return core::Error{where, QStringLiteral("the connection is not open")};
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return core::Error{where, query.lastError().text()};
    for (const QVariant& value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        return core::Error{where, query.lastError().text()};
    CatalogRows rows;
    const int columns = query.record().count();
    while (query.next()) {
        CatalogRow row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row.append(query.value(i));
        rows.append(std::move(row));
    }
    if (query.lastError().isValid())
        return core::Error{where, query.lastError().text()};
    return rows;
}

} // namespace schemata::connect
