#pragma once

#include "core/result.h"
#include "diagram/diagramgeometry.h"
#include "diagram/diagrampainter.h"
#include "diagram/diagramtheme.h"

#include <QByteArray>
#include <QFont>
#include <QImage>
#include <QList>

#include <optional>

namespace schemata::diagram {

enum class ExportFormat { Svg, Png, Pdf };

std::optional<ExportFormat> exportFormatFromName(QStringView name); // "svg", "png", "pdf"

struct ExportOptions
{
    QList<core::Id> tableIds; // empty: the whole diagram (with areas and notes)
    double scale = 1;         // PNG device pixels per scene unit
    double margin = 24;       // scene units around the drawing
    DiagramTheme theme = DiagramTheme::lightTheme();
    QFont font = DiagramPainter::defaultFont(); // must be the font of the geometry
    QString title;            // SVG <title>, PDF title
};

// Renders a DiagramGeometry to SVG, PNG or PDF. Same geometry and options → same bytes
// for SVG and PNG (PDF carries a creation date, so only its drawing is deterministic).
// SVG: one <g id="table-<id>" class="table"> per table, so a page or a script can style
// or pick out tables; edges are <g class="relationship"> groups named after their FK.
class DiagramExporter
{
public:
    DiagramExporter(const DiagramGeometry& geometry, ExportOptions options);

    // Fails when tableIds names no table of the geometry.
    core::Status check() const;
    // The exported part of the scene, margin included.
    QRectF sceneRect() const;
    // The PNG's pixel size: the scene rect times the scale, rounded up.
    QSize imageSize() const;

    core::Result<QByteArray> exportAs(ExportFormat format) const;
    QByteArray toSvg() const;
    QImage toImage() const;
    QByteArray toPng() const;
    QByteArray toPdf() const;

private:
    QSet<core::Id> selection() const;

    const DiagramGeometry& m_geometry;
    ExportOptions m_options;
};

} // namespace schemata::diagram
