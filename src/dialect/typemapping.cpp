#include "dialect/typemapping.h"

namespace schemata::dialect {

std::optional<QString> typeOverride(const model::LogicalType& type, const QString& dialectName,
                                    const QString& fallbackName)
{
    auto it = type.overrides.constFind(dialectName);
    if (it == type.overrides.cend() && !fallbackName.isEmpty())
        it = type.overrides.constFind(fallbackName);
    if (it == type.overrides.cend() || it->trimmed().isEmpty())
        return std::nullopt;
    return it->trimmed();
}

} // namespace schemata::dialect
