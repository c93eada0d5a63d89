#include "widgets/diagram/diagramscene.h"

#include "app/documentcontroller.h"
#include "widgets/diagram/relationshipitem.h"
#include "widgets/diagram/tableitem.h"

#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QSet>

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
    m_geometry = diagram::DiagramGeometry::compute(m_controller->document(), m_font);

    QSet<core::Id> seen;
    for (const diagram::TableBox& box : m_geometry.tables()) {
        seen.insert(box.tableId);
        if (TableItem* item = m_tables.value(box.tableId)) {
            item->setBox(box);
        } else {
            auto* created = new TableItem(this, box);
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

    const QRectF content = contentsRect();
    setSceneRect(content.adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin).united(sceneRect()));
    invalidate(QRectF(), BackgroundLayer); // areas and notes may have changed
    m_rebuilding = false;
}

void DiagramScene::tableMoved(TableItem* item)
{
    if (m_rebuilding)
        return;
    const core::Id& id = item->tableId();
    QRectF areasBefore;
    for (const diagram::AreaBox& area : m_geometry.areas()) {
        if (area.memberIds.contains(id))
            areasBefore = areasBefore.united(area.rect);
    }
    // The geometry follows the item so the lines re-route against its live position; the
    // item keeps painting its document box, translated by its position.
    m_geometry.moveTable(id, item->pos());
    for (const qsizetype i : m_geometry.edgeIndicesOf(id)) {
        const diagram::Edge& edge = m_geometry.edges().at(i);
        if (RelationshipItem* line = m_edges.value(edge.foreignKeyId))
            line->setEdge(edge);
    }
    if (!areasBefore.isNull()) {
        QRectF areasAfter;
        for (const diagram::AreaBox& area : m_geometry.areas()) {
            if (area.memberIds.contains(id))
                areasAfter = areasAfter.united(area.rect);
        }
        invalidate(areasBefore.united(areasAfter).adjusted(-4, -4, 4, 4), BackgroundLayer);
    }
}

void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    QGraphicsScene::mousePressEvent(event);
    m_dragStart.clear();
    QGraphicsItem* grabber = mouseGrabberItem();
    if (!grabber || grabber->type() != TableItem::Type)
        return;
    m_dragAnchor = grabber->pos();
    for (TableItem* item : std::as_const(m_tables)) {
        if (item->isSelected() || item == grabber)
            m_dragStart.insert(item, item->pos());
    }
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    m_dragStart.clear();
    commitMoves();
}

QPointF DiagramScene::snapped(const TableItem* item, const QPointF& proposed) const
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
    // Every table whose item sits away from its document position was dragged: record
    // all of them as one command (undo puts them all back at once).
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
    if (moved.isEmpty())
        return;
    const QString text = moved.size() == 1 ? tr("Move Table") : tr("Move %n Tables", nullptr, int(moved.size()));
    if (const core::Status status = m_controller->setNodeLayouts(moved, text); !status)
        rebuild(); // the document refused: put the items back where it says they are
}

void DiagramScene::drawBackground(QPainter* painter, const QRectF& rect)
{
    const double scale = painter->worldTransform().m11();
    m_painter.paintBackground(*painter, rect, scale, true);
    for (const diagram::AreaBox& area : m_geometry.areas()) {
        if (area.rect.intersects(rect))
            m_painter.paintArea(*painter, area, scale);
    }
    for (const diagram::NoteBox& note : m_geometry.notes()) {
        if (note.rect.intersects(rect))
            m_painter.paintNote(*painter, note, scale);
    }
}

} // namespace schemata::widgets
