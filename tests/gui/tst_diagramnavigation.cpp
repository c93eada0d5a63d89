// Navigation and layout around the diagram, on the real widgets (offscreen): the find bar
// jumps to tables and columns, the overview map pans the view, the background
// auto-layout is one undo step (undo restores the exact bytes) and cancels promptly
// without changing anything, arrow keys nudge as one undo step, Tab cycles the tables;
// and the GUI-free rules behind them (finder ranking, marker tooltips).
#include "app/documentcontroller.h"
#include "app/layoutjob.h"
#include "app/markerdescription.h"
#include "app/objectfinder.h"
#include "diagram/diagramtheme.h"
#include "document/documentformat.h"
#include "synth/syntheticproject.h"
#include "testdocument.h"
#include "widgets/diagram/diagramnavigator.h"
#include "widgets/diagram/diagramscene.h"
#include "widgets/diagram/diagramview.h"
#include "widgets/diagram/findbar.h"
#include "widgets/diagram/overviewmap.h"
#include "widgets/diagram/tableitem.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QGraphicsSceneHoverEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <memory>

using namespace schemata;
using namespace schemata::widgets;

namespace {

// A window with the diagram as its central widget, wired like the studio's.
struct Studio
{
    explicit Studio(const document::Document& doc)
    {
        controller.setDocument(doc);
        scene = new DiagramScene(&controller, diagram::DiagramTheme::lightTheme(),
                                 diagram::DiagramPainter::defaultFont(), &window);
        view = new DiagramView(scene, &window);
        window.setCentralWidget(view);
        navigator = new DiagramNavigator(&controller, scene, view, &window);
        window.resize(1000, 700);
        window.show();
        view->setFocus();
    }

    QByteArray bytes() const { return document::writeDocument(controller.document()); }

    app::DocumentController controller{nullptr, 7};
    QMainWindow window;
    DiagramScene* scene = nullptr;
    DiagramView* view = nullptr;
    DiagramNavigator* navigator = nullptr;
};

document::Document synthetic(int tables)
{
    synth::SyntheticProjectOptions options;
    options.tables = tables;
    options.columns = tables * 6;
    options.foreignKeys = tables * 3 / 2;
    return synth::generateSyntheticProject(options);
}

// A table's box in the scene's current geometry (null when it has none).
QRectF boxOf(const DiagramScene& scene, const core::Id& id)
{
    const diagram::TableBox* box = scene.geometry().table(id);
    return box ? box->rect : QRectF();
}

// The outcome of the first LayoutJob::finished a spy recorded.
app::LayoutJob::Outcome outcome(const QSignalSpy& finished)
{
    return finished.at(0).at(0).value<app::LayoutJob::Outcome>();
}

QPointF viewCenter(const DiagramView& view)
{
    return view.mapToScene(view.viewport()->rect().center());
}

// The first table with a foreign key.
const model::Table* tableWithForeignKey(const model::Model& model)
{
    for (const model::Table& t : model.tables) {
        if (!t.foreignKeys.isEmpty())
            return &t;
    }
    return nullptr;
}

} // namespace

class TestDiagramNavigation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void finderRanks_data();
    void finderRanks();
    void markerTooltipsNameTheConstraint();
    void canvasTooltipNamesTheForeignKey();
    void findJumpsToTable();
    void findJumpsToColumn();
    void findStepsAndCloses();
    void overviewClickPans();
    void autoLayoutIsOneUndoStep();
    void autoLayoutNewTablesKeepsPlacedOnes();
    void cancelReturnsPromptlyAndChangesNothing();
    void openingAnotherDocumentCancelsTheLayout();
    void arrowKeysNudgeAsOneUndoStep();
    void tabCyclesTables();
};

void TestDiagramNavigation::finderRanks_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("labels"); // the first hits, in order

    // Tables: public.order, public.order_item, public.customer; columns below.
    QTest::newRow("exact table before prefix") << QStringLiteral("order")
                                               << QStringList{QStringLiteral("public.order"),
                                                              QStringLiteral("public.order_item"),
                                                              QStringLiteral("order_item.order_id"),
                                                              QStringLiteral(
                                                                  "customer.last_order")};
    QTest::newRow("case-insensitive column") << QStringLiteral("EMAIL")
                                             << QStringList{QStringLiteral("customer.email")};
    QTest::newRow("table.column label") << QStringLiteral("order_item.order")
                                        << QStringList{QStringLiteral("order_item.order_id")};
    QTest::newRow("schema.table label") << QStringLiteral("public.cust")
                                        << QStringList{QStringLiteral("public.customer")};
    QTest::newRow("nothing") << QStringLiteral("zzz") << QStringList{};
    QTest::newRow("blank") << QStringLiteral("  ") << QStringList{};
}

