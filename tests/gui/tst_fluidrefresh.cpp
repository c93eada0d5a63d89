// What the studio does on the GUI thread after an edit (issue #3, "fluid"): a layout-only edit
// touches neither the model tree nor validation; a model edit updates the tree in place
// (expansion and selection stay) and the tree always equals one built from scratch; validation
// runs on a worker and a superseded result is dropped. Expected values are computed here,
// independently: a fresh DocumentTreeModel, model::validateModel + the dialect's validator.
// SCHEMATA_SCREENSHOTS=DIR saves the window after the rename as studio-after-rename.png.
#include "app/documentcontroller.h"
#include "dialect/dialect.h"
#include "model/validator.h"
#include "testdocument.h"
#include "widgets/ddlpreview.h"
#include "widgets/diagram/diagramview.h"
#include "widgets/documenttreemodel.h"
#include "widgets/mainwindow.h"
#include "widgets/propertypanel.h"
#include "widgets/sqlview.h"
#include "widgets/validationpanel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace schemata;
using widgets::DocumentTreeModel;

namespace {

// Every row of the tree, depth first: key, name, detail and tooltip, indented by depth.
QStringList dump(const QAbstractItemModel& tree, const QModelIndex& parent = {}, int depth = 0)
{
    QStringList lines;
    for (int row = 0; row < tree.rowCount(parent); ++row) {
        const QModelIndex name = tree.index(row, DocumentTreeModel::NameColumn, parent);
        const QModelIndex detail = tree.index(row, DocumentTreeModel::DetailColumn, parent);
        lines << QString(depth * 2, QLatin1Char(' ')) +
                     QStringList{name.data(DocumentTreeModel::NodeKeyRole).toString(),
                                 name.data().toString(), detail.data().toString(),
                                 name.data(Qt::ToolTipRole).toString()}
                         .join(QStringLiteral(" | "));
        lines += dump(tree, name, depth + 1);
    }
    return lines;
}

QStringList freshDump(const document::Document& doc)
{
    DocumentTreeModel fresh;
    fresh.setDocument(doc);
    return dump(fresh);
}

model::Diagnostics expectedFindings(const model::Model& m, const QString& dialectName)
{
    model::Diagnostics diagnostics = model::validateModel(m);
    if (const auto d = dialect::createDialect(dialectName))
        diagnostics += d->validate(m);
    return diagnostics;
}

// Counts every signal by which a model tells its views that rows changed.
struct TreeSignals
{
    explicit TreeSignals(QAbstractItemModel* tree)
        : reset(tree, &QAbstractItemModel::modelAboutToBeReset),
          data(tree, &QAbstractItemModel::dataChanged),
          inserted(tree, &QAbstractItemModel::rowsInserted),
          removed(tree, &QAbstractItemModel::rowsRemoved),
          layout(tree, &QAbstractItemModel::layoutChanged)
    {}
    int total() const
    {
        return int(reset.size() + data.size() + inserted.size() + removed.size() + layout.size());
    }
    QSignalSpy reset;
    QSignalSpy data;
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy layout;
};

} // namespace

