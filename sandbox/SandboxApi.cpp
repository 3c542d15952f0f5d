// At the usual size of a room: the routing and one handler per documented endpoint and extension.
// Storage, delivery, rate limits, framing and JSON live in their own classes.
#include "sandbox/SandboxApi.h"

#include "sandbox/ApiKeyStore.h"
#include "sandbox/DeliveryScheduler.h"
#include "sandbox/DeliveryStore.h"
#include "sandbox/EventCatalogue.h"
#include "sandbox/EventPublisher.h"
#include "sandbox/RateLimitEnforcer.h"
#include "sandbox/RequestValidation.h"
#include "common/UnicodeText.h"
#include "sandbox/SandboxDatabase.h"
#include "sandbox/SandboxJson.h"
#include "sandbox/SubscriptionStore.h"
#include "common/TargetAddressRule.h"
#include "common/Clock.h"
#include "common/RateLimitPolicy.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTextStream>
#include <QUrl>

namespace {

// The IETF draft's "RateLimit-Policy: "name";q=<quota>;w=<window seconds>" (a sandbox extension;
// the documented API sends only X-RateLimit-*). The window is rounded up to whole seconds, so a
// client that follows it never goes faster than the sandbox allows.
QByteArray ratePolicyHeader(const QString &bucket, int limit, qint64 windowMs)
{
    QByteArray name = bucket.toLatin1();
    name.replace('\\', "").replace('"', "");
    return '"' + name + "\";q=" + QByteArray::number(limit) + ";w=" + QByteArray::number((windowMs + 999) / 1000);
}

const QString webhooksRoot = QStringLiteral("/api/v1/webhooks/");

bool needsBody(const QString &method, const QString &templ)
{
    if (method == u"PATCH")
        return true;
    return method == u"POST" && (templ == webhooksRoot || templ == u"/api/v1/events");
}
}  // namespace

SandboxApi::SandboxApi(SandboxDatabase &database, ApiKeyStore &keys, SubscriptionStore &subscriptions,
                       DeliveryStore &deliveries, const EventCatalogue &catalogue, RateLimitEnforcer &rateLimits,
                       EventPublisher &publisher, DeliveryScheduler &scheduler, const Clock &clock)
    : m_database(database)
    , m_keys(keys)
    , m_subscriptions(subscriptions)
    , m_deliveries(deliveries)
    , m_catalogue(catalogue)
    , m_rateLimits(rateLimits)
    , m_publisher(publisher)
    , m_scheduler(scheduler)
    , m_clock(clock)
{ }

SandboxApi::Route SandboxApi::match(const QString &path)
{
    Route route;
    QString p = path;
    if (p.size() > 1 && p.endsWith(u'/'))
        p.chop(1);
    const QStringList seg = p.split(u'/');
    // seg[0] is empty (leading slash); an empty segment elsewhere matches nothing.
    if (seg.size() < 4 || !seg[0].isEmpty() || seg[1] != u"api" || seg[2] != u"v1")
        return route;
    for (qsizetype i = 1; i < seg.size(); ++i) {
        if (seg[i].isEmpty())
            return route;
    }
    const QStringList rest = seg.mid(3);
    if (rest.size() == 1 && rest[0] == u"events") {
        route = {QStringLiteral("/api/v1/events"), {QStringLiteral("POST")}, {}};
    } else if (rest[0] != u"webhooks") {
        return route;
    } else if (rest.size() == 1) {
        route = {webhooksRoot, {QStringLiteral("GET"), QStringLiteral("POST")}, {}};
    } else if (rest.size() == 2 && rest[1] == u"types") {
        route = {QStringLiteral("/api/v1/webhooks/types"), {QStringLiteral("GET")}, {}};
    } else if (rest.size() == 2) {
        route = {QStringLiteral("/api/v1/webhooks/{id}"),
                 {QStringLiteral("GET"), QStringLiteral("PATCH"), QStringLiteral("DELETE")},
                 {rest[1]}};
    } else if (rest.size() == 3 && rest[2] == u"deliveries") {
        route = {QStringLiteral("/api/v1/webhooks/{id}/deliveries"), {QStringLiteral("GET")}, {rest[1]}};
    } else if (rest.size() == 3 && rest[2] == u"test") {
        route = {QStringLiteral("/api/v1/webhooks/{id}/test"), {QStringLiteral("POST")}, {rest[1]}};
    } else if (rest.size() == 4 && rest[2] == u"deliveries") {
        route = {QStringLiteral("/api/v1/webhooks/{id}/deliveries/{delivery_id}"),
                 {QStringLiteral("GET")},
                 {rest[1], rest[3]}};
    } else if (rest.size() == 5 && rest[2] == u"deliveries" && rest[4] == u"retry") {
        route = {QStringLiteral("/api/v1/webhooks/{id}/deliveries/{delivery_id}/retry"),
                 {QStringLiteral("POST")},
                 {rest[1], rest[3]}};
    }
    return route;
}

