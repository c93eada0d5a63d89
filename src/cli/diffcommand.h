#pragma once

#include "cli/clicontext.h"

#include <QStringList>

namespace schemata::cli {

// schemata diff OLD NEW [--dialect D] [--down] [--by-name]
// The migration from OLD's model to NEW's for one dialect: the up SQL (or with --down
// the down SQL) on standard output; rename candidates, irreversible steps and planner
// warnings on standard error.
int runDiff(CliContext& ctx, const QStringList& args);

} // namespace schemata::cli
