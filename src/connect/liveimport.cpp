#include "connect/liveimport.h"

#include "connect/catalogextras.h"
#include "connect/catalogquery.h"
#include "connect/connectionerror.h"
#include "connect/tablefilter.h"

#include <QFileInfo>

namespace schemata::connect {

namespace {

// How the engine compares table names, so `--table Orders` means what the server means.
Qt::CaseSensitivity tableNameCase(const ConnectionProfile& profile, const QSqlDatabase& database)
{
    if (profile.dialect == u"sqlite")
        return Qt::CaseInsensitive;
    if (profile.dialect == u"mysql" || profile.dialect == u"mariadb") {
        // 0 = names compared as stored (the Linux default); 1 and 2 compare lowercased.
        const auto rows = runCatalogQuery(database, profile.dialect, u"lower_case_table_names",
                                          QStringLiteral("SELECT @@lower_case_table_names"));
        if (rows && !rows.value().isEmpty() && rows.value().constFirst().value(0).toInt() != 0)
            return Qt::CaseInsensitive;
    }
    return Qt::CaseSensitive;
}

core::Error cancelledError(const ConnectionProfile& profile)
{
    return core::Error{displayUrl(profile), QStringLiteral("import cancelled")};
}

} // namespace

core::Result<ImportResult> importDatabase(const DatabaseSession& session,
                                          const CatalogFilter& filter)
{
    const ConnectionProfile& profile = session.profile();
    const auto reader = createCatalogReader(profile.dialect);
    if (!reader)
        return core::Error{
            displayUrl(profile),
            QStringLiteral("no catalog reader for dialect \"%1\"").arg(profile.dialect)};
    // Patterns are checked before any catalog is read: a typo fails at once.
    TableFilter tables;
    if (filter.hasTablePatterns()) {
        auto compiled =
            TableFilter::compile(filter.tables, filter.excludedTables,
                                 tableNameCase(profile, session.database()), profile.dialect);
        if (!compiled)
            return compiled.error();
        tables = std::move(compiled).value();
    }
    ImportResult result;
    result.dialect = profile.dialect;
    result.databaseName = profile.dialect == u"sqlite"
                              ? QFileInfo(profile.database).completeBaseName()
                              : profile.database;
    result.report.source = displayUrl(profile);
    auto model = reader->read(session.database(), filter, &result.report.notes);
    // Whatever the reader returned (a model, or the phase it stopped in), a cancelled
    // import ends with one plain "cancelled", never with a partial model.
    if (filter.isCancelled())
        return cancelledError(profile);
    if (!model)
        return model.error();
    result.model = std::move(model).value();
    auto extras = readCatalogExtras(profile.dialect, session.database(), filter);
    if (filter.isCancelled())
        return cancelledError(profile);
    if (!extras)
        return extras.error();
    result.report.items = std::move(extras).value();
    result.report.tables = int(result.model.tables.size());
    result.report.views = int(result.model.views.size());
    result.report.enums = int(result.model.enums.size());
    result.report.domains = int(result.model.domains.size());
    tables.apply(result.model, result.report);
    return result;
}

core::Result<ImportResult> importDatabase(const ConnectionProfile& profile, const QString& password,
                                          const CatalogFilter& filter)
{
    const auto session = DatabaseSession::open(profile, password);
    if (!session)
        return session.error();
    if (filter.isCancelled())
        return cancelledError(profile);
    return importDatabase(*session.value(), filter);
}

} // namespace schemata::connect
