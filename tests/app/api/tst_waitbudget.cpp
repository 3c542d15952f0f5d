// WaitBudget: the whole wait for one request's answer, shared by its attempts and the pauses
// between them. The rules on their own, and as the request queue applies them on a fake clock and
// a fake transport: each attempt's timeout is cut to what is left, a retry starts only when it
// still gets a useful share, rate-limit waits are not counted, and without a limit nothing changes.

#include "kit/FakeClock.h"
#include "kit/FakeTransport.h"

#include "api/RequestQueue.h"
#include "api/WaitBudget.h"

#include <QSignalSpy>
#include <QTest>

namespace {

const QString GetOne = QStringLiteral("GET /api/v1/webhooks/{id}");

struct Rig
{
    Rig()
        : queue(&clock, RateLimitPolicy::documented())
    {
        queue.setWindowMarginMs(0);
        queue.setTransport(&transport);
    }
    // One GET with the given whole wait and attempt timeout.
    void submit(qint64 waitLimitMs, qint64 attemptTimeoutMs)
    {
        QueuedRequest q;
        q.http.method = "GET";
        q.http.pathAndQuery = QStringLiteral("/api/v1/webhooks/1");
        q.http.timeoutMs = attemptTimeoutMs;
        q.bucket = GetOne;
        q.waitLimitMs = waitLimitMs;
        queue.submit(q, nullptr, [this](const HttpResponse &r) { results << r; });
    }
    qint64 lastTimeout() const { return transport.started.last().spec.timeoutMs; }
    // Lets `ms` pass, then the last send fails that way.
    void failAfter(qint64 ms, HttpResponse::Outcome outcome)
    {
        clock.advance(ms);
        transport.fail(transport.lastId(), outcome);
    }
    void answerAfter(qint64 ms, int status, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        clock.advance(ms);
        transport.answer(transport.lastId(), status, "{}", headers);
    }

    FakeClock clock;
    FakeTransport transport;
    RequestQueue queue;
    QList<HttpResponse> results;
};

}  // namespace

class TestWaitBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theAttemptTimeoutIsBoundedByTheWait()
    {
        QCOMPARE(WaitBudget(2000, 30'000).attemptTimeoutMs(), 2000);
        QCOMPARE(WaitBudget(60'000, 30'000).attemptTimeoutMs(), 30'000);
        QCOMPARE(WaitBudget(60'000, 0).attemptTimeoutMs(), 60'000);
        QVERIFY(!WaitBudget().isLimited());
        QCOMPARE(WaitBudget().nextAttemptTimeoutMs(false), 0);  // the transport's own
    }

    void anAttemptThatCannotBeFollowedGetsAllThatIsLeft()
    {
        WaitBudget budget(60'000, 30'000);
        QCOMPARE(budget.nextAttemptTimeoutMs(false), 30'000);
        QCOMPARE(budget.nextAttemptTimeoutMs(true), 60'000);  // no retry may follow: all of it
        budget.spend(30'000);
        QVERIFY(budget.takeRetry(400));
        QCOMPARE(budget.remainingMs(), 29'600);
        // 29.6 s left: after 30 s nothing useful would be left, so this attempt gets it all.
        QCOMPARE(budget.nextAttemptTimeoutMs(false), 29'600);
    }

    void aRetryNeedsHalfAnAttemptAfterItsPause()
    {
        WaitBudget budget(2000, 30'000);
        QCOMPARE(budget.usefulShareMs(), 1000);
        budget.spend(900);
        QVERIFY(!budget.takeRetry(250));  // 850 ms would be left
        QCOMPARE(budget.spentMs(), 900);  // a pause not taken is not counted
        WaitBudget early(2000, 30'000);
        early.spend(100);
        QVERIFY(early.takeRetry(500));  // 1400 ms left
        QCOMPARE(early.spentMs(), 600);
        QVERIFY(WaitBudget().takeRetry(1'000'000));  // no limit: the retry policy alone decides
    }

    // The queue on a fake clock: a hanging server and the default 60 s with 30 s attempts.
    void aHangIsTriedTwiceWithinTheWait()
    {
        Rig rig;
        QSignalSpy retrying(&rig.queue, &RequestQueue::retrying);
        rig.submit(60'000, 30'000);
        QCOMPARE(rig.transport.started.size(), 1);
        QCOMPARE(rig.lastTimeout(), 30'000);
        rig.failAfter(30'000, HttpResponse::Outcome::Timeout);
        QCOMPARE(retrying.size(), 1);
        const auto notice = retrying.at(0).at(0).value<RetryNotice>();
        QCOMPARE(notice.nextAttempt, 2);
        QCOMPARE(notice.maxAttempts, 4);
        QCOMPARE(notice.attemptTimeoutMs, 30'000);
        QCOMPARE(notice.outcome, HttpResponse::Outcome::Timeout);
        QVERIFY(notice.delayMs >= 250 && notice.delayMs <= 500);
        rig.clock.advance(notice.delayMs);
        QCOMPARE(rig.transport.started.size(), 2);
        // Cut to what is left: 60 s less the first attempt and the pause.
        QCOMPARE(rig.lastTimeout(), 30'000 - notice.delayMs);
        rig.failAfter(30'000 - notice.delayMs, HttpResponse::Outcome::Timeout);
        rig.clock.advance(120'000);
        QCOMPARE(rig.transport.started.size(), 2);  // nothing left for a third
        QCOMPARE(retrying.size(), 1);
        QCOMPARE(rig.results.size(), 1);
        QCOMPARE(rig.results[0].outcome, HttpResponse::Outcome::Timeout);
        QCOMPARE(rig.results[0].attempts, 2);
        QCOMPARE(rig.results[0].waitedMs, 60'000);
    }

    void noRetryWhenTheRestIsTooShort()
    {
        Rig rig;
        QSignalSpy retrying(&rig.queue, &RequestQueue::retrying);
        rig.submit(2000, 30'000);
        QCOMPARE(rig.lastTimeout(), 2000);  // the attempt timeout is cut to the whole wait
        rig.answerAfter(900, 503);  // a pause of at least 250 ms leaves less than half of 2 s
        rig.clock.advance(10'000);
        QCOMPARE(rig.transport.started.size(), 1);
        QCOMPARE(retrying.size(), 0);
        QCOMPARE(rig.results.size(), 1);
        QCOMPARE(rig.results[0].status, 503);
        QCOMPARE(rig.results[0].attempts, 1);
        QCOMPARE(rig.results[0].waitedMs, 900);
    }

    void aQuickFailureIsRetriedWithWhatIsLeft()
    {
        Rig rig;
        QSignalSpy retrying(&rig.queue, &RequestQueue::retrying);
        rig.submit(2000, 30'000);
        rig.answerAfter(100, 503);
        QCOMPARE(retrying.size(), 1);
        const qint64 delay = retrying.at(0).at(0).value<RetryNotice>().delayMs;
        rig.clock.advance(delay);
        QCOMPARE(rig.transport.started.size(), 2);
        QCOMPARE(rig.lastTimeout(), 2000 - 100 - delay);
        rig.failAfter(2000 - 100 - delay, HttpResponse::Outcome::Timeout);
        rig.clock.advance(10'000);
        QCOMPARE(rig.transport.started.size(), 2);
        QCOMPARE(rig.results.size(), 1);
        QCOMPARE(rig.results[0].outcome, HttpResponse::Outcome::Timeout);
        QCOMPARE(rig.results[0].attempts, 2);
        QCOMPARE(rig.results[0].waitedMs, 2000);
    }

    // A coarse timer may fire a little early: the attempt still took its whole timeout.
    void anEarlyTimeoutCountsItsWholeTime()
    {
        Rig rig;
        rig.submit(2000, 30'000);
        rig.failAfter(1900, HttpResponse::Outcome::Timeout);
        QCOMPARE(rig.transport.started.size(), 1);
        QCOMPARE(rig.results.size(), 1);
        QCOMPARE(rig.results[0].waitedMs, 2000);
    }

    void aRateLimitWaitIsNotCounted()
    {
        Rig rig;
        rig.submit(2000, 30'000);
        rig.answerAfter(1500, 429, {{"Retry-After", "5"}});
        rig.clock.advance(5000);
        QCOMPARE(rig.transport.started.size(), 2);
        QCOMPARE(rig.lastTimeout(), 2000);  // the 429 and its pause took nothing of the wait
        rig.answerAfter(10, 200);
        QCOMPARE(rig.results.size(), 1);
        QCOMPARE(rig.results[0].status, 200);
        QCOMPARE(rig.results[0].attempts, 2);
    }

    // The console sets no limit: four attempts, each with the transport's own timeout, as before.
    void withoutALimitEveryAttemptKeepsItsTimeout()
    {
        Rig rig;
        rig.submit(0, 0);
        for (int attempt = 1; attempt <= 4; ++attempt) {
            QCOMPARE(rig.transport.started.size(), attempt);
            QCOMPARE(rig.lastTimeout(), 0);
            rig.failAfter(30'000, HttpResponse::Outcome::Timeout);
            rig.clock.advance(30'000);  // more than any pause
        }
        QCOMPARE(rig.transport.started.size(), 4);
        QCOMPARE(rig.results.size(), 1);
        QCOMPARE(rig.results[0].attempts, 4);
    }

    void postGetsTheWholeWaitInOneAttempt()
    {
        Rig rig;
        QueuedRequest q;
        q.http.method = "POST";
        q.http.pathAndQuery = QStringLiteral("/api/v1/webhooks/");
        q.http.timeoutMs = 30'000;
        q.bucket = QStringLiteral("POST /api/v1/webhooks/");
        q.waitLimitMs = 60'000;
        rig.queue.submit(q, nullptr, {});
        QCOMPARE(rig.lastTimeout(), 60'000);  // never retried: nothing to keep time for
    }
};

QTEST_GUILESS_MAIN(TestWaitBudget)
#include "tst_waitbudget.moc"
