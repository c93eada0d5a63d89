#include "widgets/diagram/tableitem.h"

#include "app/documentcontroller.h"
#include "app/markerdescription.h"
#include "widgets/diagram/diagramscene.h"

#include <QCoreApplication>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace schemata::widgets {

namespace {
constexpr double kSelectionMargin = 3; // the selection outline is drawn outside the box
}

TableItem::TableItem(DiagramScene* scene, const diagram::TableBox& box) : m_scene(scene), m_box(box)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    // Boxes are repainted from a device-resolution cache; the painter redraws only on
    // a zoom change or an edit of this table.
    setCacheMode(DeviceCoordinateCache);
    setAcceptHoverEvents(true);
    m_applyingBox = true;
    setPos(box.rect.topLeft());
    m_applyingBox = false;
    setZValue(kZ);
}

bool TableItem::sameBox(const diagram::TableBox& o) const
{
    if (m_box.rect != o.rect || m_box.name != o.name || m_box.schemaName != o.schemaName
        || m_box.color != o.color || m_box.indexCount != o.indexCount || m_box.joinTable != o.joinTable
        || m_box.rows.size() != o.rows.size())
        return false;
    for (int i = 0; i < o.rows.size(); ++i) {
        const diagram::ColumnRow& a = m_box.rows[i];
        const diagram::ColumnRow& b = o.rows[i];
        if (a.name != b.name || a.type != b.type || a.primaryKey != b.primaryKey || a.foreignKey != b.foreignKey
            || a.unique != b.unique || a.notNull != b.notNull || a.pii != b.pii || a.indexed != b.indexed)
            return false;
    }
    return true;
}

void TableItem::setBox(const diagram::TableBox& box)
{
    if (sameBox(box)) {
        if (pos() != box.rect.topLeft()) { // an undo of a move: same box, old place
            m_applyingBox = true;
            setPos(box.rect.topLeft());
            m_applyingBox = false;
        }
        return;
    }
    prepareGeometryChange();
    m_box = box;
    m_applyingBox = true;
    setPos(box.rect.topLeft());
    m_applyingBox = false;
    update();
}

QRectF TableItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_box.rect.size())
        .adjusted(-kSelectionMargin, -kSelectionMargin, kSelectionMargin, kSelectionMargin);
}

void TableItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const double scale = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->translate(-m_box.rect.topLeft());
    m_scene->painter().paintTable(*painter, m_box, scale, option->state & QStyle::State_Selected);
}

QVariant TableItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemPositionChange && !m_applyingBox) {
        const QPointF p = value.toPointF();
        return m_scene ? m_scene->snapped(this, p)
                       : QPointF(std::round(p.x() / kGrid) * kGrid, std::round(p.y() / kGrid) * kGrid);
    }
    if (change == ItemPositionHasChanged && !m_applyingBox && m_scene)
        m_scene->tableMoved(this);
    return QGraphicsItem::itemChange(change, value);
}

void TableItem::hoverMoveEvent(QGraphicsSceneHoverEvent* event)
{
    // Explain the markers of the row under the pointer.
    const QPointF scenePos = event->pos() + m_box.rect.topLeft();
    QString tip = m_box.joinTable ? QCoreApplication::translate("TableItem", "%1 (join table of a many-to-many relationship)").arg(m_box.name)
                                  : m_box.name;
    // Name the constraint or index behind each marker ("FK orders_customer_id_fkey →
    // customers(id)"); the header's index badge lists the table's indexes.
    const model::Model* model = m_scene ? &m_scene->controller()->document().model : nullptr;
    const model::Table* table = model ? model->table(m_box.tableId) : nullptr;
    if (table && m_box.indexCount > 0 && m_box.headerRect.contains(scenePos))
        tip += QStringLiteral("\n") + app::describeTableIndexes(*table).join(QStringLiteral("\n"));
    for (const diagram::ColumnRow& row : std::as_const(m_box.rows)) {
        if (!row.rect.contains(scenePos))
            continue;
        QStringList parts{row.name + QStringLiteral(" ") + row.type};
        if (table)
            parts << app::describeColumnMarkers(*model, *table, row.columnId);
        tip = parts.join(QStringLiteral("\n"));
        break;
    }
    if (toolTip() != tip)
        setToolTip(tip);
    QGraphicsItem::hoverMoveEvent(event);
}

} // namespace schemata::widgets
