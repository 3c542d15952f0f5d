// ApiClient over real HTTP on loopback: against the real sandbox (all documented endpoints, the
// delivery extensions, rate limits served exactly), and against a scripted server only for faults
// the sandbox cannot produce (5xx then success, garbage bodies, missing extensions, hangs).

#include "kit/Require.h"
#include "kit/ScriptedHttpServer.h"
#include "kit/SandboxProcess.h"
#include "kit/SandboxSeeder.h"

#include "api/ApiClient.h"
#include "api/RequestQueue.h"
#include "common/SystemClock.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {
// Waits (test code only) until a callback stored a result.
template<class T>
struct Box
{
    std::optional<ApiResult<T>> result;
    auto callback()
    {
        return [this](const ApiResult<T> &r) { result = r; };
    }
    bool wait(int ms = 30000)
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, ms);
    }
};

struct Rig
{
    explicit Rig(const RateLimitPolicy &policy = RateLimitPolicy::documented())
        : queue(&clock, policy)
        , client(&nam, &queue)
    {
        RetryPolicy retry;
        retry.baseDelayMs = 20;
        retry.maxDelayMs = 100;
        queue.setRetryPolicy(retry);
    }
    SystemClock clock;
    QNetworkAccessManager nam;
    RequestQueue queue;
    ApiClient client;
};
}  // namespace

class TestApiClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    // scripted faults
    void retriesGetAfter5xx();
    void neverRetriesPost();
    void malformedBodyIsTyped();
    void serverFieldErrors();
    void validatesBeforeSending();
    void patchSendsOnlyChangedFields();
    void serverGivenIdsAreAddressedAsGiven();
    void rateLimited429IsWaitedOut();
    void cancelAndDestroyedContext();
    void missingExtensionsAreDetectedOnce();
    void extension404ForUnknownSubscriptionIsNotFound();
    void insecureServerNeedsConsent();
    void redactsTheKey();
    // the real sandbox
    void sandboxEndToEnd();
    void sandboxWrongKey();
    void sandboxHugeListIsReadWhole();
    void sandboxExtensions();
    void sandboxRateLimitIsServedExactly();
    void sandboxAdvertisedLimitIsFollowed();

private:
    bool startSandbox(SandboxProcess &sandbox, const QStringList &args = {});
};

void TestApiClient::initTestCase()
{
    qRegisterMetaType<HttpResponse>();
}

bool TestApiClient::startSandbox(SandboxProcess &sandbox, const QStringList &args)
{
    if (!QFileInfo::exists(SandboxProcess::executable()))
        return false;
    return sandbox.start(args);
}

void TestApiClient::retriesGetAfter5xx()
{
    int calls = 0;
    ScriptedHttpServer server([&calls](const ScriptedHttpServer::Request &) {
        return ++calls < 3 ? ScriptedHttpServer::response(503, "{\"detail\":\"busy\"}")
                           : ScriptedHttpServer::response(200, R"([{"event":"a","description":"A"}])");
    });
    Rig rig;
    rig.client.setServer(server.url(), "key-123456789012345");
    Box<EventTypeList> box;
    rig.client.listEventTypes(RequestLane::Interactive, this, box.callback());
    QVERIFY(box.wait());
    QVERIFY2(box.result->ok(), qPrintable(box.result->error.message()));
    QCOMPARE(calls, 3);
    QCOMPARE(rig.client.validator().knownEventTypes(), QStringList{QStringLiteral("a")});
}

void TestApiClient::neverRetriesPost()
{
    ScriptedHttpServer server([](const ScriptedHttpServer::Request &) {
        return ScriptedHttpServer::response(502, "<html>bad gateway</html>");
    });
    Rig rig;
    rig.client.setServer(server.url(), "k");
    Box<CreatedSubscription> box;
    rig.client.createSubscription(QStringLiteral("https://example.com/h"), std::nullopt, RequestLane::Interactive, this,
                                  box.callback());
    QVERIFY(box.wait());
    QCOMPARE(box.result->error.kind, ApiError::Kind::Server);
    QCOMPARE(box.result->error.httpStatus, 502);
    // Nothing waits in the queue: a retry would be scheduled before the answer is handed out.
    QVERIFY(rig.queue.isIdle());
    QCOMPARE(server.requests.size(), 1);
}

