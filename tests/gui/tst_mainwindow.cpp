#include "app/documentcontroller.h"
#include "document/documentformat.h"
#include "testdocument.h"
#include "widgets/ddlpreview.h"
#include "widgets/diagram/diagramscene.h"
#include "widgets/documenttreemodel.h"
#include "widgets/mainwindow.h"
#include "widgets/propertypanel.h"
#include "widgets/sqlview.h"
#include "widgets/validationpanel.h"

#include <QAction>
#include <QGraphicsItem>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace schemata;
using widgets::DocumentTreeModel;
using widgets::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void treeShowsTheDocument();
    void editThroughPanelThenUndoAndRedo();
    void previewFollowsDialectSelector();
    void titleAndDirtyFlag();
    void validationActivationSelectsObject();
    void deleteActionRemovesSelection();
    void closeAsksAboutUnsavedChanges();
    void destroyWithTablesSelected();

private:
    template <typename T>
    T* field(const char* name) const
    {
        auto* widget = m_window->propertyPanel()->findChild<T*>(QLatin1String(name));
        Q_ASSERT(widget);
        return widget;
    }
    void typeInto(QLineEdit* edit, const QString& text);

    std::unique_ptr<app::DocumentController> m_controller;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::init()
{
    m_controller = std::make_unique<app::DocumentController>(nullptr, 99);
    m_window = std::make_unique<MainWindow>(m_controller.get());
    m_controller->setDocument(testing::sampleDocument());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->flushPendingUpdates();
}

void TestMainWindow::cleanup()
{
    // Discard changes so closing never prompts.
    m_controller->undoStack()->setClean();
    m_window.reset();
    m_controller.reset();
}

