#include "widgets/mainwindow.h"

#include "app/documentcontroller.h"
#include "app/domaincommands.h"
#include "dialect/dialect.h"
#include "model/dependents.h"
#include "model/domainedits.h"
#include "widgets/aboutdialog.h"
#include "widgets/connect/importactions.h"
#include "widgets/ddlpreview.h"
#include "widgets/diagram/diagrameditor.h"
#include "widgets/diagram/diagramnavigator.h"
#include "widgets/diagram/diagramscene.h"
#include "widgets/diagram/diagramview.h"
#include "widgets/diagram/exportdiagramdialog.h"
#include "widgets/documenttreemodel.h"
#include "widgets/domaindialog.h"
#include "widgets/migration/migrationdock.h"
#include "widgets/propertypanel.h"
#include "widgets/svgicon.h"
#include "widgets/tableeditor/tableeditordock.h"
#include "widgets/tableeditor/typesuggestions.h"
#include "widgets/validationpanel.h"

#include <KSyntaxHighlighting/Repository>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

namespace schemata::widgets {

namespace {

const QString kFileFilter = QStringLiteral("*.schemata");

core::Id idAt(const QModelIndex& index, int role)
{
    return index.isValid() ? core::Id(index.data(role).toString()) : core::Id();
}

} // namespace

MainWindow::MainWindow(app::DocumentController* controller, QSettings* settings, QWidget* parent)
    : QMainWindow(parent), m_controller(controller), m_settings(settings),
      m_repository(std::make_unique<KSyntaxHighlighting::Repository>())
{
    setWindowIcon(svgIcon(QStringLiteral(":/icons/io.schemata.Studio.svg")));
    m_preview = new DdlPreview(m_repository.get(), this);
    // The diagram is the main view; the DDL preview sits beside it as a second tab.
    m_diagramScene = new DiagramScene(m_controller, diagram::DiagramTheme::fromPalette(palette()),
                                      diagram::DiagramPainter::defaultFont(), this);
    m_centralTabs = new QTabWidget(this);
    m_centralTabs->setDocumentMode(true);
    m_diagramView = new DiagramView(m_diagramScene, m_centralTabs);
    m_diagramEditor = new DiagramEditor(m_controller, m_diagramScene, m_diagramView, this);
    m_centralTabs->addTab(m_diagramView, tr("Diagram"));
    m_diagramNavigator = new DiagramNavigator(m_controller, m_diagramScene, m_diagramView, this);
    m_centralTabs->addTab(m_preview, tr("DDL"));
    setCentralWidget(m_centralTabs);
    createDocks();
    createActions();
    createStatusBar();

    connect(m_controller, &app::DocumentController::documentChanged, this,
            &MainWindow::onDocumentChanged);
    connect(m_controller, &app::DocumentController::documentReplaced, this,
            &MainWindow::onDocumentReplaced);
    connect(m_controller, &app::DocumentController::dirtyChanged, this, &MainWindow::updateTitle);
    connect(m_controller, &app::DocumentController::filePathChanged, this, [this] {
        updateTitle();
        updateStatus();
    });
    connect(m_controller, &app::DocumentController::recentFilesChanged, this,
            &MainWindow::rebuildRecentMenu);
    connect(m_validation, &ValidationPanel::objectActivated, this, &MainWindow::selectObject);
    // Findings arrive from the panel's worker some time after the edit.
    connect(m_validation, &ValidationPanel::validated, this,
            [this] { m_validationLabel->setText(m_validation->summary()); });
    // A table picked on the canvas becomes the tree's (and so the property panel's) object,
    // unless the tree already shows that table or one of its members.
    connect(m_diagramScene, &DiagramScene::currentTableChanged, this,
            [this](const core::Id& tableId) {
                if (!tableId.isNull() &&
                    idAt(m_tree->currentIndex(), DocumentTreeModel::TableIdRole) != tableId)
                    selectObject(tableId);
            });
    connect(m_controller, &app::DocumentController::documentReplaced, m_diagramView,
            [this] { QTimer::singleShot(0, m_diagramView, &DiagramView::zoomForOpening); });

    resize(1280, 800);
    if (m_settings) {
        restoreGeometry(m_settings->value(QStringLiteral("mainWindow/geometry")).toByteArray());
        restoreState(m_settings->value(QStringLiteral("mainWindow/state")).toByteArray());
    }
    onDocumentReplaced();
    onDocumentChanged();
    flushPendingUpdates();
}

MainWindow::~MainWindow()
{
    // The SQL view's lexer holds definitions and a theme from m_repository; child widgets
    // would otherwise outlive the repository (members go before QWidget's children).
    delete m_preview;
    delete m_migrations;
}

void MainWindow::createDocks()
{
    m_treeModel = new DocumentTreeModel(this);
    m_tree = new QTreeView(this);
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(DocumentTreeModel::NameColumn, QHeaderView::Interactive);
    m_tree->setColumnWidth(DocumentTreeModel::NameColumn, 170);
    auto* treeDock = new QDockWidget(tr("Model"), this);
    treeDock->setObjectName(QStringLiteral("modelDock"));
    treeDock->setWidget(m_tree);
    addDockWidget(Qt::LeftDockWidgetArea, treeDock);

    // Keep what the user expanded and selected across structural rebuilds (add/delete).
    connect(m_treeModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_expandedIds.clear();
        std::function<void(const QModelIndex&)> collect = [&](const QModelIndex& parent) {
            for (int row = 0; row < m_treeModel->rowCount(parent); ++row) {
                const QModelIndex index = m_treeModel->index(row, 0, parent);
                if (m_tree->isExpanded(index)) {
                    m_expandedIds << index.data(DocumentTreeModel::NodeKeyRole).toString();
                    collect(index);
                }
            }
        };
        collect({});
        m_selectedBeforeReset = selectedObjectId();
    });
    connect(m_treeModel, &QAbstractItemModel::modelReset, this, [this] {
        for (const QString& id : std::as_const(m_expandedIds))
            m_tree->expand(m_treeModel->indexOfObject(core::Id(id)));
        if (!m_selectedBeforeReset.isNull())
            selectObject(m_selectedBeforeReset);
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onSelectionChanged);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showTreeMenu);
    connect(m_tree, &QAbstractItemView::activated, this, &MainWindow::onTreeActivated);

