#include "widgets/diagram/relationshipitem.h"

#include "widgets/diagram/diagramscene.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace schemata::widgets {

namespace {
constexpr double kEndMargin = 28; // crow's feet and circles reach this far off the line
}

RelationshipItem::RelationshipItem(DiagramScene* scene, const diagram::Edge& edge) : m_scene(scene)
{
    // The exposed rect reaches paint() (option->exposedRect) so long lines are cut to it.
    setFlags(ItemIsSelectable | ItemUsesExtendedStyleOption);
    setZValue(0); // under the tables
    setEdge(edge);
}

void RelationshipItem::setEdge(const diagram::Edge& edge)
{
    const bool samePath = edge.points == m_edge.points;
    const bool sameLook = edge.childEnd == m_edge.childEnd && edge.parentEnd == m_edge.parentEnd;
    if (samePath && sameLook && !m_bounds.isNull())
        return;
    prepareGeometryChange();
    m_edge = edge;
    m_bounds = edge.points.boundingRect().adjusted(-kEndMargin, -kEndMargin, kEndMargin, kEndMargin);
    update();
}

QPainterPath RelationshipItem::shape() const
{
    QPainterPath path;
    if (m_edge.points.isEmpty())
        return path;
    path.addPolygon(m_edge.points);
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(path);
}

void RelationshipItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const double scale = option->levelOfDetailFromTransform(painter->worldTransform());
    // Only the exposed part is stroked (ItemUsesExtendedStyleOption): at 100% most lines that
    // cross the view run far beyond it, and their crow's feet lie outside it.
    const QRectF exposed = option->exposedRect;
    m_scene->painter().paintEdge(*painter, m_edge, scale, option->state & QStyle::State_Selected,
                                 exposed.isEmpty() ? nullptr : &exposed);
}

} // namespace schemata::widgets
