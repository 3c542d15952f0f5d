#pragma once

#include "api/HttpResponse.h"

#include <QtGlobal>

class QDateTime;

// Automatic retries for GET, PATCH and DELETE on 5xx, timeouts and network errors: jittered
// exponential backoff with a bounded count. POST is never retried (the client secret of a create
// comes back only once). A 429 is not a failed attempt: it is handled by freezing the bucket.
struct RetryPolicy
{
    int maxAttempts = 4;  // first send included
    qint64 baseDelayMs = 500;  // before the first retry, before jitter
    qint64 maxDelayMs = 30'000;
    int max429Requeues = 20;  // after that many 429s for one request, give up with RateLimited

    // Delay before retry number `retry` (1-based), given a uniform random value in [0, 1):
    // "equal jitter", between half and all of min(max, base * 2^(retry-1)).
    qint64 delayForRetry(int retry, double random01) const
    {
        qint64 d = baseDelayMs;
        for (int i = 1; i < retry && d < maxDelayMs; ++i)
            d *= 2;
        d = qMin(d, maxDelayMs);
        return d / 2 + qint64(double(d - d / 2) * qBound(0.0, random01, 1.0));
    }

    // Whether a failed send of `method` is tried again after `failures` failed attempts: only
    // transient failures (5xx, timeouts, network errors) of idempotent methods.
    bool shouldRetry(const HttpResponse &response, const QByteArray &method, int failures) const;
    // Whether any failure of `method` after `failures` failed attempts could still be retried: false
    // for the last attempt, which then gets all that is left of the request's wait (WaitBudget).
    bool mayRetry(const QByteArray &method, int failures) const;
    // delayForRetry, but at least what a 503's Retry-After asks for (up to maxDelayMs).
    qint64 retryDelayMs(int retry, double random01, const HttpResponse &response, const QDateTime &utcNow) const;
};
