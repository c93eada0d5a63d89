// bench_migrate: the migration engine's hot paths on two large synthetic models (default
// 2,000 tables / 20,000 columns / 3,000 FKs), the second with 5% of the tables renamed,
// altered, added or dropped (bench/migrate/syntheticedits.h): diff by id and by name,
// then plan + render per dialect. Prints medians with their targets; never fails on
// time (DESIGN.md §5). It does fail (exit 1) when the work is wrong: a diff whose
// counts differ from the edits made, or a planner missing for a dialect.
//   bench_migrate [--tables N] [--columns N] [--fks N] [--seed N] [--runs N] [--stride N]
#include "common/benchtiming.h"
#include "dialect/dialect.h"
#include "migrate/differ.h"
#include "migrate/planner.h"
#include "migrate/syntheticedits.h"
#include "synth/syntheticproject.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace schemata;
using bench::medianMs;
using bench::Timing;

namespace {

void printTimed(const char* label, const Timing& timing, const char* target)
{
    std::printf("%-30s %10.1f ms   (cpu %7.1f ms)  %s\n", label, timing.wallMs, timing.cpuMs,
                target);
    std::fflush(stdout);
}

// The planners build the DDL of both models on two threads, so the calling thread's CPU
// time (bench::medianMs) undercounts the work: planning is timed with the CPU time of the
// whole process (all threads) as well.
double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct PlanTiming
{
    Timing thread;
    double processCpuMs = 0;
};

PlanTiming medianWithProcessCpu(int runs, const std::function<void()>& work)
{
    QList<double> process;
    const Timing thread = medianMs(runs, [&] {
        const double start = processCpuMs();
        work();
        process.append(processCpuMs() - start);
    });
    return {thread, bench::median(process)};
}

void printPlanTimed(const char* label, const PlanTiming& timing, const char* target)
{
    std::printf("%-30s %10.1f ms   (cpu %7.1f ms, all threads %7.1f ms)  %s\n", label,
                timing.thread.wallMs, timing.thread.cpuMs, timing.processCpuMs, target);
    std::fflush(stdout);
}

int intOption(const QCommandLineParser& parser, const QString& name, int fallback)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    return ok && value >= 0 ? value : fallback;
}

int countOf(const migrate::ChangeSet& changes, migrate::ChangeOp op, migrate::ObjectKind kind)
{
    return int(
        std::count_if(changes.changes.cbegin(), changes.changes.cend(),
                      [&](const migrate::Change& c) { return c.op == op && c.kind == kind; }));
}

