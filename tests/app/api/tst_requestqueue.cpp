// The request queue's invariants on a fake clock and a fake transport: never more than the limit
// in any rolling window (over many random schedules with retries, 429s and cancellations),
// interactive never behind bulk, 429 freezes, header corrections, coalescing, superseding,
// cancellation, bounded retries with backoff, POST never retried, bulk-job progress and ETA.

#include "kit/FakeTransport.h"

#include "api/RequestQueue.h"
#include "kit/FakeClock.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <map>
#include <vector>

namespace {

const QString GetOne = QStringLiteral("GET /api/v1/webhooks/{id}");
const QString Patch = QStringLiteral("PATCH /api/v1/webhooks/{id}");
const QString Post = QStringLiteral("POST /api/v1/webhooks/");

QueuedRequest makeReq(const QString &bucket, RequestLane lane, const QString &tag, QByteArray method = {})
{
    QueuedRequest q;
    if (method.isEmpty())
        method = bucket.section(u' ', 0, 0).toLatin1();
    q.http.method = method;
    q.http.pathAndQuery = QStringLiteral("/t/") + tag;
    q.bucket = bucket;
    q.lane = lane;
    return q;
}

// Largest number of times inside any half-open window (t - window, t].
int maxInAnyWindow(std::vector<qint64> times, qint64 window)
{
    std::sort(times.begin(), times.end());
    int best = 0;
    std::size_t lo = 0;
    for (std::size_t hi = 0; hi < times.size(); ++hi) {
        while (times[lo] <= times[hi] - window)
            ++lo;
        best = std::max(best, int(hi - lo + 1));
    }
    return best;
}

RateLimitPolicy smallPolicy(int getLimit, int patchLimit, qint64 window)
{
    RateLimitPolicy p;
    p.setOverride(GetOne, {getLimit, window});
    p.setOverride(Patch, {patchLimit, window});
    p.setOverride(Post, {getLimit, window});
    return p;
}

struct Harness
{
    explicit Harness(const RateLimitPolicy &policy)
        : queue(&clock, policy)
    {
        queue.setWindowMarginMs(0);  // exact times on the fake clock
        queue.setTransport(&transport);
        QObject::connect(&queue, &RequestQueue::requestSent, &queue,
                         [this](const QString &bucket, RequestLane lane, qint64 at, int) {
                             sends[bucket].push_back(at);
                             lanes.push_back(lane);
                         });
    }
    RequestId submit(const QueuedRequest &r, QObject *ctx = nullptr)
    {
        RequestId id = 0;
        id = queue.submit(
            r, ctx, [this, &id, tag = r.http.pathAndQuery](const HttpResponse &resp) { results[tag].push_back(resp); });
        return id;
    }
    FakeClock clock;
    FakeTransport transport;
    RequestQueue queue;
    std::map<QString, std::vector<qint64>> sends;
    std::vector<RequestLane> lanes;
    std::map<QString, std::vector<HttpResponse>> results;
};

}  // namespace

class TestRequestQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void marginWidensTheWindow()
    {
        FakeClock clock;
        RateLimitPolicy policy;
        policy.setWindow(2000);
        RequestQueue queue(&clock, policy);
        QCOMPARE(queue.marginFor(2000), 0);
        queue.setWindowMarginMs(20);
        QCOMPARE(queue.marginFor(2000), 20);
        FakeTransport transport;
        queue.setTransport(&transport);
        for (int i = 0; i < 51; ++i)
            queue.submit(makeReq(GetOne, RequestLane::Interactive, QString::number(i)), nullptr, {});
        QCOMPARE(transport.started.size(), 50);
        QCOMPARE(queue.bucketState(GetOne).nextFreeSlotInMs, 2020);
        QCOMPARE(queue.bucketState(GetOne).windowMs, 2000);
    }

    void sendsAtOnceWhenFree()
    {
        Harness h(smallPolicy(3, 3, 1000));
        h.submit(makeReq(GetOne, RequestLane::Interactive, QStringLiteral("a")));
        QCOMPARE(h.transport.started.size(), 1);
        QCOMPARE(h.transport.started.first().spec.pathAndQuery, QStringLiteral("/t/a"));
        h.transport.answer(h.transport.lastId(), 200, "{\"ok\":1}");
        QCOMPARE(h.results[QStringLiteral("/t/a")].size(), std::size_t(1));
        QCOMPARE(h.results[QStringLiteral("/t/a")][0].status, 200);
        QVERIFY(h.queue.isIdle());
    }

    void holdsBackBeyondTheLimitUntilTheWindowSlides()
    {
        Harness h(smallPolicy(3, 3, 1000));
        for (int i = 0; i < 5; ++i) {
            h.submit(makeReq(GetOne, RequestLane::Interactive, QString::number(i)));
            h.clock.advance(10);
        }
        QCOMPARE(h.transport.started.size(), 3);
        auto state = h.queue.bucketState(GetOne);
        QCOMPARE(state.sentInWindow, 3);
        QCOMPARE(state.queuedInteractive, 2);
        QCOMPARE(state.nextFreeSlotInMs, 1000 - 50);  // first send at 0 leaves at 1000; now is 50
        QVERIFY(!state.throttledReason.isEmpty());
        h.clock.advance(949);
        QCOMPARE(h.transport.started.size(), 3);
        h.clock.advance(1);  // t = 1000: the send at 0 leaves
        QCOMPARE(h.transport.started.size(), 4);
        h.clock.advance(10);
        QCOMPARE(h.transport.started.size(), 5);
    }

    void bucketsAreIndependent()
    {
        Harness h(smallPolicy(1, 1, 1000));
        h.submit(makeReq(GetOne, RequestLane::Interactive, QStringLiteral("g1")));
        h.submit(makeReq(GetOne, RequestLane::Interactive, QStringLiteral("g2")));
        h.submit(makeReq(Patch, RequestLane::Interactive, QStringLiteral("p1")));
        QCOMPARE(h.transport.started.size(), 2);  // one per bucket
        QCOMPARE(h.queue.snapshot().size(), 2);
    }

    void bulkLeavesTheReserveForInteractive()
    {
        Harness h(smallPolicy(5, 5, 1000));
        h.queue.setBulkReserve(1);
        h.queue.setBulkPacing(false);
        h.queue.setMaxInFlightPerBucket(100);
        for (int i = 0; i < 10; ++i)
            h.submit(makeReq(GetOne, RequestLane::Bulk, QStringLiteral("b%1").arg(i)));
        QCOMPARE(h.transport.started.size(), 4);  // 5 - 1 reserved
        h.clock.advance(100);
        h.submit(makeReq(GetOne, RequestLane::Interactive, QStringLiteral("click")));
        QCOMPARE(h.transport.started.size(), 5);  // the click went at once
        QCOMPARE(h.transport.started.last().spec.pathAndQuery, QStringLiteral("/t/click"));
    }

    void bulkIsPacedOnceTheWindowIsHalfFull()
    {
        Harness h(smallPolicy(10, 10, 1000));
        h.queue.setBulkReserve(0);
        h.queue.setMaxInFlightPerBucket(100);
        for (int i = 0; i < 30; ++i)
            h.submit(makeReq(GetOne, RequestLane::Bulk, QString::number(i)));
        QCOMPARE(h.transport.started.size(), 5);  // a small job still goes at once
        h.clock.advance(74);
        QCOMPARE(h.transport.started.size(), 5);
        h.clock.advance(1);
        QCOMPARE(h.transport.started.size(), 6);  // then about one per slot interval (75% of 100 ms)
        for (int i = 0; i < 4; ++i)
            h.clock.advance(75);
        QCOMPARE(h.transport.started.size(), 10);
        h.clock.advance(75);
        QCOMPARE(h.transport.started.size(), 10);  // the window is full: wait for t = 1000
        h.clock.advance(1000 - 375);
        QCOMPARE(h.transport.started.size(), 11);
        QVERIFY(maxInAnyWindow(h.sends[GetOne], 1000) <= 10);
    }

    // During a long paced bulk job, a click that finds the reserve used waits at most one slot
    // interval, even with several clicks per window.
    void clicksWaitAtMostOneSlotIntervalDuringBulk()
    {
        const qint64 window = 1000;
        const int limit = 10;
        Harness h(smallPolicy(limit, limit, window));
        h.queue.setBulkReserve(1);
        for (int i = 0; i < 300; ++i)
            h.submit(makeReq(Patch, RequestLane::Bulk, QStringLiteral("b%1").arg(i), "PATCH"));
        std::map<QString, qint64> submitted;
        qint64 worst = 0;
        h.transport.onStart = [&](quint64, const HttpRequestSpec &spec) {
            if (submitted.count(spec.pathAndQuery))
                worst = std::max(worst, h.clock.monotonicMs() - submitted[spec.pathAndQuery]);
        };
        int clicks = 0;
        for (qint64 t = 1; t <= 20'000; ++t) {
            h.clock.advance(1);
            h.transport.answerAll();
            if (t % 250 == 0 && t > 2000) {
                const QString tag = QStringLiteral("/t/click%1").arg(clicks++);
                submitted[tag] = h.clock.monotonicMs();
                h.submit(makeReq(Patch, RequestLane::Interactive, tag.mid(3), "PATCH"));
            }
        }
        QVERIFY(clicks > 50);
        QVERIFY2(worst <= window / limit, qPrintable(QStringLiteral("a click waited %1 ms").arg(worst)));
        QVERIFY(maxInAnyWindow(h.sends[Patch], window) <= limit);
    }

    void interactiveOvertakesQueuedBulk()
    {
        Harness h(smallPolicy(2, 2, 1000));
        h.queue.setBulkReserve(0);
        h.queue.setBulkPacing(false);
        for (int i = 0; i < 6; ++i)
            h.submit(makeReq(GetOne, RequestLane::Bulk, QStringLiteral("b%1").arg(i)));
        QCOMPARE(h.transport.started.size(), 2);
        h.submit(makeReq(GetOne, RequestLane::Interactive, QStringLiteral("click")));
        QCOMPARE(h.transport.started.size(), 2);
        h.clock.advance(1000);
        QCOMPARE(h.transport.started.at(2).spec.pathAndQuery, QStringLiteral("/t/click"));
    }

    void bulkRespectsTheInFlightCapButInteractiveDoesNot()
    {
        Harness h(smallPolicy(50, 50, 1000));
        h.queue.setMaxInFlightPerBucket(2);
        for (int i = 0; i < 5; ++i)
            h.submit(makeReq(GetOne, RequestLane::Bulk, QStringLiteral("b%1").arg(i)));
        QCOMPARE(h.transport.started.size(), 2);
        h.submit(makeReq(GetOne, RequestLane::Interactive, QStringLiteral("click")));
        QCOMPARE(h.transport.started.size(), 3);
        h.transport.answer(h.transport.started.first().sendId, 200);
        QCOMPARE(h.transport.started.size(), 4);
    }

    void status429FreezesUntilRetryAfterAndIsNotAFailure()
    {
        Harness h(smallPolicy(10, 10, 60'000));
        RetryPolicy retry;
        retry.maxAttempts = 1;  // no failure retries at all: a 429 must still be resent
        h.queue.setRetryPolicy(retry);
        h.submit(makeReq(Patch, RequestLane::Interactive, QStringLiteral("p"), "PATCH"));
        h.submit(makeReq(Patch, RequestLane::Bulk, QStringLiteral("q"), "PATCH"));
        QCOMPARE(h.transport.started.size(), 2);
        h.transport.answer(h.transport.started.at(0).sendId, 429, "{\"detail\":\"Too Many Requests\"}",
                           {{"Retry-After", "3"}});
        QCOMPARE(h.results.count(QStringLiteral("/t/p")), std::size_t(0));
        auto state = h.queue.bucketState(Patch);
        QCOMPARE(state.count429, 1);
        QCOMPARE(state.nextFreeSlotInMs, 3000);
        QVERIFY(!state.throttledReason.isEmpty());
        h.submit(makeReq(Patch, RequestLane::Interactive, QStringLiteral("r"), "PATCH"));
        h.clock.advance(2999);
        QCOMPARE(h.transport.started.size(), 2);  // frozen: nothing goes
        h.clock.advance(1);
        QCOMPARE(h.transport.started.size(), 4);
        QCOMPARE(h.transport.started.at(2).spec.pathAndQuery, QStringLiteral("/t/p"));  // first in line again
        h.transport.answer(h.transport.started.at(2).sendId, 200);
        QCOMPARE(h.results[QStringLiteral("/t/p")].size(), std::size_t(1));
        QCOMPARE(h.results[QStringLiteral("/t/p")][0].status, 200);
        // Both sends of "p" counted in the window.
        QCOMPARE(h.queue.bucketState(Patch).sentInWindow, 4);
    }

    void status429WithoutRetryAfterWaitsForTheWindow()
    {
        Harness h(smallPolicy(10, 10, 1000));
        h.submit(makeReq(GetOne, RequestLane::Interactive, QStringLiteral("a")));
        h.clock.advance(200);
        h.transport.answer(h.transport.lastId(), 429);
        // The send is counted at its answer (t=200) and leaves at 1200.
        QCOMPARE(h.queue.bucketState(GetOne).nextFreeSlotInMs, 1000);
        h.clock.advance(999);
        QCOMPARE(h.transport.started.size(), 1);
        h.clock.advance(1);
        QCOMPARE(h.transport.started.size(), 2);
    }

    void status429WithHttpDate()
    {
        Harness h(smallPolicy(10, 10, 60'000));
        h.clock.setUtcStart(QDateTime(QDate(2026, 11, 27), QTime(16, 0, 0), Qt::UTC));
        h.submit(makeReq(GetOne, RequestLane::Interactive, QStringLiteral("a")));
        h.transport.answer(h.transport.lastId(), 429, "{}", {{"Retry-After", "Fri, 27 Nov 2026 16:00:05 GMT"}});
        QCOMPARE(h.queue.bucketState(GetOne).nextFreeSlotInMs, 5000);
    }

    void giveUpAfterTooMany429s()
    {
        Harness h(smallPolicy(100, 100, 1000));
        RetryPolicy retry;
        retry.max429Requeues = 2;
        h.queue.setRetryPolicy(retry);
        h.submit(makeReq(GetOne, RequestLane::Interactive, QStringLiteral("a")));
        for (int i = 0; i < 3; ++i) {
            h.transport.answer(h.transport.lastId(), 429, "{}", {{"Retry-After", "1"}});
            h.clock.advance(1000);
        }
        QCOMPARE(h.transport.started.size(), 3);
        QCOMPARE(h.results[QStringLiteral("/t/a")].size(), std::size_t(1));
        QCOMPARE(h.results[QStringLiteral("/t/a")][0].status, 429);
    }

    void serverHeadersCorrectTheLocalCount()
    {
        Harness h(smallPolicy(10, 10, 60'000));
        h.submit(makeReq(GetOne, RequestLane::Interactive, QStringLiteral("a")));
        // Someone else used this key: the server counted 9 of 10.
        h.transport.answer(h.transport.lastId(), 200, "{}",
                           {{"X-RateLimit-Limit", "10"}, {"X-RateLimit-Remaining", "1"}, {"X-RateLimit-Reset", "30"}});
        QCOMPARE(h.queue.bucketState(GetOne).sentInWindow, 9);
        h.submit(makeReq(GetOne, RequestLane::Interactive, QStringLiteral("b")));
        h.submit(makeReq(GetOne, RequestLane::Interactive, QStringLiteral("c")));
        QCOMPARE(h.transport.started.size(), 2);  // b took the last slot, c waits
        // IETF names, and a server stricter than our policy.
        h.transport.answer(h.transport.lastId(), 200, "{}", {{"RateLimit-Limit", "5"}, {"RateLimit-Remaining", "0"}});
        QCOMPARE(h.queue.bucketState(GetOne).limit, 5);
    }

    void sendsAreCountedWhenAnswered()
    {
        // The server may have counted a request any time until it answered: the slot frees one
        // window after the answer, not after the send.
        Harness h(smallPolicy(1, 1, 1000));
        h.submit(makeReq(GetOne, RequestLane::Interactive, QStringLiteral("a")));
        h.submit(makeReq(GetOne, RequestLane::Interactive, QStringLiteral("b")));
        h.clock.advance(300);
        h.transport.answer(h.transport.lastId(), 200);
        h.clock.advance(699);  // t = 999
        QCOMPARE(h.transport.started.size(), 1);
        h.clock.advance(301);  // t = 1300
        QCOMPARE(h.transport.started.size(), 2);
    }

    void headersNeverLowerTheLocalCount()
    {
        Harness h(smallPolicy(10, 10, 60'000));
        for (int i = 0; i < 4; ++i)
            h.submit(makeReq(GetOne, RequestLane::Interactive, QString::number(i)));
        h.transport.answer(h.transport.started.first().sendId, 200, "{}",
                           {{"X-RateLimit-Limit", "10"}, {"X-RateLimit-Remaining", "9"}});
        QCOMPARE(h.queue.bucketState(GetOne).sentInWindow, 4);
    }

    void identicalGetsAreCoalesced()
    {
        Harness h(smallPolicy(1, 1, 1000));
        QueuedRequest a = makeReq(GetOne, RequestLane::Bulk, QStringLiteral("x"));
        a.coalesceKey = QStringLiteral("/t/x");
        int calls = 0;
        h.queue.submit(makeReq(GetOne, RequestLane::Interactive, QStringLiteral("first")), nullptr, {});
        for (int i = 0; i < 3; ++i)
            h.queue.submit(a, nullptr, [&](const HttpResponse &r) {
                QCOMPARE(r.status, 200);
                ++calls;
            });
        QCOMPARE(h.queue.bucketState(GetOne).queuedBulk, 1);
        // An interactive duplicate joins it and lifts it to the interactive lane.
        a.lane = RequestLane::Interactive;
        h.queue.submit(a, nullptr, [&](const HttpResponse &) { ++calls; });
        QCOMPARE(h.queue.bucketState(GetOne).queuedBulk, 0);
        QCOMPARE(h.queue.bucketState(GetOne).queuedInteractive, 1);
        h.clock.advance(1000);
        QCOMPARE(h.transport.started.size(), 2);
        // One more joins while it is in flight.
        h.queue.submit(a, nullptr, [&](const HttpResponse &) { ++calls; });
        QCOMPARE(h.transport.started.size(), 2);
        h.transport.answer(h.transport.lastId(), 200);
        QCOMPARE(calls, 5);
        // Once answered, the next identical GET is a new send.
        h.clock.advance(1000);
        h.queue.submit(a, nullptr, [&](const HttpResponse &) { ++calls; });
        QCOMPARE(h.transport.started.size(), 3);
    }

    void queuedPatchOfTheSameFieldIsSuperseded()
    {
        Harness h(smallPolicy(1, 1, 1000));
        auto patch = [](const QByteArray &body) {
            QueuedRequest q = makeReq(Patch, RequestLane::Interactive, QStringLiteral("17"), "PATCH");
            q.http.body = body;
            q.supersedeKey = QStringLiteral("17 enabled");
            return q;
        };
        std::vector<QByteArray> seen;
        auto cb = [&](const HttpResponse &r) { seen.push_back(r.body); };
        h.queue.submit(patch("{\"enabled\":false}"), nullptr, cb);  // goes at once
        h.queue.submit(patch("{\"enabled\":true}"), nullptr, cb);  // queued
        h.queue.submit(patch("{\"enabled\":false}"), nullptr, cb);  // supersedes the queued one
        QueuedRequest other = patch("{\"url\":\"https://x\"}");
        other.supersedeKey = QStringLiteral("17 url");  // another field: kept
        h.queue.submit(other, nullptr, cb);
        QCOMPARE(h.transport.started.size(), 1);
        QCOMPARE(h.queue.bucketState(Patch).queuedInteractive, 2);
        h.transport.answer(h.transport.lastId(), 200, "first");
        h.clock.advance(1000);
        QCOMPARE(h.transport.started.size(), 2);
        QCOMPARE(h.transport.started.at(1).spec.body, QByteArray("{\"enabled\":false}"));
        h.transport.answer(h.transport.lastId(), 200, "second");
        h.clock.advance(1000);
        QCOMPARE(h.transport.started.at(2).spec.body, QByteArray("{\"url\":\"https://x\"}"));
        h.transport.answer(h.transport.lastId(), 200, "third");
        QCOMPARE(seen, (std::vector<QByteArray>{"first", "second", "second", "third"}));
    }

    // An older write waiting for its retry must not be overtaken by a newer one: the retry would
    // then reach the server last and undo the newer choice.
    void aNewerWriteWaitsForTheOlderOnesRetry()
    {
        Harness h(smallPolicy(100, 100, 1000));
        RetryPolicy retry;
        retry.baseDelayMs = 400;
        h.queue.setRetryPolicy(retry);
        auto write = [](const QString &tag, const QByteArray &method, const QByteArray &body, const QString &fields) {
            QueuedRequest q = makeReq(method == "DELETE" ? QStringLiteral("DELETE /api/v1/webhooks/{id}") : Patch,
                                      RequestLane::Interactive, tag, method);
            q.http.body = body;
            q.orderKey = QStringLiteral("subscription 17");
            if (!fields.isEmpty())
                q.supersedeKey = QStringLiteral("17 ") + fields;
            return q;
        };
        h.submit(write(QStringLiteral("old"), "PATCH", "{\"enabled\":false}", QStringLiteral("enabled")));
        h.transport.answer(h.transport.lastId(), 503);  // waits for its retry
        h.submit(write(QStringLiteral("new"), "PATCH", "{\"description\":\"x\",\"enabled\":true}",
                       QStringLiteral("description,enabled")));
        h.submit(write(QStringLiteral("delete"), "DELETE", {}, {}));
        QueuedRequest otherRow = makeReq(Patch, RequestLane::Interactive, QStringLiteral("other"), "PATCH");
        otherRow.orderKey = QStringLiteral("subscription 18");
        h.submit(otherRow);
        QCOMPARE(h.transport.started.size(), 2);  // another subscription's write is not held
        QCOMPARE(h.transport.started.last().spec.pathAndQuery, QStringLiteral("/t/other"));
        h.transport.answer(h.transport.lastId(), 200);

        h.clock.advance(1000);  // the retry of the older one goes first ...
        QCOMPARE(h.transport.started.size(), 3);
        QCOMPARE(h.transport.started.last().spec.pathAndQuery, QStringLiteral("/t/old"));
        h.clock.advance(5000);
        QCOMPARE(h.transport.started.size(), 3);  // ... and nothing else while it is on the wire
        h.transport.answer(h.transport.lastId(), 200);
        QCoreApplication::processEvents();  // the queued pump
        QCOMPARE(h.transport.started.size(), 4);
        QCOMPARE(h.transport.started.last().spec.pathAndQuery, QStringLiteral("/t/new"));
        h.transport.answer(h.transport.lastId(), 200);
        QCoreApplication::processEvents();
        QCOMPARE(h.transport.started.size(), 5);
        QCOMPARE(h.transport.started.last().spec.pathAndQuery, QStringLiteral("/t/delete"));
        h.transport.answer(h.transport.lastId(), 204);
        QVERIFY(h.queue.isIdle());
    }

    // A click that follows a write still queued for a bulk job takes that write along into its lane
    // instead of overtaking it or waiting behind the bulk pacing.
    void anInteractiveWritePullsTheEarlierBulkWriteAlong()
    {
        Harness h(smallPolicy(100, 2, 1000));
        h.queue.setBulkReserve(1);
        auto write = [](const QString &tag, RequestLane lane, qint64 id, const QByteArray &body) {
            QueuedRequest q = makeReq(Patch, lane, tag, "PATCH");
            q.http.body = body;
            q.orderKey = QStringLiteral("subscription ") + QString::number(id);
            return q;
        };
        h.submit(write(QStringLiteral("bulk-1"), RequestLane::Bulk, 1, "{\"enabled\":false}"));
        h.submit(write(QStringLiteral("bulk-17"), RequestLane::Bulk, 17, "{\"enabled\":false}"));
        QCOMPARE(h.transport.started.size(), 1);  // the last slot is kept for clicks
        h.submit(write(QStringLiteral("click-17"), RequestLane::Interactive, 17, "{\"enabled\":true}"));
        QCOMPARE(h.transport.started.size(), 2);
        QCOMPARE(h.transport.started.last().spec.pathAndQuery, QStringLiteral("/t/bulk-17"));
        QCOMPARE(h.lanes.back(), RequestLane::Interactive);
        h.transport.answerAll(200);
        h.clock.advance(1000);
        QCOMPARE(h.transport.started.size(), 3);
        QCOMPARE(h.transport.started.last().spec.pathAndQuery, QStringLiteral("/t/click-17"));
        h.transport.answer(h.transport.lastId(), 200);
        QVERIFY(h.queue.isIdle());
    }

    void cancelQueuedAndInFlight()
    {
        Harness h(smallPolicy(1, 1, 1000));
        int aborted = 0;
        auto cb = [&](const HttpResponse &r) {
            if (r.outcome == HttpResponse::Outcome::Aborted)
                ++aborted;
        };
        const RequestId inFlight =
            h.queue.submit(makeReq(GetOne, RequestLane::Interactive, QStringLiteral("a")), nullptr, cb);
        const RequestId queued =
            h.queue.submit(makeReq(GetOne, RequestLane::Interactive, QStringLiteral("b")), nullptr, cb);
        QVERIFY(h.queue.cancel(queued));
        QVERIFY(!h.queue.cancel(queued));
        QCOMPARE(aborted, 0);  // never from inside cancel()
        QCoreApplication::processEvents();
        QCOMPARE(aborted, 1);
        QVERIFY(h.queue.cancel(inFlight));
        QCOMPARE(h.transport.aborted.size(), 1);
        QCoreApplication::processEvents();
        QCOMPARE(aborted, 2);
        h.clock.advance(5000);
        QCOMPARE(h.transport.started.size(), 1);  // b never went
        QVERIFY(h.queue.isIdle());
        QCOMPARE(h.queue.bucketState(GetOne).sentInWindow, 0);
    }

    void cancelOneOfCoalescedKeepsTheOthers()
    {
        Harness h(smallPolicy(5, 5, 1000));
        QueuedRequest a = makeReq(GetOne, RequestLane::Interactive, QStringLiteral("x"));
        a.coalesceKey = QStringLiteral("x");
        int ok = 0;
        const RequestId first = h.queue.submit(a, nullptr, [&](const HttpResponse &r) { ok += r.status == 200; });
        h.queue.submit(a, nullptr, [&](const HttpResponse &r) { ok += r.status == 200; });
        h.queue.cancel(first);
        QVERIFY(h.transport.aborted.isEmpty());
        h.transport.answer(h.transport.lastId(), 200);
        QCOMPARE(ok, 1);
    }

    void cancelAll()
    {
        Harness h(smallPolicy(2, 2, 1000));
        int aborted = 0;
        for (int i = 0; i < 6; ++i)
            h.queue.submit(makeReq(GetOne, i % 2 ? RequestLane::Bulk : RequestLane::Interactive, QString::number(i)),
                           nullptr,
                           [&](const HttpResponse &r) { aborted += r.outcome == HttpResponse::Outcome::Aborted; });
        h.queue.cancelAll();
        QCoreApplication::processEvents();
        QCOMPARE(aborted, 6);
        QVERIFY(h.queue.isIdle());
    }

    void destroyedContextNeverGetsACallback()
    {
        Harness h(smallPolicy(1, 1, 1000));
        auto *ctx = new QObject;
        int calls = 0;
        h.queue.submit(makeReq(GetOne, RequestLane::Interactive, QStringLiteral("a")), ctx,
                       [&](const HttpResponse &) { ++calls; });
        h.queue.submit(makeReq(GetOne, RequestLane::Interactive, QStringLiteral("b")), ctx,
                       [&](const HttpResponse &) { ++calls; });
        delete ctx;
        h.transport.answer(h.transport.lastId(), 200);
        h.clock.advance(2000);
        QCoreApplication::processEvents();
        QCOMPARE(calls, 0);
        QCOMPARE(h.transport.started.size(), 1);  // the queued one was dropped
    }

    void retriesWithBoundedJitteredBackoff()
    {
        Harness h(smallPolicy(100, 100, 1000));
        RetryPolicy retry;
        retry.maxAttempts = 4;
        retry.baseDelayMs = 400;
        retry.maxDelayMs = 1000;
        h.queue.setRetryPolicy(retry);
        h.submit(makeReq(Patch, RequestLane::Interactive, QStringLiteral("p"), "PATCH"));
        const qint64 expectedMax[] = {400, 800, 1000};
        for (int attempt = 0; attempt < 3; ++attempt) {
            const qint64 failedAt = h.clock.monotonicMs();
            if (attempt == 1)
                h.transport.fail(h.transport.lastId(), HttpResponse::Outcome::Timeout);
            else if (attempt == 2)
                h.transport.fail(h.transport.lastId(), HttpResponse::Outcome::Network);
            else
                h.transport.answer(h.transport.lastId(), 503);
            const int before = h.transport.started.size();
            while (h.transport.started.size() == before)
                h.clock.advance(1);
            const qint64 delay = h.clock.monotonicMs() - failedAt;
            QVERIFY2(delay >= expectedMax[attempt] / 2 && delay <= expectedMax[attempt],
                     qPrintable(QStringLiteral("retry %1 after %2 ms").arg(attempt + 1).arg(delay)));
        }
        h.transport.answer(h.transport.lastId(), 500);  // 4th attempt fails: give up
        h.clock.advance(60'000);
        QCOMPARE(h.transport.started.size(), 4);
        QCOMPARE(h.results[QStringLiteral("/t/p")].size(), std::size_t(1));
        QCOMPARE(h.results[QStringLiteral("/t/p")][0].status, 500);
        QCOMPARE(h.queue.bucketState(Patch).retries, 3);
    }

    void postIsNeverRetried()
    {
        Harness h(smallPolicy(100, 100, 1000));
        h.submit(makeReq(Post, RequestLane::Interactive, QStringLiteral("create"), "POST"));
        h.transport.answer(h.transport.lastId(), 502);
        h.submit(makeReq(Post, RequestLane::Interactive, QStringLiteral("create2"), "POST"));
        h.transport.fail(h.transport.lastId(), HttpResponse::Outcome::Timeout);
        h.clock.advance(120'000);
        QCOMPARE(h.transport.started.size(), 2);
        QCOMPARE(h.results[QStringLiteral("/t/create")][0].status, 502);
        QCOMPARE(h.results[QStringLiteral("/t/create2")][0].outcome, HttpResponse::Outcome::Timeout);
    }

    void clientErrorsAreNotRetried()
    {
        Harness h(smallPolicy(100, 100, 1000));
        for (int status : {400, 401, 404, 422}) {
            h.submit(makeReq(GetOne, RequestLane::Interactive, QString::number(status)));
            h.transport.answer(h.transport.lastId(), status);
        }
        h.submit(makeReq(GetOne, RequestLane::Interactive, QStringLiteral("tls")));
        h.transport.fail(h.transport.lastId(), HttpResponse::Outcome::Tls);
        h.clock.advance(120'000);
        QCOMPARE(h.transport.started.size(), 5);
    }

    void bulkJobProgressEtaAndCancel()
    {
        Harness h(smallPolicy(10, 10, 1000));
        h.queue.setBulkReserve(1);
        const BulkJobId job = h.queue.beginBulkJob(100, QStringLiteral("disable"));
        QSignalSpy finished(&h.queue, &RequestQueue::bulkJobFinished);
        for (int i = 0; i < 50; ++i) {
            QueuedRequest r = makeReq(Patch, RequestLane::Bulk, QString::number(i), "PATCH");
            r.bulkJob = job;
            h.submit(r);
        }
        auto p = h.queue.bulkJobProgress(job);
        QCOMPARE(p.total, 100);
        QCOMPARE(p.remaining(), 100);
        // 9 sent now (10 - 1 reserved); 91 to go at 9 per second: about 10 more windows.
        QVERIFY2(p.etaMs >= 9000 && p.etaMs <= 11'000, qPrintable(QString::number(p.etaMs)));
        h.transport.answer(h.transport.started.at(0).sendId, 200);
        h.transport.answer(h.transport.started.at(1).sendId, 500);  // retried, not yet failed
        h.transport.answer(h.transport.started.at(2).sendId, 404);
        p = h.queue.bulkJobProgress(job);
        QCOMPARE(p.succeeded, 1);
        QCOMPARE(p.failed, 1);
        const qint64 etaBefore = p.etaMs;
        h.clock.advance(1000);
        h.transport.answerAll();
        QVERIFY(h.queue.bulkJobProgress(job).etaMs < etaBefore);
        h.queue.cancelBulkJob(job);
        QCoreApplication::processEvents();
        // Nothing more leaves; what is on the wire is still awaited, and the job ends with it.
        const qsizetype onTheWire = h.transport.open.size();
        const qsizetype startedBefore = h.transport.started.size();
        p = h.queue.bulkJobProgress(job);
        QCOMPARE(p.finished, onTheWire == 0);
        h.transport.answerAll();
        QCoreApplication::processEvents();
        QCOMPARE(h.transport.started.size(), startedBefore);
        p = h.queue.bulkJobProgress(job);
        QVERIFY(p.finished);
        QCOMPARE(p.done(), 100);
        QVERIFY(p.cancelled >= 50);  // the 50 never submitted plus the queued ones
        QCOMPARE(finished.size(), 1);
        QVERIFY(h.queue.isIdle() || h.queue.pendingCount() == int(h.transport.open.size()));
        // Late submissions for a cancelled job are answered as cancelled.
        QueuedRequest late = makeReq(Patch, RequestLane::Bulk, QStringLiteral("late"), "PATCH");
        late.bulkJob = job;
        h.submit(late);
        QCoreApplication::processEvents();
        QCOMPARE(h.results[QStringLiteral("/t/late")][0].outcome, HttpResponse::Outcome::Aborted);
    }

    void bulkJobFinishesWhenAllAnswered()
    {
        Harness h(smallPolicy(50, 50, 1000));
        const BulkJobId job = h.queue.beginBulkJob(3);
        QSignalSpy finished(&h.queue, &RequestQueue::bulkJobFinished);
        for (int i = 0; i < 3; ++i) {
            QueuedRequest r = makeReq(GetOne, RequestLane::Bulk, QString::number(i));
            r.bulkJob = job;
            h.submit(r);
        }
        h.transport.answerAll();
        QCOMPARE(finished.size(), 1);
        const auto p = finished.first().first().value<BulkJobProgress>();
        QCOMPARE(p.succeeded, 3);
        QCOMPARE(p.etaMs, 0);
    }

    // The central invariant, over many random schedules with every kind of answer.
    void randomSchedulesNeverExceedTheLimit_data()
    {
        QTest::addColumn<int>("seed");
        for (int seed = 1; seed <= 120; ++seed)
            QTest::addRow("seed %d", seed) << seed;
    }
    void randomSchedulesNeverExceedTheLimit()
    {
        QFETCH(int, seed);
        QRandomGenerator rng{quint32(seed)};
        const qint64 window = 100 + rng.bounded(2000);
        const int getLimit = 1 + int(rng.bounded(12));
        const int patchLimit = 1 + int(rng.bounded(25));
        Harness h(smallPolicy(getLimit, patchLimit, window));
        h.queue.setBulkReserve(int(rng.bounded(3)));
        h.queue.setMaxInFlightPerBucket(1 + int(rng.bounded(6)));
        h.queue.setRandomSeed(quint32(seed));
        RetryPolicy retry;
        retry.maxAttempts = 1 + int(rng.bounded(4));
        retry.baseDelayMs = 10 + rng.bounded(300);
        retry.maxDelayMs = retry.baseDelayMs * 4;
        retry.max429Requeues = 3;
        h.queue.setRetryPolicy(retry);

        std::map<QString, int> callbacks;  // tag -> callbacks received
        std::map<QString, int> answered429;  // tag -> 429 answers given
        std::map<QString, QByteArray> methodOf;
        std::map<quint64, QString> tagOfSend;
        h.transport.onStart = [&](quint64 id, const HttpRequestSpec &spec) { tagOfSend[id] = spec.pathAndQuery; };
        int next = 0;
        std::vector<RequestId> live;
        const QString buckets[] = {GetOne, Patch, Post};
        for (int step = 0; step < 300; ++step) {
            const int action = int(rng.bounded(100));
            if (action < 40) {
                const int n = 1 + int(rng.bounded(action < 5 ? 30 : 3));
                for (int i = 0; i < n; ++i) {
                    const QString bucket = buckets[rng.bounded(3)];
                    const QString tag = QStringLiteral("/t/%1").arg(next++);
                    QueuedRequest r =
                        makeReq(bucket, rng.bounded(3) ? RequestLane::Bulk : RequestLane::Interactive, tag.mid(3));
                    if (bucket == GetOne && rng.bounded(4) == 0)
                        r.coalesceKey = QStringLiteral("same");
                    if (bucket == Patch && rng.bounded(4) == 0)
                        r.supersedeKey = QStringLiteral("1 enabled");
                    methodOf[tag] = r.http.method;
                    live.push_back(
                        h.queue.submit(r, nullptr, [&callbacks, tag](const HttpResponse &) { ++callbacks[tag]; }));
                }
            } else if (action < 75 && !h.transport.open.isEmpty()) {
                const auto open = h.transport.open.values();
                const quint64 id = open.at(int(rng.bounded(int(open.size()))));
                const int kind = int(rng.bounded(100));
                const QString tag = tagOfSend[id];
                if (kind < 60) {
                    QList<QPair<QByteArray, QByteArray>> headers;
                    if (rng.bounded(4) == 0)
                        headers = {{"X-RateLimit-Limit", "1000"},
                                   {"X-RateLimit-Remaining", QByteArray::number(rng.bounded(1000))}};
                    h.transport.answer(id, 200, "{}", headers);
                } else if (kind < 72) {
                    ++answered429[tag];
                    if (rng.bounded(2))
                        h.transport.answer(id, 429, "{}", {{"Retry-After", QByteArray::number(rng.bounded(3))}});
                    else
                        h.transport.answer(id, 429);
                } else if (kind < 84) {
                    h.transport.answer(id, 500 + int(rng.bounded(4)));
                } else if (kind < 92) {
                    h.transport.fail(id, HttpResponse::Outcome::Network);
                } else {
                    h.transport.fail(id, HttpResponse::Outcome::Timeout);
                }
            } else if (action < 80 && !live.empty()) {
                h.queue.cancel(live[rng.bounded(int(live.size()))]);
            } else {
                h.clock.advance(rng.bounded(window / 4 + 1));
            }
            if (step % 20 == 0)
                QCoreApplication::processEvents();
        }
        // Drain: answer everything with 200 until the queue is empty.
        for (int guard = 0; !h.queue.isIdle() && guard < 100'000; ++guard) {
            h.transport.answerAll();
            h.clock.advance(window / 10 + 1);
        }
        QCoreApplication::processEvents();
        QVERIFY(h.queue.isIdle());

        // 1. Never more than the limit in any rolling window, per bucket.
        const std::map<QString, int> limits{{GetOne, getLimit}, {Patch, patchLimit}, {Post, getLimit}};
        for (const auto &[bucket, times] : h.sends) {
            const int worst = maxInAnyWindow(times, window);
            QVERIFY2(worst <= limits.at(bucket),
                     qPrintable(QStringLiteral("%1: %2 sends in one window, limit %3")
                                    .arg(bucket)
                                    .arg(worst)
                                    .arg(limits.at(bucket))));
        }
        // 2. Every caller answered exactly once.
        for (const auto &[tag, count] : callbacks)
            QVERIFY2(count == 1, qPrintable(tag));
        QCOMPARE(int(callbacks.size()), next);
        // 3. Retries bounded; POST resent only after a 429 (never after a failure).
        std::map<QString, int> sendsOf;
        for (const auto &s : h.transport.started)
            ++sendsOf[s.spec.pathAndQuery];
        for (const auto &[tag, n] : sendsOf) {
            const int after429 = answered429[tag];
            if (methodOf[tag] == "POST")
                QVERIFY2(n <= 1 + after429, qPrintable(tag));
            else
                QVERIFY2(n <= retry.maxAttempts + after429, qPrintable(tag));
        }
    }

    // Interactive never behind bulk, and a click waits at most for the next free slot.
    void randomSchedulesInteractiveFirst_data()
    {
        QTest::addColumn<int>("seed");
        for (int seed = 1; seed <= 60; ++seed)
            QTest::addRow("seed %d", seed) << seed;
    }
    void randomSchedulesInteractiveFirst()
    {
        QFETCH(int, seed);
        QRandomGenerator rng(quint32(seed) * 7919u);
        const qint64 window = 200 + rng.bounded(2000);
        const int limit = 2 + int(rng.bounded(30));
        Harness h(smallPolicy(limit, limit, window));
        h.queue.setBulkReserve(1);
        h.queue.setMaxInFlightPerBucket(1 + int(rng.bounded(8)));

        int violations = 0;
        std::map<QString, qint64> submittedAt, allowedWait;
        std::map<QString, qint64> waited;
        QObject::connect(&h.queue, &RequestQueue::requestSent, &h.queue,
                         [&](const QString &bucket, RequestLane lane, qint64, int) {
                             if (lane == RequestLane::Bulk && h.queue.bucketState(bucket).queuedInteractive > 0)
                                 ++violations;
                         });
        h.transport.onStart = [&](quint64, const HttpRequestSpec &spec) {
            if (submittedAt.count(spec.pathAndQuery))
                waited[spec.pathAndQuery] = h.clock.monotonicMs() - submittedAt[spec.pathAndQuery];
        };
        int next = 0;
        for (int i = 0; i < 400; ++i) {
            QueuedRequest r = makeReq(Patch, RequestLane::Bulk, QStringLiteral("b%1").arg(next++), "PATCH");
            h.queue.submit(r, nullptr, {});
        }
        for (int step = 0; step < 600 && !h.queue.isIdle(); ++step) {
            const int action = int(rng.bounded(100));
            if (action < 10) {
                const auto state = h.queue.bucketState(Patch);
                const QString tag = QStringLiteral("/t/i%1").arg(next++);
                if (state.queuedInteractive == 0) {
                    // Alone in the interactive lane: it must go no later than the next free slot.
                    submittedAt[tag] = h.clock.monotonicMs();
                    allowedWait[tag] = state.nextFreeSlotInMs;
                }
                h.queue.submit(makeReq(Patch, RequestLane::Interactive, tag.mid(3), "PATCH"), nullptr, {});
            } else if (action < 60) {
                h.transport.answerAll();
            } else {
                // Never jump past the next free slot, so that send times are exact.
                qint64 step = rng.bounded(window / 8 + 1);
                const qint64 slot = h.queue.bucketState(Patch).nextFreeSlotInMs;
                if (slot > 0)
                    step = qMin(step, slot);
                h.clock.advance(step);
            }
        }
        QCOMPARE(violations, 0);
        for (const auto &[tag, wait] : waited)
            QVERIFY2(wait <= allowedWait[tag],
                     qPrintable(QStringLiteral("%1 waited %2 ms, next slot was %3 ms away")
                                    .arg(tag)
                                    .arg(wait)
                                    .arg(allowedWait[tag])));
        QVERIFY(maxInAnyWindow(h.sends[Patch], window) <= limit);
    }
};

QTEST_GUILESS_MAIN(TestRequestQueue)
#include "tst_requestqueue.moc"
