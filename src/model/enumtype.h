#pragma once

#include "core/id.h"

#include <QString>
#include <QStringList>

namespace schemata::model {

struct EnumType
{
    core::Id id;
    core::Id schemaId;
    QString name;
    QStringList values; // in declaration order (order matters for comparison in PostgreSQL)
    QString comment;

    friend bool operator==(const EnumType&, const EnumType&) = default;
};

} // namespace schemata::model
