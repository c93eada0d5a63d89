#include "cli/commandchecks.h"
#include "cli/commandline.h"
#include "cli/migratecommand.h"
#include "connect/migrationverifier.h"
#include "dialect/dialect.h"
#include "document/documentformat.h"

#include <QCoreApplication>

namespace schemata::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("cli", text);
}
} // namespace

// `schemata migrate verify FILE [--dialect D] [--url URL]`: replays the history on a
// real engine (embedded SQLite unless --url names a server) and prints the report.
// Exit 0 verified, 1 a check failed, 2 bad input or no engine to verify on.
int runMigrateVerify(CliContext& ctx, const QStringList& args)
{
    CommandLine cl({QStringLiteral("--dialect"), QStringLiteral("--url")},
                   {QStringLiteral("--no-data"), QStringLiteral("--empty-before-downs"),
                    QStringLiteral("--quiet")});
    if (const auto error = cl.parse(args))
        return ctx.fail(*error);
    if (cl.positional().size() != 1)
        return ctx.fail(tr("usage: schemata migrate verify FILE [--dialect postgres|mysql|mariadb|"
                           "sqlite] [--url URL] [--no-data] [--empty-before-downs] [--quiet]"));
    const QString file = cl.positional().constFirst();
    const auto loaded = document::loadDocument(file);
    if (!loaded)
        return ctx.fail(loaded.error().toString());
    const document::Document& doc = loaded.value();

    connect::MigrationVerifier::Options options;
    options.sampleRows = !cl.isSet(QStringLiteral("--no-data"));
    options.emptyBeforeDowns = cl.isSet(QStringLiteral("--empty-before-downs"));
    if (cl.isSet(QStringLiteral("--url"))) {
        const auto parsed = connect::parseConnectionUrl(cl.value(QStringLiteral("--url")));
        if (!parsed)
            return ctx.fail(tr("--url: %1").arg(parsed.error().toString()));
        connect::ConnectionProfile profile = parsed.value().profile;
        options.password = parsed.value().password;
        if (options.password.isEmpty())
            options.password = qEnvironmentVariable("SCHEMATA_PASSWORD");
        options.dialect = cl.value(QStringLiteral("--dialect"), profile.dialect);
        const auto named = dialect::createDialect(options.dialect);
        const auto served = dialect::createDialect(profile.dialect);
        const auto family = [](const QString& name) {
            return name == u"mysql" || name == u"mariadb" ? QStringLiteral("mysql") : name;
        };
        if (named && served && family(named->name()) != family(served->name()))
            return ctx.fail(tr("--dialect %1 does not match the --url server (%2)")
                                .arg(options.dialect, profile.dialect));
        if (served && served->name() != u"sqlite")
            options.server = profile;
        // sqlite:PATH would verify inside the user's own file; verification only ever
        // runs in scratch databases, so a SQLite URL just picks the embedded engine.
    } else {
        options.dialect = cl.value(QStringLiteral("--dialect"), doc.dialect);
    }
    if (!dialect::createDialect(options.dialect))
        return ctx.fail(unknownDialectMessage(options.dialect));

    connect::MigrationVerifier verifier(options);
    const bool quiet = cl.isSet(QStringLiteral("--quiet"));
    if (!quiet) {
        verifier.setProgress([&ctx](int done, int total, const QString& what) {
            ctx.err << QStringLiteral("[%1/%2] %3").arg(done + 1).arg(total).arg(what) << Qt::endl;
        });
    }
    const auto report = verifier.verify(doc);
    if (!report)
        return ctx.fail(QStringLiteral("%1: %2").arg(file, report.error().toString()));
    ctx.out << report.value().toText();
    ctx.out.flush();
    return report.value().ok() ? ExitOk : ExitFindings;
}

} // namespace schemata::cli
