#include "api/BucketLimiter.h"

#include "api/RateLimitHeaders.h"

qint64 BucketLimiter::paceMs() const
{
    return m_log.windowMs() * 3 / (4 * qint64(m_log.limit()));
}

qint64 BucketLimiter::interactiveSendAt(qint64 now)
{
    // Interactive requests ignore the in-flight cap (clicks are few) and may use every slot.
    return m_log.canSendAt(now, 0) ? now : m_log.nextFreeAt(now, 0);
}

qint64 BucketLimiter::bulkSendAt(qint64 now, const BulkRules &rules)
{
    if (m_bulkInFlight >= rules.maxInFlight)
        return Never;
    const int reserve = qMin(rules.reserve, m_log.limit() - 1);
    if (rules.pacing && m_log.countAt(now) >= m_log.limit() / 2) {
        // 75% of the slot interval: the window stays the binding limit (timer wake-ups come
        // late on a busy machine), pacing only stops bursts.
        const qint64 paceAt = m_lastBulkSend + paceMs();
        if (now < paceAt)
            return qMax(paceAt, m_log.nextFreeAt(now, reserve));
    }
    return m_log.canSendAt(now, reserve) ? now : m_log.nextFreeAt(now, reserve);
}

void BucketLimiter::recordSend(qint64 now, bool bulk)
{
    const bool paced = m_log.countAt(now) >= m_log.limit() / 2;
    m_log.record(now);
    m_inFlight++;
    if (bulk) {
        m_bulkInFlight++;
        // Advance the pacing mark from where it should have been, not from a late wake-up, so a
        // busy event loop does not slow bulk work below the limit (it may catch up by one slot).
        const qint64 pace = paceMs();
        m_lastBulkSend = paced ? qMax(m_lastBulkSend + pace, now - pace) : now;
    }
}

void BucketLimiter::recordAnswer(qint64 sentAt, qint64 now, bool bulk, bool answered)
{
    m_inFlight = qMax(0, m_inFlight - 1);
    if (bulk)
        m_bulkInFlight = qMax(0, m_bulkInFlight - 1);
    // The server counted this request somewhere between our send and its answer: count it at the
    // answer, the latest possible moment, so that network and server delays can never make us
    // believe a slot is free before the server does.
    m_log.move(sentAt, now);
    if (answered) {
        const qint64 latency = now - sentAt;
        m_latencyMs = m_latencyMs < 0 ? latency : (m_latencyMs * 7 + latency) / 8;
    }
}

bool BucketLimiter::applyHeaders(const RateLimitHeaders &h, qint64 now)
{
    const int oldLimit = m_log.limit();
    const qint64 oldWindow = windowMs();
    if (h.policyQuota && h.policyWindowMs) {
        // The server's own quota and window: followed as it is when we follow the server, else
        // only where it is stricter (a lower rate, or a smaller burst over our window).
        const bool lowerRate = qint64(*h.policyQuota) * oldWindow < qint64(oldLimit) * *h.policyWindowMs;
        if (m_followServer || lowerRate)
            m_log.setPolicy(*h.policyQuota, *h.policyWindowMs + m_marginMs);
        else if (*h.policyQuota < oldLimit)
            m_log.setPolicy(*h.policyQuota, oldWindow + m_marginMs);
    } else if (h.limit && *h.limit > 0 && (*h.limit < oldLimit || m_followServer)) {
        // A limit without its window is taken over our window.
        m_log.setPolicy(*h.limit, oldWindow + m_marginMs);
    }
    const bool changed = m_log.limit() != oldLimit || windowMs() != oldWindow;
    if (h.remaining) {
        const int limit = h.limit ? qMin(*h.limit, m_log.limit()) : m_log.limit();
        const int serverCount = limit - qMin(*h.remaining, limit);
        const int local = m_log.countAt(now);
        if (serverCount > local) {
            // Someone else uses this key, or we restarted: count what the server counted. The first
            // leaves when the server says its oldest leaves; the rest are assumed as new as possible.
            const int missing = serverCount - local;
            for (int i = 0; i < missing; ++i) {
                qint64 at = now;
                if (i == 0 && h.resetMs)
                    at = qMin(now, now + *h.resetMs - m_log.windowMs());
                m_log.record(at);
            }
        }
    }
    return changed;
}

qint64 BucketLimiter::freeze(const RateLimitHeaders &headers, qint64 now)
{
    const qint64 until =
        headers.retryAfterMs ? now + qMax<qint64>(1, *headers.retryAfterMs) : qMax(now + 1, m_log.oldestExpiry(now));
    m_frozenUntil = qMax(m_frozenUntil, until);
    m_count429++;
    return m_frozenUntil;
}

BucketState BucketLimiter::state(qint64 now)
{
    BucketState s;
    s.sentInWindow = m_log.countAt(now);
    s.limit = m_log.limit();
    s.inFlight = m_inFlight;
    s.count429 = m_count429;
    s.retries = m_retries;
    s.nextFreeSlotInMs = qMax(m_log.nextFreeAt(now, 0), m_frozenUntil) - now;
    return s;
}

BulkJobTracker::BucketLoad BucketLimiter::load(const BulkRules &rules) const
{
    BulkJobTracker::BucketLoad load;
    load.log = &m_log;
    load.inFlight = m_inFlight;
    load.latencyMs = m_latencyMs;
    load.frozenUntil = m_frozenUntil;
    load.lastBulkSend = m_lastBulkSend;
    load.reserve = qMin(rules.reserve, m_log.limit() - 1);
    load.pacing = rules.pacing;
    load.paceMs = paceMs();
    return load;
}