void TestDiagramNavigation::finderRanks()
{
    QFETCH(QString, query);
    QFETCH(QStringList, labels);
    model::Model m;
    m.schemas.append(model::Schema{core::Id(QStringLiteral("s")), QStringLiteral("public"), {}});
    const auto table = [&](const char* id, const char* name, QStringList columns) {
        model::Table t;
        t.id = core::Id(QLatin1String(id));
        t.schemaId = core::Id(QStringLiteral("s"));
        t.name = QLatin1String(name);
        for (const QString& c : columns) {
            model::Column col;
            col.id = core::Id(QLatin1String(id) + u'_' + c);
            col.name = c;
            t.columns.append(col);
        }
        m.tables.append(t);
    };
    table("t1", "customer",
          {QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("last_order")});
    table("t2", "order", {QStringLiteral("id"), QStringLiteral("total")});
    table("t3", "order_item", {QStringLiteral("order_id"), QStringLiteral("qty")});

    const app::ObjectFinder finder(m);
    QStringList got;
    for (const app::FindMatch& match : finder.find(query))
        got.append(match.label);
    QCOMPARE(got, labels);
    QCOMPARE(finder.completions().size(), 3 + 7);
    QCOMPARE(finder.completions().constFirst(), QStringLiteral("public.customer"));
}

void TestDiagramNavigation::markerTooltipsNameTheConstraint()
{
    const document::Document doc = testing::sampleDocument();
    const model::Table* child = tableWithForeignKey(doc.model);
    if (!child)
        QFAIL("the sample document has no foreign key (it is part of the repository)");
    const model::ForeignKey& fk = child->foreignKeys.constFirst();
    const model::Table* parent = doc.model.table(fk.referencedTableId);
    QVERIFY(parent);
    const QStringList lines =
        app::describeColumnMarkers(doc.model, *child, fk.columnIds.constFirst());
    const QString expected = QStringLiteral("FK %1 → %2(%3)")
                                 .arg(fk.name.isEmpty() ? QStringLiteral("foreign key") : fk.name,
                                      parent->name,
                                      parent->column(fk.referencedColumnIds.constFirst())->name);
    QVERIFY2(lines.contains(expected), qPrintable(lines.join(u'|')));

    const core::Id pkColumn = parent->primaryKey->columnIds.constFirst();
    const QStringList pkLines = app::describeColumnMarkers(doc.model, *parent, pkColumn);
    QVERIFY2(pkLines.constFirst().startsWith(QStringLiteral("PK ")),
             qPrintable(pkLines.join(u'|')));
    QVERIFY(pkLines.contains(QStringLiteral("NOT NULL")));
    const core::Id unknown(QStringLiteral("nope"));
    QVERIFY(app::describeColumnMarkers(doc.model, *parent, unknown).isEmpty());
}

void TestDiagramNavigation::canvasTooltipNamesTheForeignKey()
{
    Studio studio(testing::sampleDocument());
    const model::Table* child = tableWithForeignKey(studio.controller.document().model);
    if (!child)
        QFAIL("the sample document has no foreign key (it is part of the repository)");
    const model::ForeignKey& fk = child->foreignKeys.constFirst();
    TableItem* item = studio.scene->tableItem(child->id);
    if (!item)
        QFAIL("no item for the table");
    QRectF row;
    for (const diagram::ColumnRow& r : item->box().rows) {
        if (r.columnId == fk.columnIds.constFirst())
            row = r.rect;
    }
    QVERIFY(!row.isNull());
    QGraphicsSceneHoverEvent hover(QEvent::GraphicsSceneHoverMove);
    hover.setScenePos(row.center());
    hover.setPos(row.center() - item->box().rect.topLeft());
    studio.scene->sendEvent(item, &hover);
    const QString expected = QStringLiteral("FK %1 → ").arg(fk.name);
    QVERIFY2(item->toolTip().contains(expected), qPrintable(item->toolTip()));
}

