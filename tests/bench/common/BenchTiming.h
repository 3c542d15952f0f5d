#pragma once

// Timing helpers shared by the benchmarks (header only): wall and thread-CPU stopwatches, and the
// longest event-loop stall while some work runs.

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <functional>

namespace BenchTiming {

inline double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

inline qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Wall time and this thread's CPU time. The machine these figures come from is shared and
// heavily loaded: CPU time is what the code costs, wall time what a user waited there.
class Stopwatch
{
public:
    void start()
    {
        m_wall.start();
        m_cpu = threadCpuNs();
    }
    double cpuMs() const { return ms(threadCpuNs() - m_cpu); }
    double wallMs() const { return ms(m_wall.nsecsElapsed()); }

private:
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
};

struct Stall
{
    double cpu = 0, wall = 0;  // longest gap between two heartbeats: main-thread CPU, wall
};

// Runs `work` inside an event loop with a zero-interval heartbeat timer and returns the longest
// gap between two heartbeats until `work` calls done(): what a user would feel as a frozen window.
inline Stall longestStall(const std::function<void(std::function<void()> done)> &work)
{
    QEventLoop loop;
    QElapsedTimer clock;
    qint64 last = 0, worst = 0, lastCpu = 0, worstCpu = 0;
    QTimer heartbeat;
    heartbeat.setInterval(0);
    const auto beat = [&] {
        const qint64 t = clock.nsecsElapsed();
        const qint64 c = threadCpuNs();
        worst = std::max(worst, t - last);
        worstCpu = std::max(worstCpu, c - lastCpu);
        last = t;
        lastCpu = c;
    };
    QObject::connect(&heartbeat, &QTimer::timeout, beat);
    bool finished = false;
    auto done = [&] {
        finished = true;
        beat();
        loop.quit();
    };
    QTimer::singleShot(0, &loop, [&] {
        clock.start();
        last = 0;
        lastCpu = threadCpuNs();
        heartbeat.start();
        work(done);
    });
    if (!finished)
        loop.exec();
    heartbeat.stop();
    return {ms(worstCpu), ms(worst)};
}

}  // namespace BenchTiming
