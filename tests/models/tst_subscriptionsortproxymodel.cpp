#include "models/SubscriptionSortProxyModel.h"
#include "models/SubscriptionTableModel.h"

#include "ModelTestData.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

#include <random>

using namespace ModelTestData;
using Model = SubscriptionTableModel;
using Sorted = SubscriptionSortProxyModel;

class TestSubscriptionSortProxyModel : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        Model model;
        Sorted sorted;
        Fixture()
        {
            sorted.setSourceModel(&model);
            new QAbstractItemModelTester(&sorted, QAbstractItemModelTester::FailureReportingMode::Fatal, &sorted);
        }
        QList<qint64> shownIds() const
        {
            QList<qint64> out;
            for (int r = 0; r < sorted.rowCount(); ++r)
                out << sorted.index(r, 0).data(Model::IdRole).toLongLong();
            return out;
        }
    };

    // The expected order: a stable sort of the table rows by the column (descending keeps ties in
    // table order too), computed from scratch.
    static QList<int> bruteForce(const Model &model, int column, Qt::SortOrder order)
    {
        QList<int> rows;
        for (int r = 0; r < model.rowCount(); ++r)
            rows << r;
        if (column < 0)
            return rows;
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            const int c = model.compareRows(a, b, column);
            return order == Qt::AscendingOrder ? c < 0 : c > 0;
        });
        return rows;
    }

    static void verifyOrder(const Fixture &f)
    {
        const QList<int> expected = bruteForce(f.model, f.sorted.sortColumn(), f.sorted.sortOrder());
        QCOMPARE(f.sorted.rowCount(), int(expected.size()));
        for (int r = 0; r < f.sorted.rowCount(); ++r) {
            QCOMPARE(f.sorted.tableRowAt(r), expected[r]);
            QCOMPARE(f.sorted.mapToSource(f.sorted.index(r, 0)).row(), expected[r]);
            QCOMPARE(f.sorted.mapFromSource(f.model.index(expected[r], 1)).row(), r);
        }
    }

    static Subscription randomRow(std::mt19937 &rng, qint64 id)
    {
        Subscription s =
            subscription(id, QStringLiteral("https://h%1.example/%2").arg(rng() % 20).arg(rng() % 5),
                         rng() % 6 == 0 ? std::nullopt : std::optional<QString>(QStringLiteral("D%1").arg(rng() % 10)),
                         rng() % 2 == 0);
        if (rng() % 4 == 0) {
            s.health = DeliverySummary{};
            if (rng() % 2 == 0)
                s.health->failingSince = utc(27, int(rng() % 12));
        }
        return s;
    }

    // One random change of every kind the table makes (or a reversal of the sort); returns which.
    static int mutate(Fixture &f, std::mt19937 &rng, qint64 &nextId, int column)
    {
        const int op = int(rng() % 7);
        switch (op) {
        case 0: {  // a chunk appended (a load)
            SubscriptionList chunk;
            for (int i = 0; i < 1 + int(rng() % 30); ++i)
                chunk << randomRow(rng, nextId++);
            f.model.appendBatch(chunk);
            break;
        }
        case 1: {  // a toggle and maybe its rollback
            const int row = int(rng() % quint32(f.model.rowCount()));
            const qint64 id = *f.model.serverSubscriptionAt(row).id;
            const quint64 ticket = f.model.setEnabledOptimistic(id, rng() % 2 == 0);
            if (rng() % 2 == 0)
                f.model.rollback(id, QStringLiteral("x"), ticket);
            break;
        }
        case 2: {  // scattered removals
            QList<qint64> gone;
            for (int i = 0; i < 1 + int(rng() % 6); ++i)
                gone << *f.model.serverSubscriptionAt(int(rng() % quint32(f.model.rowCount()))).id;
            f.model.removeIds(gone);
            break;
        }
        case 3: {  // a refresh with changes, removals and new rows (diffed)
            SubscriptionList refreshed;
            for (int r = 0; r < f.model.rowCount(); ++r) {
                Subscription s = f.model.serverSubscriptionAt(r);
                if (rng() % 10 == 0)
                    continue;
                if (rng() % 8 == 0)
                    s.url = QStringLiteral("https://h%1.example/r").arg(rng() % 20);
                refreshed << s;
            }
            refreshed << randomRow(rng, nextId++);
            f.model.setSubscriptions(refreshed);
            break;
        }
        case 4:  // an edit in flight
        {
            const int row = int(rng() % quint32(f.model.rowCount()));
            SubscriptionPatch patch;
            patch.url = QStringLiteral("https://h%1.example/p").arg(rng() % 20);
            patch.description = QStringLiteral("D%1").arg(rng() % 10);
            f.model.setPending(*f.model.serverSubscriptionAt(row).id, patch);
            break;
        }
        case 5:  // reverse the direction
            f.sorted.sort(column,
                          f.sorted.sortOrder() == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder);
            break;
        default:  // a single upsert
            f.model.upsert(randomRow(rng, nextId++));
            break;
        }
        return op;
    }