    m_properties = new PropertyPanel(m_controller, this);
    connect(m_properties, &PropertyPanel::domainEditRequested, this, &MainWindow::editDomain);
    connect(m_properties, &PropertyPanel::objectActivated, this, &MainWindow::selectObject);
    auto* propertiesDock = new QDockWidget(tr("Properties"), this);
    propertiesDock->setObjectName(QStringLiteral("propertiesDock"));
    propertiesDock->setWidget(m_properties);
    addDockWidget(Qt::RightDockWidgetArea, propertiesDock);

    m_validation = new ValidationPanel(this);
    auto* validationDock = new QDockWidget(tr("Validation"), this);
    validationDock->setObjectName(QStringLiteral("validationDock"));
    validationDock->setWidget(m_validation);
    addDockWidget(Qt::BottomDockWidgetArea, validationDock);

    resizeDocks({treeDock, propertiesDock}, {330, 330}, Qt::Horizontal);
    // The table editor shares the bottom with validation, in front (issue #3).
    m_tableEditor = new TableEditorDock(m_controller, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_tableEditor);
    tabifyDockWidget(validationDock, m_tableEditor);
    m_migrations = new MigrationDock(m_controller, m_repository.get(), this);
    addDockWidget(Qt::BottomDockWidgetArea, m_migrations);
    tabifyDockWidget(m_tableEditor, m_migrations);
    m_tableEditor->raise();
    resizeDocks({m_tableEditor}, {320}, Qt::Vertical);
}