void TestMainWindow::typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void TestMainWindow::treeShowsTheDocument()
{
    const auto& model = m_controller->document().model;
    DocumentTreeModel* tree = m_window->treeModel();
    QCOMPARE(tree->rowCount(), model.schemas.size());
    const QModelIndex firstSchema = tree->index(0, 0);
    QCOMPARE(firstSchema.data().toString(), model.schemas.first().name);
    QVERIFY(m_window->modelTree()->isExpanded(firstSchema));
    const QModelIndex table = tree->indexOfObject(model.tables.first().id);
    QVERIFY(table.isValid());
    QCOMPARE(table.data().toString(), model.tables.first().name);
    QCOMPARE(tree->rowCount(table) >= model.tables.first().columns.size(), true);
    QVERIFY(!table.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(m_window->ddlPreview()->sqlView()->sql().contains(QStringLiteral("CREATE TABLE")));

    // Selecting a column scrolls the preview to its table's CREATE statement.
    const model::Table& last = model.tables.last();
    QVERIFY(!last.columns.isEmpty());
    m_window->selectObject(last.columns.first().id);
    // (the preview scrolls when it is shown: the diagram tab was in front)
    m_window->centralTabs()->setCurrentWidget(m_window->ddlPreview());
    widgets::SqlView* view = m_window->ddlPreview()->sqlView();
    int line = 0;
    int index = 0;
    view->getCursorPosition(&line, &index);
    QVERIFY(line > 0);
    QVERIFY2(view->text(line).contains(QStringLiteral("CREATE TABLE")), qPrintable(view->text(line)));
    QVERIFY2(view->text(line).contains(last.name), qPrintable(view->text(line)));
    QVERIFY(view->firstVisibleLine() > 0);
}

void TestMainWindow::editThroughPanelThenUndoAndRedo()
{
    const QByteArray original = document::writeDocument(m_controller->document());
    const core::Id firstTable = m_controller->document().model.tables.first().id;

    // Add a table and a column through the window's actions.
    m_window->selectObject(firstTable);
    m_window->addTableAction()->trigger();
    const core::Id tableId = m_window->selectedObjectId();
    QVERIFY(m_controller->document().model.table(tableId));
    QCOMPARE(field<QStackedWidget>("pages")->currentWidget()->objectName(), QStringLiteral("tablePage"));
    typeInto(field<QLineEdit>("tableName"), QStringLiteral("shipment"));
    QCOMPARE(m_controller->document().model.table(tableId)->name, QStringLiteral("shipment"));

    QVERIFY(m_window->addColumnAction()->isEnabled());
    m_window->addColumnAction()->trigger();
    const core::Id columnId = m_window->selectedObjectId();
    QVERIFY(m_controller->tableOfColumn(columnId));
    QCOMPARE(field<QStackedWidget>("pages")->currentWidget()->objectName(), QStringLiteral("columnPage"));
    typeInto(field<QLineEdit>("columnName"), QStringLiteral("weight"));
    auto* typeCombo = field<QComboBox>("columnType");
    typeInto(typeCombo->lineEdit(), QStringLiteral("numeric(10,3)"));
    field<QCheckBox>("columnNullable")->click();

    const model::Column* column = m_controller->tableOfColumn(columnId)->column(columnId);
    QCOMPARE(column->name, QStringLiteral("weight"));
    QCOMPARE(column->type.toString(), QStringLiteral("numeric(10,3)"));
    QVERIFY(!column->nullable);
    // Typing is merged per field: add table, name, add column, name, type, nullable.
    QCOMPARE(m_controller->undoStack()->count(), 6);

    // The tree and the preview follow the edits.
    const QModelIndex columnIndex = m_window->treeModel()->indexOfObject(columnId);
    QCOMPARE(columnIndex.data().toString(), QStringLiteral("weight"));
    m_window->flushPendingUpdates();
    QVERIFY(m_window->ddlPreview()->sqlView()->sql().contains(QStringLiteral("shipment")));

    const QByteArray edited = document::writeDocument(m_controller->document());
    while (m_controller->undoStack()->canUndo())
        m_controller->undoStack()->undo();
    QCOMPARE(document::writeDocument(m_controller->document()), original);
    // The panel shows no stale object after its table was undone away.
    QCOMPARE(field<QStackedWidget>("pages")->currentWidget()->objectName(), QStringLiteral("emptyPage"));

    while (m_controller->undoStack()->canRedo())
        m_controller->undoStack()->redo();
    QCOMPARE(document::writeDocument(m_controller->document()), edited);
}

void TestMainWindow::previewFollowsDialectSelector()
{
    widgets::DdlPreview* preview = m_window->ddlPreview();
    QComboBox* selector = preview->dialectSelector();
    QVERIFY(selector->count() >= 4);
    const int postgres = selector->findData(QStringLiteral("postgres"));
    const int sqlite = selector->findData(QStringLiteral("sqlite"));
    QVERIFY(postgres >= 0 && sqlite >= 0);

    selector->setCurrentIndex(postgres);
    const QString postgresSql = preview->sqlView()->sql();
    QCOMPARE(preview->sqlView()->definitionName(), QStringLiteral("SQL (PostgreSQL)"));
    selector->setCurrentIndex(sqlite);
    const QString sqliteSql = preview->sqlView()->sql();
    QVERIFY(!postgresSql.isEmpty());
    QVERIFY(!sqliteSql.isEmpty());
    QVERIFY(postgresSql != sqliteSql);
    QCOMPARE(preview->dialect(), QStringLiteral("sqlite"));

    // Changing the document's target dialect moves the preview along.
    QVERIFY(m_controller->setDialect(QStringLiteral("mysql")).ok());
    QCOMPARE(preview->dialect(), QStringLiteral("sqlite")); // a preview choice stays…
    m_controller->undoStack()->undo();
    m_controller->setDocument(m_controller->document());
    QCOMPARE(preview->dialect(), m_controller->document().dialect); // …until a document is opened

    // Edits regenerate after the debounce.
    const core::Id tableId = m_controller->document().model.tables.first().id;
    QVERIFY(m_controller->renameTable(tableId, QStringLiteral("renamed_for_preview")).ok());
    QVERIFY(preview->isPending());
    QTRY_VERIFY(preview->sqlView()->sql().contains(QStringLiteral("renamed_for_preview")));
}

void TestMainWindow::titleAndDirtyFlag()
{
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Untitled")));
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(m_controller->addTable({}).ok());
    QVERIFY(m_window->isWindowModified());
    m_controller->undoStack()->undo();
    QVERIFY(!m_window->isWindowModified());
}

void TestMainWindow::validationActivationSelectsObject()
{
    // An empty table name is a model error that names the table.
    const core::Id tableId = m_controller->document().model.tables.last().id;
    QVERIFY(m_controller->renameTable(tableId, QString()).ok());
    m_window->flushPendingUpdates();
    QTreeWidget* list = m_window->validationPanel()->list();
    QTreeWidgetItem* hit = nullptr;
    for (int i = 0; i < list->topLevelItemCount() && !hit; ++i) {
        if (list->topLevelItem(i)->data(0, Qt::UserRole + 1).toString() == tableId.toString())
            hit = list->topLevelItem(i);
    }
    QVERIFY2(hit, "no diagnostic points at the table with the empty name");
    QVERIFY(m_window->validationPanel()->summary().contains(QStringLiteral("error")));
    m_window->selectObject(m_controller->document().model.tables.first().id);
    Q_EMIT list->itemActivated(hit, 0);
    QCOMPARE(m_window->selectedObjectId(), tableId);
}

void TestMainWindow::deleteActionRemovesSelection()
{
    // Pick a table that other tables reference, so the cascade prompt must appear.
    const auto& model = m_controller->document().model;
    core::Id tableId;
    for (const auto& t : model.tables) {
        for (const auto& fk : t.foreignKeys) {
            if (fk.referencedTableId != t.id && tableId.isNull())
                tableId = fk.referencedTableId;
        }
    }
    QVERIFY2(!tableId.isNull(), "the sample document has no foreign key");
    const int before = int(model.tables.size());
    const QByteArray original = document::writeDocument(m_controller->document());
    m_window->selectObject(tableId);
    QVERIFY(m_window->deleteAction()->isEnabled());

    // Answer the dependents prompt from inside its event loop, as a person would.
    const auto answer = [](QMessageBox::StandardButton button, QString* text) {
        QTimer::singleShot(0, [button, text] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (box) {
                *text = box->informativeText();
                box->button(button)->click();
            }
        });
    };
    QString listed;
    answer(QMessageBox::Cancel, &listed);
    m_window->deleteAction()->trigger();
    QVERIFY2(listed.contains(QStringLiteral("references")), qPrintable(listed));
    QCOMPARE(document::writeDocument(m_controller->document()), original); // cancelled: untouched

    answer(QMessageBox::Yes, &listed);
    m_window->deleteAction()->trigger();
    QCOMPARE(int(m_controller->document().model.tables.size()), before - 1);
    QVERIFY(!m_window->treeModel()->indexOfObject(tableId).isValid());
    // No foreign key is left dangling: the saved document loads again.
    const QByteArray after = document::writeDocument(m_controller->document());
    const auto reloaded = document::readDocument(after, QStringLiteral("after-delete"));
    QVERIFY2(reloaded.ok(), reloaded.ok() ? "" : qPrintable(reloaded.error().toString()));
    m_controller->undoStack()->undo();
    QVERIFY(m_window->treeModel()->indexOfObject(tableId).isValid());
    QCOMPARE(document::writeDocument(m_controller->document()), original);
}