namespace {
SandboxJson::Fields fieldsFor(bool documentedOnly)
{
    return documentedOnly ? SandboxJson::Fields::DocumentedOnly : SandboxJson::Fields::All;
}

ApiResponse subscriptionResponse(const StoredSubscription &s, bool documentedOnly, bool withSecret = false)
{
    ApiResponse response;
    SandboxJson::appendSubscription(response.body, s, withSecret, fieldsFor(documentedOnly));
    return response;
}
}  // namespace

ApiResponse SandboxApi::notFound()
{
    return ApiResponse::json(404, QJsonDocument(SandboxJson::detail(QStringLiteral("Not Found"))));
}

ApiResponse SandboxApi::notStored(const QString &what, const QString &reason)
{
    logDatabaseError(what, reason);
    // Nothing of the event was stored, so sending it again cannot make a duplicate. A 503 rather
    // than a 500: the usual cause is another process holding the write lock for a moment.
    ApiResponse response = ApiResponse::json(
        503,
        QJsonDocument(SandboxJson::detail(QStringLiteral("The event could not be stored (the sandbox database "
                                                         "failed); nothing was published, send it again"))));
    response.addHeader("Retry-After", "1");
    return response;
}

bool SandboxApi::ownedSubscription(qint64 tenantId, qint64 id, ApiResponse &failure)
{
    const StoreResult<std::optional<StoredSubscription>> s = m_subscriptions.get(tenantId, id);
    if (!s)
        failure = databaseFailed(QStringLiteral("read subscription %1").arg(id), s.error());
    else if (!*s)
        failure = notFound();
    return s && *s;
}

void SandboxApi::refusePrivateTarget(const QString &url, const QJsonArray &loc, QJsonArray &errors) const
{
    if (m_allowPrivateTargets)
        return;
    // Decided from the URL alone: a name that resolves to a private address is refused when an
    // attempt is sent (the same rule), as no request waits for a DNS lookup.
    const QString host = QUrl(url).host();
    if (TargetAddressRule::judgeHost(host) != TargetAddressRule::Verdict::Refused)
        return;
    errors.append(SandboxJson::validationError(
        loc,
        QStringLiteral("The sandbox does not deliver to private, loopback or link-local addresses (%1); start it "
                       "with --allow-private-targets to use a local receiver")
            .arg(host),
        QStringLiteral("value_error")));
}

ApiResponse SandboxApi::unprocessable(const QJsonArray &errors)
{
    return ApiResponse::json(422, QJsonDocument(QJsonObject{{QStringLiteral("detail"), errors}}));
}

