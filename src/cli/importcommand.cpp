#include "cli/importcommand.h"

#include "cli/commandline.h"
#include "connect/liveimport.h"
#include "connect/tablefilter.h"
#include "document/documentformat.h"
#ifdef SCHEMATA_HAVE_SQLIMPORT
#include "sqlimport/scriptimport.h"
#endif
#ifdef SCHEMATA_HAVE_DIAGRAM
#include "diagram/autolayout.h"
#include "diagram/diagramgeometry.h"
#include "diagram/diagrampainter.h"
#endif

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cmath>
#include <unistd.h>

namespace schemata::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cli", text);
}

QString usageLine()
{
    return tr(
        "usage: schemata import --url URL | --sql FILE --dialect postgres|mysql|mariadb|sqlite "
        "-o OUT.schemata [--schema S]… [--table PATTERN]… [--exclude-table PATTERN]… "
        "[--progress] [--name NAME]\n"
        "  the password comes from the URL or the SCHEMATA_PASSWORD environment variable\n"
        "  --table/--exclude-table: globs (* ?) matched against table and schema.table, views "
        "alike; foreign keys to a table left out are dropped and listed in the report; a kept "
        "view whose SQL names a table or view left out stays and is listed\n"
        "  --progress: report progress on stderr (always on when stderr is a terminal)\n"
        "  --sql FILE --dialect mysql|mariadb runs the script in a private MariaDB server (needs "
        "mariadb-server); with --url mysql://… it runs in a scratch database on that server "
        "instead, dropped afterwards");
}

// Without the diagram library (a GUI-free build) boxes go on a grid in model order,
// roughly square, row heights following the tallest box; the studio re-lays it out.
document::DiagramLayout gridLayout(const model::Model& model)
{
    document::DiagramLayout layout;
    const qsizetype count = model.tables.size() + model.views.size();
    const int perRow = qMax(1, int(std::ceil(std::sqrt(double(count)))));
    constexpr double kWidth = 280, kGap = 60, kHeader = 40, kLine = 20;
    double y = 0, rowHeight = 0;
    int column = 0;
    const auto place = [&](const core::Id& id, qsizetype lines) {
        document::NodeLayout node;
        node.x = column * (kWidth + kGap);
        node.y = y;
        layout.nodes.insert(id, node);
        rowHeight = qMax(rowHeight, kHeader + kLine * double(lines));
        if (++column == perRow) {
            column = 0;
            y += rowHeight + kGap;
            rowHeight = 0;
        }
    };
    for (const model::Table& table : model.tables)
        place(table.id, table.columns.size());
    for (const model::View& view : model.views)
        place(view.id, 3);
    return layout;
}

// Import progress on stderr. On a terminal: one line rewritten in place (at most every
// 100 ms) and erased at the end, so the report that follows stays clean. Into a file or
// a CI log (--progress): one line per completed phase, so the log stays readable.
class ProgressPrinter
{
public:
    ProgressPrinter(QTextStream& err, bool live) : m_err(err), m_live(live) { m_clock.start(); }

    void show(const connect::ImportProgress& progress)
    {
        if (!m_live) {
            if (progress.isComplete())
                m_err << progress.toText() << Qt::endl;
            return;
        }
        if (!progress.isComplete() && progress.done > 0 && m_clock.elapsed() < 100)
            return;
        m_clock.restart();
        const QString line = progress.toText();
        m_err << '\r' << line.leftJustified(m_width) << Qt::flush;
        m_width = int(line.size());
    }
    void finish()
    {
        if (m_live && m_width > 0)
            m_err << '\r' << QString(m_width, u' ') << '\r' << Qt::flush;
        m_width = 0;
    }

private:
    QTextStream& m_err;
    bool m_live;
    QElapsedTimer m_clock;
    int m_width = 0;
};

// Places every box; says which way it went, because a grid is a poor diagram.
QString layOut(document::Document& doc)
{
#ifdef SCHEMATA_HAVE_DIAGRAM
    doc.layout = gridLayout(doc.model); // every node exists before the engine runs
    const diagram::DiagramGeometry geometry =
        diagram::DiagramGeometry::compute(doc, diagram::DiagramPainter::defaultFont());
    diagram::AutoLayout engine;
    const auto result = engine.run(diagram::AutoLayout::requestFor(geometry, false));
    if (!result)
        return tr("automatic layout failed (%1); tables placed on a grid")
            .arg(result.error().toString());
    doc.layout.nodes = diagram::AutoLayout::apply(doc.layout.nodes, result.value());
    return tr("diagram laid out with Graphviz");
#else
    doc.layout = gridLayout(doc.model);
    return tr("this build has no diagram library: tables placed on a simple grid (open the project "
              "in the studio and use Arrange → Auto Layout)");
#endif
}

} // namespace

QStringList takeRepeatedOption(QStringList& args, const QString& name)
{
    QStringList values;
    for (qsizetype i = 0; i < args.size();) {
        const QString& word = args.at(i);
        if (word == name && i + 1 < args.size()) {
            values << args.at(i + 1).split(u',', Qt::SkipEmptyParts);
            args.remove(i, 2);
        } else if (word.startsWith(name + u'=')) {
            values << word.mid(name.size() + 1).split(u',', Qt::SkipEmptyParts);
            args.remove(i);
        } else {
            ++i;
        }
    }
    return values;
}

