#include "clirun.h"

#include <QProcess>

// Compiled into each CLI test target, which defines SCHEMATA_CLI_PATH to the binary's path
// (a generator expression), so the helper needs no argument naming the binary.
#ifndef SCHEMATA_CLI_PATH
#error "SCHEMATA_CLI_PATH must name the schemata binary (set in tests/cli/CMakeLists.txt)"
#endif

namespace schemata::clitest {

CliRun runProgram(const QString& program, const QStringList& args, const CliRunOptions& options)
{
    QProcess p;
    if (!options.workingDirectory.isEmpty())
        p.setWorkingDirectory(options.workingDirectory);
    if (options.environment)
        p.setProcessEnvironment(*options.environment);
    p.start(program, args);
    if (options.stdinData) {
        p.write(*options.stdinData);
        p.closeWriteChannel();
    }
    // waitForFinished is false both on timeout and when the program never started; either
    // way there is no exit code to report, and the message says which program it was.
    if (!p.waitForFinished(options.timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, {}, QStringLiteral("timed out or could not start: ") + program};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

CliRun runCli(const QStringList& args, const CliRunOptions& options)
{
    return runProgram(QStringLiteral(SCHEMATA_CLI_PATH), args, options);
}

} // namespace schemata::clitest
