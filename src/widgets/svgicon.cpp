#include "widgets/svgicon.h"

#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace schemata::widgets {

QIcon svgIcon(const QString& resourcePath)
{
    QSvgRenderer renderer(resourcePath);
    if (!renderer.isValid())
        return {};
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace schemata::widgets
