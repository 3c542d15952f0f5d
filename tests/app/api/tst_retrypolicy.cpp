// RetryPolicy: which failures are tried again, how many times, and how long to wait.

#include "ResponseBuilders.h"

#include "api/RetryPolicy.h"

#include <QDateTime>
#include <QTest>

using namespace ResponseBuilders;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyTransientFailuresOfIdempotentMethods()
    {
        const RetryPolicy policy;
        for (const QByteArray method : {"GET", "PATCH", "DELETE"}) {
            QVERIFY(policy.shouldRetry(http(500), method, 0));
            QVERIFY(policy.shouldRetry(http(503), method, 0));
            QVERIFY(policy.shouldRetry(failure(HttpResponse::Outcome::Network), method, 0));
            QVERIFY(policy.shouldRetry(failure(HttpResponse::Outcome::Timeout), method, 0));
            QVERIFY(!policy.shouldRetry(http(501), method, 0));
            QVERIFY(!policy.shouldRetry(http(505), method, 0));
            QVERIFY(!policy.shouldRetry(http(404), method, 0));
            QVERIFY(!policy.shouldRetry(http(429), method, 0));  // a freeze, not a failure
            QVERIFY(!policy.shouldRetry(failure(HttpResponse::Outcome::Tls), method, 0));
            QVERIFY(!policy.shouldRetry(failure(HttpResponse::Outcome::Aborted), method, 0));
        }
        // A second create would make a second subscription.
        QVERIFY(!policy.shouldRetry(http(503), "POST", 0));
        QVERIFY(!policy.shouldRetry(failure(HttpResponse::Outcome::Timeout), "POST", 0));
    }

    void attemptsAreBounded()
    {
        const RetryPolicy policy;  // 4 attempts, the first included
        QVERIFY(policy.shouldRetry(http(500), "GET", 2));
        QVERIFY(!policy.shouldRetry(http(500), "GET", 3));
    }

    void retryAfterOnlyLengthensTheBackoff()
    {
        const RetryPolicy policy;
        const QDateTime now = QDateTime(QDate(2026, 11, 27), QTime(16, 0), Qt::UTC);
        QCOMPARE(policy.retryDelayMs(1, 0.0, http(503), now), 250);
        QCOMPARE(policy.retryDelayMs(1, 1.0, http(503), now), 500);
        QCOMPARE(policy.retryDelayMs(1, 0.0, http(503, {{"Retry-After", "7"}}), now), 7000);
        QCOMPARE(policy.retryDelayMs(1, 0.0, http(503, {{"Retry-After", "3600"}}), now), policy.maxDelayMs);
        QCOMPARE(policy.retryDelayMs(3, 0.0, http(503, {{"Retry-After", "0"}}), now), 1000);
    }
};

QTEST_APPLESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
