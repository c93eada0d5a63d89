#include "widgets/diagram/noteitem.h"

#include "widgets/diagram/diagramscene.h"
#include "widgets/diagram/tableitem.h"

#include <QCursor>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <algorithm>
#include <cmath>

namespace schemata::widgets {

namespace {
constexpr double kMargin = 3; // selection outline and grip reach outside the note
constexpr double kGrip = 12;  // the resize grip, in scene units

double snap(double v)
{
    return std::round(v / TableItem::kGrid) * TableItem::kGrid;
}
} // namespace

NoteItem::NoteItem(DiagramScene* scene, const diagram::NoteBox& box) : m_scene(scene), m_box(box)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(2); // notes annotate: above tables and lines, as the exporter draws them
    m_size = box.rect.size();
    m_applyingBox = true;
    setPos(box.rect.topLeft());
    m_applyingBox = false;
}

void NoteItem::setBox(const diagram::NoteBox& box)
{
    if (box.rect.size() != m_size || box.text != m_box.text)
        prepareGeometryChange();
    m_box = box;
    m_size = box.rect.size();
    m_resizing = false;
    m_applyingBox = true;
    setPos(box.rect.topLeft());
    m_applyingBox = false;
    update();
}

QRectF NoteItem::currentRect() const
{
    return QRectF(pos(), m_size);
}

QRectF NoteItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size).adjusted(-kMargin, -kMargin, kMargin, kMargin);
}

void NoteItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const double scale = option->levelOfDetailFromTransform(painter->worldTransform());
    diagram::NoteBox drawn = m_box;
    drawn.rect = QRectF(QPointF(0, 0), m_size);
    m_scene->painter().paintNote(*painter, drawn, scale);
    if (option->state & QStyle::State_Selected) {
        const QColor selection = m_scene->painter().theme().selection;
        QPen pen(selection, 2);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(drawn.rect.adjusted(-1, -1, 1, 1));
        // The grip: three short diagonals in the lower right corner.
        const QPointF corner = drawn.rect.bottomRight();
        for (int i = 1; i <= 3; ++i) {
            const double d = kGrip * i / 3;
            painter->drawLine(corner - QPointF(d, 0), corner - QPointF(0, d));
        }
    }
}

bool NoteItem::onGrip(const QPointF& itemPos) const
{
    return isSelected() && QRectF(QPointF(m_size.width() - kGrip, m_size.height() - kGrip),
                                  QSizeF(kGrip + kMargin, kGrip + kMargin))
                               .contains(itemPos);
}

QVariant NoteItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemPositionChange && !m_applyingBox && m_scene)
        return m_scene->snapped(this, value.toPointF());
    return QGraphicsItem::itemChange(change, value);
}

void NoteItem::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && onGrip(event->pos())) {
        m_resizing = true;
        event->accept();
        return;
    }
    QGraphicsItem::mousePressEvent(event);
}

void NoteItem::mouseMoveEvent(QGraphicsSceneMouseEvent* event)
{
    if (!m_resizing) {
        QGraphicsItem::mouseMoveEvent(event);
        return;
    }
    const QPointF corner = event->scenePos();
    const QSizeF size(std::max(kMinWidth, snap(corner.x()) - pos().x()),
                      std::max(kMinHeight, snap(corner.y()) - pos().y()));
    if (size != m_size) {
        prepareGeometryChange();
        m_size = size;
        update();
    }
}

void NoteItem::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    if (m_resizing) {
        m_resizing = false;
        if (m_scene && m_size != m_box.rect.size())
            m_scene->noteResized(this);
        event->accept();
        return;
    }
    QGraphicsItem::mouseReleaseEvent(event);
}

void NoteItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_scene) {
        event->accept();
        // The editor opens a dialog, which takes the release: without letting go here the
        // item would stay the mouse grabber and drag the selection on the next move.
        ungrabMouse();
        Q_EMIT m_scene->noteEditRequested(noteId());
        return;
    }
    QGraphicsItem::mouseDoubleClickEvent(event);
}

void NoteItem::hoverMoveEvent(QGraphicsSceneHoverEvent* event)
{
    if (onGrip(event->pos()))
        setCursor(Qt::SizeFDiagCursor);
    else
        unsetCursor();
    QGraphicsItem::hoverMoveEvent(event);
}

} // namespace schemata::widgets
