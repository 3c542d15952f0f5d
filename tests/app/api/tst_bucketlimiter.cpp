// BucketLimiter on its own: when each lane may send (every slot for clicks, the reserve, the bulk
// in-flight cap, pacing), sends counted at their answer, the 429 freeze, and header corrections.
// The queue's own test checks the same rules end to end over many random schedules.

#include "api/BucketLimiter.h"
#include "api/RateLimitHeaders.h"

#include <QTest>

namespace {

// A limit chosen here (an override): the server may lower it, never raise it.
BucketLimiter limiter(int limit, qint64 windowMs)
{
    BucketLimiter l;
    l.setPolicy(limit, windowMs, 0, false);
    return l;
}

// The documented limit: the server's advertised one replaces it.
BucketLimiter followingLimiter(int limit, qint64 windowMs, qint64 marginMs = 0)
{
    BucketLimiter l;
    l.setPolicy(limit, windowMs, marginMs, true);
    return l;
}

BucketLimiter::BulkRules rules(int reserve, int maxInFlight, bool pacing)
{
    BucketLimiter::BulkRules r;
    r.reserve = reserve;
    r.maxInFlight = maxInFlight;
    r.pacing = pacing;
    return r;
}

}  // namespace

class TestBucketLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clicksMayUseEverySlotBulkLeavesTheReserve()
    {
        auto l = limiter(3, 1000);
        const auto bulk = rules(1, 10, false);
        QCOMPARE(l.bulkSendAt(0, bulk), 0);
        l.recordSend(0, true);
        l.recordSend(0, true);
        // Two of three used: the last slot is the clicks'.
        QCOMPARE(l.bulkSendAt(0, bulk), 1000);
        QCOMPARE(l.interactiveSendAt(0), 0);
        l.recordSend(0, false);
        QCOMPARE(l.interactiveSendAt(0), 1000);
        // A reserve as large as the limit still lets one bulk send per window through.
        auto small = limiter(2, 1000);
        QCOMPARE(small.bulkSendAt(0, rules(5, 10, false)), 0);
    }

    void bulkInFlightCapWaitsForAnAnswer()
    {
        auto l = limiter(50, 1000);
        const auto bulk = rules(1, 2, false);
        l.recordSend(0, true);
        l.recordSend(0, true);
        QCOMPARE(l.bulkSendAt(0, bulk), BucketLimiter::Never);
        QCOMPARE(l.interactiveSendAt(0), 0);  // clicks ignore the cap
        l.recordAnswer(0, 10, true, true);
        QCOMPARE(l.bulkSendAt(10, bulk), 10);
        QCOMPARE(l.state(10).inFlight, 1);
    }

    void pacingSpreadsBulkOnceTheWindowIsHalfFull()
    {
        auto l = limiter(10, 1000);  // pace: 3/4 of 100 ms
        const auto paced = rules(1, 100, true);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(l.bulkSendAt(0, paced), 0);
            l.recordSend(0, true);
        }
        QCOMPARE(l.bulkSendAt(0, paced), 75);
        QCOMPARE(l.bulkSendAt(0, rules(1, 100, false)), 0);
        l.recordSend(75, true);
        QCOMPARE(l.bulkSendAt(80, paced), 150);
    }

    void sendsCountAtTheirAnswer()
    {
        auto l = limiter(1, 1000);
        l.recordSend(0, false);
        l.recordAnswer(0, 400, false, true);
        // Counted at 400, so the slot frees at 1400, not at 1000.
        QCOMPARE(l.interactiveSendAt(1000), 1400);
        QCOMPARE(l.state(1000).sentInWindow, 1);
        QCOMPARE(l.load(rules(1, 4, true)).latencyMs, 400);
    }

    void status429FreezesTheBucket()
    {
        auto l = limiter(5, 1000);
        RateLimitHeaders retryAfter;
        retryAfter.retryAfterMs = 7000;
        QCOMPARE(l.freeze(retryAfter, 100), 7100);
        QCOMPARE(l.frozenUntil(), 7100);
        // Without Retry-After: until the oldest counted send leaves (at least the next moment);
        // a freeze never gets shorter.
        QCOMPARE(l.freeze(RateLimitHeaders{}, 200), 7100);
        const BucketState s = l.state(200);
        QCOMPARE(s.count429, 2);
        QCOMPARE(s.nextFreeSlotInMs, 6900);
        auto empty = limiter(5, 1000);
        QCOMPARE(empty.freeze(RateLimitHeaders{}, 200), 201);
    }

    void headersCorrectTheCountAndLowerTheLimit()
    {
        auto l = limiter(10, 1000);
        RateLimitHeaders h;
        h.remaining = 7;  // the server counted 3 we did not send
        QVERIFY(!l.applyHeaders(h, 0));
        QCOMPARE(l.state(0).sentInWindow, 3);
        RateLimitHeaders stricter;
        stricter.limit = 4;
        QVERIFY(l.applyHeaders(stricter, 0));
        QCOMPARE(l.state(0).limit, 4);
        RateLimitHeaders looser;
        looser.limit = 100;  // never raised above the policy
        QVERIFY(!l.applyHeaders(looser, 0));
        QCOMPARE(l.state(0).limit, 4);
        // Headers never lower the local count.
        RateLimitHeaders plenty;
        plenty.remaining = 4;
        l.applyHeaders(plenty, 0);
        QCOMPARE(l.state(0).sentInWindow, 3);
    }

    void anAdvertisedPolicyIsFollowedUpAndDown()
    {
        auto l = followingLimiter(100, 60'000, 20);
        RateLimitHeaders faster;
        faster.limit = 100;
        faster.policyQuota = 100;
        faster.policyWindowMs = 2000;
        QVERIFY(l.applyHeaders(faster, 0));
        QCOMPARE(l.limit(), 100);
        QCOMPARE(l.windowMs(), 2000);
        QCOMPARE(l.state(0).limit, 100);
        QVERIFY(!l.applyHeaders(faster, 0));  // the same again: no change
        RateLimitHeaders slower;
        slower.policyQuota = 10;
        slower.policyWindowMs = 60'000;
        QVERIFY(l.applyHeaders(slower, 0));
        QCOMPARE(l.limit(), 10);
        QCOMPARE(l.windowMs(), 60'000);
        // A limit without a window is followed over the current window, up as well.
        RateLimitHeaders limitOnly;
        limitOnly.limit = 30;
        QVERIFY(l.applyHeaders(limitOnly, 0));
        QCOMPARE(l.limit(), 30);
        QCOMPARE(l.windowMs(), 60'000);
        // The margin applies to the server's window as to ours: 31 sends at t=0 leave at 60,020.
        for (int i = 0; i < 30; ++i)
            l.recordSend(0, false);
        QCOMPARE(l.interactiveSendAt(1), 60'020);
    }

    void aChosenLimitIsOnlyLowered()
    {
        auto l = limiter(100, 60'000);
        RateLimitHeaders faster;
        faster.policyQuota = 100;
        faster.policyWindowMs = 2000;
        QVERIFY(!l.applyHeaders(faster, 0));  // a higher rate: ignored
        QCOMPARE(l.windowMs(), 60'000);
        RateLimitHeaders burst;
        burst.policyQuota = 20;
        burst.policyWindowMs = 1000;  // a higher rate, but a smaller burst than ours
        QVERIFY(l.applyHeaders(burst, 0));
        QCOMPARE(l.limit(), 20);
        QCOMPARE(l.windowMs(), 60'000);
        RateLimitHeaders slower;
        slower.policyQuota = 20;
        slower.policyWindowMs = 120'000;  // a lower rate: taken as it is
        QVERIFY(l.applyHeaders(slower, 0));
        QCOMPARE(l.limit(), 20);
        QCOMPARE(l.windowMs(), 120'000);
    }

    void retriesAreCounted()
    {
        auto l = limiter(5, 1000);
        l.countRetry();
        l.countRetry();
        QCOMPARE(l.state(0).retries, 2);
    }
};

QTEST_APPLESS_MAIN(TestBucketLimiter)
#include "tst_bucketlimiter.moc"
