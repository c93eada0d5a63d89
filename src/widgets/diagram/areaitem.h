#pragma once

#include "diagram/diagramgeometry.h"

#include <QGraphicsItem>

namespace schemata::widgets {

class DiagramScene;

// A subject area: a coloured group drawn around its member tables, under everything
// else. It has no geometry of its own (the document stores only its members), so
// dragging its title bar moves the member tables, and dragging the grip of a selected
// area draws a new frame: the tables whose centres fall inside become its members.
// Only the title bar and the border pick up the mouse; a rubber band can still start
// inside the area.
class AreaItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 4
    };

    AreaItem(DiagramScene* scene, const diagram::AreaBox& box);

    const core::Id& areaId() const { return m_box.areaId; }
    const diagram::AreaBox& box() const { return m_box; }
    void setBox(const diagram::AreaBox& box);
    // True while the grip is being dragged; then `resizeRect()` is the frame drawn.
    bool isResizing() const { return m_resizing; }
    QRectF resizeRect() const { return m_resizeRect; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    static constexpr double kTitleHeight = 40; // the strip above the members (two margins)

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    bool onGrip(const QPointF& scenePos) const;

    DiagramScene* m_scene;
    diagram::AreaBox m_box; // in scene coordinates; the item stays at (0, 0)
    bool m_moving = false;
    bool m_resizing = false;
    QPointF m_pressPos;
    QRectF m_resizeRect;
};

} // namespace schemata::widgets
