#pragma once

#include <QColor>

class QPalette;

namespace schemata::diagram {

// The diagram's colours. Light and dark sets chosen for contrast on screen and in print;
// fromPalette() picks the one matching the system palette, taking its highlight colour
// for selection so the diagram feels part of the desktop.
struct DiagramTheme
{
    QColor canvas;
    QColor grid;
    QColor boxFill;
    QColor boxStripe;  // every other row
    QColor boxBorder;
    QColor header;     // header band when the layout gives the table no colour
    QColor headerText;
    QColor joinHeader; // M:N join tables
    QColor schemaText;
    QColor text;
    QColor typeText;
    QColor pk;
    QColor fk;
    QColor badgeText;
    QColor pii;
    QColor indexBadge;
    QColor edge;
    QColor selection;
    QColor noteFill;
    QColor noteBorder;
    QColor noteText;
    int areaFillAlpha = 40;
    bool dark = false;

    static DiagramTheme lightTheme();
    static DiagramTheme darkTheme();
    static DiagramTheme fromPalette(const QPalette& palette);

    // Readable text colour on a given background (a user-chosen header colour).
    static QColor textOn(const QColor& background);
};

} // namespace schemata::diagram
