#pragma once

#include "core/id.h"

#include <QString>

namespace schemata::model {

struct CheckConstraint
{
    core::Id id;
    QString name;
    QString expression; // SQL boolean expression, verbatim

    friend bool operator==(const CheckConstraint&, const CheckConstraint&) = default;
};

} // namespace schemata::model
