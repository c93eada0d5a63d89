// `schemata export`: runs the real binary on the sample project and checks exit codes
// and the files it writes (SVG groups, PNG size, PDF header), with and without a display.
#include "clirun.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

using schemata::clitest::CliRun;
using schemata::clitest::CliRunOptions;
using schemata::clitest::runCli;

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString sample()
{
    return QStringLiteral(SCHEMATA_SOURCE_DIR "/resources/samples/saas-shop.schemata");
}

// The id attributes of the table groups, or {"invalid"} when the XML is not well-formed.
QStringList tableGroups(const QByteArray& svg)
{
    QStringList ids;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("g") &&
            xml.attributes().value(QLatin1String("class")) == QLatin1String("table"))
            ids.append(xml.attributes().value(QLatin1String("id")).toString());
    }
    return xml.hasError() ? QStringList{QStringLiteral("invalid")} : ids;
}

int sampleTableCount()
{
    // Table ids in the sample all start with "tbl_" (references use "table": …).
    return int(readFile(sample()).count("\"id\": \"tbl_"));
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void svgWholeDiagram();
    void svgSelectedTables();
    void pngScale();
    void pdf();
    void autoLayoutIsDeterministic();
    void worksWithoutDisplay();
    void badInput_data();
    void badInput();
    void usageMentionsExport();

private:
    QTemporaryDir m_dir;
};

void TestCliExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The sample is part of the repository: its absence is a failure, not a reason to skip.
    QVERIFY2(QFile::exists(sample()), qPrintable(sample()));
    QVERIFY(sampleTableCount() > 5);
}

