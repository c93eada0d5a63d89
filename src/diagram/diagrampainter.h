#pragma once

#include "diagram/diagramgeometry.h"
#include "diagram/diagramtheme.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QPen>
#include <QSet>
#include <QStaticText>

class QPainter;

namespace schemata::diagram {

// Paints the diagram's parts with a QPainter: the same code draws the interactive scene,
// PNG/PDF/SVG exports and benchmark frames. `scale` is device pixels per scene unit; it
// selects the level of detail so that no text is drawn smaller than legible.
// Text measurements are memoised per painter (a frame asks the same questions as the last
// one), so one painter must not be used from two threads at once.
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
    void paintEnd(QPainter& p, const QPointF& tip, const QPointF& outward,
                  const EndStyle& end) const;

    // Everything intersecting `exposed` (scene coordinates), back to front: areas, edges,
    // tables, notes. `only`, when given, limits tables and edges to those tables.
    void paint(QPainter& p, const DiagramGeometry& geometry, const QRectF& exposed, double scale,
               const QSet<core::Id>* only = nullptr) const;
    // The lines and the tables of paint(), without areas and notes: the studio's canvas draws
    // them in one batched pass when zoomed out (its areas and notes stay items).
    void paintEdgesAndTables(QPainter& p, const DiagramGeometry& geometry, const QRectF& exposed,
                             double scale, const QSet<core::Id>* only = nullptr) const;

private:
    enum class FontSlot : quint8
    {
        Regular,
        Bold,
        Small
    };
    struct TextKey
    {
        QString text;
        double width = -1; // -1: the advance, otherwise the elision width
        FontSlot font = FontSlot::Regular;
        bool operator==(const TextKey&) const = default;
        friend size_t qHash(const TextKey& k, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, k.text, k.width, quint8(k.font));
        }
    };

    const QFontMetricsF& metrics(FontSlot font) const;
    // QFontMetricsF::horizontalAdvance / elidedText, memoised: each lays the text out,
    // and per-row text layout was most of a 100% frame.
    double advance(FontSlot font, const QString& text) const;
    QString elided(FontSlot font, const QString& text, double width) const;

    QPen edgePen(const Edge& edge, double scale, bool selected) const;
    // The edge's line and ends with the given pens; the caller owns the painter state.
    void strokeEdge(QPainter& p, const Edge& edge, double scale, const QPen& pen,
                    const QPen& endPen, const QRectF* visible) const;
    // drawText(rect, align, text) for one line. At 1:1 scale (100% zoom, and the studio's
    // device-coordinate item cache) it draws a cached QStaticText at the position drawText
    // would use, which gives the same pixels without laying the text out again; at any
    // other scale the glyphs are positioned differently, so it calls drawText.
    void drawLabel(QPainter& p, const QRectF& r, Qt::Alignment align, FontSlot font,
                   const QString& text) const;
    void paintNameOnly(QPainter& p, const TableBox& box, const QColor& header, double scale) const;
    // The name inside a name-only box, as large as fits; nothing when it would be illegible.
    void paintNameLabel(QPainter& p, const TableBox& box, const QColor& header, double scale) const;
    // The table's custom colour, or the theme's header (join tables have their own).
    QColor headerColor(const TableBox& box) const;

    DiagramTheme m_theme;
    QFont m_font;
    QFont m_bold;
    QFont m_small;
    QFontMetricsF m_fm;
    QFontMetricsF m_boldFm;
    QFontMetricsF m_smallFm;
    BoxMetrics m_metrics;
    bool m_aliasedOverview = true;
    mutable QHash<TextKey, double> m_advances;
    mutable QHash<TextKey, QString> m_elided;
    mutable QHash<TextKey, QStaticText> m_static;
};

} // namespace schemata::diagram
