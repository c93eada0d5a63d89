#include "diagram/autolayout.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <QByteArray>
#include <QHash>
#include <QRectF>

#include <cmath>
#include <cstdlib>
#include <memory>

namespace schemata::diagram {

namespace {

constexpr double kGrid = 10;
constexpr double kPointsPerInch = 72;

bool isCancelled(const std::atomic<bool>* cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// cgraph's 2.x API takes char* for names and values it never modifies.
char* cs(const char* text)
{
    return const_cast<char*>(text);
}

void set(void* object, const char* name, const QByteArray& value)
{
    agsafeset(object, cs(name), cs(value.constData()), cs(""));
}

QByteArray inches(double units)
{
    return QByteArray::number(units / kPointsPerInch, 'f', 4);
}

double snap(double v)
{
    return std::round(v / kGrid) * kGrid;
}

struct GraphDeleter
{
    void operator()(Agraph_t* g) const { agclose(g); }
};
struct ContextDeleter
{
    void operator()(GVC_t* c) const { gvFreeContext(c); }
};

} // namespace

LayoutRequest AutoLayout::requestFor(const DiagramGeometry& geometry, bool placeNewOnly)
{
    LayoutRequest request;
    request.placeNewOnly = placeNewOnly;
    request.nodes.reserve(geometry.tables().size());
    for (const TableBox& box : geometry.tables()) {
        LayoutRequest::Node node{box.tableId, box.rect.size(), std::nullopt};
        if (box.placed)
            node.position = box.rect.topLeft();
        request.nodes.append(node);
    }
    for (const Edge& edge : geometry.edges()) {
        if (!edge.selfReference)
            request.links.append({edge.childTableId, edge.parentTableId});
    }
    return request;
}

core::Result<LayoutResult> AutoLayout::run(const LayoutRequest& request, const std::atomic<bool>* cancel)
{
    LayoutResult result;
    const auto cancelled = [&] {
        result.cancelled = true;
        result.positions.clear();
        return result;
    };
    if (isCancelled(cancel))
        return cancelled();

    QList<qsizetype> movable;
    QRectF fixedBounds;
    for (qsizetype i = 0; i < request.nodes.size(); ++i) {
        const LayoutRequest::Node& node = request.nodes[i];
        if (request.placeNewOnly && node.position)
            fixedBounds = fixedBounds.united(QRectF(*node.position, node.size));
        else
            movable.append(i);
    }
    result.algorithm = !request.algorithm.isEmpty()            ? request.algorithm
                       : movable.size() <= kLayeredLimit ? QStringLiteral("dot")
                                                               : QStringLiteral("sfdp");
    if (result.algorithm != QLatin1String("dot") && result.algorithm != QLatin1String("sfdp"))
        return core::Error{{}, QStringLiteral("unknown layout algorithm \"%1\" (expected dot or sfdp)").arg(result.algorithm)};
    if (movable.isEmpty())
        return result;

    const std::lock_guard lock(m_mutex);
    const bool layered = result.algorithm == QLatin1String("dot");

    // Phase 1: build the graph.
    agseterr(AGMAX); // Graphviz prints warnings on stderr; the caller reports what matters
    std::unique_ptr<GVC_t, ContextDeleter> gvc(gvContext());
    if (!gvc)
        return core::Error{{}, QStringLiteral("Graphviz could not start (no layout plugins?)")};
    std::unique_ptr<Agraph_t, GraphDeleter> graph(agopen(cs("schemata"), Agdirected, nullptr));
    Agraph_t* g = graph.get();
    const QByteArray gap = inches(request.spacing);
    set(g, "splines", "false"); // edges are routed by the diagram, not by Graphviz
    if (layered) {
        set(g, "rankdir", "TB");
        set(g, "nodesep", gap);
        set(g, "ranksep", inches(request.spacing * 1.6));
        set(g, "mclimit", "0.5"); // fewer crossing-minimisation passes: big graphs stay fast
        set(g, "packmode", "graph");
    } else {
        set(g, "overlap", "prism");
        set(g, "sep", "+" + QByteArray::number(int(request.spacing / 2)));
        set(g, "esep", "+" + QByteArray::number(int(request.spacing / 4)));
        set(g, "K", inches(request.spacing * 3));
        set(g, "start", "1"); // fixed random seed: the same input gives the same layout
    }

    QHash<core::Id, Agnode_t*> nodes;
    QList<Agnode_t*> order;
    order.reserve(movable.size());
    for (qsizetype i : std::as_const(movable)) {
        const LayoutRequest::Node& node = request.nodes[i];
        Agnode_t* n = agnode(g, cs(QByteArray("n" + QByteArray::number(i)).constData()), 1);
        set(n, "shape", "box");
        set(n, "fixedsize", "true");
        set(n, "label", "");
        set(n, "width", inches(std::max(node.size.width(), 1.0)));
        set(n, "height", inches(std::max(node.size.height(), 1.0)));
        nodes.insert(node.id, n);
        order.append(n);
    }
    for (const LayoutRequest::Link& link : request.links) {
        Agnode_t* child = nodes.value(link.child);
        Agnode_t* parent = nodes.value(link.parent);
        if (child && parent && child != parent)
            agedge(g, parent, child, nullptr, 1); // parents rank above their children
    }
    if (isCancelled(cancel))
        return cancelled();

    // Phase 2: lay out. sfdp and its overlap removal draw from the C library's generators
    // without always reseeding them; seed them here (under the lock) so the same input
    // gives the same layout in every run, not only in the first one of a process.
    std::srand(1);
    srand48(1);
    if (gvLayout(gvc.get(), g, result.algorithm.toLatin1().constData()) != 0)
        return core::Error{{}, QStringLiteral("Graphviz %1 layout failed").arg(result.algorithm)};
    if (isCancelled(cancel)) {
        gvFreeLayout(gvc.get(), g);
        return cancelled();
    }

    // Phase 3: read positions back. Graphviz gives centres in points with y up.
    const boxf bb = GD_bb(g);
    QRectF placed;
    for (qsizetype k = 0; k < order.size(); ++k) {
        const LayoutRequest::Node& node = request.nodes[movable[k]];
        const pointf c = ND_coord(order[k]);
        const QPointF topLeft(c.x - bb.LL.x - node.size.width() / 2, (bb.UR.y - c.y) - node.size.height() / 2);
        result.positions.insert(node.id, topLeft);
        placed = placed.united(QRectF(topLeft, node.size));
    }
    gvFreeLayout(gvc.get(), g);

    // New tables go below everything hand-placed, so nothing placed by hand moves or is covered.
    QPointF offset;
    if (!fixedBounds.isNull())
        offset = QPointF(fixedBounds.left(), fixedBounds.bottom() + request.spacing * 2) - placed.topLeft();
    for (auto it = result.positions.begin(); it != result.positions.end(); ++it)
        *it = QPointF(snap(it->x() + offset.x()), snap(it->y() + offset.y()));
    return result;
}

QMap<core::Id, document::NodeLayout> AutoLayout::apply(const QMap<core::Id, document::NodeLayout>& nodes,
                                                       const LayoutResult& result)
{
    QMap<core::Id, document::NodeLayout> out = nodes;
    for (auto it = result.positions.cbegin(); it != result.positions.cend(); ++it) {
        document::NodeLayout& node = out[it.key()];
        node.x = it->x();
        node.y = it->y();
    }
    return out;
}

} // namespace schemata::diagram
