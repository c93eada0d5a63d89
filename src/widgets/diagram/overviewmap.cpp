#include "widgets/diagram/overviewmap.h"

#include "app/documentcontroller.h"
#include "widgets/diagram/diagramscene.h"
#include "widgets/diagram/diagramview.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

namespace schemata::widgets {

namespace {
constexpr int kMargin = 12; // from the viewport's corner
constexpr int kInset = 4;   // inside the map's frame
} // namespace

OverviewMap::OverviewMap(DiagramView* view, DiagramScene* scene,
                         app::DocumentController* controller)
    : QWidget(view), m_view(view), m_scene(scene)
{
    setAccessibleName(tr("Diagram overview"));
    setToolTip(tr("Overview: click or drag to move the view"));
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_OpaquePaintEvent);
    // Several edits in one event loop pass (an undo of many moves) re-render once.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &OverviewMap::refresh);
    // Queued behind the scene's own documentChanged handler, so the geometry is current.
    connect(controller, &app::DocumentController::documentChanged, &m_refreshTimer,
            qOverload<>(&QTimer::start));
    const auto repaint = [this] { update(); };
    connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this, repaint);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, repaint);
    connect(view, &DiagramView::zoomChanged, this, repaint);
    // The viewport also changes size without the view (scroll bars come and go).
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this);
    place();
    refresh();
}

void OverviewMap::place()
{
    const QRect area = m_view->viewport()->geometry();
    const int w = std::clamp(area.width() / 5, 140, 280);
    const int h = std::clamp(w * 2 / 3, 90, std::max(90, area.height() / 3));
    setGeometry(area.right() - kMargin - w + 1, area.bottom() - kMargin - h + 1, w, h);
    raise();
}

bool OverviewMap::eventFilter(QObject* watched, QEvent* event)
{
    if ((watched == m_view || watched == m_view->viewport())
        && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        place();
    return QWidget::eventFilter(watched, event);
}

void OverviewMap::resizeEvent(QResizeEvent*)
{
    refresh();
}

QPointF OverviewMap::toMap(const QPointF& p) const
{
    return (p - m_world.topLeft()) * m_scale + m_offset;
}

QPointF OverviewMap::toScene(const QPointF& p) const
{
    return (p - m_offset) / m_scale + m_world.topLeft();
}

QRectF OverviewMap::viewportOutline() const
{
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    return QRectF(toMap(visible.topLeft()), toMap(visible.bottomRight()));
}

void OverviewMap::refresh()
{
    m_refreshTimer.stop();
    m_world = m_scene->contentsRect();
    const QRectF inner = QRectF(rect()).adjusted(kInset, kInset, -kInset, -kInset);
    if (m_world.isEmpty() || inner.isEmpty()) {
        m_world = QRectF(0, 0, 1, 1);
        m_scale = 1;
        m_offset = inner.topLeft();
    } else {
        m_scale = std::min(inner.width() / m_world.width(), inner.height() / m_world.height());
        m_offset = inner.center() - QPointF(m_world.width(), m_world.height()) * m_scale / 2;
    }

    const diagram::DiagramTheme& theme = m_scene->painter().theme();
    const qreal dpr = devicePixelRatioF();
    m_cache = QPixmap((QSizeF(size()) * dpr).toSize());
    m_cache.setDevicePixelRatio(dpr);
    m_cache.fill(theme.canvas);
    QPainter p(&m_cache);
    p.setRenderHint(QPainter::Antialiasing);
    const diagram::DiagramGeometry& geometry = m_scene->geometry();
    const auto mapRect = [this](const QRectF& r) {
        return QRectF(toMap(r.topLeft()), toMap(r.bottomRight()));
    };

    for (const diagram::AreaBox& area : geometry.areas()) {
        if (area.rect.isEmpty())
            continue;
        QColor c(area.color);
        c.setAlpha(theme.areaFillAlpha * 2);
        p.fillRect(mapRect(area.rect), c);
    }
    p.setPen(QPen(theme.edge, 0));
    for (const diagram::Edge& edge : geometry.edges()) {
        QPolygonF line;
        line.reserve(edge.points.size());
        for (const QPointF& pt : edge.points)
            line.append(toMap(pt));
        p.drawPolyline(line);
    }
    // Name-only level of detail: a header band and a body, the name where it is legible.
    QFont font = m_scene->painter().font();
    font.setPixelSize(9);
    p.setFont(font);
    for (const diagram::TableBox& box : geometry.tables()) {
        const QRectF r = mapRect(box.rect);
        const QColor header = box.color.isEmpty() ? theme.header : QColor(box.color);
        if (r.width() < 4 || r.height() < 4) {
            p.fillRect(r, header);
            continue;
        }
        p.fillRect(r, theme.boxFill);
        const QRectF band = mapRect(box.headerRect);
        p.fillRect(band, header);
        p.setPen(QPen(theme.boxBorder, 0));
        p.drawRect(r);
        if (band.height() >= 9 && band.width() >= 24) {
            p.setPen(diagram::DiagramTheme::textOn(header));
            p.drawText(band.adjusted(2, 0, -2, 0), Qt::AlignCenter,
                       p.fontMetrics().elidedText(box.name, Qt::ElideRight, int(band.width()) - 4));
        }
    }
    p.end();
    update();
}

void OverviewMap::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.drawPixmap(0, 0, m_cache);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor accent = m_scene->painter().theme().selection;
    QColor fill = accent;
    fill.setAlpha(40);
    const QRectF outline = viewportOutline().intersected(QRectF(rect()).adjusted(1, 1, -1, -1));
    p.setPen(QPen(accent, 1.5));
    p.setBrush(fill);
    if (!outline.isEmpty())
        p.drawRect(outline);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
}

void OverviewMap::panTo(const QPointF& mapPoint)
{
    m_view->centerOn(toScene(mapPoint));
    update();
}

void OverviewMap::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_dragging = true;
    panTo(event->position());
    event->accept();
}

void OverviewMap::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_dragging)
        return QWidget::mouseMoveEvent(event);
    panTo(event->position());
    event->accept();
}

void OverviewMap::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        m_dragging = false;
    event->accept();
}

} // namespace schemata::widgets