class TestFluidRefresh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_controller = std::make_unique<app::DocumentController>(nullptr, 99);
        m_window = std::make_unique<widgets::MainWindow>(m_controller.get());
        m_controller->setDocument(testing::sampleDocument());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->flushPendingUpdates();
        // Checks the tree's signals and structure after every change the tests make.
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_window->treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_controller->undoStack()->setClean();
        m_window.reset();
        m_controller.reset();
    }

    void layoutEditTouchesNeitherTreeNorValidation()
    {
        const document::Document& doc = m_controller->document();
        const core::Id tableId = doc.model.tables.first().id;
        QVERIFY(!m_window->validationPanel()->isPending());
        TreeSignals spies(m_window->treeModel());
        const quint64 builds = m_window->treeModel()->buildStats().builds;
        document::NodeLayout node = doc.layout.nodes.value(tableId);
        node.x += 40;
        QVERIFY(m_controller->setNodeLayouts({{tableId, node}}, QStringLiteral("Move")).ok());
        QCOMPARE(spies.total(), 0);
        QCOMPARE(m_window->treeModel()->buildStats().builds, builds); // not even rebuilt
        QVERIFY(!m_window->validationPanel()->isPending());
        // Undo is a layout-only edit too.
        m_controller->undoStack()->undo();
        QCOMPARE(spies.total(), 0);
        QCOMPARE(m_window->treeModel()->buildStats().builds, builds);
        QVERIFY(!m_window->validationPanel()->isPending());
    }

    void renameRebuildsOnlyTheTablesThatShowIt()
    {
        // A table's rows show its own values and its foreign keys' target names: renaming a
        // table rebuilds it and the tables referencing it, and reuses the others.
        const model::Model& m = m_controller->document().model;
        const model::Table* target = nullptr;
        for (const model::Table& table : m.tables) {
            if (!table.foreignKeys.isEmpty() && !target)
                target = m.table(table.foreignKeys.first().referencedTableId);
        }
        if (!target)
            QFAIL("the sample has no foreign key");
        const core::Id targetId = target->id;
        int referencing = 0;
        for (const model::Table& table : m.tables) {
            bool refers = false;
            for (const model::ForeignKey& fk : table.foreignKeys)
                refers = refers || fk.referencedTableId == targetId;
            referencing += refers && table.id != targetId ? 1 : 0;
        }
        const int tables = int(m.tables.size());
        QVERIFY(referencing >= 1);
        const DocumentTreeModel* tree = m_window->treeModel();
        const quint64 builds = tree->buildStats().builds;
        QVERIFY(m_controller->renameTable(targetId, QStringLiteral("renamed_target")).ok());
        QCOMPARE(tree->buildStats().builds, builds + 1);
        QCOMPARE(tree->buildStats().tablesBuilt, 1 + referencing);
        QCOMPARE(tree->buildStats().tablesReused, tables - 1 - referencing);
    }

    void renameKeepsExpansionAndSelection()
    {
        const model::Model& m = m_controller->document().model;
        QVERIFY(m.tables.size() >= 2);
        const model::Table first = m.tables.first();
        const model::Table second = m.tables.at(1);
        if (first.columns.isEmpty())
            QFAIL("the sample's first table has no columns");
        QTreeView* view = m_window->modelTree();
        DocumentTreeModel* tree = m_window->treeModel();
        view->expand(tree->indexOfObject(first.id));
        view->expand(tree->indexOfObject(second.id));
        m_window->selectObject(first.columns.last().id);
        QVERIFY(view->isExpanded(tree->indexOfObject(first.id)));

        TreeSignals spies(tree);
        QVERIFY(m_controller->renameTable(first.id, QStringLiteral("renamed_in_place")).ok());
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(spies.inserted.size() + spies.removed.size() + spies.layout.size(), 0);
        QVERIFY(spies.data.size() >= 1);
        const QModelIndex renamed = tree->indexOfObject(first.id);
        QCOMPARE(renamed.data().toString(), QStringLiteral("renamed_in_place"));
        QVERIFY(view->isExpanded(renamed));
        QVERIFY(view->isExpanded(tree->indexOfObject(second.id)));
        QCOMPARE(m_window->selectedObjectId(), first.columns.last().id);
        QCOMPARE(dump(*tree), freshDump(m_controller->document()));
        if (const QString dir = qEnvironmentVariable("SCHEMATA_SCREENSHOTS"); !dir.isEmpty()) {
            m_window->flushPendingUpdates();
            const QString file = dir + QStringLiteral("/studio-after-rename.png");
            QVERIFY2(m_window->grab().save(file), qPrintable(file));
        }
    }

    void addAndRemoveKeepExpansionAndSelection()
    {
        const model::Model& m = m_controller->document().model;
        QVERIFY(m.tables.size() >= 3);
        const core::Id firstId = m.tables.first().id;
        const model::Table kept = m.tables.at(2);
        if (kept.columns.isEmpty())
            QFAIL("the sample's third table has no columns");
        QTreeView* view = m_window->modelTree();
        DocumentTreeModel* tree = m_window->treeModel();
        view->expand(tree->indexOfObject(kept.id));
        m_window->selectObject(kept.columns.last().id);
        view->scrollTo(tree->indexOfObject(kept.columns.last().id),
                       QAbstractItemView::PositionAtTop);
        const int scroll = view->verticalScrollBar()->value();

        TreeSignals spies(tree);
        QSignalSpy resets(tree, &QAbstractItemModel::modelReset);
        // An added table, a removed one before the expanded table, a column added to it.
        QVERIFY(m_controller->addTable(kept.schemaId, QStringLiteral("added_table")).ok());
        QVERIFY(tree->indexOfObject(m_controller->document().model.tables.last().id).isValid());
        QVERIFY(m_controller->removeTable(firstId).ok());
        QVERIFY(!tree->indexOfObject(firstId).isValid());
        QVERIFY(m_controller->addColumn(kept.id, QStringLiteral("added_column")).ok());
        QCOMPARE(resets.size(), 0);
        QCOMPARE(spies.layout.size(), 3);
        QVERIFY(view->isExpanded(tree->indexOfObject(kept.id)));
        QVERIFY(view->isExpanded(tree->indexOfObject(kept.schemaId)));
        QCOMPARE(m_window->selectedObjectId(), kept.columns.last().id);
        QCOMPARE(view->currentIndex(), tree->indexOfObject(kept.columns.last().id));
        QCOMPARE(view->verticalScrollBar()->value(), scroll);
        QCOMPARE(m_window->propertyPanel()->objectId(), kept.columns.last().id);
        QCOMPARE(dump(*tree), freshDump(m_controller->document()));
        // The selected row goes: nothing is selected, and nothing crashes.
        QVERIFY(m_controller->removeColumn(kept.columns.last().id).ok());
        // (the selection model reports the current row gone, so the panels let go of it)
        QVERIFY(m_window->selectedObjectId().isNull());
        QVERIFY(m_window->propertyPanel()->objectId().isNull());
        QCOMPARE(dump(*tree), freshDump(m_controller->document()));
    }

    void previewRevealsTheSelectionWhenShown()
    {
        // With the diagram in front the preview is hidden: neither a selection nor a
        // regeneration scrolls it (that restyles every line above the selection), showing it
        // does.
        m_window->centralTabs()->setCurrentWidget(m_window->diagramView());
        widgets::DdlPreview* preview = m_window->ddlPreview();
        widgets::SqlView* view = preview->sqlView();
        QVERIFY(!preview->isVisible());
        const model::Model& m = m_controller->document().model;
        const core::Id firstId = m.tables.first().id;
        const model::Table last = m.tables.last();
        view->setFirstVisibleLine(0);
        m_window->selectObject(last.id);
        QCOMPARE(view->firstVisibleLine(), 0);
        // Five more lines above the selected table's statement.
        for (int i = 0; i < 5; ++i)
            QVERIFY(m_controller->addColumn(firstId, QStringLiteral("grow_%1").arg(i)).ok());
        m_window->flushPendingUpdates();
        const QStringList lines = view->sql().split(QLatin1Char('\n'));
        const QRegularExpression create(
            QStringLiteral("CREATE TABLE .*\\b%1\\b").arg(QRegularExpression::escape(last.name)));
        int line = -1;
        for (int i = 0; i < lines.size() && line < 0; ++i)
            line = create.match(lines[i]).hasMatch() ? i : -1;
        QVERIFY2(line > 0, qPrintable(last.name));
        QCOMPARE(view->firstVisibleLine(), 0); // not scrolled while hidden
        m_window->centralTabs()->setCurrentWidget(preview);
        QVERIFY(preview->isVisible());
        QCOMPARE(view->firstVisibleLine(), line - 1); // one line of context above it
        int cursorLine = 0;
        int index = 0;
        view->getCursorPosition(&cursorLine, &index);
        QCOMPARE(cursorLine, line);
    }

    void treeEqualsAFreshBuild_data()
    {
        // Edits whose rows depend on other objects: a foreign key shows its target's name, a
        // column its enum's and the dialect's type text; and structural edits.
        QTest::addColumn<QString>("edit");
        QTest::newRow("rename a referenced table") << QStringLiteral("renameTarget");
        QTest::newRow("rename a column") << QStringLiteral("renameColumn");
        QTest::newRow("rename an enum") << QStringLiteral("renameEnum");
        QTest::newRow("switch the dialect") << QStringLiteral("dialect");
        QTest::newRow("add a table") << QStringLiteral("addTable");
        QTest::newRow("remove a referenced table") << QStringLiteral("removeTarget");
        QTest::newRow("rename the schema") << QStringLiteral("renameSchema");
    }

    void treeEqualsAFreshBuild()
    {
        QFETCH(QString, edit);
        const document::Document before = m_controller->document();
        const model::Model& m = before.model;
        const model::Table* referencing = nullptr;
        for (const model::Table& table : m.tables) {
            if (!table.foreignKeys.isEmpty() && !referencing)
                referencing = &table;
        }
        if (!referencing)
            QFAIL("the sample has no foreign key");
        const core::Id targetId = referencing->foreignKeys.first().referencedTableId;
        const core::Id fkId = referencing->foreignKeys.first().id;
        DocumentTreeModel* tree = m_window->treeModel();

        if (edit == u"renameTarget") {
            QVERIFY(m_controller->renameTable(targetId, QStringLiteral("target_renamed")).ok());
            // The foreign key row of another table names the new target.
            QVERIFY2(tree->indexOfObject(fkId)
                         .siblingAtColumn(DocumentTreeModel::DetailColumn)
                         .data()
                         .toString()
                         .contains(QStringLiteral("target_renamed")),
                     qPrintable(dump(*tree).join(QLatin1Char('\n'))));
        } else if (edit == u"renameColumn") {
            QVERIFY(m_controller
                        ->renameColumn(m.tables.last().columns.first().id,
                                       QStringLiteral("column_renamed"))
                        .ok());
        } else if (edit == u"renameEnum") {
            if (m.enums.isEmpty())
                QFAIL("the sample has no enum");
            const core::Id enumId = m.enums.first().id;
            QVERIFY(m_controller
                        ->applyEdit(QStringLiteral("Rename enum"), enumId, {},
                                    [&](document::Document& doc) {
                                        doc.model.enums.first().name =
                                            QStringLiteral("renamed_enum");
                                        return core::Status{};
                                    })
                        .ok());
            QVERIFY(
                dump(*tree).join(QLatin1Char('\n')).contains(QStringLiteral("enum renamed_enum")));
        } else if (edit == u"dialect") {
            QVERIFY(m_controller
                        ->setDialect(before.dialect == u"mysql" ? QStringLiteral("postgres")
                                                                : QStringLiteral("mysql"))
                        .ok());
        } else if (edit == u"addTable") {
            QVERIFY(m_controller->addTable(m.schemas.first().id, QStringLiteral("added")).ok());
        } else if (edit == u"removeTarget") {
            QVERIFY(m_controller->removeTable(targetId).ok());
            QVERIFY(!tree->indexOfObject(targetId).isValid());
        } else if (edit == u"renameSchema") {
            QVERIFY(
                m_controller->renameSchema(m.schemas.first().id, QStringLiteral("renamed_schema"))
                    .ok());
        }
        QVERIFY(m_controller->document().model != before.model ||
                m_controller->document().dialect != before.dialect);
        QCOMPARE(dump(*tree), freshDump(m_controller->document()));
        // And back: undo restores the rows of the document before.
        m_controller->undoStack()->undo();
        QCOMPARE(dump(*tree), freshDump(before));
    }

    void validationRunsOnTheWorker()
    {
        widgets::ValidationPanel* panel = m_window->validationPanel();
        const core::Id tableId = m_controller->document().model.tables.first().id;
        const QString other = m_controller->document().model.tables.at(1).name;
        // A duplicate table name: a finding the worker must report.
        QVERIFY(m_controller->renameTable(tableId, other).ok());
        QVERIFY(panel->isPending());
        QTRY_VERIFY(!panel->isPending());
        const document::Document& doc = m_controller->document();
        const model::Diagnostics expected = expectedFindings(doc.model, doc.dialect);
        QVERIFY(model::hasErrors(expected));
        QCOMPARE(panel->diagnostics(), expected);
    }

    void supersededValidationIsDropped()
    {
        const document::Document doc = m_controller->document();
        document::Document broken = doc;
        broken.model.tables.first().name = broken.model.tables.at(1).name;
        const model::Diagnostics clean = expectedFindings(doc.model, doc.dialect);
        const model::Diagnostics withError = expectedFindings(broken.model, doc.dialect);
        QVERIFY(clean != withError);

        widgets::ValidationPanel panel;
        // The worker path alone shows its result.
        panel.setModel(broken.model, doc.dialect);
        panel.validateSoon();
        QTRY_VERIFY(!panel.isPending());
        QCOMPARE(panel.diagnostics(), withError);

        // A validation in flight, then a newer model validated synchronously: the worker's
        // result reaches the event loop after it and must not replace it.
        panel.setModel(doc.model, doc.dialect);
        panel.validateNow();
        panel.setModel(broken.model, doc.dialect);
        panel.validateSoon(); // its result cannot arrive before the event loop runs
        panel.setModel(doc.model, doc.dialect);
        panel.validateNow();
        QCOMPARE(panel.diagnostics(), clean);
        panel.waitForWorker();
        QSignalSpy validated(&panel, &widgets::ValidationPanel::validated);
        QCoreApplication::processEvents(); // delivers the superseded result
        QCOMPARE(panel.diagnostics(), clean);
        QCOMPARE(validated.size(), 0);
        QVERIFY(!panel.isPending());
    }

private:
    std::unique_ptr<app::DocumentController> m_controller;
    std::unique_ptr<widgets::MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestFluidRefresh)
#include "tst_fluidrefresh.moc"
