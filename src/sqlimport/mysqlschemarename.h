#pragma once

#include "model/diagnostic.h"
#include "model/model.h"

#include <QHash>
#include <QString>

namespace schemata::sqlimport {

// Renames schemas of a model read by a catalog reader (IDs from connect::catalogId),
// re-deriving every ID that starts with a renamed schema, so the result is exactly what
// reading a database of the new name would give. Used when a script ran in a scratch
// database on the user's server ("schemata_verify_…_db1"): the model must carry the
// names the script gave ("sakila"), not the scratch ones. `names`: old → new.
void renameCatalogSchemas(model::Model& model, const QHash<QString, QString>& names);
// The same for the readers' notes: "old.table.column" paths and object IDs.
void renameCatalogSchemas(model::Diagnostics& notes, const QHash<QString, QString>& names);

} // namespace schemata::sqlimport
