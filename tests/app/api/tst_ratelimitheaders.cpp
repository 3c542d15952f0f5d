// RateLimitHeaders: X-RateLimit-*, IETF RateLimit-* (separate and combined), Retry-After forms.

#include "api/RateLimitHeaders.h"

#include <QTest>

class TestRateLimitHeaders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void xHeaders();
    void ietfHeaders();
    void retryAfter();
    void garbageIsIgnored();
    void countsBeyondIntAreIgnored();
    void policies();
};

namespace {
HttpResponse withHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    HttpResponse r;
    r.status = 200;
    r.headers = headers;
    return r;
}
const QDateTime Now(QDate(2026, 11, 27), QTime(16, 0, 0), Qt::UTC);
}  // namespace

void TestRateLimitHeaders::xHeaders()
{
    const auto h = RateLimitHeaders::parse(
        withHeaders({{"x-ratelimit-limit", "100"}, {"X-RateLimit-Remaining", "7"}, {"X-RateLimit-Reset", "12"}}), Now);
    QCOMPARE(h.limit, std::optional<int>(100));
    QCOMPARE(h.remaining, std::optional<int>(7));
    QCOMPARE(h.resetMs, std::optional<qint64>(12'000));
    QVERIFY(!h.retryAfterMs);
    QVERIFY(h.any());
    // Reset as an epoch timestamp.
    const auto epoch = RateLimitHeaders::parse(
        withHeaders({{"X-RateLimit-Reset", QByteArray::number(Now.toSecsSinceEpoch() + 30)}}), Now);
    QCOMPARE(epoch.resetMs, std::optional<qint64>(30'000));
}

void TestRateLimitHeaders::ietfHeaders()
{
    auto h = RateLimitHeaders::parse(
        withHeaders({{"RateLimit-Limit", "50, 50;w=60"}, {"RateLimit-Remaining", "0"}, {"RateLimit-Reset", "3"}}), Now);
    QCOMPARE(h.limit, std::optional<int>(50));
    QCOMPARE(h.remaining, std::optional<int>(0));
    QCOMPARE(h.resetMs, std::optional<qint64>(3000));
    h = RateLimitHeaders::parse(withHeaders({{"RateLimit", "limit=10, remaining=4, reset=2"}}), Now);
    QCOMPARE(h.limit, std::optional<int>(10));
    QCOMPARE(h.remaining, std::optional<int>(4));
    QCOMPARE(h.resetMs, std::optional<qint64>(2000));
}

void TestRateLimitHeaders::retryAfter()
{
    QCOMPARE(RateLimitHeaders::parseRetryAfter("7", Now), std::optional<qint64>(7000));
    QCOMPARE(RateLimitHeaders::parseRetryAfter(" 0 ", Now), std::optional<qint64>(0));
    QCOMPARE(RateLimitHeaders::parseRetryAfter("Fri, 27 Nov 2026 16:00:09 GMT", Now), std::optional<qint64>(9000));
    QCOMPARE(RateLimitHeaders::parseRetryAfter("Friday, 27-Nov-26 16:01:00 GMT", Now), std::optional<qint64>(60'000));
    QCOMPARE(RateLimitHeaders::parseRetryAfter("Fri Nov 27 16:00:02 2026", Now), std::optional<qint64>(2000));
    // A date in the past means "now".
    QCOMPARE(RateLimitHeaders::parseRetryAfter("Thu, 26 Nov 2026 16:00:00 GMT", Now), std::optional<qint64>(0));
    QVERIFY(!RateLimitHeaders::parseRetryAfter("soon", Now));
    QVERIFY(!RateLimitHeaders::parseRetryAfter("-5", Now));
    QVERIFY(!RateLimitHeaders::parseRetryAfter("", Now));
    const auto h = RateLimitHeaders::parse(withHeaders({{"Retry-After", "2"}}), Now);
    QCOMPARE(h.retryAfterMs, std::optional<qint64>(2000));
}

void TestRateLimitHeaders::garbageIsIgnored()
{
    const auto h = RateLimitHeaders::parse(withHeaders({{"X-RateLimit-Limit", "lots"},
                                                        {"X-RateLimit-Remaining", "-3"},
                                                        {"RateLimit", "limit"},
                                                        {"Retry-After", "x"}}),
                                           Now);
    QVERIFY(!h.limit);
    QVERIFY(!h.remaining);
    QVERIFY(!h.retryAfterMs);
    QVERIFY(!RateLimitHeaders::parse(HttpResponse{}, Now).any());
}

// Found by fuzz_timestamp: a cast used to cut 4294967297 down to a limit of 1.
void TestRateLimitHeaders::countsBeyondIntAreIgnored()
{
    const auto h = RateLimitHeaders::parse(
        withHeaders({{"X-RateLimit-Limit", "4294967297"}, {"X-RateLimit-Remaining", "99999999999"}}), Now);
    QVERIFY(!h.limit);
    QVERIFY(!h.remaining);
    const auto combined = RateLimitHeaders::parse(withHeaders({{"RateLimit", "limit=4294967297, remaining=5"}}), Now);
    QVERIFY(!combined.limit);
    QCOMPARE(combined.remaining, std::optional<int>(5));
}

QTEST_GUILESS_MAIN(TestRateLimitHeaders)
#include "tst_ratelimitheaders.moc"

void TestRateLimitHeaders::policies()
{
    // Newer draft: named policies with q and w; the lowest rate of several is kept.
    auto h = RateLimitHeaders::parse(withHeaders({{"RateLimit-Policy", "\"burst\";q=100;w=2, \"day\";q=1000;w=86400"},
                                                  {"RateLimit", "\"burst\";r=42;t=1"}}),
                                     Now);
    QCOMPARE(h.policyQuota, std::optional<int>(1000));
    QCOMPARE(h.policyWindowMs, std::optional<qint64>(86'400'000));
    QCOMPARE(h.remaining, std::optional<int>(42));
    QCOMPARE(h.resetMs, std::optional<qint64>(1000));
    QVERIFY(h.any());
    h = RateLimitHeaders::parse(withHeaders({{"RateLimit-Policy", "\"PATCH /api/v1/webhooks/{id}\";q=100;w=2"}}), Now);
    QCOMPARE(h.policyQuota, std::optional<int>(100));
    QCOMPARE(h.policyWindowMs, std::optional<qint64>(2000));
    // Older drafts: the quota as the item.
    h = RateLimitHeaders::parse(withHeaders({{"RateLimit-Limit", "50"}, {"RateLimit-Policy", "50;w=60"}}), Now);
    QCOMPARE(h.policyQuota, std::optional<int>(50));
    QCOMPARE(h.policyWindowMs, std::optional<qint64>(60'000));
    QCOMPARE(h.limit, std::optional<int>(50));
    // A policy without a window, or with nonsense, is no policy.
    for (const QByteArray &bad :
         {QByteArray("100"), QByteArray("\"x\";q=100"), QByteArray("0;w=60"), QByteArray("100;w=0"),
          QByteArray("100;w=-5"), QByteArray("abc;w=x"), QByteArray("\"x\";q=99999999999;w=1"), QByteArray(";;;,,,="),
          QByteArray(5000, ',')}) {
        h = RateLimitHeaders::parse(withHeaders({{"RateLimit-Policy", bad}}), Now);
        QVERIFY2(!h.policyQuota && !h.policyWindowMs, bad.constData());
    }
}
