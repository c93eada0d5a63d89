#pragma once

#include "model/domaintype.h"
#include "model/enumtype.h"
#include "model/schema.h"
#include "model/table.h"
#include "model/view.h"

#include <QList>

namespace schemata::model {

// The whole schema model: a value. Lists keep the user's order (which is also the
// document's order), so a save after a load reproduces the same bytes.
struct Model
{
    QList<Schema> schemas;
    QList<EnumType> enums;
    QList<DomainType> domains;
    QList<Table> tables;
    QList<View> views;

    const Schema* schema(const core::Id& id) const;
    const Table* table(const core::Id& id) const;
    Table* table(const core::Id& id);
    const EnumType* enumType(const core::Id& id) const;
    const DomainType* domainType(const core::Id& id) const;
    const View* view(const core::Id& id) const;
    const Table* tableByName(QStringView schemaName, QStringView tableName) const;

    friend bool operator==(const Model&, const Model&) = default;
};

} // namespace schemata::model
