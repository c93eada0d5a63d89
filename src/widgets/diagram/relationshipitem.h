#pragma once

#include "diagram/diagramgeometry.h"

#include <QGraphicsItem>

namespace schemata::widgets {

class DiagramScene;

// One foreign key line with crow's-foot ends. Its path is set by the scene, which
// re-routes it only when one of its two tables moves.
class RelationshipItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    RelationshipItem(DiagramScene* scene, const diagram::Edge& edge);

    const diagram::Edge& edge() const { return m_edge; }
    void setEdge(const diagram::Edge& edge);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    DiagramScene* m_scene;
    diagram::Edge m_edge;
    QRectF m_bounds;
};

} // namespace schemata::widgets
