#include "app/documentcontroller.h"
#include "document/documentformat.h"
#include "model/tableedits.h"
#include "testdocument.h"
#include "widgets/diagram/diagramscene.h"
#include "widgets/mainwindow.h"
#include "widgets/tableeditor/celldelegate.h"
#include "widgets/tableeditor/checkstablemodel.h"
#include "widgets/tableeditor/columnstablemodel.h"
#include "widgets/tableeditor/foreignkeystablemodel.h"
#include "widgets/tableeditor/indexestablemodel.h"
#include "widgets/tableeditor/memberstab.h"
#include "widgets/tableeditor/tableeditordock.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace schemata;
using namespace Qt::StringLiterals;
using widgets::ColumnsTableModel;
using widgets::TableEditorDock;

namespace {

const model::Table* orders(const app::DocumentController& controller)
{
    for (const auto& t : controller.document().model.tables) {
        if (t.name == u"orders"_s)
            return &t;
    }
    return nullptr;
}

// Commits `text` into a cell through the view's own delegate, as typing would.
void commitThroughDelegate(QTableView* view, const QModelIndex& index, const QString& text)
{
    QStyleOptionViewItem option;
    auto* delegate = view->itemDelegateForIndex(index);
    QWidget* editor = delegate->createEditor(view->viewport(), option, index);
    QVERIFY(editor);
    delegate->setEditorData(editor, index);
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        if (combo->isEditable())
            combo->setEditText(text);
        else
            combo->setCurrentIndex(combo->findText(text));
        QCOMPARE(combo->currentText(), text);
    } else {
        auto* line = qobject_cast<QLineEdit*>(editor);
        QVERIFY(line);
        line->setText(text);
    }
    delegate->setModelData(editor, view->model(), index);
    delete editor;
}

} // namespace

class TestTableEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editUndoRedo()
    {
        app::DocumentController controller(nullptr, 7);
        controller.setDocument(testing::sampleDocument());
        const model::Table* table = orders(controller);
        QVERIFY(table);
        const core::Id tableId = table->id;
        const QByteArray start = document::writeDocument(controller.document());

        TableEditorDock dock(&controller);
        QStringList confirmations;
        dock.setConfirm([&](const QString&, const QString& text) {
            confirmations << text;
            return true;
        });
        dock.setObject(tableId);
        QCOMPARE(dock.tableId(), tableId);
        ColumnsTableModel* columns = dock.columnsModel();
        QTableView* grid = dock.tab(TableEditorDock::ColumnsTab)->view();
        const int before = columns->rowCount();
        QCOMPARE(before, int(table->columns.size()));

        // Add a column and fill every cell of its row.
        dock.tab(TableEditorDock::ColumnsTab)->addRow();
        QCOMPARE(columns->rowCount(), before + 1);
        const int row = before;
        const core::Id columnId = columns->idAt(row);
        QCOMPARE(grid->currentIndex().row(), row); // the new row is current, ready for typing
        commitThroughDelegate(grid, columns->index(row, ColumnsTableModel::Name),
                              u"warehouse_id"_s);

        // The type editor is a combo that only accepts parseable types.
        const QModelIndex typeCell = columns->index(row, ColumnsTableModel::Type);
        QWidget* editor =
            grid->itemDelegateForIndex(typeCell)->createEditor(grid->viewport(), {}, typeCell);
        auto* combo = qobject_cast<QComboBox*>(editor);
        QVERIFY(combo && combo->isEditable() && combo->validator());
        QString half = u"varchar("_s;
        int pos = 0;
        QCOMPARE(combo->validator()->validate(half, pos), QValidator::Intermediate);
        delete editor;
        QVERIFY(!columns->setData(typeCell, u"integr"_s));
        QVERIFY(!dock.tab(TableEditorDock::ColumnsTab)->messageLabel()->isHidden());
        commitThroughDelegate(grid, typeCell, u"bigint"_s);

        QVERIFY(columns->setData(columns->index(row, ColumnsTableModel::Null), Qt::Unchecked,
                                 Qt::CheckStateRole));
        commitThroughDelegate(grid, columns->index(row, ColumnsTableModel::Default), u"0"_s);
        QVERIFY(columns->setData(columns->index(row, ColumnsTableModel::PrimaryKey), Qt::Checked,
                                 Qt::CheckStateRole));
        QVERIFY(orders(controller)->isPrimaryKeyColumn(columnId));
        QVERIFY(columns->setData(columns->index(row, ColumnsTableModel::PrimaryKey), Qt::Unchecked,
                                 Qt::CheckStateRole));
        QVERIFY(columns->setData(columns->index(row, ColumnsTableModel::Unique), Qt::Checked,
                                 Qt::CheckStateRole));
        commitThroughDelegate(grid, columns->index(row, ColumnsTableModel::Comment),
                              u"Fulfilled from"_s);
        commitThroughDelegate(grid, columns->index(row, ColumnsTableModel::Pii), u"location"_s);

        const model::Column* column = orders(controller)->column(columnId);
        QVERIFY(column);
        QCOMPARE(column->name, u"warehouse_id"_s);
        QCOMPARE(column->type.kind, model::LogicalType::Kind::BigInt);
        QVERIFY(!column->nullable);
        QCOMPARE(column->defaultValue,
                 (model::ColumnDefault{model::ColumnDefault::Kind::Literal, u"0"_s}));
        QVERIFY(!orders(controller)->isPrimaryKeyColumn(columnId));
        QVERIFY(model::isColumnUnique(*orders(controller), columnId));
        QCOMPARE(column->comment, u"Fulfilled from"_s);
        QCOMPARE(column->pii, model::PiiCategory::Location);
        QCOMPARE(columns->index(row, ColumnsTableModel::Unique).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));

        // An index on the current column, a check and a foreign key, all through the tabs.
        grid->setCurrentIndex(columns->index(row, ColumnsTableModel::Name));
        const int indexesBefore = int(orders(controller)->indexes.size());
        dock.tab(TableEditorDock::IndexesTab)->addRow();
        QCOMPARE(orders(controller)->indexes.size(), indexesBefore + 1);
        const model::Index& index = orders(controller)->indexes.last();
        QCOMPARE(index.name, u"orders_warehouse_id_idx"_s);
        QCOMPARE(index.keys.first().columnId, columnId);
        auto* indexes = dock.indexesModel();
        QVERIFY(indexes->setData(indexes->index(indexesBefore, widgets::IndexesTableModel::Columns),
                                 u"warehouse_id desc, id"_s));
        QCOMPARE(orders(controller)->indexes.last().keys.size(), 2);
        QCOMPARE(orders(controller)->indexes.last().keys.first().sort, model::IndexKey::Sort::Desc);
        QVERIFY(!indexes->setData(
            indexes->index(indexesBefore, widgets::IndexesTableModel::Columns), u"nope"_s));

        const int checksBefore = int(orders(controller)->checks.size());
        dock.tab(TableEditorDock::ChecksTab)->addRow();
        QCOMPARE(orders(controller)->checks.size(), checksBefore + 1);
        QTableView* checksView = dock.tab(TableEditorDock::ChecksTab)->view();
        commitThroughDelegate(
            checksView,
            dock.checksModel()->index(checksBefore, widgets::ChecksTableModel::Expression),
            u"warehouse_id > 0"_s);
        QCOMPARE(orders(controller)->checks.last().expression, u"warehouse_id > 0"_s);

        const int fksBefore = int(orders(controller)->foreignKeys.size());
        dock.tab(TableEditorDock::ForeignKeysTab)->addRow();
        QCOMPARE(orders(controller)->foreignKeys.size(), fksBefore + 1);
        const model::ForeignKey fk = orders(controller)->foreignKeys.last();
        QCOMPARE(fk.columnIds, QList<core::Id>{columnId});
        QCOMPARE(controller.document().model.table(fk.referencedTableId)->name, u"warehouses"_s);
        QTableView* fkView = dock.tab(TableEditorDock::ForeignKeysTab)->view();
        auto* fks = dock.foreignKeysModel();
        commitThroughDelegate(
            fkView, fks->index(fksBefore, widgets::ForeignKeysTableModel::OnDelete), u"set null"_s);
        commitThroughDelegate(
            fkView, fks->index(fksBefore, widgets::ForeignKeysTableModel::OnUpdate), u"cascade"_s);
        QVERIFY(
            fks->setData(fks->index(fksBefore, widgets::ForeignKeysTableModel::InitiallyDeferred),
                         Qt::Checked, Qt::CheckStateRole));
        const model::ForeignKey edited = orders(controller)->foreignKeys.last();
        QCOMPARE(edited.onDelete, model::ReferentialAction::SetNull);
        QCOMPARE(edited.onUpdate, model::ReferentialAction::Cascade);
        QVERIFY(edited.deferrable && edited.initiallyDeferred);
        QVERIFY(
            !fks->setData(fks->index(fksBefore, widgets::ForeignKeysTableModel::ReferencedColumns),
                          u"id, name"_s)); // two columns for one

        const QByteArray end = document::writeDocument(controller.document());
        QVERIFY(end != start);

        QUndoStack* stack = controller.undoStack();
        while (stack->canUndo())
            stack->undo();
        QCOMPARE(document::writeDocument(controller.document()), start);
        QCOMPARE(columns->rowCount(), before);
        while (stack->canRedo())
            stack->redo();
        QCOMPARE(document::writeDocument(controller.document()), end);
        QCOMPARE(columns->rowCount(), before + 1);
        QVERIFY(confirmations.isEmpty());
    }

    void typingMergesIntoOneStep()
    {
        app::DocumentController controller(nullptr, 7);
        controller.setDocument(testing::sampleDocument());
        TableEditorDock dock(&controller);
        dock.setObject(orders(controller)->id);
        ColumnsTableModel* columns = dock.columnsModel();
        const QModelIndex comment = columns->index(1, ColumnsTableModel::Comment);
        const int steps = controller.undoStack()->count();
        for (const QString& text : {u"T"_s, u"Te"_s, u"Ten"_s, u"Tenant"_s})
            QVERIFY(columns->setData(comment, text));
        QCOMPARE(controller.undoStack()->count(), steps + 1);
        QCOMPARE(orders(controller)->columns[1].comment, u"Tenant"_s);
    }

    void keyboardAndCurrentCell()
    {
        app::DocumentController controller(nullptr, 7);
        controller.setDocument(testing::sampleDocument());
        TableEditorDock dock(&controller);
        QStringList confirmations;
        dock.setConfirm([&](const QString&, const QString& text) {
            confirmations << text;
            return true;
        });
        dock.resize(900, 300);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        const core::Id tableId = orders(controller)->id;
        dock.setObject(tableId);
        QTableView* grid = dock.tab(TableEditorDock::ColumnsTab)->view();
        ColumnsTableModel* columns = dock.columnsModel();

        // The current cell survives an edit elsewhere and a row added above it by undo/redo.
        grid->setFocus();
        grid->setCurrentIndex(columns->index(3, ColumnsTableModel::Default));
        const core::Id current = columns->idAt(3);
        QVERIFY(controller.renameTable(tableId, u"orders2"_s));
        QCOMPARE(grid->currentIndex(), columns->index(3, ColumnsTableModel::Default));
        QVERIFY(controller.undoStack()->canUndo());
        controller.undoStack()->undo();

        // Tab moves to the next cell.
        QTest::keyClick(grid, Qt::Key_Tab);
        QCOMPARE(grid->currentIndex(), columns->index(3, ColumnsTableModel::PrimaryKey));

        // Insert adds a row; Ctrl+N too (the window's File → New does not steal it).
        const int rows = columns->rowCount();
        QTest::keyClick(grid, Qt::Key_Insert);
        QCOMPARE(columns->rowCount(), rows + 1);
        QTest::keyClick(grid, Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(columns->rowCount(), rows + 2);
        // Delete removes the current (new, dependency-free) row without asking.
        QCOMPARE(grid->currentIndex().row(), rows + 1);
        QTest::keyClick(grid, Qt::Key_Delete);
        QCOMPARE(columns->rowCount(), rows + 1);
        QVERIFY(confirmations.isEmpty());
        QCOMPARE(columns->rowOf(current), 3);

        // Deleting customer_id lists its foreign key (and index) before it goes.
        const core::Id customerId = orders(controller)->columnByName(u"customer_id")->id;
        const int customerRow = columns->rowOf(customerId);
        QVERIFY(customerRow >= 0);
        QString fkName;
        for (const auto& fk : orders(controller)->foreignKeys) {
            if (fk.columnIds.contains(customerId))
                fkName = fk.name;
        }
        QVERIFY(!fkName.isEmpty());
        grid->setCurrentIndex(columns->index(customerRow, ColumnsTableModel::Name));
        QTest::keyClick(grid, Qt::Key_Delete);
        QCOMPARE(confirmations.size(), 1);
        QVERIFY2(confirmations.first().contains(fkName), qPrintable(confirmations.first()));
        QVERIFY(!orders(controller)->columnByName(u"customer_id"));

        // Alt+Up moves a column, one undo step.
        grid->setCurrentIndex(columns->index(2, ColumnsTableModel::Name));
        const core::Id moved = columns->idAt(2);
        QTest::keyClick(grid, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(columns->rowOf(moved), 1);
        QCOMPARE(grid->currentIndex().row(), 1);
        controller.undoStack()->undo();
        QCOMPARE(columns->rowOf(moved), 2);
    }

    void followsMainWindowSelection()
    {
        app::DocumentController controller(nullptr, 7);
        widgets::MainWindow window(&controller);
        controller.setDocument(testing::sampleDocument());
        TableEditorDock* dock = window.tableEditor();
        QVERIFY(dock);
        QVERIFY(!dock->toggleViewAction()->associatedObjects().isEmpty()); // in the View menu
        const model::Table* table = orders(controller);
        window.selectObject(table->id);
        QCOMPARE(dock->tableId(), table->id);
        // A column picked in the tree opens the columns tab on its row.
        const model::Column& note = *table->columnByName(u"note");
        window.selectObject(note.id);
        QCOMPARE(dock->tableId(), table->id);
        QCOMPARE(dock->tabs()->currentIndex(), int(TableEditorDock::ColumnsTab));
        QCOMPARE(dock->tab(TableEditorDock::ColumnsTab)->view()->currentIndex().row(),
                 dock->columnsModel()->rowOf(note.id));
        // A table picked on the diagram is edited too.
        const model::Table* customers =
            controller.document().model.tableByName(u"public", u"customers");
        QVERIFY(customers);
        window.diagramScene()->selectTable(customers->id);
        QCOMPARE(dock->tableId(), customers->id);
        window.selectObject(table->id);
        // Deleting the table empties the editor.
        QVERIFY(controller.removeTable(table->id));
        QVERIFY(dock->tableId().isNull());
    }
};

QTEST_MAIN(TestTableEditor)
#include "tst_tableeditor.moc"
