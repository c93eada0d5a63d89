#include "cli/migratecommand.h"

#include <QCoreApplication>

namespace schemata::cli {

QString migrateUsage()
{
    // Each subcommand adds its own usage line here when it lands.
    return QCoreApplication::translate("cli",
        "  migrate SUBCOMMAND FILE …\n"
        "  migrate new FILE -m NAME [--dry-run] [--time yyyyMMddHHmmss]   append the pending migration to the history (exit 1: nothing to migrate)\n"
        "  migrate export FILE --format F [--dialect D] -o DIR|ZIP   the history as a bundle (plain, golang-migrate, dbmate, flyway, liquibase, alembic, prisma, sqitch)\n"
        "  migrate lint FILE [--dialect D] [--format text|json|sarif] [--fail-on error|warning|info]   safety findings of the pending migration\n"
        "  migrate verify FILE [--dialect D] [--url URL] [--no-data]   replay the history on a real engine: up, compare, down, up\n");
}

int runMigrate(CliContext& ctx, QStringList args)
{
    if (args.isEmpty())
        return ctx.fail(QCoreApplication::translate("cli", "migrate: missing subcommand\n%1").arg(migrateUsage().trimmed()));
    const QString sub = args.takeFirst();
    // Dispatch table: one line per subcommand (added with the subcommand's file).
    if (sub == QLatin1String("new"))
        return runMigrateNew(ctx, args);
    if (sub == QLatin1String("export"))
        return runMigrateExport(ctx, args);
    if (sub == QLatin1String("lint"))
        return runMigrateLint(ctx, args);
    if (sub == QLatin1String("verify"))
        return runMigrateVerify(ctx, args);
    return ctx.fail(QCoreApplication::translate("cli", "migrate: unknown subcommand \"%1\"\n%2")
                        .arg(sub, migrateUsage().trimmed()));
}

} // namespace schemata::cli
