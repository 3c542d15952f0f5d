#include "common/SystemClock.h"

SystemClock::SystemClock(QObject *parent)
    : Clock(parent)
{
    m_elapsed.start();
}

qint64 SystemClock::monotonicMs() const
{
    return m_elapsed.elapsed();
}

QDateTime SystemClock::utcNow() const
{
    return QDateTime::currentDateTimeUtc();
}
