#include "diagram/diagrampainter.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace schemata::diagram {

namespace {

constexpr double kRadius = 6;
constexpr double kEndsFrom = 0.25; // below this zoom a line has no crow's-foot ends

QFont scaledFont(const QFont& base, double factor)
{
    QFont f(base);
    if (base.pixelSize() > 0)
        f.setPixelSize(std::max(1, int(std::lround(base.pixelSize() * factor))));
    else
        f.setPointSizeF(base.pointSizeF() * factor);
    return f;
}

double textPixels(const QFontMetricsF& fm, double scale)
{
    return fm.height() * scale;
}

QPointF unit(const QPointF& v)
{
    const double len = std::hypot(v.x(), v.y());
    return len > 0 ? v / len : QPointF(1, 0);
}

} // namespace

DiagramPainter::DiagramPainter(const DiagramTheme& theme, const QFont& font)
    : m_theme(theme), m_font(font), m_bold(font), m_small(scaledFont(font, 0.8)), m_fm(font),
      m_boldFm(font), m_smallFm(m_small), m_metrics(font)
{
    m_bold.setBold(true);
    m_boldFm = QFontMetricsF(m_bold);
}

namespace {

// Beyond this many memoised strings the cache starts over: a bound on memory for a painter
// that lives as long as the studio, far above what one frame of 2,000 tables needs.
constexpr qsizetype kMaxCachedTexts = 100000;

} // namespace

const QFontMetricsF& DiagramPainter::metrics(FontSlot font) const
{
    switch (font) {
    case FontSlot::Bold:
        return m_boldFm;
    case FontSlot::Small:
        return m_smallFm;
    case FontSlot::Regular:
        break;
    }
    return m_fm;
}

double DiagramPainter::advance(FontSlot font, const QString& text) const
{
    TextKey key{text, -1, font};
    if (const auto it = m_advances.constFind(key); it != m_advances.cend())
        return *it;
    if (m_advances.size() >= kMaxCachedTexts)
        m_advances.clear();
    const double w = metrics(font).horizontalAdvance(text);
    m_advances.insert(std::move(key), w);
    return w;
}

QString DiagramPainter::elided(FontSlot font, const QString& text, double width) const
{
    TextKey key{text, width, font};
    if (const auto it = m_elided.constFind(key); it != m_elided.cend())
        return *it;
    if (m_elided.size() >= kMaxCachedTexts)
        m_elided.clear();
    QString e = metrics(font).elidedText(text, Qt::ElideRight, width);
    m_elided.insert(std::move(key), e);
    return e;
}

void DiagramPainter::drawLabel(QPainter& p, const QRectF& r, Qt::Alignment align, FontSlot font,
                               const QString& text) const
{
    // Only where the result is provably drawText's: a pure translation by whole 1/64ths of
    // a pixel (the text engine's fixed point); a frame at a fractional offset differs.
    const QTransform& t = p.worldTransform();
    const auto on64th = [](double v) { return v * 64 == std::round(v * 64); };
    if (t.type() > QTransform::TxTranslate || !on64th(t.dx()) || !on64th(t.dy()) ||
        text.contains(QLatin1Char('\n'))) {
        p.drawText(r, int(align), text);
        return;
    }
    TextKey key{text, -1, font};
    auto it = m_static.constFind(key);
    if (it == m_static.cend()) {
        if (m_static.size() >= kMaxCachedTexts)
            m_static.clear();
        QStaticText st(text);
        st.setTextFormat(Qt::PlainText);
        st.setPerformanceHint(QStaticText::AggressiveCaching);
        st.prepare(QTransform(), p.font());
        it = m_static.insert(std::move(key), st);
    }
    const double w = advance(font, text);
    double x = r.left();
    if (align & Qt::AlignRight)
        x = r.right() - w;
    else if (align & Qt::AlignHCenter)
        x = r.left() + (r.width() - w) / 2;
    const double y = r.top() + (r.height() - metrics(font).height()) / 2;
    // drawText lays the line out in 26.6 fixed point: round the origin the same way.
    p.drawStaticText(QPointF(std::round(x * 64) / 64, std::round(y * 64) / 64), *it);
}

QFont DiagramPainter::defaultFont()
{
    QFont f;
    f.setFamilies({QStringLiteral("Inter"), QStringLiteral("Noto Sans"),
                   QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"),
                   QStringLiteral("Sans Serif")});
    f.setPixelSize(13);
    f.setStyleHint(QFont::SansSerif);
    return f;
}

