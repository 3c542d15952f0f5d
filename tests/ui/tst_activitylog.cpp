// The Activity tab and the details pane's Activity tab: the changes made from this window, as the
// journal keeps them, against a real webhook-sandbox. Each row says who, what changed from what to
// what, and how it ended.

#include "kit/DetailsPaneParts.h"
#include "kit/LiveConsole.h"
#include "kit/MainWindowParts.h"
#include "kit/ServerCalls.h"

#include "journal/JournalCodec.h"
#include "journal/JournalEntry.h"
#include "journal/WriteJournal.h"
#include "models/ActivityTableModel.h"
#include "ui/ActivityFeed.h"
#include "ui/ActivityWidget.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using namespace MainWindowParts;
using namespace DetailsPaneParts;

namespace {
constexpr int kWait = 30'000;

ActivityWidget *activityList(const MainWindow &w)
{
    return Parts::part<ActivityWidget>(w, QStringLiteral("activityList"));
}

ActivityWidget *subscriptionActivity(const MainWindow &w)
{
    return Parts::part<ActivityWidget>(w, QStringLiteral("subscriptionActivity"));
}

// The shown rows of an activity view, newest first, as "kind|subscription|change|result".
QStringList shownRows(const ActivityWidget &view)
{
    const QAbstractItemModel *m = view.table()->model();
    QStringList out;
    for (int row = 0; row < m->rowCount(); ++row) {
        QStringList cells;
        for (int column : {ActivityTableModel::KindColumn, ActivityTableModel::SubscriptionColumn,
                           ActivityTableModel::ChangeColumn, ActivityTableModel::ResultColumn})
            cells << m->index(row, column).data().toString();
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}
}  // namespace

class TstActivityLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void changesAreListedWithBeforeAfterAndResult();
    void detailsShowOneSubscriptionsChanges();
    void bulkJobItemsEachHaveARow();
    void keepDaysIsStoredInTheJournal();
    void aLongLogIsReadInSlices();

private:
    std::unique_ptr<MainWindow> openWindow();
    qint64 create(const QString &url, const QString &description);

    LiveConsole m_live;
};

