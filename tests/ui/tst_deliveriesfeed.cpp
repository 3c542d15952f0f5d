// DeliveriesFeed (no widgets) against the real webhook-sandbox over loopback: paging, a newer
// request winning over a stale answer (also one from the previous connection that arrives last),
// back-off after errors (injected 503s, a subscription deleted underneath) and recovery, Send test
// event and Retry now. The server without the delivery extensions is a minimal scripted server,
// because the sandbox always offers them (--documented-fields-only trims subscription fields only;
// checked here too).
//
// The feed's pace runs on a FakeClock: advancing it makes a refresh due and the feed asks at once
// (Clock::advanced), so whether a request was made is checked right after the advance, exactly.
// The request queue uses the system clock with the sandbox's compressed rate window.

#include "kit/ScriptedHttpServer.h"
#include "kit/SandboxProcess.h"
#include "kit/ServerCalls.h"

#include "api/ApiClient.h"
#include "api/RequestQueue.h"
#include "kit/FakeClock.h"
#include "common/SystemClock.h"
#include "models/DeliveryAttemptTableModel.h"
#include "models/DeliveryTableModel.h"
#include "ui/DeliveriesFeed.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <memory>

namespace {
constexpr int waitMs = 30000;
constexpr qint64 intervalMs = DeliveriesFeed::DefaultRefreshIntervalMs;

RateLimitPolicy compressedPolicy()
{
    RateLimitPolicy policy = RateLimitPolicy::documented();
    policy.setWindow(5000);  // the sandbox runs with --rate-window 5s: same rule, fast tests
    return policy;
}

// A webhook receiver whose answer the test switches.
struct Receiver
{
    std::shared_ptr<std::atomic<int>> status = std::make_shared<std::atomic<int>>(200);
    ScriptedHttpServer server{[status = status](const ScriptedHttpServer::Request &) {
        const int code = status->load();
        return ScriptedHttpServer::response(code, code == 200 ? "{\"ok\":true}" : "{\"error\":\"down\"}");
    }};
    QString url() const
    {
        QUrl u = server.url();
        u.setPath(QStringLiteral("/hooks"));
        return u.toString();
    }
};

struct Connection
{
    Connection()
        : queue(&queueClock, compressedPolicy())
        , api(&nam, &queue)
    { }
    SystemClock queueClock;
    QNetworkAccessManager nam;
    RequestQueue queue;
    ApiClient api;
};

Subscription subscriptionWithId(qint64 id)
{
    Subscription s;
    s.id = id;
    s.url = QStringLiteral("https://customer.example/hooks");
    return s;
}

const char *documentedSubscription =
    R"({"id":%1,"url":"https://customer.example/hooks","description":null,"enabled":true,"created_at":"2026-11-27T16:08:00Z"})";
}  // namespace

class TestDeliveriesFeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pagingWalksThePages();
    void pacesOnTheClockOnlyWhileActive();
    void newerPageWinsOverStaleAnswer();
    void lateAnswerOfPreviousConnectionIsDropped();
    void backsOffAfterServerErrorsAndRecovers();
    void backOffIsCapped();
    void testEventThenRetryNow();
    void serverWithoutExtensionsIsAskedOnce();
    void documentedFieldsOnlySandboxStillHasDeliveries();

private:
    static bool startSandbox(SandboxProcess &sandbox, const QStringList &args = {});
    static std::optional<qint64> seed(ApiClient &api, const QString &url, int testEvents);
};

void TestDeliveriesFeed::initTestCase()
{
    QVERIFY2(QFileInfo::exists(SandboxProcess::executable()), "webhook-sandbox must be built first");
}

bool TestDeliveriesFeed::startSandbox(SandboxProcess &sandbox, const QStringList &args)
{
    return sandbox.start(QStringList{QStringLiteral("--allow-private-targets"), QStringLiteral("--rate-window"),
                                     QStringLiteral("5s"), QStringLiteral("--quiet")}
                         + args);
}

