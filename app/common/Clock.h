#pragma once

#include <QDateTime>
#include <QObject>

// Time source for everything time-dependent (rate windows, timeouts, retry schedules), injected so
// that tests run on a fake clock, exactly and fast.
class Clock : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Milliseconds on a monotonic scale: never jumps back, unaffected by wall-clock changes.
    virtual qint64 monotonicMs() const = 0;
    // Wall-clock time in UTC, for timestamps shown to people and stored schedules.
    virtual QDateTime utcNow() const = 0;

Q_SIGNALS:
    // A fake clock jumped forward; waiters re-check their deadlines. Real clocks never emit it.
    void advanced();
};
