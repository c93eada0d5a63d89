#pragma once

#include "document/document.h"

#include <QtGlobal>

namespace schemata::synth {

// Size and shape of a generated project. The defaults are the foundation benchmark's
// "large project": 2,000 tables, 20,000 columns, 3,000 foreign keys.
struct SyntheticProjectOptions
{
    int tables = 2000;
    int columns = 20000;     // total over all tables, FK columns included
    int foreignKeys = 3000;  // total; each adds one column to its table
    int schemas = 2;         // "public" plus "s1", "s2", …
    quint64 seed = 1;
    QString dialect = QStringLiteral("postgres");
};

// Builds a realistic, valid project deterministically from options.seed (same options,
// same document, byte for byte once written): every table has a bigint identity primary
// key; columns cycle through all logical types with defaults, comments, PII and a few
// enums; FKs point mostly at earlier tables, with a few self-references and a few
// forward references that close cycles (nullable, deferrable); unique constraints,
// CHECKs and indexes (FK, composite, DESC, partial) are sprinkled in; the layout places
// the tables on a grid. Used by bench/ and by tests that need a large model.
//
// Columns are distributed evenly; a table always gets at least its key and its FK
// columns, so `columns` is exact only when it is at least tables + foreignKeys.
document::Document generateSyntheticProject(const SyntheticProjectOptions& options);

} // namespace schemata::synth
