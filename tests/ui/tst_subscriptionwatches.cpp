// The set of watched subscriptions: toggling, keeping it per connection in the settings across a
// new instance (as a new window makes one), forgetting ids the server no longer lists, and
// watching every failing subscription; the table model shows the set as stars.

#include "models/SubscriptionTableModel.h"
#include "ui/SubscriptionWatches.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

Subscription subscription(qint64 id, bool failing = false)
{
    Subscription s;
    s.id = id;
    s.url = QStringLiteral("https://hooks.example.com/%1").arg(id);
    s.enabled = true;
    s.createdAt = QDateTime(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC);
    DeliverySummary health;
    if (failing)
        health.failingSince = QDateTime(QDate(2025, 1, 2), QTime(14, 2), Qt::UTC);
    s.health = health;
    return s;
}

QSet<qint64> set(std::initializer_list<qint64> ids)
{
    return QSet<qint64>(ids);
}

}  // namespace

class TstSubscriptionWatches : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void toggleWatchesOrUnwatches();
    void keptPerConnectionAcrossInstances();
    void vanishedIdsAreDropped();
    void watchFailingAddsOnlyFailing();
    void watchAllAndWhetherAnyWereKept();
    void modelShowsTheStars();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TstSubscriptionWatches::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
}

void TstSubscriptionWatches::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

void TstSubscriptionWatches::toggleWatchesOrUnwatches()
{
    SubscriptionWatches watches(m_settings.get());
    watches.setConnection(QStringLiteral("support"));
    QSignalSpy changed(&watches, &SubscriptionWatches::changed);
    watches.toggle({1});
    QCOMPARE(watches.ids(), set({1}));
    // Some of the selection unwatched: all become watched.
    watches.toggle({1, 2});
    QCOMPARE(watches.ids(), set({1, 2}));
    // All watched: none stays.
    watches.toggle({1, 2});
    QVERIFY(watches.ids().isEmpty());
    QCOMPARE(changed.size(), 3);
    QCOMPARE(changed.last().at(0).value<QSet<qint64>>(), QSet<qint64>());
}

void TstSubscriptionWatches::keptPerConnectionAcrossInstances()
{
    const QString odd = QStringLiteral("team/eu west");  // a "/" must not make a settings group
    {
        SubscriptionWatches watches(m_settings.get());
        watches.setConnection(QStringLiteral("support"));
        watches.watch({12, 7});
        watches.setConnection(odd);
        QVERIFY(watches.ids().isEmpty());
        watches.watch({3});
    }
    m_settings->sync();
    QSettings reread(m_dir->filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    SubscriptionWatches later(&reread);
    QSignalSpy changed(&later, &SubscriptionWatches::changed);
    later.setConnection(QStringLiteral("support"));
    QCOMPARE(later.ids(), set({7, 12}));
    QCOMPARE(changed.size(), 1);
    later.setConnection(odd);
    QCOMPARE(later.ids(), set({3}));
    later.setConnection(QStringLiteral("other"));
    QVERIFY(later.ids().isEmpty());
    // Without a connection nothing is watched or stored.
    later.setConnection(QString());
    later.watch({5});
    QVERIFY(later.ids().isEmpty());
}

void TstSubscriptionWatches::vanishedIdsAreDropped()
{
    SubscriptionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSubscriptions(SubscriptionList{subscription(1), subscription(2)});
    SubscriptionWatches watches(m_settings.get());
    watches.setConnection(QStringLiteral("support"));
    watches.watch({1, 2, 3});
    watches.dropVanished(model);
    QCOMPARE(watches.ids(), set({1, 2}));
    model.setSubscriptions(SubscriptionList{subscription(2)});
    watches.dropVanished(model);
    QCOMPARE(watches.ids(), set({2}));
    SubscriptionWatches again(m_settings.get());
    again.setConnection(QStringLiteral("support"));
    QCOMPARE(again.ids(), set({2}));
}

void TstSubscriptionWatches::watchFailingAddsOnlyFailing()
{
    SubscriptionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSubscriptions(
        SubscriptionList{subscription(1, true), subscription(2), subscription(3, true), subscription(4, true)});
    SubscriptionWatches watches(m_settings.get());
    watches.setConnection(QStringLiteral("support"));
    watches.watch({3, 2});
    QCOMPARE(watches.watchFailing(model), 2);
    QCOMPARE(watches.ids(), set({1, 2, 3, 4}));
    QCOMPARE(watches.watchFailing(model), 0);
}

void TstSubscriptionWatches::watchAllAndWhetherAnyWereKept()
{
    SubscriptionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSubscriptions(SubscriptionList{subscription(1, true), subscription(2)});
    SubscriptionWatches watches(m_settings.get());
    watches.setConnection(QStringLiteral("demo"));
    QVERIFY(!watches.hasStoredWatches());
    QCOMPARE(watches.watchAll(model), 2);
    QCOMPARE(watches.ids(), set({1, 2}));
    QVERIFY(watches.hasStoredWatches());
    // Unwatching everything is a choice that is kept too: an empty set is still stored.
    watches.unwatch({1, 2});
    SubscriptionWatches again(m_settings.get());
    again.setConnection(QStringLiteral("demo"));
    QVERIFY(again.hasStoredWatches());
    QVERIFY(again.ids().isEmpty());
}

void TstSubscriptionWatches::modelShowsTheStars()
{
    SubscriptionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSubscriptions(SubscriptionList{subscription(1), subscription(2)});
    SubscriptionWatches watches(m_settings.get());
    connect(&watches, &SubscriptionWatches::changed, &model, &SubscriptionTableModel::setWatchedIds);
    watches.setConnection(QStringLiteral("support"));
    QSignalSpy repainted(&model, &QAbstractItemModel::dataChanged);
    watches.toggle({2});
    QCOMPARE(repainted.size(), 1);  // only the row whose star changed
    const auto star = [&](qint64 id, int role) {
        return model.indexForId(id, SubscriptionTableModel::WatchColumn).data(role);
    };
    QCOMPARE(star(2, SubscriptionTableModel::WatchedRole).toBool(), true);
    QCOMPARE(star(1, SubscriptionTableModel::WatchedRole).toBool(), false);
    QCOMPARE(star(2, Qt::DisplayRole).toString(), QStringLiteral("\u2605"));
    QCOMPARE(star(1, Qt::DisplayRole).toString(), QStringLiteral("\u2606"));
    QVERIFY(star(1, Qt::ToolTipRole).toString().startsWith(QStringLiteral("Click to watch")));
    QCOMPARE(star(2, Qt::AccessibleTextRole).toString(), QStringLiteral("Watched"));
    // Sorting by the star puts the watched last in ascending order.
    QVERIFY(model.compareRows(model.rowForId(1), model.rowForId(2), SubscriptionTableModel::WatchColumn) < 0);
}

QTEST_GUILESS_MAIN(TstSubscriptionWatches)
#include "tst_subscriptionwatches.moc"
