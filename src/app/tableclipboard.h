#pragma once

#include "core/id.h"
#include "core/result.h"
#include "document/document.h"
#include "model/relationshipbuilder.h"

#include <QByteArray>
#include <QList>

namespace schemata::app {

// Copy, paste and duplicate of tables, GUI-free (the studio puts the text on the system
// clipboard under kTableClipboardMimeType and as plain text).
//
// The clipboard text is a small JSON wrapper around an ordinary *.schemata document
// written by document::writeDocument, so it is read back with the same strict reader:
//   {"schemataClipboard": 1, "context": ["tbl_…"], "document": { …document… }}
// The document holds the copied tables (with their layout nodes, schemas, enums and
// domains) and,
// listed in "context", stubs of the tables outside the selection that their foreign keys
// reference (only the referenced columns), so those references stay resolvable.
inline constexpr char kTableClipboardMimeType[] = "application/x-schemata-tables+json";

QByteArray copyTables(const document::Document& document, const QList<core::Id>& tableIds);

struct PasteResult
{
    QList<core::Id> tableIds;   // the new tables, in clipboard order
    int droppedForeignKeys = 0; // FKs whose target table is neither pasted nor present
};

// Adds the clipboard's tables to `document` with fresh IDs for every object, names made
// unique ("orders" → "orders_copy", "orders_copy_2"; named constraints and indexes follow
// the table's new name), layout nodes moved by (dx, dy). Foreign keys between pasted
// tables point at the copies; a foreign key to a table outside the selection is kept
// when that table exists in `document` (same id, else same schema and table name with
// the referenced columns) and dropped otherwise. Schemas and enums are reused when the
// document has them (by id, else by name) and added otherwise. A column declared with a
// domain keeps it when the document has that domain (by id, else the same schema and name
// over the same base type) and otherwise becomes the base type: domains are not added. On
// error the document is unchanged.
core::Result<PasteResult> pasteTables(document::Document& document, const QByteArray& clipboard,
                                      const model::IdSource& ids, double dx = 40, double dy = 40);

// copyTables + pasteTables into the same document.
core::Result<PasteResult> duplicateTables(document::Document& document,
                                          const QList<core::Id>& tableIds,
                                          const model::IdSource& ids);

} // namespace schemata::app
