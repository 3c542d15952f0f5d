// The subscriptions list keeps itself current: a window against a real webhook-sandbox, its time on
// a FakeClock. Advancing the clock makes a reload due and the schedule asks at once
// (Clock::advanced), so whether a load started is checked right after the advance, exactly; the
// answers themselves are awaited with QTRY_* on observable state.

#include "kit/FailingEndpoint.h"
#include "kit/DetailsPaneParts.h"
#include "kit/FakeClock.h"
#include "kit/LiveConsole.h"
#include "kit/MainWindowParts.h"
#include "kit/SandboxProcess.h"
#include "kit/ServerCalls.h"

#include "api/ApiClient.h"
#include "api/RequestQueue.h"
#include "ui/ListRefreshSchedule.h"
#include "ui/RefreshMenu.h"

#include "kit/SandboxHttp.h"

#include <QAbstractItemModelTester>
#include <QStatusBar>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace MainWindowParts;
using namespace DetailsPaneParts;

namespace {
constexpr int kWait = 30'000;
constexpr qint64 kIntervalMs = ListRefreshSchedule::defaultIntervalSeconds * 1000;
const QString kListBucket = QStringLiteral("GET /api/v1/webhooks/");
}  // namespace

class TstAutoRefresh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void newSubscriptionAppearsOnTheBulkLane();
    void noLoadWhileABulkJobRuns();
    void unsavedDescriptionSurvives();
    void offMeansNoLoad();
    void errorBacksOffAndSaysSo();
    void changesMadeElsewhereAreMarked();
    void oneListRequestPerIntervalByTheServersCount();

private:
    std::unique_ptr<MainWindow> makeWindow();
    void connectWindow(MainWindow &w);
    bool advanceUntilLoaded(const MainWindow &w, int loadCount);
    ListRefreshSchedule *schedule(const MainWindow &w) { return subscriptionList(w)->refreshSchedule(); }
    QString updatedText(const MainWindow &w) { return part<QLabel>(w, QStringLiteral("subscriptionsUpdated"))->text(); }

    LiveConsole m_live;  // the helper session is another client, on the system clock
    std::unique_ptr<FakeClock> m_clock;
};