void TestCliExport::svgWholeDiagram()
{
    const QString out = m_dir.filePath(QStringLiteral("whole.svg"));
    const CliRun r = runCli({QStringLiteral("export"), sample(), QStringLiteral("--format"),
                             QStringLiteral("svg"), QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QStringList groups = tableGroups(readFile(out));
    QCOMPARE(groups.size(), sampleTableCount());
    QVERIFY(groups.contains(QStringLiteral("table-tbl_customers")));
    // To stdout when there is no -o.
    const CliRun piped = runCli(
        {QStringLiteral("export"), sample(), QStringLiteral("--format"), QStringLiteral("svg")});
    QCOMPARE(piped.exitCode, 0);
    QCOMPARE(piped.out.toUtf8(), readFile(out));
}

void TestCliExport::svgSelectedTables()
{
    const QString out = m_dir.filePath(QStringLiteral("part.svg"));
    const CliRun r =
        runCli({QStringLiteral("export"), sample(), QStringLiteral("-o"), out,
                QStringLiteral("--tables"), QStringLiteral("customers,public.orders,tbl_tenants")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(tableGroups(readFile(out)), (QStringList{QStringLiteral("table-tbl_tenants"),
                                                      QStringLiteral("table-tbl_customers"),
                                                      QStringLiteral("table-tbl_orders")}));
}

void TestCliExport::pngScale()
{
    const QString one = m_dir.filePath(QStringLiteral("one.png"));
    const QString half = m_dir.filePath(QStringLiteral("half.png"));
    QCOMPARE(runCli({QStringLiteral("export"), sample(), QStringLiteral("--format"),
                     QStringLiteral("png"), QStringLiteral("-o"), one})
                 .exitCode,
             0);
    QCOMPARE(runCli({QStringLiteral("export"), sample(), QStringLiteral("--format"),
                     QStringLiteral("png"), QStringLiteral("--scale"), QStringLiteral("0.5"),
                     QStringLiteral("-o"), half})
                 .exitCode,
             0);
    const QImage a(one);
    const QImage b(half);
    QVERIFY(!a.isNull() && !b.isNull());
    QVERIFY(a.width() > 400 && a.height() > 300);
    // The scene rect is whole units, so half the scale is exactly half the size, rounded up.
    QCOMPARE(b.size(), QSize((a.width() + 1) / 2, (a.height() + 1) / 2));
}

void TestCliExport::pdf()
{
    const QString out = m_dir.filePath(QStringLiteral("d.pdf"));
    const CliRun r = runCli({QStringLiteral("export"), sample(), QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 0); // format taken from the extension
    QVERIFY(readFile(out).startsWith("%PDF-"));
}

void TestCliExport::autoLayoutIsDeterministic()
{
    const QString a = m_dir.filePath(QStringLiteral("a.svg"));
    const QString b = m_dir.filePath(QStringLiteral("b.svg"));
    const QString plain = m_dir.filePath(QStringLiteral("plain.svg"));
    for (const QString& out : {a, b})
        QCOMPARE(runCli({QStringLiteral("export"), sample(), QStringLiteral("--layout"),
                         QStringLiteral("auto"), QStringLiteral("-o"), out})
                     .exitCode,
                 0);
    QCOMPARE(runCli({QStringLiteral("export"), sample(), QStringLiteral("-o"), plain}).exitCode, 0);
    QCOMPARE(readFile(a), readFile(b));
    QVERIFY(readFile(a) != readFile(plain)); // the layout did move the tables
    // Forcing the force-directed engine and straight lines gives a different drawing.
    const QString forced = m_dir.filePath(QStringLiteral("sfdp.svg"));
    QCOMPARE(runCli({QStringLiteral("export"), sample(), QStringLiteral("--layout"),
                     QStringLiteral("sfdp"), QStringLiteral("--routing"),
                     QStringLiteral("straight"), QStringLiteral("-o"), forced})
                 .exitCode,
             0);
    QVERIFY(readFile(forced) != readFile(a));
    QCOMPARE(tableGroups(readFile(forced)).size(), sampleTableCount());
    QCOMPARE(tableGroups(readFile(a)).size(), sampleTableCount());
}

void TestCliExport::worksWithoutDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const QString out = m_dir.filePath(QStringLiteral("nodisplay.png"));
    CliRunOptions withoutDisplay;
    withoutDisplay.environment = env;
    const CliRun r =
        runCli({QStringLiteral("export"), sample(), QStringLiteral("-o"), out}, withoutDisplay);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!QImage(out).isNull());
}

void TestCliExport::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("/nonexistent-dir/x.png");
    QTest::newRow("no file") << QStringList{} << QStringLiteral("usage: schemata export");
    QTest::newRow("bad format") << QStringList{sample(), QStringLiteral("--format"),
                                               QStringLiteral("gif"), QStringLiteral("-o"),
                                               QStringLiteral("x.gif")}
                                << QStringLiteral("gif");
    QTest::newRow("png to stdout")
        << QStringList{sample(), QStringLiteral("--format"), QStringLiteral("png")}
        << QStringLiteral("-o OUT");
    QTest::newRow("bad scale") << QStringList{sample(), QStringLiteral("-o"),
                                              QStringLiteral("x.png"), QStringLiteral("--scale"),
                                              QStringLiteral("zero")}
                               << QStringLiteral("--scale");
    QTest::newRow("unknown table")
        << QStringList{sample(), QStringLiteral("-o"), QStringLiteral("x.svg"),
                       QStringLiteral("--tables"), QStringLiteral("customers,nope")}
        << QStringLiteral("\"nope\"");
    QTest::newRow("unknown layout")
        << QStringList{sample(), QStringLiteral("-o"), QStringLiteral("x.svg"),
                       QStringLiteral("--layout"), QStringLiteral("circle")}
        << QStringLiteral("circle");
    QTest::newRow("unknown routing")
        << QStringList{sample(), QStringLiteral("-o"), QStringLiteral("x.svg"),
                       QStringLiteral("--routing"), QStringLiteral("curvy")}
        << QStringLiteral("curvy");
    QTest::newRow("missing project") << QStringList{QStringLiteral("/nonexistent.schemata"),
                                                    QStringLiteral("-o"), QStringLiteral("x.svg")}
                                     << QStringLiteral("nonexistent.schemata");
    QTest::newRow("unwritable output") << QStringList{sample(), QStringLiteral("-o"), out} << out;
}

void TestCliExport::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliRun r = runCli(QStringList{QStringLiteral("export")} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCliExport::usageMentionsExport()
{
    const CliRun r = runCli({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("export FILE --format svg|png|pdf")));
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
