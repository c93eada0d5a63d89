#include "connect/catalogreader.h"

#include "connect/mariadbcatalogreader.h"
#include "connect/postgrescatalogreader.h"
#include "connect/sqlitecatalogreader.h"

namespace schemata::connect {

std::unique_ptr<CatalogReader> createCatalogReader(QStringView dialectName)
{
    const QString name = dialectName.trimmed().toString().toLower();
    if (name == u"postgres" || name == u"postgresql" || name == u"pg")
        return std::make_unique<PostgresCatalogReader>();
    if (name == u"mariadb" || name == u"mysql")
        return std::make_unique<MariaDbCatalogReader>();
    if (name == u"sqlite" || name == u"sqlite3")
        return std::make_unique<SqliteCatalogReader>();
    return nullptr;
}

} // namespace schemata::connect
