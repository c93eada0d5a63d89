#include "connect/liveimport.h"

#include "connect/catalogextras.h"
#include "connect/connectionerror.h"

#include <QFileInfo>

namespace schemata::connect {

core::Result<ImportResult> importDatabase(const DatabaseSession& session,
                                          const CatalogFilter& filter)
{
    const ConnectionProfile& profile = session.profile();
    const auto reader = createCatalogReader(profile.dialect);
    if (!reader)
        return core::Error{
            displayUrl(profile),
            QStringLiteral("no catalog reader for dialect \"%1\"").arg(profile.dialect)};
    ImportResult result;
    result.dialect = profile.dialect;
    result.databaseName = profile.dialect == u"sqlite"
                              ? QFileInfo(profile.database).completeBaseName()
                              : profile.database;
    result.report.source = displayUrl(profile);
    auto model = reader->read(session.database(), filter, &result.report.notes);
    if (!model)
        return model.error();
    result.model = std::move(model).value();
    if (filter.isCancelled())
        return core::Error{displayUrl(profile), QStringLiteral("import cancelled")};
    auto extras = readCatalogExtras(profile.dialect, session.database(), filter);
    if (!extras)
        return extras.error();
    result.report.items = std::move(extras).value();
    result.report.tables = int(result.model.tables.size());
    result.report.views = int(result.model.views.size());
    result.report.enums = int(result.model.enums.size());
    return result;
}

core::Result<ImportResult> importDatabase(const ConnectionProfile& profile, const QString& password,
                                          const CatalogFilter& filter)
{
    const auto session = DatabaseSession::open(profile, password);
    if (!session)
        return session.error();
    if (filter.isCancelled())
        return core::Error{displayUrl(profile), QStringLiteral("import cancelled")};
    return importDatabase(*session.value(), filter);
}

} // namespace schemata::connect
