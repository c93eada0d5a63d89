// bench_foundation: the foundation's hot paths on one large synthetic project
// (default 2,000 tables / 20,000 columns / 3,000 FKs): load, save, model and dialect
// validation, DDL per dialect, peak memory. Prints one line per figure with its target;
// never fails on time (DESIGN.md §5). It does fail (exit 1) when the work is wrong: a
// load that does not reproduce the saved document, or a model that does not validate.
//   bench_foundation [--tables N] [--columns N] [--fks N] [--seed N] [--runs N]
#include "dialect/dialect.h"
#include "document/documentformat.h"
#include "model/validator.h"
#include "synth/syntheticproject.h"
#include "common/benchtiming.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <functional>

using namespace schemata;
using bench::medianMs;
using bench::Timing;

namespace {

void printFigure(const char* label, double value, const char* unit, const char* target)
{
    std::printf("%-28s %10.1f %-4s %s\n", label, value, unit, target);
    std::fflush(stdout);
}

// A timed figure: wall-clock median, the CPU-time median beside it, then the target.
void printTimed(const char* label, const Timing& timing, const char* target)
{
    std::printf("%-28s %10.1f ms   (cpu %7.1f ms)  %s\n", label, timing.wallMs, timing.cpuMs,
                target);
    std::fflush(stdout);
}

// Peak resident set size of this process (VmHWM), in MiB; -1 when unavailable.
double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (!line.startsWith("VmHWM:"))
            continue;
        const QByteArray kb = line.mid(6).trimmed().split(' ').value(0);
        return kb.toDouble() / 1024.0;
    }
    return -1;
}

int errorCount(const model::Diagnostics& diagnostics)
{
    return int(std::count_if(diagnostics.cbegin(), diagnostics.cend(), [](const auto& d) {
        return d.severity == model::Diagnostic::Severity::Error;
    }));
}

int intOption(const QCommandLineParser& parser, const QString& name, int fallback)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    return ok && value >= 0 ? value : fallback;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Foundation benchmark."));
    parser.addHelpOption();
    const auto option = [](const char* name, const char* help) {
        return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help),
                                  QStringLiteral("n"));
    };
    parser.addOptions({option("tables", "Tables (default 2000)."),
                       option("columns", "Columns (default 20000)."),
                       option("fks", "Foreign keys (default 3000)."),
                       option("seed", "Seed (default 1)."),
                       option("runs", "Runs per figure; the median is printed (default 7).")});
    parser.process(app);

    synth::SyntheticProjectOptions options;
    options.tables = intOption(parser, QStringLiteral("tables"), options.tables);
    options.columns = intOption(parser, QStringLiteral("columns"), options.columns);
    options.foreignKeys = intOption(parser, QStringLiteral("fks"), options.foreignKeys);
    options.seed = quint64(intOption(parser, QStringLiteral("seed"), int(options.seed)));
    const int runs = std::max(1, intOption(parser, QStringLiteral("runs"), 7));

    QElapsedTimer generateTimer;
    generateTimer.start();
    const document::Document document = synth::generateSyntheticProject(options);
    const double generateMs = double(generateTimer.nsecsElapsed()) / 1e6;
    qsizetype columns = 0;
    qsizetype foreignKeys = 0;
    for (const model::Table& table : document.model.tables) {
        columns += table.columns.size();
        foreignKeys += table.foreignKeys.size();
    }
    std::printf("bench_foundation: %lld tables, %lld columns, %lld foreign keys (seed %llu); "
                "median of %d runs\n",
                qlonglong(document.model.tables.size()), qlonglong(columns),
                qlonglong(foreignKeys), qulonglong(options.seed), runs);
    printFigure("generate (synth)", generateMs, "ms", "(setup, no target)");

    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_foundation: cannot create a temporary directory\n");
        return 1;
    }
    const QString path = dir.filePath(QStringLiteral("large.schemata"));
    bool ok = true;

    // Save: the real path (writeDocument + atomic QSaveFile), then the writer alone.
    const Timing saveMs = medianMs(runs, [&] {
        const core::Status saved = document::saveDocument(document, path);
        if (!saved) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(saved.error().toString()));
            ok = false;
        }
    });
    printTimed("save (write + file)", saveMs, "target <= 200 ms");
    QByteArray bytes;
    printTimed("  writeDocument only",
               medianMs(runs, [&] { bytes = document::writeDocument(document); }),
               "(part of save)");
    printFigure("  file size", double(bytes.size()) / (1024.0 * 1024.0), "MiB", "");

    // Load: from the file written above, as a user opening the project would.
    document::Document loaded;
    const Timing loadMs = medianMs(runs, [&] {
        core::Result<document::Document> result = document::loadDocument(path);
        if (!result) {
            std::fprintf(stderr, "load failed: %s\n", qPrintable(result.error().toString()));
            ok = false;
            return;
        }
        loaded = std::move(result).value();
    });
    printTimed("load (file + read)", loadMs, "target <= 300 ms");
    if (!(loaded == document)) {
        std::fprintf(stderr, "bench_foundation: the loaded document differs from the saved one\n");
        ok = false;
    }

    model::Diagnostics diagnostics;
    const Timing validateMs =
        medianMs(runs, [&] { diagnostics = model::validateModel(document.model); });
    printTimed("validate model", validateMs, "target <= 100 ms");
    if (errorCount(diagnostics) > 0) {
        std::fprintf(stderr, "bench_foundation: model has %d validation errors, first: %s\n",
                     errorCount(diagnostics), qPrintable(diagnostics.first().toString()));
        ok = false;
    }

    for (const QString& name : dialect::dialectNames()) {
        const std::unique_ptr<dialect::Dialect> d = dialect::createDialect(name);
        if (!d) {
            std::fprintf(stderr, "bench_foundation: no dialect %s\n", qPrintable(name));
            ok = false;
            continue;
        }
        model::Diagnostics dialectDiagnostics;
        const QByteArray validateLabel = "validate " + name.toLatin1();
        printTimed(validateLabel.constData(),
                   medianMs(runs, [&] { dialectDiagnostics = d->validate(document.model); }),
                   "(no agreed target)");
        QString sql;
        const QByteArray ddlLabel = "ddl " + name.toLatin1();
        printTimed(ddlLabel.constData(),
                   medianMs(runs, [&] { sql = d->createScript(document.model).toSql(); }),
                   "target <= 150 ms");
        std::printf("  %s: %lld bytes of SQL, %d dialect errors\n", qPrintable(name),
                    qlonglong(sql.toUtf8().size()), errorCount(dialectDiagnostics));
    }

    printFigure("peak RSS (VmHWM)", peakRssMiB(), "MiB", "(tracked, no target)");
    return ok ? 0 : 1;
}
