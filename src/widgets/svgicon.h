#pragma once

#include <QIcon>
#include <QString>

namespace schemata::widgets {

// An icon rendered from an SVG resource with QSvgRenderer at the usual sizes. Done by
// hand because the Qt SVG icon-engine plugin is an optional package on Linux
// distributions; without it QIcon(":/x.svg") is silently empty.
QIcon svgIcon(const QString& resourcePath);

} // namespace schemata::widgets
