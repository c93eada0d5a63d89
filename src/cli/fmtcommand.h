#pragma once

#include "cli/clicontext.h"

#include <QStringList>

namespace schemata::cli {

// schemata fmt FILE [--check]
int runFmt(CliContext& ctx, const QStringList& args);

} // namespace schemata::cli
