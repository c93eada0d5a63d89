#pragma once

#include "cli/clicontext.h"

#include <QStringList>

namespace schemata::cli {

// schemata validate FILE [--dialect D] [--format text|json] [--strict]
int runValidate(CliContext& ctx, const QStringList& args);

} // namespace schemata::cli
