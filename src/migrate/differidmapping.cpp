#include "migrate/differidmapping.h"

namespace schemata::migrate::diffdetail {

void IdMapping::add(Domain domain, const core::Id& fromId, const core::Id& toId)
{
    if (!fromId.isNull())
        map(domain).insert(fromId, toId);
}

bool IdMapping::contains(Domain domain, const core::Id& fromId) const
{
    return map(domain).contains(fromId);
}

core::Id IdMapping::translate(Domain domain, const core::Id& fromId) const
{
    if (fromId.isNull())
        return {};
    const auto& m = map(domain);
    const auto it = m.constFind(fromId);
    if (it != m.constEnd())
        return *it;
    // Ids assigned by the studio, the importers and the generator never start with a
    // control character, so the prefixed id cannot equal an id of the new model.
    return core::Id(QChar(u'\x01') + fromId.toString());
}

} // namespace schemata::migrate::diffdetail
