#pragma once

#include "diagram/diagramgeometry.h"
#include "diagram/diagramtheme.h"

#include <QFont>
#include <QFontMetricsF>
#include <QSet>

class QPainter;

namespace schemata::diagram {

// Paints the diagram's parts with a QPainter: the same code draws the interactive scene,
// PNG/PDF/SVG exports and benchmark frames. `scale` is device pixels per scene unit; it
// selects the level of detail so that no text is drawn smaller than legible.
class DiagramPainter
{
public:
    // Below this zoom, tables are drawn as name-only boxes.
    static constexpr double kNameOnlyBelow = 0.4;
    // Text whose on-screen height would fall below this many pixels is not drawn.
    static constexpr double kMinTextPixels = 6;

    DiagramPainter(const DiagramTheme& theme, const QFont& font);

    // The font the CLI and tests use: a pixel size, so geometry does not depend on DPI.
    static QFont defaultFont();

    const DiagramTheme& theme() const { return m_theme; }
    // Below kNameOnlyBelow, paint() draws lines and outlines aliased (on by default: a
    // zoomed-out frame costs half). Exports turn it off for print-quality lines.
    void setAliasedOverview(bool aliased) { m_aliasedOverview = aliased; }
    const QFont& font() const { return m_font; }

    void paintBackground(QPainter& p, const QRectF& rect, double scale, bool grid) const;
    void paintArea(QPainter& p, const AreaBox& area, double scale) const;
    void paintNote(QPainter& p, const NoteBox& note, double scale) const;
    // `visible`, when given, is the exposed scene rect: long lines are cut to it before
    // stroking, because dashing a line costs in proportion to its whole length.
    void paintEdge(QPainter& p, const Edge& edge, double scale, bool selected = false,
                   const QRectF* visible = nullptr) const;
    void paintTable(QPainter& p, const TableBox& box, double scale, bool selected = false) const;
    // One crow's-foot end at `tip` (on a box border); `outward` points away from the box.
    void paintEnd(QPainter& p, const QPointF& tip, const QPointF& outward, const EndStyle& end) const;

    // Everything intersecting `exposed` (scene coordinates), back to front: areas, edges,
    // tables, notes. `only`, when given, limits tables and edges to those tables.
    void paint(QPainter& p, const DiagramGeometry& geometry, const QRectF& exposed, double scale,
               const QSet<core::Id>* only = nullptr) const;

private:
    void paintNameOnly(QPainter& p, const TableBox& box, const QColor& header, double scale) const;

    DiagramTheme m_theme;
    QFont m_font;
    QFont m_bold;
    QFont m_small;
    QFontMetricsF m_fm;
    QFontMetricsF m_boldFm;
    QFontMetricsF m_smallFm;
    BoxMetrics m_metrics;
    bool m_aliasedOverview = true;
};

} // namespace schemata::diagram
