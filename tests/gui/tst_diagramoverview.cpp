// The canvas's fast paths. Zoomed out (DiagramScene::setOverview) the table and line items
// paint nothing and the scene draws them in one batched pass: the boxes are drawn where the
// tables are, follow a moved table at once, show the selection, and still take a drag as one
// undo step. While dragging, only the moved tables' own subject-area frames are refitted.
#include "app/documentcontroller.h"
#include "diagram/diagrampainter.h"
#include "diagram/diagramtheme.h"
#include "document/documentformat.h"
#include "testdocument.h"
#include "widgets/diagram/areaitem.h"
#include "widgets/diagram/diagramscene.h"
#include "widgets/diagram/diagramview.h"
#include "widgets/diagram/relationshipitem.h"
#include "widgets/diagram/tableitem.h"

#include <QApplication>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QImage>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QRegion>
#include <QTest>
#include <QUndoStack>
#include <cmath>

using namespace schemata;
using namespace schemata::widgets;

namespace {

void sendMouse(QWidget* viewport, QEvent::Type type, const QPoint& pos, Qt::MouseButton button,
               Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(pos), viewport->mapToGlobal(QPointF(pos)), button, buttons,
                      Qt::NoModifier);
    QApplication::sendEvent(viewport, &event);
}

// Colours within a few units per channel (antialiased edges, rounding in blending).
bool near(const QColor& a, const QColor& b, int tolerance = 6)
{
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

QString describe(const QColor& c)
{
    return c.name();
}

// The header colour a name-only box is filled with (DiagramPainter::headerColor).
QColor headerOf(const diagram::TableBox& box, const diagram::DiagramTheme& theme)
{
    if (const QColor custom(box.color); !box.color.isEmpty() && custom.isValid())
        return custom;
    return box.joinTable ? theme.joinHeader : theme.header;
}

// A point inside the box, clear of the centred name label.
QPointF insideBox(const QRectF& r)
{
    return QPointF(r.left() + r.width() * 0.12, r.top() + r.height() * 0.85);
}

// Collects the regions a widget repaints: items without contents do not repaint themselves,
// so the scene must ask for it (a grab() would hide that: it always paints everything).
class PaintRecorder : public QObject
{
public:
    explicit PaintRecorder(QWidget* widget) { widget->installEventFilter(this); }
    QRegion painted;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            painted += static_cast<QPaintEvent*>(event)->region();
        return QObject::eventFilter(watched, event);
    }
};

struct Canvas
{
    Canvas() : scene(&controller, diagram::DiagramTheme::lightTheme()), view(&scene)
    {
        controller.setDocument(testing::sampleDocument());
        view.resize(1200, 900);
        view.show();
    }
    QColor pixel(const QPointF& scenePoint)
    {
        QCoreApplication::processEvents();
        const QImage image = view.viewport()->grab().toImage();
        return image.pixelColor(view.mapFromScene(scenePoint));
    }

    app::DocumentController controller{nullptr, 1};
    DiagramScene scene;
    DiagramView view;
};

} // namespace

class TestDiagramOverview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overviewFollowsTheZoom();
    void boxesAreDrawnAndFollowAMove();
    void selectionIsDrawn();
    void dragIsOneUndoStep();
    void areaFramesFollowTheirMembersOnly();
    void childrenOfTablesStayOnTop();
};

void TestDiagramOverview::overviewFollowsTheZoom()
{
    Canvas c;
    QVERIFY(QTest::qWaitForWindowExposed(&c.view));
    c.view.setZoom(1.0);
    QVERIFY(!c.scene.overview());
    c.view.setZoom(diagram::DiagramPainter::kNameOnlyBelow / 2);
    QVERIFY(c.scene.overview());
    int tables = 0;
    int lines = 0;
    for (QGraphicsItem* item : c.scene.items()) {
        const bool noContents = item->flags() & QGraphicsItem::ItemHasNoContents;
        if (item->type() == TableItem::Type) {
            ++tables;
            QVERIFY(noContents);
            QVERIFY(item->flags() & QGraphicsItem::ItemIsMovable);
        } else if (item->type() == RelationshipItem::Type) {
            ++lines;
            QVERIFY(noContents);
        } else if (item->type() == AreaItem::Type) {
            QVERIFY(!noContents); // areas stay items, under the batched pass
        }
    }
    QVERIFY(tables > 0);
    QVERIFY(lines > 0);
    c.view.setZoom(1.0);
    QVERIFY(!c.scene.overview());
    for (QGraphicsItem* item : c.scene.items()) {
        if (item->type() == TableItem::Type) {
            QVERIFY(!(item->flags() & QGraphicsItem::ItemHasNoContents));
            QCOMPARE(item->cacheMode(), QGraphicsItem::DeviceCoordinateCache);
        }
    }
}

