#pragma once

#include "core/id.h"

#include <QList>
#include <QString>

namespace schemata::model {

// One key part of an index: a column or an expression, with its sort and nulls order.
struct IndexKey
{
    enum class Sort { Asc, Desc };
    enum class Nulls { Default, First, Last };

    core::Id columnId;  // set for a column key
    QString expression; // set for an expression key (SQL, verbatim)
    Sort sort = Sort::Asc;
    Nulls nulls = Nulls::Default;

    friend bool operator==(const IndexKey&, const IndexKey&) = default;
};

struct Index
{
    core::Id id;
    QString name;
    bool unique = false;
    QList<IndexKey> keys;
    QString where;                // partial index predicate; empty = whole table
    QList<core::Id> includeColumnIds; // covering columns (INCLUDE)
    QString method;               // "btree", "hash", "gin", …; empty = dialect default

    friend bool operator==(const Index&, const Index&) = default;
};

} // namespace schemata::model
