#pragma once

#include "cli/clicontext.h"

#include <QStringList>

namespace schemata::cli {

// schemata compare FILE --url URL [--schema S]… [--up OUT.sql] [--down OUT.sql]
// Reads the live catalog, diffs it against the project's model by name and prints the
// drift, the rename candidates (for confirmation, never applied) and the migration
// pair that brings the database to the project. Exit 1 on drift, 0 when they match.
int runCompare(CliContext& ctx, const QStringList& args);

} // namespace schemata::cli
