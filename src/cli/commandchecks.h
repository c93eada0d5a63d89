#pragma once

// Checks several commands make on their input before they work on it, so that each
// says the same thing the same way.

#include "cli/clicontext.h"
#include "model/diagnostic.h"

#include <QString>

namespace schemata::cli {

// Prints the errors among `problems` (validateModel's, a dialect's) to standard error;
// true when there were any. Commands that turn a model into SQL refuse a model with
// errors: the engine would refuse the SQL or, worse, accept it with another meaning.
bool reportValidationErrors(CliContext& ctx, const model::Diagnostics& problems);

// The message for a --dialect (or a document's dialect) that names no dialect.
QString unknownDialectMessage(const QString& name);

} // namespace schemata::cli
