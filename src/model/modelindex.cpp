#include "model/modelindex.h"

namespace schemata::model {

ModelIndex::ModelIndex(const Model& model)
{
    m_schemas.reserve(model.schemas.size());
    for (const Schema& s : model.schemas)
        m_schemas.insert(s.id, &s);
    m_enums.reserve(model.enums.size());
    for (const EnumType& e : model.enums)
        m_enums.insert(e.id, &e);
    m_domains.reserve(model.domains.size());
    for (const DomainType& d : model.domains)
        m_domains.insert(d.id, &d);
    m_tables.reserve(model.tables.size());
    for (const Table& t : model.tables) {
        m_tables.insert(t.id, &t);
        for (const Column& c : t.columns) {
            m_columns.insert(c.id, &c);
            m_columnOwner.insert(c.id, &t);
        }
    }
}

const Column* ModelIndex::column(const core::Id& tableId, const core::Id& columnId) const
{
    const Table* owner = m_columnOwner.value(columnId);
    if (!owner || owner->id != tableId)
        return nullptr;
    return m_columns.value(columnId);
}

} // namespace schemata::model
