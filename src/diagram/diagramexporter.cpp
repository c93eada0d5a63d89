#include "diagram/diagramexporter.h"

#include "diagram/diagrampainter.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>
#include <functional>

namespace schemata::diagram {

namespace {

// The drawing inside one QSvgGenerator document: what lies between the end of its
// <desc>/<defs> preamble and </svg>. Each table is painted into its own generator and
// spliced in as one group, because QSvgGenerator opens a new <g> on every state change
// and offers no way to name or nest groups.
QByteArray svgBody(const QByteArray& svg)
{
    qsizetype start = svg.indexOf("</defs>");
    if (start >= 0) {
        start += 7;
    } else {
        start = svg.indexOf("</desc>");
        start = start >= 0 ? start + 7 : svg.indexOf('>', svg.indexOf("<svg")) + 1;
    }
    const qsizetype end = svg.lastIndexOf("</svg>");
    return svg.mid(start, end - start).trimmed();
}

QByteArray xmlEscape(const QString& text)
{
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

std::optional<ExportFormat> exportFormatFromName(QStringView name)
{
    if (name.compare(u"svg", Qt::CaseInsensitive) == 0)
        return ExportFormat::Svg;
    if (name.compare(u"png", Qt::CaseInsensitive) == 0)
        return ExportFormat::Png;
    if (name.compare(u"pdf", Qt::CaseInsensitive) == 0)
        return ExportFormat::Pdf;
    return std::nullopt;
}

DiagramExporter::DiagramExporter(const DiagramGeometry& geometry, ExportOptions options)
    : m_geometry(geometry), m_options(std::move(options))
{
}

QSet<core::Id> DiagramExporter::selection() const
{
    return QSet<core::Id>(m_options.tableIds.cbegin(), m_options.tableIds.cend());
}

core::Status DiagramExporter::check() const
{
    for (const core::Id& id : m_options.tableIds) {
        if (!m_geometry.table(id))
            return core::Error{{}, QStringLiteral("no table with id \"%1\" in the diagram").arg(id.toString())};
    }
    if (!(m_options.scale > 0) || m_options.scale > 16)
        return core::Error{{}, QStringLiteral("scale %1 is out of range (0, 16]").arg(m_options.scale)};
    const QSize size = imageSize();
    if (qint64(size.width()) * size.height() > qint64(400) * 1000 * 1000)
        return core::Error{{}, QStringLiteral("the image would be %1×%2 pixels; choose a smaller scale")
                                   .arg(size.width())
                                   .arg(size.height())};
    return {};
}

QRectF DiagramExporter::sceneRect() const
{
    QRectF r = m_options.tableIds.isEmpty() ? m_geometry.bounds() : m_geometry.bounds(m_options.tableIds);
    if (r.isNull())
        r = QRectF(0, 0, 200, 100);
    // Whole units so the image size and the SVG viewBox are exact.
    const double m = m_options.margin;
    return QRectF(QPointF(std::floor(r.left() - m), std::floor(r.top() - m)),
                  QPointF(std::ceil(r.right() + m), std::ceil(r.bottom() + m)));
}

QSize DiagramExporter::imageSize() const
{
    const QRectF r = sceneRect();
    return QSize(int(std::ceil(r.width() * m_options.scale - 1e-9)), int(std::ceil(r.height() * m_options.scale - 1e-9)));
}

core::Result<QByteArray> DiagramExporter::exportAs(ExportFormat format) const
{
    if (const core::Status status = check(); !status)
        return status.error();
    switch (format) {
    case ExportFormat::Svg:
        return toSvg();
    case ExportFormat::Png:
        return toPng();
    case ExportFormat::Pdf:
        return toPdf();
    }
    return core::Error{{}, QStringLiteral("unknown export format")};
}

QByteArray DiagramExporter::toSvg() const
{
    const QRectF rect = sceneRect();
    DiagramPainter painter(m_options.theme, m_options.font);
    painter.setAliasedOverview(false);
    const QSet<core::Id> only = selection();
    const bool whole = m_options.tableIds.isEmpty();

    const auto fragment = [&](const std::function<void(QPainter&)>& paint) {
        QBuffer buffer;
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setViewBox(rect);
        generator.setSize(rect.size().toSize());
        generator.setResolution(72);
        QPainter p(&generator);
        p.setRenderHint(QPainter::Antialiasing);
        paint(p);
        p.end();
        return svgBody(buffer.data());
    };

    QByteArray out;
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n";
    out += QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.2\" baseProfile=\"tiny\" "
                          "width=\"%1\" height=\"%2\" viewBox=\"%3 %4 %1 %2\">\n")
               .arg(rect.width())
               .arg(rect.height())
               .arg(rect.left())
               .arg(rect.top())
               .toUtf8();
    out += "<title>" + xmlEscape(m_options.title) + "</title>\n";
    out += "<g id=\"background\">\n"
           + fragment([&](QPainter& p) { p.fillRect(rect, m_options.theme.canvas); }) + "\n</g>\n";
    if (whole) {
        for (const AreaBox& area : m_geometry.areas()) {
            if (area.rect.isEmpty())
                continue;
            out += "<g id=\"area-" + xmlEscape(area.areaId.toString()) + "\" class=\"area\">\n"
                   + fragment([&](QPainter& p) { painter.paintArea(p, area, 1); }) + "\n</g>\n";
        }
    }
    for (const Edge& edge : m_geometry.edges()) {
        if (!whole && !(only.contains(edge.childTableId) && only.contains(edge.parentTableId)))
            continue;
        out += "<g id=\"fk-" + xmlEscape(edge.foreignKeyId.toString()) + "\" class=\"relationship\">\n"
               + fragment([&](QPainter& p) { painter.paintEdge(p, edge, 1); }) + "\n</g>\n";
    }
    for (const TableBox& box : m_geometry.tables()) {
        if (!whole && !only.contains(box.tableId))
            continue;
        out += "<g id=\"table-" + xmlEscape(box.tableId.toString()) + "\" class=\"table\" data-name=\""
               + xmlEscape(box.name) + "\">\n" + fragment([&](QPainter& p) { painter.paintTable(p, box, 1); })
               + "\n</g>\n";
    }
    if (whole) {
        for (const NoteBox& note : m_geometry.notes()) {
            out += "<g id=\"note-" + xmlEscape(note.noteId.toString()) + "\" class=\"note\">\n"
                   + fragment([&](QPainter& p) { painter.paintNote(p, note, 1); }) + "\n</g>\n";
        }
    }
    out += "</svg>\n";
    return out;
}

QImage DiagramExporter::toImage() const
{
    const QRectF rect = sceneRect();
    QImage image(imageSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(m_options.theme.canvas);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.scale(m_options.scale, m_options.scale);
    p.translate(-rect.topLeft());
    DiagramPainter painter(m_options.theme, m_options.font);
    painter.setAliasedOverview(false);
    const QSet<core::Id> only = selection();
    painter.paint(p, m_geometry, rect, m_options.scale, m_options.tableIds.isEmpty() ? nullptr : &only);
    p.end();
    return image;
}

QByteArray DiagramExporter::toPng() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    toImage().save(&buffer, "PNG");
    return bytes;
}

QByteArray DiagramExporter::toPdf() const
{
    const QRectF rect = sceneRect();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(m_options.title);
        writer.setCreator(QStringLiteral("Schemata"));
        // One page the size of the drawing, in points (1 scene unit = 1 pt).
        writer.setPageSize(QPageSize(rect.size(), QPageSize::Point, {}, QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(72);
        QPainter p(&writer);
        p.setRenderHint(QPainter::Antialiasing);
        p.translate(-rect.topLeft());
        DiagramPainter painter(m_options.theme, m_options.font);
        painter.setAliasedOverview(false);
        const QSet<core::Id> only = selection();
        p.fillRect(rect, m_options.theme.canvas);
        painter.paint(p, m_geometry, rect, 1, m_options.tableIds.isEmpty() ? nullptr : &only);
        p.end();
    }
    return bytes;
}

} // namespace schemata::diagram
