// Runs the real `schemata` binary (or another program a test needs, such as sha256sum)
// the way a user or CI job would, and hands back exit code, stdout and stderr. One copy
// shared by every CLI test so timeouts, crash handling and decoding agree across suites.
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <optional>

namespace schemata::clitest {

struct CliRun
{
    // -1 when the program crashed, timed out or could not start: a test comparing exit
    // codes then fails instead of mistaking an unfinished process for success.
    int exitCode = -1;
    QString out;
    QString err;
};

struct CliRunOptions
{
    // Written to the program's stdin, which is then closed. Without it stdin is left as
    // QProcess opens it, as the commands under test do not read it.
    std::optional<QByteArray> stdinData;
    // Empty: the test's own working directory.
    QString workingDirectory;
    // Unset: the test's own environment.
    std::optional<QProcessEnvironment> environment;
    // Generous because the suites run in parallel on shared CI machines; engine suites
    // that import from or verify on real servers pass more.
    int timeoutMs = 120000;
};

// Runs `program` with `args`; on timeout the process is killed.
CliRun runProgram(const QString& program, const QStringList& args,
                  const CliRunOptions& options = {});

// Runs the `schemata` binary this test was built against (SCHEMATA_CLI_PATH).
CliRun runCli(const QStringList& args, const CliRunOptions& options = {});

} // namespace schemata::clitest
