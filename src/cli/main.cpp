// schemata — the headless command line: everything the model layer does, without a screen.
#include "cli/clicontext.h"
#include "cli/comparecommand.h"
#include "cli/ddlcommand.h"
#include "cli/diffcommand.h"
#include "cli/fmtcommand.h"
#include "cli/importcommand.h"
#include "cli/migratecommand.h"
#include "cli/validatecommand.h"
#ifdef SCHEMATA_HAVE_DIAGRAM
#include "cli/exportcommand.h"

#include <QGuiApplication>
#endif

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

QString usage()
{
    return QCoreApplication::translate("cli",
        "usage: schemata COMMAND [ARGS]\n"
        "\n"
        "commands:\n"
        "  validate FILE [--dialect D] [--format text|json] [--strict]\n"
        "                       check the model; exit 1 on errors (or warnings with --strict)\n"
        "  ddl FILE [--dialect D] [-o OUT]\n"
        "                       CREATE statements for the whole model (D: postgres, mysql, mariadb, sqlite;\n"
        "                       default: the project's target dialect)\n"
        "  fmt FILE [--check]   rewrite FILE in canonical form; --check only reports (exit 1 if not canonical)\n"
        "  diff OLD NEW [--dialect D] [--down] [--by-name]\n"
        "                       the migration from OLD's model to NEW's: up SQL (--down: down SQL) on stdout,\n"
        "                       rename candidates and irreversible steps on stderr\n"
        "  export FILE --format svg|png|pdf -o OUT [--layout auto] [--scale S] [--tables a,b]\n"
        "         [--theme light|dark] [--routing orthogonal|straight]\n"
        "                       draw the ER diagram (whole, or the named tables); --layout auto\n"
        "                       places every table with Graphviz first (dot up to 300 tables, else sfdp;\n"
        "                       --layout dot|sfdp forces one); --scale sets PNG pixels per unit\n"
        "  import --url URL | --sql FILE --dialect D -o OUT [--schema S]... [--table PATTERN]...\n"
        "         [--exclude-table PATTERN]... [--progress]\n"
        "                       reverse engineer a database or DDL script into a project (report on stderr)\n"
        "  compare FILE --url URL [--schema S]...\n"
        "                       drift between a project and a live database, with the migration pair; exit 1 on drift\n"
        "%1"
        "\n"
        "options: --version, --help\n"
        "exit codes: 0 ok, 1 findings, 2 bad input or usage\n").arg(schemata::cli::migrateUsage());
}

} // namespace

int main(int argc, char* argv[])
{
    // Only `export` paints (fonts, QPainter), so only it pays for a QGuiApplication; with no
    // display it draws on the offscreen platform. Every other command stays GUI-free.
    std::unique_ptr<QCoreApplication> application;
#ifdef SCHEMATA_HAVE_DIAGRAM
    // `import` lays the diagram out, which measures text with the diagram's font.
    if (argc > 1 && (std::strcmp(argv[1], "export") == 0 || std::strcmp(argv[1], "import") == 0)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    if (!application)
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("schemata"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCHEMATA_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    schemata::cli::CliContext ctx{out, err};

    QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return ctx.fail(usage().trimmed());
    const QString command = args.takeFirst();
    if (command == QLatin1String("--version") || command == QLatin1String("version")) {
        out << QStringLiteral("schemata %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return schemata::cli::ExitOk;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out << usage();
        return schemata::cli::ExitOk;
    }
    if (command == QLatin1String("validate"))
        return schemata::cli::runValidate(ctx, args);
    if (command == QLatin1String("ddl"))
        return schemata::cli::runDdl(ctx, args);
    if (command == QLatin1String("fmt"))
        return schemata::cli::runFmt(ctx, args);
    if (command == QLatin1String("diff"))
        return schemata::cli::runDiff(ctx, args);
    if (command == QLatin1String("import"))
        return schemata::cli::runImport(ctx, args);
    if (command == QLatin1String("compare"))
        return schemata::cli::runCompare(ctx, args);
    if (command == QLatin1String("migrate"))
        return schemata::cli::runMigrate(ctx, args);
#ifdef SCHEMATA_HAVE_DIAGRAM
    if (command == QLatin1String("export"))
        return schemata::cli::runExport(ctx, args);
#endif
    return ctx.fail(QCoreApplication::translate("cli", "unknown command \"%1\"\n%2").arg(command, usage().trimmed()));
}
