// Geometry rules: box sizes, row rects, edges and their crow's-foot ends, join tables,
// placement of tables without a layout node, and the painter's level of detail.
#include "diagram/diagramgeometry.h"
#include "diagram/diagrampainter.h"
#include "diagramtestdata.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace schemata;
using namespace schemata::diagram;
using testing::column;

class TestDiagramGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fitSizeFollowsColumns();
    void layoutSizeWins();
    void rowsStackBelowHeader();
    void endStyles_data();
    void endStyles();
    void edgesRunBetweenBorders();
    void selfReferenceIsALoop();
    void joinTables_data();
    void joinTables();
    void unplacedTablesDoNotOverlap();
    void moveTableReroutesOnlyItsEdges();
    void lowZoomDrawsNameOnly();
};

void TestDiagramGeometry::fitSizeFollowsColumns()
{
    const document::Document doc = testing::shopDocument();
    const QFont font = DiagramPainter::defaultFont();
    const BoxMetrics m(font);
    const DiagramGeometry g = DiagramGeometry::compute(doc, font);
    const TableBox* customer = g.table(core::Id(QStringLiteral("t_customer")));
    QVERIFY(customer);
    QCOMPARE(customer->rect.height(), std::ceil(m.headerHeight + 2 * m.rowHeight + m.padding / 2));
    QVERIFY(customer->rect.width() >= m.minWidth);
    QVERIFY(customer->rect.width() <= m.maxWidth);
    // A long column name widens the box, up to the maximum.
    document::Document wide = doc;
    wide.model.tables[0].columns[1].name = QStringLiteral("a_really_quite_long_column_name_for_a_box");
    const DiagramGeometry g2 = DiagramGeometry::compute(wide, font);
    QVERIFY(g2.table(customer->tableId)->rect.width() > customer->rect.width());
    wide.model.tables[0].columns[1].name = QString(300, QLatin1Char('x'));
    QCOMPARE(DiagramGeometry::compute(wide, font).table(customer->tableId)->rect.width(), m.maxWidth);
}

void TestDiagramGeometry::layoutSizeWins()
{
    document::Document doc = testing::shopDocument();
    doc.layout.nodes.insert(core::Id(QStringLiteral("t_orders")), document::NodeLayout{120, 40, 300, 0, QStringLiteral("#112233")});
    doc.layout.nodes.insert(core::Id(QStringLiteral("t_tag")), document::NodeLayout{-50, 10, 0, 500, {}});
    const DiagramGeometry g = DiagramGeometry::compute(doc, DiagramPainter::defaultFont());
    const TableBox* orders = g.table(core::Id(QStringLiteral("t_orders")));
    QCOMPARE(orders->rect.topLeft(), QPointF(120, 40));
    QCOMPARE(orders->rect.width(), 300.0);
    QCOMPARE(orders->color, QStringLiteral("#112233"));
    QVERIFY(orders->placed);
    const TableBox* tag = g.table(core::Id(QStringLiteral("t_tag")));
    QCOMPARE(tag->rect.topLeft(), QPointF(-50, 10));
    QCOMPARE(tag->rect.height(), 500.0);
    QVERIFY(!g.table(core::Id(QStringLiteral("t_customer")))->placed);
}

void TestDiagramGeometry::rowsStackBelowHeader()
{
    const DiagramGeometry g = DiagramGeometry::compute(testing::shopDocument(), DiagramPainter::defaultFont());
    for (const TableBox& box : g.tables()) {
        QCOMPARE(box.rows.size(), 2 - int(box.tableId == core::Id(QStringLiteral("t_tag"))));
        double top = box.headerRect.bottom();
        for (const ColumnRow& row : box.rows) {
            QCOMPARE(row.rect.top(), top);
            QCOMPARE(row.rect.left(), box.rect.left());
            QCOMPARE(row.rect.width(), box.rect.width());
            QVERIFY(box.rect.contains(row.rect));
            top = row.rect.bottom();
        }
    }
    const TableBox* orders = g.table(core::Id(QStringLiteral("t_orders")));
    QVERIFY(orders->rows[0].primaryKey && orders->rows[0].notNull && !orders->rows[0].foreignKey);
    QVERIFY(orders->rows[1].foreignKey && !orders->rows[1].primaryKey);
}

void TestDiagramGeometry::endStyles_data()
{
    QTest::addColumn<bool>("nullable");
    QTest::addColumn<bool>("unique");
    QTest::addColumn<bool>("childMany");
    QTest::addColumn<bool>("parentOptional");
    QTest::newRow("not null, not unique: 1 to many") << false << false << true << false;
    QTest::newRow("nullable, not unique: 0..1 to many") << true << false << true << true;
    QTest::newRow("not null, unique: 1 to 0..1") << false << true << false << false;
    QTest::newRow("nullable, unique: 0..1 to 0..1") << true << true << false << true;
}

