// libFuzzer target: RFC 3339 timestamps as servers send them (JsonDecoder::parseTimestamp) and
// Retry-After / rate-limit headers (RateLimitHeaders). A parsed time is UTC and survives a
// round trip through its own ISO form; parsed header values are never negative.
#include "FuzzCheck.h"

#include "api/JsonDecoder.h"
#include "api/RateLimitHeaders.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDateTime t = JsonDecoder::parseTimestamp(QString::fromUtf8(bytes));
    if (t.isValid()) {
        FUZZ_CHECK(t.timeSpec() == Qt::UTC);
        const QDateTime again = JsonDecoder::parseTimestamp(t.toString(Qt::ISODateWithMs));
        FUZZ_CHECK(again.isValid() && again == t);
    }

    const QDateTime now(QDate(2026, 11, 27), QTime(16, 8), Qt::UTC);
    const auto retryAfter = RateLimitHeaders::parseRetryAfter(bytes, now);
    if (retryAfter)
        FUZZ_CHECK(*retryAfter >= 0);

    // The same bytes as every rate-limit header at once, and as "name: value" lines.
    HttpResponse response;
    response.status = 429;
    for (const char *name : {"X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "RateLimit-Limit",
                             "RateLimit-Remaining", "RateLimit-Reset", "RateLimit", "Retry-After"})
        response.headers.append({QByteArray(name), bytes});
    for (const QByteArray &line : bytes.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            response.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    const RateLimitHeaders h = RateLimitHeaders::parse(response, now);
    if (h.limit)
        FUZZ_CHECK(*h.limit >= 0);
    if (h.remaining)
        FUZZ_CHECK(*h.remaining >= 0);
    if (h.resetMs)
        FUZZ_CHECK(*h.resetMs >= 0);
    if (h.retryAfterMs)
        FUZZ_CHECK(*h.retryAfterMs >= 0);
    return 0;
}
