#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

class Clock;

// When the subscriptions list reloads by itself: one interval after the last finished load (of any
// kind), longer after failed automatic loads (twice as long each time, capped), reset by a success.
// It decides only; the list starts the load through the starter, which may refuse (a load or a
// bulk job running, no connection): the next tick asks again. Time is the injected clock's: a
// coarse real-time tick plus the fake clock's jumps in tests, both asking "is a load due?".
class ListRefreshSchedule : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultIntervalSeconds = 60;
    static constexpr qint64 maxBackOffMs = 10 * 60'000;
    static constexpr int tickMs = 1000;  // also moves "Updated 12 s ago" on

    // Starts an automatic load; false if it cannot start now.
    using Starter = std::function<bool()>;

    explicit ListRefreshSchedule(const Clock &clock, QObject *parent = nullptr);

    void setStarter(Starter starter) { m_start = std::move(starter); }
    // 0: off.
    void setIntervalSeconds(int seconds);
    int intervalSeconds() const { return m_intervalSeconds; }
    // On while a connection is shown; switching it forgets the loads and failures of the last one.
    void setActive(bool active);
    bool isActive() const { return m_active; }

    // A load finished; automatic: one this schedule started.
    void loadFinished(bool ok, const QString &error, bool automatic);

    // Monotonic ms of the next automatic load; -1: none planned (off, inactive, nothing loaded yet).
    qint64 nextDueMs() const;
    // Whole seconds (rounded up) to the next automatic load; -1: none planned.
    int secondsToNext() const;
    // Failed automatic loads in a row.
    int failures() const { return m_failures; }
    // The error of the last load if it failed; empty after a success.
    QString lastError() const { return m_lastError; }
    bool isWaitingForLoad() const { return m_waiting; }

Q_SIGNALS:
    // Every tick and every change: relative times and the next try move on.
    void changed();

private:
    void tick();
    qint64 delayMs() const;

    const Clock &m_clock;
    QTimer m_timer;
    Starter m_start;
    int m_intervalSeconds = defaultIntervalSeconds;
    bool m_active = false;
    bool m_waiting = false;  // an automatic load is on its way
    qint64 m_lastFinishedMs = -1;
    int m_failures = 0;
    QString m_lastError;
};
