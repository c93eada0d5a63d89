// `schemata migrate export FILE --format F [--dialect D] -o DIR|ZIP [--project NAME]`:
// writes the history as a bundle for a deployment tool (docs/migration-bundles.md).
// An output ending in ".zip" is a zip archive, anything else a directory.
// Exit codes: 0 written; 2 bad input (unknown format or dialect, invalid history naming
// the migration, a migration without a script for the dialect, an output directory that
// holds something else).
#include "cli/commandchecks.h"
#include "cli/commandline.h"
#include "cli/migratecommand.h"
#include "dialect/dialect.h"
#include "document/documentformat.h"
#include "migrate/bundle.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace schemata::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("cli", text);
}
} // namespace

int runMigrateExport(CliContext& ctx, const QStringList& args)
{
    CommandLine cl({QStringLiteral("--format"), QStringLiteral("--dialect"), QStringLiteral("-o"),
                    QStringLiteral("--output"), QStringLiteral("--project")},
                   {});
    if (const auto error = cl.parse(args))
        return ctx.fail(*error);
    const QString output = cl.value(QStringLiteral("-o"), cl.value(QStringLiteral("--output")));
    const QString formatName = cl.value(QStringLiteral("--format"));
    if (cl.positional().size() != 1 || output.isEmpty() || formatName.isEmpty())
        return ctx.fail(
            tr("usage: schemata migrate export FILE --format F [--dialect D] -o DIR|ZIP "
               "[--project NAME]\nformats: %1")
                .arg(migrate::bundleFormatNames().join(QStringLiteral(", "))));
    const auto format = migrate::bundleFormatFromName(formatName);
    if (!format)
        return ctx.fail(
            tr("unknown bundle format \"%1\" (expected one of: %2)")
                .arg(formatName, migrate::bundleFormatNames().join(QStringLiteral(", "))));
    const QString path = cl.positional().constFirst();
    const auto loaded = document::loadDocument(path);
    if (!loaded)
        return ctx.fail(loaded.error().toString());
    const document::Document& doc = loaded.value();
    const QString dialect = cl.value(QStringLiteral("--dialect"), doc.dialect);
    if (!dialect::dialectNames().contains(dialect))
        return ctx.fail(unknownDialectMessage(dialect));
    QString project = cl.value(QStringLiteral("--project"), doc.name);
    if (project.isEmpty())
        project = QFileInfo(path).completeBaseName();

    const auto files = migrate::buildBundle(doc.history, dialect, *format, project);
    if (!files)
        return ctx.fail(path + QStringLiteral(": ") + files.error().message);
    const bool zip = output.endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive);
    const core::Status written = zip ? migrate::writeBundleZip(files.value(), output)
                                     : migrate::writeBundleDirectory(files.value(), output);
    if (!written)
        return ctx.fail(written.error().toString());
    ctx.out << tr("wrote %1 files (%2 migrations, %3, %4) to %5")
                   .arg(files.value().size())
                   .arg(doc.history.migrations.size())
                   .arg(formatName, dialect, output)
            << Qt::endl;
    return ExitOk;
}

} // namespace schemata::cli
