#pragma once

#include "model/model.h"

#include <QHash>

namespace schemata::model {

// Hash lookups over one Model, for passes that resolve many references (validation,
// DDL, diff) on models of thousands of tables. Holds pointers into the model: build
// it after the model stops changing and drop it before the model changes again.
class ModelIndex
{
public:
    explicit ModelIndex(const Model& model);

    const Schema* schema(const core::Id& id) const { return m_schemas.value(id); }
    const Table* table(const core::Id& id) const { return m_tables.value(id); }
    const EnumType* enumType(const core::Id& id) const { return m_enums.value(id); }
    const DomainType* domainType(const core::Id& id) const { return m_domains.value(id); }
    const Column* column(const core::Id& tableId, const core::Id& columnId) const;
    // Which table owns a column id (column ids are unique in a document).
    const Table* tableOfColumn(const core::Id& columnId) const
    {
        return m_columnOwner.value(columnId);
    }

private:
    QHash<core::Id, const Schema*> m_schemas;
    QHash<core::Id, const Table*> m_tables;
    QHash<core::Id, const EnumType*> m_enums;
    QHash<core::Id, const DomainType*> m_domains;
    QHash<core::Id, const Column*> m_columns;
    QHash<core::Id, const Table*> m_columnOwner;
};

} // namespace schemata::model
