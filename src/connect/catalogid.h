#pragma once

#include "core/id.h"

#include <QStringList>

namespace schemata::connect {

// Deterministic IDs for objects read from a catalog: the kind prefix followed by the
// object's qualified name ("tbl_public.order", "col_public.order.id"). Dots and
// backslashes inside names are escaped with a backslash so that "a.b"."c" and
// "a"."b.c" stay distinct. Two reads of the same database therefore give equal IDs,
// and a document imported twice diffs cleanly. The live readers and the script import
// use the same prefixes: sch, tbl, col, pk, uq, ck, fk, idx, viw, enm, dom (domain),
// dck (a domain's check).
core::Id catalogId(QStringView prefix, const QStringList& nameParts);

} // namespace schemata::connect
