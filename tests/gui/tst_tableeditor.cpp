#include "app/documentcontroller.h"
#include "document/documentformat.h"
#include "model/tableedits.h"
#include "model/validator.h"
#include "testdocument.h"
#include "widgets/diagram/diagramscene.h"
#include "widgets/diagram/diagramview.h"
#include "widgets/diagram/tableitem.h"
#include "widgets/mainwindow.h"
#include "widgets/tableeditor/celldelegate.h"
#include "widgets/tableeditor/checkstablemodel.h"
#include "widgets/tableeditor/columnstablemodel.h"
#include "widgets/tableeditor/foreignkeystablemodel.h"
#include "widgets/tableeditor/indexestablemodel.h"
#include "widgets/tableeditor/indexkeyseditor.h"
#include "widgets/tableeditor/indexkeystablemodel.h"
#include "widgets/tableeditor/indexkeytext.h"
#include "widgets/tableeditor/memberstab.h"
#include "widgets/tableeditor/tableeditordock.h"
#include "widgets/tableeditor/typesuggestions.h"
#include "widgets/tableeditor/uniquestablemodel.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
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

const model::Index* indexOf(const app::DocumentController& controller, const core::Id& id)
{
    const model::Table* t = orders(controller);
    if (!t)
        return nullptr;
    for (const model::Index& i : t->indexes) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

const model::KeyConstraint* uniqueOf(const app::DocumentController& controller, const core::Id& id)
{
    const model::Table* t = orders(controller);
    if (!t)
        return nullptr;
    for (const model::KeyConstraint& k : t->uniques) {
        if (k.id == id)
            return &k;
    }
    return nullptr;
}

// Undo everything: the saved bytes of the start; redo everything: those of the end.
void undoRedoExact(app::DocumentController& controller, const QByteArray& start)
{
    const QByteArray end = document::writeDocument(controller.document());
    QVERIFY(end != start);
    QUndoStack* stack = controller.undoStack();
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(document::writeDocument(controller.document()), start);
    while (stack->canRedo())
        stack->redo();
    QCOMPARE(document::writeDocument(controller.document()), end);
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
        QVERIFY(!columns->setData(typeCell, u"varchar("_s)); // no type at all: refused
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

    // The type cell: a combo of the dialect's common types, the project's enums and the
    // pinned types in use, completing on any part of a name. Logical types and enums set
    // the type; other type text is pinned for the document's dialect (PostgreSQL here);
    // parameters out of range are stored as typed and reported by the model validator.
    void typeCell()
    {
        app::DocumentController controller(nullptr, 7);
        controller.setDocument(testing::sampleDocument());
        QCOMPARE(controller.document().dialect, u"postgres"_s);
        // Each commit below is its own step (within the window, edits of one cell merge).
        controller.setMergeWindow(std::chrono::milliseconds(0));
        const QByteArray start = document::writeDocument(controller.document());
        TableEditorDock dock(&controller);
        dock.setObject(orders(controller)->id);
        ColumnsTableModel* columns = dock.columnsModel();
        QTableView* grid = dock.tab(TableEditorDock::ColumnsTab)->view();
        const core::Id noteId = orders(controller)->columnByName(u"note")->id;
        const int row = columns->rowOf(noteId);
        const QModelIndex cell = columns->index(row, ColumnsTableModel::Type);
        QCOMPARE(cell.data().toString(), u"text"_s);

        QWidget* editor =
            grid->itemDelegateForIndex(cell)->createEditor(grid->viewport(), {}, cell);
        auto* combo = qobject_cast<QComboBox*>(editor);
        if (!combo)
            QFAIL("the type cell has no combo editor");
        for (const QString& expected :
             {u"varchar(255)"_s, u"numeric(10,2)"_s, u"timestamptz"_s, u"enum order_status"_s,
              u"enum invoice_status"_s, u"citext"_s, u"inet"_s})
            QVERIFY2(combo->findText(expected) >= 0, qPrintable(expected));
        QCOMPARE(combo->findText(u"tinyint(1)"_s), -1); // MySQL's, not offered on PostgreSQL
        QCOMPARE(combo->itemData(combo->findText(u"citext"_s), Qt::ToolTipRole).toString(),
                 u"PostgreSQL type: pinned for PostgreSQL, other dialects keep the logical type"_s);
        QCompleter* completer = combo->completer();
        if (!completer)
            QFAIL("no completer");
        QCOMPARE(completer->filterMode(), Qt::MatchContains);
        completer->setCompletionPrefix(u"char"_s);
        QStringList completions;
        for (int i = 0; completer->setCurrentRow(i); ++i)
            completions << completer->currentCompletion();
        QCOMPARE(completions, (QStringList{u"varchar(255)"_s, u"char(2)"_s}));
        QString typing = u"numeric(10,"_s;
        int pos = 0;
        QCOMPARE(combo->validator()->validate(typing, pos), QValidator::Intermediate);
        typing = u"citext"_s;
        QCOMPARE(combo->validator()->validate(typing, pos), QValidator::Acceptable);
        delete editor;

        // A dialect type: pinned for postgres only, the logical kind stays.
        commitThroughDelegate(grid, cell, u"citext"_s);
        const model::Column* note = orders(controller)->column(noteId);
        QCOMPARE(note->type.kind, model::LogicalType::Kind::Text);
        QCOMPARE(note->type.overrides, (QMap<QString, QString>{{u"postgres"_s, u"citext"_s}}));
        QCOMPARE(cell.data().toString(), u"citext"_s);
        QVERIFY(cell.data(Qt::FontRole).value<QFont>().italic());
        const int steps = controller.undoStack()->count();

        // Out of range: stored as typed, the override dropped, the validator says why.
        commitThroughDelegate(grid, cell, u"varchar(0)"_s);
        note = orders(controller)->column(noteId);
        QCOMPARE(note->type.kind, model::LogicalType::Kind::Varchar);
        QCOMPARE(note->type.length, 0);
        QVERIFY(note->type.overrides.isEmpty());
        QCOMPARE(controller.undoStack()->count(), steps + 1);
        bool flagged = false;
        for (const model::Diagnostic& d : model::validateModel(controller.document().model))
            flagged = flagged || (d.path.endsWith(u"orders.note"_s) &&
                                  d.message.contains(u"length must be at least 1"_s));
        QVERIFY(flagged);

        // An enum of the project by name; an unknown one is refused and changes nothing.
        commitThroughDelegate(grid, cell, u"enum order_status"_s);
        note = orders(controller)->column(noteId);
        QCOMPARE(note->type.kind, model::LogicalType::Kind::Enum);
        QCOMPARE(note->type.enumId, core::Id(u"enm_order_status"_s));
        const QByteArray beforeBad = document::writeDocument(controller.document());
        QVERIFY(!columns->setData(cell, u"enum nope"_s));
        QVERIFY(!columns->setData(cell, u"int;drop"_s));
        QCOMPARE(document::writeDocument(controller.document()), beforeBad);
        QVERIFY(!dock.tab(TableEditorDock::ColumnsTab)->messageLabel()->isHidden());

        // Pinning over an enum keeps the enum for the other dialects.
        commitThroughDelegate(grid, cell, u"tsvector"_s);
        QCOMPARE(orders(controller)->column(noteId)->type.kind, model::LogicalType::Kind::Enum);
        QCOMPARE(
            widgets::typeEditText(controller.document(), orders(controller)->column(noteId)->type),
            u"tsvector"_s);
        // A pinned type some column uses is offered in every type cell from then on.
        const QModelIndex currencyCell =
            columns->index(columns->rowOf(orders(controller)->columnByName(u"currency")->id),
                           ColumnsTableModel::Type);
        commitThroughDelegate(grid, currencyCell, u"ltree"_s);
        editor = grid->itemDelegateForIndex(cell)->createEditor(grid->viewport(), {}, cell);
        combo = qobject_cast<QComboBox*>(editor);
        if (!combo)
            QFAIL("the type cell has no combo editor");
        QVERIFY(combo->findText(u"ltree"_s) > combo->findText(u"citext"_s));
        QCOMPARE(combo->itemData(combo->findText(u"ltree"_s), Qt::ToolTipRole).toString(),
                 u"PostgreSQL type already used in this project"_s);
        delete editor;
        undoRedoExact(controller, start);
    }

    void typeTextRules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("looksLikeType");
        QTest::newRow("name") << u"citext"_s << true;
        QTest::newRow("params") << u"tinyint(1)"_s << true;
        QTest::newRow("array") << u"text[]"_s << true;
        QTest::newRow("words") << u"int unsigned"_s << true;
        QTest::newRow("quoted") << u"\"My Type\""_s << true;
        QTest::newRow("set") << u"set('a','b')"_s << true;
        QTest::newRow("open") << u"varchar("_s << false;
        QTest::newRow("comma") << u"numeric(10,"_s << false;
        QTest::newRow("digit") << u"9lives"_s << false;
        QTest::newRow("statement") << u"int; drop table x"_s << false;
        QTest::newRow("empty") << u"  "_s << false;
        QTest::newRow("unclosed quote") << u"set('a"_s << false;
    }

    void typeTextRules()
    {
        QFETCH(QString, text);
        QFETCH(bool, looksLikeType);
        QCOMPARE(widgets::looksLikeSqlType(text), looksLikeType);
    }

    // What typing does to a column type, per dialect: logical types and enums replace the
    // kind and drop this dialect's pin (MariaDB also the "mysql" pin it reads), other type
    // text pins it for this dialect only, nothing is rewritten.
    void typeFromText_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind"); // empty: refused
        QTest::addColumn<QString>("overrides");
        // The column starts as text with pins {mysql: longtext, postgres: citext}.
        QTest::newRow("pg logical")
            << u"postgres"_s << u"varchar(80)"_s << u"varchar"_s << u"mysql=longtext"_s;
        QTest::newRow("pg pin") << u"postgres"_s << u"inet"_s << u"text"_s
                                << u"mysql=longtext postgres=inet"_s;
        QTest::newRow("pg enum") << u"postgres"_s << u"enum order_status"_s << u"enum"_s
                                 << u"mysql=longtext"_s;
        QTest::newRow("pg qualified enum") << u"postgres"_s << u"enum billing.invoice_status"_s
                                           << u"enum"_s << u"mysql=longtext"_s;
        QTest::newRow("pg unknown enum")
            << u"postgres"_s << u"enum nope"_s << QString() << QString();
        QTest::newRow("pg out of range kept")
            << u"postgres"_s << u"numeric(2000,3)"_s << u"numeric"_s << u"mysql=longtext"_s;
        QTest::newRow("mysql pin")
            << u"mysql"_s << u"tinyint(1)"_s << u"text"_s << u"mysql=tinyint(1) postgres=citext"_s;
        QTest::newRow("mariadb pin") << u"mariadb"_s << u"mediumtext"_s << u"text"_s
                                     << u"mariadb=mediumtext mysql=longtext postgres=citext"_s;
        QTest::newRow("mariadb logical drops the mysql pin it reads")
            << u"mariadb"_s << u"bigint"_s << u"bigint"_s << u"postgres=citext"_s;
        QTest::newRow("sqlite alias")
            << u"sqlite"_s << u"int4"_s << u"integer"_s << u"mysql=longtext postgres=citext"_s;
        QTest::newRow("no type") << u"postgres"_s << u"numeric(10,"_s << QString() << QString();
        QTest::newRow("empty") << u"postgres"_s << u" "_s << QString() << QString();
    }

    void typeFromText()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, text);
        QFETCH(QString, kind);
        QFETCH(QString, overrides);
        document::Document doc = testing::sampleDocument();
        doc.dialect = dialect;
        model::LogicalType current;
        current.overrides = {{u"mysql"_s, u"longtext"_s}, {u"postgres"_s, u"citext"_s}};
        const auto type = widgets::typeFromText(doc, current, text);
        QCOMPARE(type.ok(), !kind.isEmpty());
        if (!type)
            return;
        QCOMPARE(model::LogicalType::kindName(type.value().kind), kind);
        QStringList pins;
        for (auto it = type.value().overrides.cbegin(); it != type.value().overrides.cend(); ++it)
            pins << it.key() + u'=' + it.value();
        QCOMPARE(pins.join(u' '), overrides);
        if (type.value().kind == model::LogicalType::Kind::Enum)
            QVERIFY(doc.model.enumType(type.value().enumId));
    }

    void indexKeyText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical"); // empty: refused
        QTest::addColumn<int>("expressions");
        QTest::newRow("columns") << u"tenant_id, created_at"_s << u"tenant_id, created_at"_s << 0;
        QTest::newRow("desc") << u"created_at DESC"_s << u"created_at desc"_s << 0;
        QTest::newRow("asc is default") << u"created_at asc"_s << u"created_at"_s << 0;
        QTest::newRow("nulls") << u"coupon_id desc nulls last"_s << u"coupon_id desc nulls last"_s
                               << 0;
        QTest::newRow("nulls then sort")
            << u"coupon_id nulls first desc"_s << u"coupon_id desc nulls first"_s << 0;
        QTest::newRow("parenthesized expression")
            << u"(lower(note)) desc, id"_s << u"(lower(note)) desc, id"_s << 1;
        QTest::newRow("bare expression") << u"lower(note)"_s << u"(lower(note))"_s << 1;
        QTest::newRow("comma inside") << u"(coalesce(coupon_id, 0)), tenant_id"_s
                                      << u"(coalesce(coupon_id, 0)), tenant_id"_s << 1;
        QTest::newRow("quoted comma") << u"(note || ',')"_s << u"(note || ',')"_s << 1;
        QTest::newRow("arithmetic") << u"total_amount * 2"_s << u"(total_amount * 2)"_s << 1;
        QTest::newRow("unknown column") << u"nope"_s << QString() << 0;
        QTest::newRow("twice") << u"id desc asc"_s << QString() << 0;
        QTest::newRow("empty expression") << u"()"_s << QString() << 0;
        QTest::newRow("nothing") << u" , "_s << QString() << 0;
    }

    void indexKeyText()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QFETCH(int, expressions);
        const document::Document doc = testing::sampleDocument();
        const model::Table* t = doc.model.tableByName(u"public", u"orders");
        if (!t)
            QFAIL("no orders table in the sample");
        const auto keys = widgets::indexKeysFromText(*t, text);
        QCOMPARE(keys.ok(), !canonical.isEmpty());
        if (!keys)
            return;
        QCOMPARE(widgets::indexKeysText(*t, keys.value()), canonical);
        QCOMPARE(int(std::count_if(keys.value().cbegin(), keys.value().cend(),
                                   [](const model::IndexKey& k) { return k.columnId.isNull(); })),
                 expressions);
        // The text reads back as the same keys.
        const auto again = widgets::indexKeysFromText(*t, canonical);
        QVERIFY(again.ok());
        QCOMPARE(again.value(), keys.value());
    }

    // Index keys: expression keys added, edited and removed, sort and nulls order, method,
    // partial WHERE and INCLUDE, in the grid and in the keys editor under it; each change
    // one command; undo to the saved bytes, redo to the end.
    void indexKeys()
    {
        app::DocumentController controller(nullptr, 7);
        controller.setDocument(testing::sampleDocument());
        const QByteArray start = document::writeDocument(controller.document());
        TableEditorDock dock(&controller);
        dock.setObject(orders(controller)->id);
        QUndoStack* stack = controller.undoStack();
        widgets::MembersTab* tab = dock.tab(TableEditorDock::IndexesTab);
        widgets::IndexesTableModel* indexes = dock.indexesModel();
        widgets::IndexKeysEditor* keysEditor = dock.indexKeysEditor();
        widgets::IndexKeysTableModel* keys = keysEditor->model();
        QVERIFY(!keysEditor->addExpressionButton()->isEnabled()); // no index current yet

        // A new index becomes current and the keys editor shows it.
        tab->addRow();
        const core::Id indexId = indexes->idAt(indexes->rowCount() - 1);
        QCOMPARE(keys->indexId(), indexId);
        QCOMPARE(keys->rowCount(), 1);
        QVERIFY(keysEditor->addExpressionButton()->isEnabled());
        int steps = stack->count();

        // Add an expression key: a valid expression to start from, one step.
        keysEditor->addExpressionKey();
        QCOMPARE(stack->count(), ++steps);
        QCOMPARE(keys->rowCount(), 2);
        QCOMPARE(indexOf(controller, indexId)->keys[1].expression, u"lower(currency)"_s);
        QCOMPARE(keysEditor->view()->currentIndex(),
                 keys->index(1, widgets::IndexKeysTableModel::Key));

        // Edit it through the view's delegate, then its sort and nulls order.
        QTableView* keysView = keysEditor->view();
        commitThroughDelegate(keysView, keys->index(1, widgets::IndexKeysTableModel::Key),
                              u"(lower(note))"_s);
        QCOMPARE(stack->count(), ++steps);
        commitThroughDelegate(keysView, keys->index(1, widgets::IndexKeysTableModel::Sort),
                              u"desc"_s);
        QCOMPARE(stack->count(), ++steps);
        commitThroughDelegate(keysView, keys->index(1, widgets::IndexKeysTableModel::Nulls),
                              u"nulls last"_s);
        QCOMPARE(stack->count(), ++steps);
        model::IndexKey expected;
        expected.expression = u"lower(note)"_s;
        expected.sort = model::IndexKey::Sort::Desc;
        expected.nulls = model::IndexKey::Nulls::Last;
        QCOMPARE(indexOf(controller, indexId)->keys[1], expected);
        QVERIFY(keys->index(1, widgets::IndexKeysTableModel::Key)
                    .data(Qt::FontRole)
                    .value<QFont>()
                    .italic());
        // The grid shows the same keys as text.
        const int indexRow = indexes->rowOf(indexId);
        QCOMPARE(indexes->index(indexRow, widgets::IndexesTableModel::Columns).data().toString(),
                 u"tenant_id, (lower(note)) desc nulls last"_s);

        // Move the expression first, a column key after it, remove the first column key.
        keysView->setCurrentIndex(keys->index(1, widgets::IndexKeysTableModel::Key));
        keysEditor->moveCurrentKey(-1);
        QCOMPARE(stack->count(), ++steps);
        QCOMPARE(indexOf(controller, indexId)->keys[0], expected);
        QCOMPARE(keysView->currentIndex().row(), 0);
        // The keyboard: Alt+Down and Alt+Up move, Insert adds a column key, Delete removes.
        QTest::keyClick(keysView, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(stack->count(), ++steps);
        QCOMPARE(indexOf(controller, indexId)->keys[1], expected);
        QCOMPARE(keysView->currentIndex().row(), 1);
        QTest::keyClick(keysView, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(stack->count(), ++steps);
        QCOMPARE(indexOf(controller, indexId)->keys[0], expected);
        QTest::keyClick(keysView, Qt::Key_Insert);
        QCOMPARE(stack->count(), ++steps);
        QCOMPARE(indexOf(controller, indexId)->keys.size(), 3);
        QCOMPARE(indexOf(controller, indexId)->keys[2].columnId, orders(controller)->columns[0].id);
        keysView->setCurrentIndex(keys->index(1, widgets::IndexKeysTableModel::Key));
        QTest::keyClick(keysView, Qt::Key_Delete);
        QCOMPARE(stack->count(), ++steps);
        QCOMPARE(indexOf(controller, indexId)->keys.size(), 2);
        // An unknown column or an empty expression is refused with a message.
        QVERIFY(!keys->setData(keys->index(1, widgets::IndexKeysTableModel::Key), u"nope"_s));
        QVERIFY(!keysEditor->messageLabel()->isHidden());
        QCOMPARE(stack->count(), steps);
        // The last key cannot go: an index needs one.
        keysView->setCurrentIndex(keys->index(0, widgets::IndexKeysTableModel::Key));
        keysEditor->removeCurrentKey();
        keysView->setCurrentIndex(keys->index(0, widgets::IndexKeysTableModel::Key));
        QVERIFY(!keysEditor->removeButton()->isEnabled());
        QVERIFY(!keys->removeKey(0));
        QCOMPARE(indexOf(controller, indexId)->keys.size(), 1);
        steps = stack->count();

        // The grid cells: keys as text with an expression, method, WHERE, INCLUDE.
        QTableView* grid = tab->view();
        commitThroughDelegate(grid, indexes->index(indexRow, widgets::IndexesTableModel::Columns),
                              u"tenant_id, (coalesce(coupon_id, 0)) desc nulls first"_s);
        QCOMPARE(stack->count(), ++steps);
        QCOMPARE(keys->rowCount(), 2); // the keys editor follows
        QCOMPARE(keys->index(1, widgets::IndexKeysTableModel::Key).data().toString(),
                 u"(coalesce(coupon_id, 0))"_s);
        QCOMPARE(keys->index(1, widgets::IndexKeysTableModel::Nulls).data().toString(),
                 u"nulls first"_s);
        // A method the dialect list lacks (an extension's) stays offered, so the choice
        // editor opened on it does not change it.
        const QModelIndex methodCell = indexes->index(indexRow, widgets::IndexesTableModel::Method);
        QVERIFY(indexes->setData(methodCell, u"ivfflat"_s));
        QCOMPARE(stack->count(), ++steps);
        QVERIFY(methodCell.data(widgets::MemberTableModel::ChoicesRole)
                    .toStringList()
                    .contains(u"ivfflat"_s));
        QVERIFY(methodCell.data(widgets::MemberTableModel::ChoicesRole)
                    .toStringList()
                    .contains(u"gin"_s));
        commitThroughDelegate(grid, indexes->index(indexRow, widgets::IndexesTableModel::Method),
                              u"btree"_s);
        QCOMPARE(stack->count(), ++steps);
        commitThroughDelegate(grid, indexes->index(indexRow, widgets::IndexesTableModel::Where),
                              u"status <> 'cancelled'"_s);
        QCOMPARE(stack->count(), ++steps);
        commitThroughDelegate(grid, indexes->index(indexRow, widgets::IndexesTableModel::Include),
                              u"total_amount, currency"_s);
        QCOMPARE(stack->count(), ++steps);
        const model::Index* edited = indexOf(controller, indexId);
        QCOMPARE(edited->method, u"btree"_s);
        QCOMPARE(edited->where, u"status <> 'cancelled'"_s);
        QCOMPARE(model::columnNames(*orders(controller), edited->includeColumnIds),
                 u"total_amount, currency"_s);
        QVERIFY(!indexes->setData(indexes->index(indexRow, widgets::IndexesTableModel::Include),
                                  u"nope"_s));
        QCOMPARE(stack->count(), steps);

        undoRedoExact(controller, start);
        QCOMPARE(keys->rowCount(), 2);
    }

    // UNIQUE constraints over several columns in their own tab: add, name, columns in
    // order, remove; each one command; the columns grid's check box shows one-column ones.
    void uniqueConstraints()
    {
        app::DocumentController controller(nullptr, 7);
        controller.setDocument(testing::sampleDocument());
        const QByteArray start = document::writeDocument(controller.document());
        TableEditorDock dock(&controller);
        dock.setObject(orders(controller)->id);
        QUndoStack* stack = controller.undoStack();
        widgets::MembersTab* tab = dock.tab(TableEditorDock::UniquesTab);
        widgets::UniquesTableModel* uniques = dock.uniquesModel();
        const int before = uniques->rowCount();
        QCOMPARE(before, int(orders(controller)->uniques.size()));
        QVERIFY(dock.tabs()->tabText(TableEditorDock::UniquesTab).startsWith(u"Unique ("_s));

        // Added over the column being edited.
        const core::Id currency = orders(controller)->columnByName(u"currency")->id;
        QTableView* columnsGrid = dock.tab(TableEditorDock::ColumnsTab)->view();
        columnsGrid->setCurrentIndex(
            dock.columnsModel()->index(dock.columnsModel()->rowOf(currency), 0));
        int steps = stack->count();
        tab->addRow();
        QCOMPARE(stack->count(), ++steps);
        QCOMPARE(uniques->rowCount(), before + 1);
        const core::Id keyId = uniques->idAt(before);
        QCOMPARE(uniqueOf(controller, keyId)->columnIds, QList<core::Id>{currency});
        QCOMPARE(uniqueOf(controller, keyId)->name, u"orders_currency_key"_s);
        // The columns grid shows it as the column's Unique check box.
        QCOMPARE(dock.columnsModel()
                     ->index(dock.columnsModel()->rowOf(currency), ColumnsTableModel::Unique)
                     .data(Qt::CheckStateRole)
                     .toInt(),
                 int(Qt::Checked));

        // Several columns, in the order typed; then renamed.
        QTableView* grid = tab->view();
        commitThroughDelegate(grid, uniques->index(before, widgets::UniquesTableModel::Columns),
                              u"tenant_id, customer_id, created_at"_s);
        QCOMPARE(stack->count(), ++steps);
        const model::Table* t = orders(controller);
        QCOMPARE(
            uniqueOf(controller, keyId)->columnIds,
            (QList<core::Id>{t->columnByName(u"tenant_id")->id, t->columnByName(u"customer_id")->id,
                             t->columnByName(u"created_at")->id}));
        QCOMPARE(uniques->index(before, widgets::UniquesTableModel::Columns).data().toString(),
                 u"tenant_id, customer_id, created_at"_s);
        QCOMPARE(dock.columnsModel()
                     ->index(dock.columnsModel()->rowOf(currency), ColumnsTableModel::Unique)
                     .data(Qt::CheckStateRole)
                     .toInt(),
                 int(Qt::Unchecked));
        commitThroughDelegate(grid, uniques->index(before, widgets::UniquesTableModel::Name),
                              u"orders_customer_time_key"_s);
        QCOMPARE(stack->count(), ++steps);
        QCOMPARE(uniqueOf(controller, keyId)->name, u"orders_customer_time_key"_s);

        // Refused: an unknown column, a column twice, no column, a name in use.
        const QByteArray valid = document::writeDocument(controller.document());
        for (const QString& bad : {u"tenant_id, nope"_s, u"id, id"_s, u" "_s})
            QVERIFY2(
                !uniques->setData(uniques->index(before, widgets::UniquesTableModel::Columns), bad),
                qPrintable(bad));
        QVERIFY(!uniques->setData(uniques->index(before, widgets::UniquesTableModel::Name),
                                  u"orders"_s));
        QCOMPARE(document::writeDocument(controller.document()), valid);
        QVERIFY(!tab->messageLabel()->isHidden());

        // A second one from the check box shows up in the tab; the tab removes it.
        const core::Id note = t->columnByName(u"note")->id;
        QVERIFY(dock.columnsModel()->setData(
            dock.columnsModel()->index(dock.columnsModel()->rowOf(note), ColumnsTableModel::Unique),
            Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(uniques->rowCount(), before + 2);
        steps = stack->count();
        grid->setCurrentIndex(uniques->index(before + 1, 0));
        tab->removeCurrentRow();
        QCOMPARE(stack->count(), ++steps);
        QCOMPARE(uniques->rowCount(), before + 1);
        QVERIFY(!model::isColumnUnique(*orders(controller), note));

        undoRedoExact(controller, start);
        QCOMPARE(uniques->rowCount(), before + 1);
    }

    // docs/screenshots/table-editor.png: the studio on the sample's orders table with the
    // indexes tab open on an index with an expression key; table-editor-types.png: the
    // type cell's completion list. Written only when SCHEMATA_SCREENSHOTS is set.
    void screenshot()
    {
        if (qEnvironmentVariableIsEmpty("SCHEMATA_SCREENSHOTS"))
            QSKIP("set SCHEMATA_SCREENSHOTS=1 to render docs/screenshots/table-editor*.png");
        app::DocumentController controller(nullptr, 7);
        controller.setDocument(
            testing::sampleDocument(),
            QStringLiteral(SCHEMATA_SOURCE_DIR "/resources/samples/saas-shop.schemata"));
        widgets::MainWindow window(&controller);
        window.resize(1440, 1080);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const model::Table* table = orders(controller);
        window.selectObject(table->id);
        TableEditorDock* dock = window.tableEditor();
        if (!dock)
            QFAIL("no table editor");
        dock->raise();
        // Room for the indexes grid and the keys under it; the whole diagram above.
        window.resizeDocks({dock}, {470}, Qt::Vertical);
        if (auto* split = dock->findChild<QSplitter*>(u"indexesSplitter"_s))
            split->setSizes({190, 170});
        QTest::qWait(50);
        window.diagramView()->setZoom(0.8);
        if (const QGraphicsItem* item = window.diagramScene()->tableItem(table->id))
            window.diagramView()->centerOn(item->sceneBoundingRect().center() + QPointF(260, 40));
        // An index on lower(note) desc, tenant first, partial: what the keys editor is for.
        dock->tabs()->setCurrentIndex(TableEditorDock::IndexesTab);
        widgets::MembersTab* tab = dock->tab(TableEditorDock::IndexesTab);
        tab->addRow();
        const int row = dock->indexesModel()->rowCount() - 1;
        auto* indexes = dock->indexesModel();
        QVERIFY(indexes->setData(indexes->index(row, widgets::IndexesTableModel::Name),
                                 u"orders_note_search_idx"_s));
        QVERIFY(indexes->setData(indexes->index(row, widgets::IndexesTableModel::Columns),
                                 u"tenant_id, (lower(note)) desc nulls last"_s));
        QVERIFY(indexes->setData(indexes->index(row, widgets::IndexesTableModel::Where),
                                 u"note IS NOT NULL"_s));
        tab->view()->setCurrentIndex(indexes->index(row, 0));
        dock->indexKeysEditor()->view()->setCurrentIndex(
            dock->indexKeysEditor()->model()->index(1, widgets::IndexKeysTableModel::Key));
        QTest::qWait(100);
        const QString dir = QStringLiteral(SCHEMATA_SOURCE_DIR "/docs/screenshots/");
        QVERIFY(window.grab().save(dir + u"table-editor.png"_s, "PNG"));

        // The type completion list over the columns grid: typing "int" in a type cell offers
        // logical and PostgreSQL types.
        dock->tabs()->setCurrentIndex(TableEditorDock::ColumnsTab);
        QTableView* grid = dock->tab(TableEditorDock::ColumnsTab)->view();
        const QModelIndex cell = dock->columnsModel()->index(
            dock->columnsModel()->rowOf(table->columnByName(u"currency")->id),
            ColumnsTableModel::Type);
        grid->scrollTo(cell);
        grid->setCurrentIndex(cell);
        grid->setFocus();
        grid->edit(cell);
        QTest::qWait(50);
        auto* combo = grid->viewport()->findChild<QComboBox*>(u"typeEditor"_s);
        if (!combo)
            QFAIL("no type editor open");
        combo->lineEdit()->selectAll();
        QTest::keyClicks(combo->lineEdit(), u"int"_s);
        QTest::qWait(100);
        QAbstractItemView* popup = combo->completer()->popup();
        QVERIFY(popup->isVisible());
        // The popup is a window of its own: paint it where it shows over the main window.
        QPixmap shot = window.grab();
        {
            QPainter painter(&shot);
            // Under the cell editor, as on a screen with room below (the offscreen screen is
            // smaller than the window, so Qt puts the popup above).
            const QPoint at = combo->mapTo(&window, QPoint(0, combo->height()));
            painter.drawPixmap(at, popup->grab());
        }
        QVERIFY(shot.save(dir + u"table-editor-types.png"_s, "PNG"));
    }
};

QTEST_MAIN(TestTableEditor)
#include "tst_tableeditor.moc"