ApiResponse SandboxApi::handle(const ApiRequest &request)
{
    const Route route = match(request.path);
    const bool known = !route.templ.isEmpty() && route.allowed.contains(request.method);
    // Assigned, not initialised from a conditional expression: gcc 12 then wrongly warns that the
    // value may be used uninitialised where dispatch() is inlined.
    std::optional<qint64> tenant;
    std::optional<DatabaseError> keyReadFailed;
    if (!request.apiKey.isEmpty()) {
        const StoreResult<std::optional<qint64>> authenticated = m_keys.authenticate(request.apiKey);
        if (authenticated)
            tenant = *authenticated;
        else
            keyReadFailed = authenticated.error();
    }
    // Every request counts, answered or not. Anonymous callers (no or wrong key) share one bucket
    // per client address over all paths, so guessing keys is slow on every path; a key's requests
    // that match no endpoint share one bucket of the key, apart from the endpoints' own buckets.
    QString caller;
    QString bucket;
    QString bucketName;
    if (!tenant) {
        caller = QStringLiteral("anon:") + request.caller;
        bucket = RateLimitPolicy::bucketKey(QStringLiteral("*"), QStringLiteral("(no valid API key)"));
        bucketName = QStringLiteral("requests without a valid API key from your address");
    } else {
        caller = QStringLiteral("tenant:%1").arg(*tenant);
        bucket = known ? RateLimitPolicy::bucketKey(request.method, route.templ)
                       : RateLimitPolicy::bucketKey(QStringLiteral("*"), QStringLiteral("(no such endpoint)"));
        bucketName = known ? bucket : QStringLiteral("requests to unknown paths or with a method not allowed");
    }
    if (request.injectTooManyRequests && tenant && known)
        return injectedTooManyRequests(bucket);
    const RateLimitEnforcer::Decision decision = m_rateLimits.admit(caller, bucket);

    ApiResponse response;
    if (!decision.allowed) {
        response =
            ApiResponse::json(429,
                              QJsonDocument(SandboxJson::detail(
                                  QStringLiteral("Rate limit exceeded: %1 requests per window for %2; retry in %3 s")
                                      .arg(decision.limit)
                                      .arg(bucketName)
                                      .arg(decision.retryAfterSeconds))));
        response.addHeader("Retry-After", QByteArray::number(decision.retryAfterSeconds));
    } else if (keyReadFailed) {
        response = databaseFailed(QStringLiteral("read the API key"), *keyReadFailed);
    } else if (route.templ.isEmpty()) {
        response = notFound();
    } else if (!route.allowed.contains(request.method)) {
        response = ApiResponse::json(405, QJsonDocument(SandboxJson::detail(QStringLiteral("Method Not Allowed"))));
        response.addHeader("Allow", route.allowed.join(QStringLiteral(", ")).toLatin1());
    } else if (!tenant) {
        response = ApiResponse::json(
            401,
            QJsonDocument(SandboxJson::detail(request.apiKey.isEmpty() ? QStringLiteral(
                                                  "Not authenticated: send your API key in the X-API-Key header")
                                                                       : QStringLiteral("Invalid API key"))));
    } else if (request.body.size() > maxBodyBytes) {
        response =
            ApiResponse::json(413,
                              QJsonDocument(SandboxJson::detail(
                                  QStringLiteral("Request body too large: at most %1 bytes").arg(maxBodyBytes))));
    } else {
        response = dispatch(request, route, *tenant);
    }
    response.route = route.templ.isEmpty() ? QStringLiteral("(unmatched)") : route.templ;
    response.addHeader("X-RateLimit-Limit", QByteArray::number(decision.limit));
    response.addHeader("X-RateLimit-Remaining", QByteArray::number(decision.remaining));
    response.addHeader("X-RateLimit-Reset", QByteArray::number(decision.resetSeconds));
    response.addHeader("RateLimit-Policy", ratePolicyHeader(bucket, decision.limit, decision.windowMs));
    return response;
}

void SandboxApi::logDatabaseError(const QString &what, const QString &error)
{
    if (m_errorLog) {
        *m_errorLog << SandboxJson::timestamp(QDateTime::currentMSecsSinceEpoch()) << " database error: cannot " << what
                    << ": " << error << Qt::endl;
    }
}

ApiResponse SandboxApi::databaseFailed(const QString &what, const DatabaseError &error)
{
    // The whole story (statement and SQLite's words) goes to the log for whoever runs the
    // sandbox; the caller only learns that it failed, never a partial answer.
    logDatabaseError(what, error.text());
    return ApiResponse::json(
        500, QJsonDocument(SandboxJson::detail(QStringLiteral("Internal Server Error: the sandbox database failed"))));
}

