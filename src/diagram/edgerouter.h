#pragma once

#include <QPolygonF>
#include <QRectF>

namespace schemata::diagram {

// Routes a relationship line between two boxes. Every route leaves and enters a box
// through a straight stub at least kStub long, perpendicular to the border, so that the
// crow's-foot ends always have room and always point into their box.
class EdgeRouter
{
public:
    static constexpr double kStub = 18;

    // Orthogonal: horizontal stubs on the facing sides at the anchor heights (the FK row
    // on the child, the referenced row on the parent); a Z when the boxes are apart, a C
    // around the right-hand sides when they overlap horizontally.
    static QPolygonF orthogonal(const QRectF& from, double fromY, const QRectF& to, double toY);
    // Straight: centre to centre, clipped to both borders.
    static QPolygonF straight(const QRectF& from, const QRectF& to);
    // Self-reference: a loop out of the right side and back, `slot` spreading several loops.
    static QPolygonF selfLoop(const QRectF& box, double fromY, double toY, int slot);

    // Where the segment from the centre of `box` towards `outside` crosses its border.
    static QPointF borderPoint(const QRectF& box, const QPointF& outside);
};

} // namespace schemata::diagram
