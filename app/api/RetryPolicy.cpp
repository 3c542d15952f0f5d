#include "api/RetryPolicy.h"

#include "api/RateLimitHeaders.h"

namespace {

bool isRetryableMethod(const QByteArray &method)
{
    // Idempotent by the contract: sending them twice leaves the same state. POST is not
    // (a create would make a second subscription, and its secret comes back only once).
    return method == "GET" || method == "PATCH" || method == "DELETE" || method == "PUT" || method == "HEAD";
}

bool isTransientFailure(const HttpResponse &r)
{
    switch (r.outcome) {
    case HttpResponse::Outcome::Network:
    case HttpResponse::Outcome::Timeout:
        return true;
    case HttpResponse::Outcome::Http:
        return r.status >= 500 && r.status <= 599 && r.status != 501 && r.status != 505;
    default:
        return false;
    }
}

}  // namespace

bool RetryPolicy::shouldRetry(const HttpResponse &response, const QByteArray &method, int failures) const
{
    return isTransientFailure(response) && mayRetry(method, failures);
}

bool RetryPolicy::mayRetry(const QByteArray &method, int failures) const
{
    return isRetryableMethod(method) && failures + 1 < maxAttempts;
}

qint64 RetryPolicy::retryDelayMs(int retry, double random01, const HttpResponse &response,
                                 const QDateTime &utcNow) const
{
    qint64 delay = delayForRetry(retry, random01);
    const auto headers = RateLimitHeaders::parse(response, utcNow);
    if (headers.retryAfterMs)  // 503 with Retry-After: the server knows best
        delay = qMax(delay, qMin(*headers.retryAfterMs, maxDelayMs));
    return delay;
}
