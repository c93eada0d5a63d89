#pragma once

#include "core/result.h"
#include "model/table.h"

#include <QList>
#include <QString>

namespace schemata::widgets {

// The text form of index keys in the indexes grid: keys separated by commas, a column
// by its name, an expression in parentheses, then optional "desc" (or "asc") and
// "nulls first" / "nulls last":  customer_id, (lower(email)) desc nulls last
// indexKeysFromText(t, indexKeysText(t, keys)) == keys for every valid key list.

QString indexKeyText(const model::Table& table, const model::IndexKey& key);
QString indexKeysText(const model::Table& table, const QList<model::IndexKey>& keys);

// One key. A bare name must be a column of `table` (a typo is an error, not an
// expression); text in parentheses, or anything that is not a plain name
// ("lower(email)", "a + b"), is an expression, stored without the outer parentheses.
core::Result<model::IndexKey> indexKeyFromText(const model::Table& table, const QString& text);
// A comma-separated list; commas inside parentheses or quotes belong to an expression.
core::Result<QList<model::IndexKey>> indexKeysFromText(const model::Table& table,
                                                       const QString& text);

QString sortText(model::IndexKey::Sort sort);    // "asc", "desc"
QString nullsText(model::IndexKey::Nulls nulls); // "", "nulls first", "nulls last"

} // namespace schemata::widgets