ApiResponse SandboxApi::injectedTooManyRequests(const QString &bucket) const
{
    // As if another client had just used up the key's window: not counted (rejected requests never
    // are), nothing handled, and headers that agree with the answer: no request left, one second
    // until the next one may go.
    ApiResponse response =
        ApiResponse::json(429,
                          QJsonDocument(SandboxJson::detail(
                              QStringLiteral("Injected fault: rate limit exceeded for %1; retry in 1 s").arg(bucket))));
    response.route = QStringLiteral("(fault: 429)");
    response.addHeader("Retry-After", "1");
    response.addHeader("X-RateLimit-Limit", QByteArray::number(m_rateLimits.policy().limitFor(bucket).limit));
    response.addHeader("X-RateLimit-Remaining", "0");
    response.addHeader("X-RateLimit-Reset", "1");
    const RateLimitPolicy::Limit limit = m_rateLimits.policy().limitFor(bucket);
    response.addHeader("RateLimit-Policy", ratePolicyHeader(bucket, limit.limit, limit.windowMs));
    return response;
}

ApiResponse SandboxApi::dispatch(const ApiRequest &request, const Route &route, qint64 tenantId)
{
    QJsonArray errors;
    QList<qint64> ids;
    static const QString paramNames[] = {QStringLiteral("subscription_id"), QStringLiteral("delivery_id")};
    for (qsizetype i = 0; i < route.params.size() && i < 2; ++i) {
        const std::optional<qint64> id = RequestValidation::pathId(route.params[i], paramNames[i], errors);
        ids << id.value_or(-1);
    }
    QJsonObject body;
    if (needsBody(request.method, route.templ)) {
        if (request.body.trimmed().isEmpty()) {
            errors.append(SandboxJson::validationError(QJsonArray{QStringLiteral("body")},
                                                       QStringLiteral("Field required"), QStringLiteral("missing")));
        } else {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                return ApiResponse::json(400,
                                         QJsonDocument(SandboxJson::detail(
                                             QStringLiteral("The request body is not valid JSON (%1 at offset %2)")
                                                 .arg(parseError.errorString())
                                                 .arg(parseError.offset))));
            }
            if (UnicodeText::hasLoneSurrogateEscape(request.body)) {
                // Python's json module reads such an escape as a lone surrogate, which no string
                // field accepts: refuse it rather than store another character.
                errors.append(SandboxJson::validationError(
                    QJsonArray{QStringLiteral("body")},
                    QStringLiteral("Input should be a valid string: unpaired surrogate escape (\\ud800-\\udfff)"),
                    QStringLiteral("string_unicode")));
            } else if (!document.isObject()) {
                errors.append(SandboxJson::validationError(
                    QJsonArray{QStringLiteral("body")},
                    QStringLiteral("Input should be a valid dictionary or object to extract fields from"),
                    QStringLiteral("model_attributes_type")));
            }
            body = document.object();
        }
    }
    if (!errors.isEmpty())
        return unprocessable(errors);

    const QString &t = route.templ;
    const QString &m = request.method;
    if (t == u"/api/v1/webhooks/types")
        return listTypes();
    if (t == webhooksRoot)
        return m == u"GET" ? listSubscriptions(tenantId) : createSubscription(tenantId, body);
    if (t == u"/api/v1/webhooks/{id}") {
        if (m == u"GET")
            return getSubscription(tenantId, ids[0]);
        if (m == u"PATCH")
            return patchSubscription(tenantId, ids[0], body);
        return deleteSubscription(tenantId, ids[0]);
    }
    if (t == u"/api/v1/webhooks/{id}/deliveries")
        return listDeliveries(tenantId, ids[0], request.query);
    if (t == u"/api/v1/webhooks/{id}/deliveries/{delivery_id}")
        return getDelivery(tenantId, ids[0], ids[1]);
    if (t == u"/api/v1/webhooks/{id}/deliveries/{delivery_id}/retry")
        return retryDelivery(tenantId, ids[0], ids[1]);
    if (t == u"/api/v1/webhooks/{id}/test")
        return sendTest(tenantId, ids[0]);
    if (t == u"/api/v1/events")
        return publishEvent(tenantId, body);
    return notFound();
}

