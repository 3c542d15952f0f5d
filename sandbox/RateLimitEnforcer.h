#pragma once

#include "common/RateLimitPolicy.h"
#include "common/SlidingWindowLog.h"

#include <QHash>
#include <QString>

class Clock;

// Enforces the rate limits per API key (tenant or anonymous caller) and bucket ("METHOD /route"),
// as a strict sliding window: a request is admitted only if the window ending now holds fewer than
// `limit` admitted requests. Rejected requests are not counted.
class RateLimitEnforcer
{
public:
    struct Decision
    {
        bool allowed = true;
        int limit = 0;
        qint64 windowMs = 0;
        int remaining = 0;
        qint64 resetSeconds = 0;  // until the oldest counted request leaves the window (ceil)
        qint64 retryAfterSeconds = 0;  // when rejected: until one more request fits (ceil, >= 1)
    };

    RateLimitEnforcer(const Clock &clock, RateLimitPolicy policy);

    // Admits (and counts) or rejects one request of caller in bucket, now.
    Decision admit(const QString &caller, const QString &bucket);
    const RateLimitPolicy &policy() const { return m_policy; }
    // Windows kept in memory (callers and buckets with requests in the window, plus at most as
    // many again not yet swept).
    qsizetype trackedWindows() const { return m_logs.size(); }

private:
    const Clock &m_clock;
    RateLimitPolicy m_policy;
    void sweep(qint64 now);

    QHash<QString, SlidingWindowLog> m_logs;  // caller + '\n' + bucket
    qsizetype m_admitsSinceSweep = 0;
};
