#pragma once

#include <QtGlobal>

#include <deque>

// The exact rate-limit rule of one bucket: at most `limit` sends in ANY rolling window of `windowMs`.
// It keeps the time of every send still inside the window (a sliding-window log), so unlike a
// token bucket it never allows a double burst across a window edge. Used by the client's request
// queue and by the sandbox's enforcement alike.
class SlidingWindowLog
{
public:
    SlidingWindowLog(int limit = 50, qint64 windowMs = 60'000);

    int limit() const { return m_limit; }
    qint64 windowMs() const { return m_windowMs; }
    void setPolicy(int limit, qint64 windowMs);

    // Sends counted in the window that ends at nowMs, i.e. sends at times in (nowMs - window, nowMs].
    int countAt(qint64 nowMs);
    // True when one more send at nowMs leaves at most (limit - reserve) sends in every window.
    bool canSendAt(qint64 nowMs, int reserve = 0);
    // The earliest time >= nowMs at which canSendAt(time, reserve) holds.
    qint64 nextFreeAt(qint64 nowMs, int reserve = 0);
    // Counts one send at time t; t may lie in the past or future (server corrections), order is kept.
    void record(qint64 t);
    // Moves one counted send from time `from` to the later time `to` (a client that learns the
    // server answered at `to` knows the server counted it no later than that). If no send at
    // `from` is still counted, counts one at `to` (the conservative choice).
    void move(qint64 from, qint64 to);
    // Time at which the oldest counted send leaves the window, or nowMs when nothing is counted.
    qint64 oldestExpiry(qint64 nowMs);

private:
    void prune(qint64 nowMs);

    int m_limit;
    qint64 m_windowMs;
    std::deque<qint64> m_sends;  // ascending
};