void TestDiagramGeometry::endStyles()
{
    QFETCH(bool, nullable);
    QFETCH(bool, unique);
    QFETCH(bool, childMany);
    QFETCH(bool, parentOptional);
    document::Document doc = testing::shopDocument();
    model::Table& orders = doc.model.tables[1];
    orders.columns[1].nullable = nullable;
    if (unique)
        orders.uniques.append(model::KeyConstraint{core::Id(QStringLiteral("uq")), {}, {orders.columns[1].id}});
    const DiagramGeometry g = DiagramGeometry::compute(doc, DiagramPainter::defaultFont());
    const auto edge = std::find_if(g.edges().cbegin(), g.edges().cend(), [](const Edge& e) {
        return e.foreignKeyId == core::Id(QStringLiteral("fk_orders_customer"));
    });
    QVERIFY(edge != g.edges().cend());
    QCOMPARE(edge->childEnd, (EndStyle{childMany, true}));
    QCOMPARE(edge->parentEnd, (EndStyle{false, parentOptional}));
    // A unique index makes the FK unique just as a constraint does.
    if (unique) {
        orders.uniques.clear();
        model::Index index;
        index.id = core::Id(QStringLiteral("ix"));
        index.unique = true;
        index.keys.append(model::IndexKey{orders.columns[1].id, {}, {}, {}});
        orders.indexes.append(index);
        QCOMPARE(DiagramGeometry::childEndStyle(orders, orders.foreignKeys[0]), (EndStyle{false, true}));
    }
}

void TestDiagramGeometry::edgesRunBetweenBorders()
{
    document::Document doc = testing::shopDocument();
    doc.layout.nodes.insert(core::Id(QStringLiteral("t_customer")), document::NodeLayout{0, 0, 200, 0, {}});
    doc.layout.nodes.insert(core::Id(QStringLiteral("t_orders")), document::NodeLayout{400, 200, 200, 0, {}});
    for (Routing routing : {Routing::Orthogonal, Routing::Straight}) {
        const DiagramGeometry g = DiagramGeometry::compute(doc, DiagramPainter::defaultFont(), routing);
        QCOMPARE(g.edges().size(), 4);
        const Edge& e = g.edges().constFirst();
        QCOMPARE(e.childTableId, core::Id(QStringLiteral("t_orders")));
        QCOMPARE(e.parentTableId, core::Id(QStringLiteral("t_customer")));
        const QRectF child = g.table(e.childTableId)->rect;
        const QRectF parent = g.table(e.parentTableId)->rect;
        // Starts on the child's border, ends on the parent's.
        QVERIFY(child.adjusted(-0.01, -0.01, 0.01, 0.01).contains(e.points.first()));
        QVERIFY(!child.adjusted(0.5, 0.5, -0.5, -0.5).contains(e.points.first()));
        QVERIFY(parent.adjusted(-0.01, -0.01, 0.01, 0.01).contains(e.points.last()));
        QVERIFY(!parent.adjusted(0.5, 0.5, -0.5, -0.5).contains(e.points.last()));
        if (routing == Routing::Orthogonal) {
            // Only horizontal and vertical segments; the ends leave at the FK and PK rows.
            for (int i = 1; i < e.points.size(); ++i)
                QVERIFY(e.points[i].x() == e.points[i - 1].x() || e.points[i].y() == e.points[i - 1].y());
            QCOMPARE(e.points.first().y(), g.table(e.childTableId)->rows[1].rect.center().y());
            QCOMPARE(e.points.last().y(), g.table(e.parentTableId)->rows[0].rect.center().y());
        }
    }
}

void TestDiagramGeometry::selfReferenceIsALoop()
{
    const DiagramGeometry g = DiagramGeometry::compute(testing::shopDocument(), DiagramPainter::defaultFont());
    const auto it = std::find_if(g.edges().cbegin(), g.edges().cend(), [](const Edge& e) { return e.selfReference; });
    QVERIFY(it != g.edges().cend());
    QCOMPARE(it->childTableId, core::Id(QStringLiteral("t_employee")));
    const QRectF box = g.table(it->childTableId)->rect;
    QCOMPARE(it->points.size(), 4);
    QCOMPARE(it->points.first().x(), box.right());
    QCOMPARE(it->points.last().x(), box.right());
    QVERIFY(it->points[1].x() > box.right());
    QVERIFY(it->points.first().y() != it->points.last().y());
    QCOMPARE(it->parentEnd, (EndStyle{false, true})); // manager_id is nullable
}