void TstAutoRefresh::init()
{
    // Private targets: a delivery to a closed port on this machine fails at once.
    const QString problem = m_live.start(
        {QStringLiteral("--rate-window"), QStringLiteral("1s"), QStringLiteral("--allow-private-targets")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_clock = std::make_unique<FakeClock>();
}

void TstAutoRefresh::cleanup()
{
    m_live.stop();
}

std::unique_ptr<MainWindow> TstAutoRefresh::makeWindow()
{
    return m_live.makeWindow([](QWidget *, const QString &, const QString &, const QString &) { return true; },
                             m_clock.get());
}

void TstAutoRefresh::connectWindow(MainWindow &w)
{
    QVERIFY(m_live.connect(w));
    QVERIFY(!subscriptionList(w)->isLoading());
}

// Moves the fake clock on in steps (the queue's retries wait on it) until the list has had more
// than loadCount answers, and not a step further, so the schedule's times can be checked exactly.
bool TstAutoRefresh::advanceUntilLoaded(const MainWindow &w, int loadCount)
{
    for (int i = 0; i < 1000; ++i) {
        if (subscriptionList(w)->loadCount() > loadCount)
            return true;
        m_clock->advance(500);
        QTest::qWait(20);
    }
    return subscriptionList(w)->loadCount() > loadCount;
}

void TstAutoRefresh::newSubscriptionAppearsOnTheBulkLane()
{
    auto w = makeWindow();
    connectWindow(*w);
    QCOMPARE(subscriptionModel(*w)->rowCount(), 0);
    QSignalSpy sent(session(*w)->queue(), &RequestQueue::requestSent);
    const auto id = ServerCalls::create(m_live.helper->client(), QStringLiteral("https://hooks.example.com/other"));
    QVERIFY(id);

    // Not a millisecond before the interval, then at once.
    m_clock->advance(kIntervalMs - 1);
    QVERIFY(!subscriptionList(*w)->isLoading());
    const int before = subscriptionList(*w)->loadCount();
    m_clock->advance(1);
    QVERIFY(subscriptionList(*w)->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(subscriptionList(*w)->loadCount() > before, kWait);
    QVERIFY(subscriptionModel(*w)->rowForId(*id) >= 0);
    QList<RequestLane> lanes;
    for (const QList<QVariant> &args : std::as_const(sent)) {
        if (args.at(0).toString() == kListBucket)
            lanes << args.at(1).value<RequestLane>();
    }
    QCOMPARE(lanes.size(), 1);
    QVERIFY(lanes.constFirst() == RequestLane::Bulk);
    QVERIFY2(updatedText(*w).startsWith(QStringLiteral("Updated 0 s ago")), qPrintable(updatedText(*w)));
    m_clock->advance(12'000);
    QCOMPARE(updatedText(*w), QStringLiteral("Updated 12 s ago"));
    QVERIFY(!part<QLabel>(*w, QStringLiteral("subscriptionsUpdated"))->toolTip().isEmpty());

    // A click stays on the interactive lane.
    sent.clear();
    const int beforeClick = subscriptionList(*w)->loadCount();
    action(*w, QStringLiteral("actionRefresh"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(subscriptionList(*w)->loadCount() > beforeClick, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!sent.isEmpty(), kWait);
    bool interactive = false;
    for (const QList<QVariant> &args : std::as_const(sent))
        interactive |=
            args.at(0).toString() == kListBucket && args.at(1).value<RequestLane>() == RequestLane::Interactive;
    QVERIFY(interactive);
}

void TstAutoRefresh::noLoadWhileABulkJobRuns()
{
    QStringList urls, descriptions;
    for (int i = 0; i < 80; ++i) {
        urls << QStringLiteral("https://hooks.example.com/bulk/%1").arg(i);
        descriptions << QStringLiteral("Bulk %1").arg(i);
    }
    QCOMPARE(ServerCalls::createMany(m_live.helper->client(), urls, descriptions).size(), 80);
    auto w = makeWindow();
    connectWindow(*w);
    // On the fake clock the job stops at the rate window until time moves on.
    action(*w, QStringLiteral("actionBulkDisable"))->trigger();
    QVERIFY(subscriptionList(*w)->isBulkRunning());
    const int before = subscriptionList(*w)->loadCount();
    m_clock->advance(kIntervalMs);
    QVERIFY(!subscriptionList(*w)->isLoading());
    QCOMPARE(subscriptionList(*w)->loadCount(), before);
    // Once the job is done, the next tick loads.
    QTRY_VERIFY_WITH_TIMEOUT((m_clock->advance(1000), !subscriptionList(*w)->isBulkRunning()), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(subscriptionList(*w)->loadCount() > before, kWait);
}

void TstAutoRefresh::unsavedDescriptionSurvives()
{
    const auto a = ServerCalls::create(m_live.helper->client(), QStringLiteral("https://hooks.example.com/r1"),
                                       QStringLiteral("One"));
    QVERIFY(a);
    auto w = makeWindow();
    connectWindow(*w);
    subscriptionList(*w)->selectIds({*a});
    DetailsPane *details = detailsPane(*w);
    QTRY_COMPARE_WITH_TIMEOUT(descriptionEdit(*details)->toPlainText(), QStringLiteral("One"), kWait);
    descriptionEdit(*details)->setPlainText(QStringLiteral("Unsaved words"));
    // Someone else moves the URL on the server meanwhile.
    SubscriptionPatch other;
    other.url = QStringLiteral("https://hooks.example.com/r1-moved");
    QVERIFY(ServerCalls::await<Subscription>([&](auto done) {
        m_live.helper->client()->updateSubscription(*a, other, RequestLane::Interactive, nullptr, done);
    }));

    const int before = subscriptionList(*w)->loadCount();
    m_clock->advance(kIntervalMs);
    QVERIFY(subscriptionList(*w)->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(subscriptionList(*w)->loadCount() > before, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(urlEdit(*details)->text(), QStringLiteral("https://hooks.example.com/r1-moved"), kWait);
    QCOMPARE(descriptionEdit(*details)->toPlainText(), QStringLiteral("Unsaved words"));
    QVERIFY(details->isDirty());
}

void TstAutoRefresh::offMeansNoLoad()
{
    auto w = makeWindow();
    connectWindow(*w);
    action(*w, QStringLiteral("actionRefreshEvery0"))->trigger();
    QCOMPARE(m_live.env->settings.value(RefreshMenu::settingsKey()).toInt(), 0);
    QCOMPARE(schedule(*w)->nextDueMs(), -1);
    const int before = subscriptionList(*w)->loadCount();
    m_clock->advance(60 * kIntervalMs);
    QVERIFY(!subscriptionList(*w)->isLoading());
    QCOMPARE(subscriptionList(*w)->loadCount(), before);

    // Every 30 seconds: due 30 s after the last load, which is long past.
    action(*w, QStringLiteral("actionRefreshEvery30"))->trigger();
    QCOMPARE(m_live.env->settings.value(RefreshMenu::settingsKey()).toInt(), 30);
    QVERIFY(subscriptionList(*w)->isLoading());

    // A new window reads the saved choice.
    QTRY_VERIFY_WITH_TIMEOUT(!subscriptionList(*w)->isLoading(), kWait);
    w.reset();
    auto again = makeWindow();
    QCOMPARE(schedule(*again)->intervalSeconds(), 30);
    QVERIFY(action(*again, QStringLiteral("actionRefreshEvery30"))->isChecked());
}

void TstAutoRefresh::errorBacksOffAndSaysSo()
{
    auto w = makeWindow();
    connectWindow(*w);
    m_live.sandbox->stop();
    const int before = subscriptionList(*w)->loadCount();
    m_clock->advance(kIntervalMs);
    QVERIFY(subscriptionList(*w)->isLoading());
    // The queue retries on the fake clock: move it on until the load gives up, then no further.
    QVERIFY(advanceUntilLoaded(*w, before));
    QCOMPARE(schedule(*w)->failures(), 1);
    QVERIFY(!schedule(*w)->lastError().isEmpty());
    // Twice the interval after the failure; the bar says so in plain words.
    const qint64 due = schedule(*w)->nextDueMs();
    QCOMPARE(due - m_clock->monotonicMs(), 2 * kIntervalMs);
    QVERIFY2(updatedText(*w).startsWith(QStringLiteral("Could not update. Next try in 2 minutes")),
             qPrintable(updatedText(*w)));
    QVERIFY(part<QLabel>(*w, QStringLiteral("subscriptionsUpdated"))->toolTip().contains(schedule(*w)->lastError()));
    m_clock->advance(due - m_clock->monotonicMs() - 1);
    QVERIFY(!subscriptionList(*w)->isLoading());
    m_clock->advance(1);
    QVERIFY(subscriptionList(*w)->isLoading());
    QVERIFY(advanceUntilLoaded(*w, before + 1));
    QCOMPARE(schedule(*w)->failures(), 2);
    QCOMPARE(schedule(*w)->nextDueMs() - m_clock->monotonicMs(), 4 * kIntervalMs);

    // Back again: a success ends the back-off.
    QVERIFY2(m_live.sandbox->restart({QStringLiteral("--rate-window"), QStringLiteral("1s")}),
             qPrintable(m_live.sandbox->standardError()));
    QVERIFY(session(*w)->client()->setServer(m_live.sandbox->baseUrl(), m_live.sandbox->apiKey()));
    m_clock->advance(4 * kIntervalMs);
    QVERIFY(advanceUntilLoaded(*w, before + 2));
    QCOMPARE(schedule(*w)->failures(), 0);
    QVERIFY(schedule(*w)->lastError().isEmpty());
    QCOMPARE(schedule(*w)->nextDueMs() - m_clock->monotonicMs(), kIntervalMs);
    QVERIFY2(updatedText(*w).startsWith(QStringLiteral("Updated ")), qPrintable(updatedText(*w)));
}

void TstAutoRefresh::changesMadeElsewhereAreMarked()
{
    const auto breaking =
        ServerCalls::create(m_live.helper->client(), FailingEndpoint::refusedUrl(), QStringLiteral("Breaks soon"));
    const auto steady =
        ServerCalls::create(m_live.helper->client(), QStringLiteral("https://hooks.example.com/steady"));
    QVERIFY(breaking && steady);
    auto w = makeWindow();
    connectWindow(*w);
    subscriptionList(*w)->selectIds({*steady});
    QCOMPARE(subscriptionList(*w)->currentId(), steady);
    QVERIFY(subscriptionModel(*w)->indexForId(*breaking).data(SubscriptionTableModel::ChangeRole).toString().isEmpty());

    // Elsewhere: a delivery to the closed port fails, and a colleague disables the other one.
    SandboxHttp http(m_live.sandbox->baseUrl());
    const QByteArray key = m_live.sandbox->apiKey();
    QCOMPARE(http.post(QStringLiteral("/api/v1/webhooks/%1/test").arg(*breaking), key, "{}").status, 202);
    QCOMPARE(http.patch(QStringLiteral("/api/v1/webhooks/%1").arg(*steady), key, R"({"enabled":false})").status, 200);
    QVERIFY(FailingEndpoint::waitUntil(*m_live.sandbox, *breaking, true));

    const int before = subscriptionList(*w)->loadCount();
    m_clock->advance(kIntervalMs);
    QTRY_VERIFY_WITH_TIMEOUT(subscriptionList(*w)->loadCount() > before, kWait);
    const auto change = [&](qint64 id) {
        return subscriptionModel(*w)->indexForId(id).data(SubscriptionTableModel::ChangeRole).toString();
    };
    QVERIFY2(change(*breaking).startsWith(QStringLiteral("Started failing")), qPrintable(change(*breaking)));
    QVERIFY2(change(*steady).startsWith(QStringLiteral("Disabled elsewhere")), qPrintable(change(*steady)));
    const QString status = w->statusBar()->currentMessage();
    QVERIFY2(status.contains(QStringLiteral("1 started failing")), qPrintable(status));
    // The selection stays where it was.
    QCOMPARE(subscriptionList(*w)->currentId(), steady);

    // Shown for a while, then gone.
    m_clock->advance(RowChangeMarks::defaultHoldSeconds * 1000);
    QVERIFY(change(*breaking).isEmpty());
    QVERIFY(!subscriptionModel(*w)->indexForId(*steady).data(Qt::BackgroundRole).isValid());
}

// Counted by the server, not by the client: over five intervals the list is asked for five times,
// one request a minute (2% of the endpoint's 50), and never early.
void TstAutoRefresh::oneListRequestPerIntervalByTheServersCount()
{
    auto w = makeWindow();
    connectWindow(*w);
    const QByteArray list("GET /api/v1/webhooks/ ");
    const QByteArray marker("GET /api/v1/webhooks/types ");
    QByteArray log = m_live.sandbox->process()->readAllStandardError();
    const qsizetype listBefore = log.count(list);
    constexpr int kIntervals = 5;
    for (int i = 0; i < kIntervals; ++i) {
        const int before = subscriptionList(*w)->loadCount();
        m_clock->advance(kIntervalMs - 1);
        QVERIFY(!subscriptionList(*w)->isLoading());
        m_clock->advance(1);
        QTRY_VERIFY_WITH_TIMEOUT(subscriptionList(*w)->loadCount() > before, kWait);
    }
    // A request of another endpoint, answered after everything before it, ends the count.
    SandboxHttp http(m_live.sandbox->baseUrl());
    QCOMPARE(http.get(QStringLiteral("/api/v1/webhooks/types"), m_live.sandbox->apiKey()).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT((log += m_live.sandbox->process()->readAllStandardError()).contains(marker), kWait);
    QCOMPARE(log.count(list) - listBefore, qsizetype(kIntervals));
}

QTEST_MAIN(TstAutoRefresh)
#include "tst_autorefresh.moc"
