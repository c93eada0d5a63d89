#include "widgets/diagram/diagramview.h"

#include "widgets/diagram/diagramscene.h"

#include <QGraphicsItem>
#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace schemata::widgets {

namespace {
constexpr double kStep = 1.25;
}

DiagramView::DiagramView(DiagramScene* scene, QWidget* parent) : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    // One repaint of the moved items' bounding rect per frame instead of many small ones.
    setViewportUpdateMode(BoundingRectViewportUpdate);
    setOptimizationFlags(DontAdjustForAntialiasing);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("ER diagram"));
    // Zoomed out, the scene paints tables and lines in one batched pass (see
    // DiagramScene::setOverview); every zoom change goes through zoomChanged.
    connect(this, &DiagramView::zoomChanged, this, [this](double z) {
        if (auto* s = qobject_cast<DiagramScene*>(this->scene()))
            s->setOverview(z < diagram::DiagramPainter::kNameOnlyBelow);
    });
}

double DiagramView::zoom() const
{
    return transform().m11();
}

void DiagramView::setZoom(double zoom)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    const double current = this->zoom();
    if (current <= 0 || qFuzzyCompare(zoom, current))
        return;
    scale(zoom / current, zoom / current);
    Q_EMIT zoomChanged(this->zoom());
}

void DiagramView::zoomBy(double factor)
{
    setZoom(zoom() * factor);
}

void DiagramView::zoomIn()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    zoomBy(kStep);
    setTransformationAnchor(anchor);
}

void DiagramView::zoomOut()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    zoomBy(1 / kStep);
    setTransformationAnchor(anchor);
}

void DiagramView::fitRect(const QRectF& rect)
{
    if (rect.isEmpty())
        return;
    fitInView(rect, Qt::KeepAspectRatio);
    // fitInView may go beyond the zoom limits; bring it back.
    if (zoom() > kMaxZoom || zoom() < kMinZoom) {
        const double z = std::clamp(zoom(), kMinZoom, kMaxZoom);
        setTransform(QTransform::fromScale(z, z));
        centerOn(rect.center());
    }
    Q_EMIT zoomChanged(zoom());
}

void DiagramView::zoomToFit()
{
    if (auto* s = qobject_cast<DiagramScene*>(scene()))
        fitRect(s->contentsRect());
}

void DiagramView::zoomForOpening()
{
    auto* s = qobject_cast<DiagramScene*>(scene());
    if (!s || s->contentsRect().isEmpty())
        return;
    const QRectF content = s->contentsRect();
    fitRect(content);
    // A fit that only shows name boxes hides the columns a person opened the file to see.
    if (zoom() < kReadableZoom) {
        setTransform(QTransform::fromScale(kReadableZoom, kReadableZoom));
        const QSizeF visible = mapToScene(viewport()->rect()).boundingRect().size();
        centerOn(content.topLeft() + QPointF(visible.width() / 2, visible.height() / 2));
        Q_EMIT zoomChanged(zoom());
    }
}

void DiagramView::zoomToSelection()
{
    QRectF r;
    for (QGraphicsItem* item : scene()->selectedItems())
        r = r.united(item->sceneBoundingRect());
    if (r.isNull())
        return zoomToFit();
    fitRect(r.adjusted(-40, -40, 40, 40));
}

void DiagramView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        // Around the cursor (AnchorUnderMouse); 120 units is one notch of a wheel.
        zoomBy(std::pow(kStep, event->angleDelta().y() / 120.0));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void DiagramView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        zoomToFit();
        return;
    case Qt::Key_Space:
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            setDragMode(ScrollHandDrag);
            setInteractive(false); // Space+drag pans even over a table
        }
        return;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void DiagramView::keyReleaseEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        setDragMode(RubberBandDrag);
        setInteractive(true);
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DiagramView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panOrigin = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DiagramView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_panning) {
        const QPoint now = event->position().toPoint();
        const QPoint delta = now - m_panOrigin;
        m_panOrigin = now;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DiagramView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_panning && event->button() == Qt::MiddleButton) {
        m_panning = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

} // namespace schemata::widgets