ApiResponse SandboxApi::listTypes()
{
    QJsonArray types;
    for (const EventType &type : m_catalogue.types())
        types.append(
            QJsonObject{{QStringLiteral("event"), type.event}, {QStringLiteral("description"), type.description}});
    return ApiResponse::json(200, QJsonDocument(types));
}

ApiResponse SandboxApi::listSubscriptions(qint64 tenantId)
{
    ApiResponse response;
    const auto cached = m_listCache.constFind(tenantId);
    if (m_listCacheEnabled && cached != m_listCache.constEnd() && cached->generation == m_database.generation()) {
        response.body = cached->body;
        return response;
    }
    const StoreResult<QList<StoredSubscription>> listed = m_subscriptions.list(tenantId);
    if (!listed)
        return databaseFailed(QStringLiteral("list the subscriptions"), listed.error());
    const QList<StoredSubscription> &subscriptions = *listed;
    response.body.reserve(subscriptions.size() * 360 + 2);
    response.body += '[';
    for (qsizetype i = 0; i < subscriptions.size(); ++i) {
        if (i)
            response.body += ',';
        SandboxJson::appendSubscription(response.body, subscriptions[i], false, fieldsFor(m_documentedFieldsOnly));
    }
    response.body += ']';
    if (m_listCacheEnabled) {
        // next_retry_at and friends only change through writes, which bump the generation.
        if (m_listCache.size() > 64)
            m_listCache.clear();
        m_listCache.insert(tenantId, CachedList{m_database.generation(), response.body});
    }
    return response;
}

ApiResponse SandboxApi::createSubscription(qint64 tenantId, const QJsonObject &body)
{
    QJsonArray errors;
    std::optional<QString> url;
    if (!body.contains(QStringLiteral("url")))
        errors.append(SandboxJson::validationError(QJsonArray{QStringLiteral("body"), QStringLiteral("url")},
                                                   QStringLiteral("Field required"), QStringLiteral("missing")));
    else
        url = RequestValidation::url(body.value(QStringLiteral("url")),
                                     QJsonArray{QStringLiteral("body"), QStringLiteral("url")}, errors);
    std::optional<QString> description;
    if (body.contains(QStringLiteral("description"))) {
        const auto parsed =
            RequestValidation::description(body.value(QStringLiteral("description")),
                                           QJsonArray{QStringLiteral("body"), QStringLiteral("description")}, errors);
        if (parsed)
            description = *parsed;
    }
    bool enabled = true;
    const QJsonValue enabledValue = body.value(QStringLiteral("enabled"));
    if (!enabledValue.isUndefined() && !enabledValue.isNull()) {
        if (const auto parsed = RequestValidation::boolean(
                enabledValue, QJsonArray{QStringLiteral("body"), QStringLiteral("enabled")}, errors))
            enabled = *parsed;
    }
    QStringList events;
    const QJsonValue eventsValue = body.value(QStringLiteral("events"));
    if (!eventsValue.isUndefined() && !eventsValue.isNull()) {
        if (const auto parsed = RequestValidation::events(
                eventsValue, m_catalogue, QJsonArray{QStringLiteral("body"), QStringLiteral("events")}, errors))
            events = *parsed;
    }
    if (url)
        refusePrivateTarget(*url, QJsonArray{QStringLiteral("body"), QStringLiteral("url")}, errors);
    if (!errors.isEmpty())
        return unprocessable(errors);
    const StoreResult<StoredSubscription> created =
        m_subscriptions.create(tenantId, *url, description, enabled, events, m_clock.utcNow().toMSecsSinceEpoch());
    if (!created)
        return databaseFailed(QStringLiteral("create the subscription"), created.error());
    return subscriptionResponse(*created, m_documentedFieldsOnly, true);
}

ApiResponse SandboxApi::getSubscription(qint64 tenantId, qint64 id)
{
    const StoreResult<std::optional<StoredSubscription>> s = m_subscriptions.get(tenantId, id);
    if (!s)
        return databaseFailed(QStringLiteral("read subscription %1").arg(id), s.error());
    if (!*s)
        return notFound();
    return subscriptionResponse(**s, m_documentedFieldsOnly);
}

