// Align and distribute over node layouts: edges and centres line up, gaps become
// equal, ends stay, only positions change, and small selections are left alone.
#include "app/diagramarrange.h"

#include <QTest>

using namespace schemata;
using namespace schemata::app;
using document::NodeLayout;
using Nodes = QMap<core::Id, NodeLayout>;

namespace {

core::Id id(const char* text)
{
    return core::Id(QString::fromLatin1(text));
}

Nodes threeBoxes()
{
    Nodes nodes;
    nodes.insert(id("tbl_a"), NodeLayout{10, 100, 200, 80, QStringLiteral("#ff0000")});
    nodes.insert(id("tbl_b"), NodeLayout{300, 40, 100, 150, {}});
    nodes.insert(id("tbl_c"), NodeLayout{700, 75, 150, 55, {}});
    return nodes;
}

} // namespace

Q_DECLARE_METATYPE(schemata::app::Alignment)

class TestDiagramArrange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void align_data();
    void align();
    void alignKeepsSizesAndColors();
    void distributeHorizontally();
    void distributeVertically();
    void distributeOverflowDoesNotOverlap();
    void smallSelectionsUnchanged();
};

void TestDiagramArrange::align_data()
{
    QTest::addColumn<Alignment>("alignment");
    QTest::addColumn<QList<double>>("expected"); // x or y of a, b, c
    QTest::addColumn<bool>("horizontal");
    QTest::newRow("left") << Alignment::Left << QList<double>{10, 10, 10} << true;
    QTest::newRow("right") << Alignment::Right << QList<double>{650, 750, 700} << true;
    // Bounding box 10..850, centre 430.
    QTest::newRow("hcenter") << Alignment::HorizontalCenter << QList<double>{330, 380, 355} << true;
    QTest::newRow("top") << Alignment::Top << QList<double>{40, 40, 40} << false;
    QTest::newRow("bottom") << Alignment::Bottom << QList<double>{110, 40, 135} << false;
    // Bounding box 40..190, centre 115.
    QTest::newRow("vcenter") << Alignment::VerticalCenter << QList<double>{75, 40, 87.5} << false;
}

void TestDiagramArrange::align()
{
    QFETCH(Alignment, alignment);
    QFETCH(QList<double>, expected);
    QFETCH(bool, horizontal);
    const Nodes before = threeBoxes();
    const Nodes after = alignNodes(before, alignment);
    QCOMPARE(after.keys(), before.keys());
    int i = 0;
    for (auto it = after.cbegin(); it != after.cend(); ++it, ++i) {
        const NodeLayout& was = before.value(it.key());
        QCOMPARE(horizontal ? it->x : it->y, expected[i]);
        QCOMPARE(horizontal ? it->y : it->x, horizontal ? was.y : was.x); // other axis untouched
    }
}

void TestDiagramArrange::alignKeepsSizesAndColors()
{
    const Nodes after = alignNodes(threeBoxes(), Alignment::Right);
    QCOMPARE(after.value(id("tbl_a")).width, 200.0);
    QCOMPARE(after.value(id("tbl_a")).height, 80.0);
    QCOMPARE(after.value(id("tbl_a")).color, QStringLiteral("#ff0000"));
}

void TestDiagramArrange::distributeHorizontally()
{
    // Span 10..850 = 840, boxes 450 wide → two gaps of 195.
    const Nodes after = distributeNodes(threeBoxes(), Distribution::Horizontal);
    QCOMPARE(after.value(id("tbl_a")).x, 10.0);  // first stays
    QCOMPARE(after.value(id("tbl_c")).x, 700.0); // last stays
    QCOMPARE(after.value(id("tbl_b")).x, 405.0); // 10 + 200 + 195
    const double gap1 = after.value(id("tbl_b")).x - (10 + 200);
    const double gap2 = 700 - (after.value(id("tbl_b")).x + 100);
    QCOMPARE(gap1, gap2);
    QCOMPARE(after.value(id("tbl_b")).y, 40.0);
}

void TestDiagramArrange::distributeVertically()
{
    Nodes nodes;
    // Out of id order on the axis: ordering follows position, not id.
    nodes.insert(id("tbl_1"), NodeLayout{0, 500, 10, 100, {}});
    nodes.insert(id("tbl_2"), NodeLayout{0, 0, 10, 50, {}});
    nodes.insert(id("tbl_3"), NodeLayout{0, 60, 10, 33, {}});
    nodes.insert(id("tbl_4"), NodeLayout{0, 70, 10, 20, {}});
    const Nodes after = distributeNodes(nodes, Distribution::Vertical);
    // Span 0..600, boxes 203 tall → three gaps of 132.33.
    QCOMPARE(after.value(id("tbl_2")).y, 0.0);
    QCOMPARE(after.value(id("tbl_3")).y, 182.33);
    QCOMPARE(after.value(id("tbl_4")).y, 347.67);
    QCOMPARE(after.value(id("tbl_1")).y, 500.0);
}

void TestDiagramArrange::distributeOverflowDoesNotOverlap()
{
    Nodes nodes;
    nodes.insert(id("tbl_a"), NodeLayout{0, 0, 300, 10, {}});
    nodes.insert(id("tbl_b"), NodeLayout{50, 0, 300, 10, {}});
    nodes.insert(id("tbl_c"), NodeLayout{100, 0, 300, 10, {}});
    const Nodes after = distributeNodes(nodes, Distribution::Horizontal);
    QCOMPARE(after.value(id("tbl_a")).x, 0.0);
    QCOMPARE(after.value(id("tbl_b")).x, 300.0);
    QCOMPARE(after.value(id("tbl_c")).x, 600.0);
}

void TestDiagramArrange::smallSelectionsUnchanged()
{
    Nodes one;
    one.insert(id("tbl_a"), NodeLayout{13, 17, 5, 5, {}});
    QCOMPARE(alignNodes(one, Alignment::Left), one);
    Nodes two = threeBoxes();
    two.remove(id("tbl_c"));
    QCOMPARE(distributeNodes(two, Distribution::Horizontal), two);
    QCOMPARE(distributeNodes({}, Distribution::Vertical), Nodes());
}

QTEST_GUILESS_MAIN(TestDiagramArrange)
#include "tst_diagramarrange.moc"
