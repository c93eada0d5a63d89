#pragma once

#include "diagram/diagramgeometry.h"

#include <QGraphicsItem>

namespace schemata::widgets {

class DiagramScene;

// A free text note on the canvas, above the tables (as exports draw it). Moves with the
// selection like a table; a selected note shows a grip at its lower right corner that
// resizes it. The document learns of a move or resize on mouse release (DiagramScene);
// a double-click asks for its text (DiagramScene::noteEditRequested).
class NoteItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 3
    };
    static constexpr double kMinWidth = 60;
    static constexpr double kMinHeight = 30;

    NoteItem(DiagramScene* scene, const diagram::NoteBox& box);

    const core::Id& noteId() const { return m_box.noteId; }
    const diagram::NoteBox& box() const { return m_box; }
    void setBox(const diagram::NoteBox& box);
    // Where the note is drawn now: its position and, while resizing, the live size.
    QRectF currentRect() const;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    bool onGrip(const QPointF& itemPos) const;

    DiagramScene* m_scene;
    diagram::NoteBox m_box;
    QSizeF m_size; // the size drawn (differs from the box's while resizing)
    bool m_resizing = false;
    bool m_applyingBox = false;
};

} // namespace schemata::widgets
