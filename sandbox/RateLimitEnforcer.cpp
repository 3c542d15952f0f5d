#include "sandbox/RateLimitEnforcer.h"

#include "common/Clock.h"

#include <algorithm>

namespace {
// Sweeps run after this many admits at least, and never more often than once per admit of every
// kept window, so a sweep costs O(1) per admit over time.
constexpr qsizetype minAdmitsPerSweep = 1024;

qint64 ceilSeconds(qint64 ms)
{
    return ms <= 0 ? 0 : (ms + 999) / 1000;
}
}  // namespace

RateLimitEnforcer::RateLimitEnforcer(const Clock &clock, RateLimitPolicy policy)
    : m_clock(clock)
    , m_policy(std::move(policy))
{ }

RateLimitEnforcer::Decision RateLimitEnforcer::admit(const QString &caller, const QString &bucket)
{
    const qint64 now = m_clock.monotonicMs();
    // Callers are counted per address before they authenticate: a client that changes its address
    // or key for every request must not grow the table for ever.
    if (++m_admitsSinceSweep >= std::max(minAdmitsPerSweep, m_logs.size()))
        sweep(now);
    const QString key = caller + u'\n' + bucket;
    auto it = m_logs.find(key);
    if (it == m_logs.end()) {
        const RateLimitPolicy::Limit limit = m_policy.limitFor(bucket);
        it = m_logs.insert(key, SlidingWindowLog(limit.limit, limit.windowMs));
    }
    SlidingWindowLog &log = *it;
    Decision decision;
    decision.limit = log.limit();
    decision.windowMs = log.windowMs();
    if (log.canSendAt(now)) {
        log.record(now);
    } else {
        decision.allowed = false;
        decision.retryAfterSeconds = std::max<qint64>(1, ceilSeconds(log.nextFreeAt(now) - now));
    }
    decision.remaining = std::max(0, log.limit() - log.countAt(now));
    decision.resetSeconds = ceilSeconds(log.oldestExpiry(now) - now);
    return decision;
}

// Forgets the windows that hold no request any more; a new request starts an empty one, so
// nothing is lost.
void RateLimitEnforcer::sweep(qint64 now)
{
    m_admitsSinceSweep = 0;
    for (auto it = m_logs.begin(); it != m_logs.end();) {
        if (it->countAt(now) == 0)
            it = m_logs.erase(it);
        else
            ++it;
    }
}