void MainWindow::createActions()
{
    const auto icon = [this](const char* themeName, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QLatin1String(themeName), style()->standardIcon(fallback));
    };
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(icon("document-new", QStyle::SP_FileIcon), tr("&New"),
                                         QKeySequence::New, this, &MainWindow::newDocument);
    QAction* openAction =
        file->addAction(icon("document-open", QStyle::SP_DialogOpenButton), tr("&Open…"),
                        QKeySequence::Open, this, &MainWindow::openDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_importActions = new ImportActions(this, m_settings);
    m_importActions->addFileActions(file);
    file->addSeparator();
    QAction* saveAction = file->addAction(icon("document-save", QStyle::SP_DialogSaveButton),
                                          tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    file->addSeparator();
    file->addAction(tr("&Export Diagram…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, [this] {
        const QFileInfo project(m_controller->filePath());
        const QString suggested =
            m_controller->filePath().isEmpty()
                ? QDir::home().filePath(QStringLiteral("diagram.svg"))
                : project.dir().filePath(project.completeBaseName() + QStringLiteral(".svg"));
        ExportDiagramDialog dialog(m_controller->document(),
                                   m_diagramScene ? m_diagramScene->selectedTableIds()
                                                  : QList<core::Id>(),
                                   suggested, this);
        if (dialog.exec() == QDialog::Accepted)
            statusBar()->showMessage(tr("Diagram exported to %1").arg(dialog.path()), 5000);
    });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_controller->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setIcon(icon("edit-undo", QStyle::SP_ArrowBack));
    QAction* redo = m_controller->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    redo->setIcon(icon("edit-redo", QStyle::SP_ArrowForward));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_addTable = edit->addAction(svgIcon(QStringLiteral(":/icons/table.svg")), tr("Add &Table"),
                                 QKeySequence(tr("Ctrl+T")), this, &MainWindow::addTable);
    m_addColumn = edit->addAction(svgIcon(QStringLiteral(":/icons/column.svg")), tr("Add &Column"),
                                  QKeySequence(tr("Ctrl+Shift+C")), this, &MainWindow::addColumn);
    m_delete = edit->addAction(icon("edit-delete", QStyle::SP_TrashIcon), tr("&Delete"),
                               QKeySequence::Delete, this, &MainWindow::deleteSelected);
    // Delete must not steal the key from line edits in the property panel.
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_newDomain = edit->addAction(svgIcon(QStringLiteral(":/icons/domain.svg")), tr("New Do&main…"),
                                  this, [this] { newDomain(currentSchemaId()); });
    m_newDomain->setToolTip(tr("A named type with constraints (PostgreSQL CREATE DOMAIN)"));
    m_tree->addAction(m_delete);
    // Canvas editing (tables selected on the diagram); shortcuts act while it has focus.
    edit->addSeparator();
    edit->addActions(m_diagramEditor->editActions());
    QMenu* arrange = menuBar()->addMenu(tr("&Arrange"));
    for (QAction* action : m_diagramEditor->arrangeActions())
        arrange->addAction(action);
    connect(m_diagramEditor, &DiagramEditor::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        m_viewMenu->addAction(dock->toggleViewAction());

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Validate"), QKeySequence(tr("F7")), this, [this] {
        m_validation->validateNow(); // asked for: the findings at once
        for (QDockWidget* dock : findChildren<QDockWidget*>()) {
            if (dock->widget() == m_validation) {
                dock->show();
                dock->raise();
            }
        }
    });
    m_importActions->addToolsActions(tools);
    QMenu* target = tools->addMenu(tr("&Target Dialect"));
    m_dialectGroup = new QActionGroup(this);
    for (const QString& name : dialect::dialectNames()) {
        const auto d = dialect::createDialect(name);
        QAction* action = target->addAction(d ? d->displayName() : name);
        action->setCheckable(true);
        action->setData(name);
        m_dialectGroup->addAction(action);
    }
    connect(m_dialectGroup, &QActionGroup::triggered, this,
            [this](QAction* action) { m_controller->setDialect(action->data().toString()); });

    menuBar()->addMenu(m_diagramNavigator->menu());
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* aboutAction = help->addAction(tr("&About Schemata Studio"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);

    QToolBar* toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->addActions({newAction, openAction, saveAction});
    toolBar->addSeparator();
    toolBar->addActions({undo, redo});
    toolBar->addSeparator();
    toolBar->addActions({m_addTable, m_addColumn, m_delete});
    // The model actions are the ones people look for by name.
    for (QAction* action : {m_addTable, m_addColumn}) {
        if (auto* button = qobject_cast<QToolButton*>(toolBar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
    m_viewMenu->addAction(toolBar->toggleViewAction());
    QToolBar* drawBar = addToolBar(tr("Draw"));
    drawBar->setObjectName(QStringLiteral("drawToolBar"));
    drawBar->setMovable(false);
    drawBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    drawBar->addActions(m_diagramEditor->toolActions());
    m_viewMenu->addAction(drawBar->toggleViewAction());

    rebuildRecentMenu();
}

void MainWindow::createStatusBar()
{
    m_fileLabel = new QLabel(this);
    m_dialectLabel = new QLabel(this);
    m_countsLabel = new QLabel(this);
    m_validationLabel = new QLabel(this);
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_dialectLabel);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_validationLabel);
}

bool MainWindow::openFile(const QString& path, bool quiet)
{
    const auto status = m_controller->open(path);
    if (!status && !quiet)
        QMessageBox::warning(this, tr("Open Failed"),
                             tr("Could not open %1:\n%2").arg(path, status.error().toString()));
    return status.ok();
}

void MainWindow::openDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Project"), QFileInfo(m_controller->filePath()).path(),
        tr("Schemata projects (%1)").arg(kFileFilter));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::newDocument()
{
    if (maybeSave())
        m_controller->newDocument();
}

bool MainWindow::save()
{
    if (m_controller->filePath().isEmpty())
        return saveAs();
    const auto status = m_controller->save();
    if (!status)
        QMessageBox::warning(this, tr("Save Failed"), status.error().toString());
    return status.ok();
}

bool MainWindow::saveAs()
{
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save Project As"), m_controller->filePath(),
                                     tr("Schemata projects (%1)").arg(kFileFilter));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".schemata")))
        path += QStringLiteral(".schemata");
    const auto status = m_controller->saveAs(path);
    if (!status)
        QMessageBox::warning(this, tr("Save Failed"), status.error().toString());
    return status.ok();
}

