#include "ui/ListRefreshSchedule.h"

#include "common/Clock.h"

#include <algorithm>

ListRefreshSchedule::ListRefreshSchedule(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setInterval(tickMs);
    connect(&m_timer, &QTimer::timeout, this, &ListRefreshSchedule::tick);
    connect(&m_clock, &Clock::advanced, this, &ListRefreshSchedule::tick);
}

void ListRefreshSchedule::setIntervalSeconds(int seconds)
{
    m_intervalSeconds = std::max(0, seconds);
    tick();  // a shorter interval may already be due
}

void ListRefreshSchedule::setActive(bool active)
{
    m_active = active;
    m_waiting = false;
    m_lastFinishedMs = -1;
    m_failures = 0;
    m_lastError.clear();
    if (active)
        m_timer.start();
    else
        m_timer.stop();
    Q_EMIT changed();
}

void ListRefreshSchedule::loadFinished(bool ok, const QString &error, bool automatic)
{
    if (automatic)
        m_waiting = false;
    m_lastFinishedMs = m_clock.monotonicMs();
    if (ok) {
        m_failures = 0;
        m_lastError.clear();
    } else {
        // Only automatic failures back off: a click is the user's own choice of when to ask.
        if (automatic)
            m_failures = std::min(m_failures + 1, 30);
        m_lastError = error;
    }
    Q_EMIT changed();
}

qint64 ListRefreshSchedule::delayMs() const
{
    const qint64 base = qint64(m_intervalSeconds) * 1000;
    qint64 delay = base;
    for (int i = 0; i < m_failures && delay < maxBackOffMs; ++i)
        delay *= 2;
    // The cap never makes the wait shorter than the chosen interval.
    return std::max(base, std::min(delay, maxBackOffMs));
}

qint64 ListRefreshSchedule::nextDueMs() const
{
    if (!m_active || m_intervalSeconds <= 0 || m_lastFinishedMs < 0)
        return -1;
    return m_lastFinishedMs + delayMs();
}

int ListRefreshSchedule::secondsToNext() const
{
    const qint64 due = nextDueMs();
    return due < 0 ? -1 : int((std::max<qint64>(0, due - m_clock.monotonicMs()) + 999) / 1000);
}

void ListRefreshSchedule::tick()
{
    const qint64 due = nextDueMs();
    if (due >= 0 && !m_waiting && m_clock.monotonicMs() >= due && m_start && m_start())
        m_waiting = true;
    Q_EMIT changed();
}
