#pragma once
// Timing helpers shared by the benchmarks. Medians rather than means: one run disturbed
// by another process should not move the figure. CPU time beside wall time: on a shared
// machine the wall time includes waiting for a core and the CPU time does not, so the
// pair tells load from work.

#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <ctime>
#include <functional>

namespace schemata::bench {

inline double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

inline Timing medianMs(int runs, const std::function<void()>& work)
{
    QList<double> wall;
    QList<double> cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double cpuStart = threadCpuMs();
        timer.start();
        work();
        wall.append(double(timer.nsecsElapsed()) / 1e6);
        cpu.append(threadCpuMs() - cpuStart);
    }
    return {median(wall), median(cpu)};
}

} // namespace schemata::bench
