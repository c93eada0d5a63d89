#include "app/diagramarrange.h"

#include <QList>

#include <algorithm>
#include <cmath>
#include <limits>

namespace schemata::app {

namespace {

double rounded(double v)
{
    return std::round(v * 100) / 100;
}

} // namespace

QMap<core::Id, document::NodeLayout> alignNodes(const QMap<core::Id, document::NodeLayout>& nodes,
                                                Alignment alignment)
{
    if (nodes.size() < 2)
        return nodes;
    double left = std::numeric_limits<double>::max();
    double top = left;
    double right = std::numeric_limits<double>::lowest();
    double bottom = right;
    for (const document::NodeLayout& n : nodes) {
        left = std::min(left, n.x);
        top = std::min(top, n.y);
        right = std::max(right, n.x + n.width);
        bottom = std::max(bottom, n.y + n.height);
    }
    QMap<core::Id, document::NodeLayout> out = nodes;
    for (document::NodeLayout& n : out) {
        switch (alignment) {
        case Alignment::Left:
            n.x = left;
            break;
        case Alignment::Right:
            n.x = right - n.width;
            break;
        case Alignment::Top:
            n.y = top;
            break;
        case Alignment::Bottom:
            n.y = bottom - n.height;
            break;
        case Alignment::HorizontalCenter:
            n.x = (left + right) / 2 - n.width / 2;
            break;
        case Alignment::VerticalCenter:
            n.y = (top + bottom) / 2 - n.height / 2;
            break;
        }
        n.x = rounded(n.x);
        n.y = rounded(n.y);
    }
    return out;
}

QMap<core::Id, document::NodeLayout>
distributeNodes(const QMap<core::Id, document::NodeLayout>& nodes, Distribution distribution)
{
    if (nodes.size() < 3)
        return nodes;
    const bool horizontal = distribution == Distribution::Horizontal;
    const auto start = [&](const document::NodeLayout& n) { return horizontal ? n.x : n.y; };
    const auto extent = [&](const document::NodeLayout& n) {
        return horizontal ? n.width : n.height;
    };

    QList<core::Id> order = nodes.keys(); // sorted by id: the tie-break
    std::stable_sort(order.begin(), order.end(), [&](const core::Id& a, const core::Id& b) {
        return start(nodes[a]) < start(nodes[b]);
    });
    const document::NodeLayout& first = nodes[order.first()];
    const document::NodeLayout& last = nodes[order.last()];
    double occupied = 0;
    for (const core::Id& id : order)
        occupied += extent(nodes[id]);
    const double span = start(last) + extent(last) - start(first);
    const double gap = std::max(0.0, (span - occupied) / double(order.size() - 1));

    QMap<core::Id, document::NodeLayout> out = nodes;
    double cursor = start(first);
    for (qsizetype i = 0; i < order.size(); ++i) {
        document::NodeLayout& n = out[order[i]];
        // The ends stay put (unless the boxes overflow the span); the inner boxes move.
        const bool keep = i == 0 || (i == order.size() - 1 && gap > 0);
        if (!keep)
            (horizontal ? n.x : n.y) = rounded(cursor);
        cursor = (keep ? start(n) : cursor) + extent(n) + gap;
    }
    return out;
}

} // namespace schemata::app
