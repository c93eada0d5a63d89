// bench_diagram: the ER diagram's hot paths on one large synthetic project (default
// 2,000 tables / 20,000 columns / 3,000 FKs): geometry, a full-view frame and a
// 100%-zoom frame painted into a 1920×1080 QImage, an interactive scene frame, and
// Graphviz auto-layout of 500 and 2,000 tables. Prints medians; never fails on time
// (DESIGN.md §5). Exits 1 when the work is wrong: a layout with overlapping boxes.
//   bench_diagram [--tables N] [--columns N] [--fks N] [--runs N] [--layout-sizes 500,2000]
#include "diagram/autolayout.h"
#include "diagram/diagramgeometry.h"
#include "diagram/diagrampainter.h"
#include "synth/syntheticproject.h"
#include "common/benchtiming.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace schemata;
using bench::medianMs;
using bench::Timing;

namespace {

void report(const char* what, Timing t, const char* target)
{
    std::printf("%-48s %9.1f ms wall %9.1f ms cpu   (target %s)\n", what, t.wallMs, t.cpuMs, target);
    std::fflush(stdout);
}

// Paints the part of the scene that a 1920×1080 viewport shows at `scale`, centred on
// `centre`, exactly as the view does: background, then everything intersecting it.
void paintFrame(QImage& image, const diagram::DiagramPainter& painter, const diagram::DiagramGeometry& g,
                double scale, const QPointF& centre)
{
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.scale(scale, scale);
    const QRectF exposed(centre.x() - image.width() / (2 * scale), centre.y() - image.height() / (2 * scale),
                         image.width() / scale, image.height() / scale);
    p.translate(-exposed.topLeft());
    painter.paintBackground(p, exposed, scale, true);
    painter.paint(p, g, exposed, scale);
}

bool overlaps(const diagram::DiagramGeometry& g)
{
    // Sweep over x: sort by left edge, compare with boxes still open.
    QList<QRectF> boxes;
    for (const diagram::TableBox& b : g.tables())
        boxes.append(b.rect);
    std::sort(boxes.begin(), boxes.end(), [](const QRectF& a, const QRectF& b) { return a.left() < b.left(); });
    for (qsizetype i = 0; i < boxes.size(); ++i)
        for (qsizetype j = i + 1; j < boxes.size() && boxes[j].left() < boxes[i].right(); ++j)
            if (boxes[i].intersects(boxes[j]))
                return true;
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("tables"), QStringLiteral("tables"), QStringLiteral("N"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("columns"), QStringLiteral("columns"), QStringLiteral("N"), QStringLiteral("20000")});
    parser.addOption({QStringLiteral("fks"), QStringLiteral("foreign keys"), QStringLiteral("N"), QStringLiteral("3000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("runs per figure"), QStringLiteral("N"), QStringLiteral("9")});
    parser.addOption({QStringLiteral("layout-sizes"), QStringLiteral("table counts to auto-layout"),
                      QStringLiteral("N,M"), QStringLiteral("500,2000")});
    parser.process(app);
    synth::SyntheticProjectOptions options;
    options.tables = parser.value(QStringLiteral("tables")).toInt();
    options.columns = parser.value(QStringLiteral("columns")).toInt();
    options.foreignKeys = parser.value(QStringLiteral("fks")).toInt();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    const document::Document doc = synth::generateSyntheticProject(options);
    std::printf("project: %d tables, %d columns, %d foreign keys; %d runs per figure\n", options.tables,
                options.columns, options.foreignKeys, runs);
    const QFont font = diagram::DiagramPainter::defaultFont();
    const diagram::DiagramPainter painter(diagram::DiagramTheme::lightTheme(), font);

    diagram::DiagramGeometry geometry;
    report("geometry (boxes, rows, routed edges)",
           medianMs(runs, [&] { geometry = diagram::DiagramGeometry::compute(doc, font); }), "-");
    const QRectF bounds = geometry.bounds();
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    const double fitScale = std::min(image.width() / bounds.width(), image.height() / bounds.height());
    std::printf("drawing %.0f × %.0f units; full view at %.3f×\n", bounds.width(), bounds.height(), fitScale);
    report("full-view frame (1920×1080)",
           medianMs(runs, [&] { paintFrame(image, painter, geometry, fitScale, bounds.center()); }), "≤ 16 ms");
    report("100% frame (1920×1080, centre of the drawing)",
           medianMs(runs, [&] { paintFrame(image, painter, geometry, 1.0, bounds.center()); }), "≤ 16 ms");
    report("40% frame (lowest zoom with full detail)",
           medianMs(runs, [&] { paintFrame(image, painter, geometry, 0.4, bounds.center()); }), "-");

    bool wrong = false;
    const QStringList sizes = parser.value(QStringLiteral("layout-sizes")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    diagram::AutoLayout engine;
    for (const QString& size : sizes) {
        synth::SyntheticProjectOptions o;
        o.tables = size.toInt();
        o.columns = o.tables * 10;
        o.foreignKeys = o.tables * 3 / 2;
        document::Document d = synth::generateSyntheticProject(o);
        d.layout.nodes.clear();
        const diagram::LayoutRequest request =
            diagram::AutoLayout::requestFor(diagram::DiagramGeometry::compute(d, font), false);
        diagram::LayoutResult result;
        const Timing ms = medianMs(std::max(1, std::min(runs, 3)), [&] {
            const auto r = engine.run(request);
            if (r)
                result = r.value();
        });
        d.layout.nodes = diagram::AutoLayout::apply(d.layout.nodes, result);
        const bool bad = result.positions.size() != o.tables || overlaps(diagram::DiagramGeometry::compute(d, font));
        wrong = wrong || bad;
        const QByteArray label = QStringLiteral("auto-layout %1 tables (%2)%3")
                                     .arg(o.tables)
                                     .arg(result.algorithm, bad ? QStringLiteral(" OVERLAPS") : QString())
                                     .toUtf8();
        report(label.constData(), ms, o.tables <= 500 ? "≤ 2 s" : "≤ 10 s");
    }
    return wrong ? 1 : 0;
}
