#include "model/table.h"

#include <algorithm>

namespace schemata::model {

const Column* Table::column(const core::Id& columnId) const
{
    const auto it = std::find_if(columns.cbegin(), columns.cend(), [&](const Column& c) { return c.id == columnId; });
    return it == columns.cend() ? nullptr : &*it;
}

Column* Table::column(const core::Id& columnId)
{
    const auto it = std::find_if(columns.begin(), columns.end(), [&](const Column& c) { return c.id == columnId; });
    return it == columns.end() ? nullptr : &*it;
}

const Column* Table::columnByName(QStringView columnName) const
{
    const auto it = std::find_if(columns.cbegin(), columns.cend(), [&](const Column& c) { return c.name == columnName; });
    return it == columns.cend() ? nullptr : &*it;
}

bool Table::isPrimaryKeyColumn(const core::Id& columnId) const
{
    return primaryKey && primaryKey->columnIds.contains(columnId);
}

} // namespace schemata::model
