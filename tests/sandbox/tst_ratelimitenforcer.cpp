// RateLimitEnforcer on a FakeClock: strict sliding window, headers' numbers, per caller and bucket.
#include "kit/FakeClock.h"
#include "sandbox/RateLimitEnforcer.h"

#include <QtTest>

class TestRateLimitEnforcer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strictSlidingWindow()
    {
        FakeClock clock;
        RateLimitEnforcer enforcer(clock, RateLimitPolicy::documented());
        const QString bucket = QStringLiteral("GET /api/v1/webhooks/");
        // 25 at t=0, 25 at t=30 s.
        for (int i = 0; i < 25; ++i)
            QVERIFY(enforcer.admit(QStringLiteral("a"), bucket).allowed);
        clock.advance(30'000);
        for (int i = 0; i < 25; ++i) {
            const auto d = enforcer.admit(QStringLiteral("a"), bucket);
            QVERIFY(d.allowed);
            QCOMPARE(d.remaining, 24 - i);
            QCOMPARE(d.resetSeconds, 30);  // the oldest (t=0) leaves at t=60 s
        }
        const auto rejected = enforcer.admit(QStringLiteral("a"), bucket);
        QVERIFY(!rejected.allowed);
        QCOMPARE(rejected.retryAfterSeconds, 30);
        QCOMPARE(rejected.remaining, 0);
        // One millisecond before the first 25 leave: still full (no double burst at a window edge).
        clock.advance(29'999);
        QVERIFY(!enforcer.admit(QStringLiteral("a"), bucket).allowed);
        clock.advance(1);
        const auto again = enforcer.admit(QStringLiteral("a"), bucket);
        QVERIFY(again.allowed);
        QCOMPARE(again.remaining, 24);
        // Rejections are not counted.
        QCOMPARE(enforcer.admit(QStringLiteral("b"), bucket).remaining, 49);
    }

    // A caller per address (or per key) that never comes back must not stay in memory for ever;
    // a caller still inside its window keeps its count.
    void quietCallersAreForgotten()
    {
        FakeClock clock;
        RateLimitEnforcer enforcer(clock, RateLimitPolicy::documented());
        const QString bucket = QStringLiteral("GET /api/v1/webhooks/");
        for (int i = 0; i < 49; ++i)
            QVERIFY(enforcer.admit(QStringLiteral("busy"), bucket).allowed);
        for (int i = 0; i < 20'000; ++i)
            enforcer.admit(QStringLiteral("10.0.%1.%2").arg(i / 256).arg(i % 256), bucket);
        QVERIFY(enforcer.trackedWindows() >= 2);
        clock.advance(30'000);  // "busy" is still in its window; the others were never back
        QVERIFY(enforcer.admit(QStringLiteral("busy"), bucket).allowed);  // its 50th
        clock.advance(30'001);
        for (int i = 0; i < 40'000; ++i)
            enforcer.admit(QStringLiteral("later"), QStringLiteral("GET /api/v1/webhooks/types"));
        QVERIFY2(enforcer.trackedWindows() <= 3, qPrintable(QString::number(enforcer.trackedWindows())));
        // The window of "busy" kept its last request (t = 30 s): still counted, one more fits.
        const auto d = enforcer.admit(QStringLiteral("busy"), bucket);
        QVERIFY(d.allowed);
        QCOMPARE(d.remaining, 48);
    }

    void retryAfterIsAtLeastOneSecond()
    {
        FakeClock clock;
        RateLimitPolicy policy = RateLimitPolicy::documented();
        policy.setWindow(200);
        RateLimitEnforcer enforcer(clock, policy);
        const QString bucket = QStringLiteral("GET /api/v1/webhooks/types");
        for (int i = 0; i < 50; ++i)
            QVERIFY(enforcer.admit(QStringLiteral("a"), bucket).allowed);
        const auto rejected = enforcer.admit(QStringLiteral("a"), bucket);
        QVERIFY(!rejected.allowed);
        QCOMPARE(rejected.retryAfterSeconds, 1);
        QCOMPARE(rejected.resetSeconds, 1);
        clock.advance(200);
        QVERIFY(enforcer.admit(QStringLiteral("a"), bucket).allowed);
    }

    void patchHasItsOwnLimit()
    {
        FakeClock clock;
        RateLimitEnforcer enforcer(clock, RateLimitPolicy::documented());
        const QString patch = QStringLiteral("PATCH /api/v1/webhooks/{id}");
        for (int i = 0; i < 100; ++i)
            QVERIFY(enforcer.admit(QStringLiteral("a"), patch).allowed);
        QVERIFY(!enforcer.admit(QStringLiteral("a"), patch).allowed);
        QCOMPARE(enforcer.admit(QStringLiteral("a"), patch).limit, 100);
        QVERIFY(enforcer.admit(QStringLiteral("a"), QStringLiteral("GET /api/v1/webhooks/{id}")).allowed);
    }
};

QTEST_GUILESS_MAIN(TestRateLimitEnforcer)
#include "tst_ratelimitenforcer.moc"