void TestApiClient::malformedBodyIsTyped()
{
    ScriptedHttpServer server([](const ScriptedHttpServer::Request &) {
        return ScriptedHttpServer::response(200, "{\"id\": \"not a number\"");
    });
    Rig rig;
    rig.client.setServer(server.url(), "k");
    Box<Subscription> box;
    rig.client.getSubscription(1, RequestLane::Interactive, this, box.callback());
    QVERIFY(box.wait());
    QCOMPARE(box.result->error.kind, ApiError::Kind::MalformedBody);
    QVERIFY(!box.result->error.message().isEmpty());
}

void TestApiClient::serverFieldErrors()
{
    ScriptedHttpServer server([](const ScriptedHttpServer::Request &) {
        return ScriptedHttpServer::response(
            422, R"({"detail":[{"loc":["body","url"],"msg":"URL is not reachable","type":"value_error"}]})");
    });
    Rig rig;
    rig.client.setServer(server.url(), "k");
    Box<CreatedSubscription> box;
    rig.client.createSubscription(QStringLiteral("https://example.com/h"), QStringLiteral("d"),
                                  RequestLane::Interactive, this, box.callback());
    QVERIFY(box.wait());
    QCOMPARE(box.result->error.kind, ApiError::Kind::Validation);
    QCOMPARE(box.result->error.fieldErrors.value(QStringLiteral("url")), QStringLiteral("URL is not reachable"));
}

void TestApiClient::validatesBeforeSending()
{
    ScriptedHttpServer server(
        [](const ScriptedHttpServer::Request &) { return ScriptedHttpServer::response(200, "{}"); });
    Rig rig;
    rig.client.setServer(server.url(), "k");
    Box<CreatedSubscription> box;
    rig.client.createSubscription(QStringLiteral("ftp://x"), QString(1001, u'd'), RequestLane::Interactive, this,
                                  box.callback());
    QVERIFY(!box.result);  // never from inside the call
    QVERIFY(box.wait());
    QCOMPARE(box.result->error.kind, ApiError::Kind::InvalidInput);
    QCOMPARE(box.result->error.fieldErrors.size(), 2);
    Box<Subscription> patch;
    rig.client.updateSubscription(1, SubscriptionPatch{}, RequestLane::Interactive, this, patch.callback());
    QVERIFY(patch.wait());
    QCOMPARE(patch.result->error.kind, ApiError::Kind::InvalidInput);
    QVERIFY(server.requests.isEmpty());
}

