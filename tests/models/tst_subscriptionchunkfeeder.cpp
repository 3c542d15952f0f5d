#include "models/SubscriptionChunkFeeder.h"
#include "models/SubscriptionFilterProxyModel.h"
#include "models/SubscriptionTableModel.h"

#include "ModelTestData.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace ModelTestData;
using Model = SubscriptionTableModel;

class TestSubscriptionChunkFeeder : public QObject
{
    Q_OBJECT

private:
    static SubscriptionList rows(int count)
    {
        SubscriptionList list;
        for (int i = 1; i <= count; ++i)
            list << subscription(i, QStringLiteral("https://h%1.example/").arg((i * 7919) % 997), std::nullopt,
                                 i % 2 == 0);
        return list;
    }

private Q_SLOTS:
    void feedsInChunksAndServesEventsBetweenThem()
    {
        Model model;
        SubscriptionFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(Model::UrlColumn, Qt::DescendingOrder);
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal, &model);
        new QAbstractItemModelTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal, &proxy);
        SubscriptionChunkFeeder feeder(&model);
        feeder.setChunkRows(1000);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy progress(&feeder, &SubscriptionChunkFeeder::progress);
        QSignalSpy finished(&feeder, &SubscriptionChunkFeeder::finished);

        feeder.start(rows(10500));
        QCOMPARE(model.rowCount(), 1000);  // the first chunk at once
        QVERIFY(feeder.isRunning());
        // An event posted now (a click, a repaint) is handled before the feed ends.
        int rowsWhenServed = -1;
        QTimer::singleShot(0, &model, [&] { rowsWhenServed = model.rowCount(); });
        QVERIFY(finished.wait(10000));
        QVERIFY(rowsWhenServed > 0 && rowsWhenServed < 10500);
        QCOMPARE(model.rowCount(), 10500);
        QCOMPARE(inserted.size(), 11);
        QCOMPARE(progress.size(), 11);
        QCOMPARE(progress.last().at(0).toInt(), 10500);
        QCOMPARE(progress.last().at(1).toInt(), 10500);
        QVERIFY(!feeder.isRunning());
        QCOMPARE(proxy.rowCount(), 10500);
        // Past 10,000 rows the chunks wait at the end, and the whole table is sorted off the GUI
        // thread once they stop.
        QTRY_VERIFY(!proxy.isSorting());
        QCOMPARE(proxy.rowCount(), 10500);
        // Descending by the URL text as the rows were made (all lower case), compared here.
        for (int r = 1; r < proxy.rowCount(); ++r) {
            const QString above = proxy.index(r - 1, Model::UrlColumn).data().toString();
            const QString below = proxy.index(r, Model::UrlColumn).data().toString();
            QVERIFY2(above.compare(below) >= 0, qPrintable(above + QStringLiteral(" above ") + below));
        }
    }

    void cancelKeepsWhatWasFedAndStartReplacesAFeed()
    {
        Model model;
        SubscriptionChunkFeeder feeder(&model);
        feeder.setChunkRows(100);
        feeder.start(rows(1000));
        QCOMPARE(model.rowCount(), 100);
        feeder.cancel();
        QVERIFY(!feeder.isRunning());
        // No chunk may follow the cancel: a zero-interval timer started now times out after the
        // feeder's own (started earlier, same interval), had the cancel left that one running.
        QTimer after;
        after.setSingleShot(true);
        QSignalSpy passed(&after, &QTimer::timeout);
        after.start(0);
        QVERIFY(passed.wait(5000));
        QCOMPARE(model.rowCount(), 100);

        model.clear();
        QSignalSpy finished(&feeder, &SubscriptionChunkFeeder::finished);
        feeder.start(rows(1000));
        feeder.start(rows(250));  // a newer answer replaces the feed in progress
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(model.rowCount(), 350);  // 100 of the first feed, then all 250
    }

    void adaptiveChunksStayWithinBoundsAndDeliverEveryRow()
    {
        Model model;
        SubscriptionFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(Model::UrlColumn);
        SubscriptionChunkFeeder feeder(&model);
        feeder.setChunkRows(SubscriptionChunkFeeder::maxChunkRows);
        feeder.setTargetChunkMs(1);  // a target no chunk of thousands of rows meets: it must shrink
        QList<int> sizes;
        connect(&model, &QAbstractItemModel::rowsInserted, this,
                [&sizes](const QModelIndex &, int first, int last) { sizes << last - first + 1; });
        QSignalSpy finished(&feeder, &SubscriptionChunkFeeder::finished);
        feeder.start(rows(30000));
        QVERIFY(finished.wait(30000));
        QCOMPARE(model.rowCount(), 30000);
        QCOMPARE(proxy.rowCount(), 30000);
        for (int size : std::as_const(sizes))
            QVERIFY(size >= 1 && size <= SubscriptionChunkFeeder::maxChunkRows);
        QVERIFY(feeder.chunkRows() >= SubscriptionChunkFeeder::minChunkRows);
        QVERIFY(feeder.chunkRows() < SubscriptionChunkFeeder::maxChunkRows);
    }

    void anEmptyListFinishesAtOnceAndAGoneModelStopsTheFeed()
    {
        auto *model = new Model;
        SubscriptionChunkFeeder feeder(model);
        QSignalSpy finished(&feeder, &SubscriptionChunkFeeder::finished);
        feeder.start({});
        QCOMPARE(finished.size(), 1);
        QVERIFY(!feeder.isRunning());

        feeder.setChunkRows(10);
        feeder.start(rows(100));
        delete model;
        QTRY_VERIFY(!feeder.isRunning());
        QCOMPARE(finished.size(), 1);
    }
};

QTEST_MAIN(TestSubscriptionChunkFeeder)
#include "tst_subscriptionchunkfeeder.moc"