void TestDiagramOverview::boxesAreDrawnAndFollowAMove()
{
    Canvas c;
    QVERIFY(QTest::qWaitForWindowExposed(&c.view));
    c.view.setZoom(0.3);
    QVERIFY(c.scene.overview());
    const QRectF contents = c.scene.contentsRect();
    c.view.centerOn(contents.center() + QPointF(150, 0));
    const QList<model::Table>& tables = c.controller.document().model.tables;
    QVERIFY(!tables.isEmpty());
    TableItem* a = c.scene.tableItem(tables.constFirst().id);
    if (!a)
        QFAIL("no item for the first table");
    const QColor header = headerOf(a->box(), c.scene.painter().theme());
    const QRectF before(a->pos(), a->box().rect.size());
    QVERIFY2(near(c.pixel(insideBox(before)), header),
             qPrintable(describe(c.pixel(insideBox(before))) + QStringLiteral(" vs ") +
                        describe(header)));

    // Out to the right of everything: the box is drawn there at once and not where it was.
    QCoreApplication::processEvents();
    PaintRecorder recorder(c.view.viewport());
    a->setPos(QPointF(std::round(contents.right() / 10) * 10 + 100, a->pos().y()));
    const QRectF after(a->pos(), a->box().rect.size());
    QVERIFY(c.view.mapToScene(c.view.viewport()->rect()).boundingRect().contains(after));
    QTRY_VERIFY(recorder.painted.contains(c.view.mapFromScene(after).boundingRect()));
    QVERIFY(recorder.painted.contains(c.view.mapFromScene(before).boundingRect()));
    QVERIFY2(near(c.pixel(insideBox(after)), header),
             qPrintable(describe(c.pixel(insideBox(after)))));
    QVERIFY2(!near(c.pixel(insideBox(before)), header),
             qPrintable(describe(c.pixel(insideBox(before)))));
    // The lines were re-routed to the new place (the geometry the pass draws from).
    for (const qsizetype i : c.scene.geometry().edgeIndicesOf(a->tableId())) {
        const diagram::Edge& edge = c.scene.geometry().edges().at(i);
        const bool child = edge.childTableId == a->tableId();
        const QPointF end = child ? edge.points.first() : edge.points.last();
        QVERIFY(after.adjusted(-1, -1, 1, 1).contains(end));
    }
}

void TestDiagramOverview::selectionIsDrawn()
{
    Canvas c;
    QVERIFY(QTest::qWaitForWindowExposed(&c.view));
    c.view.setZoom(0.3);
    const QList<model::Table>& tables = c.controller.document().model.tables;
    TableItem* a = c.scene.tableItem(tables.constFirst().id);
    if (!a)
        QFAIL("no item for the first table");
    c.view.centerOn(a);
    const QColor selection = c.scene.painter().theme().selection;
    const QRectF box(a->pos(), a->box().rect.size());
    const QPointF topMiddle(box.center().x() + box.width() / 4, box.top());
    QVERIFY(!near(c.pixel(topMiddle), selection));
    QCoreApplication::processEvents();
    PaintRecorder recorder(c.view.viewport());
    a->setSelected(true);
    QTRY_VERIFY(recorder.painted.contains(c.view.mapFromScene(box).boundingRect()));
    QVERIFY2(near(c.pixel(topMiddle), selection, 12), qPrintable(describe(c.pixel(topMiddle))));
    a->setSelected(false);
    QVERIFY(!near(c.pixel(topMiddle), selection));
}

