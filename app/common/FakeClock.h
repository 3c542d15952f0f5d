#pragma once

#include "common/Clock.h"

// A clock that moves only when told to. Used by tests; lives in the core so every test links it.
class FakeClock final : public Clock
{
    Q_OBJECT
public:
    explicit FakeClock(QObject *parent = nullptr);

    qint64 monotonicMs() const override { return m_monotonicMs; }
    QDateTime utcNow() const override { return m_utcStart.addMSecs(m_monotonicMs); }

    void setUtcStart(const QDateTime &utc) { m_utcStart = utc; }
    // Moves time forward by ms (negative values are ignored) and emits advanced().
    void advance(qint64 ms);

private:
    qint64 m_monotonicMs = 0;
    QDateTime m_utcStart;
};
