#pragma once

#include "core/id.h"

#include <QDockWidget>
#include <functional>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace schemata::app {
class DocumentController;
}

namespace schemata::widgets {

class ColumnsTableModel;
class ForeignKeysTableModel;
class IndexesTableModel;
class ChecksTableModel;
class IndexKeysEditor;
class MembersTab;
class UniquesTableModel;

// The docked table editor (issue #3): the selected table's columns as a grid (name,
// type, null, default, PK, unique, comment, PII) and tabs for its indexes (with the
// current index's keys under the grid), UNIQUE constraints, checks and foreign keys. It follows the
// selection (setObject from the tree or the diagram) and re-reads the document on every change,
// undo included, keeping the current cell.
class TableEditorDock : public QDockWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        ColumnsTab,
        IndexesTab,
        UniquesTab,
        ChecksTab,
        ForeignKeysTab
    };

    explicit TableEditorDock(app::DocumentController* controller, QWidget* parent = nullptr);

    // Shows the table `objectId` is (or, with `tableId`, belongs to) and makes a member
    // row current when the object is one; anything else leaves the editor empty.
    void setObject(const core::Id& objectId, const core::Id& tableId = {});
    core::Id tableId() const { return m_tableId; }

    MembersTab* tab(Tab which) const;
    ColumnsTableModel* columnsModel() const { return m_columns; }
    IndexesTableModel* indexesModel() const { return m_indexes; }
    IndexKeysEditor* indexKeysEditor() const { return m_indexKeys; }
    UniquesTableModel* uniquesModel() const { return m_uniques; }
    ChecksTableModel* checksModel() const { return m_checks; }
    ForeignKeysTableModel* foreignKeysModel() const { return m_foreignKeys; }
    QTabWidget* tabs() const { return m_tabs; }
    // Replaces the confirmation asked before deleting a column with dependents (tests).
    void setConfirm(const std::function<bool(const QString&, const QString&)>& confirm);

private:
    void refresh();
    void updateTitles();

    app::DocumentController* m_controller;
    core::Id m_tableId;
    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QLabel* m_heading;
    QTabWidget* m_tabs;
    ColumnsTableModel* m_columns;
    IndexesTableModel* m_indexes;
    IndexKeysEditor* m_indexKeys;
    UniquesTableModel* m_uniques;
    ChecksTableModel* m_checks;
    ForeignKeysTableModel* m_foreignKeys;
    QList<MembersTab*> m_tabList;
};

} // namespace schemata::widgets
