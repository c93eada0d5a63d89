#pragma once

#include "core/id.h"

#include <QList>
#include <QString>

namespace schemata::model {

// PRIMARY KEY or UNIQUE over an ordered list of columns of the same table.
struct KeyConstraint
{
    core::Id id;
    QString name; // empty = let the dialect name it
    QList<core::Id> columnIds;

    friend bool operator==(const KeyConstraint&, const KeyConstraint&) = default;
};

} // namespace schemata::model