int runImport(CliContext& ctx, const QStringList& arguments)
{
    QStringList args = arguments;
    const QStringList schemas = takeRepeatedOption(args, QStringLiteral("--schema"));
    const QStringList tables = takeRepeatedOption(args, QStringLiteral("--table"));
    const QStringList excludedTables = takeRepeatedOption(args, QStringLiteral("--exclude-table"));
    CommandLine cl({QStringLiteral("--url"), QStringLiteral("--sql"), QStringLiteral("--dialect"),
                    QStringLiteral("-o"), QStringLiteral("--output"), QStringLiteral("--name")},
                   {QStringLiteral("--progress")});
    if (const auto error = cl.parse(args))
        return ctx.fail(*error);
    const QString output = cl.value(QStringLiteral("-o"), cl.value(QStringLiteral("--output")));
    const bool fromUrl = cl.isSet(QStringLiteral("--url"));
    const bool fromSql = cl.isSet(QStringLiteral("--sql"));
    // --url with --sql: a MySQL/MariaDB script runs in scratch databases on that server.
    if (!cl.positional().isEmpty() || !(fromUrl || fromSql) || output.isEmpty())
        return ctx.fail(usageLine());
    if (fromUrl && fromSql) {
        const auto server = connect::parseConnectionUrl(cl.value(QStringLiteral("--url")));
        const QString dialect = cl.value(QStringLiteral("--dialect"));
        if (!server ||
            (server.value().profile.dialect != u"mysql" &&
             server.value().profile.dialect != u"mariadb") ||
            (dialect != u"mysql" && dialect != u"mariadb"))
            return ctx.fail(tr("--url goes with --sql only for a MySQL/MariaDB script "
                               "(--dialect mysql|mariadb) and a mysql:// URL: the script runs in "
                               "a scratch database there\n") +
                            usageLine());
    }

    QElapsedTimer timer;
    timer.start();
    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    ProgressPrinter printer(ctx.err, terminal);
    const bool showProgress = terminal || cl.isSet(QStringLiteral("--progress"));
    connect::CatalogFilter filter;
    filter.schemas = schemas;
    filter.tables = tables;
    filter.excludedTables = excludedTables;
    if (showProgress)
        filter.progress = [&printer](const connect::ImportProgress& p) { printer.show(p); };
    core::Result<connect::ImportResult> imported =
        core::Error{QStringLiteral("import"), QStringLiteral("nothing imported")};
    if (!fromSql) {
        if (cl.isSet(QStringLiteral("--dialect")))
            return ctx.fail(tr("--dialect goes with --sql; a URL names its dialect"));
        const auto parsed = connect::parseConnectionUrl(cl.value(QStringLiteral("--url")));
        if (!parsed)
            return ctx.fail(parsed.error().toString());
        QString password = parsed.value().password;
        if (password.isEmpty())
            password = qEnvironmentVariable("SCHEMATA_PASSWORD");
        imported = connect::importDatabase(parsed.value().profile, password, filter);
        printer.finish();
    } else {
#ifdef SCHEMATA_HAVE_SQLIMPORT
        if (!cl.isSet(QStringLiteral("--dialect")))
            return ctx.fail(tr("--sql needs --dialect postgres|mysql|mariadb|sqlite"));
        sqlimport::ScriptImportOptions options;
        options.dialect = cl.value(QStringLiteral("--dialect"));
        if (fromUrl) { // checked above: a mysql:// URL for a MySQL/MariaDB script
            const auto server = connect::parseConnectionUrl(cl.value(QStringLiteral("--url")));
            if (!server)
                return ctx.fail(server.error().toString());
            options.mysqlEngine.server = server.value().profile;
            options.mysqlEngine.password = server.value().password.isEmpty()
                                               ? qEnvironmentVariable("SCHEMATA_PASSWORD")
                                               : server.value().password;
        }
        options.filter = filter;
        // A script's tables are cut like a live catalog's, with the dialect's name rules
        // (the live path does this inside importDatabase).
        const auto tableFilter = connect::TableFilter::compile(
            tables, excludedTables,
            options.dialect == u"sqlite" ? Qt::CaseInsensitive : Qt::CaseSensitive,
            options.dialect);
        if (!tableFilter)
            return ctx.fail(tableFilter.error().toString());
        imported = sqlimport::importScriptFile(cl.value(QStringLiteral("--sql")), options);
        if (imported)
            tableFilter.value().apply(imported.value().model, imported.value().report);
#else
        return ctx.fail(tr("this build has no SQL script import"));
#endif
    }
    if (!imported)
        return ctx.fail(imported.error().toString());
    connect::ImportResult& result = imported.value();
    const qint64 readMs = timer.elapsed();

    document::Document doc;
    doc.name = cl.value(QStringLiteral("--name"), result.databaseName);
    doc.dialect = result.dialect;
    doc.model = std::move(result.model);
    const qsizetype boxes = doc.model.tables.size() + doc.model.views.size();
    if (showProgress)
        printer.show({QStringLiteral("layout"), 0, boxes, QStringLiteral("boxes")});
    const QString layoutNote = layOut(doc);
    if (showProgress) {
        printer.show({QStringLiteral("layout"), boxes, boxes, QStringLiteral("boxes")});
        printer.finish();
    }
    const qint64 layoutMs = timer.elapsed() - readMs;

    ctx.err << result.report.toText();
    ctx.err << layoutNote << Qt::endl;
    ctx.err << tr("read in %1 ms, laid out in %2 ms").arg(readMs).arg(layoutMs) << Qt::endl;
    ctx.err.flush();
    if (const core::Status saved = document::saveDocument(doc, output); !saved)
        return ctx.fail(saved.error().toString());
    return result.report.count(connect::ImportReportItem::Kind::Failed) > 0 ? ExitFindings : ExitOk;
}

} // namespace schemata::cli
