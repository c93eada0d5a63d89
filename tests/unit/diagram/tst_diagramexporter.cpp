// Export: SVG is well-formed XML with one group per table (and only the chosen tables
// for a selection), PNG has exactly the requested pixel size, PDF is a PDF, and the
// SVG and PNG bytes are deterministic.
#include "diagram/diagramexporter.h"
#include "diagram/diagrampainter.h"
#include "diagramtestdata.h"
#include "document/documentformat.h"

#include <QImage>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace schemata;
using namespace schemata::diagram;

namespace {

struct SvgSummary
{
    bool wellFormed = false;
    QString error;
    QStringList tableIds; // id attributes of <g class="table">, in document order
    int relationships = 0;
    QString viewBox;
};

SvgSummary readSvg(const QByteArray& svg)
{
    SvgSummary s;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto attrs = xml.attributes();
        if (xml.name() == QLatin1String("svg") && s.viewBox.isEmpty())
            s.viewBox = attrs.value(QLatin1String("viewBox")).toString();
        if (xml.name() == QLatin1String("g") && attrs.value(QLatin1String("class")) == QLatin1String("table"))
            s.tableIds.append(attrs.value(QLatin1String("id")).toString());
        if (xml.name() == QLatin1String("g") && attrs.value(QLatin1String("class")) == QLatin1String("relationship"))
            ++s.relationships;
    }
    s.wellFormed = !xml.hasError();
    s.error = xml.errorString();
    return s;
}

document::Document sampleOrShop()
{
    const auto loaded = document::loadDocument(QStringLiteral(SCHEMATA_SOURCE_DIR "/resources/samples/saas-shop.schemata"));
    return loaded ? loaded.value() : testing::shopDocument();
}

} // namespace

class TestDiagramExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void svgHasOneGroupPerTable();
    void svgOfASelection();
    void pngHasRequestedSize_data();
    void pngHasRequestedSize();
    void pdfIsPdf();
    void unknownTableIsAnError();
    void formatNames();
};

void TestDiagramExporter::svgHasOneGroupPerTable()
{
    const document::Document doc = sampleOrShop();
    const DiagramGeometry g = DiagramGeometry::compute(doc, DiagramPainter::defaultFont());
    ExportOptions options;
    options.title = QStringLiteral("A & B <shop>");
    const DiagramExporter exporter(g, options);
    const QByteArray svg = exporter.toSvg();
    const SvgSummary s = readSvg(svg);
    QVERIFY2(s.wellFormed, qPrintable(s.error));
    QStringList expected;
    for (const model::Table& t : doc.model.tables)
        expected.append(QStringLiteral("table-") + t.id.toString());
    QCOMPARE(s.tableIds, expected);
    QCOMPARE(s.relationships, g.edges().size());
    QVERIFY(s.relationships > 0);
    // Every table name appears as drawn text.
    for (const model::Table& t : doc.model.tables)
        QVERIFY2(svg.contains(">" + t.name.toHtmlEscaped().toUtf8() + "<") || svg.contains(t.name.toUtf8()), qPrintable(t.name));
    const QRectF r = exporter.sceneRect();
    QCOMPARE(s.viewBox, QStringLiteral("%1 %2 %3 %4").arg(r.left()).arg(r.top()).arg(r.width()).arg(r.height()));
    QCOMPARE(DiagramExporter(g, options).toSvg(), svg); // deterministic
}

void TestDiagramExporter::svgOfASelection()
{
    const document::Document doc = testing::shopDocument();
    const DiagramGeometry g = DiagramGeometry::compute(doc, DiagramPainter::defaultFont());
    ExportOptions options;
    options.tableIds = {core::Id(QStringLiteral("t_orders")), core::Id(QStringLiteral("t_customer"))};
    const DiagramExporter exporter(g, options);
    QVERIFY(exporter.check());
    const SvgSummary s = readSvg(exporter.toSvg());
    QVERIFY2(s.wellFormed, qPrintable(s.error));
    QCOMPARE(s.tableIds, (QStringList{QStringLiteral("table-t_customer"), QStringLiteral("table-t_orders")}));
    QCOMPARE(s.relationships, 1); // only the edge between the two chosen tables
    QVERIFY(exporter.sceneRect().width() < DiagramExporter(g, ExportOptions{}).sceneRect().width());
}

void TestDiagramExporter::pngHasRequestedSize_data()
{
    QTest::addColumn<double>("scale");
    QTest::newRow("1") << 1.0;
    QTest::newRow("0.5") << 0.5;
    QTest::newRow("2") << 2.0;
    QTest::newRow("0.37") << 0.37;
}

void TestDiagramExporter::pngHasRequestedSize()
{
    QFETCH(double, scale);
    const DiagramGeometry g = DiagramGeometry::compute(testing::shopDocument(), DiagramPainter::defaultFont());
    ExportOptions options;
    options.scale = scale;
    const DiagramExporter exporter(g, options);
    const QRectF r = exporter.sceneRect();
    const QSize expected(int(std::ceil(r.width() * scale - 1e-9)), int(std::ceil(r.height() * scale - 1e-9)));
    QCOMPARE(exporter.imageSize(), expected);
    const auto bytes = exporter.exportAs(ExportFormat::Png);
    QVERIFY(bytes);
    QVERIFY(bytes.value().startsWith("\x89PNG"));
    const QImage image = QImage::fromData(bytes.value(), "PNG");
    QCOMPARE(image.size(), expected);
    // Not a blank canvas: some pixels carry the header colour.
    bool sawHeader = false;
    for (int y = 0; y < image.height() && !sawHeader; y += 2)
        for (int x = 0; x < image.width() && !sawHeader; x += 2)
            sawHeader = image.pixelColor(x, y) == options.theme.header;
    QVERIFY(sawHeader);
    QCOMPARE(exporter.toPng(), bytes.value()); // deterministic
}

void TestDiagramExporter::pdfIsPdf()
{
    const DiagramGeometry g = DiagramGeometry::compute(testing::shopDocument(), DiagramPainter::defaultFont());
    const auto bytes = DiagramExporter(g, ExportOptions{}).exportAs(ExportFormat::Pdf);
    QVERIFY(bytes);
    QVERIFY(bytes.value().startsWith("%PDF-"));
    QVERIFY(bytes.value().trimmed().endsWith("%%EOF"));
    QVERIFY(bytes.value().size() > 1000);
}

void TestDiagramExporter::unknownTableIsAnError()
{
    const DiagramGeometry g = DiagramGeometry::compute(testing::shopDocument(), DiagramPainter::defaultFont());
    ExportOptions options;
    options.tableIds = {core::Id(QStringLiteral("t_nope"))};
    const auto result = DiagramExporter(g, options).exportAs(ExportFormat::Svg);
    QVERIFY(!result);
    QVERIFY(result.error().message.contains(QStringLiteral("t_nope")));
    options.tableIds.clear();
    options.scale = 0;
    QVERIFY(!DiagramExporter(g, options).exportAs(ExportFormat::Png));
}

void TestDiagramExporter::formatNames()
{
    QCOMPARE(exportFormatFromName(u"svg"), ExportFormat::Svg);
    QCOMPARE(exportFormatFromName(u"PNG"), ExportFormat::Png);
    QCOMPARE(exportFormatFromName(u"pdf"), ExportFormat::Pdf);
    QVERIFY(!exportFormatFromName(u"jpeg"));
    QVERIFY(!exportFormatFromName(u""));
}

QTEST_MAIN(TestDiagramExporter)
#include "tst_diagramexporter.moc"
