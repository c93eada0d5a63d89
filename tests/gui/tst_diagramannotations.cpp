// Notes and subject areas on the canvas with the real widgets (offscreen): create a note,
// move it and resize it with the mouse, edit its text by double-click; group two tables in
// a subject area, rename it, recolour it, drag it by its
// frame (its tables move), resize it with its grip (membership follows the frame); delete
// note and area with one Delete. Every step is one undo command; undo returns the exact
// starting bytes and redo the exact end state, which also survives a save and a load.
#include "app/documentcontroller.h"
#include "document/documentformat.h"
#include "testdocument.h"
#include "widgets/diagram/annotationeditor.h"
#include "widgets/diagram/areaitem.h"
#include "widgets/diagram/diagrameditor.h"
#include "widgets/diagram/diagramscene.h"
#include "widgets/diagram/diagramview.h"
#include "widgets/diagram/noteitem.h"
#include "widgets/diagram/tableitem.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMouseEvent>
#include <QTest>
#include <QUndoStack>

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

void drag(DiagramView* view, const QPointF& fromScene, const QPointF& toScene)
{
    QWidget* vp = view->viewport();
    const QPoint from = view->mapFromScene(fromScene);
    const QPoint to = view->mapFromScene(toScene);
    sendMouse(vp, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    for (int step = 1; step <= 5; ++step)
        sendMouse(vp, QEvent::MouseMove, from + (to - from) * step / 5, Qt::NoButton,
                  Qt::LeftButton);
    sendMouse(vp, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
}

const document::Note* noteOf(const app::DocumentController& c, const core::Id& id)
{
    for (const document::Note& n : c.document().layout.notes) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

const document::SubjectArea* areaOf(const app::DocumentController& c, const core::Id& id)
{
    for (const document::SubjectArea& a : c.document().layout.subjectAreas) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

// A point on the area's frame where the area is the topmost item (lines and the sample's
// note cross parts of it), or a null point.
QPointF freeFramePoint(DiagramScene& scene, AreaItem* area)
{
    const QRectF r = area->box().rect;
    QList<QPointF> candidates;
    for (double t = 0.1; t < 0.95; t += 0.05) {
        candidates << QPointF(r.left() + 3, r.top() + r.height() * t);
        candidates << QPointF(r.left() + r.width() * t * 0.8, r.bottom() - 3);
    }
    for (const QPointF& p : std::as_const(candidates)) {
        const QList<QGraphicsItem*> hits =
            scene.items(p, Qt::IntersectsItemShape, Qt::DescendingOrder);
        if (!hits.isEmpty() && hits.first() == area)
            return p;
    }
    return {};
}

// A point in the area's title strip where the area is the topmost item, or a null point.
QPointF freeTitlePoint(DiagramScene& scene, AreaItem* area)
{
    const QRectF r = area->box().rect;
    for (double t = 0.05; t < 0.95; t += 0.05) {
        const QPointF p(r.left() + r.width() * t, r.top() + AreaItem::kTitleHeight / 2);
        const QList<QGraphicsItem*> hits =
            scene.items(p, Qt::IntersectsItemShape, Qt::DescendingOrder);
        if (!hits.isEmpty() && hits.first() == area)
            return p;
    }
    return {};
}

core::Id tableId(const app::DocumentController& c, const QString& name)
{
    for (const model::Table& t : c.document().model.tables) {
        if (t.name == name)
            return t.id;
    }
    return {};
}

} // namespace

class TestDiagramAnnotations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notesAndAreas();
    void renameAreaInPlace();
    void refusesBadInput();
};

void TestDiagramAnnotations::notesAndAreas()
{
    app::DocumentController controller(nullptr, 11);
    controller.setDocument(testing::sampleDocument());
    DiagramScene scene(&controller, diagram::DiagramTheme::lightTheme());
    DiagramView view(&scene);
    DiagramEditor editor(&controller, &scene, &view);
    AnnotationEditor* notes = editor.annotations();
    if (!notes)
        QFAIL("no annotation editor");
    QString answer;
    QStringList asked;
    notes->setAskText([&](const QString& title, const QString&, const QString& initial, bool) {
        asked << title + QStringLiteral(": ") + initial;
        return std::optional<QString>(answer);
    });
    notes->setAskColor([](const QColor&) { return QColor(QStringLiteral("#aa3377")); });
    view.resize(1400, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setZoom(1.0);
    view.centerOn(QPointF(-300, 500));
    view.setFocus();
    QUndoStack* undo = controller.undoStack();
    const QByteArray start = document::writeDocument(controller.document());
    const qsizetype notesBefore = controller.document().layout.notes.size();
    const qsizetype areasBefore = controller.document().layout.subjectAreas.size();

    // A note from New Note, centred on the middle of the view and on the grid.
    answer = QStringLiteral("Check the tenants");
    notes->newNoteAction()->trigger();
    QCOMPARE(controller.document().layout.notes.size(), notesBefore + 1);
    const document::Note created = controller.document().layout.notes.constLast();
    QCOMPARE(created.text, QStringLiteral("Check the tenants"));
    QCOMPARE(std::fmod(created.x, TableItem::kGrid), 0.0);
    QCOMPARE(undo->count(), 1);
    NoteItem* noteItem = scene.noteItem(created.id);
    if (!noteItem)
        QFAIL("no item for the new note");
    QVERIFY(noteItem->isSelected());

    // Move it by dragging its middle: 100 right, 50 down (grid multiples).
    const QPointF middle(created.x + created.width / 2, created.y + created.height / 2);
    drag(&view, middle, middle + QPointF(100, 50));
    const document::Note* moved = noteOf(controller, created.id);
    if (!moved)
        QFAIL("note lost");
    QCOMPARE(moved->x, created.x + 100);
    QCOMPARE(moved->y, created.y + 50);
    QCOMPARE(moved->width, created.width);
    QCOMPARE(undo->count(), 2);
    QCOMPARE(undo->text(1), QStringLiteral("Move Note"));

    // Resize it with the grip of the selected note: 80 wider, 40 taller.
    QVERIFY(noteItem->isSelected());
    const QPointF grip(moved->x + moved->width - 4, moved->y + moved->height - 4);
    drag(&view, grip, grip + QPointF(80, 40));
    const document::Note* resized = noteOf(controller, created.id);
    if (!resized)
        QFAIL("note lost");
    QCOMPARE(resized->x, created.x + 100); // the corner moved, not the note
    QCOMPARE(resized->width, created.width + 80);
    QCOMPARE(resized->height, created.height + 40);
    QCOMPARE(undo->count(), 3);

    // Double-click edits the text (the dialog is asked with the current text).
    answer = QStringLiteral("Check the tenants\nand their plans");
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, Qt::NoModifier,
                       view.mapFromScene(QPointF(resized->x + 30, resized->y + 30)));
    QCOMPARE(asked.constLast(), QStringLiteral("Note: Check the tenants"));
    QCOMPARE(noteOf(controller, created.id)->text, answer);
    QCOMPARE(controller.document().model.tables.size(),
             testing::sampleDocument().model.tables.size()); // no table
    QCOMPARE(undo->count(), 4);

    // A subject area around two tables, members in model order whatever the selection order.
    const core::Id users = tableId(controller, QStringLiteral("users"));
    const core::Id tenants = tableId(controller, QStringLiteral("tenants"));
    QVERIFY(!users.isNull() && !tenants.isNull());
    scene.clearSelection();
    scene.tableItem(users)->setSelected(true);
    scene.tableItem(tenants)->setSelected(true);
    QVERIFY(notes->newAreaAction()->isEnabled());
    answer = QStringLiteral("Identity");
    notes->newAreaAction()->trigger();
    QCOMPARE(controller.document().layout.subjectAreas.size(), areasBefore + 1);
    const document::SubjectArea area = controller.document().layout.subjectAreas.constLast();
    QCOMPARE(area.name, QStringLiteral("Identity"));
    QCOMPARE(area.memberIds, (QList<core::Id>{tenants, users}));
    QCOMPARE(undo->count(), 5);
    AreaItem* areaItem = scene.areaItem(area.id);
    if (!areaItem)
        QFAIL("no item for the new area");
    const QRectF frame = areaItem->box().rect;
    QVERIFY(frame.contains(scene.tableItem(users)->sceneBoundingRect().center()));

    // Rename with Edit (the area selected: the action renames it); recolour with the
    // colour action. The frame point is where the area can be grabbed below.
    view.centerOn(frame.center());
    answer = QStringLiteral("Identity & tenancy");
    const QPointF onFrame = freeFramePoint(scene, areaItem);
    QVERIFY(!onFrame.isNull());
    scene.clearSelection();
    areaItem->setSelected(true);
    QVERIFY(notes->editAction()->isEnabled());
    notes->editAction()->trigger();
    // Renamed in place: a line editor over the title, holding the current name.
    QLineEdit* nameEditor = notes->areaRenameEditor();
    if (!nameEditor)
        QFAIL("no in-place editor for the area name");
    QCOMPARE(nameEditor->text(), QStringLiteral("Identity"));
    nameEditor->setText(answer);
    QTest::keyClick(nameEditor, Qt::Key_Return);
    QVERIFY(!notes->areaRenameEditor());
    QCOMPARE(areaOf(controller, area.id)->name, answer);
    QCOMPARE(undo->count(), 6);
    scene.clearSelection();
    areaItem->setSelected(true);
    QVERIFY(notes->colorAction()->isEnabled());
    notes->colorAction()->trigger();
    QCOMPARE(areaOf(controller, area.id)->color, QStringLiteral("#aa3377"));
    QCOMPARE(undo->count(), 7);

    // Drag the frame: both tables move by the same grid offset, one command.
    const document::NodeLayout usersBefore = controller.document().layout.nodes.value(users);
    const document::NodeLayout tenantsBefore = controller.document().layout.nodes.value(tenants);
    drag(&view, onFrame, onFrame + QPointF(-800, 60)); // to empty canvas, clear of other items
    QCOMPARE(controller.document().layout.nodes.value(users).x, usersBefore.x - 800);
    QCOMPARE(controller.document().layout.nodes.value(users).y, usersBefore.y + 60);
    QCOMPARE(controller.document().layout.nodes.value(tenants).x, tenantsBefore.x - 800);
    QCOMPARE(controller.document().layout.nodes.value(tenants).y, tenantsBefore.y + 60);
    QCOMPARE(undo->count(), 8);
    QCOMPARE(undo->text(7), QStringLiteral("Move Subject Area"));

    // Resize with the grip to a frame that holds only the upper table (tenants).
    const QRectF movedFrame = areaItem->box().rect;
    const QRectF tenantsBox = scene.tableItem(tenants)->sceneBoundingRect();
    const QRectF usersBox = scene.tableItem(users)->sceneBoundingRect();
    QVERIFY(tenantsBox.center().y() < usersBox.center().y());
    const double cut = (tenantsBox.bottom() + usersBox.top()) / 2;
    QVERIFY(areaItem->isSelected());
    const QPointF grip2 = movedFrame.bottomRight() - QPointF(4, 4);
    view.centerOn(movedFrame.center());
    drag(&view, grip2, QPointF(grip2.x(), cut));
    QCOMPARE(areaOf(controller, area.id)->memberIds, QList<core::Id>{tenants});
    QCOMPARE(undo->count(), 9);
    QVERIFY(areaItem->box().rect.height() < movedFrame.height());

    // Note and area selected together: one Delete, one command; the tables stay.
    scene.clearSelection();
    noteItem->setSelected(true);
    areaItem->setSelected(true);
    view.setFocus();
    QVERIFY(editor.deleteAction()->isEnabled());
    QTest::keyClick(&view, Qt::Key_Delete);
    QVERIFY(!noteOf(controller, created.id));
    QVERIFY(!areaOf(controller, area.id));
    QVERIFY(controller.document().model.table(tenants));
    QVERIFY(!scene.noteItem(created.id));
    QVERIFY(!scene.areaItem(area.id));
    QCOMPARE(undo->count(), 10);

    // Back to the start byte for byte, forward to the end state, which a save and load keep.
    undo->undo();
    QVERIFY(noteOf(controller, created.id));
    QVERIFY(areaOf(controller, area.id));
    undo->redo();
    const QByteArray end = document::writeDocument(controller.document());
    const auto reloaded = document::readDocument(end, QStringLiteral("end"));
    QVERIFY(reloaded.ok());
    QCOMPARE(document::writeDocument(reloaded.value()), end);
    while (undo->canUndo())
        undo->undo();
    QCOMPARE(document::writeDocument(controller.document()), start);
    while (undo->canRedo())
        undo->redo();
    QCOMPARE(document::writeDocument(controller.document()), end);
}

// Issue #3: a subject area is renamed where its name is drawn. Double-click on the title
// and F2 on the selected area open a line editor over the title; Return commits one undo
// step, Escape and an unchanged name change nothing; undo/redo are byte-exact.
void TestDiagramAnnotations::renameAreaInPlace()
{
    app::DocumentController controller(nullptr, 13);
    controller.setDocument(testing::sampleDocument());
    // Each rename below is its own step (within the window, renames of one area merge).
    controller.setMergeWindow(std::chrono::milliseconds(0));
    DiagramScene scene(&controller, diagram::DiagramTheme::lightTheme());
    DiagramView view(&scene);
    DiagramEditor editor(&controller, &scene, &view);
    AnnotationEditor* notes = editor.annotations();
    if (!notes)
        QFAIL("no annotation editor");
    view.resize(1400, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setZoom(1.0);
    QUndoStack* undo = controller.undoStack();
    const QByteArray start = document::writeDocument(controller.document());

    const core::Id users = tableId(controller, QStringLiteral("users"));
    const core::Id tenants = tableId(controller, QStringLiteral("tenants"));
    QVERIFY(!users.isNull() && !tenants.isNull());
    const core::Id areaId = notes->addAreaFromTables({tenants, users}, QStringLiteral("Identity"));
    QVERIFY(!areaId.isNull());
    QCOMPARE(undo->count(), 1);
    AreaItem* item = scene.areaItem(areaId);
    if (!item)
        QFAIL("no item for the new area");
    view.centerOn(item->box().rect.center());
    view.setFocus();

    // Double-click on the title: the editor sits over the title with the name selected.
    const QPointF title = freeTitlePoint(scene, item);
    QVERIFY(!title.isNull());
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, Qt::NoModifier, view.mapFromScene(title));
    QLineEdit* nameEditor = notes->areaRenameEditor();
    if (!nameEditor)
        QFAIL("double-click on the title opened no editor");
    QCOMPARE(nameEditor->text(), QStringLiteral("Identity"));
    QCOMPARE(nameEditor->selectedText(), QStringLiteral("Identity"));
    const QRectF frame = item->box().rect;
    const QRect titleStrip =
        view.mapFromScene(QRectF(frame.left(), frame.top(), frame.width(), AreaItem::kTitleHeight))
            .boundingRect();
    QVERIFY(titleStrip.contains(nameEditor->geometry().topLeft()));
    QVERIFY(nameEditor->hasFocus());
    QCOMPARE(controller.document().model.tables.size(),
             testing::sampleDocument().model.tables.size()); // the double-click made no table
    // Escape cancels.
    QTest::keyClicks(nameEditor, QStringLiteral("Nope"));
    QTest::keyClick(nameEditor, Qt::Key_Escape);
    QVERIFY(!notes->areaRenameEditor());
    QCOMPARE(areaOf(controller, areaId)->name, QStringLiteral("Identity"));
    QCOMPARE(undo->count(), 1);

    // Again, typed and committed with Return: one command.
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, Qt::NoModifier, view.mapFromScene(title));
    nameEditor = notes->areaRenameEditor();
    if (!nameEditor)
        QFAIL("no editor on the second double-click");
    QTest::keyClicks(nameEditor, QStringLiteral("Identity & access"));
    QTest::keyClick(nameEditor, Qt::Key_Return);
    QVERIFY(!notes->areaRenameEditor());
    QCOMPARE(areaOf(controller, areaId)->name, QStringLiteral("Identity & access"));
    QCOMPARE(undo->count(), 2);
    QCOMPARE(item->box().name, QStringLiteral("Identity & access")); // the item follows

    // F2 with the area selected (and no table): the same editor; an unchanged name and an
    // empty one push nothing.
    scene.clearSelection();
    item->setSelected(true);
    QVERIFY(editor.renameAction()->isEnabled());
    QCOMPARE(editor.renameAction()->text(), DiagramEditor::tr("Re&name Subject Area"));
    view.setFocus();
    QTest::keyClick(view.viewport(), Qt::Key_F2);
    nameEditor = notes->areaRenameEditor();
    if (!nameEditor)
        QFAIL("F2 opened no editor");
    QTest::keyClick(nameEditor, Qt::Key_Return);
    QCOMPARE(undo->count(), 2);
    QTest::keyClick(view.viewport(), Qt::Key_F2);
    nameEditor = notes->areaRenameEditor();
    if (!nameEditor)
        QFAIL("F2 opened no editor the second time");
    nameEditor->clear();
    QTest::keyClick(nameEditor, Qt::Key_Return);
    QCOMPARE(undo->count(), 2);
    QCOMPARE(areaOf(controller, areaId)->name, QStringLiteral("Identity & access"));
    QTest::keyClick(view.viewport(), Qt::Key_F2);
    nameEditor = notes->areaRenameEditor();
    if (!nameEditor)
        QFAIL("F2 opened no editor the third time");
    nameEditor->setText(QStringLiteral("People"));
    QTest::keyClick(nameEditor, Qt::Key_Return);
    QCOMPARE(areaOf(controller, areaId)->name, QStringLiteral("People"));
    QCOMPARE(undo->count(), 3);
    QCOMPARE(undo->text(2), undo->text(1)); // both are the area rename command

    // A table selected too: F2 renames the table, not the area.
    scene.tableItem(users)->setSelected(true);
    QCOMPARE(editor.renameAction()->text(), DiagramEditor::tr("Re&name Table"));
    editor.renameAction()->trigger();
    QVERIFY(!notes->areaRenameEditor());
    if (!editor.renameEditor())
        QFAIL("F2 with a table selected opened no table name editor");
    QTest::keyClick(editor.renameEditor(), Qt::Key_Escape);
    QCOMPARE(undo->count(), 3);

    const QByteArray end = document::writeDocument(controller.document());
    while (undo->canUndo())
        undo->undo();
    QCOMPARE(document::writeDocument(controller.document()), start);
    while (undo->canRedo())
        undo->redo();
    QCOMPARE(document::writeDocument(controller.document()), end);
}

void TestDiagramAnnotations::refusesBadInput()
{
    app::DocumentController controller(nullptr, 12);
    controller.setDocument(testing::sampleDocument());
    DiagramScene scene(&controller, diagram::DiagramTheme::lightTheme());
    DiagramView view(&scene);
    DiagramEditor editor(&controller, &scene, &view);
    AnnotationEditor* notes = editor.annotations();
    if (!notes)
        QFAIL("no annotation editor");
    QStringList messages;
    connect(notes, &AnnotationEditor::message, this, [&](const QString& m) { messages << m; });
    const QByteArray start = document::writeDocument(controller.document());
    // No tables selected: no area, and the user is told why.
    scene.clearSelection();
    QVERIFY(!notes->newAreaAction()->isEnabled());
    QVERIFY(notes->addAreaFromTables({}, QStringLiteral("Empty")).isNull());
    QCOMPARE(messages.size(), 1);
    // Unknown ids change nothing.
    QVERIFY(!notes->editNoteText(core::Id(QStringLiteral("note_nope")), QStringLiteral("x")));
    QVERIFY(!notes->renameArea(core::Id(QStringLiteral("area_nope")), QStringLiteral("x")));
    QVERIFY(notes->addAreaFromTables({core::Id(QStringLiteral("tbl_nope"))}, QStringLiteral("x"))
                .isNull());
    QCOMPARE(messages.size(), 4);
    // Cancelling the text dialog of New Note adds nothing.
    notes->setAskText([](const QString&, const QString&, const QString&, bool) {
        return std::optional<QString>();
    });
    notes->newNoteAction()->trigger();
    QCOMPARE(document::writeDocument(controller.document()), start);
    QCOMPARE(controller.undoStack()->count(), 0);
}

QTEST_MAIN(TestDiagramAnnotations)
#include "tst_diagramannotations.moc"
