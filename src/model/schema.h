#pragma once

#include "core/id.h"

#include <QString>

namespace schemata::model {

// A namespace for tables, enums and views. On dialects without schemas (MySQL,
// SQLite) objects are emitted unqualified and names must be unique across schemas.
struct Schema
{
    core::Id id;
    QString name;
    QString comment;

    friend bool operator==(const Schema&, const Schema&) = default;
};

} // namespace schemata::model
