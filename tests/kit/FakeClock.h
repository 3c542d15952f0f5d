#pragma once

#include "common/Clock.h"

// A clock that moves only when told to, so that time-dependent logic is tested exactly. A test
// double: it lives with the tests, never in the product.
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
