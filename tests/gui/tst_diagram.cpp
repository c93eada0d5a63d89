// The diagram canvas on the real widgets (offscreen): items mirror the document, a drag
// of several tables is one undo step, undo restores the exact document bytes, and the
// view zooms within its limits.
#include "app/documentcontroller.h"
#include "diagram/diagramtheme.h"
#include "document/documentformat.h"
#include "testdocument.h"
#include "widgets/diagram/diagramscene.h"
#include "widgets/diagram/diagramview.h"
#include "widgets/diagram/relationshipitem.h"
#include "widgets/diagram/tableitem.h"
#include "widgets/documenttreemodel.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QMouseEvent>
#include <QTabWidget>
#include <QTreeView>
#include <QTest>
#include <QUndoStack>

using namespace schemata;
using namespace schemata::widgets;

namespace {

void sendMouse(QWidget* viewport, QEvent::Type type, const QPoint& pos, Qt::MouseButton button,
               Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(pos), viewport->mapToGlobal(QPointF(pos)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(viewport, &event);
}

// Drags from one scene point by a view-pixel delta in a few steps, as a hand would.
void drag(DiagramView& view, const QPointF& scenePoint, const QPoint& delta)
{
    QWidget* vp = view.viewport();
    const QPoint start = view.mapFromScene(scenePoint);
    sendMouse(vp, QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
    for (int step = 1; step <= 4; ++step)
        sendMouse(vp, QEvent::MouseMove, start + delta * step / 4, Qt::NoButton, Qt::LeftButton);
    sendMouse(vp, QEvent::MouseButtonRelease, start + delta, Qt::LeftButton, Qt::NoButton);
}

} // namespace

class TestDiagram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void itemsMirrorTheDocument();
    void dragIsOneUndoStep();
    void editsUpdateOnlyWhatChanged();
    void zoomStaysInLimits();
    void mainWindowShowsTheDiagramFirst();
};

void TestDiagram::itemsMirrorTheDocument()
{
    app::DocumentController controller(nullptr, 1);
    controller.setDocument(testing::sampleDocument());
    DiagramScene scene(&controller, diagram::DiagramTheme::lightTheme());
    const document::Document& doc = controller.document();
    for (const model::Table& t : doc.model.tables) {
        TableItem* item = scene.tableItem(t.id);
        QVERIFY(item);
        if (doc.layout.nodes.contains(t.id))
            QCOMPARE(item->pos(), QPointF(doc.layout.nodes[t.id].x, doc.layout.nodes[t.id].y));
        for (const model::ForeignKey& fk : t.foreignKeys)
            QVERIFY(scene.relationshipItem(fk.id));
    }
}

void TestDiagram::dragIsOneUndoStep()
{
    app::DocumentController controller(nullptr, 1);
    controller.setDocument(testing::sampleDocument());
    const QByteArray before = document::writeDocument(controller.document());
    DiagramScene scene(&controller, diagram::DiagramTheme::lightTheme());
    DiagramView view(&scene);
    view.resize(1200, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setZoom(1.0);

    const QList<model::Table>& tables = controller.document().model.tables;
    QVERIFY(tables.size() >= 2);
    TableItem* a = scene.tableItem(tables[0].id);
    TableItem* b = scene.tableItem(tables[1].id);
    const QPointF aStart = a->pos();
    const QPointF bStart = b->pos();
    view.centerOn(a);
    a->setSelected(true);
    b->setSelected(true);

    // Grab a's header and drag by (93, 47) view pixels at 100%: lands on the 10-unit grid.
    const int depth = controller.undoStack()->count();
    drag(view, a->sceneBoundingRect().topLeft() + QPointF(30, 12), QPoint(93, 47));
    QCOMPARE(controller.undoStack()->count(), depth + 1);
    const QPointF moved = a->pos() - aStart;
    QVERIFY2(moved.x() > 50 && moved.y() > 20, qPrintable(QStringLiteral("%1,%2").arg(moved.x()).arg(moved.y())));
    QCOMPARE(std::fmod(a->pos().x(), 10.0), 0.0);
    QCOMPARE(std::fmod(a->pos().y(), 10.0), 0.0);
    QCOMPARE(b->pos() - bStart, moved); // moved together, by the same offset
    const document::NodeLayout nodeA = controller.document().layout.nodes.value(tables[0].id);
    QCOMPARE(QPointF(nodeA.x, nodeA.y), a->pos());
    // The lines follow their tables.
    for (const model::ForeignKey& fk : tables[1].foreignKeys)
        QCOMPARE(scene.relationshipItem(fk.id)->edge().points.first().x() == b->pos().x()
                     || scene.relationshipItem(fk.id)->edge().points.first().x() == b->pos().x() + b->box().rect.width(),
                 true);
    const QByteArray afterMove = document::writeDocument(controller.document());
    QVERIFY(afterMove != before);

    controller.undoStack()->undo();
    QCOMPARE(document::writeDocument(controller.document()), before);
    QCOMPARE(a->pos(), aStart);
    QCOMPARE(b->pos(), bStart);
    controller.undoStack()->redo();
    QCOMPARE(document::writeDocument(controller.document()), afterMove);
    QCOMPARE(b->pos() - bStart, moved);

    // A click without a move changes nothing.
    const int depthAfter = controller.undoStack()->count();
    drag(view, a->sceneBoundingRect().topLeft() + QPointF(30, 12), QPoint(0, 0));
    QCOMPARE(controller.undoStack()->count(), depthAfter);
}

void TestDiagram::editsUpdateOnlyWhatChanged()
{
    app::DocumentController controller(nullptr, 1);
    controller.setDocument(testing::sampleDocument());
    DiagramScene scene(&controller, diagram::DiagramTheme::darkTheme());
    const model::Table first = controller.document().model.tables.constFirst();
    TableItem* item = scene.tableItem(first.id);
    TableItem* other = scene.tableItem(controller.document().model.tables[1].id);
    QVERIFY(controller.renameTable(first.id, QStringLiteral("renamed_table")));
    QCOMPARE(scene.tableItem(first.id), item); // same item, updated
    QCOMPARE(item->box().name, QStringLiteral("renamed_table"));
    QCOMPARE(scene.tableItem(controller.document().model.tables[1].id), other);
    const auto added = controller.addTable({}, QStringLiteral("brand_new"));
    QVERIFY(added);
    QVERIFY(scene.tableItem(added.value()));
    controller.undoStack()->undo();
    QVERIFY(!scene.tableItem(added.value()));
    QCOMPARE(scene.tableItem(first.id), item);
}

void TestDiagram::zoomStaysInLimits()
{
    app::DocumentController controller(nullptr, 1);
    controller.setDocument(testing::sampleDocument());
    DiagramScene scene(&controller, diagram::DiagramTheme::lightTheme());
    DiagramView view(&scene);
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (int i = 0; i < 40; ++i)
        QTest::keyClick(&view, Qt::Key_Plus);
    QCOMPARE(view.zoom(), DiagramView::kMaxZoom);
    for (int i = 0; i < 60; ++i)
        QTest::keyClick(&view, Qt::Key_Minus);
    QCOMPARE(view.zoom(), DiagramView::kMinZoom);
    QTest::keyClick(&view, Qt::Key_0);
    // Fit: everything visible.
    const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
    QVERIFY(visible.adjusted(-1, -1, 1, 1).contains(scene.contentsRect()));
    scene.selectTable(controller.document().model.tables.constFirst().id);
    view.zoomToSelection();
    QVERIFY(view.zoom() > 0.3);
}

void TestDiagram::mainWindowShowsTheDiagramFirst()
{
    app::DocumentController controller(nullptr, 1);
    controller.setDocument(testing::sampleDocument());
    MainWindow window(&controller, nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTabWidget* tabs = window.centralTabs();
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Diagram"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("DDL"));
    QCOMPARE(tabs->currentWidget(), window.diagramView());
    // Picking a table on the canvas selects it in the model tree.
    const core::Id tableId = controller.document().model.tables.last().id;
    window.diagramScene()->selectTable(tableId);
    QCOMPARE(window.modelTree()->currentIndex().data(DocumentTreeModel::ObjectIdRole).toString(), tableId.toString());
    // And an edit through the window's controller reaches the canvas.
    QVERIFY(controller.renameTable(tableId, QStringLiteral("seen_on_canvas")));
    QCOMPARE(window.diagramScene()->tableItem(tableId)->box().name, QStringLiteral("seen_on_canvas"));
}

QTEST_MAIN(TestDiagram)
#include "tst_diagram.moc"
