#pragma once

#include "core/id.h"

#include <QHash>
#include <array>

namespace schemata::migrate::diffdetail {

// Translates ids of the old model into the ids of the objects they were matched with in
// the new model. With it, references (key and FK columns, referenced tables, enum types,
// domains, owning schemas) compare across two models whose ids differ (name matching) exactly as
// they do across one document's history (id matching). An id without a match maps to a
// value no id of the new model can equal, so a reference to a dropped object always
// compares unequal; a null id stays null ("no reference" equals "no reference").
class IdMapping
{
public:
    enum class Domain
    {
        Schema,
        Enum,
        Table,
        Column,
        DomainType, // PostgreSQL domains (the enum's own name is taken)
    };

    void reserve(Domain domain, qsizetype size) { map(domain).reserve(size); }
    void add(Domain domain, const core::Id& fromId, const core::Id& toId);
    void remove(Domain domain, const core::Id& fromId) { map(domain).remove(fromId); }
    bool contains(Domain domain, const core::Id& fromId) const;

    // The matched new-side id, the null id for a null id, else an unmatchable id.
    core::Id translate(Domain domain, const core::Id& fromId) const;

private:
    QHash<core::Id, core::Id>& map(Domain domain) { return m_maps[std::size_t(domain)]; }
    const QHash<core::Id, core::Id>& map(Domain domain) const
    {
        return m_maps[std::size_t(domain)];
    }

    std::array<QHash<core::Id, core::Id>, 5> m_maps;
};

// Either direction of a comparison: ids of the old model go through the mapping, ids of
// the new model are taken as they are (mapping == nullptr).
inline core::Id translated(const IdMapping* mapping, IdMapping::Domain domain, const core::Id& id)
{
    return mapping ? mapping->translate(domain, id) : id;
}

} // namespace schemata::migrate::diffdetail