void TestApiClient::patchSendsOnlyChangedFields()
{
    ScriptedHttpServer server([](const ScriptedHttpServer::Request &) {
        return ScriptedHttpServer::response(
            200,
            R"({"id":5,"url":"https://a","description":null,"enabled":false,"created_at":"2026-11-27T16:08:00Z"})");
    });
    Rig rig;
    rig.client.setServer(server.url(), "k");
    SubscriptionPatch patch;
    patch.enabled = false;
    patch.description = QString();  // null: clear it
    Box<Subscription> box;
    rig.client.updateSubscription(5, patch, RequestLane::Interactive, this, box.callback());
    QVERIFY(box.wait());
    QVERIFY(box.result->ok());
    QCOMPARE(server.requests.first().method, QByteArray("PATCH"));
    QCOMPARE(server.requests.first().path, QByteArray("/api/v1/webhooks/5"));
    const auto body = QJsonDocument::fromJson(server.requests.first().body).object();
    QCOMPARE(body.keys(), (QStringList{QStringLiteral("description"), QStringLiteral("enabled")}));
    QVERIFY(body.value(QStringLiteral("description")).isNull());
    QCOMPARE(body.value(QStringLiteral("enabled")).toBool(true), false);
}

// The schema sets no minimum for an id: a server may hand out -7 or 0, and the client addresses
// each as it was given (only ids a person types are checked, by webhookctl's id list).
void TestApiClient::serverGivenIdsAreAddressedAsGiven()
{
    ScriptedHttpServer server([](const ScriptedHttpServer::Request &request) {
        if (request.method == "DELETE")
            return ScriptedHttpServer::response(204, {});
        return ScriptedHttpServer::response(
            200,
            R"({"id":-7,"url":"https://a","description":null,"enabled":false,"created_at":"2026-11-27T16:08:00Z"})");
    });
    Rig rig;
    rig.client.setServer(server.url(), "k");
    Box<Subscription> fetched;
    rig.client.getSubscription(-7, RequestLane::Interactive, this, fetched.callback());
    QVERIFY(fetched.wait());
    QVERIFY2(fetched.result->ok(), qPrintable(fetched.result->error.message()));
    QCOMPARE(fetched.result->value->id, std::optional<qint64>(-7));
    SubscriptionPatch patch;
    patch.enabled = false;
    Box<Subscription> patched;
    rig.client.updateSubscription(-7, patch, RequestLane::Interactive, this, patched.callback());
    QVERIFY(patched.wait());
    QVERIFY(patched.result->ok());
    Box<Empty> removed;
    rig.client.deleteSubscription(0, RequestLane::Interactive, this, removed.callback());
    QVERIFY(removed.wait());
    QVERIFY(removed.result->ok());
    QCOMPARE(server.requests.size(), 3);
    QCOMPARE(server.requests.at(0).path, QByteArray("/api/v1/webhooks/-7"));
    QCOMPARE(server.requests.at(1).path, QByteArray("/api/v1/webhooks/-7"));
    QCOMPARE(server.requests.at(2).path, QByteArray("/api/v1/webhooks/0"));
}

void TestApiClient::rateLimited429IsWaitedOut()
{
    int calls = 0;
    ScriptedHttpServer server([&calls](const ScriptedHttpServer::Request &) {
        return ++calls == 1
            ? ScriptedHttpServer::response(429, "{\"detail\":\"Too Many Requests\"}", {"Retry-After: 1"})
            : ScriptedHttpServer::response(200, "[]");
    });
    Rig rig;
    rig.client.setServer(server.url(), "k");
    Box<SubscriptionList> box;
    rig.client.listSubscriptions(RequestLane::Interactive, this, box.callback());
    QVERIFY(box.wait());
    QVERIFY(box.result->ok());
    QCOMPARE(calls, 2);
    QCOMPARE(rig.queue.bucketState(QStringLiteral("GET /api/v1/webhooks/")).count429, 1);
}

void TestApiClient::cancelAndDestroyedContext()
{
    ScriptedHttpServer server([](const ScriptedHttpServer::Request &) { return QByteArray(); });  // hangs
    Rig rig;
    rig.client.setServer(server.url(), "k");
    Box<SubscriptionList> box;
    const RequestId id = rig.client.listSubscriptions(RequestLane::Interactive, this, box.callback());
    QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 1, 30000);
    QVERIFY(rig.client.cancel(id));
    QVERIFY(box.wait());
    QCOMPARE(box.result->error.kind, ApiError::Kind::Cancelled);

    auto context = std::make_unique<QObject>();
    bool called = false;
    rig.client.getSubscription(3, RequestLane::Interactive, context.get(),
                               [&](const ApiResult<Subscription> &) { called = true; });
    QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 2, 30000);
    context.reset();
    // Whatever the cancel queued runs before a call queued after it.
    bool after = false;
    QMetaObject::invokeMethod(
        this, [&after] { after = true; }, Qt::QueuedConnection);
    QTRY_VERIFY_WITH_TIMEOUT(after, 30000);
    QVERIFY(!called);
    QVERIFY(rig.queue.isIdle());  // destroying the context cancelled the request
}

