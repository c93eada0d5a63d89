#include "diagram/edgerouter.h"

#include <algorithm>
#include <cmath>

namespace schemata::diagram {

QPolygonF EdgeRouter::orthogonal(const QRectF& from, double fromY, const QRectF& to, double toY)
{
    QPolygonF route;
    if (to.left() - from.right() >= 2 * kStub) { // parent to the right
        const double midX = std::round((from.right() + to.left()) / 2);
        route << QPointF(from.right(), fromY) << QPointF(midX, fromY) << QPointF(midX, toY)
              << QPointF(to.left(), toY);
    } else if (from.left() - to.right() >= 2 * kStub) { // parent to the left
        const double midX = std::round((to.right() + from.left()) / 2);
        route << QPointF(from.left(), fromY) << QPointF(midX, fromY) << QPointF(midX, toY)
              << QPointF(to.right(), toY);
    } else {
        // Stacked or overlapping: go round the right-hand sides (a "C").
        const double outX = std::max(from.right(), to.right()) + kStub * 1.5;
        route << QPointF(from.right(), fromY) << QPointF(outX, fromY) << QPointF(outX, toY)
              << QPointF(to.right(), toY);
    }
    // Drop the middle vertical when the anchors are level: a straight line reads better.
    if (route.size() == 4 && qFuzzyCompare(fromY + 1, toY + 1) && route[1].x() != route[0].x()
        && route[2].x() != route[3].x() && (route[0].x() < route[1].x()) == (route[2].x() < route[3].x()))
        route = QPolygonF{route[0], route[3]};
    return route;
}

QPointF EdgeRouter::borderPoint(const QRectF& box, const QPointF& outside)
{
    const QPointF c = box.center();
    const double dx = outside.x() - c.x();
    const double dy = outside.y() - c.y();
    if (dx == 0 && dy == 0)
        return c;
    const double sx = dx != 0 ? (box.width() / 2) / std::abs(dx) : 1e300;
    const double sy = dy != 0 ? (box.height() / 2) / std::abs(dy) : 1e300;
    const double s = std::min(sx, sy);
    return {c.x() + dx * s, c.y() + dy * s};
}

QPolygonF EdgeRouter::straight(const QRectF& from, const QRectF& to)
{
    return QPolygonF{borderPoint(from, to.center()), borderPoint(to, from.center())};
}

QPolygonF EdgeRouter::selfLoop(const QRectF& box, double fromY, double toY, int slot)
{
    const double outX = box.right() + kStub * 1.5 + slot * 10;
    if (qFuzzyCompare(fromY + 1, toY + 1))
        toY = fromY - 12; // a column referencing itself still gets a visible loop
    return QPolygonF{QPointF(box.right(), fromY), QPointF(outX, fromY), QPointF(outX, toY),
                     QPointF(box.right(), toY)};
}

} // namespace schemata::diagram
