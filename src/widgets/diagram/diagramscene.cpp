#include "widgets/diagram/diagramscene.h"

#include "app/annotationedits.h"
#include "app/documentcontroller.h"
#include "widgets/diagram/areaitem.h"
#include "widgets/diagram/noteitem.h"
#include "widgets/diagram/relationshipitem.h"
#include "widgets/diagram/tableitem.h"

#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QSet>
#include <QStyleOptionGraphicsItem>
#include <cmath>

namespace schemata::widgets {

namespace {
constexpr double kSceneMargin = 2000; // room to drag tables beyond the drawing
}

DiagramScene::DiagramScene(app::DocumentController* controller, const diagram::DiagramTheme& theme,
                           const QFont& font, QObject* parent)
    : QGraphicsScene(parent), m_controller(controller), m_font(font), m_painter(theme, font)
{
    // Dragged items move every frame; a BSP index would be rebuilt on each move. With a
    // few thousand items a linear scan per exposed rect is cheaper and never stalls.
    setItemIndexMethod(NoIndex);
    connect(m_controller, &app::DocumentController::documentChanged, this, &DiagramScene::rebuild);
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        if (m_overview)
            update(); // the batched pass draws the selection outlines
        const QList<core::Id> ids = selectedTableIds();
        Q_EMIT currentTableChanged(ids.size() == 1 ? ids.constFirst() : core::Id());
    });
    rebuild();
}

DiagramScene::~DiagramScene()
{
    // Items call back into the scene while being destroyed (selection); disconnect first.
    // Deleting selected items makes QGraphicsScene emit selectionChanged, which would
    // reach the main window while it is tearing down its children (use after free):
    // nobody may hear from a scene that is being destroyed.
    disconnect(m_controller, nullptr, this, nullptr);
    blockSignals(true);
    clear();
}

void DiagramScene::setTheme(const diagram::DiagramTheme& theme)
{
    m_painter = diagram::DiagramPainter(theme, m_font);
    for (TableItem* item : std::as_const(m_tables))
        item->update();
    update();
}

