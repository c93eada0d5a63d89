#include "cli/exportcommand.h"

#include "cli/commandline.h"
#include "diagram/autolayout.h"
#include "diagram/diagramexporter.h"
#include "diagram/diagramgeometry.h"
#include "diagram/diagrampainter.h"
#include "document/documentformat.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace schemata::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cli", text);
}

QString usageLine()
{
    return tr("usage: schemata export FILE --format svg|png|pdf -o OUT [--layout auto|dot|sfdp] [--scale S] "
              "[--tables a,b] [--theme light|dark] [--routing orthogonal|straight]");
}

// A table is named by its id, its name, or schema.name (for names used in several schemas).
std::optional<core::Id> findTable(const model::Model& model, const QString& word)
{
    std::optional<core::Id> found;
    for (const model::Table& t : model.tables) {
        const model::Schema* s = model.schema(t.schemaId);
        const bool match = t.id.toString() == word || t.name == word
                           || (s && s->name + QLatin1Char('.') + t.name == word);
        if (!match)
            continue;
        if (found && t.id.toString() != word)
            return std::nullopt; // ambiguous: the caller asks for schema.name
        found = t.id;
    }
    return found;
}

} // namespace

int runExport(CliContext& ctx, const QStringList& args)
{
    CommandLine cl({QStringLiteral("--format"), QStringLiteral("-o"), QStringLiteral("--output"),
                    QStringLiteral("--layout"), QStringLiteral("--scale"), QStringLiteral("--tables"),
                    QStringLiteral("--theme"), QStringLiteral("--routing")},
                   {});
    if (const auto error = cl.parse(args))
        return ctx.fail(*error);
    if (cl.positional().size() != 1)
        return ctx.fail(usageLine());
    const QString output = cl.value(QStringLiteral("-o"), cl.value(QStringLiteral("--output")));
    const QString formatName = cl.value(QStringLiteral("--format"), QFileInfo(output).suffix());
    const auto format = diagram::exportFormatFromName(formatName);
    if (!format)
        return ctx.fail(tr("unknown or missing format \"%1\" (expected svg, png or pdf)\n%2").arg(formatName, usageLine()));
    if (output.isEmpty() && *format != diagram::ExportFormat::Svg)
        return ctx.fail(tr("%1 output needs -o OUT").arg(formatName.toUpper()));
    const QString layout = cl.value(QStringLiteral("--layout"));
    if (!layout.isEmpty() && layout != QLatin1String("auto") && layout != QLatin1String("dot")
        && layout != QLatin1String("sfdp"))
        return ctx.fail(tr("unknown layout \"%1\" (expected auto, dot or sfdp)").arg(layout));
    bool scaleOk = true;
    const double scale = cl.isSet(QStringLiteral("--scale")) ? cl.value(QStringLiteral("--scale")).toDouble(&scaleOk) : 1.0;
    if (!scaleOk || !(scale > 0) || scale > 16)
        return ctx.fail(tr("--scale needs a number in (0, 16], got \"%1\"").arg(cl.value(QStringLiteral("--scale"))));
    const QString themeName = cl.value(QStringLiteral("--theme"), QStringLiteral("light"));
    if (themeName != QLatin1String("light") && themeName != QLatin1String("dark"))
        return ctx.fail(tr("unknown theme \"%1\" (expected light or dark)").arg(themeName));

    const QString routingName = cl.value(QStringLiteral("--routing"), QStringLiteral("orthogonal"));
    if (routingName != QLatin1String("orthogonal") && routingName != QLatin1String("straight"))
        return ctx.fail(tr("unknown routing \"%1\" (expected orthogonal or straight)").arg(routingName));
    const diagram::Routing routing =
        routingName == QLatin1String("straight") ? diagram::Routing::Straight : diagram::Routing::Orthogonal;

    const QString path = cl.positional().constFirst();
    auto loaded = document::loadDocument(path);
    if (!loaded)
        return ctx.fail(loaded.error().toString());
    document::Document doc = std::move(loaded).value();

    diagram::ExportOptions options;
    options.scale = scale;
    options.title = doc.name;
    options.theme = themeName == QLatin1String("dark") ? diagram::DiagramTheme::darkTheme()
                                                       : diagram::DiagramTheme::lightTheme();
    if (cl.isSet(QStringLiteral("--tables"))) {
        const QStringList words = cl.value(QStringLiteral("--tables")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (words.isEmpty())
            return ctx.fail(tr("--tables needs a comma-separated list of table names"));
        for (const QString& word : words) {
            const auto id = findTable(doc.model, word.trimmed());
            if (!id)
                return ctx.fail(tr("%1: no single table named \"%2\" (use its id or schema.name)").arg(path, word.trimmed()));
            options.tableIds.append(*id);
        }
    }

    diagram::DiagramGeometry geometry = diagram::DiagramGeometry::compute(doc, options.font, routing);
    if (!layout.isEmpty()) {
        diagram::AutoLayout engine;
        diagram::LayoutRequest request = diagram::AutoLayout::requestFor(geometry, false);
        if (layout != QLatin1String("auto"))
            request.algorithm = layout; // force layered (dot) or force-directed (sfdp)
        const auto result = engine.run(request);
        if (!result)
            return ctx.fail(result.error().toString(), ExitFindings);
        doc.layout.nodes = diagram::AutoLayout::apply(doc.layout.nodes, result.value());
        geometry = diagram::DiagramGeometry::compute(doc, options.font, routing);
    }

    const diagram::DiagramExporter exporter(geometry, options);
    const auto bytes = exporter.exportAs(*format);
    if (!bytes)
        return ctx.fail(bytes.error().toString());
    return writeOutput(ctx, output, bytes.value()) ? ExitOk : ExitBadInput;
}

} // namespace schemata::cli