void TestDiagramNavigation::findJumpsToTable()
{
    Studio studio(synthetic(100));
    studio.view->zoomToFit();
    const model::Table& target = studio.controller.document().model.tables.at(57);
    FindBar* bar = studio.navigator->findBar();
    studio.navigator->findAction()->trigger();
    QVERIFY(bar->isVisible());
    QTest::keyClicks(bar->lineEdit(), target.name);
    QVERIFY(!bar->matches().isEmpty());
    QCOMPARE(bar->matches().constFirst().tableId, target.id);
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return);

    QCOMPARE(studio.scene->selectedTableIds(), QList<core::Id>{target.id});
    const TableItem* item = studio.scene->tableItem(target.id);
    if (!item)
        QFAIL("no item for the table");
    const QRectF box = item->sceneBoundingRect();
    QVERIFY(studio.view->zoom() > 0.5); // zoomed in from the whole-diagram fit
    QVERIFY(studio.view->zoom() <= FindBar::kJumpZoom + 1e-9);
    const QPointF c = viewCenter(*studio.view);
    QVERIFY2(QLineF(c, box.center()).length() < 3 / studio.view->zoom(),
             qPrintable(QStringLiteral("center %1,%2 vs %3,%4")
                            .arg(c.x())
                            .arg(c.y())
                            .arg(box.center().x())
                            .arg(box.center().y())));
    QVERIFY(studio.view->mapToScene(studio.view->viewport()->rect()).boundingRect().contains(box));
    QVERIFY(!bar->highlightItem()); // a table hit highlights no row
}

void TestDiagramNavigation::findJumpsToColumn()
{
    Studio studio(synthetic(100));
    studio.view->zoomToFit();
    const model::Table& table = studio.controller.document().model.tables.at(33);
    const model::Column& column = table.columns.at(2);
    FindBar* bar = studio.navigator->findBar();
    bar->activate();
    bar->setQuery(table.name + u'.' + column.name);
    QVERIFY(!bar->matches().isEmpty());
    QCOMPARE(bar->matches().constFirst().columnId, column.id);
    QVERIFY(bar->jumpToCurrent());

    QCOMPARE(studio.scene->selectedTableIds(), QList<core::Id>{table.id});
    QGraphicsItem* mark = bar->highlightItem();
    QVERIFY(mark);
    QVERIFY(mark->isVisible());
    const TableItem* item = studio.scene->tableItem(table.id);
    if (!item)
        QFAIL("no item for the table");
    QRectF row;
    for (const diagram::ColumnRow& r : item->box().rows) {
        if (r.columnId == column.id)
            row = r.rect;
    }
    QVERIFY(!row.isNull());
    QCOMPARE(mark->sceneBoundingRect().center(), row.center());
    QVERIFY(studio.view->mapToScene(studio.view->viewport()->rect()).boundingRect().contains(row));

    // A new search takes the mark away; an edit of the document too.
    bar->setQuery(table.name);
    QVERIFY(!bar->highlightItem());
}