void TestApiClient::missingExtensionsAreDetectedOnce()
{
    ScriptedHttpServer server([](const ScriptedHttpServer::Request &req) {
        if (req.path == "/api/v1/webhooks/4")
            return ScriptedHttpServer::response(200,
                                                R"({"id":4,"url":"https://a","created_at":"2026-11-27T16:08:00Z"})");
        return ScriptedHttpServer::response(404, R"({"detail":"Not Found"})");
    });
    Rig rig;
    rig.client.setServer(server.url(), "k");
    QSignalSpy changed(&rig.client, &ApiClient::deliveryExtensionsChanged);
    Box<DeliveryPage> box;
    rig.client.listDeliveries(4, QString(), 50, 0, RequestLane::Interactive, this, box.callback());
    QVERIFY(box.wait());
    QCOMPARE(box.result->error.kind, ApiError::Kind::NotSupported);
    QCOMPARE(rig.client.deliveryExtensions(), ApiClient::Extensions::Unsupported);
    QCOMPARE(changed.size(), 1);
    const auto sent = server.requests.size();
    Box<qint64> test;
    rig.client.sendTestEvent(4, RequestLane::Interactive, this, test.callback());
    QVERIFY(test.wait());
    QCOMPARE(test.result->error.kind, ApiError::Kind::NotSupported);
    QCOMPARE(server.requests.size(), sent);  // answered without asking the server again
    // A new connection detects again.
    rig.client.setServer(server.url(), "k");
    QCOMPARE(rig.client.deliveryExtensions(), ApiClient::Extensions::Unknown);
}

void TestApiClient::extension404ForUnknownSubscriptionIsNotFound()
{
    ScriptedHttpServer server([](const ScriptedHttpServer::Request &) {
        return ScriptedHttpServer::response(404, R"({"detail":"Not Found"})");
    });
    Rig rig;
    rig.client.setServer(server.url(), "k");
    Box<Delivery> box;
    rig.client.getDelivery(99, 1, RequestLane::Interactive, this, box.callback());
    QVERIFY(box.wait());
    QCOMPARE(box.result->error.kind, ApiError::Kind::NotFound);
    QCOMPARE(rig.client.deliveryExtensions(), ApiClient::Extensions::Unknown);
}

void TestApiClient::insecureServerNeedsConsent()
{
    Rig rig;
    QString error;
    QVERIFY(!rig.client.setServer(QUrl(QStringLiteral("ftp://example.com")), "k", &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(rig.client.setServer(QUrl(QStringLiteral("http://hooks.example.invalid")), "k"));
    QVERIFY(ApiClient::isInsecure(rig.client.baseUrl()));
    QVERIFY(!ApiClient::isInsecure(QUrl(QStringLiteral("http://127.0.0.1:9"))));
    QVERIFY(!ApiClient::isInsecure(QUrl(QStringLiteral("http://localhost:9"))));
    QVERIFY(!ApiClient::isInsecure(QUrl(QStringLiteral("http://[::1]:9"))));
    QVERIFY(!ApiClient::isInsecure(QUrl(QStringLiteral("https://example.com"))));
    Box<SubscriptionList> box;
    rig.client.listSubscriptions(RequestLane::Interactive, this, box.callback());
    QVERIFY(box.wait());
    QCOMPARE(box.result->error.kind, ApiError::Kind::InsecureRefused);
    QVERIFY(box.result->error.message().contains(QStringLiteral("https://")));
}

void TestApiClient::redactsTheKey()
{
    QCOMPARE(ApiClient::redact("sk_live_abcdefghijklmnop"), QStringLiteral("****mnop"));
    QCOMPARE(ApiClient::redact("short"), QStringLiteral("****"));
    QCOMPARE(ApiClient::redact({}), QStringLiteral("(none)"));
    Rig rig;
    rig.client.setServer(QUrl(QStringLiteral("http://127.0.0.1:1")), "sk_live_abcdefghijklmnop");
    QCOMPARE(rig.client.redactedKey(), QStringLiteral("****mnop"));
}

void TestApiClient::sandboxEndToEnd()
{
    SandboxProcess sandbox;
    WEBHOOK_REQUIRE(startSandbox(sandbox), "the webhook-sandbox binary is not available");
    Rig rig;
    QVERIFY(rig.client.setServer(sandbox.baseUrl(), sandbox.apiKey()));

    Box<EventTypeList> types;
    rig.client.listEventTypes(RequestLane::Interactive, this, types.callback());
    QVERIFY(types.wait());
    QVERIFY2(types.result->ok(), qPrintable(types.result->error.message()));
    QVERIFY(!types.result->value->isEmpty());

    Box<CreatedSubscription> created;
    rig.client.createSubscription(QStringLiteral("https://example.com/hooks"), QStringLiteral("Orders"),
                                  RequestLane::Interactive, this, created.callback());
    QVERIFY(created.wait());
    QVERIFY2(created.result->ok(), qPrintable(created.result->error.message()));
    QVERIFY(!created.result->value->clientSecret.isEmpty());
    const qint64 id = *created.result->value->subscription.id;
    QCOMPARE(created.result->value->subscription.description, std::optional<QString>(QStringLiteral("Orders")));
    QVERIFY(created.result->value->subscription.createdAt.isValid());

    Box<SubscriptionList> list;
    rig.client.listSubscriptions(RequestLane::Interactive, this, list.callback());
    QVERIFY(list.wait());
    QVERIFY2(list.result->ok(), qPrintable(list.result->error.message()));
    QVERIFY(std::any_of(list.result->value->cbegin(), list.result->value->cend(),
                        [id](const Subscription &s) { return s.id == id; }));

    SubscriptionPatch patch;
    patch.enabled = false;
    patch.description = QString();
    Box<Subscription> patched;
    rig.client.updateSubscription(id, patch, RequestLane::Interactive, this, patched.callback());
    QVERIFY(patched.wait());
    QVERIFY2(patched.result->ok(), qPrintable(patched.result->error.message()));
    QCOMPARE(patched.result->value->enabled, false);
    QVERIFY(!patched.result->value->description);

    Box<Subscription> got;
    rig.client.getSubscription(id, RequestLane::Interactive, this, got.callback());
    QVERIFY(got.wait());
    QVERIFY(got.result->ok());
    QCOMPARE(got.result->value->enabled, false);
    QCOMPARE(got.result->value->url, QStringLiteral("https://example.com/hooks"));

    Box<Empty> deleted;
    rig.client.deleteSubscription(id, RequestLane::Interactive, this, deleted.callback());
    QVERIFY(deleted.wait());
    QVERIFY2(deleted.result->ok(), qPrintable(deleted.result->error.message()));

    Box<Subscription> gone;
    rig.client.getSubscription(id, RequestLane::Interactive, this, gone.callback());
    QVERIFY(gone.wait());
    QCOMPARE(gone.result->error.kind, ApiError::Kind::NotFound);
    QCOMPARE(gone.result->error.httpStatus, 404);
}

void TestApiClient::sandboxWrongKey()
{
    SandboxProcess sandbox;
    WEBHOOK_REQUIRE(startSandbox(sandbox), "the webhook-sandbox binary is not available");
    Rig rig;
    rig.client.setServer(sandbox.baseUrl(), "wrong-key-0000000000");
    QCOMPARE(rig.client.keyState(), ApiClient::KeyState::Unknown);
    QSignalSpy keyState(&rig.client, &ApiClient::keyStateChanged);
    Box<SubscriptionList> box;
    rig.client.listSubscriptions(RequestLane::Interactive, this, box.callback());
    QVERIFY(box.wait());
    QCOMPARE(box.result->error.kind, ApiError::Kind::Unauthorized);
    QVERIFY(!sandbox.standardError().contains(QStringLiteral("wrong-key-0000000000")));
    // The client knows the key was not accepted, and says so once.
    QCOMPARE(rig.client.keyState(), ApiClient::KeyState::Rejected);
    QCOMPARE(keyState.size(), 1);

    // Another key starts unknown; an answer with data shows it accepted.
    rig.client.setServer(sandbox.baseUrl(), sandbox.apiKey());
    QCOMPARE(rig.client.keyState(), ApiClient::KeyState::Unknown);
    Box<SubscriptionList> again;
    rig.client.listSubscriptions(RequestLane::Interactive, this, again.callback());
    QVERIFY(again.wait());
    QVERIFY(again.result->ok());
    QCOMPARE(rig.client.keyState(), ApiClient::KeyState::Accepted);
}

void TestApiClient::sandboxHugeListIsReadWhole()
{
    // More than 16 MiB of list answer (an early version cut answers there and then reported
    // "not valid JSON"); decoded off the GUI thread, handed back on it.
    SandboxProcess sandbox;
    WEBHOOK_REQUIRE(startSandbox(sandbox), "the webhook-sandbox binary is not available");
    constexpr int count = 40000;
    const QString padding(300, QLatin1Char('x'));
    QString error;
    QVERIFY2(SandboxSeeder::seed(
                 sandbox.dbPath(), count,
                 [&padding](int i) {
                     return SandboxSeeder::Row{QStringLiteral("https://partner-%1.example.com/hook").arg(i),
                                               QStringLiteral("Partner %1 %2").arg(i).arg(padding),
                                               true,
                                               {}};
                 },
                 &error),
             qPrintable(error));
    Rig rig;
    rig.client.setServer(sandbox.baseUrl(), sandbox.apiKey());
    Box<SubscriptionList> box;
    rig.client.listSubscriptions(RequestLane::Interactive, this, box.callback());
    QVERIFY(box.wait(120000));
    QVERIFY2(box.result->ok(), qPrintable(box.result->error.message()));
    QCOMPARE((*box.result)->size(), count);
    QCOMPARE((*box.result)->last().url, QStringLiteral("https://partner-%1.example.com/hook").arg(count - 1));
}

void TestApiClient::sandboxExtensions()
{
    SandboxProcess sandbox;
    // A loopback target: accepted with --allow-private-targets (refused with 422 without it).
    WEBHOOK_REQUIRE(startSandbox(sandbox, {QStringLiteral("--allow-private-targets")}),
                    "the webhook-sandbox binary is not available");
    Rig rig;
    rig.client.setServer(sandbox.baseUrl(), sandbox.apiKey());
    Box<CreatedSubscription> created;
    rig.client.createSubscription(QStringLiteral("http://127.0.0.1:9/unreachable"), std::nullopt,
                                  RequestLane::Interactive, this, created.callback());
    QVERIFY(created.wait());
    QVERIFY2(created.result->ok(), qPrintable(created.result->error.message()));
    const qint64 id = *created.result->value->subscription.id;

    Box<qint64> test;
    rig.client.sendTestEvent(id, RequestLane::Interactive, this, test.callback());
    QVERIFY(test.wait());
    QVERIFY2(test.result->ok(), qPrintable(test.result->error.message()));
    QCOMPARE(rig.client.deliveryExtensions(), ApiClient::Extensions::Supported);

    Box<DeliveryPage> page;
    rig.client.listDeliveries(id, QString(), 10, 0, RequestLane::Interactive, this, page.callback());
    QVERIFY(page.wait());
    QVERIFY2(page.result->ok(), qPrintable(page.result->error.message()));
    QVERIFY(page.result->value->total >= 1);
    QVERIFY(!page.result->value->items.isEmpty());

    Box<Delivery> detail;
    rig.client.getDelivery(id, *test.result->value, RequestLane::Interactive, this, detail.callback());
    QVERIFY(detail.wait());
    QVERIFY2(detail.result->ok(), qPrintable(detail.result->error.message()));
    QCOMPARE(detail.result->value->id, *test.result->value);

    Box<DeliveryPage> bad;
    rig.client.listDeliveries(id, QStringLiteral("lost"), 10, 0, RequestLane::Interactive, this, bad.callback());
    QVERIFY(bad.wait());
    QCOMPARE(bad.result->error.kind, ApiError::Kind::InvalidInput);
}

void TestApiClient::sandboxRateLimitIsServedExactly()
{
    // Both sides on a 2 s window: 50 GETs per window. 130 GETs of distinct ids must all be
    // answered (404s), none with 429, and never more than 50 sent in any 2 s.
    SandboxProcess sandbox;
    WEBHOOK_REQUIRE(startSandbox(sandbox, {QStringLiteral("--rate-window"), QStringLiteral("2s")}),
                    "the webhook-sandbox binary is not available");
    RateLimitPolicy policy;
    policy.setWindow(2000);
    Rig rig(policy);
    rig.client.setServer(sandbox.baseUrl(), sandbox.apiKey());
    std::vector<qint64> sends;
    connect(&rig.queue, &RequestQueue::requestSent, this,
            [&](const QString &, RequestLane, qint64 at, int) { sends.push_back(at); });
    int answered = 0, limited = 0;
    const int total = 130;
    const BulkJobId job = rig.client.beginBulkJob(total, QStringLiteral("probe"));
    for (int i = 0; i < total; ++i) {
        rig.client.getSubscription(100000 + i, RequestOptions::bulk(job), this, [&](const ApiResult<Subscription> &r) {
            ++answered;
            limited += r.error.kind == ApiError::Kind::RateLimited;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, total, 60000);
    QCOMPARE(limited, 0);
    QCOMPARE(rig.queue.bucketState(QStringLiteral("GET /api/v1/webhooks/{id}")).count429, 0);
    std::sort(sends.begin(), sends.end());
    std::size_t lo = 0;
    for (std::size_t hi = 0; hi < sends.size(); ++hi) {
        while (sends[lo] <= sends[hi] - 2000)
            ++lo;
        QVERIFY(hi - lo + 1 <= 50);
    }
    QVERIFY(rig.client.bulkJobProgress(job).finished);
}

void TestApiClient::sandboxAdvertisedLimitIsFollowed()
{
    // The sandbox on a 2 s window says so (RateLimit-Policy); a client on the documented limits
    // (100 PATCHes a minute) follows it up to 100 per 2 s, and never above it: 300 PATCHes (of ids
    // that do not exist: each is counted all the same) without a 429.
    SandboxProcess sandbox;
    WEBHOOK_REQUIRE(startSandbox(sandbox, {QStringLiteral("--rate-window"), QStringLiteral("2s")}),
                    "the webhook-sandbox binary is not available");
    Rig rig;
    rig.client.setServer(sandbox.baseUrl(), sandbox.apiKey());
    const QString bucket = QStringLiteral("PATCH /api/v1/webhooks/{id}");
    QCOMPARE(rig.queue.bucketState(bucket).windowMs, 60'000);
    std::vector<qint64> sends;
    connect(&rig.queue, &RequestQueue::requestSent, this,
            [&](const QString &, RequestLane, qint64 at, int) { sends.push_back(at); });
    int answered = 0, notFound = 0;
    const int total = 300;
    const BulkJobId job = rig.client.beginBulkJob(total, QStringLiteral("advertised"));
    for (int i = 0; i < total; ++i) {
        SubscriptionPatch patch;
        patch.enabled = false;
        rig.client.updateSubscription(200000 + i, patch, RequestOptions::bulk(job), this,
                                      [&](const ApiResult<Subscription> &r) {
                                          ++answered;
                                          notFound += r.error.kind == ApiError::Kind::NotFound;
                                      });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, total, 120'000);
    QCOMPARE(notFound, total);
    const BucketState state = rig.queue.bucketState(bucket);
    QCOMPARE(state.limit, 100);
    QCOMPARE(state.windowMs, 2000);
    QCOMPARE(state.count429, 0);
    std::sort(sends.begin(), sends.end());
    std::size_t lo = 0;
    for (std::size_t hi = 0; hi < sends.size(); ++hi) {
        while (sends[lo] <= sends[hi] - 2000)
            ++lo;
        QVERIFY(hi - lo + 1 <= 100);
    }
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