ApiResponse SandboxApi::patchSubscription(qint64 tenantId, qint64 id, const QJsonObject &body)
{
    QJsonArray errors;
    SubscriptionStore::Patch patch;
    // JSON null means "no change" for url, enabled and events, and "clear" for description.
    const QJsonValue url = body.value(QStringLiteral("url"));
    if (!url.isUndefined() && !url.isNull()) {
        patch.url = RequestValidation::url(url, QJsonArray{QStringLiteral("body"), QStringLiteral("url")}, errors);
        if (patch.url)
            refusePrivateTarget(*patch.url, QJsonArray{QStringLiteral("body"), QStringLiteral("url")}, errors);
    }
    if (body.contains(QStringLiteral("description"))) {
        const auto parsed =
            RequestValidation::description(body.value(QStringLiteral("description")),
                                           QJsonArray{QStringLiteral("body"), QStringLiteral("description")}, errors);
        if (parsed) {
            patch.setDescription = true;
            patch.description = *parsed;
        }
    }
    const QJsonValue enabled = body.value(QStringLiteral("enabled"));
    if (!enabled.isUndefined() && !enabled.isNull())
        patch.enabled =
            RequestValidation::boolean(enabled, QJsonArray{QStringLiteral("body"), QStringLiteral("enabled")}, errors);
    const QJsonValue events = body.value(QStringLiteral("events"));
    if (!events.isUndefined() && !events.isNull())
        patch.events = RequestValidation::events(events, m_catalogue,
                                                 QJsonArray{QStringLiteral("body"), QStringLiteral("events")}, errors);
    if (!errors.isEmpty())
        return unprocessable(errors);
    const StoreResult<std::optional<StoredSubscription>> before = m_subscriptions.get(tenantId, id);
    if (!before)
        return databaseFailed(QStringLiteral("read subscription %1").arg(id), before.error());
    if (!*before)
        return notFound();
    const StoreResult<std::optional<StoredSubscription>> updated = m_subscriptions.update(tenantId, id, patch);
    if (!updated)
        return databaseFailed(QStringLiteral("update subscription %1").arg(id), updated.error());
    if (!*updated)
        return notFound();
    if (!(*before)->enabled && (*updated)->enabled)
        m_scheduler.subscriptionEnabled(id);
    return subscriptionResponse(**updated, m_documentedFieldsOnly);
}

ApiResponse SandboxApi::deleteSubscription(qint64 tenantId, qint64 id)
{
    const StoreResult<bool> removed = m_subscriptions.remove(tenantId, id);
    if (!removed)
        return databaseFailed(QStringLiteral("delete subscription %1").arg(id), removed.error());
    if (!*removed)
        return notFound();
    ApiResponse response;
    response.status = 204;
    return response;
}

ApiResponse SandboxApi::listDeliveries(qint64 tenantId, qint64 id, const QUrlQuery &query)
{
    QJsonArray errors;
    const auto param = [&query](const QString &name) -> std::optional<QString> {
        if (!query.hasQueryItem(name))
            return std::nullopt;
        return query.queryItemValue(name, QUrl::FullyDecoded);
    };
    const std::optional<QString> status = param(QStringLiteral("status"));
    static const QStringList statuses{QStringLiteral("pending"), QStringLiteral("retrying"),
                                      QStringLiteral("delivered"), QStringLiteral("failed")};
    if (status && !statuses.contains(*status))
        errors.append(SandboxJson::validationError(
            QJsonArray{QStringLiteral("query"), QStringLiteral("status")},
            QStringLiteral("Input should be 'pending', 'retrying', 'delivered' or 'failed'"), QStringLiteral("enum")));
    const std::optional<int> limit =
        RequestValidation::queryInt(param(QStringLiteral("limit")), QStringLiteral("limit"), 50, 1, 500, errors);
    const std::optional<int> offset = RequestValidation::queryInt(
        param(QStringLiteral("offset")), QStringLiteral("offset"), 0, 0, std::numeric_limits<int>::max(), errors);
    if (!errors.isEmpty())
        return unprocessable(errors);
    if (ApiResponse failed; !ownedSubscription(tenantId, id, failed))
        return failed;
    const StoreResult<DeliveryStore::Page> listed = m_deliveries.list(id, status.value_or(QString()), *limit, *offset);
    if (!listed)
        return databaseFailed(QStringLiteral("list the deliveries of subscription %1").arg(id), listed.error());
    const DeliveryStore::Page &page = *listed;
    QJsonArray items;
    for (const StoredDelivery &d : page.items)
        items.append(SandboxJson::delivery(d));
    return ApiResponse::json(200,
                             QJsonDocument(QJsonObject{{QStringLiteral("items"), items},
                                                       {QStringLiteral("total"), page.total},
                                                       {QStringLiteral("limit"), *limit},
                                                       {QStringLiteral("offset"), *offset}}));
}

