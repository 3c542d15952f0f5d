#include "common/SlidingWindowLog.h"

#include <QRandomGenerator>
#include <QTest>

#include <vector>

class TestSlidingWindowLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countsOnlyInsideTheWindow()
    {
        SlidingWindowLog log(3, 1000);
        log.record(0);
        log.record(10);
        log.record(999);
        QCOMPARE(log.countAt(999), 3);
        QVERIFY(!log.canSendAt(999));
        QCOMPARE(log.countAt(1000), 2);  // the send at 0 left at exactly 1000
        QVERIFY(log.canSendAt(1000));
    }

    void nextFreeAtRespectsReserve()
    {
        SlidingWindowLog log(4, 100);
        for (qint64 t : {0, 10, 20})
            log.record(t);
        QCOMPARE(log.nextFreeAt(30), 30);  // one slot left
        QCOMPARE(log.nextFreeAt(30, 1), 100);  // keeping one slot back: wait for the send at 0
        QCOMPARE(log.nextFreeAt(30, 2), 110);
    }

    void moveCountsASendLater()
    {
        SlidingWindowLog log(2, 1000);
        log.record(0);
        log.record(100);
        log.move(0, 500);  // answered at 500: counted until 1500
        QCOMPARE(log.countAt(1099), 2);
        QCOMPARE(log.countAt(1100), 1);
        QCOMPARE(log.countAt(1499), 1);
        QCOMPARE(log.countAt(1500), 0);
        log.move(42, 1600);  // nothing counted at 42 any more: count at 1600
        QCOMPARE(log.countAt(1600), 1);
    }

    void neverMoreThanTheLimitInAnyWindow()
    {
        // Greedy sender on random arrival times: check every rolling window afterwards.
        auto *rng = QRandomGenerator::global();
        for (int round = 0; round < 50; ++round) {
            const int limit = 1 + int(rng->bounded(20));
            const qint64 window = 10 + rng->bounded(500);
            SlidingWindowLog log(limit, window);
            std::vector<qint64> sent;
            qint64 now = 0;
            for (int i = 0; i < 500; ++i) {
                now += rng->bounded(window / 3 + 1);
                now = log.nextFreeAt(now);
                QVERIFY(log.canSendAt(now));
                log.record(now);
                sent.push_back(now);
            }
            std::size_t lo = 0;
            for (std::size_t hi = 0; hi < sent.size(); ++hi) {
                while (sent[lo] <= sent[hi] - window)
                    ++lo;
                QVERIFY2(int(hi - lo + 1) <= limit, "a rolling window holds more than the limit");
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSlidingWindowLog)
#include "tst_slidingwindowlog.moc"
