#include "connect/catalogid.h"

namespace schemata::connect {

core::Id catalogId(QStringView prefix, const QStringList& nameParts)
{
    QString text = prefix.toString() + QLatin1Char('_');
    for (qsizetype i = 0; i < nameParts.size(); ++i) {
        if (i > 0)
            text += QLatin1Char('.');
        for (const QChar c : nameParts.at(i)) {
            if (c == QLatin1Char('.') || c == QLatin1Char('\\'))
                text += QLatin1Char('\\');
            text += c;
        }
    }
    return core::Id(text);
}

} // namespace schemata::connect
