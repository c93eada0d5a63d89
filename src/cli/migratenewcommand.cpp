// `schemata migrate new FILE -m NAME [--dry-run] [--time yyyyMMddHHmmss]`: appends the
// pending migration to the project's history and saves the project atomically.
//
// Exit codes: 0 created (or, with --dry-run, would be created); 1 nothing to migrate (the
// model has no change with SQL since the last migration, nothing is written — so scripts
// can run it unconditionally and tell the cases apart); 2 bad input: unreadable project,
// invalid history (each problem names the migration), model errors, bad name, an id not
// later than the last one.
#include "cli/commandchecks.h"
#include "cli/commandline.h"
#include "cli/migratecommand.h"
#include "dialect/dialect.h"
#include "document/documentformat.h"
#include "migrate/migrationauthor.h"
#include "migrate/safetyanalysis.h"
#include "model/validator.h"

#include <QCoreApplication>
#include <QDateTime>

namespace schemata::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("cli", text);
}
} // namespace

int runMigrateNew(CliContext& ctx, const QStringList& args)
{
    CommandLine cl({QStringLiteral("-m"), QStringLiteral("--message"), QStringLiteral("--time")},
                   {QStringLiteral("--dry-run")});
    if (const auto error = cl.parse(args))
        return ctx.fail(*error);
    const QString name = cl.value(QStringLiteral("-m"), cl.value(QStringLiteral("--message")));
    if (cl.positional().size() != 1 || name.isEmpty())
        return ctx.fail(
            tr("usage: schemata migrate new FILE -m NAME [--dry-run] [--time yyyyMMddHHmmss]"));
    const QString path = cl.positional().constFirst();
    const auto loaded = document::loadDocument(path);
    if (!loaded)
        return ctx.fail(loaded.error().toString());
    const document::Document& doc = loaded.value();

    // The creation time is the id. --time pins it (reproducible scripts and tests);
    // otherwise it is now, in UTC.
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (cl.isSet(QStringLiteral("--time"))) {
        const QString text = cl.value(QStringLiteral("--time"));
        const std::optional<QDateTime> pinned = document::migrationIdTime(text);
        if (!pinned)
            return ctx.fail(
                tr("--time: expected a UTC time as yyyyMMddHHmmss, found \"%1\"").arg(text));
        now = *pinned;
    }

    // A migration planned from a model with errors would be refused by the engine or,
    // worse, accepted with a different meaning.
    if (reportValidationErrors(ctx, model::validateModel(doc.model)))
        return ctx.fail(tr("%1 has validation errors; fix them (schemata validate) before "
                           "creating a migration")
                            .arg(path));

    const auto pending = migrate::pendingMigration(doc, name, now);
    if (!pending)
        return ctx.fail(path + QStringLiteral(": ") + pending.error().message);
    const migrate::PendingMigration& p = pending.value();
    if (p.empty) {
        ctx.err << tr("nothing to migrate: the model has no changes with SQL since the last "
                      "migration")
                << Qt::endl;
        return ExitFindings;
    }

    const QString label = p.migration.id + QLatin1Char('_') + p.migration.name;
    if (cl.isSet(QStringLiteral("--dry-run"))) {
        ctx.out << tr("would create migration %1").arg(label) << Qt::endl;
        const document::MigrationScript script = p.migration.scripts.value(doc.dialect);
        ctx.out << tr("-- up (%1)").arg(doc.dialect) << Qt::endl << script.up;
        ctx.out << tr("-- down (%1)").arg(doc.dialect) << Qt::endl << script.down;
    } else {
        document::Document updated = doc;
        updated.history.migrations.append(p.migration);
        updated.history.snapshot = doc.model;
        if (const core::Status saved = document::saveDocument(updated, path); !saved)
            return ctx.fail(saved.error().toString());
        ctx.out << tr("created migration %1").arg(label) << Qt::endl;
    }
    if (p.migration.irreversible)
        ctx.out << tr("irreversible: the down script cannot restore all data") << Qt::endl;
    if (!p.findings.isEmpty()) {
        ctx.out << tr("findings (%1):").arg(doc.dialect) << Qt::endl
                << migrate::findingsToText(p.findings);
    }
    ctx.out.flush();
    return ExitOk;
}

} // namespace schemata::cli
