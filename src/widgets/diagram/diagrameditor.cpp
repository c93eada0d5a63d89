#include "widgets/diagram/diagrameditor.h"

#include "app/documentcontroller.h"
#include "app/tableclipboard.h"
#include "widgets/diagram/annotationeditor.h"
#include "widgets/diagram/areaitem.h"
#include "widgets/diagram/diagramscene.h"
#include "widgets/diagram/diagramview.h"
#include "widgets/diagram/inplacenameeditor.h"
#include "widgets/diagram/noteitem.h"
#include "widgets/diagram/relationshiptool.h"
#include "widgets/diagram/tableitem.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QMouseEvent>
#include <QUndoStack>
#include <cmath>

namespace schemata::widgets {

namespace {

double snap(double v)
{
    return std::round(v / TableItem::kGrid) * TableItem::kGrid;
}

QString mimeType()
{
    return QString::fromLatin1(app::kTableClipboardMimeType);
}

} // namespace

DiagramEditor::DiagramEditor(app::DocumentController* controller, DiagramScene* scene,
                             DiagramView* view, QObject* parent)
    : QObject(parent), m_controller(controller), m_scene(scene), m_view(view),
      m_tool(new RelationshipTool(controller, scene, view, this)),
      m_annotations(new AnnotationEditor(controller, scene, view, this)),
      m_renameEditor(new InPlaceNameEditor(view, this))
{
    m_confirm = [this](const QList<model::Dependent>& dependents) {
        QStringList lines;
        for (const model::Dependent& d : dependents)
            lines << QStringLiteral("• %1 — %2").arg(d.path, d.reason);
        QMessageBox box(QMessageBox::Question, tr("Delete"),
                        tr("Deleting this also changes or removes %n dependent object(s):", nullptr,
                           int(dependents.size())),
                        QMessageBox::Yes | QMessageBox::Cancel, m_view);
        box.setInformativeText(lines.join(QLatin1Char('\n')));
        box.setDefaultButton(QMessageBox::Yes);
        return box.exec() == QMessageBox::Yes;
    };
    connect(m_tool, &RelationshipTool::message, this, &DiagramEditor::message);
    connect(m_annotations, &AnnotationEditor::message, this, &DiagramEditor::message);

    m_newTable = addAction(tr("New &Table"), {}, [this] {
        // The middle of what the user is looking at.
        createTableAt(m_view->mapToScene(m_view->viewport()->rect().center()));
    });
    m_newTable->setToolTip(tr("Add a table to the diagram (or double-click the empty canvas)"));
    m_rename = addAction(tr("Re&name Table"), QKeySequence(Qt::Key_F2), [this] {
        const QList<core::Id> ids = m_scene->selectedTableIds();
        const QList<core::Id> areas = m_scene->selectedAreaIds();
        if (ids.size() == 1)
            startRename(ids.first());
        else if (ids.isEmpty() && areas.size() == 1) // F2 on a selected subject area too
            m_annotations->startAreaRename(areas.first());
    });
    m_copy = addAction(tr("&Copy Tables"), QKeySequence::Copy,
                       [this] { copyTables(m_scene->selectedTableIds()); });
    m_cut = addAction(tr("Cu&t Tables"), QKeySequence::Cut, [this] {
        const QList<core::Id> ids = m_scene->selectedTableIds();
        copyTables(ids);
        deleteTables(ids, tr("Cut Tables"));
    });
    m_paste = addAction(tr("&Paste Tables"), QKeySequence::Paste, [this] { paste(); });
    m_duplicate = addAction(tr("D&uplicate Tables"), QKeySequence(tr("Ctrl+D")),
                            [this] { duplicate(m_scene->selectedTableIds()); });
    m_delete = addAction(tr("&Delete"), QKeySequence::Delete, [this] {
        const QList<core::Id> ids = m_scene->selectedTableIds();
        if (!m_annotations->hasSelection()) {
            deleteTables(ids, ids.size() == 1 ? tr("Delete Table") : tr("Delete Tables"));
            return;
        }
        if (ids.isEmpty()) {
            m_annotations->deleteSelected();
            return;
        }
        // Tables together with notes or areas: one undo step for the whole selection.
        if (!confirmTableDelete(ids))
            return;
        m_controller->undoStack()->beginMacro(tr("Delete"));
        removeTables(ids, ids.size() == 1 ? tr("Delete Table") : tr("Delete Tables"));
        m_annotations->deleteSelected();
        m_controller->undoStack()->endMacro();
    });

    const std::pair<QString, app::Alignment> alignments[] = {
        {tr("Align &Left"), app::Alignment::Left},
        {tr("Align &Right"), app::Alignment::Right},
        {tr("Align &Top"), app::Alignment::Top},
        {tr("Align &Bottom"), app::Alignment::Bottom},
        {tr("Align Centers &Horizontally"), app::Alignment::HorizontalCenter},
        {tr("Align Centers &Vertically"), app::Alignment::VerticalCenter},
    };
    for (const auto& [text, alignment] : alignments)
        m_arrange << addAction(text, {}, [this, a = alignment] { align(a); });
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_arrange << separator;
    m_arrange << addAction(tr("Distribute H&orizontally"), {},
                           [this] { distribute(app::Distribution::Horizontal); });
    m_arrange << addAction(tr("Distribute V&ertically"), {},
                           [this] { distribute(app::Distribution::Vertical); });

    connect(m_scene, &QGraphicsScene::selectionChanged, this, &DiagramEditor::updateActions);
    connect(m_controller, &app::DocumentController::documentChanged, this,
            &DiagramEditor::updateActions);
    m_view->viewport()->installEventFilter(this);
    updateActions();
}

QAction* DiagramEditor::addAction(const QString& text, const QKeySequence& shortcut,
                                  const std::function<void()>& slot)
{
    auto* action = new QAction(text, this);
    action->setShortcut(shortcut);
    // Only while the canvas has focus: a text field keeps its own Ctrl+C, Delete, F2.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(action);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

QList<QAction*> DiagramEditor::editActions() const
{
    return {m_copy, m_cut, m_paste, m_duplicate, m_rename, m_delete};
}

QList<QAction*> DiagramEditor::toolActions() const
{
    return QList<QAction*>{m_newTable} + m_tool->actions() +
           QList<QAction*>{m_tool->optionsAction()} + m_annotations->toolActions();
}

void DiagramEditor::updateActions()
{
    const qsizetype selected = m_scene->selectedTableIds().size();
    for (QAction* action : {m_copy, m_cut, m_duplicate})
        action->setEnabled(selected > 0);
    m_delete->setEnabled(selected > 0 || m_annotations->hasSelection());
    const bool areaOnly = selected == 0 && m_scene->selectedAreaIds().size() == 1;
    m_rename->setEnabled(selected == 1 || areaOnly);
    m_rename->setText(areaOnly ? tr("Re&name Subject Area") : tr("Re&name Table"));
    for (QAction* action : std::as_const(m_arrange))
        action->setEnabled(selected >= 2);
    // Distribute needs three boxes (two have nothing between them).
    m_arrange[m_arrange.size() - 1]->setEnabled(selected >= 3);
    m_arrange[m_arrange.size() - 2]->setEnabled(selected >= 3);
}

core::Id DiagramEditor::createTableAt(const QPointF& scenePos)
{
    const core::Id tableId = m_controller->newId(u"tbl");
    const core::Id columnId = m_controller->newId(u"col");
    const core::Id keyId = m_controller->newId(u"pk");
    const core::Id schemaId = m_controller->newId(u"sch");
    const core::Status status = m_controller->applyEdit(
        tr("New Table"), tableId, {}, [&](document::Document& doc) -> core::Status {
            if (doc.model.schemas.isEmpty())
                doc.model.schemas.append(model::Schema{schemaId, QStringLiteral("public"), {}});
            model::Table table;
            table.id = tableId;
            table.schemaId = doc.model.schemas.first().id;
            QStringList taken;
            for (const model::Table& t : std::as_const(doc.model.tables)) {
                if (t.schemaId == table.schemaId)
                    taken << t.name;
            }
            for (int n = 1; table.name.isEmpty(); ++n) {
                const QString candidate = QStringLiteral("table_%1").arg(n);
                if (!taken.contains(candidate, Qt::CaseInsensitive))
                    table.name = candidate;
            }
            // A drawn table can be referenced at once: relationships need a primary key.
            model::Column id;
            id.id = columnId;
            id.name = QStringLiteral("id");
            id.type.kind = model::LogicalType::Kind::BigInt;
            id.nullable = false;
            id.identity = model::Identity::ByDefault;
            table.columns.append(id);
            table.primaryKey = model::KeyConstraint{keyId, {}, {columnId}};
            doc.model.tables.append(table);
            document::NodeLayout node;
            node.x = snap(scenePos.x());
            node.y = snap(scenePos.y());
            doc.layout.nodes.insert(tableId, node);
            return {};
        });
    if (!status) {
        Q_EMIT message(status.error().toString());
        return {};
    }
    m_scene->selectTable(tableId);
    return tableId;
}

void DiagramEditor::startRename(const core::Id& tableId)
{
    TableItem* item = m_scene->tableItem(tableId);
    const model::Table* table = m_controller->document().model.table(tableId);
    if (!item || !table)
        return;
    m_renameEditor->finish(false);
    m_view->ensureVisible(item);
    QLineEdit* editor = m_renameEditor->open(
        m_view->viewport(), table->name, QStringLiteral("diagramRenameEditor"), tr("Table name"),
        [this, tableId](const QString& name) {
            const model::Table* renamed = m_controller->document().model.table(tableId);
            if (!renamed || renamed->name == name)
                return;
            if (const core::Status status = m_controller->renameTable(tableId, name); !status)
                Q_EMIT message(status.error().toString());
        });
    const QRect header = m_view->mapFromScene(item->box().headerRect).boundingRect();
    editor->setGeometry(
        header.adjusted(2, 2, -2, -2)
            .united(QRect(header.topLeft(), QSize(header.width(), editor->sizeHint().height()))));
}

QLineEdit* DiagramEditor::renameEditor() const
{
    return m_renameEditor->editor();
}

void DiagramEditor::copyTables(const QList<core::Id>& tableIds)
{
    if (tableIds.isEmpty())
        return;
    const QByteArray text = app::copyTables(m_controller->document(), tableIds);
    auto* data = new QMimeData;
    data->setData(mimeType(), text);
    data->setText(QString::fromUtf8(text));
    QApplication::clipboard()->setMimeData(data);
}

QList<core::Id> DiagramEditor::paste()
{
    const QMimeData* data = QApplication::clipboard()->mimeData();
    if (!data)
        return {};
    const QByteArray text =
        data->hasFormat(mimeType()) ? data->data(mimeType()) : data->text().toUtf8();
    QList<core::Id> pasted;
    int dropped = 0;
    const core::Status status = m_controller->applyEdit(
        tr("Paste Tables"), {}, {}, [&](document::Document& doc) -> core::Status {
            const model::IdSource ids = [this](QStringView prefix) {
                return m_controller->newId(prefix);
            };
            auto result = app::pasteTables(doc, text, ids);
            if (!result)
                return result.error();
            pasted = result.value().tableIds;
            dropped = result.value().droppedForeignKeys;
            return {};
        });
    if (!status) {
        Q_EMIT message(tr("Nothing to paste: %1").arg(status.error().toString()));
        return {};
    }
    if (dropped > 0)
        Q_EMIT message(tr("%n foreign key(s) dropped: their tables are not in this project",
                          nullptr, dropped));
    m_scene->clearSelection();
    for (const core::Id& id : std::as_const(pasted)) {
        if (TableItem* item = m_scene->tableItem(id))
            item->setSelected(true);
    }
    return pasted;
}

QList<core::Id> DiagramEditor::duplicate(const QList<core::Id>& tableIds)
{
    if (tableIds.isEmpty())
        return {};
    QList<core::Id> created;
    const core::Status status = m_controller->applyEdit(
        tableIds.size() == 1 ? tr("Duplicate Table") : tr("Duplicate Tables"), {}, {},
        [&](document::Document& doc) -> core::Status {
            const model::IdSource ids = [this](QStringView prefix) {
                return m_controller->newId(prefix);
            };
            auto result = app::duplicateTables(doc, tableIds, ids);
            if (!result)
                return result.error();
            created = result.value().tableIds;
            return {};
        });
    if (!status) {
        Q_EMIT message(status.error().toString());
        return {};
    }
    m_scene->clearSelection();
    for (const core::Id& id : std::as_const(created)) {
        if (TableItem* item = m_scene->tableItem(id))
            item->setSelected(true);
    }
    return created;
}

bool DiagramEditor::confirmTableDelete(const QList<core::Id>& tableIds)
{
    // Say what goes with them (FKs in other tables that point at them) before they go.
    QList<model::Dependent> dependents;
    for (const core::Id& id : tableIds) {
        for (const model::Dependent& d : model::dependentsOf(m_controller->document().model, id)) {
            const model::Table* owner = nullptr;
            for (const model::Table& t : m_controller->document().model.tables) {
                for (const model::ForeignKey& fk : t.foreignKeys)
                    owner = fk.id == d.id ? &t : owner;
            }
            // An FK inside the deleted set goes with its own table anyway.
            if (!owner || !tableIds.contains(owner->id))
                dependents.append(d);
        }
    }
    return dependents.isEmpty() || !m_confirm || m_confirm(dependents);
}

bool DiagramEditor::deleteTables(const QList<core::Id>& tableIds, const QString& text)
{
    if (tableIds.isEmpty() || !confirmTableDelete(tableIds))
        return false;
    return removeTables(tableIds, text);
}

bool DiagramEditor::removeTables(const QList<core::Id>& tableIds, const QString& text)
{
    const core::Status status =
        m_controller->applyEdit(text, tableIds.size() == 1 ? tableIds.first() : core::Id(), {},
                                [&](document::Document& doc) -> core::Status {
                                    for (const core::Id& id : tableIds) {
                                        if (!model::removeWithDependents(doc.model, id))
                                            return core::Error{id.toString(), tr("no such table")};
                                        doc.layout.nodes.remove(id);
                                        for (document::SubjectArea& area : doc.layout.subjectAreas)
                                            area.memberIds.removeAll(id);
                                    }
                                    return {};
                                });
    if (!status)
        Q_EMIT message(status.error().toString());
    return status.ok();
}

QMap<core::Id, document::NodeLayout> DiagramEditor::selectedBoxes() const
{
    // The boxes as drawn: a "fit content" node (size 0) is measured by the geometry.
    QMap<core::Id, document::NodeLayout> boxes;
    for (const core::Id& id : m_scene->selectedTableIds()) {
        if (TableItem* item = m_scene->tableItem(id)) {
            const QRectF r = item->box().rect;
            boxes.insert(id, document::NodeLayout{r.x(), r.y(), r.width(), r.height(), {}});
        }
    }
    return boxes;
}

void DiagramEditor::applyArrangement(const QMap<core::Id, document::NodeLayout>& arranged,
                                     const QString& text)
{
    // Only the positions change; the document keeps its own sizes and colours.
    const document::Document& doc = m_controller->document();
    QMap<core::Id, document::NodeLayout> nodes;
    for (auto it = arranged.cbegin(); it != arranged.cend(); ++it) {
        document::NodeLayout node = doc.layout.nodes.value(it.key());
        node.x = it->x;
        node.y = it->y;
        nodes.insert(it.key(), node);
    }
    if (const core::Status status = m_controller->setNodeLayouts(nodes, text); !status)
        Q_EMIT message(status.error().toString());
}

void DiagramEditor::align(app::Alignment alignment)
{
    applyArrangement(app::alignNodes(selectedBoxes(), alignment), tr("Align Tables"));
}

void DiagramEditor::distribute(app::Distribution distribution)
{
    applyArrangement(app::distributeNodes(selectedBoxes(), distribution), tr("Distribute Tables"));
}

bool DiagramEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::MouseButtonDblClick &&
        !m_tool->kind()) {
        auto* mouse = static_cast<QMouseEvent*>(event);
        const QPointF scenePos = m_view->mapToScene(mouse->position().toPoint());
        // Notes and subject area titles take their own double-click (edit the text).
        bool onItem = false;
        for (QGraphicsItem* item : m_scene->items(scenePos, Qt::IntersectsItemShape)) {
            const int type = item->type();
            onItem = onItem || type == TableItem::Type || type == NoteItem::Type ||
                     type == AreaItem::Type;
        }
        if (mouse->button() == Qt::LeftButton && !onItem) {
            createTableAt(scenePos);
            return true;
        }
    }
    if (watched == m_view->viewport() && event->type() == QEvent::ContextMenu && !m_tool->kind()) {
        auto* menuEvent = static_cast<QContextMenuEvent*>(event);
        const QPointF scenePos = m_view->mapToScene(menuEvent->pos());
        // The item under the pointer joins the selection the menu acts on, as in any editor.
        QGraphicsItem* hit = nullptr;
        for (QGraphicsItem* item : m_scene->items(scenePos, Qt::IntersectsItemShape)) {
            const int type = item->type();
            if (type == TableItem::Type || type == NoteItem::Type || type == AreaItem::Type) {
                hit = item;
                break;
            }
        }
        if (hit && !hit->isSelected()) {
            m_scene->clearSelection();
            hit->setSelected(true);
        }
        QList<QAction*> tableActions;
        if (!m_scene->selectedTableIds().isEmpty())
            tableActions = {m_rename, m_copy, m_cut, m_duplicate};
        tableActions << m_paste << m_delete;
        QMenu* menu = m_annotations->contextMenu(scenePos, tableActions, m_view);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(menuEvent->globalPos());
        return true;
    }
    return false;
}

} // namespace schemata::widgets