void TestDiagramGeometry::joinTables_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<bool>("join");
    QTest::newRow("PK of exactly two FKs") << 0 << true;
    QTest::newRow("PK with an extra column") << 1 << false;
    QTest::newRow("single-column PK") << 2 << false;
    QTest::newRow("one FK only") << 3 << false;
}

void TestDiagramGeometry::joinTables()
{
    QFETCH(int, variant);
    QFETCH(bool, join);
    document::Document doc = testing::shopDocument();
    model::Table& t = doc.model.tables[4];
    if (variant == 1) {
        t.columns.append(column(QStringLiteral("c_jx"), QStringLiteral("position"), false));
        t.primaryKey->columnIds.append(core::Id(QStringLiteral("c_jx")));
    } else if (variant == 2) {
        t.primaryKey->columnIds.removeLast();
    } else if (variant == 3) {
        t.foreignKeys.removeLast();
    }
    QCOMPARE(DiagramGeometry::isJoinTable(t), join);
    const DiagramGeometry g = DiagramGeometry::compute(doc, DiagramPainter::defaultFont());
    QCOMPARE(g.table(t.id)->joinTable, join);
    QVERIFY(!g.table(core::Id(QStringLiteral("t_orders")))->joinTable);
}

void TestDiagramGeometry::unplacedTablesDoNotOverlap()
{
    document::Document doc = testing::syntheticDocument(30);
    doc.layout.nodes.insert(core::Id(QStringLiteral("t0003")), document::NodeLayout{0, 0, 0, 0, {}});
    const DiagramGeometry g = DiagramGeometry::compute(doc, DiagramPainter::defaultFont());
    const QRectF placed = g.table(core::Id(QStringLiteral("t0003")))->rect;
    for (int i = 0; i < g.tables().size(); ++i) {
        for (int j = i + 1; j < g.tables().size(); ++j)
            QVERIFY2(!g.tables()[i].rect.intersects(g.tables()[j].rect), qPrintable(g.tables()[i].name));
        if (!g.tables()[i].placed)
            QVERIFY(g.tables()[i].rect.top() > placed.bottom());
    }
    // Deterministic: the same document gives the same boxes.
    const DiagramGeometry again = DiagramGeometry::compute(doc, DiagramPainter::defaultFont());
    for (int i = 0; i < g.tables().size(); ++i)
        QCOMPARE(again.tables()[i].rect, g.tables()[i].rect);
}

void TestDiagramGeometry::moveTableReroutesOnlyItsEdges()
{
    DiagramGeometry g = DiagramGeometry::compute(testing::shopDocument(), DiagramPainter::defaultFont());
    const QList<Edge> before = g.edges();
    const core::Id tag(QStringLiteral("t_tag"));
    g.moveTable(tag, QPointF(2000, 1000));
    QCOMPARE(g.table(tag)->rect.topLeft(), QPointF(2000, 1000));
    QCOMPARE(g.table(tag)->rows[0].rect.top(), g.table(tag)->headerRect.bottom());
    for (int i = 0; i < before.size(); ++i) {
        const bool touches = before[i].childTableId == tag || before[i].parentTableId == tag;
        QCOMPARE(g.edges()[i].points != before[i].points, touches);
    }
}

void TestDiagramGeometry::lowZoomDrawsNameOnly()
{
    document::Document doc = testing::syntheticDocument(1);
    doc.model.tables[0].columns.resize(1);
    for (int i = 0; i < 12; ++i)
        doc.model.tables[0].columns.append(column(QStringLiteral("x%1").arg(i), QStringLiteral("column_%1").arg(i)));
    const QFont font = DiagramPainter::defaultFont();
    const DiagramGeometry g = DiagramGeometry::compute(doc, font);
    const DiagramTheme theme = DiagramTheme::lightTheme();
    const DiagramPainter painter(theme, font);
    const TableBox& box = g.tables().constFirst();
    // A pixel inside the last row, near its left edge: row background at full detail,
    // the header colour when the box is drawn name-only.
    const auto pixelAt = [&](double scale) {
        QImage image((box.rect.size() * scale).toSize() + QSize(4, 4), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        p.scale(scale, scale);
        p.translate(-box.rect.topLeft());
        painter.paintTable(p, box, scale);
        p.end();
        const QPointF probe = (QPointF(box.rect.left() + 4, box.rows.last().rect.center().y()) - box.rect.topLeft()) * scale;
        return image.pixelColor(probe.toPoint());
    };
    QCOMPARE(pixelAt(0.3), theme.header);
    const QColor full = pixelAt(1.0);
    QVERIFY2(full == theme.boxFill || full == theme.boxStripe, qPrintable(full.name()));
}

QTEST_MAIN(TestDiagramGeometry)
#include "tst_diagramgeometry.moc"
