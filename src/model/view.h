#pragma once

#include "core/id.h"

#include <QString>

namespace schemata::model {

struct View
{
    core::Id id;
    core::Id schemaId;
    QString name;
    QString sql; // the SELECT, verbatim
    QString comment;

    friend bool operator==(const View&, const View&) = default;
};

} // namespace schemata::model
