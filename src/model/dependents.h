#pragma once

#include "core/id.h"
#include "model/model.h"

#include <QList>
#include <QString>

namespace schemata::model {

// What else goes when an object is deleted. Deleting never leaves a dangling
// reference behind (a document with one cannot be saved and loaded again); instead the
// dependents are removed with it and listed, so the UI can give "a clear account of what
// depends on it" before the user confirms.
struct Dependent
{
    enum class Kind { PrimaryKey, Unique, Check, ForeignKey, Index, IndexKey, IncludeColumn, Column, Table };

    Kind kind;
    core::Id id;      // the dependent object (for IndexKey/IncludeColumn: the index)
    QString path;     // "schema.table.object" for messages
    QString reason;   // "references customers.id", …
};

// Dependents of a table (FKs in other tables that reference it) or of a column
// (keys, indexes, FKs in either direction that use it). Empty for unknown ids.
QList<Dependent> dependentsOf(const Model& model, const core::Id& objectId);

// Removes a table or column together with everything dependentsOf() lists; a
// primary key or index that merely loses one of several columns keeps the rest.
// Returns the removed dependents (without the object itself); false if the id names
// neither a table nor a column.
bool removeWithDependents(Model& model, const core::Id& objectId, QList<Dependent>* removed = nullptr);

} // namespace schemata::model
