#include "models/SubscriptionFilterProxyModel.h"
#include "models/SubscriptionTableModel.h"

#include "ModelTestData.h"
#include "kit/FakeClock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

#include <algorithm>
#include <random>
#include <tuple>

using namespace ModelTestData;
using Model = SubscriptionTableModel;
using Proxy = SubscriptionFilterProxyModel;

class TestSubscriptionFilterProxyModel : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        Model model;
        Proxy proxy;
        Fixture()
        {
            proxy.setSourceModel(&model);
            new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal, &model);
            // The sorting layer between the table and the filter, then the filter itself.
            new QAbstractItemModelTester(proxy.sourceModel(), QAbstractItemModelTester::FailureReportingMode::Fatal,
                                         proxy.sourceModel());
            new QAbstractItemModelTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal, &proxy);
        }
        QList<qint64> shownIds() const
        {
            QList<qint64> out;
            for (int r = 0; r < proxy.rowCount(); ++r)
                out << proxy.index(r, 0).data(Model::IdRole).toLongLong();
            return out;
        }
    };

    static SubscriptionList sample()
    {
        SubscriptionList list{
            subscription(1, QStringLiteral("https://Shop.example.com/hook"), QStringLiteral("Orders for ACME")),
            subscription(2, QStringLiteral("https://billing.example.org/in"), std::nullopt, false),
            subscription(3, QStringLiteral("https://acme.test/webhooks"), QStringLiteral("Staging"), true),
            subscription(std::nullopt, QStringLiteral("https://legacy.example.net/"), QStringLiteral("Legacy, no id")),
            subscription(14, QStringLiteral("https://zeta.example/x"), QStringLiteral("Zürich office"), false),
        };
        list[0].health = DeliverySummary{};
        list[0].health->failingSince = utc(27, 9);
        list[4].health = DeliverySummary{};
        list[4].health->failingSince = utc(26, 9);
        list[2].health = DeliverySummary{};
        return list;
    }

    // The proxy order must match sorting the source rows by the column's SortRole.
    static void verifySortedBy(const Fixture &f, int column, Qt::SortOrder order)
    {
        for (int r = 1; r < f.proxy.rowCount(); ++r) {
            const int a = f.proxy.mapToTable(f.proxy.index(r - 1, column)).row();
            const int b = f.proxy.mapToTable(f.proxy.index(r, column)).row();
            const int cmp = f.model.compareRows(a, b, column);
            QVERIFY2(order == Qt::AscendingOrder ? cmp <= 0 : cmp >= 0,
                     qPrintable(QStringLiteral("column %1 rows %2/%3").arg(column).arg(r - 1).arg(r)));
        }
    }

