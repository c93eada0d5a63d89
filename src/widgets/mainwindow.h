#pragma once

#include "core/id.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QModelIndex;
class QPoint;
class QSettings;
class QTabWidget;
class QTreeView;

namespace KSyntaxHighlighting {
class Repository;
}

namespace schemata::app {
class DocumentController;
}

namespace schemata::widgets {

class DdlPreview;
class DiagramNavigator;
class DiagramScene;
class DiagramEditor;
class DiagramView;
class DocumentTreeModel;
class ImportActions;
class MigrationDock;
class PropertyPanel;
class TableEditorDock;
class ValidationPanel;

// The studio window: model tree (left), properties (right), validation (bottom) and
// the DDL preview in the centre, all observing one DocumentController. The window only
// arranges views and routes actions; edits are controller commands.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `settings` (optional, not owned) keeps the window geometry and dock layout.
    explicit MainWindow(app::DocumentController* controller, QSettings* settings = nullptr,
                        QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a file, reporting failure in a message box unless `quiet`; returns success.
    bool openFile(const QString& path, bool quiet = false);

    void selectObject(const core::Id& objectId);
    core::Id selectedObjectId() const;
    // Runs debounced or in-flight work (DDL preview, validation, migrations) now, on this
    // thread: for screenshots and tests.
    void flushPendingUpdates();

    app::DocumentController* controller() const { return m_controller; }
    QTreeView* modelTree() const { return m_tree; }
    DocumentTreeModel* treeModel() const { return m_treeModel; }
    PropertyPanel* propertyPanel() const { return m_properties; }
    TableEditorDock* tableEditor() const { return m_tableEditor; }
    MigrationDock* migrationDock() const { return m_migrations; }
    ValidationPanel* validationPanel() const { return m_validation; }
    DdlPreview* ddlPreview() const { return m_preview; }
    DiagramScene* diagramScene() const { return m_diagramScene; }
    DiagramView* diagramView() const { return m_diagramView; }
    DiagramNavigator* diagramNavigator() const { return m_diagramNavigator; }
    DiagramEditor* diagramEditor() const { return m_diagramEditor; }
    QTabWidget* centralTabs() const { return m_centralTabs; }
    ImportActions* importActions() const { return m_importActions; }

    // Actions, exposed for tests and for toolbars added later.
    QAction* addTableAction() const { return m_addTable; }
    QAction* addColumnAction() const { return m_addColumn; }
    QAction* deleteAction() const { return m_delete; }
    QAction* newDomainAction() const { return m_newDomain; }

    // The model tree's context menu for the row `index` (caller owns it); exposed so
    // tests can read and trigger its actions without a popup.
    QMenu* treeContextMenu(const QModelIndex& index);
    // Domain edits with their dialogs (also reached from the tree and the property panel).
    core::Id newDomain(const core::Id& schemaId);
    void editDomain(const core::Id& domainId);
    void renameDomain(const core::Id& domainId);
    // Asks first when columns are declared with the domain (they become its base type).
    void deleteDomain(const core::Id& domainId);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createDocks();
    void createStatusBar();

    bool maybeSave();
    bool save();
    bool saveAs();
    void openDialog();
    void newDocument();
    void addTable();
    void addColumn();
    void deleteSelected();
    void showTreeMenu(const QPoint& pos);
    void onTreeActivated(const QModelIndex& index);
    // The schema new tables or domains go into: the selection's, else the first.
    core::Id currentSchemaId() const;
    void about();

    void onDocumentChanged();
    void onDocumentReplaced();
    void onSelectionChanged();
    void updateTitle();
    void updateStatus();
    void updateActions();
    void rebuildRecentMenu();
    void syncDialectActions();

    app::DocumentController* m_controller;
    QSettings* m_settings;
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    DocumentTreeModel* m_treeModel = nullptr;
    QTreeView* m_tree = nullptr;
    PropertyPanel* m_properties = nullptr;
    TableEditorDock* m_tableEditor = nullptr;
    MigrationDock* m_migrations = nullptr;
    ValidationPanel* m_validation = nullptr;
    DdlPreview* m_preview = nullptr;
    DiagramScene* m_diagramScene = nullptr;
    DiagramView* m_diagramView = nullptr;
    DiagramNavigator* m_diagramNavigator = nullptr;
    DiagramEditor* m_diagramEditor = nullptr;
    QTabWidget* m_centralTabs = nullptr;
    ImportActions* m_importActions = nullptr;
    QStringList m_expandedIds; // tree expansion kept across structural resets
    core::Id m_selectedBeforeReset;

    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QAction* m_addTable = nullptr;
    QAction* m_addColumn = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_newDomain = nullptr;
    QActionGroup* m_dialectGroup = nullptr;

    QLabel* m_fileLabel = nullptr;
    QLabel* m_dialectLabel = nullptr;
    QLabel* m_countsLabel = nullptr;
    QLabel* m_validationLabel = nullptr;
};

} // namespace schemata::widgets
