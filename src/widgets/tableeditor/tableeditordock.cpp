#include "widgets/tableeditor/tableeditordock.h"

#include "app/documentcontroller.h"
#include "model/tableedits.h"
#include "widgets/tableeditor/checkstablemodel.h"
#include "widgets/tableeditor/columnstablemodel.h"
#include "widgets/tableeditor/foreignkeystablemodel.h"
#include "widgets/tableeditor/indexestablemodel.h"
#include "widgets/tableeditor/indexkeyseditor.h"
#include "widgets/tableeditor/memberstab.h"
#include "widgets/tableeditor/uniquestablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace schemata::widgets {

TableEditorDock::TableEditorDock(app::DocumentController* controller, QWidget* parent)
    : QDockWidget(tr("Table Editor"), parent), m_controller(controller),
      m_stack(new QStackedWidget(this)), m_placeholder(new QLabel(m_stack)), m_heading(new QLabel),
      m_tabs(new QTabWidget), m_columns(new ColumnsTableModel(controller)),
      m_indexes(new IndexesTableModel(controller)), m_indexKeys(new IndexKeysEditor(controller)),
      m_uniques(new UniquesTableModel(controller)), m_checks(new ChecksTableModel(controller)),
      m_foreignKeys(new ForeignKeysTableModel(controller))
{
    setObjectName(QStringLiteral("tableEditorDock"));
    m_placeholder->setText(
        tr("Select a table in the model tree or on the diagram to edit it here."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);

    m_tabList = {new MembersTab(m_columns, tr("Add Column"), tr("Delete Column")),
                 new MembersTab(m_indexes, tr("Add Index"), tr("Delete Index")),
                 new MembersTab(m_uniques, tr("Add Unique"), tr("Delete Unique")),
                 new MembersTab(m_checks, tr("Add Check"), tr("Delete Check")),
                 new MembersTab(m_foreignKeys, tr("Add Foreign Key"), tr("Delete Foreign Key"))};
    for (MembersTab* t : std::as_const(m_tabList)) {
        if (t != m_tabList[IndexesTab]) {
            m_tabs->addTab(t, QString());
            continue;
        }
        // The indexes grid over the keys of its current index.
        auto* split = new QSplitter(Qt::Vertical);
        split->setObjectName(QStringLiteral("indexesSplitter"));
        split->addWidget(t);
        split->addWidget(m_indexKeys);
        split->setStretchFactor(0, 3);
        split->setStretchFactor(1, 2);
        split->setChildrenCollapsible(false);
        m_tabs->addTab(split, QString());
    }
    m_tabs->setDocumentMode(true);

    QTableView* grid = m_tabList[ColumnsTab]->view();
    grid->setColumnWidth(ColumnsTableModel::Name, 160);
    grid->setColumnWidth(ColumnsTableModel::Type, 130);
    grid->setColumnWidth(ColumnsTableModel::Null, 44);
    grid->setColumnWidth(ColumnsTableModel::Default, 150);
    grid->setColumnWidth(ColumnsTableModel::PrimaryKey, 40);
    grid->setColumnWidth(ColumnsTableModel::Unique, 56);
    grid->setColumnWidth(ColumnsTableModel::Pii, 110);
    // The comment takes what is left; the PII choice stays compact at the end.
    grid->horizontalHeader()->setStretchLastSection(false);
    grid->horizontalHeader()->setSectionResizeMode(ColumnsTableModel::Comment,
                                                   QHeaderView::Stretch);
    m_tabList[IndexesTab]->view()->setColumnWidth(IndexesTableModel::Name, 220);
    m_tabList[IndexesTab]->view()->setColumnWidth(IndexesTableModel::Columns, 300);
    m_tabList[IndexesTab]->view()->setColumnWidth(IndexesTableModel::Unique, 56);
    m_tabList[IndexesTab]->view()->setColumnWidth(IndexesTableModel::Method, 80);
    m_tabList[IndexesTab]->view()->setColumnWidth(IndexesTableModel::Where, 200);
    m_tabList[UniquesTab]->view()->setColumnWidth(UniquesTableModel::Name, 220);
    m_tabList[ChecksTab]->view()->setColumnWidth(ChecksTableModel::Name, 220);
    m_tabList[ForeignKeysTab]->view()->setColumnWidth(ForeignKeysTableModel::Name, 200);
    m_tabList[ForeignKeysTab]->view()->setColumnWidth(ForeignKeysTableModel::ReferencedColumns,
                                                      140);

    auto* page = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 4, 6, 0);
    layout->setSpacing(2);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);
    layout->addWidget(m_tabs, 1);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(page);
    setWidget(m_stack);

    // New indexes start on the column being edited.
    connect(m_tabList[ColumnsTab], &MembersTab::currentMemberChanged, this,
            [this](const core::Id& id) {
                m_indexes->setPreferredColumn(id);
                m_uniques->setPreferredColumn(id);
            });
    // The keys editor shows the current index (none when the grid has no current row).
    connect(m_tabList[IndexesTab], &MembersTab::currentMemberChanged, this,
            [this](const core::Id& id) { m_indexKeys->setIndex(m_tableId, id); });
    connect(m_controller, &app::DocumentController::documentChanged, this,
            &TableEditorDock::refresh);
    connect(m_controller, &app::DocumentController::documentReplaced, this,
            [this] { setObject({}); });
    refresh();
}

