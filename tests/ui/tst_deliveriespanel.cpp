// DeliveriesPanel against the real webhook-sandbox on a compressed retry clock, delivering to a
// receiver in this test that fails (500) and later recovers (200): retrying with the right attempt
// count and next attempt, then delivered; a delivery that fails for the whole window ends failed
// with 49 attempts. Against a minimal server with only the documented endpoints (a fault the
// sandbox cannot produce) the calm note appears and the rest keeps working.
//
// The panel's feed (DeliveriesFeed, tested on its own in tst_deliveriesfeed) paces its refreshes
// on a FakeClock: the test advances it to make refreshes due; the request queue uses the system
// clock with the sandbox's compressed rate window. Widgets and the feed are found by object name
// (kit/DeliveriesPanelParts.h).

#include "kit/ScriptedHttpServer.h"
#include "kit/SandboxProcess.h"

#include "api/ApiClient.h"
#include "api/RequestQueue.h"
#include "kit/DeliveriesPanelParts.h"
#include "kit/FakeClock.h"
#include "common/SystemClock.h"
#include "models/DeliveryAttemptTableModel.h"
#include "models/DeliveryTableModel.h"
#include "ui/DeliveriesFeed.h"
#include "ui/DeliveriesPanel.h"
#include "ui/RetryTimelineWidget.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTest>

#include <atomic>
#include <memory>

namespace {
constexpr qint64 rateWindowMs = 5000;  // the sandbox keeps 50 requests per 5 s: fast tests, same rule

template<class T>
struct Box
{
    std::optional<ApiResult<T>> result;
    auto callback()
    {
        return [this](const ApiResult<T> &r) { result = r; };
    }
};

RateLimitPolicy compressedPolicy()
{
    RateLimitPolicy policy = RateLimitPolicy::documented();
    policy.setWindow(rateWindowMs);
    return policy;
}

// A webhook receiver whose answer the test switches (500 while "down", 200 when recovered).
struct Receiver
{
    std::shared_ptr<std::atomic<int>> status = std::make_shared<std::atomic<int>>(500);
    std::shared_ptr<std::atomic<int>> hits = std::make_shared<std::atomic<int>>(0);
    ScriptedHttpServer server{[status = status, hits = hits](const ScriptedHttpServer::Request &) {
        ++*hits;
        const int code = status->load();
        return ScriptedHttpServer::response(code,
                                            code == 200 ? "{\"ok\":true}" : "{\"error\":\"database unavailable\"}");
    }};
    QUrl url() const
    {
        QUrl u = server.url();
        u.setPath(QStringLiteral("/hooks"));
        return u;
    }
};

struct Rig
{
    Rig()
        : queue(&queueClock, compressedPolicy())
        , api(&nam, &queue)
    {
        panelClock.setUtcStart(QDateTime::currentDateTimeUtc());
    }
    SystemClock queueClock;
    FakeClock panelClock;
    QNetworkAccessManager nam;
    RequestQueue queue;
    ApiClient api;
};

const char *documentedSubscription =
    R"({"id":%1,"url":"https://customer.example/hooks","description":null,"enabled":true,"created_at":"2026-11-27T16:08:00Z"})";
}  // namespace

using namespace DeliveriesPanelParts;

class TestDeliveriesPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void retryingThenDeliveredThenFailed();
    void pacingRefreshesOnlyWhileActive();
    void disabledSubscriptionSaysRetriesArePaused();
    void pagingAndFilter();
    void serverWithoutExtensionsShowsNote();

private:
    bool startSandbox(SandboxProcess &sandbox, const QStringList &args);
    std::optional<Subscription> createSubscription(Rig &rig, const QUrl &url);
    // Makes a refresh due on the panel's clock every 150 ms, while the returned timer lives.
    static std::unique_ptr<QTimer> tickRefreshes(Rig &rig);
};

void TestDeliveriesPanel::initTestCase()
{
    Q_INIT_RESOURCE(resources);  // the icons live in webhook_ui, a static library
    QVERIFY2(QFileInfo::exists(SandboxProcess::executable()), "webhook-sandbox must be built first");
}