ApiResponse SandboxApi::getDelivery(qint64 tenantId, qint64 id, qint64 deliveryId)
{
    if (ApiResponse failed; !ownedSubscription(tenantId, id, failed))
        return failed;
    const StoreResult<std::optional<StoredDelivery>> d = m_deliveries.get(deliveryId, true);
    if (!d)
        return databaseFailed(QStringLiteral("read delivery %1").arg(deliveryId), d.error());
    if (!*d || (*d)->subscriptionId != id)
        return notFound();
    return ApiResponse::json(200, QJsonDocument(SandboxJson::delivery(**d, true)));
}

ApiResponse SandboxApi::retryDelivery(qint64 tenantId, qint64 id, qint64 deliveryId)
{
    if (ApiResponse failed; !ownedSubscription(tenantId, id, failed))
        return failed;
    const StoreResult<std::optional<StoredDelivery>> d = m_deliveries.get(deliveryId);
    if (!d)
        return databaseFailed(QStringLiteral("read delivery %1").arg(deliveryId), d.error());
    if (!*d || (*d)->subscriptionId != id)
        return notFound();
    m_scheduler.retryNow(deliveryId);
    return ApiResponse::json(202, QJsonDocument(SandboxJson::delivery(**d)));
}

ApiResponse SandboxApi::sendTest(qint64 tenantId, qint64 id)
{
    const StoreResult<std::optional<StoredSubscription>> s = m_subscriptions.get(tenantId, id);
    if (!s)
        return databaseFailed(QStringLiteral("read subscription %1").arg(id), s.error());
    if (!*s)
        return notFound();
    const EventPublisher::Published published = m_publisher.sendTest(**s);
    if (!published.ok())
        return notStored(QStringLiteral("send a test event"), published.error);
    return ApiResponse::json(
        202, QJsonDocument(QJsonObject{{QStringLiteral("delivery_id"), published.deliveryIds.value(0)}}));
}

ApiResponse SandboxApi::publishEvent(qint64 tenantId, const QJsonObject &body)
{
    QJsonArray errors;
    const QJsonArray eventLoc{QStringLiteral("body"), QStringLiteral("event")};
    const QJsonValue event = body.value(QStringLiteral("event"));
    if (event.isUndefined()) {
        errors.append(
            SandboxJson::validationError(eventLoc, QStringLiteral("Field required"), QStringLiteral("missing")));
    } else if (!event.isString()) {
        errors.append(SandboxJson::validationError(eventLoc, QStringLiteral("Input should be a valid string"),
                                                   QStringLiteral("string_type")));
    } else if (!m_catalogue.contains(event.toString())) {
        errors.append(SandboxJson::validationError(
            eventLoc,
            QStringLiteral("Unknown event type '%1'; GET /api/v1/webhooks/types lists the valid ones")
                .arg(event.toString()),
            QStringLiteral("value_error")));
    }
    if (!errors.isEmpty())
        return unprocessable(errors);
    QJsonValue message = body.value(QStringLiteral("message"));
    if (message.isUndefined())
        message = QJsonObject();
    // Answered only after the commit: a 202 means the event and all its deliveries are stored.
    const EventPublisher::Published published = m_publisher.publish(tenantId, event.toString(), message);
    if (!published.ok())
        return notStored(QStringLiteral("publish an event"), published.error);
    return ApiResponse::json(
        202,
        QJsonDocument(QJsonObject{{QStringLiteral("event_id"), published.eventId},
                                  {QStringLiteral("deliveries"), int(published.deliveryIds.size())}}));
}
