#include "diagram/diagramtheme.h"

#include <QPalette>

namespace schemata::diagram {

DiagramTheme DiagramTheme::lightTheme()
{
    DiagramTheme t;
    t.canvas = QColor(0xf7, 0xf8, 0xfa);
    t.grid = QColor(0xe6, 0xe9, 0xee);
    t.boxFill = QColor(0xff, 0xff, 0xff);
    t.boxStripe = QColor(0xf4, 0xf6, 0xf9);
    t.boxBorder = QColor(0xb8, 0xc0, 0xcc);
    t.header = QColor(0x3b, 0x5b, 0x8c);
    t.headerText = QColor(0xff, 0xff, 0xff);
    t.joinHeader = QColor(0x6b, 0x7a, 0x8f);
    t.schemaText = QColor(0xd5, 0xdf, 0xee);
    t.text = QColor(0x1f, 0x29, 0x37);
    t.typeText = QColor(0x6b, 0x72, 0x80);
    t.pk = QColor(0xb7, 0x79, 0x1f);
    t.fk = QColor(0x25, 0x63, 0xeb);
    t.badgeText = QColor(0x8a, 0x93, 0xa3);
    t.pii = QColor(0xc0, 0x39, 0x2b);
    t.indexBadge = QColor(0x0e, 0x7c, 0x66);
    t.edge = QColor(0x5b, 0x67, 0x7a);
    t.selection = QColor(0xf5, 0x9e, 0x0b);
    t.noteFill = QColor(0xff, 0xf7, 0xd1);
    t.noteBorder = QColor(0xe0, 0xc8, 0x6a);
    t.noteText = QColor(0x4a, 0x40, 0x1a);
    t.areaFillAlpha = 36;
    t.dark = false;
    return t;
}

DiagramTheme DiagramTheme::darkTheme()
{
    DiagramTheme t;
    t.canvas = QColor(0x1b, 0x1e, 0x24);
    t.grid = QColor(0x26, 0x2a, 0x32);
    t.boxFill = QColor(0x2a, 0x2f, 0x38);
    t.boxStripe = QColor(0x30, 0x35, 0x3f);
    t.boxBorder = QColor(0x4a, 0x52, 0x60);
    t.header = QColor(0x3d, 0x63, 0x9e);
    t.headerText = QColor(0xf3, 0xf6, 0xfb);
    t.joinHeader = QColor(0x55, 0x60, 0x70);
    t.schemaText = QColor(0xb8, 0xc7, 0xdd);
    t.text = QColor(0xe5, 0xe9, 0xf0);
    t.typeText = QColor(0x9a, 0xa4, 0xb4);
    t.pk = QColor(0xf2, 0xb9, 0x4b);
    t.fk = QColor(0x7c, 0xac, 0xf8);
    t.badgeText = QColor(0x8a, 0x93, 0xa3);
    t.pii = QColor(0xf0, 0x6a, 0x5a);
    t.indexBadge = QColor(0x4f, 0xc3, 0xa1);
    t.edge = QColor(0x9a, 0xa6, 0xb8);
    t.selection = QColor(0xf5, 0xb0, 0x2e);
    t.noteFill = QColor(0x4a, 0x44, 0x2a);
    t.noteBorder = QColor(0x7a, 0x6c, 0x3a);
    t.noteText = QColor(0xf1, 0xe8, 0xc0);
    t.areaFillAlpha = 48;
    t.dark = true;
    return t;
}

DiagramTheme DiagramTheme::fromPalette(const QPalette& palette)
{
    const bool isDark = palette.color(QPalette::Window).lightness() < 128;
    DiagramTheme t = isDark ? darkTheme() : lightTheme();
    const QColor highlight = palette.color(QPalette::Highlight);
    if (highlight.isValid())
        t.selection = highlight;
    return t;
}

QColor DiagramTheme::textOn(const QColor& background)
{
    // Relative luminance (sRGB weights) decides between near-black and white.
    const double l = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return l > 0.6 ? QColor(0x1f, 0x29, 0x37) : QColor(0xff, 0xff, 0xff);
}

} // namespace schemata::diagram