// The id diff must find exactly the edits that were made.
bool checkCounts(const migrate::ChangeSet& changes, const bench::SyntheticEditCounts& counts)
{
    using migrate::ChangeOp;
    using migrate::ObjectKind;
    const bool ok =
        countOf(changes, ChangeOp::Rename, ObjectKind::Table) == counts.renamed &&
        countOf(changes, ChangeOp::Alter, ObjectKind::Table) == counts.altered &&
        countOf(changes, ChangeOp::Add, ObjectKind::Column) == counts.altered &&
        countOf(changes, ChangeOp::Add, ObjectKind::Table) == counts.added &&
        countOf(changes, ChangeOp::Drop, ObjectKind::Table) == counts.dropped &&
        countOf(changes, ChangeOp::Drop, ObjectKind::ForeignKey) == counts.droppedForeignKeys;
    if (!ok)
        std::fprintf(stderr, "bench_migrate: the diff does not match the edits made\n");
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Migration engine benchmark."));
    parser.addHelpOption();
    const auto option = [](const char* name, const char* help) {
        return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help),
                                  QStringLiteral("n"));
    };
    parser.addOptions(
        {option("tables", "Tables (default 2000)."), option("columns", "Columns (default 20000)."),
         option("fks", "Foreign keys (default 3000)."), option("seed", "Seed (default 1)."),
         option("runs", "Runs per figure; the median is printed (default 7)."),
         option("stride", "One table in N/4 of each edit kind (default 80: 5%).")});
    parser.process(app);

    synth::SyntheticProjectOptions options;
    options.tables = intOption(parser, QStringLiteral("tables"), options.tables);
    options.columns = intOption(parser, QStringLiteral("columns"), options.columns);
    options.foreignKeys = intOption(parser, QStringLiteral("fks"), options.foreignKeys);
    options.seed = quint64(intOption(parser, QStringLiteral("seed"), int(options.seed)));
    const int runs = std::max(1, intOption(parser, QStringLiteral("runs"), 7));
    const int stride = std::max(4, intOption(parser, QStringLiteral("stride"), 80));

    QElapsedTimer setup;
    setup.start();
    const model::Model from = synth::generateSyntheticProject(options).model;
    bench::SyntheticEditCounts counts;
    const model::Model to = bench::editSynthetic(from, stride, &counts);
    const model::Model independent = bench::reidentified(to, QStringLiteral("x_"));
    const double setupMs = double(setup.nsecsElapsed()) / 1e6;
    std::printf("bench_migrate: %lld → %lld tables; %d renamed, %d altered, %d added, %d dropped "
                "(+%d FKs dropped with them); median of %d runs\n",
                qlonglong(from.tables.size()), qlonglong(to.tables.size()), counts.renamed,
                counts.altered, counts.added, counts.dropped, counts.droppedForeignKeys, runs);
    std::printf("%-30s %10.1f ms   (setup, no target)\n", "generate + edit (synth)", setupMs);
    bool ok = true;

    migrate::ChangeSet byId;
    printTimed("diff by id", medianMs(runs, [&] { byId = migrate::diffModels(from, to); }),
               "target <= 150 ms");
    std::printf("  %lld changes\n", qlonglong(byId.changes.size()));
    ok = checkCounts(byId, counts) && ok;

    migrate::ChangeSet byName;
    printTimed("diff by name (no shared ids)",
               medianMs(runs, [&] { byName = migrate::diffModels(from, independent); }),
               "target <= 150 ms");
    std::printf("  %lld changes, %lld rename candidates\n", qlonglong(byName.changes.size()),
                qlonglong(byName.renameCandidates.size()));

    migrate::ChangeSet none;
    printTimed("diff identical models",
               medianMs(runs, [&] { none = migrate::diffModels(from, from); }), "(no target)");
    if (!none.isEmpty()) {
        std::fprintf(stderr, "bench_migrate: identical models gave %lld changes\n",
                     qlonglong(none.changes.size()));
        ok = false;
    }

    for (const QString& name : dialect::dialectNames()) {
        const std::unique_ptr<migrate::Planner> planner = migrate::createPlanner(name);
        if (!planner) {
            std::fprintf(stderr, "bench_migrate: no planner for %s\n", qPrintable(name));
            ok = false;
            continue;
        }
        migrate::Plan plan;
        const QByteArray planLabel = "plan " + name.toLatin1();
        printPlanTimed(planLabel.constData(),
                       medianWithProcessCpu(runs, [&] { plan = planner->plan(byId, from, to); }),
                       "(part of plan + render)");
        QString up;
        QString down;
        const QByteArray label = "plan + render " + name.toLatin1();
        printPlanTimed(label.constData(),
                       medianWithProcessCpu(runs,
                                            [&] {
                                                const migrate::Plan p =
                                                    planner->plan(byId, from, to);
                                                up = migrate::renderUp(p);
                                                down = migrate::renderDown(p);
                                            }),
                       "target <= 200 ms (judge by all threads)");
        std::printf("  %s: %lld steps, %lld + %lld bytes of up + down SQL\n", qPrintable(name),
                    qlonglong(plan.steps.size()), qlonglong(up.toUtf8().size()),
                    qlonglong(down.toUtf8().size()));
    }
    return ok ? 0 : 1;
}