MembersTab* TableEditorDock::tab(Tab which) const
{
    return m_tabList.value(int(which));
}

void TableEditorDock::setConfirm(const std::function<bool(const QString&, const QString&)>& confirm)
{
    for (MembersTab* t : std::as_const(m_tabList))
        t->setConfirm(confirm);
}

void TableEditorDock::setObject(const core::Id& objectId, const core::Id& tableId)
{
    const model::Model& m = m_controller->document().model;
    core::Id table = tableId;
    if (table.isNull() && m.table(objectId))
        table = objectId;
    if (table.isNull()) {
        if (const model::Table* owner = model::tableOfMember(m, objectId))
            table = owner->id;
    }
    if (!m.table(table))
        table = {};
    if (table != m_tableId) {
        m_tableId = table;
        for (MembersTab* t : std::as_const(m_tabList))
            t->model()->setTable(table);
        m_indexKeys->setIndex(table, {});
    }
    refresh();
    if (objectId.isNull() || objectId == table)
        return;
    // A column, index, check or FK picked in the tree: open its tab on its row.
    for (int i = 0; i < m_tabList.size(); ++i) {
        if (m_tabList[i]->showMember(objectId)) {
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
}

void TableEditorDock::refresh()
{
    const model::Table* table = m_controller->document().model.table(m_tableId);
    if (!table && !m_tableId.isNull()) {
        // Deleted (or undone into non-existence): show nothing rather than stale rows.
        m_tableId = {};
        for (MembersTab* t : std::as_const(m_tabList))
            t->model()->setTable({});
        m_indexKeys->setIndex({}, {});
    }
    for (MembersTab* t : std::as_const(m_tabList))
        t->model()->refresh();
    m_stack->setCurrentIndex(table ? 1 : 0);
    updateTitles();
}

void TableEditorDock::updateTitles()
{
    const model::Model& m = m_controller->document().model;
    const model::Table* table = m.table(m_tableId);
    if (!table) {
        setWindowTitle(tr("Table Editor"));
        return;
    }
    const model::Schema* schema = m.schema(table->schemaId);
    const QString name = schema && m.schemas.size() > 1
                             ? schema->name + QLatin1Char('.') + table->name
                             : table->name;
    setWindowTitle(tr("Table Editor — %1").arg(name));
    m_heading->setText(table->comment.isEmpty() ? name : tr("%1 — %2").arg(name, table->comment));
    m_tabs->setTabText(ColumnsTab, tr("Columns (%1)").arg(table->columns.size()));
    m_tabs->setTabText(IndexesTab, tr("Indexes (%1)").arg(table->indexes.size()));
    m_tabs->setTabText(UniquesTab, tr("Unique (%1)").arg(table->uniques.size()));
    m_tabs->setTabText(ChecksTab, tr("Checks (%1)").arg(table->checks.size()));
    m_tabs->setTabText(ForeignKeysTab, tr("Foreign Keys (%1)").arg(table->foreignKeys.size()));
}

} // namespace schemata::widgets