void TestDiagramNavigation::findStepsAndCloses()
{
    Studio studio(synthetic(100));
    FindBar* bar = studio.navigator->findBar();
    bar->activate();
    bar->setQuery(QStringLiteral("id")); // every table's key: many hits
    const auto hits = bar->matches();
    QVERIFY(hits.size() > 3);
    QCOMPARE(bar->currentIndex(), 0);
    QVERIFY(bar->findNext());
    QCOMPARE(bar->currentIndex(), 1);
    QCOMPARE(studio.scene->selectedTableIds(), QList<core::Id>{hits.at(1).tableId});
    QVERIFY(bar->findPrevious());
    QVERIFY(bar->findPrevious()); // wraps around
    QCOMPARE(bar->currentIndex(), int(hits.size()) - 1);

    QTest::keyClick(bar->lineEdit(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QVERIFY(!bar->highlightItem());
}

void TestDiagramNavigation::overviewClickPans()
{
    Studio studio(synthetic(100));
    OverviewMap* map = studio.navigator->overviewMap();
    QVERIFY(map->isVisible());
    studio.view->setZoom(1.0);
    // The map sits in the view's bottom-right corner, inside the viewport.
    QVERIFY(studio.view->viewport()->geometry().contains(map->geometry()));
    const QRectF world = map->world();
    QVERIFY(world.width() > studio.view->viewport()->width()); // there is somewhere to pan to

    for (const QPointF fraction : {QPointF(0.25, 0.3), QPointF(0.7, 0.6)}) {
        const QPointF sceneTarget(world.left() + world.width() * fraction.x(),
                                  world.top() + world.height() * fraction.y());
        const QPoint click = map->toMap(sceneTarget).toPoint();
        QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, click);
        const QPointF expected = map->toScene(click);
        const QPointF c = viewCenter(*studio.view);
        QVERIFY2(QLineF(c, expected).length() < 3,
                 qPrintable(QStringLiteral("%1,%2 vs %3,%4")
                                .arg(c.x())
                                .arg(c.y())
                                .arg(expected.x())
                                .arg(expected.y())));
        // The outline follows: it is centred on the click.
        QVERIFY(QLineF(map->viewportOutline().center(), QPointF(click)).length() < 2);
    }
}

void TestDiagramNavigation::autoLayoutIsOneUndoStep()
{
    Studio studio(synthetic(100));
    const QByteArray before = studio.bytes();
    const int commands = studio.controller.undoStack()->count();
    const auto nodesBefore = studio.controller.document().layout.nodes;
    QSignalSpy finished(studio.navigator->layoutJob(), &app::LayoutJob::finished);
    studio.navigator->autoLayoutAction()->trigger();
    QVERIFY(studio.navigator->layoutJob()->isRunning());
    QVERIFY(!studio.navigator->autoLayoutAction()->isEnabled());
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(outcome(finished), app::LayoutJob::Outcome::Applied);
    QVERIFY(studio.navigator->autoLayoutAction()->isEnabled());

    QCOMPARE(studio.controller.undoStack()->count(), commands + 1);
    const QByteArray after = studio.bytes();
    QVERIFY(after != before);
    // Every table moved onto the grid, none overlapping another; no node added or lost.
    const auto& nodes = studio.controller.document().layout.nodes;
    QCOMPARE(nodes.keys(), nodesBefore.keys());
    int moved = 0;
    for (const model::Table& t : studio.controller.document().model.tables)
        moved += nodes.value(t.id) != nodesBefore.value(t.id) ? 1 : 0;
    QVERIFY(moved > 50);
    const QList<diagram::TableBox>& boxes = studio.scene->geometry().tables();
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        QCOMPARE(std::fmod(boxes[i].rect.x(), 10.0), 0.0);
        for (qsizetype j = i + 1; j < boxes.size(); ++j)
            QVERIFY(!boxes[i].rect.intersects(boxes[j].rect));
    }

    studio.controller.undoStack()->undo();
    QCOMPARE(studio.bytes(), before);
    studio.controller.undoStack()->redo();
    QCOMPARE(studio.bytes(), after);
}

void TestDiagramNavigation::autoLayoutNewTablesKeepsPlacedOnes()
{
    document::Document doc = synthetic(100);
    QList<core::Id> fresh;
    for (int i = 90; i < 100; ++i) {
        fresh.append(doc.model.tables.at(i).id);
        doc.layout.nodes.remove(fresh.constLast());
    }
    const auto placedBefore = doc.layout.nodes;
    Studio studio(doc);
    QSignalSpy finished(studio.navigator->layoutJob(), &app::LayoutJob::finished);
    QVERIFY(studio.navigator->autoLayout(true));
    QVERIFY(!studio.navigator->autoLayout(true)); // one at a time
    QVERIFY(finished.wait(120000));
    QCOMPARE(outcome(finished), app::LayoutJob::Outcome::Applied);
    const auto& nodes = studio.controller.document().layout.nodes;
    for (auto it = placedBefore.cbegin(); it != placedBefore.cend(); ++it)
        QCOMPARE(nodes.value(it.key()), it.value());
    QRectF placed;
    for (auto it = placedBefore.cbegin(); it != placedBefore.cend(); ++it)
        placed = placed.united(boxOf(*studio.scene, it.key()));
    for (const core::Id& id : fresh) {
        QVERIFY(nodes.contains(id));
        QVERIFY(!boxOf(*studio.scene, id).intersects(placed));
    }
}

