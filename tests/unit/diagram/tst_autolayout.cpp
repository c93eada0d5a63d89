// Auto-layout through Graphviz: no overlapping boxes, hand-placed tables never move with
// placeNewOnly, cancellation returns promptly, same input → same positions.
#include "diagram/autolayout.h"
#include "diagram/diagrampainter.h"
#include "diagramtestdata.h"

#include <QTest>

#include <thread>

using namespace schemata;
using namespace schemata::diagram;

namespace {

QString firstOverlap(const DiagramGeometry& g)
{
    const QList<TableBox>& t = g.tables();
    for (int i = 0; i < t.size(); ++i)
        for (int j = i + 1; j < t.size(); ++j)
            if (t[i].rect.intersects(t[j].rect))
                return t[i].name + QStringLiteral(" overlaps ") + t[j].name;
    return {};
}

document::Document laidOut(document::Document doc, AutoLayout& engine, bool placeNewOnly,
                           const QString& algorithm = {})
{
    const QFont font = DiagramPainter::defaultFont();
    LayoutRequest request = AutoLayout::requestFor(DiagramGeometry::compute(doc, font), placeNewOnly);
    request.algorithm = algorithm;
    const auto result = engine.run(request);
    if (!result) {
        qWarning("%s", qPrintable(result.error().toString()));
        return {};
    }
    doc.layout.nodes = AutoLayout::apply(doc.layout.nodes, result.value());
    return doc;
}

} // namespace

class TestAutoLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noOverlaps_data();
    void noOverlaps();
    void placeNewOnlyKeepsHandPlaced();
    void deterministic();
    void cancelledBeforeStart();
    void cancelledFromAnotherThread();
    void unknownAlgorithm();
};

void TestAutoLayout::noOverlaps_data()
{
    QTest::addColumn<QString>("algorithm");
    QTest::newRow("dot (layered)") << QStringLiteral("dot");
    QTest::newRow("sfdp (force-directed)") << QStringLiteral("sfdp");
}

void TestAutoLayout::noOverlaps()
{
    QFETCH(QString, algorithm);
    AutoLayout engine;
    const document::Document doc = laidOut(testing::syntheticDocument(50), engine, false, algorithm);
    QCOMPARE(doc.layout.nodes.size(), 50);
    const DiagramGeometry g = DiagramGeometry::compute(doc, DiagramPainter::defaultFont());
    for (const TableBox& box : g.tables()) {
        QVERIFY(box.placed);
        QCOMPARE(std::fmod(box.rect.left(), 10.0), 0.0); // on the grid
        QCOMPARE(std::fmod(box.rect.top(), 10.0), 0.0);
    }
    const QString overlap = firstOverlap(g);
    QVERIFY2(overlap.isEmpty(), qPrintable(overlap));
}

void TestAutoLayout::placeNewOnlyKeepsHandPlaced()
{
    AutoLayout engine;
    document::Document doc = laidOut(testing::syntheticDocument(40), engine, false);
    // Hand-edit two positions, then add ten tables without layout nodes.
    doc.layout.nodes[core::Id(QStringLiteral("t0002"))].x = 5000;
    doc.layout.nodes[core::Id(QStringLiteral("t0002"))].width = 333;
    const QMap<core::Id, document::NodeLayout> before = doc.layout.nodes;
    const document::Document bigger = testing::syntheticDocument(50);
    doc.model.tables = bigger.model.tables;
    const document::Document after = laidOut(doc, engine, true);
    QCOMPARE(after.layout.nodes.size(), 50);
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QCOMPARE(after.layout.nodes.value(it.key()), it.value());
    const QString overlap = firstOverlap(DiagramGeometry::compute(after, DiagramPainter::defaultFont()));
    QVERIFY2(overlap.isEmpty(), qPrintable(overlap));

    // Nothing new: nothing moves.
    LayoutRequest request = AutoLayout::requestFor(DiagramGeometry::compute(after, DiagramPainter::defaultFont()), true);
    const auto result = engine.run(request);
    QVERIFY(result);
    QVERIFY(result.value().positions.isEmpty());
}

void TestAutoLayout::deterministic()
{
    AutoLayout engine;
    for (const QString& algorithm : {QStringLiteral("dot"), QStringLiteral("sfdp")}) {
        const document::Document a = laidOut(testing::syntheticDocument(30), engine, false, algorithm);
        const document::Document b = laidOut(testing::syntheticDocument(30), engine, false, algorithm);
        QVERIFY(!a.layout.nodes.isEmpty());
        QVERIFY2(a.layout.nodes == b.layout.nodes, qPrintable(algorithm));
    }
}

void TestAutoLayout::cancelledBeforeStart()
{
    AutoLayout engine;
    const LayoutRequest request = AutoLayout::requestFor(
        DiagramGeometry::compute(testing::syntheticDocument(300), DiagramPainter::defaultFont()), false);
    std::atomic<bool> cancel{true};
    const auto result = engine.run(request, &cancel);
    QVERIFY(result);
    QVERIFY(result.value().cancelled);
    QVERIFY(result.value().positions.isEmpty());
}

void TestAutoLayout::cancelledFromAnotherThread()
{
    // The layout runs on a worker thread (as in the studio) and is cancelled mid-way: it
    // must come back, either finished or cancelled with no half result.
    AutoLayout engine;
    const LayoutRequest request = AutoLayout::requestFor(
        DiagramGeometry::compute(testing::syntheticDocument(400), DiagramPainter::defaultFont()), false);
    std::atomic<bool> cancel{false};
    std::optional<core::Result<LayoutResult>> result;
    std::thread worker([&] { result.emplace(engine.run(request, &cancel)); });
    QTest::qWait(20);
    cancel = true;
    worker.join();
    QVERIFY(result && *result);
    const LayoutResult& r = result->value();
    QVERIFY(r.cancelled ? r.positions.isEmpty() : r.positions.size() == 400);
}

void TestAutoLayout::unknownAlgorithm()
{
    AutoLayout engine;
    LayoutRequest request = AutoLayout::requestFor(
        DiagramGeometry::compute(testing::syntheticDocument(3), DiagramPainter::defaultFont()), false);
    request.algorithm = QStringLiteral("circo; rm -rf");
    const auto result = engine.run(request);
    QVERIFY(!result);
    QVERIFY(result.error().message.contains(QStringLiteral("circo")));
}

QTEST_MAIN(TestAutoLayout)
#include "tst_autolayout.moc"