void TestDiagramOverview::dragIsOneUndoStep()
{
    Canvas c;
    QVERIFY(QTest::qWaitForWindowExposed(&c.view));
    c.view.setZoom(0.3);
    const QList<model::Table>& tables = c.controller.document().model.tables;
    TableItem* a = c.scene.tableItem(tables.constFirst().id);
    if (!a)
        QFAIL("no item for the first table");
    c.view.centerOn(a);
    const QPointF start = a->pos();
    const QByteArray before = document::writeDocument(c.controller.document());
    const int depth = c.controller.undoStack()->count();

    QWidget* vp = c.view.viewport();
    const QPoint from = c.view.mapFromScene(insideBox(QRectF(a->pos(), a->box().rect.size())));
    const QPoint delta(30, 20); // view pixels: 100 × 66.7 scene units at 30%
    sendMouse(vp, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    for (int step = 1; step <= 4; ++step)
        sendMouse(vp, QEvent::MouseMove, from + delta * step / 4, Qt::NoButton, Qt::LeftButton);
    sendMouse(vp, QEvent::MouseButtonRelease, from + delta, Qt::LeftButton, Qt::NoButton);

    QCOMPARE(c.controller.undoStack()->count(), depth + 1);
    const QPointF moved = a->pos() - start;
    QVERIFY2(moved.x() >= 90 && moved.y() >= 60,
             qPrintable(QStringLiteral("%1,%2").arg(moved.x()).arg(moved.y())));
    const document::NodeLayout node = c.controller.document().layout.nodes.value(a->tableId());
    QCOMPARE(QPointF(node.x, node.y), a->pos());
    c.controller.undoStack()->undo();
    QCOMPARE(document::writeDocument(c.controller.document()), before);
    QCOMPARE(a->pos(), start);
}

// While tables are dragged (before the command), a subject area's frame follows its members
// and the frames of areas the table is not in stay as they were (each moved table refits only
// its own areas).
void TestDiagramOverview::areaFramesFollowTheirMembersOnly()
{
    document::Document doc = testing::sampleDocument();
    QVERIFY(doc.model.tables.size() >= 3);
    const core::Id a = doc.model.tables[0].id;
    const core::Id b = doc.model.tables[1].id;
    const core::Id other = doc.model.tables[2].id;
    doc.layout.subjectAreas.append(document::SubjectArea{core::Id(QStringLiteral("area_test_ab")),
                                                         QStringLiteral("A and B"),
                                                         QStringLiteral("#4a90d9"),
                                                         {a, b}});
    doc.layout.subjectAreas.append(
        document::SubjectArea{core::Id(QStringLiteral("area_test_other")),
                              QStringLiteral("Other"),
                              QStringLiteral("#f5a623"),
                              {other}});
    app::DocumentController controller(nullptr, 1);
    controller.setDocument(doc);
    DiagramScene scene(&controller, diagram::DiagramTheme::lightTheme());
    AreaItem* ab = scene.areaItem(core::Id(QStringLiteral("area_test_ab")));
    AreaItem* alone = scene.areaItem(core::Id(QStringLiteral("area_test_other")));
    TableItem* itemA = scene.tableItem(a);
    if (!ab || !alone || !itemA)
        QFAIL("missing items for the test areas");
    const QRectF otherFrame = alone->box().rect;
    const QRectF far(scene.contentsRect().bottomRight() + QPointF(400, 400),
                     itemA->box().rect.size());
    itemA->setPos(QPointF(std::round(far.left() / 10) * 10, std::round(far.top() / 10) * 10));
    const QRectF moved(itemA->pos(), itemA->box().rect.size());
    QVERIFY(ab->box().rect.contains(moved));
    QVERIFY(ab->box().rect.contains(scene.tableItem(b)->box().rect));
    QCOMPARE(alone->box().rect, otherFrame);
}

// The find bar marks a row with a child item of the table: the batched pass, drawn after the
// items, must not hide it, nor the items above the tables.
void TestDiagramOverview::childrenOfTablesStayOnTop()
{
    Canvas c;
    QVERIFY(QTest::qWaitForWindowExposed(&c.view));
    c.view.setZoom(0.3);
    QVERIFY(c.scene.overview());
    TableItem* a = c.scene.tableItem(c.controller.document().model.tables.constFirst().id);
    if (!a)
        QFAIL("no item for the first table");
    c.view.centerOn(a);
    const QRectF local(QPointF(0, 0), a->box().rect.size());
    auto* mark = new QGraphicsRectItem(local.adjusted(0, local.height() / 2, 0, 0), a);
    mark->setPen(Qt::NoPen);
    mark->setBrush(QColor(0xff, 0x00, 0xff));
    const QPointF inside = a->pos() + QPointF(local.width() * 0.12, local.height() * 0.85);
    QVERIFY2(near(c.pixel(inside), QColor(0xff, 0x00, 0xff)),
             qPrintable(describe(c.pixel(inside))));

    // So must items above the tables (the relationship tool's line is one, at z 10).
    const QPointF across = a->pos() + QPointF(local.width() * 0.12, local.height() * 0.25);
    auto* line = new QGraphicsLineItem(QLineF(across - QPointF(200, 0), across + QPointF(200, 0)));
    line->setPen(QPen(QColor(0x00, 0xff, 0x00), 6));
    line->setZValue(10);
    c.scene.addItem(line);
    QVERIFY2(near(c.pixel(across), QColor(0x00, 0xff, 0x00)),
             qPrintable(describe(c.pixel(across))));
}

QTEST_MAIN(TestDiagramOverview)
#include "tst_diagramoverview.moc"
