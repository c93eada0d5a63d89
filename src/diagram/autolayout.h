#pragma once

#include "core/result.h"
#include "diagram/diagramgeometry.h"
#include "document/diagramlayout.h"

#include <QList>
#include <QMap>
#include <QPointF>
#include <QSizeF>
#include <QString>

#include <atomic>
#include <mutex>
#include <optional>

namespace schemata::diagram {

// What to lay out: pure data (no Qt GUI objects), so a worker thread can run it.
struct LayoutRequest
{
    struct Node
    {
        core::Id id;
        QSizeF size;
        std::optional<QPointF> position; // top-left of a hand-placed box
    };
    struct Link
    {
        core::Id child;
        core::Id parent;
    };

    QList<Node> nodes;
    QList<Link> links;
    // Only nodes without a position are placed; the others are never moved.
    bool placeNewOnly = false;
    // "dot" or "sfdp"; empty: dot up to AutoLayout::kLayeredLimit nodes, sfdp above.
    QString algorithm;
    double spacing = 48; // minimum gap between boxes, scene units
};

struct LayoutResult
{
    QMap<core::Id, QPointF> positions; // new top-left corners, on the 10-unit grid
    QString algorithm;                 // the engine that ran
    bool cancelled = false;            // when true, positions is empty
};

// Auto-layout through Graphviz (libgvc/libcgraph). Graphviz keeps global state that is
// not thread-safe, so run() serialises on a mutex owned by this object: share one
// AutoLayout between the threads that lay out (the studio owns one).
class AutoLayout
{
public:
    static constexpr int kLayeredLimit = 300;

    // Boxes and FK links from a computed geometry; tables without a layout node have no
    // position.
    static LayoutRequest requestFor(const DiagramGeometry& geometry, bool placeNewOnly);

    // Runs the layout. `cancel` is checked between phases (build, layout, read back); a
    // cancelled run returns promptly with cancelled = true.
    core::Result<LayoutResult> run(const LayoutRequest& request, const std::atomic<bool>* cancel = nullptr);

    // The document's layout nodes with the result's positions applied; sizes and colours
    // of existing nodes are kept, new nodes fit their content (size 0).
    static QMap<core::Id, document::NodeLayout> apply(const QMap<core::Id, document::NodeLayout>& nodes,
                                                      const LayoutResult& result);

private:
    std::mutex m_mutex;
};

} // namespace schemata::diagram