void TestDiagramNavigation::cancelReturnsPromptlyAndChangesNothing()
{
    // 500 tables: long enough for Graphviz that the cancel lands mid-run.
    app::DocumentController controller(nullptr, 7);
    controller.setDocument(synthetic(500));
    const QByteArray before = document::writeDocument(controller.document());
    const diagram::DiagramGeometry geometry = diagram::DiagramGeometry::compute(
        controller.document(), diagram::DiagramPainter::defaultFont());
    auto job = std::make_unique<app::LayoutJob>(&controller);
    QSignalSpy finished(job.get(), &app::LayoutJob::finished);
    QVERIFY(job->start(diagram::AutoLayout::requestFor(geometry, false),
                       QStringLiteral("Auto Layout")));
    QTest::qWait(10); // let the worker get into Graphviz
    // cancel() must not wait for Graphviz: the job reports Cancelled synchronously, while
    // the 500-table worker is still running (no wall-clock assertion: CI machines are loaded).
    job->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(outcome(finished), app::LayoutJob::Outcome::Cancelled);
    QVERIFY(!job->isRunning());

    // Whatever the abandoned run delivers later is dropped.
    QTest::qWait(200);
    job.reset(); // joins the worker
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(controller.undoStack()->count(), 0);
    QCOMPARE(document::writeDocument(controller.document()), before);
}

void TestDiagramNavigation::openingAnotherDocumentCancelsTheLayout()
{
    Studio studio(synthetic(100));
    QSignalSpy finished(studio.navigator->layoutJob(), &app::LayoutJob::finished);
    QVERIFY(studio.navigator->autoLayout(false));
    const document::Document other = synthetic(30);
    studio.controller.setDocument(other);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(outcome(finished), app::LayoutJob::Outcome::Cancelled);
    QVERIFY(studio.navigator->autoLayoutAction()->isEnabled());
    QTest::qWait(500); // the abandoned run, if it finishes now, is dropped
    QCOMPARE(finished.size(), 1);
    QCOMPARE(studio.controller.undoStack()->count(), 0);
    QCOMPARE(studio.bytes(), document::writeDocument(other));
}

void TestDiagramNavigation::arrowKeysNudgeAsOneUndoStep()
{
    Studio studio(synthetic(20));
    const QByteArray before = studio.bytes();
    const model::Table& table = studio.controller.document().model.tables.at(4);
    const core::Id id = table.id;
    const QPointF start = boxOf(*studio.scene, id).topLeft();
    studio.scene->selectTable(id);

    QTest::keyClick(studio.view, Qt::Key_Right);
    QTest::keyClick(studio.view, Qt::Key_Right);
    QTest::keyClick(studio.view, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(studio.view, Qt::Key_Left);
    const QPointF moved = boxOf(*studio.scene, id).topLeft();
    QCOMPARE(moved, start + QPointF(DiagramNavigator::kNudge, DiagramNavigator::kLargeNudge));
    QCOMPARE(studio.scene->tableItem(id)->pos(), moved);
    QCOMPARE(studio.controller.undoStack()->count(), 1);
    QCOMPARE(studio.scene->selectedTableIds(), QList<core::Id>{id}); // still selected

    studio.controller.undoStack()->undo();
    QCOMPARE(studio.bytes(), before);

    // With nothing selected the arrows do not edit.
    studio.scene->clearSelection();
    QTest::keyClick(studio.view, Qt::Key_Right);
    QCOMPARE(studio.bytes(), before);
}

void TestDiagramNavigation::tabCyclesTables()
{
    Studio studio(synthetic(20));
    const auto& tables = studio.scene->geometry().tables();
    studio.scene->clearSelection();
    QTest::keyClick(studio.view, Qt::Key_Tab);
    QCOMPARE(studio.scene->selectedTableIds(), QList<core::Id>{tables.at(0).tableId});
    QTest::keyClick(studio.view, Qt::Key_Tab);
    QCOMPARE(studio.scene->selectedTableIds(), QList<core::Id>{tables.at(1).tableId});
    QTest::keyClick(studio.view, Qt::Key_Backtab, Qt::ShiftModifier);
    QTest::keyClick(studio.view, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(studio.scene->selectedTableIds(), QList<core::Id>{tables.constLast().tableId});

    // Ctrl+Tab leaves the canvas for the next focusable widget: no keyboard trap.
    auto* after = new QLineEdit(&studio.window);
    auto* dock = new QDockWidget(&studio.window);
    dock->setWidget(after);
    studio.window.addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->show();
    QWidget::setTabOrder(studio.view, after);
    studio.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&studio.window));
    studio.view->setFocus();
    QTest::keyClick(studio.view, Qt::Key_Tab, Qt::ControlModifier);
    QVERIFY(after->hasFocus());}

QTEST_MAIN(TestDiagramNavigation)
#include "tst_diagramnavigation.moc"
