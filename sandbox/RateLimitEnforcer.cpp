#include "sandbox/RateLimitEnforcer.h"

#include "common/Clock.h"

#include <algorithm>

namespace {
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
    const QString key = caller + u'\n' + bucket;
    auto it = m_logs.find(key);
    if (it == m_logs.end()) {
        const RateLimitPolicy::Limit limit = m_policy.limitFor(bucket);
        it = m_logs.insert(key, SlidingWindowLog(limit.limit, limit.windowMs));
    }
    SlidingWindowLog &log = *it;
    Decision decision;
    decision.limit = log.limit();
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