private Q_SLOTS:
    void searchMatchesIdUrlDescriptionCaseInsensitively()
    {
        Fixture f;
        f.model.setSubscriptions(sample());
        QCOMPARE(f.proxy.rowCount(), 5);
        QSignalSpy filterChanged(&f.proxy, &Proxy::filterChanged);
        f.proxy.setSearchText(QStringLiteral("ACME"));
        QCOMPARE(f.shownIds(), (QList<qint64>{1, 3}));  // description of 1, URL of 3
        QCOMPARE(filterChanged.size(), 1);
        f.proxy.setSearchText(QStringLiteral("  acme "));  // same needle: no new filtering
        QCOMPARE(filterChanged.size(), 1);
        QCOMPARE(f.proxy.searchText(), QStringLiteral("  acme "));
        f.proxy.setSearchText(QStringLiteral("shop.EXAMPLE"));
        QCOMPARE(f.shownIds(), (QList<qint64>{1}));
        f.proxy.setSearchText(QStringLiteral("14"));
        QCOMPARE(f.shownIds(), (QList<qint64>{14}));
        f.proxy.setSearchText(QStringLiteral("zürich"));
        QCOMPARE(f.shownIds(), (QList<qint64>{14}));
        f.proxy.setSearchText(QStringLiteral("legacy"));
        QCOMPARE(f.proxy.rowCount(), 1);  // the id-less row is searchable by URL/description
        QVERIFY(!f.proxy.index(0, 0).data(Model::IdRole).isValid());
        f.proxy.setSearchText(QStringLiteral("staging"));
        QCOMPARE(f.shownIds(), (QList<qint64>{3}));
        f.proxy.setSearchText(QStringLiteral("no such thing"));
        QCOMPARE(f.proxy.rowCount(), 0);
        f.proxy.setSearchText(QString());
        QCOMPARE(f.proxy.rowCount(), 5);

        // The selection (persistent indexes) follows its row through keystrokes.
        f.proxy.sort(Model::UrlColumn);
        const QPersistentModelIndex selected = f.proxy.index(f.shownIds().indexOf(3), 0);
        QCOMPARE(selected.data(Model::IdRole).toLongLong(), 3);
        f.proxy.setSearchText(QStringLiteral("a"));
        QVERIFY(selected.isValid());
        QCOMPARE(selected.data(Model::IdRole).toLongLong(), 3);
        f.proxy.setSearchText(QStringLiteral("billing"));
        QVERIFY(!selected.isValid());  // filtered out
    }

    void quickFilters()
    {
        Fixture f;
        f.model.setSubscriptions(sample());
        f.proxy.setQuickFilter(Proxy::Enabled);
        QCOMPARE(f.proxy.rowCount(), 3);  // 1, 3 and the id-less one
        f.proxy.setQuickFilter(Proxy::Disabled);
        QCOMPARE(f.shownIds(), (QList<qint64>{2, 14}));
        f.proxy.setQuickFilter(Proxy::Failing);
        QCOMPARE(f.shownIds(), (QList<qint64>{1, 14}));
        // Combined with search.
        f.proxy.setSearchText(QStringLiteral("zeta"));
        QCOMPARE(f.shownIds(), (QList<qint64>{14}));
        f.proxy.setQuickFilter(Proxy::Enabled);
        QCOMPARE(f.proxy.rowCount(), 0);
        f.proxy.setSearchText(QString());
        f.proxy.setQuickFilter(Proxy::All);
        QCOMPARE(f.proxy.rowCount(), 5);
        QCOMPARE(f.proxy.quickFilter(), Proxy::All);
    }

    void filtersFollowOptimisticTogglesAndRollback()
    {
        Fixture f;
        f.model.setSubscriptions(sample());
        f.proxy.setQuickFilter(Proxy::Enabled);
        QCOMPARE(f.proxy.rowCount(), 3);
        const quint64 ticket = f.model.setEnabledOptimistic(1, false);
        QCOMPARE(f.proxy.rowCount(), 2);  // the shown (optimistic) state filters
        f.model.rollback(1, QStringLiteral("failed"), ticket);
        QCOMPARE(f.proxy.rowCount(), 3);
        // Double toggle: the last choice is what filters.
        const quint64 a = f.model.setEnabledOptimistic(3, false);
        const quint64 b = f.model.setEnabledOptimistic(3, true);
        QCOMPARE(f.proxy.rowCount(), 3);
        f.model.confirm(
            3, subscription(3, QStringLiteral("https://acme.test/webhooks"), QStringLiteral("Staging"), false), a);
        QCOMPARE(f.proxy.rowCount(), 3);
        f.model.confirm(
            3, subscription(3, QStringLiteral("https://acme.test/webhooks"), QStringLiteral("Staging"), true), b);
        QCOMPARE(f.proxy.rowCount(), 3);
        // A pending URL edit is searchable at once.
        f.proxy.setQuickFilter(Proxy::All);
        SubscriptionPatch patch;
        patch.url = QStringLiteral("https://renamed.example/");
        f.model.setPending(2, patch);
        f.proxy.setSearchText(QStringLiteral("renamed"));
        QCOMPARE(f.shownIds(), (QList<qint64>{2}));
    }

    void refreshDuringFilterAndPending()
    {
        Fixture f;
        f.model.setSubscriptions(sample());
        f.proxy.setQuickFilter(Proxy::Disabled);
        f.proxy.sort(Model::UrlColumn);
        f.model.setEnabledOptimistic(1, false);
        QCOMPARE(f.shownIds(), (QList<qint64>{2, 1, 14}));  // billing, shop, zeta
        SubscriptionList refreshed = sample();
        refreshed.removeAt(1);  // id 2 deleted elsewhere
        refreshed << subscription(20, QStringLiteral("https://aaa.example/"), std::nullopt, false);
        f.model.setSubscriptions(refreshed);
        QCOMPARE(f.shownIds(), (QList<qint64>{20, 1, 14}));  // still pending: 1 stays disabled
        verifySortedBy(f, Model::UrlColumn, Qt::AscendingOrder);
        f.model.remove(14);
        QCOMPARE(f.shownIds(), (QList<qint64>{20, 1}));
        f.model.upsert(subscription(21, QStringLiteral("https://mmm.example/"), std::nullopt, false));
        QCOMPARE(f.shownIds(), (QList<qint64>{20, 21, 1}));
    }

    void sortsEveryColumnByRawValue()
    {
        Fixture f;
        SubscriptionList list = sample();
        // Ids sort numerically (14 after 3), not as text.
        for (int i = 0; i < list.size(); ++i)
            list[i].events = QStringList{QStringLiteral("e%1").arg(5 - i)};
        // Times whose locale text sorts otherwise ("11/20" before "11/5"); an invalid one first.
        list[0].createdAt = utc(20);
        list[1].createdAt = utc(5, 12);
        list[2].createdAt = QDateTime();
        list[3].createdAt = utc(12);
        list[4].createdAt = utc(5, 9);
        f.model.setSubscriptions(list);
        f.model.setWatchedIds({3, 14});
        // The expected orders, worked out by hand from the values above (0: the row without an
        // id); descending keeps ties in table order too.
        const QList<std::tuple<int, QList<qint64>, QList<qint64>>> expected{
            {Model::IdColumn, {0, 1, 2, 3, 14}, {14, 3, 2, 1, 0}},
            // acme, billing, legacy, Shop (case-insensitive), zeta
            {Model::UrlColumn, {3, 2, 0, 1, 14}, {14, 1, 0, 2, 3}},
            // null, "Legacy", "Orders", "Staging", "Zürich"
            {Model::DescriptionColumn, {2, 0, 1, 3, 14}, {14, 3, 1, 0, 2}},
            // e1 .. e5
            {Model::EventsColumn, {14, 0, 3, 2, 1}, {1, 2, 3, 0, 14}},
            // disabled first
            {Model::EnabledColumn, {2, 14, 1, 3, 0}, {1, 3, 0, 2, 14}},
            // invalid, 5th 09:00, 5th 12:00, 12th, 20th
            {Model::CreatedColumn, {3, 14, 2, 0, 1}, {1, 0, 2, 14, 3}},
            // no summary, ok, failing (1 and 14 tie)
            {Model::HealthColumn, {2, 0, 3, 1, 14}, {1, 14, 3, 2, 0}},
            // unwatched, then watched
            {Model::WatchColumn, {1, 2, 0, 3, 14}, {3, 14, 1, 2, 0}},
        };
        QCOMPARE(int(expected.size()), int(Model::ColumnCount));
        for (const auto &[column, ascending, descending] : expected) {
            f.proxy.sort(column, Qt::AscendingOrder);
            QVERIFY2(f.shownIds() == ascending, qPrintable(QStringLiteral("column %1 ascending").arg(column)));
            f.proxy.sort(column, Qt::DescendingOrder);
            QVERIFY2(f.shownIds() == descending, qPrintable(QStringLiteral("column %1 descending").arg(column)));
        }
        f.proxy.sort(Model::IdColumn, Qt::AscendingOrder);
        QCOMPARE(f.shownIds().mid(1), (QList<qint64>{1, 2, 3, 14}));  // null id first
        f.proxy.sort(Model::IdColumn, Qt::DescendingOrder);
        QCOMPARE(f.shownIds().first(4), (QList<qint64>{14, 3, 2, 1}));
        for (int column = 0; column < Model::ColumnCount; ++column) {
            for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                f.proxy.sort(column, order);
                verifySortedBy(f, column, order);
                if (QTest::currentTestFailed())
                    return;
            }
        }
        // Created: raw time, not the locale text.
        f.proxy.sort(Model::CreatedColumn, Qt::AscendingOrder);
        QDateTime last;
        for (int r = 0; r < f.proxy.rowCount(); ++r) {
            const QDateTime t = f.proxy.index(r, Model::CreatedColumn).data(Model::SortRole).toDateTime();
            QVERIFY(!last.isValid() || last <= t);
            last = t;
        }
        // Description: case-insensitive, null descriptions first.
        f.proxy.sort(Model::DescriptionColumn, Qt::AscendingOrder);
        QCOMPARE(f.proxy.index(0, Model::DescriptionColumn).data().toString(), QString());
        QCOMPARE(f.proxy.index(1, Model::DescriptionColumn).data().toString(), QStringLiteral("Legacy, no id"));
    }

    void sortStaysCorrectThroughMutationsAndFilters()
    {
        // A randomised run against a brute-force check: ranks cached by the proxy must never
        // give a wrong order after toggles, refreshes, removals and keystrokes.
        Fixture f;
        std::mt19937 rng(42);
        SubscriptionList list;
        for (int i = 1; i <= 300; ++i) {
            Subscription s =
                subscription(i, QStringLiteral("https://h%1.example/%2").arg(rng() % 50).arg(i),
                             i % 7 == 0 ? std::nullopt : std::optional<QString>(QStringLiteral("D%1").arg(rng() % 30)),
                             rng() % 2 == 0);
            if (i % 5 == 0) {
                s.health = DeliverySummary{};
                if (i % 10 == 0)
                    s.health->failingSince = utc(27, int(rng() % 12));
                s.health->pendingRetries = int(rng() % 4);
            }
            list << s;
        }
        f.model.setSubscriptions(list);
        for (int column = 0; column < Model::ColumnCount; ++column) {
            const Qt::SortOrder order = column % 2 ? Qt::DescendingOrder : Qt::AscendingOrder;
            f.proxy.sort(column, order);
            verifySortedBy(f, column, order);
            f.proxy.setSearchText(QStringLiteral("h1"));
            verifySortedBy(f, column, order);
            for (int k = 0; k < 20; ++k) {
                const qint64 id = 1 + qint64(rng() % 300);
                if (f.model.rowForId(id) < 0)
                    continue;
                const quint64 t = f.model.setEnabledOptimistic(id, rng() % 2 == 0);
                if (k % 3 == 0)
                    f.model.rollback(id, QStringLiteral("x"), t);
                SubscriptionPatch patch;
                patch.url = QStringLiteral("https://h%1.example/moved").arg(rng() % 50);
                if (k % 4 == 0)
                    f.model.setPending(id, patch);
            }
            verifySortedBy(f, column, order);
            f.proxy.setSearchText(QStringLiteral("h"));
            verifySortedBy(f, column, order);
            f.proxy.setQuickFilter(Proxy::Enabled);
            verifySortedBy(f, column, order);
            SubscriptionList refreshed = list;
            refreshed.remove(column * 10, 5);
            f.model.setSubscriptions(refreshed);
            verifySortedBy(f, column, order);
            f.proxy.setQuickFilter(Proxy::All);
            f.proxy.setSearchText(QString());
            verifySortedBy(f, column, order);
            QCOMPARE(f.proxy.rowCount(), f.model.rowCount());
            if (QTest::currentTestFailed())
                return;
        }
    }

    void largeBatchesWhileSortedArePlacedAtOnce()
    {
        // A load in chunks while sorted: each batch is one insert plus one layout change, the
        // order is right after every batch, and the filter sees rows changed in between.
        Fixture f;
        f.model.setSubscriptions(sample());
        f.proxy.sort(Model::UrlColumn, Qt::DescendingOrder);
        f.proxy.setQuickFilter(Proxy::Enabled);
        SubscriptionList all;
        for (int i = 100; i < 100 + 3 * 300; ++i)
            all << subscription(i, QStringLiteral("https://b%1.example/").arg((i * 7919) % 1000), std::nullopt,
                                i % 3 != 0);
        QSignalSpy inserted(&f.proxy, &QAbstractItemModel::rowsInserted);
        for (int batch = 0; batch < 3; ++batch) {
            QSignalSpy sortLayout(f.proxy.sourceModel(), &QAbstractItemModel::layoutChanged);
            QSignalSpy sortInserted(f.proxy.sourceModel(), &QAbstractItemModel::rowsInserted);
            f.model.appendBatch(all.mid(batch * 300, 300));
            QCOMPARE(sortInserted.size(), 1);
            QVERIFY(sortLayout.size() <= 1);
            verifySortedBy(f, Model::UrlColumn, Qt::DescendingOrder);
            if (batch == 1)
                f.model.setEnabledOptimistic(1, false);  // a row changes between two batches
        }
        f.model.upsert(
            subscription(5000, QStringLiteral("https://zzzz.example/"), std::nullopt, true));  // small append
        verifySortedBy(f, Model::UrlColumn, Qt::DescendingOrder);
        int enabled = 0;
        for (int r = 0; r < f.model.rowCount(); ++r)
            enabled += f.model.isEnabledAt(r) ? 1 : 0;
        QCOMPARE(f.proxy.rowCount(), enabled);
        QVERIFY(!f.shownIds().contains(1));
        QCOMPARE(f.shownIds().first(), 5000);
        // Reversing the order keeps ties in the table's order and stays sorted.
        f.proxy.sort(Model::UrlColumn, Qt::AscendingOrder);
        verifySortedBy(f, Model::UrlColumn, Qt::AscendingOrder);
        QCOMPARE(f.shownIds().last(), 5000);
        // Unsorted: the table's order.
        f.proxy.sort(-1);
        QCOMPARE(f.proxy.sortedColumn(), -1);
        f.proxy.setQuickFilter(Proxy::All);
        for (int r = 0; r < f.proxy.rowCount(); ++r)
            QCOMPARE(f.proxy.mapToTable(f.proxy.index(r, 0)).row(), r);
    }

    void aSortOffTheGuiThreadKeepsTheFilteredRows()
    {
        // A table large enough for the sorting layer's worker thread, with a search and a quick
        // filter on: the rows let through stay the same when the new order arrives, the current
        // row follows its subscription, and a row that changed meanwhile is filtered anew.
        Fixture f;
        SubscriptionList list;
        for (int i = 1; i <= 12000; ++i)
            list << subscription(i, QStringLiteral("https://h%1.example/%2").arg((i * 7919) % 12000).arg(i % 7),
                                 QStringLiteral("D%1").arg(i % 10), i % 4 != 0);
        f.model.setSubscriptions(list);
        f.proxy.setSearchText(QStringLiteral("/3"));
        f.proxy.setQuickFilter(Proxy::Enabled);
        const auto expected = [&f] {
            QSet<qint64> ids;
            for (int r = 0; r < f.model.rowCount(); ++r) {
                const Subscription s = f.model.serverSubscriptionAt(r);
                if (f.model.isEnabledAt(r) && s.url.contains(QStringLiteral("/3")))
                    ids.insert(*s.id);
            }
            return ids;
        };
        const QList<qint64> before = f.shownIds();
        QCOMPARE(QSet<qint64>(before.begin(), before.end()), expected());
        const QPersistentModelIndex current = f.proxy.index(5, 0);
        const qint64 currentId = current.data(Model::IdRole).toLongLong();

        f.proxy.sort(Model::UrlColumn, Qt::DescendingOrder);
        QVERIFY(f.proxy.isSorting());
        QCOMPARE(f.shownIds(), before);  // the old order until the new one arrives
        f.model.setEnabledOptimistic(*f.model.serverSubscriptionAt(f.proxy.mapToTable(f.proxy.index(0, 0)).row()).id,
                                     false);  // leaves the Enabled filter meanwhile
        QTRY_VERIFY(!f.proxy.isSorting());
        const QList<qint64> after = f.shownIds();
        QCOMPARE(QSet<qint64>(after.begin(), after.end()), expected());
        QCOMPARE(after.size(), before.size() - 1);
        verifySortedBy(f, Model::UrlColumn, Qt::DescendingOrder);
        QVERIFY(current.isValid());
        QCOMPARE(current.data(Model::IdRole).toLongLong(), currentId);
    }

    void selectionFollowsItsRowThroughSortsAndFilters()
    {
        // Persistent indexes (what a view's selection and current row are) stay on their row
        // across sorting, reversing, appends that move rows, and keystrokes.
        Fixture f;
        f.model.setSubscriptions(sample());
        f.proxy.sort(Model::UrlColumn, Qt::AscendingOrder);
        const QPersistentModelIndex held(f.proxy.mapFromTable(f.model.indexForId(3, Model::UrlColumn)));
        QVERIFY(held.isValid());
        auto heldId = [&held] { return held.data(Model::IdRole).toLongLong(); };
        f.proxy.sort(Model::UrlColumn, Qt::DescendingOrder);
        QCOMPARE(heldId(), 3);
        f.proxy.sort(Model::IdColumn, Qt::DescendingOrder);
        QCOMPARE(heldId(), 3);
        SubscriptionList more;
        for (int i = 20; i < 40; ++i)
            more << subscription(i, QStringLiteral("https://m%1.example/").arg(i), std::nullopt, true);
        f.model.appendBatch(more);
        QCOMPARE(heldId(), 3);
        QCOMPARE(f.proxy.index(0, 0).data(Model::IdRole).toLongLong(), 39);
        f.proxy.setSearchText(QStringLiteral("acme"));
        QVERIFY(held.isValid());
        QCOMPARE(heldId(), 3);
        f.model.setEnabledOptimistic(3, false);  // moves under a sort by Enabled
        f.proxy.sort(Model::EnabledColumn, Qt::DescendingOrder);
        QCOMPARE(heldId(), 3);
        QVERIFY(f.model.remove(1));
        QCOMPARE(heldId(), 3);
    }

    void givesUpSoonShowsTheSoonestFirst()
    {
        FakeClock clock;
        clock.setUtcStart(utc(27, 12));
        Model model(&clock);
        Proxy proxy;
        proxy.setSourceModel(&model);
        new QAbstractItemModelTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal, &proxy);
        SubscriptionList list = ids({1, 2, 3, 4});
        const auto givesUpAt = [](Subscription &s, const QDateTime &at, int pending) {
            s.health = DeliverySummary{};
            s.health->failingSince = utc(25, 12);
            s.health->pendingRetries = pending;
            s.health->givesUpAt = at;
        };
        givesUpAt(list[0], utc(27, 17), 1);  // in 5 hours
        givesUpAt(list[1], utc(28, 12), 9);  // in a day: not soon
        givesUpAt(list[2], utc(27, 13), 1);  // in an hour
        list[3].health = DeliverySummary{};
        model.setSubscriptions(list);
        const auto shown = [&proxy] {
            QList<qint64> out;
            for (int r = 0; r < proxy.rowCount(); ++r)
                out << proxy.index(r, 0).data(Model::IdRole).toLongLong();
            return out;
        };
        proxy.setQuickFilter(Proxy::GivesUpSoon);
        proxy.sort(Model::HealthColumn, Qt::DescendingOrder);
        QCOMPARE(shown(), (QList<qint64>{3, 1}));
        // Time moves on (the Health column repaints): the third enters the window.
        clock.advance(19LL * 3600 * 1000);
        QCOMPARE(shown(), (QList<qint64>{3, 1, 2}));
        proxy.setQuickFilter(Proxy::Failing);
        QCOMPARE(proxy.rowCount(), 3);
    }

    void worksOverAGenericSource()
    {
        // Any model with the same roles works through the role path.
        QStandardItemModel source(0, 2);
        auto add = [&source](const QString &text, bool enabled) {
            auto *item = new QStandardItem(text);
            item->setData(text.toLower(), Model::SearchTextRole);
            item->setData(enabled, Model::EnabledRole);
            item->setData(text, Model::SortRole);
            source.appendRow({item, new QStandardItem()});
        };
        add(QStringLiteral("Bravo"), true);
        add(QStringLiteral("alpha"), false);
        Proxy proxy;
        new QAbstractItemModelTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal, &proxy);
        proxy.setSourceModel(&source);
        proxy.setSearchText(QStringLiteral("ALP"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QString());
        proxy.setQuickFilter(Proxy::Enabled);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setQuickFilter(Proxy::All);
        proxy.sort(0);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("alpha"));
        // Switching to a SubscriptionTableModel source takes the fast path.
        Model model;
        model.setSubscriptions(sample());
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), 5);
        proxy.setSourceModel(nullptr);
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_MAIN(TestSubscriptionFilterProxyModel)
#include "tst_subscriptionfilterproxymodel.moc"
