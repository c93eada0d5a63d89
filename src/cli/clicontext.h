#pragma once

#include <QString>
#include <QTextStream>

namespace schemata::cli {

// Exit codes shared by every command (documented in `schemata --help`).
enum ExitCode { ExitOk = 0, ExitFindings = 1, ExitBadInput = 2 };

// Where a command writes: standard output for results, standard error for
// diagnostics. Passed in (not global) so tests and future embedding can redirect.
struct CliContext
{
    QTextStream& out;
    QTextStream& err;

    int fail(const QString& message, int code = ExitBadInput);
};

// Writes bytes to a file atomically (QSaveFile) or to stdout for "-"/empty.
bool writeOutput(CliContext& ctx, const QString& path, const QByteArray& bytes);

} // namespace schemata::cli
