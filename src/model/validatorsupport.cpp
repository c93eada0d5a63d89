#include "model/validatorsupport.h"

namespace schemata::model::validatorsupport {

QString quoted(const QString& name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

QString displayName(const QString& name, const core::Id& id)
{
    if (!name.isEmpty())
        return name;
    return QLatin1Char('<') + id.toString() + QLatin1Char('>');
}

QString joinPath(const QString& prefix, const QString& name)
{
    return prefix.isEmpty() ? name : prefix + QLatin1Char('.') + name;
}

} // namespace schemata::model::validatorsupport
