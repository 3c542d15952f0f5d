#include "kit/FakeClock.h"

FakeClock::FakeClock(QObject *parent)
    : Clock(parent)
    , m_utcStart(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC))
{ }

void FakeClock::advance(qint64 ms)
{
    if (ms <= 0)
        return;
    m_monotonicMs += ms;
    Q_EMIT advanced();
}
