// File → Export Diagram…: the dialog writes what it promises, in the format the file
// name or the combo says, for the whole diagram or the selected tables.
#include "testdocument.h"
#include "widgets/diagram/exportdiagramdialog.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace schemata;

namespace {

int svgTableGroups(const QByteArray& svg)
{
    QXmlStreamReader xml(svg);
    int groups = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("g") &&
            xml.attributes().value(QLatin1String("class")) == QLatin1String("table"))
            ++groups;
    }
    return xml.hasError() ? -1 : groups;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wholeDiagramSvg()
    {
        QTemporaryDir dir;
        const document::Document doc = testing::sampleDocument();
        const QString path = dir.filePath(QStringLiteral("shop.svg"));
        widgets::ExportDiagramDialog dialog(doc, {}, path);
        QCOMPARE(dialog.format(), diagram::ExportFormat::Svg);
        QVERIFY(dialog.options().tableIds.isEmpty());
        QCOMPARE(dialog.exportNow(), QString());
        QCOMPARE(svgTableGroups(readAll(path)), int(doc.model.tables.size()));
    }

    void selectionOnlyPngAtScale()
    {
        QTemporaryDir dir;
        const document::Document doc = testing::sampleDocument();
        const QList<core::Id> selected{doc.model.tables.at(0).id, doc.model.tables.at(1).id};
        widgets::ExportDiagramDialog dialog(doc, selected, dir.filePath(QStringLiteral("part.svg")));
        QCOMPARE(dialog.options().tableIds, selected); // a selection is exported by default
        QCOMPARE(dialog.exportNow(), QString());
        QCOMPARE(svgTableGroups(readAll(dialog.path())), 2);

        // Switching the format renames the file and enables the scale.
        dialog.findChild<QComboBox*>(QStringLiteral("formatCombo"))->setCurrentIndex(1);
        QCOMPARE(dialog.format(), diagram::ExportFormat::Png);
        QVERIFY(dialog.path().endsWith(QLatin1String("part.png")));
        QCOMPARE(dialog.exportNow(), QString());
        const QImage image(dialog.path());
        QVERIFY(!image.isNull());
        const diagram::DiagramGeometry geometry =
            diagram::DiagramGeometry::compute(doc, dialog.options().font);
        const diagram::DiagramExporter exporter(geometry, dialog.options());
        QCOMPARE(image.size(), exporter.imageSize());
    }

    void pdfAndUnwritablePath()
    {
        QTemporaryDir dir;
        const document::Document doc = testing::sampleDocument();
        widgets::ExportDiagramDialog pdf(doc, {}, dir.filePath(QStringLiteral("shop.pdf")));
        QCOMPARE(pdf.format(), diagram::ExportFormat::Pdf);
        QCOMPARE(pdf.exportNow(), QString());
        QVERIFY(readAll(pdf.path()).startsWith("%PDF"));

        const QString bad = dir.filePath(QStringLiteral("no/such/dir/shop.svg"));
        widgets::ExportDiagramDialog broken(doc, {}, bad);
        const QString error = broken.exportNow();
        QVERIFY2(error.contains(bad), qPrintable(error));
        QVERIFY(!QFile::exists(bad));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
