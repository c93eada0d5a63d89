#pragma once

#include "cli/clicontext.h"

#include <QStringList>

namespace schemata::cli {

// `schemata migrate SUBCOMMAND …`: dispatches to the subcommands below, each in its own
// file (migrate<name>command.cpp).
int runMigrate(CliContext& ctx, QStringList args);

int runMigrateNew(CliContext& ctx, const QStringList& args);    // migrate new FILE -m NAME
int runMigrateLint(CliContext& ctx, const QStringList& args);   // migrate lint FILE [--format …]
int runMigrateExport(CliContext& ctx, const QStringList& args); // migrate export FILE --format F -o DIR
int runMigrateVerify(CliContext& ctx, const QStringList& args); // migrate verify FILE --dialect D [--url URL]

QString migrateUsage();

} // namespace schemata::cli