void TestMainWindow::closeAsksAboutUnsavedChanges()
{
    QVERIFY(m_controller->addTable({}).ok());
    // Answer the prompt from inside its event loop, the way a person would.
    const auto answer = [](QMessageBox::StandardButton button, bool* asked) {
        QTimer::singleShot(0, [button, asked] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            *asked = box != nullptr;
            if (box)
                box->button(button)->click();
        });
    };
    bool asked = false;
    answer(QMessageBox::Cancel, &asked);
    QVERIFY(!m_window->close());
    QVERIFY(asked);
    QVERIFY(m_window->isVisible());
    QVERIFY(m_controller->isDirty());

    asked = false;
    answer(QMessageBox::Discard, &asked);
    QVERIFY(m_window->close());
    QVERIFY(asked);

    // A clean document closes without asking.
    m_controller->undoStack()->setClean();
    m_window->show();
    QVERIFY(m_window->close());
}

void TestMainWindow::destroyWithTablesSelected()
{
    // Regression: deleting a scene with selected items emitted selectionChanged into a
    // main window that was tearing down its children (heap corruption on exit).
    for (QGraphicsItem* item : m_window->diagramScene()->items())
        item->setSelected(item->flags() & QGraphicsItem::ItemIsSelectable);
    QVERIFY(m_window->diagramScene()->selectedItems().size() > 1);
    m_controller->undoStack()->setClean();
    m_window.reset();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