void DiagramPainter::paintBackground(QPainter& p, const QRectF& rect, double scale, bool grid) const
{
    p.fillRect(rect, m_theme.canvas);
    // A dot grid only where its spacing is at least 8 device pixels apart.
    const double step = 20;
    if (!grid || step * scale < 8)
        return;
    p.save();
    // Cosmetic, aliased square dots: antialiased round points cost as much as the tables.
    p.setRenderHint(QPainter::Antialiasing, false);
    QPen dotPen(m_theme.grid, scale >= 1 ? 2 : 1, Qt::SolidLine, Qt::SquareCap);
    dotPen.setCosmetic(true);
    p.setPen(dotPen);
    const double x0 = std::floor(rect.left() / step) * step;
    const double y0 = std::floor(rect.top() / step) * step;
    QList<QPointF> dots;
    for (double y = y0; y <= rect.bottom(); y += step)
        for (double x = x0; x <= rect.right(); x += step)
            dots.append(QPointF(x, y));
    p.drawPoints(dots.constData(), int(dots.size()));
    p.restore();
}

void DiagramPainter::paintArea(QPainter& p, const AreaBox& area, double scale) const
{
    if (area.rect.isEmpty())
        return;
    QColor color(area.color);
    if (!color.isValid())
        color = m_theme.header;
    QColor fill = color;
    fill.setAlpha(m_theme.areaFillAlpha);
    QColor border = color;
    border.setAlpha(160);
    p.save();
    p.setPen(QPen(border, 1.5 / std::max(scale, 0.05)));
    p.setBrush(fill);
    p.drawRoundedRect(area.rect, 14, 14);
    QFont f = scaledFont(m_bold, 1.2);
    const QFontMetricsF fm(f);
    if (textPixels(fm, scale) >= kMinTextPixels) {
        p.setFont(f);
        p.setPen(m_theme.dark ? color.lighter(150) : color.darker(140));
        p.drawText(
            QRectF(area.rect.left() + 14, area.rect.top() + 8, area.rect.width() - 28, fm.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(area.name, Qt::ElideRight, area.rect.width() - 28));
    }
    p.restore();
}

void DiagramPainter::paintNote(QPainter& p, const NoteBox& note, double scale) const
{
    p.save();
    p.setPen(QPen(m_theme.noteBorder, 1));
    p.setBrush(m_theme.noteFill);
    // A folded corner tells a note from a table at any zoom.
    const double fold = std::min(14.0, note.rect.height() / 3);
    QPainterPath path;
    path.moveTo(note.rect.topLeft());
    path.lineTo(note.rect.right() - fold, note.rect.top());
    path.lineTo(note.rect.right(), note.rect.top() + fold);
    path.lineTo(note.rect.bottomRight());
    path.lineTo(note.rect.bottomLeft());
    path.closeSubpath();
    p.drawPath(path);
    if (textPixels(m_fm, scale) >= kMinTextPixels) {
        p.setFont(m_font);
        p.setPen(m_theme.noteText);
        p.drawText(note.rect.adjusted(m_metrics.padding, m_metrics.padding / 2,
                                      -m_metrics.padding - fold / 2, -m_metrics.padding / 2),
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, note.text);
    }
    p.restore();
}

void DiagramPainter::paintEnd(QPainter& p, const QPointF& tip, const QPointF& outward,
                              const EndStyle& end) const
{
    const QPointF d = unit(outward);
    const QPointF n(-d.y(), d.x());
    const double spread = 7;
    if (end.many) {
        const QPointF apex = tip + d * 14;
        p.drawLine(apex, tip + n * spread);
        p.drawLine(apex, tip);
        p.drawLine(apex, tip - n * spread);
    } else {
        const QPointF c = tip + d * 8;
        p.drawLine(c + n * spread, c - n * spread);
    }
    if (end.optional) {
        const QPointF c = tip + d * 21;
        const double r = 4.5;
        p.save();
        p.setBrush(m_theme.canvas);
        p.drawEllipse(c, r, r);
        p.restore();
    } else {
        const QPointF c = tip + d * 18;
        p.drawLine(c + n * spread, c - n * spread);
    }
}

namespace {

// Liang–Barsky: the part of segment a→b inside r, or false when none is.
bool clipSegment(const QRectF& r, QPointF& a, QPointF& b)
{
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    double t0 = 0;
    double t1 = 1;
    const double pv[4] = {-dx, dx, -dy, dy};
    const double qv[4] = {a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (pv[i] == 0) {
            if (qv[i] < 0)
                return false;
            continue;
        }
        const double t = qv[i] / pv[i];
        if (pv[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    const QPointF start = a;
    a = start + QPointF(dx, dy) * t0;
    b = start + QPointF(dx, dy) * t1;
    return true;
}

} // namespace

QPen DiagramPainter::edgePen(const Edge& edge, double scale, bool selected) const
{
    const QColor color = selected ? m_theme.selection : m_theme.edge;
    // A cosmetic pen (width in device pixels, never under one): it survives zooming out,
    // and the raster engine strokes and dashes cosmetic lines on a fast path.
    const double width = selected ? std::max(1.0, 2.0 * scale) : std::max(1.0, 1.3 * scale - 0.3);
    QPen pen(color, width, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin);
    pen.setCosmetic(true);
    // Optional parent (nullable FK): dashed line, as in the usual ER notation.
    if (edge.parentEnd.optional)
        pen.setDashPattern({5, 3});
    return pen;
}

void DiagramPainter::paintEdge(QPainter& p, const Edge& edge, double scale, bool selected,
                               const QRectF* visible) const
{
    if (edge.points.size() < 2)
        return;
    p.save();
    // The same rule as paint(): zoomed out, lines are drawn aliased.
    if (m_aliasedOverview && scale < kNameOnlyBelow)
        p.setRenderHint(QPainter::Antialiasing, false);
    QPen pen = edgePen(edge, scale, selected);
    QPen endPen = pen;
    endPen.setStyle(Qt::SolidLine);
    p.setBrush(Qt::NoBrush);
    strokeEdge(p, edge, scale, pen, endPen, visible);
    p.restore();
}

void DiagramPainter::strokeEdge(QPainter& p, const Edge& edge, double scale, const QPen& pen,
                                const QPen& endPen, const QRectF* visible) const
{
    p.setPen(pen);
    if (visible && !visible->contains(edge.points.boundingRect())) {
        const QRectF r = visible->adjusted(-8, -8, 8, 8);
        for (qsizetype i = 1; i < edge.points.size(); ++i) {
            QPointF a = edge.points[i - 1];
            QPointF b = edge.points[i];
            if (clipSegment(r, a, b))
                p.drawLine(a, b);
        }
    } else {
        p.drawPolyline(edge.points);
    }
    if (scale >= kEndsFrom) {
        p.setPen(endPen);
        const QPolygonF& pts = edge.points;
        // An end reaches at most 26 units from its tip (circle at 21, radius 4.5, the pen):
        // one wholly outside the visible rect would only be clipped away, at the cost of
        // four lines and an antialiased circle.
        const QRectF endZone = visible ? visible->adjusted(-30, -30, 30, 30) : QRectF();
        if (!visible || endZone.contains(pts.first()))
            paintEnd(p, pts.first(), pts[1] - pts.first(), edge.childEnd);
        if (!visible || endZone.contains(pts.last()))
            paintEnd(p, pts.last(), pts[pts.size() - 2] - pts.last(), edge.parentEnd);
    }
}

QColor DiagramPainter::headerColor(const TableBox& box) const
{
    if (!box.color.isEmpty()) {
        if (const QColor custom(box.color); custom.isValid())
            return custom;
    }
    return box.joinTable ? m_theme.joinHeader : m_theme.header;
}

void DiagramPainter::paintNameOnly(QPainter& p, const TableBox& box, const QColor& header,
                                   double scale) const
{
    QPen border(m_theme.boxBorder, 1);
    border.setCosmetic(true);
    p.setPen(border);
    p.setBrush(header);
    p.drawRect(box.rect);
    paintNameLabel(p, box, header, scale);
}

void DiagramPainter::paintNameLabel(QPainter& p, const TableBox& box, const QColor& header,
                                    double scale) const
{
    // The name as large as fits the box (up to 13 px on screen), shrinking for long names
    // but never below legible; only then is it elided.
    const double room = box.rect.width() - 8 / scale;
    QFont f(m_bold);
    double px = std::min(13 / scale, box.rect.height() * 0.45);
    const double basePx =
        m_bold.pixelSize() > 0 ? m_bold.pixelSize() : m_boldFm.ascent() + m_boldFm.descent();
    // Width per pixel of font size.
    const double natural = advance(FontSlot::Bold, box.name) / basePx;
    if (natural > 0)
        px = std::min(px, room / natural);
    px = std::max(px, (kMinTextPixels + 1) / scale);
    // Cheap exits first (from the base font's proportions): building a font and its
    // metrics for a box too small to label would dominate a zoomed-out frame.
    if (px > box.rect.height() * 0.8 || m_boldFm.averageCharWidth() / basePx * px * 3 > room)
        return;
    f.setPixelSize(std::max(1, int(px)));
    const QFontMetricsF fm(f);
    p.setFont(f);
    p.setPen(DiagramTheme::textOn(header));
    p.drawText(box.rect, Qt::AlignCenter, fm.elidedText(box.name, Qt::ElideRight, room));
}

void DiagramPainter::paintTable(QPainter& p, const TableBox& box, double scale, bool selected) const
{
    p.save();
    const QColor header = headerColor(box);
    if (scale < kNameOnlyBelow || textPixels(m_fm, scale) < kMinTextPixels) {
        paintNameOnly(p, box, header, scale);
        if (selected) {
            p.setPen(QPen(m_theme.selection, 3 / scale));
            p.setBrush(Qt::NoBrush);
            p.drawRect(box.rect);
        }
        p.restore();
        return;
    }
    const double pad = m_metrics.padding;

    QPainterPath outline;
    outline.addRoundedRect(box.rect, kRadius, kRadius);
    p.setPen(Qt::NoPen);
    p.setBrush(m_theme.boxFill);
    p.drawPath(outline);

    // No clip path: on the raster engine an antialiased clip turns every later fill and
    // glyph run into a masked blend. The header gets its rounded top corners from a
    // rounded rect whose lower corners are then squared off.
    p.setBrush(header);
    p.drawRoundedRect(box.headerRect, kRadius, kRadius);
    p.fillRect(box.headerRect.adjusted(0, kRadius, 0, 0), header);
    const QColor headerText = DiagramTheme::textOn(header);

    // Header: bold name on the first line, schema and index badge on the second.
    const double lineH = box.headerRect.height() / 2;
    const QRectF nameRect(box.headerRect.left() + pad, box.headerRect.top() + lineH * 0.25,
                          box.headerRect.width() - 2 * pad, lineH);
    p.setFont(m_bold);
    p.setPen(headerText);
    const QString title = box.joinTable ? box.name + QStringLiteral("  \u21C4") : box.name;
    drawLabel(p, nameRect, Qt::AlignLeft | Qt::AlignVCenter, FontSlot::Bold,
              elided(FontSlot::Bold, title, nameRect.width()));
    const QRectF subRect(nameRect.left(), nameRect.bottom(), nameRect.width(), lineH * 0.7);
    p.setFont(m_small);
    if (box.indexCount > 0) {
        // Two source strings rather than "%n index(es)": exports run without a translator
        // loaded and must still read as English.
        const QString badge =
            box.indexCount == 1
                ? QCoreApplication::translate("DiagramPainter", "1 index")
                : QCoreApplication::translate("DiagramPainter", "%1 indexes").arg(box.indexCount);
        const double w = advance(FontSlot::Small, badge) + 10;
        const QRectF pill(subRect.right() - w, subRect.center().y() - m_smallFm.height() / 2 - 1, w,
                          m_smallFm.height() + 2);
        p.setPen(Qt::NoPen);
        QColor pillFill = headerText;
        pillFill.setAlpha(46);
        p.setBrush(pillFill);
        p.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        p.setPen(headerText);
        drawLabel(p, pill, Qt::AlignCenter, FontSlot::Small, badge);
    }
    if (!box.schemaName.isEmpty()) {
        QColor schemaColor = headerText;
        schemaColor.setAlpha(190);
        p.setPen(schemaColor);
        drawLabel(p, subRect, Qt::AlignLeft | Qt::AlignVCenter, FontSlot::Small,
                  elided(FontSlot::Small, box.schemaName, subRect.width() * 0.6));
    }

    // Rows.
    const double badgeWidth = advance(FontSlot::Small, QStringLiteral("PII NN U")) + pad;
    for (int i = 0; i < box.rows.size(); ++i) {
        const ColumnRow& row = box.rows[i];
        if (row.rect.bottom() > box.rect.bottom() + 0.5)
            break; // a box sized by hand shows only the rows that fit
        // Stripes stay clear of the rounded bottom corners.
        if (i % 2 == 1 && row.rect.bottom() < box.rect.bottom() - kRadius)
            p.fillRect(row.rect.adjusted(1, 0, -1, 0), m_theme.boxStripe);
        const double cy = row.rect.center().y();
        // Marker column: PK / FK (both: "PF").
        const QString marker = row.primaryKey && row.foreignKey ? QStringLiteral("PF")
                               : row.primaryKey                 ? QStringLiteral("PK")
                               : row.foreignKey                 ? QStringLiteral("FK")
                                                                : QString();
        if (!marker.isEmpty()) {
            p.setFont(m_small);
            p.setPen(row.primaryKey ? m_theme.pk : m_theme.fk);
            const QRectF markerRect(row.rect.left() + pad, row.rect.top(), m_metrics.markerWidth,
                                    row.rect.height());
            drawLabel(p, markerRect, Qt::AlignLeft | Qt::AlignVCenter, FontSlot::Small, marker);
        }
        const double nameLeft = row.rect.left() + pad + m_metrics.markerWidth;
        const double badgeLeft = row.rect.right() - pad - badgeWidth;
        // The name keeps its full width when it can; the type gives way first, down to 40%.
        const double available = badgeLeft - nameLeft - pad;
        const FontSlot nameFont = row.primaryKey ? FontSlot::Bold : FontSlot::Regular;
        const double nameNatural = advance(nameFont, row.name);
        const double typeWidth = std::min(advance(FontSlot::Regular, row.type),
                                          std::max(available - nameNatural, available * 0.4));
        const double typeLeft = badgeLeft - pad / 2 - typeWidth;
        p.setFont(row.primaryKey ? m_bold : m_font);
        p.setPen(row.foreignKey && !row.primaryKey ? m_theme.fk : m_theme.text);
        const double nameWidth = typeLeft - nameLeft - pad / 2;
        drawLabel(p, QRectF(nameLeft, row.rect.top(), nameWidth, row.rect.height()),
                  Qt::AlignLeft | Qt::AlignVCenter, nameFont,
                  elided(nameFont, row.name, nameWidth));
        p.setFont(m_font);
        p.setPen(m_theme.typeText);
        drawLabel(p, QRectF(typeLeft, row.rect.top(), typeWidth, row.rect.height()),
                  Qt::AlignRight | Qt::AlignVCenter, FontSlot::Regular,
                  elided(FontSlot::Regular, row.type, typeWidth));
        // Badges, right to left: PII, U, NN.
        p.setFont(m_small);
        double x = row.rect.right() - pad;
        const auto badge = [&](const QString& text, const QColor& color, bool pill) {
            const double w = advance(FontSlot::Small, text) + (pill ? 6 : 0);
            const QRectF r(x - w, cy - m_smallFm.height() / 2, w, m_smallFm.height());
            if (pill) {
                p.setPen(Qt::NoPen);
                p.setBrush(color);
                p.drawRoundedRect(r, 3, 3);
                p.setPen(DiagramTheme::textOn(color));
            } else {
                p.setPen(color);
            }
            drawLabel(p, r, Qt::AlignCenter, FontSlot::Small, text);
            x -= w + 4;
        };
        if (row.pii)
            badge(QStringLiteral("PII"), m_theme.pii, true);
        if (row.unique && !row.primaryKey)
            badge(QStringLiteral("U"), m_theme.indexBadge, false);
        if (row.notNull && !row.primaryKey)
            badge(QStringLiteral("NN"), m_theme.badgeText, false);
        if (row.indexed && !row.unique && !row.primaryKey)
            badge(QStringLiteral("\u2022"), m_theme.indexBadge, false);
    }

    p.setBrush(Qt::NoBrush);
    if (selected)
        p.setPen(QPen(m_theme.selection, 2.5));
    else
        p.setPen(QPen(m_theme.boxBorder, 1));
    p.drawPath(outline);
    p.restore();
}

void DiagramPainter::paint(QPainter& p, const DiagramGeometry& geometry, const QRectF& exposed,
                           double scale, const QSet<core::Id>* only) const
{
    if (!only) {
        for (const AreaBox& area : geometry.areas()) {
            if (area.rect.intersects(exposed))
                paintArea(p, area, scale);
        }
    }
    paintEdgesAndTables(p, geometry, exposed, scale, only);
    if (!only) {
        for (const NoteBox& note : geometry.notes()) {
            if (note.rect.intersects(exposed))
                paintNote(p, note, scale);
        }
    }
}

void DiagramPainter::paintEdgesAndTables(QPainter& p, const DiagramGeometry& geometry,
                                         const QRectF& exposed, double scale,
                                         const QSet<core::Id>* only) const
{
    // Zoomed out, thousands of one-pixel lines and box outlines dominate the frame; drawn
    // aliased they cost a fraction and, axis-aligned, look the same.
    const bool overview = m_aliasedOverview && scale < kNameOnlyBelow;
    const bool antialiased = p.testRenderHint(QPainter::Antialiasing);
    if (overview)
        p.setRenderHint(QPainter::Antialiasing, false);
    // The pens are built once per frame, not per edge, and the painter state is saved once:
    // per-edge pen construction and save/restore were half the cost of a zoomed-out frame.
    p.save();
    p.setBrush(Qt::NoBrush);
    Edge dashed;
    dashed.parentEnd.optional = true;
    const QPen solidPen = edgePen(Edge(), scale, false);
    const QPen dashedPen = edgePen(dashed, scale, false);
    // Zoomed out, the ends are not drawn and a line is a few pixels long: the cost is the
    // painter's per-call overhead, not the pixels. All solid lines go out in one drawLines
    // call and all dashed ones in another (a dash pattern then restarts at each bend, which
    // at this scale no one can see).
    QList<QLineF> solidLines;
    QList<QLineF> dashedLines;
    const QRectF clip = exposed.adjusted(-8, -8, 8, 8);
    for (const Edge& edge : geometry.edges()) {
        if (only && !(only->contains(edge.childTableId) && only->contains(edge.parentTableId)))
            continue;
        if (edge.points.size() < 2)
            continue;
        if (!edge.points.boundingRect().adjusted(-24, -24, 24, 24).intersects(exposed))
            continue;
        if (!overview || scale >= kEndsFrom) {
            strokeEdge(p, edge, scale, edge.parentEnd.optional ? dashedPen : solidPen, solidPen,
                       &exposed);
            continue;
        }
        QList<QLineF>& lines = edge.parentEnd.optional ? dashedLines : solidLines;
        for (qsizetype i = 1; i < edge.points.size(); ++i) {
            QPointF a = edge.points[i - 1];
            QPointF b = edge.points[i];
            if (clipSegment(clip, a, b))
                lines.append(QLineF(a, b));
        }
    }
    if (!solidLines.isEmpty()) {
        p.setPen(solidPen);
        p.drawLines(solidLines);
    }
    if (!dashedLines.isEmpty()) {
        p.setPen(dashedPen);
        p.drawLines(dashedLines);
    }
    p.restore();
    if (overview) {
        // Name-only boxes, grouped by header colour into one drawRects call each, then
        // their labels: per-box painter calls were most of a zoomed-out frame after the
        // lines. Groups keep first-seen order, so the output stays deterministic.
        QPen border(m_theme.boxBorder, 1);
        border.setCosmetic(true);
        QList<std::pair<QRgb, QList<QRectF>>> groups;
        QList<std::pair<const TableBox*, QColor>> shown;
        for (const TableBox& box : geometry.tables()) {
            if ((only && !only->contains(box.tableId)) || !box.rect.intersects(exposed))
                continue;
            const QColor header = headerColor(box);
            const QRgb rgb = header.rgba();
            auto group = std::find_if(groups.begin(), groups.end(),
                                      [rgb](const auto& g) { return g.first == rgb; });
            if (group == groups.end()) {
                groups.append(std::pair<QRgb, QList<QRectF>>(rgb, QList<QRectF>()));
                group = groups.end() - 1;
            }
            group->second.append(box.rect);
            shown.append({&box, header});
        }
        p.save();
        p.setPen(border);
        for (const auto& [rgb, rects] : std::as_const(groups)) {
            p.setBrush(QColor::fromRgba(rgb));
            p.drawRects(rects.constData(), int(rects.size()));
        }
        for (const auto& [box, header] : std::as_const(shown))
            paintNameLabel(p, *box, header, scale);
        p.restore();
    } else {
        for (const TableBox& box : geometry.tables()) {
            if (only && !only->contains(box.tableId))
                continue;
            if (box.rect.intersects(exposed))
                paintTable(p, box, scale);
        }
    }
    p.setRenderHint(QPainter::Antialiasing, antialiased);
}

} // namespace schemata::diagram
