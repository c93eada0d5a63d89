#pragma once

#include "model/model.h"

#include <QStringList>

namespace schemata::enginetest {

// Text forms of model objects for engine-test diagnostics and strict comparisons.

// Every attribute of a model as text lines, with references written as names (not
// IDs) and, when `withSchemaNames` is false, schema names left out: for strict
// comparisons between two catalogs (import → DDL → apply → import) and readable diffs.
QStringList describeModel(const model::Model& model, bool withSchemaNames);
// Lines only in `a` ("- …") or only in `b` ("+ …"), in order.
QStringList lineDiff(const QStringList& a, const QStringList& b);

// Lower-cases and strips quoting, casts, parentheses and white space so that an
// engine's re-rendering of an expression ("(qty)::numeric * price") compares equal
// to what was written ("qty * price").
QString looseSql(QStringView sql);

QString quotedText(const QString& text);                        // "text" in quotes
QString defaultText(const model::ColumnDefault& columnDefault); // "literal \"x\"", …
QString sortText(const model::IndexKey& key);                   // "asc" / "desc"

} // namespace schemata::enginetest