QList<core::Id> DiagramScene::selectedTableIds() const
{
    QList<core::Id> ids;
    for (QGraphicsItem* item : selectedItems()) {
        if (item->type() == TableItem::Type)
            ids.append(static_cast<TableItem*>(item)->tableId());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<core::Id> DiagramScene::selectedNoteIds() const
{
    QList<core::Id> ids;
    for (QGraphicsItem* item : selectedItems()) {
        if (item->type() == NoteItem::Type)
            ids.append(static_cast<NoteItem*>(item)->noteId());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<core::Id> DiagramScene::selectedAreaIds() const
{
    QList<core::Id> ids;
    for (QGraphicsItem* item : selectedItems()) {
        if (item->type() == AreaItem::Type)
            ids.append(static_cast<AreaItem*>(item)->areaId());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void DiagramScene::selectTable(const core::Id& tableId)
{
    clearSelection();
    if (TableItem* item = m_tables.value(tableId))
        item->setSelected(true);
}

QRectF DiagramScene::contentsRect() const
{
    return m_geometry.bounds().adjusted(-40, -40, 40, 40);
}

void DiagramScene::rebuild()
{
    m_rebuilding = true;
    // Only what the edit changed is measured and routed again (a full compute of 2,000
    // tables was ~120 ms of every edit, layout-only ones included); the result is what
    // compute() gives, also after a drag moved boxes in m_geometry.
    m_geometry.update(m_controller->document(), m_font);

    QSet<core::Id> seen;
    for (const diagram::TableBox& box : m_geometry.tables()) {
        seen.insert(box.tableId);
        if (TableItem* item = m_tables.value(box.tableId)) {
            item->setBox(box);
        } else {
            auto* created = new TableItem(this, box);
            applyOverview(created);
            addItem(created);
            m_tables.insert(box.tableId, created);
        }
    }
    for (auto it = m_tables.begin(); it != m_tables.end();) {
        if (seen.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_tables.erase(it);
    }

    seen.clear();
    for (const diagram::Edge& edge : m_geometry.edges()) {
        seen.insert(edge.foreignKeyId);
        if (RelationshipItem* item = m_edges.value(edge.foreignKeyId)) {
            item->setEdge(edge);
        } else {
            auto* created = new RelationshipItem(this, edge);
            applyOverview(created);
            addItem(created);
            m_edges.insert(edge.foreignKeyId, created);
        }
    }
    for (auto it = m_edges.begin(); it != m_edges.end();) {
        if (seen.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_edges.erase(it);
    }

    rebuildAnnotations();

    const QRectF content = contentsRect();
    setSceneRect(content.adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin)
                     .united(sceneRect()));
    m_rebuilding = false;
    if (m_overview)
        update(); // items without contents do not repaint themselves
}

void DiagramScene::applyOverview(QGraphicsItem* item) const
{
    item->setFlag(QGraphicsItem::ItemHasNoContents, m_overview);
    if (item->type() == TableItem::Type)
        item->setCacheMode(m_overview ? QGraphicsItem::NoCache
                                      : QGraphicsItem::DeviceCoordinateCache);
}

void DiagramScene::setOverview(bool overview)
{
    if (overview == m_overview)
        return;
    m_overview = overview;
    for (TableItem* item : std::as_const(m_tables))
        applyOverview(item);
    for (RelationshipItem* item : std::as_const(m_edges))
        applyOverview(item);
    update();
}

void DiagramScene::rebuildAnnotations()
{
    QSet<core::Id> seen;
    for (const diagram::NoteBox& box : m_geometry.notes()) {
        seen.insert(box.noteId);
        if (NoteItem* item = m_notes.value(box.noteId)) {
            item->setBox(box);
        } else {
            auto* created = new NoteItem(this, box);
            addItem(created);
            m_notes.insert(box.noteId, created);
        }
    }
    for (auto it = m_notes.begin(); it != m_notes.end();) {
        if (seen.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_notes.erase(it);
    }
    seen.clear();
    for (const diagram::AreaBox& box : m_geometry.areas()) {
        seen.insert(box.areaId);
        if (AreaItem* item = m_areas.value(box.areaId)) {
            item->setBox(box);
        } else {
            auto* created = new AreaItem(this, box);
            addItem(created);
            m_areas.insert(box.areaId, created);
        }
    }
    for (auto it = m_areas.begin(); it != m_areas.end();) {
        if (seen.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_areas.erase(it);
    }
}

void DiagramScene::tableMoved(TableItem* item)
{
    if (m_rebuilding)
        return;
    const core::Id& id = item->tableId();
    // The geometry follows the item so the lines re-route against its live position; the
    // item keeps painting its document box, translated by its position.
    m_geometry.moveTable(id, item->pos());
    if (m_overview)
        update(); // the batched pass draws from the geometry; the items paint nothing
    for (const qsizetype i : m_geometry.edgeIndicesOf(id)) {
        const diagram::Edge& edge = m_geometry.edges().at(i);
        if (RelationshipItem* line = m_edges.value(edge.foreignKeyId))
            line->setEdge(edge);
    }
    for (const qsizetype i : m_geometry.areaIndicesOf(id)) {
        const diagram::AreaBox& area = m_geometry.areas().at(i);
        if (AreaItem* frame = m_areas.value(area.areaId))
            frame->setBox(area);
    }
}

void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    m_dragStart.clear();
    m_dragText.clear();
    QGraphicsScene::mousePressEvent(event);
    QGraphicsItem* grabber = mouseGrabberItem();
    if (grabber && grabber->type() == AreaItem::Type)
        return; // beginAreaDrag() has set the drag up
    if (!grabber || (grabber->type() != TableItem::Type && grabber->type() != NoteItem::Type))
        return;
    m_dragAnchor = grabber->pos();
    for (TableItem* item : std::as_const(m_tables)) {
        if (item->isSelected() || item == grabber)
            m_dragStart.insert(item, item->pos());
    }
    for (NoteItem* item : std::as_const(m_notes)) {
        if (item->isSelected() || item == grabber)
            m_dragStart.insert(item, item->pos());
    }
}

void DiagramScene::beginAreaDrag(AreaItem* area)
{
    m_dragStart.clear();
    m_dragText = tr("Move Subject Area");
    bool first = true;
    for (const core::Id& member : area->box().memberIds) {
        TableItem* item = m_tables.value(member);
        if (!item)
            continue;
        if (first)
            m_dragAnchor = item->pos();
        first = false;
        m_dragStart.insert(item, item->pos());
    }
}

void DiagramScene::dragArea(AreaItem* area, const QPointF& delta)
{
    for (const core::Id& member : area->box().memberIds) {
        TableItem* item = m_tables.value(member);
        const auto start = m_dragStart.constFind(item);
        if (item && start != m_dragStart.cend())
            item->setPos(*start + delta); // snapped in TableItem::itemChange
    }
}

void DiagramScene::areaResized(AreaItem* area, const QRectF& frame)
{
    QList<core::Id> members;
    for (const diagram::TableBox& box : m_geometry.tables()) {
        if (frame.contains(box.rect.center()))
            members.append(box.tableId);
    }
    if (members.isEmpty()) {
        Q_EMIT message(
            tr("A subject area needs at least one table: the frame held none, nothing changed."));
        return;
    }
    // Members without a box on the canvas (views) cannot be framed; they stay.
    for (const core::Id& member : area->box().memberIds) {
        if (!m_geometry.table(member))
            members.append(member);
    }
    const core::Status status =
        app::AnnotationEdits(m_controller)
            .setSubjectAreaMembers(area->areaId(), members, tr("Resize Subject Area"));
    if (!status)
        Q_EMIT message(status.error().message);
}

void DiagramScene::noteResized(NoteItem* note)
{
    const core::Status status =
        app::AnnotationEdits(m_controller)
            .setNoteRect(note->noteId(), note->currentRect(), tr("Resize Note"));
    if (!status) {
        Q_EMIT message(status.error().message);
        rebuild();
    }
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    m_dragStart.clear();
    commitMoves();
}

QPointF DiagramScene::snapped(const QGraphicsItem* item, const QPointF& proposed) const
{
    const auto snap = [](double v) { return std::round(v / TableItem::kGrid) * TableItem::kGrid; };
    const auto start = m_dragStart.constFind(item);
    if (start == m_dragStart.cend())
        return QPointF(snap(proposed.x()), snap(proposed.y()));
    const QPointF delta = proposed - *start;
    const QPointF anchored(snap(m_dragAnchor.x() + delta.x()), snap(m_dragAnchor.y() + delta.y()));
    return *start + (anchored - m_dragAnchor);
}

void DiagramScene::commitMoves()
{
    // Every table or note whose item sits away from its document position was dragged:
    // record all of them as one command (undo puts them all back at once).
    const document::Document& doc = m_controller->document();
    QMap<core::Id, document::NodeLayout> moved;
    for (TableItem* item : std::as_const(m_tables)) {
        if (item->pos() == item->box().rect.topLeft())
            continue;
        document::NodeLayout node = doc.layout.nodes.value(item->tableId());
        node.x = item->pos().x();
        node.y = item->pos().y();
        moved.insert(item->tableId(), node);
    }
    QMap<core::Id, QPointF> movedNotes;
    for (NoteItem* item : std::as_const(m_notes)) {
        if (item->pos() != item->box().rect.topLeft())
            movedNotes.insert(item->noteId(), item->pos());
    }
    const QString dragText = m_dragText;
    m_dragText.clear();
    if (moved.isEmpty() && movedNotes.isEmpty())
        return;
    QString text = dragText;
    if (text.isEmpty() && movedNotes.isEmpty())
        text =
            moved.size() == 1 ? tr("Move Table") : tr("Move %n Tables", nullptr, int(moved.size()));
    else if (text.isEmpty() && moved.isEmpty())
        text = movedNotes.size() == 1 ? tr("Move Note")
                                      : tr("Move %n Notes", nullptr, int(movedNotes.size()));
    else if (text.isEmpty())
        text = tr("Move %n Items", nullptr, int(moved.size() + movedNotes.size()));
    core::Status status;
    if (movedNotes.isEmpty()) {
        status = m_controller->setNodeLayouts(moved, text);
    } else {
        status = m_controller->applyEdit(text, {}, {}, [&](document::Document& d) -> core::Status {
            for (auto it = moved.cbegin(); it != moved.cend(); ++it) {
                if (!d.model.table(it.key()))
                    return core::Error{it.key().toString(), tr("no such table")};
                d.layout.nodes.insert(it.key(), it.value());
            }
            for (document::Note& note : d.layout.notes) {
                if (const auto at = movedNotes.constFind(note.id); at != movedNotes.cend()) {
                    // Two decimals, as the file keeps them.
                    note.x = std::round(at->x() * 100) / 100;
                    note.y = std::round(at->y() * 100) / 100;
                }
            }
            return {};
        });
    }
    if (!status)
        rebuild(); // the document refused: put the items back where it says they are
}

void DiagramScene::drawBackground(QPainter* painter, const QRectF& rect)
{
    const double scale = painter->worldTransform().m11();
    m_painter.paintBackground(*painter, rect, scale, true);
}

void DiagramScene::drawForeground(QPainter* painter, const QRectF& rect)
{
    if (!m_overview)
        return;
    // Above the areas and the notes (items), so a note lying on a table is covered by it
    // at this zoom; the geometry follows dragged tables (tableMoved), so this is live.
    const double scale = painter->worldTransform().m11();
    painter->save();
    m_painter.paintEdgesAndTables(*painter, m_geometry, rect, scale);
    // What the items would add when selected: the outline paintTable() draws, and the
    // selection-coloured line.
    for (QGraphicsItem* item : selectedItems()) {
        if (item->type() == TableItem::Type) {
            const QRectF box(item->pos(), static_cast<TableItem*>(item)->box().rect.size());
            if (!box.intersects(rect))
                continue;
            painter->setPen(QPen(m_painter.theme().selection, 3 / scale));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(box);
        } else if (item->type() == RelationshipItem::Type) {
            m_painter.paintEdge(*painter, static_cast<RelationshipItem*>(item)->edge(), scale, true,
                                &rect);
        }
    }
    // What belongs above the tables was painted by the view before this pass, under it:
    // paint it again on top — tables' children (the find bar's row highlight), notes, the
    // relationship tool's line. (Their antialiased edges blend twice; nothing else changes.)
    const auto repaint = [painter](QGraphicsItem* item) {
        if (!item->isVisible() || (item->flags() & QGraphicsItem::ItemHasNoContents))
            return;
        painter->save();
        painter->setTransform(item->sceneTransform(), true);
        QStyleOptionGraphicsItem option;
        option.exposedRect = item->boundingRect();
        if (item->isSelected())
            option.state |= QStyle::State_Selected;
        item->paint(painter, &option, nullptr);
        painter->restore();
    };
    for (TableItem* table : std::as_const(m_tables)) {
        for (QGraphicsItem* child : table->childItems()) {
            if (child->sceneBoundingRect().intersects(rect))
                repaint(child);
        }
    }
    for (QGraphicsItem* item : items(rect, Qt::IntersectsItemBoundingRect, Qt::AscendingOrder)) {
        if (!item->parentItem() && item->zValue() > TableItem::kZ)
            repaint(item);
    }
    painter->restore();
}

} // namespace schemata::widgets
