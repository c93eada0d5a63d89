#pragma once

#include <QGraphicsView>

namespace schemata::widgets {

class DiagramScene;

// The canvas view: Ctrl+wheel zooms around the cursor, +/- zoom, 0 fits everything,
// zoomToSelection(); the middle button or Space+drag pans; a left drag on the background
// selects with a rubber band.
class DiagramView : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr double kMinZoom = 0.03;
    static constexpr double kMaxZoom = 4.0;
    static constexpr double kReadableZoom = 0.7; // columns legible (level of detail switches at 0.4)

    explicit DiagramView(DiagramScene* scene, QWidget* parent = nullptr);

    double zoom() const;
    void setZoom(double zoom);

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void zoomToSelection();
    // What a freshly opened document shows: the whole diagram when that is still
    // readable, else the top-left corner at kReadableZoom (fit is one key away).
    void zoomForOpening();

Q_SIGNALS:
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void zoomBy(double factor);
    void fitRect(const QRectF& rect);

    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panOrigin;
};

} // namespace schemata::widgets
