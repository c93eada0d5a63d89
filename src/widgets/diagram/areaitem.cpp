#include "widgets/diagram/areaitem.h"

#include "widgets/diagram/diagramscene.h"
#include "widgets/diagram/tableitem.h"

#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <cmath>

namespace schemata::widgets {

namespace {
constexpr double kBorder = 6; // the border band that picks up the mouse
constexpr double kGrip = 16;  // the resize grip in the lower right corner
constexpr double kMargin = 4; // the selection outline reaches outside the area
} // namespace

AreaItem::AreaItem(DiagramScene* scene, const diagram::AreaBox& box) : m_scene(scene), m_box(box)
{
    setFlags(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(-1); // under the lines and the tables
}

void AreaItem::setBox(const diagram::AreaBox& box)
{
    if (box.rect != m_box.rect)
        prepareGeometryChange();
    m_box = box;
    update();
}

QRectF AreaItem::boundingRect() const
{
    const QRectF r = m_resizing ? m_box.rect.united(m_resizeRect) : m_box.rect;
    return r.isNull() ? QRectF() : r.adjusted(-kMargin, -kMargin, kMargin, kMargin);
}

QPainterPath AreaItem::shape() const
{
    QPainterPath path;
    const QRectF& r = m_box.rect;
    if (r.isEmpty())
        return path;
    path.setFillRule(Qt::WindingFill);
    path.addRect(QRectF(r.left(), r.top(), r.width(), kTitleHeight));
    path.addRect(QRectF(r.left(), r.top(), kBorder, r.height()));
    path.addRect(QRectF(r.right() - kBorder, r.top(), kBorder, r.height()));
    path.addRect(QRectF(r.left(), r.bottom() - kBorder, r.width(), kBorder));
    if (isSelected())
        path.addRect(
            QRectF(r.right() - kGrip, r.bottom() - kGrip, kGrip + kMargin, kGrip + kMargin));
    return path;
}

void AreaItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const double scale = option->levelOfDetailFromTransform(painter->worldTransform());
    m_scene->painter().paintArea(*painter, m_box, scale);
    const QColor selection = m_scene->painter().theme().selection;
    if (option->state & QStyle::State_Selected) {
        QPen pen(selection, 2);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(m_box.rect.adjusted(-2, -2, 2, 2), 15, 15);
        const QPointF corner = m_box.rect.bottomRight();
        for (int i = 1; i <= 3; ++i) {
            const double d = kGrip * i / 3;
            painter->drawLine(corner - QPointF(d, 0), corner - QPointF(0, d));
        }
    }
    if (m_resizing) {
        QPen pen(selection, 1.5, Qt::DashLine);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(m_resizeRect);
    }
}

bool AreaItem::onGrip(const QPointF& scenePos) const
{
    const QRectF& r = m_box.rect;
    return isSelected() &&
           QRectF(r.right() - kGrip, r.bottom() - kGrip, kGrip + kMargin, kGrip + kMargin)
               .contains(scenePos);
}

void AreaItem::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsItem::mousePressEvent(event);
        return;
    }
    m_pressPos = event->scenePos();
    if (onGrip(event->scenePos())) {
        prepareGeometryChange();
        m_resizing = true;
        m_resizeRect = m_box.rect;
        event->accept();
        return;
    }
    QGraphicsItem::mousePressEvent(event); // selection
    m_moving = true;
    if (m_scene)
        m_scene->beginAreaDrag(this);
}

void AreaItem::mouseMoveEvent(QGraphicsSceneMouseEvent* event)
{
    if (m_resizing) {
        const QPointF corner = event->scenePos();
        const QRectF r = QRectF(m_box.rect.topLeft(), corner).normalized();
        if (r != m_resizeRect) {
            prepareGeometryChange();
            m_resizeRect = r;
            update();
        }
        return;
    }
    if (m_moving && m_scene)
        m_scene->dragArea(this, event->scenePos() - m_pressPos);
}

void AreaItem::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    if (m_resizing) {
        const QRectF frame = m_resizeRect;
        prepareGeometryChange();
        m_resizing = false;
        update();
        if (m_scene)
            m_scene->areaResized(this, frame);
        event->accept();
        return;
    }
    m_moving = false;
    QGraphicsItem::mouseReleaseEvent(event);
}

void AreaItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_scene) {
        event->accept();
        // The editor opens a dialog, which takes the release: without letting go here the
        // item would stay the mouse grabber and drag the selection on the next move.
        ungrabMouse();
        Q_EMIT m_scene->areaEditRequested(areaId());
        return;
    }
    QGraphicsItem::mouseDoubleClickEvent(event);
}

void AreaItem::hoverMoveEvent(QGraphicsSceneHoverEvent* event)
{
    if (onGrip(event->scenePos()))
        setCursor(Qt::SizeFDiagCursor);
    else
        unsetCursor();
    QGraphicsItem::hoverMoveEvent(event);
}

} // namespace schemata::widgets
