// BulkJobTracker on its own: progress counting, when a job is finished (announced once), cancelling
// in two steps, and the ETA (the limiter simulation, and its 250 ms reuse) on a fake clock.

#include "ResponseBuilders.h"

#include "api/BulkJobTracker.h"
#include "kit/FakeClock.h"
#include "common/SlidingWindowLog.h"

#include <QTest>

#include <algorithm>
#include <limits>
#include <vector>

using namespace ResponseBuilders;

namespace {

// 10 sends per second, one slot kept for clicks, no pacing: 9 bulk sends per window.
BulkJobTracker::BucketLoad load(const SlidingWindowLog &log, int queued, const QString &key = QStringLiteral("B"))
{
    BulkJobTracker::BucketLoad l;
    l.key = key;
    l.log = &log;
    l.queued = queued;
    l.reserve = 1;
    l.lastBulkSend = std::numeric_limits<qint64>::min() / 2;
    return l;
}

struct Published
{
    BulkJobProgress progress;
    bool justFinished;
};

struct Harness
{
    Harness()
        : tracker(
            &clock,
            [this](BulkJobId job, const QString &lastBucket) {
                ++loadCalls;
                asked.push_back({job, lastBucket});
                return loads;
            },
            [this](const BulkJobProgress &p, bool justFinished) {
                published.push_back({p, justFinished});
            })
    { }
    int finishedCount() const
    {
        return int(
            std::count_if(published.begin(), published.end(), [](const Published &p) { return p.justFinished; }));
    }

    FakeClock clock;
    std::vector<BulkJobTracker::BucketLoad> loads;
    int loadCalls = 0;
    std::vector<std::pair<BulkJobId, QString>> asked;
    std::vector<Published> published;
    BulkJobTracker tracker;
};

}  // namespace

class TestBulkJobTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsEveryAnswerAndFinishesOnce()
    {
        Harness h;
        const BulkJobId job = h.tracker.begin(4, QStringLiteral("disable"));
        QCOMPARE(h.published.size(), std::size_t(1));
        QCOMPARE(h.published.back().progress.label, QStringLiteral("disable"));
        QCOMPARE(h.published.back().progress.etaMs, -1);  // nothing submitted yet
        for (int i = 0; i < 4; ++i)
            QVERIFY(h.tracker.admit(job, QStringLiteral("B")) == BulkJobTracker::Admission::Admitted);
        h.tracker.answered(job, http(204));
        h.tracker.answered(job, http(404));
        h.tracker.answered(job, failure(HttpResponse::Outcome::Timeout));
        QVERIFY(!h.tracker.progress(job).finished);
        h.tracker.answered(job, failure(HttpResponse::Outcome::Aborted));
        const BulkJobProgress p = h.tracker.progress(job);
        QCOMPARE(p.succeeded, 1);
        QCOMPARE(p.failed, 2);
        QCOMPARE(p.cancelled, 1);
        QVERIFY(p.finished);
        QCOMPARE(p.etaMs, 0);
        QCOMPARE(h.finishedCount(), 1);
        QVERIFY(h.published.back().justFinished);
        // Another change of a finished job is published, but not as a second end.
        h.tracker.publish(job);
        QCOMPARE(h.finishedCount(), 1);
        // Answers outside any job, or of unknown jobs, count nowhere.
        h.tracker.answered(0, http(200));
        h.tracker.answered(99, http(200));
        QCOMPARE(h.tracker.progress(job).done(), 4);
    }

    void emptyJobIsFinishedAtOnce()
    {
        Harness h;
        const BulkJobId job = h.tracker.begin(0, QString());
        QVERIFY(h.tracker.progress(job).finished);
        QCOMPARE(h.finishedCount(), 1);
        QVERIFY(h.tracker.unfinishedJobs().isEmpty());
    }

    void moreSubmittedThanAnnouncedGrowsTheTotal()
    {
        Harness h;
        const BulkJobId job = h.tracker.begin(1, QString());
        h.tracker.admit(job, QStringLiteral("B"));
        h.tracker.admit(job, QStringLiteral("B"));
        QCOMPARE(h.tracker.progress(job).total, 2);
        h.tracker.answered(job, http(200));
        QVERIFY(!h.tracker.progress(job).finished);
        h.tracker.answered(job, http(200));
        QVERIFY(h.tracker.progress(job).finished);
    }

    void unknownJobsAreNoJobs()
    {
        Harness h;
        QVERIFY(h.tracker.admit(42, QStringLiteral("B")) == BulkJobTracker::Admission::NoJob);
        QVERIFY(!h.tracker.beginCancel(42));
        QCOMPARE(h.tracker.progress(42).job, BulkJobId(0));
        QVERIFY(h.tracker.jobs().isEmpty());
    }

    void cancelCountsWhatNeverCameAndWaitsForWhatIsOnItsWay()
    {
        Harness h;
        const BulkJobId job = h.tracker.begin(5, QString());
        const BulkJobId other = h.tracker.begin(1, QString());
        h.tracker.admit(job, QStringLiteral("B"));
        h.tracker.admit(job, QStringLiteral("B"));
        QVERIFY(h.tracker.beginCancel(job));
        QVERIFY(h.tracker.admit(job, QStringLiteral("B")) == BulkJobTracker::Admission::Cancelled);
        h.tracker.finishCancel(job);
        BulkJobProgress p = h.tracker.progress(job);
        QCOMPARE(p.cancelled, 3);  // announced, never submitted
        QCOMPARE(p.total, 5);
        QVERIFY(!p.finished);  // two answers are still on their way
        QCOMPARE(h.tracker.unfinishedJobs(), QList<BulkJobId>({job, other}));
        h.tracker.answered(job, http(200));
        h.tracker.answered(job, failure(HttpResponse::Outcome::Aborted));
        p = h.tracker.progress(job);
        QVERIFY(p.finished);
        QCOMPARE(p.succeeded, 1);
        QCOMPARE(p.cancelled, 4);
        QCOMPARE(h.tracker.unfinishedJobs(), QList<BulkJobId>({other}));
        QCOMPARE(h.tracker.jobs().size(), 2);
    }

    void drainEstimateSimulatesTheWindow()
    {
        SlidingWindowLog log(10, 1000);
        // 91 requests at 9 per window: the last goes in the 11th window.
        QCOMPARE(BulkJobTracker::estimateDrainMs(load(log, 91), 0, 0), 10'000);
        // Work announced but not submitted counts the same.
        QCOMPARE(BulkJobTracker::estimateDrainMs(load(log, 1), 90, 0), 10'000);
        // The answer time comes on top; with nothing queued only what is in flight is waited for.
        auto slow = load(log, 9);
        slow.latencyMs = 120;
        QCOMPARE(BulkJobTracker::estimateDrainMs(slow, 0, 0), 120);
        slow.queued = 0;
        QCOMPARE(BulkJobTracker::estimateDrainMs(slow, 0, 0), 0);
        slow.inFlight = 2;
        QCOMPARE(BulkJobTracker::estimateDrainMs(slow, 0, 0), 120);
        // A 429 freeze delays the start.
        auto frozen = load(log, 1);
        frozen.frozenUntil = 5000;
        QCOMPARE(BulkJobTracker::estimateDrainMs(frozen, 0, 1000), 4000);
        // Sends already in the window are taken into account; the log itself is not changed.
        SlidingWindowLog busy(10, 1000);
        for (int i = 0; i < 9; ++i)
            busy.record(0);
        QCOMPARE(BulkJobTracker::estimateDrainMs(load(busy, 1), 0, 500), 500);
        QCOMPARE(busy.countAt(500), 9);
    }

    void drainEstimateFollowsPacing()
    {
        SlidingWindowLog log(10, 1000);
        auto paced = load(log, 7);
        QCOMPARE(BulkJobTracker::estimateDrainMs(paced, 0, 0), 0);  // all seven at once
        // Once the window is half full, one send per 75 ms: five at once, then 75 and 150.
        paced.pacing = true;
        paced.paceMs = 75;
        QCOMPARE(BulkJobTracker::estimateDrainMs(paced, 0, 0), 150);
    }

    void drainEstimateExtrapolatesLongQueues()
    {
        SlidingWindowLog log(10, 1000);
        // Beyond 5,000 simulated sends the rest is added at the window's rate: the same answer here.
        QCOMPARE(BulkJobTracker::estimateDrainMs(load(log, 5009), 0, 0), 556'000);
    }

    void etaAsksForTheJobsBucketsAndCountsDownBetweenRecomputations()
    {
        Harness h;
        SlidingWindowLog log(10, 1000);
        h.loads = {load(log, 1)};
        const BulkJobId job = h.tracker.begin(91, QString());
        QCOMPARE(h.loadCalls, 0);  // nothing submitted: no bucket to ask about
        QVERIFY(h.tracker.admit(job, QStringLiteral("B")) == BulkJobTracker::Admission::Admitted);
        h.tracker.publish(job);
        QCOMPARE(h.loadCalls, 1);
        QCOMPARE(h.asked.back().first, job);
        QCOMPARE(h.asked.back().second, QStringLiteral("B"));
        // One queued plus 90 announced for the job's last bucket.
        QCOMPARE(h.tracker.progress(job).etaMs, 10'000);
        // Within 250 ms the estimate counts down without a new simulation.
        h.clock.advance(100);
        h.tracker.publish(job);
        QCOMPARE(h.loadCalls, 1);
        QCOMPARE(h.tracker.progress(job).etaMs, 9900);
        h.clock.advance(200);
        h.tracker.publish(job);
        QCOMPARE(h.loadCalls, 2);
        QCOMPARE(h.tracker.progress(job).etaMs, 10'000);
        // Another bucket with queued work of the job: the slower one decides; announced work goes
        // only to the last bucket.
        SlidingWindowLog other(2, 1000);
        h.loads.push_back(load(other, 5, QStringLiteral("A")));
        h.clock.advance(300);
        h.tracker.publish(job);
        QCOMPARE(h.tracker.progress(job).etaMs, 10'000);
        h.loads.back().queued = 30;
        h.clock.advance(300);
        h.tracker.publish(job);
        QCOMPARE(h.tracker.progress(job).etaMs, 29'000);  // one per window with one slot kept
    }
};

QTEST_APPLESS_MAIN(TestBulkJobTracker)
#include "tst_bulkjobtracker.moc"
