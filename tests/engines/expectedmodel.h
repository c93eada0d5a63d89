#pragma once

#include "dialect/dialect.h"
#include "model/model.h"

#include <QSet>

namespace schemata::enginetest {

// What the catalog should hold after applying `script` (generated from `source`):
// the source model with every emulation the generator *announced* in
// script.warnings applied (an index the engine cannot express dropped, a DEFERRABLE
// removed, a comment dropped …). Anything the generator changes without saying so is
// therefore a difference the round-trip test reports.
// On a dialect without domains (Capabilities::domains), each domain column is expected as
// the generator writes it: the base type with the domain's NOT NULL, DEFAULT (unless the
// column has its own), collation and checks (as table checks, under the names the script
// gave them: DdlFragments::carriedChecks), and no domains.
model::Model expectedAfterApply(const model::Model& source, const dialect::DdlScript& script,
                                const dialect::Capabilities& capabilities);

// Codes of the script's warnings about one object.
QSet<QString> warningCodes(const dialect::DdlScript& script, const core::Id& id);

} // namespace schemata::enginetest
