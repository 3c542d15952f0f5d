// libFuzzer target over the sandbox's request handling: SandboxApi::handle(), which routes,
// authenticates, rate-limits, parses and validates the request body (FastAPI-style 400/422) and
// runs the endpoint on a real (in-memory) SQLite store.
//
// Input format (readable seeds in corpus/sandbox_request/):
//   line 1: METHOD PATH[?QUERY]
//   line 2: which key: "A" (tenant A's key), "B" (tenant B's key), anything else is sent as is
//   rest:   the request body
//
// Checked on every response: no 5xx, X-RateLimit-* present, JSON body (empty for 204), Allow on
// 405, Retry-After >= 1 on 429, never 2xx without a valid key, tenant A never sees tenant B's
// data, and every 2xx body decodes with the client's JsonDecoder (the wire contract, both ends).
#include "FuzzCheck.h"

#include "api/JsonDecoder.h"
#include "kit/FakeClock.h"
#include "common/SystemClock.h"
#include "common/RateLimitPolicy.h"
#include "sandbox/ApiKeyStore.h"
#include "sandbox/DeliveryScheduler.h"
#include "sandbox/DeliveryStore.h"
#include "sandbox/DeliveryTransport.h"
#include "sandbox/EventCatalogue.h"
#include "sandbox/EventPublisher.h"
#include "sandbox/RateLimitEnforcer.h"
#include "sandbox/SandboxApi.h"
#include "sandbox/SandboxDatabase.h"
#include "sandbox/RequestValidation.h"
#include "sandbox/SubscriptionStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace {

const QByteArray kTenantBMarker = "tenant-b-private.example";

// The whole API on a fresh in-memory database, rebuilt every few hundred inputs so that the
// store stays small (and runs stay fast) while state still carries from one input to the next.
struct Sandbox
{
    FakeClock clock;
    SystemClock wallClock;  // the transport's; it never sends here (private targets refused)
    EventCatalogue catalogue = EventCatalogue::defaults();
    SandboxDatabase database;
    std::unique_ptr<ApiKeyStore> keys;
    std::unique_ptr<SubscriptionStore> subscriptions;
    std::unique_ptr<DeliveryStore> deliveries;
    std::unique_ptr<RateLimitEnforcer> rateLimits;
    std::unique_ptr<DeliveryTransport> transport;
    std::unique_ptr<DeliveryScheduler> scheduler;
    std::unique_ptr<EventPublisher> publisher;
    std::unique_ptr<SandboxApi> api;
    QByteArray keyA, keyB;

    Sandbox()
    {
        clock.setUtcStart(QDateTime(QDate(2026, 11, 27), QTime(16, 8), Qt::UTC));
        QString error;
        FUZZ_CHECK(database.open(QStringLiteral(":memory:"), &error));
        keys = std::make_unique<ApiKeyStore>(database);
        subscriptions = std::make_unique<SubscriptionStore>(database);
        deliveries = std::make_unique<DeliveryStore>(database);
        rateLimits = std::make_unique<RateLimitEnforcer>(clock, RateLimitPolicy::documented());
        // Private targets refused and the scheduler never started: no delivery leaves the process.
        transport = std::make_unique<DeliveryTransport>(wallClock, 1000, false);
        scheduler = std::make_unique<DeliveryScheduler>(*deliveries, *subscriptions, *transport, clock);
        publisher = std::make_unique<EventPublisher>(database, *subscriptions, *deliveries, clock, DeliverySchedule{},
                                                     scheduler.get());
        api = std::make_unique<SandboxApi>(database, *keys, *subscriptions, *deliveries, catalogue, *rateLimits,
                                           *publisher, *scheduler, clock);
        keyA = keys->create(QStringLiteral("fuzz-a"), &error);
        keyB = keys->create(QStringLiteral("fuzz-b"), &error);
        FUZZ_CHECK(!keyA.isEmpty() && !keyB.isEmpty());
        // Tenant B owns a subscription (id 1) and a delivery that tenant A must never reach.
        ApiRequest create;
        create.method = QStringLiteral("POST");
        create.path = QStringLiteral("/api/v1/webhooks/");
        create.apiKey = keyB;
        create.caller = QStringLiteral("seed");
        create.body = "{\"url\":\"https://" + kTenantBMarker + "/hook\",\"description\":\"" + kTenantBMarker + "\"}";
        FUZZ_CHECK(api->handle(create).status == 200);
    }
};

// Deliberately never destroyed at exit: Qt's SQL connection registry is a global that may be gone
// by then (static destruction order), and the process is ending anyway.
Sandbox *g_sandbox = nullptr;
int g_runs = 0;

