#pragma once

#include "diagram/diagramgeometry.h"
#include "diagram/diagrampainter.h"

#include <QGraphicsScene>
#include <QHash>

namespace schemata::app {
class DocumentController;
}

namespace schemata::widgets {

class RelationshipItem;
class TableItem;

// The ER canvas. Observes the DocumentController: on documentChanged it recomputes the
// geometry and updates only the items whose box or route changed (creating and removing
// items for added and removed tables and keys). A drag of any number of tables becomes
// ONE undoable command on mouse release. Subject areas, notes and the grid are drawn in
// the background layer, behind every item.
class DiagramScene : public QGraphicsScene
{
    Q_OBJECT

public:
    DiagramScene(app::DocumentController* controller, const diagram::DiagramTheme& theme,
                 const QFont& font = diagram::DiagramPainter::defaultFont(), QObject* parent = nullptr);
    ~DiagramScene() override;

    const diagram::DiagramPainter& painter() const { return m_painter; }
    app::DocumentController* controller() const { return m_controller; }
    const diagram::DiagramGeometry& geometry() const { return m_geometry; }
    void setTheme(const diagram::DiagramTheme& theme);

    TableItem* tableItem(const core::Id& tableId) const { return m_tables.value(tableId); }
    RelationshipItem* relationshipItem(const core::Id& fkId) const { return m_edges.value(fkId); }
    QList<core::Id> selectedTableIds() const;
    void selectTable(const core::Id& tableId);
    // The scene rect of everything drawn, with a margin.
    QRectF contentsRect() const;

    // Called by TableItem while it is dragged: re-routes the lines that touch it.
    void tableMoved(TableItem* item);
    // Where a dragged item may go: the grabbed table lands on the grid and every other
    // selected table moves by the same snapped offset, so their arrangement is kept.
    QPointF snapped(const TableItem* item, const QPointF& proposed) const;

Q_SIGNALS:
    // The one selected table (or a null id when none or several are selected).
    void currentTableChanged(const core::Id& tableId);

protected:
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;

private:
    void rebuild();
    void commitMoves();

    app::DocumentController* m_controller;
    QFont m_font;
    diagram::DiagramPainter m_painter;
    diagram::DiagramGeometry m_geometry;
    QHash<core::Id, TableItem*> m_tables;
    QHash<core::Id, RelationshipItem*> m_edges;
    bool m_rebuilding = false;
    QHash<const TableItem*, QPointF> m_dragStart; // selected tables' positions when a drag began
    QPointF m_dragAnchor;                         // the grabbed table's position then
};

} // namespace schemata::widgets