bool TestDeliveriesPanel::startSandbox(SandboxProcess &sandbox, const QStringList &args)
{
    return sandbox.start(
        QStringList{QStringLiteral("--allow-private-targets"), QStringLiteral("--rate-window"), QStringLiteral("5s")}
        + args);
}

std::optional<Subscription> TestDeliveriesPanel::createSubscription(Rig &rig, const QUrl &url)
{
    Box<CreatedSubscription> box;
    rig.api.createSubscription(url.toString(), QStringLiteral("Customer endpoint"), RequestLane::Interactive, this,
                               box.callback());
    if (!QTest::qWaitFor([&] { return box.result.has_value(); }, 30000) || !box.result->ok()) {
        qWarning() << "create failed" << (box.result ? box.result->error.message() : QStringLiteral("timeout"));
        return std::nullopt;
    }
    return box.result->value->subscription;
}

std::unique_ptr<QTimer> TestDeliveriesPanel::tickRefreshes(Rig &rig)
{
    auto ticker = std::make_unique<QTimer>();
    connect(ticker.get(), &QTimer::timeout, ticker.get(),
            [&rig] { rig.panelClock.advance(DeliveriesFeed::DefaultRefreshIntervalMs); });
    ticker->start(150);
    return ticker;
}

void TestDeliveriesPanel::retryingThenDeliveredThenFailed()
{
    // 49 attempts, 500 ms apart: the documented policy (hourly for 48 h) at 1/7200 of the pace.
    SandboxProcess sandbox;
    QVERIFY(startSandbox(sandbox,
                         {QStringLiteral("--retry-interval"), QStringLiteral("500ms"), QStringLiteral("--retry-window"),
                          QStringLiteral("24s")}));
    Receiver receiver;
    Rig rig;
    QVERIFY(rig.api.setServer(sandbox.baseUrl(), sandbox.apiKey()));
    const auto subscription = createSubscription(rig, receiver.url());
    QVERIFY(subscription && subscription->id);

    DeliveriesPanel panel(&rig.api, &rig.panelClock);
    QAbstractItemModelTester deliveriesTester(feed(panel)->deliveryModel());
    QAbstractItemModelTester attemptsTester(feed(panel)->attemptModel());
    panel.resize(900, 700);
    panel.show();
    panel.setSubscription(*subscription);
    panel.setActive(true);
    QTRY_COMPARE_WITH_TIMEOUT(state(panel), DeliveriesPanel::State::Empty, 30000);
    QVERIFY(testEventButton(panel)->isEnabled());
    QVERIFY(!retryButton(panel)->isEnabled());

    // Send a test event from the panel: the new delivery shows up selected.
    QSignalSpy detailLoaded(feed(panel), &DeliveriesFeed::detailLoaded);
    QTest::mouseClick(testEventButton(panel), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(state(panel), DeliveriesPanel::State::Loaded, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(feed(panel)->selectedDelivery().has_value(), 30000);
    QCOMPARE(messageText(panel),
             QStringLiteral("Test event sent as delivery %1.").arg(feed(panel)->selectedDelivery()->id));
    QVERIFY(updatedText(panel).startsWith(QStringLiteral("Updated ")));
    const qint64 firstId = feed(panel)->selectedDelivery()->id;

    // Retrying: a few attempts failed with HTTP 500, the next one is scheduled.
    auto detail = [&] { return feed(panel)->selectedDelivery().value_or(Delivery()); };
    {
        const auto ticking = tickRefreshes(rig);
        QTRY_VERIFY_WITH_TIMEOUT(feed(panel)->hasDetail() && detail().status == QLatin1String("retrying")
                                     && detail().attemptCount >= 3,
                                 60000);
    }
    Delivery retrying = detail();
    QCOMPARE(retrying.id, firstId);
    QCOMPARE(retrying.maxAttempts, 49);
    QCOMPARE(int(retrying.attempts.size()), retrying.attemptCount);
    QVERIFY(retrying.attemptCount <= receiver.hits->load());  // every attempt shown reached the receiver
    QCOMPARE(retrying.lastStatusCode, std::optional<int>(500));
    QVERIFY(retrying.nextAttemptAt.isValid());
    // On the schedule (created_at + slot * 500 ms, never drifting): on a busy machine an attempt
    // can run late, so the next due time may lie before the last attempt's actual time.
    QVERIFY(retrying.createdAt.msecsTo(retrying.nextAttemptAt) >= qint64(retrying.attemptCount) * 500);
    QCOMPARE(feed(panel)->attemptModel()->rowCount(), retrying.attemptCount);
    QCOMPARE(feed(panel)->attemptModel()->attemptAt(0).statusCode, std::optional<int>(500));
    // The timeline shows the same: n attempts of 49, the next one marked, the rest counted.
    const RetryTimelineLayout layout = timeline(panel)->currentLayout();
    QCOMPARE(layout.slotCount(), 49);
    QCOMPARE(layout.attemptsMade(), retrying.attemptCount);
    QCOMPARE(layout.nextSlot(), retrying.attemptCount);
    QCOMPARE(layout.slotState(0), RetryTimelineLayout::SlotState::HttpError);
    QCOMPARE(timeline(panel)->remainingText(), QStringLiteral("%1 retries left").arg(49 - retrying.attemptCount));
    QVERIFY2(timeline(panel)->summaryText().contains(
                 QStringLiteral("attempt %1 of 49 failed (HTTP 500)").arg(retrying.attemptCount)),
             qPrintable(timeline(panel)->summaryText()));
    // The table row agrees ("n of 49") and the payload is pretty-printed JSON.
    const int row = feed(panel)->deliveryModel()->rowForId(firstId);
    QVERIFY(row >= 0);
    QVERIFY(feed(panel)
                ->deliveryModel()
                ->index(row, DeliveryTableModel::AttemptsColumn)
                .data()
                .toString()
                .contains(QStringLiteral("49")));
    QVERIFY(payloadView(panel)->isReadOnly());
    QVERIFY(!QJsonDocument::fromJson(payloadView(panel)->toPlainText().toUtf8()).isNull());
    QVERIFY(payloadView(panel)->toPlainText().contains(u'\n'));
    QVERIFY(retryButton(panel)->isEnabled());

    // Copy summary: plain text with subscription, URL, status, attempts, last error, next retry.
    QSignalSpy copied(&panel, &DeliveriesPanel::summaryCopied);
    QTest::mouseClick(copyButton(panel), Qt::LeftButton);
    QCOMPARE(copied.size(), 1);
    const QString summary = copied.first().first().toString();
    QCOMPARE(QApplication::clipboard()->text(), summary);
    for (const QString &part :
         {QStringLiteral("Subscription: %1").arg(*subscription->id), receiver.url().toString(),
          QStringLiteral("Status: Retrying"), QStringLiteral("of 49"),
          QStringLiteral("Last error: HTTP 500; response: {\"error\":\"database unavailable\"}\n"),
          QStringLiteral("Next retry: 20"), QStringLiteral("As of: 20")})
        QVERIFY2(summary.contains(part), qPrintable(part + QStringLiteral(" missing in:\n") + summary));
    // For a ticket: the status once, and no time relative to the moment of copying.
    QVERIFY2(!summary.contains(QStringLiteral("HTTP 500: HTTP 500")), qPrintable(summary));
    for (const QString &relative : {QStringLiteral("due now"), QStringLiteral(" in "), QStringLiteral(" ago")})
        QVERIFY2(!summary.contains(relative), qPrintable(relative + QStringLiteral(" in:\n") + summary));
    const QRegularExpression times(
        QStringLiteral("^(Next retry|Gives up at|As of): \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC$"),
        QRegularExpression::MultilineOption);
    QCOMPARE(summary.count(times), 3);

    // The receiver recovers: the next attempt delivers.
    receiver.status->store(200);
    {
        const auto ticking = tickRefreshes(rig);
        QTRY_VERIFY_WITH_TIMEOUT(feed(panel)->hasDetail() && detail().status == QLatin1String("delivered"), 60000);
    }
    const Delivery delivered = detail();
    QVERIFY(delivered.attemptCount > retrying.attemptCount);
    QCOMPARE(delivered.attempts.last().statusCode, std::optional<int>(200));
    QCOMPARE(feed(panel)->attemptModel()->rowCount(), delivered.attemptCount);
    QCOMPARE(timeline(panel)->summaryText(),
             QStringLiteral("Delivered on attempt %1 of 49").arg(delivered.attemptCount));
    QCOMPARE(timeline(panel)->remainingText(), QStringLiteral("no retries needed"));
    QCOMPARE(timeline(panel)->currentLayout().slotState(delivered.attemptCount - 1),
             RetryTimelineLayout::SlotState::Success);
    QCOMPARE(timeline(panel)->currentLayout().nextSlot(), -1);
    QVERIFY(!retryButton(panel)->isEnabled());

    // Down for good: a second test event is retried for the whole window and then given up.
    receiver.status->store(500);
    panel.sendTestEvent();
    QTRY_VERIFY_WITH_TIMEOUT(feed(panel)->selectedDelivery() && feed(panel)->selectedDelivery()->id != firstId, 30000);
    const qint64 secondId = feed(panel)->selectedDelivery()->id;
    {
        const auto ticking = tickRefreshes(rig);
        QTRY_VERIFY_WITH_TIMEOUT(
            feed(panel)->hasDetail() && detail().id == secondId && detail().status == QLatin1String("failed"), 120000);
    }
    const Delivery failed = detail();
    QCOMPARE(failed.attemptCount, 49);
    QCOMPARE(int(failed.attempts.size()), 49);
    QCOMPARE(feed(panel)->attemptModel()->rowCount(), 49);
    QVERIFY(!failed.nextAttemptAt.isValid());
    QVERIFY2(timeline(panel)->summaryText().startsWith(QStringLiteral("Failed: gave up after 49 attempts")),
             qPrintable(timeline(panel)->summaryText()));
    QCOMPARE(timeline(panel)->remainingText(), QStringLiteral("no retries left"));
    for (int slot = 0; slot < 49; ++slot)
        QCOMPARE(timeline(panel)->currentLayout().slotState(slot), RetryTimelineLayout::SlotState::HttpError);
    // The failed filter shows exactly this one.
    panel.setStatusFilter(QStringLiteral("failed"));
    QTRY_COMPARE_WITH_TIMEOUT(state(panel), DeliveriesPanel::State::Loaded, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(feed(panel)->deliveryModel()->rowCount(), 1, 30000);
    QCOMPARE(feed(panel)->deliveryModel()->deliveryAt(0).id, secondId);
    QCOMPARE(feed(panel)->deliveryModel()->total(), 1);

    // Retry now after the window: the receiver is back, the manual attempt delivers.
    QTRY_VERIFY_WITH_TIMEOUT(feed(panel)->selectedDelivery() && feed(panel)->selectedDelivery()->id == secondId, 30000);
    receiver.status->store(200);
    QVERIFY(retryButton(panel)->isEnabled());
    QTest::mouseClick(retryButton(panel), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(messageText(panel).contains(QStringLiteral("being retried")), 30000);
    panel.setStatusFilter(QString());
    {
        const auto ticking = tickRefreshes(rig);
        QTRY_VERIFY_WITH_TIMEOUT(feed(panel)->hasDetail() && detail().id == secondId
                                     && detail().status == QLatin1String("delivered"),
                                 60000);
    }
    QCOMPARE(detail().attemptCount, 50);
    QCOMPARE(timeline(panel)->currentLayout().slotState(48), RetryTimelineLayout::SlotState::Success);
}

void TestDeliveriesPanel::disabledSubscriptionSaysRetriesArePaused()
{
    // Hourly retries, as documented: after the first failed attempt the next one is far away.
    SandboxProcess sandbox;
    QVERIFY(startSandbox(sandbox, {}));
    Receiver receiver;
    Rig rig;
    QVERIFY(rig.api.setServer(sandbox.baseUrl(), sandbox.apiKey()));
    auto subscription = createSubscription(rig, receiver.url());
    QVERIFY(subscription && subscription->id);

    DeliveriesPanel panel(&rig.api, &rig.panelClock);
    QAbstractItemModelTester deliveriesTester(feed(panel)->deliveryModel());
    panel.resize(900, 700);
    panel.show();
    panel.setSubscription(*subscription);
    panel.setActive(true);
    QTRY_COMPARE_WITH_TIMEOUT(state(panel), DeliveriesPanel::State::Empty, 30000);
    QTest::mouseClick(testEventButton(panel), Qt::LeftButton);
    auto detail = [&] { return feed(panel)->selectedDelivery().value_or(Delivery()); };
    {
        const auto ticking = tickRefreshes(rig);
        QTRY_VERIFY_WITH_TIMEOUT(feed(panel)->hasDetail() && detail().status == QLatin1String("retrying"), 60000);
    }
    const QAbstractItemModel *deliveries = feed(panel)->deliveryModel();
    const QModelIndex next = deliveries->index(0, DeliveryTableModel::NextAttemptColumn);
    QVERIFY(!next.data().toString().contains(QStringLiteral("Paused")));
    QVERIFY2(timeline(panel)->summaryText().startsWith(QStringLiteral("Retrying:")),
             qPrintable(timeline(panel)->summaryText()));

    // Disabled (the list hands the panel the server's row again): the server makes no attempt, and
    // the panel says so instead of a next attempt that comes due and passes.
    subscription->enabled = false;
    panel.setSubscription(*subscription);
    QCOMPARE(next.data().toString(), QStringLiteral("Paused (subscription disabled)"));
    const QString paused = timeline(panel)->summaryText();
    QVERIFY2(paused.startsWith(QStringLiteral("Paused after attempt 1 of 49: no retry while the subscription is "
                                              "disabled; the retry window ends ")),
             qPrintable(paused));
    QCOMPARE(state(panel), DeliveriesPanel::State::Loaded);  // the same page stays

    // Enabled again: the next attempt is shown as before.
    subscription->enabled = true;
    panel.setSubscription(*subscription);
    QVERIFY(!next.data().toString().contains(QStringLiteral("Paused")));
    QVERIFY(timeline(panel)->summaryText().startsWith(QStringLiteral("Retrying:")));
}

void TestDeliveriesPanel::pacingRefreshesOnlyWhileActive()
{
    SandboxProcess sandbox;
    QVERIFY(startSandbox(sandbox, {}));
    Receiver receiver;
    receiver.status->store(200);
    Rig rig;
    QVERIFY(rig.api.setServer(sandbox.baseUrl(), sandbox.apiKey()));
    const auto subscription = createSubscription(rig, receiver.url());
    QVERIFY(subscription);

    DeliveriesPanel panel(&rig.api, &rig.panelClock);
    QSignalSpy pages(feed(panel), &DeliveriesFeed::pageLoaded);
    // Hidden tab: selecting a subscription does not load anything yet.
    panel.setSubscription(*subscription);
    QVERIFY(paceTimer(panel));
    QVERIFY(!paceTimer(panel)->isActive());  // no tick while hidden that could start one later
    QCoreApplication::sendPostedEvents();  // nor a queued call
    QCOMPARE(feed(panel)->listRequestCount(), 0);
    // Shown: one load at once.
    panel.setActive(true);
    QTRY_COMPARE_WITH_TIMEOUT(pages.size(), 1, 30000);
    QCOMPARE(feed(panel)->listRequestCount(), 1);
    // Not again before the interval has passed on the clock, however often the timer ticks.
    rig.panelClock.advance(DeliveriesFeed::DefaultRefreshIntervalMs - 1000);
    // The clock's jump was handled at once; the next tick of the pacing timer asks again.
    QVERIFY(paceTimer(panel)->isActive());
    QSignalSpy ticked(paceTimer(panel), &QTimer::timeout);
    QVERIFY(ticked.wait(30000));
    QCOMPARE(feed(panel)->listRequestCount(), 1);
    rig.panelClock.advance(1000);
    QTRY_COMPARE_WITH_TIMEOUT(pages.size(), 2, 30000);
    QCOMPARE(feed(panel)->listRequestCount(), 2);
    // Hidden again: nothing, even after minutes.
    panel.setActive(false);
    for (int i = 0; i < 6; ++i)
        rig.panelClock.advance(60'000);
    QVERIFY(!paceTimer(panel)->isActive());  // no tick while hidden that could start one later
    QCoreApplication::sendPostedEvents();  // nor a queued call
    QCOMPARE(feed(panel)->listRequestCount(), 2);
    // Shown again after a long time: refreshes at once (it is due), then paces again.
    panel.setActive(true);
    QTRY_COMPARE_WITH_TIMEOUT(pages.size(), 3, 30000);
    QCOMPARE(feed(panel)->listRequestCount(), 3);
    // Another subscription while shown: loads at once.
    const auto other = createSubscription(rig, receiver.url());
    QVERIFY(other);
    panel.setSubscription(*other);
    QTRY_COMPARE_WITH_TIMEOUT(pages.size(), 4, 30000);
    QCOMPARE(panel.subscriptionId(), other->id);
    QCOMPARE(state(panel), DeliveriesPanel::State::Empty);
}

void TestDeliveriesPanel::pagingAndFilter()
{
    SandboxProcess sandbox;
    QVERIFY(startSandbox(sandbox, {}));
    Receiver receiver;
    receiver.status->store(200);
    Rig rig;
    QVERIFY(rig.api.setServer(sandbox.baseUrl(), sandbox.apiKey()));
    const auto subscription = createSubscription(rig, receiver.url());
    QVERIFY(subscription);
    for (int i = 0; i < 3; ++i) {
        Box<qint64> sent;
        rig.api.sendTestEvent(*subscription->id, RequestLane::Interactive, this, sent.callback());
        QTRY_VERIFY_WITH_TIMEOUT(sent.result.has_value(), 30000);
        QVERIFY(sent.result->ok());
    }

    DeliveriesPanel panel(&rig.api, &rig.panelClock);
    QAbstractItemModelTester tester(feed(panel)->deliveryModel());
    feed(panel)->setPageSize(2);
    panel.setActive(true);
    panel.setSubscription(*subscription);
    QTRY_COMPARE_WITH_TIMEOUT(state(panel), DeliveriesPanel::State::Loaded, 30000);
    QCOMPARE(feed(panel)->deliveryModel()->rowCount(), 2);
    QCOMPARE(feed(panel)->deliveryModel()->total(), 3);
    QVERIFY(stateText(panel).contains(QStringLiteral("1–2 of 3")));
    const qint64 newest = feed(panel)->deliveryModel()->deliveryAt(0).id;
    QSignalSpy pages(feed(panel), &DeliveriesFeed::pageLoaded);
    nextPageButton(panel)->click();
    QTRY_COMPARE_WITH_TIMEOUT(pages.size(), 1, 30000);
    QCOMPARE(feed(panel)->deliveryModel()->rowCount(), 1);
    QCOMPARE(feed(panel)->deliveryModel()->offset(), 2);
    QVERIFY(stateText(panel).contains(QStringLiteral("3–3 of 3")));
    QVERIFY(feed(panel)->deliveryModel()->deliveryAt(0).id < newest);
    previousPageButton(panel)->click();
    QTRY_COMPARE_WITH_TIMEOUT(pages.size(), 2, 30000);
    QCOMPARE(feed(panel)->deliveryModel()->deliveryAt(0).id, newest);

    // A row picked in the view becomes the feed's selection, its detail follows, a refresh keeps it.
    auto *view = deliveriesTable(panel);
    const qint64 second = feed(panel)->deliveryModel()->deliveryAt(1).id;
    view->selectionModel()->setCurrentIndex(view->model()->index(1, 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(feed(panel)->selectedDeliveryId(), second);
    QTRY_VERIFY_WITH_TIMEOUT(feed(panel)->hasDetail() && feed(panel)->selectedDelivery()->id == second, 30000);
    reloadButton(panel)->click();
    QTRY_COMPARE_WITH_TIMEOUT(pages.size(), 3, 30000);
    QCOMPARE(feed(panel)->selectedDeliveryId(), second);
    QCOMPARE(view->selectionModel()->selectedRows().value(0).row(), 1);

    // Nothing fails here: the Failed filter shows a designed empty state, All brings rows back.
    statusFilterBox(panel)->setCurrentIndex(statusFilterBox(panel)->findData(QStringLiteral("failed")));
    QTRY_COMPARE_WITH_TIMEOUT(state(panel), DeliveriesPanel::State::Empty, 30000);
    QCOMPARE(stateText(panel), QStringLiteral("No failed deliveries"));
    QCOMPARE(panel.statusFilter(), QStringLiteral("failed"));
    panel.setStatusFilter(QString());
    QTRY_COMPARE_WITH_TIMEOUT(state(panel), DeliveriesPanel::State::Loaded, 30000);
    QCOMPARE(feed(panel)->deliveryModel()->total(), 3);
}

void TestDeliveriesPanel::serverWithoutExtensionsShowsNote()
{
    // Only the documented endpoints: everything else is 404, as on the vendor's real API.
    int deliveryRequests = 0;
    ScriptedHttpServer server([&deliveryRequests](const ScriptedHttpServer::Request &request) {
        const QByteArray path = request.path;
        if (path.contains("/deliveries") || path.endsWith("/test"))
            ++deliveryRequests;
        if (request.method == "GET" && path == "/api/v1/webhooks/types")
            return ScriptedHttpServer::response(200,
                                                R"([{"event":"order.created","description":"An order was placed"}])");
        if (request.method == "GET" && (path == "/api/v1/webhooks/" || path == "/api/v1/webhooks"))
            return ScriptedHttpServer::response(200, "[" + QByteArray(documentedSubscription).replace("%1", "1") + "]");
        if (request.method == "GET" && (path == "/api/v1/webhooks/1" || path == "/api/v1/webhooks/2"))
            return ScriptedHttpServer::response(200, QByteArray(documentedSubscription).replace("%1", path.right(1)));
        return ScriptedHttpServer::response(404, R"({"detail":"Not Found"})");
    });
    Rig rig;
    QVERIFY(rig.api.setServer(server.url(), "documented-api-key"));
    Subscription subscription;
    subscription.id = 1;
    subscription.url = QStringLiteral("https://customer.example/hooks");

    DeliveriesPanel panel(&rig.api, &rig.panelClock);
    panel.resize(800, 600);
    panel.show();
    panel.setActive(true);
    panel.setSubscription(subscription);
    QTRY_COMPARE_WITH_TIMEOUT(state(panel), DeliveriesPanel::State::Unsupported, 30000);
    QCOMPARE(noteText(panel),
             QStringLiteral("This server does not report deliveries. Its documented retry policy: "
                            "hourly, for up to 48 hours."));
    QCOMPARE(stateText(panel), noteText(panel));
    QVERIFY(!testEventButton(panel)->isVisible());
    QVERIFY(!statusFilterBox(panel)->isVisible());
    QCOMPARE(messageText(panel), QString());  // a note, not an error
    QCOMPARE(deliveryRequests, 1);

    // Detected once per connection: another subscription, refreshes and actions ask nothing more.
    Subscription other = subscription;
    other.id = 2;
    panel.setSubscription(other);
    QCOMPARE(state(panel), DeliveriesPanel::State::Unsupported);
    for (int i = 0; i < 3; ++i)
        rig.panelClock.advance(DeliveriesFeed::DefaultRefreshIntervalMs);
    panel.refresh();
    panel.sendTestEvent();

    // The rest works on the same connection. Its answer comes after any request the panel made
    // above (those would have been queued first), so only now is "nothing more" certain.
    Box<SubscriptionList> list;
    rig.api.listSubscriptions(RequestLane::Interactive, this, list.callback());
    QTRY_VERIFY_WITH_TIMEOUT(list.result.has_value(), 30000);
    QVERIFY(list.result->ok());
    QCOMPARE(list.result->value->size(), 1);
    QCOMPARE(deliveryRequests, 1);
    QCOMPARE(state(panel), DeliveriesPanel::State::Unsupported);

    // A new connection detects again (and a sandbox would show deliveries).
    QVERIFY(rig.api.setServer(server.url(), "documented-api-key"));
    QTRY_COMPARE_WITH_TIMEOUT(deliveryRequests, 2, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(state(panel), DeliveriesPanel::State::Unsupported, 30000);
}

QTEST_MAIN(TestDeliveriesPanel)
#include "tst_deliveriespanel.moc"
