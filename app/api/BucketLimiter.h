#pragma once

#include "api/BucketState.h"
#include "api/BulkJobTracker.h"
#include "common/SlidingWindowLog.h"

#include <limits>

struct RateLimitHeaders;

// When the next send of one rate-limit bucket may go. It keeps the bucket's sliding-window log
// (every send, each moved to the time its answer arrived), the 429 freeze, the rules that keep
// bulk work from crowding out clicks (the reserve, the in-flight cap and pacing), and the counts the
// status bar shows. The request queue decides what to send; this says when.
class BucketLimiter
{
public:
    // Queue-wide rules for the bulk lane.
    struct BulkRules
    {
        int reserve = 1;  // slots per window left to interactive requests
        int maxInFlight = 4;  // unanswered bulk sends at once
        bool pacing = true;  // once the window is half full, one bulk send per pace interval
    };
    static constexpr qint64 Never = std::numeric_limits<qint64>::max();

    // marginMs is added to every window, the server's too. followServer: a limit the server
    // advertises replaces this one, higher or lower; otherwise the server may only lower it.
    void setPolicy(int limit, qint64 windowMs, qint64 marginMs, bool followServer)
    {
        m_marginMs = marginMs;
        m_followServer = followServer;
        m_log.setPolicy(limit, windowMs + marginMs);
    }
    int limit() const { return m_log.limit(); }
    qint64 windowMs() const { return m_log.windowMs() - m_marginMs; }  // without the margin
    qint64 frozenUntil() const { return m_frozenUntil; }

    // The earliest time (now or later) the next send of a lane may go; Never while the bulk
    // in-flight cap holds (an answer frees it). The freeze is the caller's to check first.
    qint64 interactiveSendAt(qint64 now);
    qint64 bulkSendAt(qint64 now, const BulkRules &rules);

    void recordSend(qint64 now, bool bulk);
    // The answer to a send of `sentAt` arrived (answered: the server sent an HTTP status).
    void recordAnswer(qint64 sentAt, qint64 now, bool bulk, bool answered);
    // Counts what the server says it counted, and adopts the limit it advertises (see setPolicy);
    // true when the limit or window changed.
    bool applyHeaders(const RateLimitHeaders &headers, qint64 now);
    // A 429 freezes the whole bucket until Retry-After, or until the window frees. Returns the end.
    qint64 freeze(const RateLimitHeaders &headers, qint64 now);
    void countRetry() { m_retries++; }

    // The limiter's part of the bucket's state: sends in the window, limit, in flight, 429s,
    // retries, and the time to the next free slot (a freeze included).
    BucketState state(qint64 now);

    // The bucket as the bulk-job ETA sees it (key and queued are the queue's to fill in).
    BulkJobTracker::BucketLoad load(const BulkRules &rules) const;

private:
    qint64 paceMs() const;

    SlidingWindowLog m_log;
    bool m_followServer = false;
    qint64 m_marginMs = 0;
    int m_inFlight = 0;
    int m_bulkInFlight = 0;  // the in-flight cap applies to these only
    qint64 m_lastBulkSend = std::numeric_limits<qint64>::min() / 2;
    qint64 m_frozenUntil = 0;
    qint64 m_latencyMs = -1;  // moving average of answer times, for ETAs
    int m_count429 = 0;
    int m_retries = 0;
};
