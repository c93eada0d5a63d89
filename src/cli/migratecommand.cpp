#include "cli/migratecommand.h"

#include <QCoreApplication>

namespace schemata::cli {

QString migrateUsage()
{
    // Each subcommand adds its own usage line here when it lands.
    return QCoreApplication::translate("cli",
        "  migrate SUBCOMMAND FILE …\n");
}

int runMigrate(CliContext& ctx, QStringList args)
{
    if (args.isEmpty())
        return ctx.fail(QCoreApplication::translate("cli", "migrate: missing subcommand\n%1").arg(migrateUsage().trimmed()));
    const QString sub = args.takeFirst();
    // Dispatch table: one line per subcommand (added with the subcommand's file).
    return ctx.fail(QCoreApplication::translate("cli", "migrate: unknown subcommand \"%1\"\n%2")
                        .arg(sub, migrateUsage().trimmed()));
}

} // namespace schemata::cli
