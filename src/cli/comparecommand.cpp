#include "cli/comparecommand.h"

#include "cli/commandline.h"
#include "cli/importcommand.h"
#include "connect/connectionerror.h"
#include "connect/liveimport.h"
#include "document/documentformat.h"
#include "migrate/differ.h"
#include "migrate/planner.h"

#include <QCoreApplication>

namespace schemata::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cli", text);
}

QString usageLine()
{
    return tr(
        "usage: schemata compare FILE --url URL [--schema S]… [--up OUT.sql] [--down OUT.sql]");
}

} // namespace

int runCompare(CliContext& ctx, const QStringList& arguments)
{
    QStringList args = arguments;
    QStringList schemas = takeRepeatedOption(args, QStringLiteral("--schema"));
    CommandLine cl({QStringLiteral("--url"), QStringLiteral("--up"), QStringLiteral("--down")}, {});
    if (const auto error = cl.parse(args))
        return ctx.fail(*error);
    if (cl.positional().size() != 1 || !cl.isSet(QStringLiteral("--url")))
        return ctx.fail(usageLine());
    const QString path = cl.positional().constFirst();
    const auto loaded = document::loadDocument(path);
    if (!loaded)
        return ctx.fail(loaded.error().toString());
    const document::Document& doc = loaded.value();
    const auto parsed = connect::parseConnectionUrl(cl.value(QStringLiteral("--url")));
    if (!parsed)
        return ctx.fail(parsed.error().toString());
    const connect::ConnectionProfile& profile = parsed.value().profile;
    QString password = parsed.value().password;
    if (password.isEmpty())
        password = qEnvironmentVariable("SCHEMATA_PASSWORD");
    // PostgreSQL reads every user schema by default; the project's own schemas are the
    // fair default, so objects in unrelated schemas are not reported as drift.
    if (schemas.isEmpty() && profile.dialect == u"postgres") {
        for (const model::Schema& schema : doc.model.schemas)
            schemas << schema.name;
    }
    connect::CatalogFilter filter;
    filter.schemas = schemas;
    const auto live = connect::importDatabase(profile, password, filter);
    if (!live)
        return ctx.fail(live.error().toString());

    const auto planner = migrate::createPlanner(profile.dialect);
    if (!planner)
        return ctx.fail(tr("no migration planner for dialect \"%1\"").arg(profile.dialect));
    migrate::DiffOptions options;
    options.matching = migrate::DiffOptions::Matching::ByName;
    // From the database to the project: the pair's up makes the database match the file.
    const model::Model& from = live.value().model;
    const migrate::ChangeSet changes = migrate::diffModels(from, doc.model, options);
    const QString source = connect::displayUrl(profile);
    if (changes.isEmpty() && changes.renameCandidates.isEmpty()) {
        ctx.out << tr("no drift: %1 matches %2").arg(source, path) << Qt::endl;
        return ExitOk;
    }
    ctx.out << tr("drift: %1 changes between %2 (database) and %3 (project), matched by name")
                   .arg(changes.changes.size())
                   .arg(source, path)
            << Qt::endl;
    for (const migrate::Change& change : changes.changes)
        ctx.out << QStringLiteral("  ") << migrate::describeChange(change) << Qt::endl;
    if (!changes.renameCandidates.isEmpty()) {
        ctx.out << tr("rename candidates (confirm in the studio; the plan below drops and adds):")
                << Qt::endl;
        for (const migrate::RenameCandidate& c : changes.renameCandidates)
            ctx.out << QStringLiteral("  %1 %2 → %3 (%4%)")
                           .arg(migrate::objectKindName(c.kind), c.fromPath, c.toPath)
                           .arg(c.score)
                    << Qt::endl;
    }
    const migrate::Plan plan = planner->plan(changes, from, doc.model);
    const QString up = migrate::renderUp(plan);
    const QString down = migrate::renderDown(plan);
    if (cl.isSet(QStringLiteral("--up")) || cl.isSet(QStringLiteral("--down"))) {
        if (cl.isSet(QStringLiteral("--up")) &&
            !writeOutput(ctx, cl.value(QStringLiteral("--up")), up.toUtf8()))
            return ExitBadInput;
        if (cl.isSet(QStringLiteral("--down")) &&
            !writeOutput(ctx, cl.value(QStringLiteral("--down")), down.toUtf8()))
            return ExitBadInput;
    } else {
        ctx.out << tr("-- up: apply to the database to match the project") << Qt::endl << up;
        ctx.out << tr("-- down: reverses the up") << Qt::endl << down;
    }
    ctx.out.flush();
    return ExitFindings;
}

} // namespace schemata::cli
