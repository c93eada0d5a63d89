#pragma once

#include "core/id.h"
#include "model/checkconstraint.h"
#include "model/column.h"
#include "model/foreignkey.h"
#include "model/index.h"
#include "model/keyconstraint.h"

#include <QList>
#include <QString>

#include <optional>

namespace schemata::model {

struct Table
{
    core::Id id;
    core::Id schemaId;
    QString name;
    QString comment;
    QList<Column> columns; // in table order
    std::optional<KeyConstraint> primaryKey;
    QList<KeyConstraint> uniques;
    QList<CheckConstraint> checks;
    QList<ForeignKey> foreignKeys;
    QList<Index> indexes;

    const Column* column(const core::Id& columnId) const;
    Column* column(const core::Id& columnId);
    const Column* columnByName(QStringView columnName) const;
    bool isPrimaryKeyColumn(const core::Id& columnId) const;

    friend bool operator==(const Table&, const Table&) = default;
};

} // namespace schemata::model
