#pragma once

#include "cli/clicontext.h"

#include <QStringList>

namespace schemata::cli {

// schemata ddl FILE [--dialect D] [-o OUT]
int runDdl(CliContext& ctx, const QStringList& args);

} // namespace schemata::cli