// A subscription with `testEvents` deliveries; its id.
std::optional<qint64> TestDeliveriesFeed::seed(ApiClient &api, const QString &url, int testEvents)
{
    const auto id = ServerCalls::create(&api, url);
    if (!id)
        return std::nullopt;
    for (int i = 0; i < testEvents; ++i) {
        const auto sent = ServerCalls::await<qint64>(
            [&](auto done) { api.sendTestEvent(*id, RequestLane::Interactive, nullptr, done); });
        if (!sent || !sent->ok())
            return std::nullopt;
    }
    return id;
}

void TestDeliveriesFeed::pagingWalksThePages()
{
    SandboxProcess sandbox;
    QVERIFY(startSandbox(sandbox));
    Receiver receiver;
    Connection c;
    QVERIFY(c.api.setServer(sandbox.baseUrl(), sandbox.apiKey()));
    const auto id = seed(c.api, receiver.url(), 5);
    QVERIFY(id);

    FakeClock clock;
    DeliveriesFeed feed(&c.api, &clock);
    QAbstractItemModelTester deliveriesTester(feed.deliveryModel());
    QAbstractItemModelTester attemptsTester(feed.attemptModel());
    QSignalSpy pages(&feed, &DeliveriesFeed::pageLoaded);
    QSignalSpy details(&feed, &DeliveriesFeed::detailLoaded);
    feed.setPageSize(2);
    feed.setActive(true);
    feed.setSubscription(subscriptionWithId(*id));
    QCOMPARE(feed.state(), DeliveriesFeed::State::Loading);
    QVERIFY(pages.wait(waitMs));
    QCOMPARE(feed.state(), DeliveriesFeed::State::Loaded);
    DeliveryTableModel *model = feed.deliveryModel();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->total(), 5);
    QVERIFY(!feed.hasPreviousPage());
    QVERIFY(feed.hasNextPage());
    QVERIFY(feed.lastUpdated().isValid());
    // The newest delivery is selected at once and its detail follows.
    QCOMPARE(feed.selectedDeliveryId(), model->deliveryAt(0).id);
    QTRY_COMPARE_WITH_TIMEOUT(details.size(), 1, waitMs);
    QVERIFY(feed.hasDetail());

    QList<qint64> seen;
    for (int row = 0; row < model->rowCount(); ++row)
        seen << model->deliveryAt(row).id;
    feed.nextPage();
    QVERIFY(pages.wait(waitMs));
    QCOMPARE(feed.offset(), 2);
    QCOMPARE(model->offset(), 2);
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(feed.hasPreviousPage());
    for (int row = 0; row < model->rowCount(); ++row)
        seen << model->deliveryAt(row).id;
    feed.nextPage();
    QVERIFY(pages.wait(waitMs));
    QCOMPARE(feed.offset(), 4);
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(!feed.hasNextPage());
    seen << model->deliveryAt(0).id;
    // Newest first, each delivery once.
    QCOMPARE(seen.size(), 5);
    for (int i = 1; i < seen.size(); ++i)
        QVERIFY(seen.at(i) < seen.at(i - 1));

    // Past the last page nothing is asked.
    const int requests = feed.listRequestCount();
    feed.nextPage();
    QCOMPARE(feed.listRequestCount(), requests);
    feed.previousPage();
    QVERIFY(pages.wait(waitMs));
    QCOMPARE(feed.offset(), 2);
    QCOMPARE(model->deliveryAt(0).id, seen.at(2));

    // A filter starts at the first page again; nothing failed, so it is empty.
    feed.setStatusFilter(QStringLiteral("failed"));
    QCOMPARE(feed.offset(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(feed.state(), DeliveriesFeed::State::Empty, waitMs);
    QCOMPARE(feed.selectedDeliveryId(), 0);
    QVERIFY(!feed.selectedDelivery());
    feed.setStatusFilter(QString());
    QTRY_COMPARE_WITH_TIMEOUT(feed.state(), DeliveriesFeed::State::Loaded, waitMs);
    QCOMPARE(model->total(), 5);
    QCOMPARE(model->deliveryAt(0).id, seen.first());
}

void TestDeliveriesFeed::pacesOnTheClockOnlyWhileActive()
{
    SandboxProcess sandbox;
    QVERIFY(startSandbox(sandbox));
    Receiver receiver;
    Connection c;
    QVERIFY(c.api.setServer(sandbox.baseUrl(), sandbox.apiKey()));
    const auto id = seed(c.api, receiver.url(), 0);  // no deliveries: no detail requests in between
    QVERIFY(id);

    FakeClock clock;
    DeliveriesFeed feed(&c.api, &clock);
    QSignalSpy pages(&feed, &DeliveriesFeed::pageLoaded);
    // Inactive: a subscription alone asks nothing.
    feed.setSubscription(subscriptionWithId(*id));
    clock.advance(10 * intervalMs);
    QCOMPARE(feed.listRequestCount(), 0);
    feed.setActive(true);
    QCOMPARE(feed.listRequestCount(), 1);
    QVERIFY(pages.wait(waitMs));
    QCOMPARE(feed.state(), DeliveriesFeed::State::Empty);
    QCOMPARE(feed.nextRefreshDueMs(), clock.monotonicMs() + intervalMs);
    // Due exactly one interval after the last request, not a millisecond earlier.
    clock.advance(intervalMs - 1);
    QCOMPARE(feed.listRequestCount(), 1);
    clock.advance(1);
    QCOMPARE(feed.listRequestCount(), 2);
    QVERIFY(pages.wait(waitMs));
    QCOMPARE(feed.detailRequestCount(), 0);
    // Inactive again: nothing, however long.
    feed.setActive(false);
    clock.advance(60 * intervalMs);
    QCOMPARE(feed.listRequestCount(), 2);
    // Active after a long time: due at once.
    feed.setActive(true);
    QCOMPARE(feed.listRequestCount(), 3);
    QVERIFY(pages.wait(waitMs));
}

void TestDeliveriesFeed::newerPageWinsOverStaleAnswer()
{
    SandboxProcess sandbox;
    // Held answers keep both requests on their way at once.
    QVERIFY(startSandbox(sandbox, {QStringLiteral("--fault-latency"), QStringLiteral("300ms")}));
    Receiver receiver;
    Connection c;
    QVERIFY(c.api.setServer(sandbox.baseUrl(), sandbox.apiKey()));
    const auto id = seed(c.api, receiver.url(), 5);
    QVERIFY(id);

    FakeClock clock;
    DeliveriesFeed feed(&c.api, &clock);
    QAbstractItemModelTester tester(feed.deliveryModel());
    QSignalSpy details(&feed, &DeliveriesFeed::detailLoaded);
    feed.setPageSize(2);
    feed.setActive(true);
    feed.setSubscription(subscriptionWithId(*id));
    QTRY_COMPARE_WITH_TIMEOUT(feed.state(), DeliveriesFeed::State::Loaded, waitMs);
    // The selected delivery's detail is in first, so that only list answers can go stale below.
    QTRY_COMPARE_WITH_TIMEOUT(details.size(), 1, waitMs);
    QCOMPARE(feed.staleAnswerCount(), 0);

    QSignalSpy pages(&feed, &DeliveriesFeed::pageLoaded);
    feed.nextPage();  // offset 2: overtaken before its answer arrives
    feed.nextPage();  // offset 4: the newest request
    QCOMPARE(feed.offset(), 4);
    QCOMPARE(feed.listRequestCount(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(pages.size(), 1, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(feed.staleAnswerCount(), 1, waitMs);
    QCOMPARE(pages.size(), 1);
    QCOMPARE(feed.deliveryModel()->offset(), 4);
    QCOMPARE(feed.deliveryModel()->rowCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(details.size(), 2, waitMs);

    // Another filter while the previous page is on its way: the filter's answer wins.
    feed.previousPage();
    feed.setStatusFilter(QStringLiteral("failed"));
    QTRY_COMPARE_WITH_TIMEOUT(feed.staleAnswerCount(), 2, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(feed.state(), DeliveriesFeed::State::Empty, waitMs);
    QCOMPARE(feed.offset(), 0);
    QCOMPARE(feed.deliveryModel()->rowCount(), 0);
    QCOMPARE(feed.statusFilter(), QStringLiteral("failed"));
}

void TestDeliveriesFeed::lateAnswerOfPreviousConnectionIsDropped()
{
    // Two servers: the old connection answers late, after the new one has answered.
    SandboxProcess slow;
    QVERIFY(startSandbox(slow));
    SandboxProcess fast;
    QVERIFY(startSandbox(fast));
    Receiver receiver;
    Connection oldConnection;
    QVERIFY(oldConnection.api.setServer(slow.baseUrl(), slow.apiKey()));
    const auto oldId = seed(oldConnection.api, receiver.url(), 3);
    QVERIFY(oldId);
    QVERIFY(
        slow.restart({QStringLiteral("--allow-private-targets"), QStringLiteral("--rate-window"), QStringLiteral("5s"),
                      QStringLiteral("--quiet"), QStringLiteral("--fault-latency"), QStringLiteral("2s")}));
    QVERIFY(oldConnection.api.setServer(slow.baseUrl(), slow.apiKey()));
    Connection newConnection;
    QVERIFY(newConnection.api.setServer(fast.baseUrl(), fast.apiKey()));
    const auto newId = seed(newConnection.api, receiver.url(), 1);
    QVERIFY(newId);

    FakeClock clock;
    DeliveriesFeed feed(&oldConnection.api, &clock);
    QSignalSpy pages(&feed, &DeliveriesFeed::pageLoaded);
    feed.setActive(true);
    feed.setSubscription(subscriptionWithId(*oldId));
    QCOMPARE(feed.listRequestCount(), 1);
    // The profile switches while the old server still holds its answer.
    feed.setApiClient(&newConnection.api);
    QCOMPARE(feed.state(), DeliveriesFeed::State::NoSubscription);
    feed.setSubscription(subscriptionWithId(*newId));
    QTRY_COMPARE_WITH_TIMEOUT(pages.size(), 1, waitMs);
    QCOMPARE(feed.deliveryModel()->total(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(feed.staleAnswerCount(), 1, waitMs);
    QCOMPARE(pages.size(), 1);
    QCOMPARE(feed.deliveryModel()->total(), 1);
    QCOMPARE(feed.state(), DeliveriesFeed::State::Loaded);
}

void TestDeliveriesFeed::backsOffAfterServerErrorsAndRecovers()
{
    SandboxProcess sandbox;
    QVERIFY(startSandbox(sandbox));
    Receiver receiver;
    Connection c;
    QVERIFY(c.api.setServer(sandbox.baseUrl(), sandbox.apiKey()));
    const auto id = seed(c.api, receiver.url(), 1);
    QVERIFY(id);
    // Every answer is a 503 now (the queue's own retries give up after four attempts).
    QVERIFY(sandbox.restart({QStringLiteral("--allow-private-targets"), QStringLiteral("--rate-window"),
                             QStringLiteral("5s"), QStringLiteral("--quiet"), QStringLiteral("--fault-5xx-share"),
                             QStringLiteral("1")}));
    QVERIFY(c.api.setServer(sandbox.baseUrl(), sandbox.apiKey()));

    FakeClock clock;
    DeliveriesFeed feed(&c.api, &clock);
    QSignalSpy failures(&feed, &DeliveriesFeed::pageFailed);
    feed.setActive(true);
    feed.setSubscription(subscriptionWithId(*id));
    const qint64 firstAt = clock.monotonicMs();
    QVERIFY(failures.wait(waitMs));
    QCOMPARE(feed.state(), DeliveriesFeed::State::Error);
    QCOMPARE(feed.lastError().kind, ApiError::Kind::Server);
    QCOMPARE(feed.consecutiveFailures(), 1);
    // One failure: the next refresh waits two intervals.
    QCOMPARE(feed.nextRefreshDueMs(), firstAt + 2 * intervalMs);
    clock.advance(2 * intervalMs - 1);
    QCOMPARE(feed.listRequestCount(), 1);
    clock.advance(1);
    QCOMPARE(feed.listRequestCount(), 2);
    const qint64 secondAt = clock.monotonicMs();
    QVERIFY(failures.wait(waitMs));
    QCOMPARE(feed.consecutiveFailures(), 2);
    QCOMPARE(feed.nextRefreshDueMs(), secondAt + 3 * intervalMs);

    // The server recovers: the next due refresh succeeds and the pace is back to one interval.
    QVERIFY(sandbox.restart({QStringLiteral("--allow-private-targets"), QStringLiteral("--rate-window"),
                             QStringLiteral("5s"), QStringLiteral("--quiet")}));
    QVERIFY(c.api.setServer(sandbox.baseUrl(), sandbox.apiKey()));
    QSignalSpy pages(&feed, &DeliveriesFeed::pageLoaded);
    clock.advance(3 * intervalMs - 1);
    QCOMPARE(feed.listRequestCount(), 2);
    clock.advance(1);
    QCOMPARE(feed.listRequestCount(), 3);
    const qint64 thirdAt = clock.monotonicMs();
    QVERIFY(pages.wait(waitMs));
    QCOMPARE(feed.state(), DeliveriesFeed::State::Loaded);
    QCOMPARE(feed.consecutiveFailures(), 0);
    QCOMPARE(feed.lastError().kind, ApiError::Kind::None);
    QCOMPARE(feed.nextRefreshDueMs(), thirdAt + intervalMs);
}

void TestDeliveriesFeed::backOffIsCapped()
{
    SandboxProcess sandbox;
    QVERIFY(startSandbox(sandbox));
    Receiver receiver;
    Connection c;
    QVERIFY(c.api.setServer(sandbox.baseUrl(), sandbox.apiKey()));
    const auto id = seed(c.api, receiver.url(), 1);
    QVERIFY(id);

    FakeClock clock;
    DeliveriesFeed feed(&c.api, &clock);
    QSignalSpy pages(&feed, &DeliveriesFeed::pageLoaded);
    QSignalSpy failures(&feed, &DeliveriesFeed::pageFailed);
    QSignalSpy details(&feed, &DeliveriesFeed::detailLoaded);
    feed.setActive(true);
    feed.setSubscription(subscriptionWithId(*id));
    QVERIFY(pages.wait(waitMs));
    QCOMPARE(feed.state(), DeliveriesFeed::State::Loaded);
    QTRY_COMPARE_WITH_TIMEOUT(details.size(), 1, waitMs);  // no detail request holds refreshes back

    // Deleted underneath (by another client): every refresh fails, the shown rows stay.
    const auto deleted = ServerCalls::await<Empty>(
        [&](auto done) { c.api.deleteSubscription(*id, RequestLane::Interactive, nullptr, done); });
    QVERIFY(deleted && deleted->ok());
    for (int failure = 1; failure <= DeliveriesFeed::MaxBackoffFactor + 1; ++failure) {
        const int requests = feed.listRequestCount();
        clock.advance(feed.nextRefreshDueMs() - clock.monotonicMs());
        QCOMPARE(feed.listRequestCount(), requests + 1);
        const qint64 requestedAt = clock.monotonicMs();
        QVERIFY(failures.wait(waitMs));
        QCOMPARE(feed.consecutiveFailures(), failure);
        QCOMPARE(feed.lastError().kind, ApiError::Kind::NotFound);
        QCOMPARE(feed.state(), DeliveriesFeed::State::Loaded);
        QCOMPARE(feed.deliveryModel()->rowCount(), 1);
        const int factor = std::min(DeliveriesFeed::MaxBackoffFactor, 1 + failure);
        QCOMPARE(feed.nextRefreshDueMs(), requestedAt + factor * intervalMs);
    }
    // A refresh by hand is not paced, and starts the count again.
    const int requests = feed.listRequestCount();
    feed.refresh();
    QCOMPARE(feed.listRequestCount(), requests + 1);
    QVERIFY(failures.wait(waitMs));
    QCOMPARE(feed.consecutiveFailures(), 1);
}

void TestDeliveriesFeed::testEventThenRetryNow()
{
    SandboxProcess sandbox;
    QVERIFY(startSandbox(sandbox));  // retries hourly: only the first attempt and the manual one run
    Receiver receiver;
    receiver.status->store(500);
    Connection c;
    QVERIFY(c.api.setServer(sandbox.baseUrl(), sandbox.apiKey()));
    const auto id = seed(c.api, receiver.url(), 0);
    QVERIFY(id);

    FakeClock clock;
    DeliveriesFeed feed(&c.api, &clock);
    QAbstractItemModelTester attemptsTester(feed.attemptModel());
    QSignalSpy started(&feed, &DeliveriesFeed::actionStarted);
    QSignalSpy finished(&feed, &DeliveriesFeed::actionFinished);
    QSignalSpy failed(&feed, &DeliveriesFeed::actionFailed);
    feed.setActive(true);
    feed.setSubscription(subscriptionWithId(*id));
    QTRY_COMPARE_WITH_TIMEOUT(feed.state(), DeliveriesFeed::State::Empty, waitMs);

    feed.sendTestEvent();
    QVERIFY(feed.isActionInFlight());
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().at(0).value<DeliveriesFeed::Action>(), DeliveriesFeed::Action::TestEvent);
    feed.sendTestEvent();  // one action at a time
    QCOMPARE(started.size(), 1);
    QVERIFY(finished.wait(waitMs));
    QCOMPARE(failed.size(), 0);
    const qint64 deliveryId = finished.first().at(1).toLongLong();
    QVERIFY(deliveryId > 0);
    // The new delivery is shown selected.
    QTRY_COMPARE_WITH_TIMEOUT(feed.selectedDeliveryId(), deliveryId, waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(feed.hasDetail(), waitMs);

    // Makes refreshes due on the clock (the feed asks only when nothing is on its way) until the
    // condition holds; a quarter second apart keeps it well inside the rate limit.
    auto selected = [&] { return feed.selectedDelivery().value_or(Delivery()); };
    auto refreshUntil = [&](auto condition) {
        QElapsedTimer sinceAdvance;
        sinceAdvance.start();
        return QTest::qWaitFor(
            [&] {
                if (condition())
                    return true;
                if (sinceAdvance.elapsed() >= 250) {
                    clock.advance(intervalMs);
                    sinceAdvance.restart();
                }
                return false;
            },
            waitMs);
    };
    // The first attempt fails; only then retry.
    QVERIFY(refreshUntil([&] { return feed.hasDetail() && selected().attempts.size() == 1; }));
    QCOMPARE(selected().status, QStringLiteral("retrying"));
    QCOMPARE(selected().attempts.first().statusCode, std::optional<int>(500));
    QCOMPARE(feed.attemptModel()->rowCount(), 1);

    receiver.status->store(200);
    feed.retrySelected();
    QCOMPARE(started.size(), 2);
    QCOMPARE(started.last().at(0).value<DeliveriesFeed::Action>(), DeliveriesFeed::Action::Retry);
    QCOMPARE(started.last().at(1).toLongLong(), deliveryId);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, waitMs);
    QCOMPARE(finished.last().at(1).toLongLong(), deliveryId);
    QCOMPARE(failed.size(), 0);
    QVERIFY(refreshUntil([&] { return feed.hasDetail() && selected().status == QLatin1String("delivered"); }));
    QCOMPARE(selected().attempts.size(), 2);
    QCOMPARE(selected().attempts.last().statusCode, std::optional<int>(200));
    QCOMPARE(feed.attemptModel()->rowCount(), 2);
}

void TestDeliveriesFeed::serverWithoutExtensionsIsAskedOnce()
{
    // Only the documented endpoints, as on the vendor's real API: a server the sandbox cannot be.
    int deliveryRequests = 0;
    ScriptedHttpServer server([&deliveryRequests](const ScriptedHttpServer::Request &request) {
        const QByteArray path = request.path;
        if (path.contains("/deliveries") || path.endsWith("/test"))
            ++deliveryRequests;
        if (request.method == "GET" && (path == "/api/v1/webhooks/1" || path == "/api/v1/webhooks/2"))
            return ScriptedHttpServer::response(200, QByteArray(documentedSubscription).replace("%1", path.right(1)));
        return ScriptedHttpServer::response(404, R"({"detail":"Not Found"})");
    });
    Connection c;
    QVERIFY(c.api.setServer(server.url(), "documented-api-key"));
    FakeClock clock;
    DeliveriesFeed feed(&c.api, &clock);
    QSignalSpy failures(&feed, &DeliveriesFeed::pageFailed);
    QSignalSpy started(&feed, &DeliveriesFeed::actionStarted);
    feed.setActive(true);
    feed.setSubscription(subscriptionWithId(1));
    QTRY_COMPARE_WITH_TIMEOUT(feed.state(), DeliveriesFeed::State::Unsupported, waitMs);
    QCOMPARE(deliveryRequests, 1);
    QCOMPARE(failures.size(), 0);  // a capability, not an error
    QCOMPARE(c.api.deliveryExtensions(), ApiClient::Extensions::Unsupported);

    // Known for this connection: another subscription, refreshes and actions ask nothing more.
    feed.setSubscription(subscriptionWithId(2));
    QCOMPARE(feed.state(), DeliveriesFeed::State::Unsupported);
    clock.advance(10 * intervalMs);
    feed.refresh();
    feed.sendTestEvent();
    feed.retrySelected();
    QCOMPARE(feed.listRequestCount(), 1);
    QCOMPARE(started.size(), 0);
    QCOMPARE(feed.state(), DeliveriesFeed::State::Unsupported);

    // A new connection on the same client detects again.
    QVERIFY(c.api.setServer(server.url(), "documented-api-key"));
    QCOMPARE(feed.state(), DeliveriesFeed::State::Loading);
    QCOMPARE(feed.listRequestCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(feed.state(), DeliveriesFeed::State::Unsupported, waitMs);
    QCOMPARE(deliveryRequests, 2);
}

void TestDeliveriesFeed::documentedFieldsOnlySandboxStillHasDeliveries()
{
    // The flag trims subscription answers only; the delivery endpoints stay.
    SandboxProcess sandbox;
    QVERIFY(startSandbox(sandbox, {QStringLiteral("--documented-fields-only")}));
    Receiver receiver;
    Connection c;
    QVERIFY(c.api.setServer(sandbox.baseUrl(), sandbox.apiKey()));
    const auto id = seed(c.api, receiver.url(), 1);
    QVERIFY(id);
    FakeClock clock;
    DeliveriesFeed feed(&c.api, &clock);
    feed.setActive(true);
    feed.setSubscription(subscriptionWithId(*id));
    QTRY_COMPARE_WITH_TIMEOUT(feed.state(), DeliveriesFeed::State::Loaded, waitMs);
    QCOMPARE(c.api.deliveryExtensions(), ApiClient::Extensions::Supported);
    QCOMPARE(feed.deliveryModel()->total(), 1);
}

QTEST_MAIN(TestDeliveriesFeed)
#include "tst_deliveriesfeed.moc"
