#pragma once

#include "core/id.h"
#include "document/diagramlayout.h"

#include <QMap>

namespace schemata::app {

enum class Alignment { Left, Right, Top, Bottom, HorizontalCenter, VerticalCenter };
enum class Distribution { Horizontal, Vertical };

// Align and distribute over the selected tables' boxes. The input nodes carry the boxes
// as drawn (a "fit content" size of 0 replaced by the measured size, so a right edge is
// a real edge); the output holds the same nodes with only x/y changed, rounded to two
// decimals as the file format stores them (so undo → save → load is exact).
// Pure functions: the caller turns the result into one undoable layout command.

// Left/Top/Right/Bottom line up on the outermost edge of the selection; the centre
// alignments on the centre of the selection's bounding box. Fewer than two nodes: unchanged.
QMap<core::Id, document::NodeLayout> alignNodes(const QMap<core::Id, document::NodeLayout>& nodes,
                                                Alignment alignment);

// Equal gaps between consecutive boxes, ordered by position (ties by id); the first and
// last box stay where they are. Fewer than three nodes: unchanged. When the boxes are
// wider than the span, they are laid edge to edge from the first one instead of overlapping
// in a negative gap.
QMap<core::Id, document::NodeLayout>
distributeNodes(const QMap<core::Id, document::NodeLayout>& nodes, Distribution distribution);

} // namespace schemata::app
