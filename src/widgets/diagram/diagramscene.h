#pragma once

#include "diagram/diagramgeometry.h"
#include "diagram/diagrampainter.h"

#include <QGraphicsScene>
#include <QHash>

namespace schemata::app {
class DocumentController;
}

namespace schemata::widgets {

class AreaItem;
class NoteItem;
class RelationshipItem;
class TableItem;

// The ER canvas. Observes the DocumentController: on documentChanged it updates the
// geometry (DiagramGeometry::update: only what the edit changed) and the items whose box
// or route changed (creating and removing items for added and removed tables and keys). A drag of
// any number of tables becomes ONE undoable command on mouse release (notes dragged along in the
// same command). Subject areas (under everything) and notes (above the tables) are items too; only
// the grid is drawn in the background layer.
class DiagramScene : public QGraphicsScene
{
    Q_OBJECT

public:
    DiagramScene(app::DocumentController* controller, const diagram::DiagramTheme& theme,
                 const QFont& font = diagram::DiagramPainter::defaultFont(),
                 QObject* parent = nullptr);
    ~DiagramScene() override;

    const diagram::DiagramPainter& painter() const { return m_painter; }
    app::DocumentController* controller() const { return m_controller; }
    const diagram::DiagramGeometry& geometry() const { return m_geometry; }
    void setTheme(const diagram::DiagramTheme& theme);

    TableItem* tableItem(const core::Id& tableId) const { return m_tables.value(tableId); }
    RelationshipItem* relationshipItem(const core::Id& fkId) const { return m_edges.value(fkId); }
    NoteItem* noteItem(const core::Id& noteId) const { return m_notes.value(noteId); }
    AreaItem* areaItem(const core::Id& areaId) const { return m_areas.value(areaId); }
    QList<core::Id> selectedTableIds() const;
    QList<core::Id> selectedNoteIds() const;
    QList<core::Id> selectedAreaIds() const;
    void selectTable(const core::Id& tableId);
    // The scene rect of everything drawn, with a margin.
    QRectF contentsRect() const;

    // Zoomed out (below DiagramPainter::kNameOnlyBelow) the view switches the scene to one
    // batched pass: table and line items paint nothing (ItemHasNoContents; they stay
    // selectable, movable and hoverable) and drawForeground paints all of them from the
    // geometry with a few draw calls, instead of 5,000 items each paying the view's
    // per-item transform, save/restore and cache blit. Areas and notes stay items.
    void setOverview(bool overview);
    bool overview() const { return m_overview; }

    // Called by TableItem while it is dragged: re-routes the lines that touch it.
    void tableMoved(TableItem* item);
    // Where a dragged item may go: the grabbed table lands on the grid and every other
    // selected table moves by the same snapped offset, so their arrangement is kept.
    QPointF snapped(const QGraphicsItem* item, const QPointF& proposed) const;

    // Called by AreaItem: a drag of its title bar moves its member tables by `delta`
    // (snapped as a table drag is); the release commits them as one command.
    void beginAreaDrag(AreaItem* area);
    void dragArea(AreaItem* area, const QPointF& delta);
    // Called by AreaItem when its grip is released: the tables whose centres lie in
    // `frame` become its members (one command); a frame holding none changes nothing.
    void areaResized(AreaItem* area, const QRectF& frame);
    // Called by NoteItem when its grip is released: one command with the new size.
    void noteResized(NoteItem* note);

Q_SIGNALS:
    // The one selected table (or a null id when none or several are selected).
    void currentTableChanged(const core::Id& tableId);
    // A double-click on a note or on a subject area's title (the editor asks for text).
    void noteEditRequested(const core::Id& noteId);
    void areaEditRequested(const core::Id& areaId);
    // Something the user should know (e.g. why a resize changed nothing).
    void message(const QString& text);

protected:
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;

private:
    void rebuild();
    void rebuildAnnotations();
    void commitMoves();
    // Puts a table or line item in the current painting mode (see setOverview).
    void applyOverview(QGraphicsItem* item) const;

    app::DocumentController* m_controller;
    QFont m_font;
    diagram::DiagramPainter m_painter;
    diagram::DiagramGeometry m_geometry;
    QHash<core::Id, TableItem*> m_tables;
    QHash<core::Id, RelationshipItem*> m_edges;
    QHash<core::Id, NoteItem*> m_notes;
    QHash<core::Id, AreaItem*> m_areas;
    bool m_rebuilding = false;
    bool m_overview = false;
    QHash<const QGraphicsItem*, QPointF> m_dragStart; // dragged items' positions when a drag began
    QPointF m_dragAnchor;                             // the grabbed item's position then
    QString m_dragText;                               // the command's name, when not "Move Tables"
};

} // namespace schemata::widgets