void checkDecodes(const ApiRequest &request, const ApiResponse &response)
{
    const QString &route = response.route;
    const QByteArray &body = response.body;
    if (response.status >= 400) {
        FUZZ_CHECK(!JsonDecoder::errorBody(body).detail.isEmpty());
        return;
    }
    if (route == u"/api/v1/webhooks/types")
        FUZZ_CHECK(JsonDecoder::eventTypes(body).ok());
    else if (route == u"/api/v1/webhooks/" || route == u"/api/v1/webhooks")
        FUZZ_CHECK(request.method == u"GET" ? JsonDecoder::subscriptionList(body).ok()
                                            : JsonDecoder::createdSubscription(body).ok());
    else if (route == u"/api/v1/webhooks/{id}" && response.status == 200)
        FUZZ_CHECK(JsonDecoder::subscription(body).ok());
    else if (route == u"/api/v1/webhooks/{id}/deliveries")
        FUZZ_CHECK(JsonDecoder::deliveryPage(body).ok());
    else if (route == u"/api/v1/webhooks/{id}/deliveries/{delivery_id}"
             || route == u"/api/v1/webhooks/{id}/deliveries/{delivery_id}/retry")
        FUZZ_CHECK(JsonDecoder::delivery(body).ok());
    else if (route == u"/api/v1/webhooks/{id}/test")
        FUZZ_CHECK(JsonDecoder::testEventDeliveryId(body).ok());
}

// Tenant B's subscription is id 1 (the first row of every fresh database): tenant A reaches it
// neither by id nor through the list.
void checkTenantIsolation(const ApiRequest &request, const ApiResponse &response)
{
    if (response.route.contains(u"{id}")) {
        const QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        // api, v1, webhooks, {id}, ...
        if (segments.size() >= 4) {
            QJsonArray ignored;
            const auto id = RequestValidation::pathId(segments.at(3), QStringLiteral("subscription_id"), ignored);
            FUZZ_CHECK(!id || *id != 1);
        }
    }
    if (request.method == u"GET" && (response.route == u"/api/v1/webhooks/" || response.route == u"/api/v1/webhooks")) {
        const auto list = JsonDecoder::subscriptionList(response.body);
        if (list.ok()) {
            for (const Subscription &s : *list)
                FUZZ_CHECK(s.id != 1);
        }
    }
}

QByteArray header(const ApiResponse &r, const QByteArray &name)
{
    for (const auto &h : r.headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!g_sandbox || ++g_runs % 256 == 0) {
        delete g_sandbox;
        g_sandbox = new Sandbox;
    }
    Sandbox &sb = *g_sandbox;
    // One second per request: most requests pass, bursts on one bucket meet the 429 path.
    sb.clock.advance(1000);

    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype eol1 = input.indexOf('\n');
    const QByteArray line1 = eol1 < 0 ? input : input.left(eol1);
    const QByteArray rest = eol1 < 0 ? QByteArray() : input.mid(eol1 + 1);
    const qsizetype eol2 = rest.indexOf('\n');
    const QByteArray keyLine = eol2 < 0 ? rest : rest.left(eol2);

    ApiRequest request;
    const qsizetype space = line1.indexOf(' ');
    request.method = QString::fromLatin1(space < 0 ? line1 : line1.left(space));
    const QByteArray target = space < 0 ? QByteArray() : line1.mid(space + 1);
    const qsizetype qmark = target.indexOf('?');
    // The HTTP server hands over a percent-decoded path and the raw query.
    request.path = QUrl::fromPercentEncoding(qmark < 0 ? target : target.left(qmark));
    if (qmark >= 0)
        request.query = QUrlQuery(QString::fromUtf8(target.mid(qmark + 1)));
    const bool asA = keyLine == "A";
    const bool asB = keyLine == "B";
    request.apiKey = asA ? sb.keyA : asB ? sb.keyB : keyLine;
    request.body = eol2 < 0 ? QByteArray() : rest.mid(eol2 + 1);
    request.caller = QStringLiteral("fuzz");

    const ApiResponse response = sb.api->handle(request);

    FUZZ_CHECK(response.status >= 200 && response.status < 500);
    FUZZ_CHECK(!header(response, "X-RateLimit-Limit").isEmpty());
    FUZZ_CHECK(!header(response, "X-RateLimit-Remaining").isEmpty());
    FUZZ_CHECK(!header(response, "X-RateLimit-Reset").isEmpty());
    if (response.status == 204) {
        FUZZ_CHECK(response.body.isEmpty());
    } else {
        QJsonParseError e;
        QJsonDocument::fromJson(response.body, &e);
        FUZZ_CHECK(e.error == QJsonParseError::NoError);
    }
    if (response.status == 405)
        FUZZ_CHECK(!header(response, "Allow").isEmpty());
    if (response.status == 429)
        FUZZ_CHECK(header(response, "Retry-After").toInt() >= 1);
    // A key that is not one of the two valid ones (even a prefix or a case variant) gets nothing.
    if (!asA && !asB && request.apiKey != sb.keyA && request.apiKey != sb.keyB)
        FUZZ_CHECK(response.status >= 400);
    if ((asA || request.apiKey == sb.keyA) && response.status < 300)
        checkTenantIsolation(request, response);
    if (response.status < 300)
        checkDecodes(request, response);
    return 0;
}
