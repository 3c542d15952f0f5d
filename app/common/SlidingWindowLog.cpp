#include "common/SlidingWindowLog.h"

#include <algorithm>

SlidingWindowLog::SlidingWindowLog(int limit, qint64 windowMs)
    : m_limit(std::max(1, limit))
    , m_windowMs(std::max<qint64>(1, windowMs))
{ }

void SlidingWindowLog::setPolicy(int limit, qint64 windowMs)
{
    m_limit = std::max(1, limit);
    m_windowMs = std::max<qint64>(1, windowMs);
}

void SlidingWindowLog::prune(qint64 nowMs)
{
    // A send at s is counted while s > now - window.
    while (!m_sends.empty() && m_sends.front() <= nowMs - m_windowMs)
        m_sends.pop_front();
}

int SlidingWindowLog::countAt(qint64 nowMs)
{
    prune(nowMs);
    // Entries recorded for the future (server corrections) count too: they hold a slot until they expire.
    return int(m_sends.size());
}

bool SlidingWindowLog::canSendAt(qint64 nowMs, int reserve)
{
    return countAt(nowMs) < m_limit - std::max(0, reserve);
}

qint64 SlidingWindowLog::nextFreeAt(qint64 nowMs, int reserve)
{
    const int allowed = m_limit - std::max(0, reserve);
    const int count = countAt(nowMs);
    if (count < allowed)
        return nowMs;
    if (allowed <= 0)
        return m_sends.empty() ? nowMs : m_sends.back() + m_windowMs;
    // The count must fall to allowed - 1: the (count - allowed)-th oldest send has to leave.
    const std::size_t index = std::size_t(count - allowed);
    return std::max(nowMs, m_sends[index] + m_windowMs);
}

void SlidingWindowLog::record(qint64 t)
{
    if (m_sends.empty() || m_sends.back() <= t)
        m_sends.push_back(t);
    else
        m_sends.insert(std::upper_bound(m_sends.begin(), m_sends.end(), t), t);
}

void SlidingWindowLog::move(qint64 from, qint64 to)
{
    const auto it = std::lower_bound(m_sends.begin(), m_sends.end(), from);
    if (it != m_sends.end() && *it == from)
        m_sends.erase(it);
    record(std::max(from, to));
}

qint64 SlidingWindowLog::oldestExpiry(qint64 nowMs)
{
    prune(nowMs);
    return m_sends.empty() ? nowMs : m_sends.front() + m_windowMs;
}
