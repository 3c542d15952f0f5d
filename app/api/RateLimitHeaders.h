#pragma once

#include "api/HttpResponse.h"

#include <QDateTime>

#include <optional>

// Rate-limit information a server sends: X-RateLimit-Limit/-Remaining/-Reset, the IETF draft's
// RateLimit-Limit/-Remaining/-Reset (or the combined "RateLimit: limit=..., remaining=..., reset=..."),
// the IETF draft's RateLimit-Policy (the quota and its window: "100;w=60" or "\"name\";q=100;w=60";
// of several policies the one with the lowest rate), its newer "RateLimit: \"name\";r=50;t=30",
// and Retry-After (delta seconds or an HTTP date).
struct RateLimitHeaders
{
    std::optional<int> limit;
    std::optional<int> remaining;
    std::optional<qint64> resetMs;  // until the oldest counted request leaves the server's window
    std::optional<qint64> retryAfterMs;  // from Retry-After, relative to utcNow
    // From RateLimit-Policy: the server's own quota and window, both or neither.
    std::optional<int> policyQuota;
    std::optional<qint64> policyWindowMs;

    bool any() const { return limit || remaining || resetMs || retryAfterMs || policyQuota; }

    static RateLimitHeaders parse(const HttpResponse &response, const QDateTime &utcNow);
    // Retry-After: "7" or "Wed, 21 Oct 2015 07:28:00 GMT"; nullopt for anything else.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &utcNow);
};
