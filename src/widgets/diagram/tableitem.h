#pragma once

#include "diagram/diagramgeometry.h"

#include <QGraphicsItem>

namespace schemata::widgets {

class DiagramScene;

// One table box on the canvas, painted by diagram::DiagramPainter (no child items, no
// widgets, no shadows). Its position is the box's top-left corner, snapped to the grid
// while dragging; the document learns of the move only on mouse release (DiagramScene).
class TableItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    static constexpr double kGrid = 10;
    static constexpr double kZ = 1; // above lines (0) and areas (-1), below notes (2)

    TableItem(DiagramScene* scene, const diagram::TableBox& box);

    const core::Id& tableId() const { return m_box.tableId; }
    const diagram::TableBox& box() const { return m_box; }
    // Takes a new box from a recomputed geometry; repaints only when it differs.
    void setBox(const diagram::TableBox& box);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    bool sameBox(const diagram::TableBox& other) const;

    DiagramScene* m_scene;
    diagram::TableBox m_box; // in scene coordinates as computed; painted relative to pos()
    bool m_applyingBox = false;
};

} // namespace schemata::widgets
