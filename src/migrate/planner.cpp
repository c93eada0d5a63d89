#include "migrate/planner.h"

#include "migrate/differ.h"
#include "migrate/mysqlplanner.h"
#include "migrate/postgresplanner.h"
#include "migrate/sqliteplanner.h"

namespace schemata::migrate {

std::unique_ptr<Planner> createPlanner(QStringView dialectName)
{
    const QString n = dialectName.trimmed().toString().toLower();
    if (n == u"postgres" || n == u"postgresql" || n == u"pg")
        return std::make_unique<PostgresPlanner>();
    if (n == u"mysql")
        return std::make_unique<MysqlPlanner>(dialect::mysql::MysqlDialect::Flavor::MySql);
    if (n == u"mariadb")
        return std::make_unique<MysqlPlanner>(dialect::mysql::MysqlDialect::Flavor::MariaDb);
    if (n == u"sqlite" || n == u"sqlite3")
        return createSqlitePlanner();
    return nullptr;
}

Plan planMigration(const model::Model& from, const model::Model& to, QStringView dialectName,
                   const PlanOptions& options)
{
    const std::unique_ptr<Planner> planner = createPlanner(dialectName);
    if (!planner)
        return {};
    return planner->plan(diffModels(from, to), from, to, options);
}

} // namespace schemata::migrate