private Q_SLOTS:
    void unsortedIsTheTableOrder()
    {
        Fixture f;
        f.model.setSubscriptions(ids({5, 3, 9}));
        QCOMPARE(f.sorted.sortColumn(), -1);
        QCOMPARE(f.shownIds(), (QList<qint64>{5, 3, 9}));
        f.model.appendBatch(ids({1}));
        QCOMPARE(f.shownIds(), (QList<qint64>{5, 3, 9, 1}));
    }

    void sortsAndReversesKeepingTiesInTableOrder()
    {
        Fixture f;
        // Rows 2 and 4 share one URL: ties keep the table's order in both directions. Row 7 differs
        // only in case: after the case-insensitive comparison, "SAME" sorts before "same".
        SubscriptionList list{
            subscription(2, QStringLiteral("https://same.example/")),
            subscription(1, QStringLiteral("https://a.example/")),
            subscription(7, QStringLiteral("https://SAME.example/")),
            subscription(4, QStringLiteral("https://same.example/")),
        };
        f.model.setSubscriptions(list);
        f.sorted.sort(Model::UrlColumn, Qt::AscendingOrder);
        verifyOrder(f);
        QCOMPARE(f.shownIds(), (QList<qint64>{1, 7, 2, 4}));
        QSignalSpy layout(&f.sorted, &QAbstractItemModel::layoutChanged);
        f.sorted.sort(Model::UrlColumn, Qt::DescendingOrder);
        QCOMPARE(layout.size(), 1);
        verifyOrder(f);
        QCOMPARE(f.shownIds(), (QList<qint64>{2, 4, 7, 1}));
        f.sorted.sort(Model::UrlColumn, Qt::DescendingOrder);  // unchanged: no signal
        QCOMPARE(layout.size(), 1);
        f.sorted.sort(-1);
        QCOMPARE(f.shownIds(), (QList<qint64>{2, 1, 7, 4}));
    }

    void randomMutationsMatchAFreshSort()
    {
        // Every kind of change the table makes, on every column and direction, against a sort
        // from scratch; the model tester checks every signal on the way.
        std::mt19937 rng(7);
        for (int column = -1; column < Model::ColumnCount; ++column) {
            for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                Fixture f;
                SubscriptionList list;
                qint64 nextId = 1;
                for (int i = 0; i < 120; ++i)
                    list << randomRow(rng, nextId++);
                f.model.setSubscriptions(list);
                f.sorted.sort(column, order);
                verifyOrder(f);
                for (int step = 0; step < 40; ++step) {
                    const int op = mutate(f, rng, nextId, column);
                    verifyOrder(f);
                    if (QTest::currentTestFailed()) {
                        qWarning("column %d order %d step %d operation %d", column, int(order), step, op);
                        return;
                    }
                }
            }
        }
    }

    void aSortOffTheGuiThreadKeepsTheOldOrderUntilItArrives()
    {
        Fixture f;
        f.sorted.setBackgroundSortFrom(0);  // every sort by another column goes to the worker
        f.model.setSubscriptions(SubscriptionList{
            subscription(2, QStringLiteral("https://c.example/")),
            subscription(1, QStringLiteral("https://a.example/")),
            subscription(3, QStringLiteral("https://b.example/")),
        });
        const QString title = f.model.headerData(Model::UrlColumn, Qt::Horizontal).toString();
        QSignalSpy sorting(&f.sorted, &Sorted::sortingChanged);
        QSignalSpy layout(&f.sorted, &QAbstractItemModel::layoutChanged);
        QSignalSpy header(&f.sorted, &QAbstractItemModel::headerDataChanged);
        const QPersistentModelIndex current = f.sorted.index(0, 0);  // id 2
        f.sorted.sort(Model::UrlColumn);
        // Asked, not yet done: the old order stays usable, and the column's header says so.
        QVERIFY(f.sorted.isSorting());
        QCOMPARE(f.sorted.sortColumn(), int(Model::UrlColumn));
        QCOMPARE(f.shownIds(), (QList<qint64>{2, 1, 3}));
        QCOMPARE(layout.size(), 0);
        QCOMPARE(f.sorted.headerData(Model::UrlColumn, Qt::Horizontal).toString(), title + QStringLiteral(" \u2026"));
        QCOMPARE(f.sorted.headerData(Model::UrlColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
                 Sorted::tr("Sorting…"));
        QCOMPARE(sorting.size(), 1);
        QCOMPARE(sorting.at(0).at(0).toBool(), true);

        QTRY_VERIFY(!f.sorted.isSorting());
        QCOMPARE(f.shownIds(), (QList<qint64>{1, 3, 2}));
        QCOMPARE(layout.size(), 1);  // one layout change, persistent indexes kept
        QCOMPARE(current.row(), 2);
        QCOMPARE(current.data(Model::IdRole).toLongLong(), 2);
        QCOMPARE(f.sorted.headerData(Model::UrlColumn, Qt::Horizontal).toString(), title);
        QCOMPARE(sorting.size(), 2);
        QCOMPARE(sorting.at(1).at(0).toBool(), false);
        QVERIFY(header.size() >= 2);
        verifyOrder(f);

        // The other direction goes to the worker too (one pass over the order shown).
        f.sorted.sort(Model::UrlColumn, Qt::DescendingOrder);
        QVERIFY(f.sorted.isSorting());
        QCOMPARE(f.shownIds(), (QList<qint64>{1, 3, 2}));
        QTRY_VERIFY(!f.sorted.isSorting());
        QCOMPARE(f.shownIds(), (QList<qint64>{2, 3, 1}));
        verifyOrder(f);
    }

    void aLoadInLargeBatchesIsSortedOnceTheBatchesStop()
    {
        Fixture f;
        f.sorted.setBackgroundSortFrom(0);
        std::mt19937 rng(5);
        qint64 nextId = 1;
        SubscriptionList first;
        for (int i = 0; i < 10; ++i)
            first << randomRow(rng, nextId++);
        f.model.setSubscriptions(first);
        f.sorted.sort(Model::UrlColumn);
        QTRY_VERIFY(!f.sorted.isSorting());
        QSignalSpy layout(&f.sorted, &QAbstractItemModel::layoutChanged);
        for (int batch = 0; batch < 3; ++batch) {
            SubscriptionList chunk;
            for (int i = 0; i < 300; ++i)
                chunk << randomRow(rng, nextId++);
            const QList<qint64> before = f.shownIds();
            f.model.appendBatch(chunk);
            // Added at the end, as they came; the column says it is being sorted.
            QVERIFY(f.sorted.isSorting());
            QCOMPARE(f.sorted.sortColumn(), int(Model::UrlColumn));
            QCOMPARE(f.shownIds().mid(0, before.size()), before);
            QCOMPARE(f.shownIds().last(), nextId - 1);
        }
        QCOMPARE(layout.size(), 0);  // no re-mapping per batch
        QTRY_VERIFY(!f.sorted.isSorting());
        QCOMPARE(layout.size(), 1);  // one sort for the whole load
        verifyOrder(f);
    }

    void theNewestClickWins()
    {
        Fixture f;
        f.sorted.setBackgroundSortFrom(0);
        f.model.setSubscriptions(SubscriptionList{
            subscription(2, QStringLiteral("https://c.example/")),
            subscription(1, QStringLiteral("https://a.example/")),
            subscription(3, QStringLiteral("https://b.example/")),
        });
        QSignalSpy layout(&f.sorted, &QAbstractItemModel::layoutChanged);
        f.sorted.sort(Model::UrlColumn);
        f.sorted.sort(Model::IdColumn, Qt::DescendingOrder);
        QCOMPARE(f.sorted.sortColumn(), int(Model::IdColumn));
        QTRY_VERIFY(!f.sorted.isSorting());
        QCOMPARE(f.shownIds(), (QList<qint64>{3, 2, 1}));
        QCOMPARE(layout.size(), 1);  // the URL order was never shown

        // Back to the table's order before a sort arrives: that sort is dropped when it does.
        f.sorted.sort(Model::UrlColumn);
        f.sorted.sort(-1);
        QVERIFY(!f.sorted.isSorting());
        QCOMPARE(f.shownIds(), (QList<qint64>{2, 1, 3}));
        const qsizetype layouts = layout.size();
        QTest::qWait(50);
        QCOMPARE(f.shownIds(), (QList<qint64>{2, 1, 3}));
        QCOMPARE(layout.size(), layouts);
    }

    void changesWhileSortingOffTheGuiThreadEndInAFreshOrder()
    {
        // Rows change, come and go while the worker sorts the values it was given; the order that
        // is finally shown must still be the fresh sort of the rows as they are then.
        std::mt19937 rng(11);
        for (int column = 0; column < Model::ColumnCount; ++column) {
            for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                Fixture f;
                f.sorted.setBackgroundSortFrom(0);
                SubscriptionList list;
                qint64 nextId = 1;
                for (int i = 0; i < 150; ++i)
                    list << randomRow(rng, nextId++);
                f.model.setSubscriptions(list);
                for (int step = 0; step < 12; ++step) {
                    // Alternate the column with the table's order, so that each step sorts afresh.
                    f.sorted.sort(step % 3 == 2 ? -1 : column, order);
                    const int changes = int(rng() % 4);
                    for (int i = 0; i < changes; ++i)
                        mutate(f, rng, nextId, column);
                    QTRY_VERIFY(!f.sorted.isSorting());
                    verifyOrder(f);
                    if (QTest::currentTestFailed()) {
                        qWarning("column %d order %d step %d", column, int(order), step);
                        return;
                    }
                }
            }
        }
    }

    void manyChangedRowsAreOrderedAgain()
    {
        // One change announced for more rows than are placed one by one: the order is checked
        // in one pass and sorted again when it no longer holds.
        Fixture f;
        SubscriptionList list;
        for (int i = 1; i <= 200; ++i)
            list << subscription(i, QStringLiteral("https://h%1.example/").arg(i, 3, 10, QLatin1Char('0')));
        f.model.setSubscriptions(list);
        f.sorted.sort(Model::UrlColumn);
        QSignalSpy layout(&f.sorted, &QAbstractItemModel::layoutChanged);
        for (Subscription &s : list)
            s.description = QStringLiteral("only the description");  // the order still holds
        f.model.setSubscriptions(list);
        QCOMPARE(layout.size(), 0);
        for (Subscription &s : list)
            s.url = QStringLiteral("https://h%1.example/").arg(1000 - *s.id, 3, 10, QLatin1Char('0'));
        f.model.setSubscriptions(list);
        QCOMPARE(layout.size(), 1);
        verifyOrder(f);
        QCOMPARE(f.shownIds().first(), 200);
    }

    void aResetAndAClearAreFollowed()
    {
        Fixture f;
        f.model.setSubscriptions(ids({3, 1, 2}));
        f.sorted.sort(Model::IdColumn);
        QCOMPARE(f.shownIds(), (QList<qint64>{1, 2, 3}));
        f.model.clear();
        QCOMPARE(f.sorted.rowCount(), 0);
        f.model.setSubscriptions(ids({9, 8}));
        QCOMPARE(f.shownIds(), (QList<qint64>{8, 9}));
    }

    void refusesOtherSourcesAndSurvivesTheTablesDeletion()
    {
        Sorted sorted;
        new QAbstractItemModelTester(&sorted, QAbstractItemModelTester::FailureReportingMode::Fatal, &sorted);
        QStandardItemModel other(3, 2);
        sorted.setSourceModel(&other);
        QCOMPARE(sorted.rowCount(), 0);
        QVERIFY(!sorted.table());
        auto *model = new Model;
        model->setSubscriptions(ids({1, 2}));
        sorted.setSourceModel(model);
        sorted.sort(Model::IdColumn, Qt::DescendingOrder);
        QCOMPARE(sorted.rowCount(), 2);
        delete model;
        QCOMPARE(sorted.rowCount(), 0);
        QCOMPARE(sorted.columnCount(), 0);
    }
};

QTEST_MAIN(TestSubscriptionSortProxyModel)
#include "tst_subscriptionsortproxymodel.moc"
