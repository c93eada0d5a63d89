#include "model/model.h"

#include <algorithm>

namespace schemata::model {

namespace {

template <typename List> auto findById(List& list, const core::Id& id) -> decltype(&list[0])
{
    const auto it =
        std::find_if(list.begin(), list.end(), [&](const auto& o) { return o.id == id; });
    return it == list.end() ? nullptr : &*it;
}

} // namespace

const Schema* Model::schema(const core::Id& id) const
{
    return findById(schemas, id);
}
const Table* Model::table(const core::Id& id) const
{
    return findById(tables, id);
}
Table* Model::table(const core::Id& id)
{
    return findById(tables, id);
}
const EnumType* Model::enumType(const core::Id& id) const
{
    return findById(enums, id);
}
const DomainType* Model::domainType(const core::Id& id) const
{
    return findById(domains, id);
}
const View* Model::view(const core::Id& id) const
{
    return findById(views, id);
}

const Table* Model::tableByName(QStringView schemaName, QStringView tableName) const
{
    for (const Table& t : tables) {
        if (t.name != tableName)
            continue;
        const Schema* s = schema(t.schemaId);
        if (schemaName.isEmpty() || (s && s->name == schemaName))
            return &t;
    }
    return nullptr;
}

} // namespace schemata::model
