#include "cli/importcommand.h"

#include "cli/commandline.h"
#include "connect/liveimport.h"
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
        "-o OUT.schemata [--schema S]… [--name NAME]\n"
        "  the password comes from the URL or the SCHEMATA_PASSWORD environment variable");
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
    CommandLine cl({QStringLiteral("--url"), QStringLiteral("--sql"), QStringLiteral("--dialect"),
                    QStringLiteral("-o"), QStringLiteral("--output"), QStringLiteral("--name")},
                   {});
    if (const auto error = cl.parse(args))
        return ctx.fail(*error);
    const QString output = cl.value(QStringLiteral("-o"), cl.value(QStringLiteral("--output")));
    const bool fromUrl = cl.isSet(QStringLiteral("--url"));
    const bool fromSql = cl.isSet(QStringLiteral("--sql"));
    // --url with --sql: a MySQL/MariaDB script runs in scratch databases on that server.
    if (!cl.positional().isEmpty() || !(fromUrl || fromSql) || output.isEmpty())
        return ctx.fail(usageLine());

    QElapsedTimer timer;
    timer.start();
    connect::CatalogFilter filter;
    filter.schemas = schemas;
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
    } else {
#ifdef SCHEMATA_HAVE_SQLIMPORT
        if (!cl.isSet(QStringLiteral("--dialect")))
            return ctx.fail(tr("--sql needs --dialect postgres|mysql|mariadb|sqlite"));
        sqlimport::ScriptImportOptions options;
        options.dialect = cl.value(QStringLiteral("--dialect"));
        if (fromUrl) {
            const auto server = connect::parseConnectionUrl(cl.value(QStringLiteral("--url")));
            if (!server)
                return ctx.fail(server.error().toString());
            const QString kind = server.value().profile.dialect;
            if ((kind != u"mysql" && kind != u"mariadb") ||
                (options.dialect != u"mysql" && options.dialect != u"mariadb"))
                return ctx.fail(tr("--url goes with --sql only for MySQL/MariaDB scripts and a "
                                   "mysql:// URL (the script runs in a scratch database there)"));
            options.mysqlEngine.server = server.value().profile;
            options.mysqlEngine.password = server.value().password.isEmpty()
                                               ? qEnvironmentVariable("SCHEMATA_PASSWORD")
                                               : server.value().password;
        }
        options.filter = filter;
        imported = sqlimport::importScriptFile(cl.value(QStringLiteral("--sql")), options);
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
    const QString layoutNote = layOut(doc);
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
