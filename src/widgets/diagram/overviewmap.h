#pragma once

#include <QPixmap>
#include <QRectF>
#include <QTimer>
#include <QWidget>

namespace schemata::app {
class DocumentController;
}

namespace schemata::widgets {

class DiagramScene;
class DiagramView;

// A minimap of the whole diagram in the bottom-right corner of the view, with the part
// the view shows outlined. A click or drag on it centres the view there.
//
// Cheap by construction: the map (areas, lines, boxes; names only where they fit) is a
// pixmap rebuilt when the document changes or the map is resized; a scroll or zoom
// only repaints the viewport outline over that pixmap.
class OverviewMap : public QWidget
{
    Q_OBJECT

public:
    OverviewMap(DiagramView* view, DiagramScene* scene, app::DocumentController* controller);

    // The scene rect the map shows (the diagram's contents), and the conversions between
    // scene and map (widget) coordinates.
    QRectF world() const { return m_world; }
    QPointF toMap(const QPointF& scenePoint) const;
    QPointF toScene(const QPointF& mapPoint) const;
    // The view's visible scene rect, in map coordinates.
    QRectF viewportOutline() const;

    // Re-renders the cached map now (normally deferred to the next event loop pass).
    void refresh();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void place();
    void panTo(const QPointF& mapPoint);

    DiagramView* m_view;
    DiagramScene* m_scene;
    QPixmap m_cache;
    QRectF m_world;
    double m_scale = 1;
    QPointF m_offset;
    QTimer m_refreshTimer;
    bool m_dragging = false;
};

} // namespace schemata::widgets
