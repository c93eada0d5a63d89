#pragma once

#include "core/id.h"
#include "model/model.h"
#include "model/modelindex.h"

#include <QList>
#include <QSet>

namespace schemata::dialect {

// The order in which to create tables so that every foreign key can be declared inline
// in CREATE TABLE except those that cannot: self-references and the keys that close a
// cycle (A → B → A). Those are listed in `deferredForeignKeys` and are added by
// ALTER TABLE after all tables (or kept inline where the engine allows forward
// references, as SQLite does).
//
// Deterministic: a depth-first walk in model order, visiting the tables a table
// references (in foreign-key order) before the table itself. Linear in tables + keys.
struct CreationOrder
{
    QList<const model::Table*> tables;
    QSet<core::Id> deferredForeignKeys; // ForeignKey ids
    QSet<core::Id> danglingForeignKeys; // keys whose referenced table does not exist

    static CreationOrder compute(const model::Model& model, const model::ModelIndex& index);
};

} // namespace schemata::dialect