void TstActivityLog::init()
{
    const QString problem = m_live.start({QStringLiteral("--rate-window"), QStringLiteral("1s")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TstActivityLog::cleanup()
{
    m_live.stop();
}

std::unique_ptr<MainWindow> TstActivityLog::openWindow()
{
    auto w = m_live.makeWindow([](QWidget *, const QString &, const QString &, const QString &) { return true; });
    if (!m_live.connect(*w))
        return nullptr;
    new QAbstractItemModelTester(activityList(*w)->table()->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, w.get());
    new QAbstractItemModelTester(subscriptionActivity(*w)->table()->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, w.get());
    return w;
}

qint64 TstActivityLog::create(const QString &url, const QString &description)
{
    return ServerCalls::create(m_live.helper->client(), url, description).value_or(-1);
}

void TstActivityLog::changesAreListedWithBeforeAfterAndResult()
{
    const qint64 kept = create(QStringLiteral("https://hooks.example.com/kept"), QStringLiteral("Kept"));
    const qint64 gone = create(QStringLiteral("https://hooks.example.com/gone"), QStringLiteral("Gone"));
    const qint64 vanishing = create(QStringLiteral("https://hooks.example.com/vanishing"), QStringLiteral("V"));
    auto w = openWindow();
    QVERIFY(w);
    SubscriptionTableModel *model = subscriptionModel(*w);

    // A toggle, a delete, and a toggle of a subscription someone else deleted meanwhile (404).
    subscriptionList(*w)->selectIds({kept});
    action(*w, QStringLiteral("actionToggle"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isPending(model->rowForId(kept)), kWait);
    subscriptionList(*w)->selectIds({gone});
    action(*w, QStringLiteral("actionDelete"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowForId(gone), -1, kWait);
    QVERIFY(ServerCalls::await<Empty>([&](auto done) {
        return m_live.helper->client()->deleteSubscription(vanishing, RequestLane::Interactive, this, done);
    }));
    subscriptionList(*w)->selectIds({vanishing});
    QSignalSpy settled(toggler(*w), &EnabledToggler::settled);
    action(*w, QStringLiteral("actionToggle"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 1, kWait);

    // View > Activity shows them, newest first.
    action(*w, QStringLiteral("actionShowActivity"))->trigger();
    ActivityWidget *activity = activityList(*w);
    QVERIFY(activity->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(activity->visibleRowCount(), 3, kWait);
    const QStringList rows = shownRows(*activity);
    QVERIFY2(rows.at(0).startsWith(QStringLiteral("Disable|%1|enabled: on → off|Failed: ").arg(vanishing)),
             qPrintable(rows.at(0)));
    QVERIFY2(rows.at(1).startsWith(QStringLiteral("Delete|%1|url: https://hooks.example.com/gone → (deleted); "
                                                  "description: Gone → (deleted); enabled: on → (deleted)")
                                       .arg(gone)),
             qPrintable(rows.at(1)));
    QVERIFY2(rows.at(1).endsWith(QStringLiteral("|Confirmed")), qPrintable(rows.at(1)));
    QCOMPARE(rows.at(2), QStringLiteral("Disable|%1|enabled: on → off|Confirmed").arg(kept));
    const QModelIndex user = activity->table()->model()->index(0, ActivityTableModel::UserColumn);
    QCOMPARE(user.data().toString(), JournalOrigin::currentOsUser());
    QVERIFY(user.data(Qt::ToolTipRole).toString().contains(m_live.sandbox->baseUrl().host()));

    // More changes while it is shown arrive by themselves.
    subscriptionList(*w)->selectIds({kept});
    action(*w, QStringLiteral("actionToggle"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(activity->visibleRowCount(), 4, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(shownRows(*activity).at(0),
                              QStringLiteral("Enable|%1|enabled: off → on|Confirmed").arg(kept), kWait);

    // The search box finds by URL, time and id; a double-click shows the subscription.
    QTest::keyClicks(activity->findChild<QLineEdit *>(QStringLiteral("activitySearchEdit")), QStringLiteral("/gone"));
    QCOMPARE(activity->visibleRowCount(), 1);
    // The ISO date finds them whatever the locale shows.
    activity->findChild<QLineEdit *>(QStringLiteral("activitySearchEdit"))
        ->setText(QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));
    QCOMPARE(activity->visibleRowCount(), 4);
    activity->findChild<QLineEdit *>(QStringLiteral("activitySearchEdit"))->setText(QStringLiteral("/kept"));
    QCOMPARE(activity->visibleRowCount(), 2);
    // A number is a subscription id: exactly its changes, not every time with that digit in it.
    activity->findChild<QLineEdit *>(QStringLiteral("activitySearchEdit"))->setText(QString::number(kept));
    QCOMPARE(activity->visibleRowCount(), 2);
    Q_EMIT activity->table()->activated(activity->table()->model()->index(0, 0));
    QVERIFY(subscriptionView(*w)->isVisible());
    QCOMPARE(subscriptionList(*w)->currentId(), std::optional<qint64>(kept));
}

void TstActivityLog::detailsShowOneSubscriptionsChanges()
{
    const qint64 a = create(QStringLiteral("https://hooks.example.com/a"), QStringLiteral("Old words"));
    const qint64 b = create(QStringLiteral("https://hooks.example.com/b"), QStringLiteral("B"));
    auto w = openWindow();
    QVERIFY(w);
    SubscriptionTableModel *model = subscriptionModel(*w);
    subscriptionList(*w)->selectIds({b});
    action(*w, QStringLiteral("actionToggle"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isPending(model->rowForId(b)), kWait);

    // An edit in the details pane: the before is what the row showed.
    subscriptionList(*w)->selectIds({a});
    DetailsPane *details = detailsPane(*w);
    QTRY_COMPARE_WITH_TIMEOUT(descriptionEdit(*details)->toPlainText(), QStringLiteral("Old words"), kWait);
    descriptionEdit(*details)->setPlainText(QStringLiteral("New words"));
    QSignalSpy saved(details, &DetailsPane::saved);
    action(*w, QStringLiteral("actionSave"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, kWait);

    ActivityWidget *one = subscriptionActivity(*w);
    details->tabs()->setCurrentWidget(one);
    QTRY_COMPARE_WITH_TIMEOUT(one->visibleRowCount(), 1, kWait);
    QCOMPARE(shownRows(*one).at(0), QStringLiteral("Edit|%1|description: Old words → New words|Confirmed").arg(a));
    subscriptionList(*w)->selectIds({b});
    QCOMPARE(one->visibleRowCount(), 1);
    QVERIFY(shownRows(*one).at(0).startsWith(QStringLiteral("Disable|%1|").arg(b)));
}

void TstActivityLog::bulkJobItemsEachHaveARow()
{
    const qint64 on = create(QStringLiteral("https://hooks.example.com/bulk-on"), QStringLiteral("On"));
    const qint64 off = create(QStringLiteral("https://hooks.example.com/bulk-off"), QStringLiteral("Off"));
    SubscriptionPatch disable;
    disable.enabled = false;
    QVERIFY(ServerCalls::await<Subscription>([&](auto done) {
        return m_live.helper->client()->updateSubscription(off, disable, RequestLane::Interactive, this, done);
    }));
    auto w = openWindow();
    QVERIFY(w);
    // Disable every subscription the list shows: one bulk job of two items.
    action(*w, QStringLiteral("actionBulkDisable"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!bulkRunner(*w)->isRunning(), kWait);
    action(*w, QStringLiteral("actionShowActivity"))->trigger();
    ActivityWidget *activity = activityList(*w);
    QTRY_COMPARE_WITH_TIMEOUT(activity->visibleRowCount(), 2, kWait);
    QStringList rows = shownRows(*activity);
    rows.sort();
    // The before of each item is its own row's: one was on, the other already off.
    QCOMPARE(rows,
             (QStringList{QStringLiteral("Disable|%1|enabled: on → off|Confirmed").arg(on),
                          QStringLiteral("Disable|%1|enabled: off → off|Confirmed").arg(off)}));
}

void TstActivityLog::keepDaysIsStoredInTheJournal()
{
    auto w = openWindow();
    QVERIFY(w);
    action(*w, QStringLiteral("actionShowActivity"))->trigger();
    auto *keep = activityList(*w)->findChild<QSpinBox *>(QStringLiteral("activityKeepDays"));
    QVERIFY(keep);
    QCOMPARE(keep->value(), 90);
    keep->setValue(30);
    QCOMPARE(session(*w)->journal()->keepDays().value(), 30);
    // A second window on the same journal shows the stored value.
    w.reset();
    auto again = openWindow();
    QVERIFY(again);
    QCOMPARE(activityList(*again)->findChild<QSpinBox *>(QStringLiteral("activityKeepDays"))->value(), 30);
}

void TstActivityLog::aLongLogIsReadInSlices()
{
    auto w = openWindow();
    QVERIFY(w);
    // More changes than one slice (written straight into the journal: what matters is reading).
    WriteJournal *journal = session(*w)->journal();
    QList<JournalWrite> writes;
    for (int i = 0; i < ActivityFeed::kSliceRows * 2 + 17; ++i)
        writes << JournalCodec::toggle(1000 + i, i % 2 == 0);
    const auto seqs = journal->recordBatch(writes);
    QVERIFY(seqs);
    QVERIFY(journal->markSentBatch(*seqs));
    for (qint64 seq : *seqs)
        QVERIFY(journal->markDone(seq));
    action(*w, QStringLiteral("actionShowActivity"))->trigger();
    ActivityWidget *activity = activityList(*w);
    // The newest slice first, the older ones on the next turns; the newest stays on top.
    QTRY_COMPARE_WITH_TIMEOUT(activity->visibleRowCount(), int(writes.size()), kWait);
    QCOMPARE(shownRows(*activity).first(),
             QStringLiteral("Enable|%1|enabled: ? → on|Confirmed").arg(1000 + writes.size() - 1));
    QCOMPARE(shownRows(*activity).last(), QStringLiteral("Enable|1000|enabled: ? → on|Confirmed"));
}

QTEST_MAIN(TstActivityLog)
#include "tst_activitylog.moc"
