#pragma once

#include "cli/clicontext.h"

#include <QStringList>

namespace schemata::cli {

// schemata export FILE --format svg|png|pdf -o OUT [--layout auto|dot|sfdp] [--scale S]
//                      [--tables a,b] [--theme light|dark] [--routing orthogonal|straight]
// Needs a QGuiApplication (fonts, painting); main() creates one for this command only.
int runExport(CliContext& ctx, const QStringList& args);

} // namespace schemata::cli
