#include "api/WaitBudget.h"

WaitBudget::WaitBudget(qint64 limitMs, qint64 attemptTimeoutMs)
    : m_limitMs(qMax<qint64>(0, limitMs))
    , m_attemptMs(attemptTimeoutMs > 0 && attemptTimeoutMs < m_limitMs ? attemptTimeoutMs : m_limitMs)
{ }

qint64 WaitBudget::nextAttemptTimeoutMs(bool lastAttempt) const
{
    if (!isLimited())
        return 0;
    const qint64 left = remainingMs();
    if (lastAttempt || left - m_attemptMs < usefulShareMs())
        return qMax<qint64>(1, left);
    return m_attemptMs;
}

void WaitBudget::spend(qint64 durationMs)
{
    m_spentMs += qMax<qint64>(0, durationMs);
    if (isLimited())
        m_spentMs = qMin(m_spentMs, m_limitMs);  // an attempt ends with what was left; beyond is timer slack
}

bool WaitBudget::takeRetry(qint64 delayMs)
{
    if (!isLimited()) {
        m_spentMs += qMax<qint64>(0, delayMs);
        return true;
    }
    if (remainingMs() - qMax<qint64>(0, delayMs) < qMax<qint64>(1, usefulShareMs()))
        return false;
    m_spentMs += qMax<qint64>(0, delayMs);
    return true;
}