bool MainWindow::maybeSave()
{
    if (!m_controller->isDirty())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"),
        tr("%1 has unsaved changes. Save them?").arg(m_controller->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    if (m_settings) {
        m_settings->setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
        m_settings->setValue(QStringLiteral("mainWindow/state"), saveState());
    }
    event->accept();
}

core::Id MainWindow::currentSchemaId() const
{
    const QModelIndex current = m_tree->currentIndex();
    const auto& m = m_controller->document().model;
    const core::Id selected = idAt(current, DocumentTreeModel::ObjectIdRole);
    if (m.schema(selected))
        return selected;
    if (const auto* table = m.table(idAt(current, DocumentTreeModel::TableIdRole)))
        return table->schemaId;
    if (const core::Id schemaId = idAt(current, DocumentTreeModel::SchemaIdRole);
        m.schema(schemaId))
        return schemaId;
    return {};
}

void MainWindow::addTable()
{
    // New tables go into the schema of the current selection (or the first schema).
    const auto id = m_controller->addTable(currentSchemaId());
    if (id)
        selectObject(id.value());
}

void MainWindow::addColumn()
{
    const core::Id tableId = idAt(m_tree->currentIndex(), DocumentTreeModel::TableIdRole);
    if (tableId.isNull())
        return;
    const auto id = m_controller->addColumn(tableId);
    if (id)
        selectObject(id.value());
}

void MainWindow::deleteSelected()
{
    const core::Id id = selectedObjectId();
    if (id.isNull())
        return;
    if (m_controller->document().model.domainType(id)) {
        deleteDomain(id);
        return;
    }
    // Say what goes with it before it goes (it is undoable, but a cascade is easy to miss).
    const QList<model::Dependent> dependents =
        model::dependentsOf(m_controller->document().model, id);
    if (!dependents.isEmpty()) {
        QStringList lines;
        for (const model::Dependent& d : dependents)
            lines << QStringLiteral("• %1 — %2").arg(d.path, d.reason);
        QMessageBox box(QMessageBox::Question, tr("Delete"),
                        tr("Deleting this also changes or removes %n dependent object(s):", nullptr,
                           int(dependents.size())),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setInformativeText(lines.join(QLatin1Char('\n')));
        box.setDefaultButton(QMessageBox::Yes);
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    m_controller->removeObject(id);
}

QMenu* MainWindow::treeContextMenu(const QModelIndex& index)
{
    auto* menu = new QMenu(this);
    const auto kind = DocumentTreeModel::Kind(index.data(DocumentTreeModel::KindRole).toInt());
    const core::Id objectId = idAt(index, DocumentTreeModel::ObjectIdRole);
    const core::Id schemaId = idAt(index, DocumentTreeModel::SchemaIdRole);
    const bool onSchema = index.isValid() && (kind == DocumentTreeModel::Kind::Schema ||
                                              kind == DocumentTreeModel::Kind::DomainFolder);
    if (index.isValid() && kind == DocumentTreeModel::Kind::Domain) {
        QAction* edit =
            menu->addAction(tr("&Edit Domain…"), this, [this, objectId] { editDomain(objectId); });
        menu->setDefaultAction(edit);
        menu->addAction(tr("Re&name Domain…"), this, [this, objectId] { renameDomain(objectId); });
        menu->addAction(svgIcon(QStringLiteral(":/icons/domain.svg")), tr("New Do&main…"), this,
                        [this, schemaId] { newDomain(schemaId); });
        menu->addSeparator();
        menu->addAction(m_delete->icon(), tr("&Delete Domain"), this,
                        [this, objectId] { deleteDomain(objectId); });
        return menu;
    }
    if (onSchema) {
        menu->addAction(svgIcon(QStringLiteral(":/icons/domain.svg")), tr("New Do&main…"), this,
                        [this, schemaId] { newDomain(schemaId); });
        if (kind == DocumentTreeModel::Kind::DomainFolder)
            return menu;
    }
    menu->addAction(m_addTable);
    menu->addAction(m_addColumn);
    menu->addSeparator();
    menu->addAction(m_delete);
    return menu;
}

void MainWindow::showTreeMenu(const QPoint& pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
    QMenu* menu = treeContextMenu(index);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_tree->viewport()->mapToGlobal(pos));
}

void MainWindow::onTreeActivated(const QModelIndex& index)
{
    // Double-click or Return on a domain opens its dialog, as on a pgModeler object.
    if (DocumentTreeModel::Kind(index.data(DocumentTreeModel::KindRole).toInt()) ==
        DocumentTreeModel::Kind::Domain)
        editDomain(idAt(index, DocumentTreeModel::ObjectIdRole));
}

core::Id MainWindow::newDomain(const core::Id& schemaId)
{
    const core::Id id = DomainDialog::createDomain(this, m_controller, schemaId);
    if (!id.isNull())
        selectObject(id);
    return id;
}

void MainWindow::editDomain(const core::Id& domainId)
{
    DomainDialog::editDomain(this, m_controller, domainId);
}

void MainWindow::renameDomain(const core::Id& domainId)
{
    const model::DomainType* domain = m_controller->document().model.domainType(domainId);
    if (!domain)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Domain"), tr("New name:"),
                                               QLineEdit::Normal, domain->name, &ok)
                             .trimmed();
    if (!ok || name == domain->name)
        return;
    const core::Status status = app::DomainCommands(m_controller).renameDomain(domainId, name);
    if (!status)
        QMessageBox::warning(this, tr("Rename Domain"), status.error().toString());
}

void MainWindow::deleteDomain(const core::Id& domainId)
{
    const model::Model& m = m_controller->document().model;
    const model::DomainType* domain = m.domainType(domainId);
    if (!domain)
        return;
    const QList<model::DomainUse> uses = model::domainUses(m, domainId);
    if (!uses.isEmpty()) {
        QStringList lines;
        for (const model::DomainUse& use : uses)
            lines << QStringLiteral("• %1").arg(use.path);
        QMessageBox box(QMessageBox::Question, tr("Delete Domain"),
                        tr("%n column(s) are declared with the domain %1. Delete it and turn "
                           "them into its base type %2?",
                           nullptr, int(uses.size()))
                            .arg(model::domainQualifiedName(m, *domain),
                                 typeEditText(m_controller->document(), domain->baseType)),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("deleteDomainBox"));
        box.setInformativeText(lines.join(QLatin1Char('\n')));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    const core::Status status = app::DomainCommands(m_controller).removeDomain(domainId);
    if (!status)
        QMessageBox::warning(this, tr("Delete Domain"), status.error().toString());
}

void MainWindow::about()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::selectObject(const core::Id& objectId)
{
    const QModelIndex index = m_treeModel->indexOfObject(objectId);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

core::Id MainWindow::selectedObjectId() const
{
    return idAt(m_tree->currentIndex(), DocumentTreeModel::ObjectIdRole);
}

void MainWindow::onSelectionChanged()
{
    const QModelIndex current = m_tree->currentIndex();
    const core::Id objectId = idAt(current, DocumentTreeModel::ObjectIdRole);
    const core::Id tableId = idAt(current, DocumentTreeModel::TableIdRole);
    m_properties->setObject(objectId, tableId);
    m_tableEditor->setObject(objectId, tableId);
    // Show the statement that creates the selection (tables own their members' SQL).
    m_preview->revealObject(tableId.isNull() ? objectId : tableId);
    updateActions();
}

void MainWindow::onDocumentChanged()
{
    const auto& doc = m_controller->document();
    // Each view skips a document whose model is unchanged (a layout-only edit) in O(1); the
    // preview and the validation panel do their work on workers.
    m_treeModel->setDocument(doc);
    m_preview->setModel(doc.model);
    m_validation->setModel(doc.model, doc.dialect);
    syncDialectActions();
    updateTitle();
    updateStatus();
    updateActions();
}

void MainWindow::onDocumentReplaced()
{
    m_treeModel->setDocument(m_controller->document());
    // A freshly opened project shows its schemas' tables; the preview follows its target.
    for (int row = 0; row < m_treeModel->rowCount(); ++row)
        m_tree->expand(m_treeModel->index(row, 0));
    m_tree->setCurrentIndex({});
    m_preview->setDialect(m_controller->document().dialect);
}

void MainWindow::syncDialectActions()
{
    const QString current = m_controller->document().dialect;
    for (QAction* action : m_dialectGroup->actions())
        action->setChecked(action->data().toString() == current);
}

void MainWindow::flushPendingUpdates()
{
    if (m_preview->isPending())
        m_preview->regenerateNow();
    if (m_validation->isPending())
        m_validation->validateNow();
    if (m_migrations->isPending())
        m_migrations->refreshNow();
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Schemata Studio").arg(m_controller->displayName()));
    setWindowModified(m_controller->isDirty());
}

void MainWindow::updateStatus()
{
    const auto& doc = m_controller->document();
    m_fileLabel->setText(m_controller->filePath().isEmpty() ? tr("Not saved yet")
                                                            : m_controller->filePath());
    const auto d = dialect::createDialect(doc.dialect);
    m_dialectLabel->setText(tr("Target: %1").arg(d ? d->displayName() : doc.dialect));
    int columns = 0;
    for (const auto& table : doc.model.tables)
        columns += int(table.columns.size());
    m_countsLabel->setText(tr("%n table(s)", nullptr, int(doc.model.tables.size())) +
                           QStringLiteral(", ") + tr("%n column(s)", nullptr, columns));
    m_validationLabel->setText(m_validation->summary());
}

void MainWindow::updateActions()
{
    const QModelIndex current = m_tree->currentIndex();
    m_addColumn->setEnabled(!idAt(current, DocumentTreeModel::TableIdRole).isNull());
    m_delete->setEnabled(!selectedObjectId().isNull());
    // A domain lives in a schema; a project without one has nowhere to put it.
    m_newDomain->setEnabled(!m_controller->document().model.schemas.isEmpty());
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_controller->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction* action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), m_controller,
                                &app::DocumentController::clearRecentFiles);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

} // namespace schemata::widgets
