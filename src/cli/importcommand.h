#pragma once

#include "cli/clicontext.h"

#include <QStringList>

namespace schemata::cli {

// schemata import --url URL | --sql FILE --dialect D -o OUT.schemata [--schema S]… [--name N]
// Reverse engineers a live database (or a DDL script) into a new project, lays the
// diagram out and prints the import report (what the model cannot hold, with its SQL)
// on stderr. Exit 1 when statements of a script failed (the rest is still imported).
int runImport(CliContext& ctx, const QStringList& args);

// Options that may be repeated (--schema a --schema b, or --schema a,b): taken out of
// `args` before the single-valued options are parsed.
QStringList takeRepeatedOption(QStringList& args, const QString& name);

} // namespace schemata::cli
