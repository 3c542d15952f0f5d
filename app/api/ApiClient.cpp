#include "api/ApiClient.h"

#include "api/HttpResponse.h"
#include "api/JsonDecoder.h"
#include "api/NetworkTransport.h"
#include "api/QueuedRequest.h"
#include "api/RequestQueue.h"
#include "common/RateLimitPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

Q_LOGGING_CATEGORY(lcApi, "webhook.api", QtWarningMsg)

namespace {
const QString Base = QStringLiteral("/api/v1/webhooks");

// Every write to one subscription (PATCH, DELETE) shares this key, so they reach the server in the
// order they were made.
QString subscriptionOrderKey(qint64 id)
{
    return QStringLiteral("subscription ") + QString::number(id);
}

QString idPath(qint64 id)
{
    return Base + u'/' + QString::number(id);
}

QJsonValue nullableString(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
}  // namespace

ApiClient::ApiClient(QNetworkAccessManager *network, RequestQueue *queue, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_queue(queue)
    , m_transport(new NetworkTransport(network, this))
{
    Q_ASSERT(queue);
    m_decodePool.setMaxThreadCount(1);
    m_queue->setTransport(m_transport);
    connect(m_queue, &RequestQueue::bulkJobProgressChanged, this, &ApiClient::bulkJobProgressChanged);
}

ApiClient::~ApiClient()
{
    // The queue may outlive us: it must not call into a deleted transport.
    if (m_queue && m_queue->transport() == m_transport)
        m_queue->setTransport(nullptr);
}

bool ApiClient::isInsecure(const QUrl &url)
{
    if (url.scheme().compare(u"http", Qt::CaseInsensitive) != 0)
        return false;
    const QString host = url.host().toLower();
    if (host == u"localhost" || host.endsWith(u".localhost"))
        return false;
    QHostAddress address;
    if (address.setAddress(host) && address.isLoopback())
        return false;
    return true;
}

QString ApiClient::redact(const QByteArray &apiKey)
{
    if (apiKey.isEmpty())
        return QStringLiteral("(none)");
    if (apiKey.size() < 16)
        return QStringLiteral("****");
    return QStringLiteral("****") + QString::fromLatin1(apiKey.right(4));
}

bool ApiClient::setServer(const QUrl &baseUrl, const QByteArray &apiKey, QString *error)
{
    const QString scheme = baseUrl.scheme().toLower();
    if (!baseUrl.isValid() || baseUrl.host().isEmpty() || (scheme != u"http" && scheme != u"https")) {
        if (error)
            *error = QCoreApplication::translate(
                         "ApiClient", "The server address \"%1\" is not a complete http:// or https:// address.")
                         .arg(baseUrl.toDisplayString());
        return false;
    }
    m_transport->setServer(baseUrl, apiKey);
    setExtensions(Extensions::Unknown);  // detected again for this connection
    setKeyState(KeyState::Unknown);
    qCDebug(lcApi).noquote() << "server" << baseUrl.toDisplayString() << "key" << redact(apiKey);
    return true;
}

void ApiClient::setAllowInsecureHttp(bool consent)
{
    m_transport->setAllowInsecureHttp(consent);
}
bool ApiClient::allowInsecureHttp() const
{
    return m_transport->allowInsecureHttp();
}
QUrl ApiClient::baseUrl() const
{
    return m_transport->baseUrl();
}
bool ApiClient::hasApiKey() const
{
    return m_transport->hasApiKey();
}
void ApiClient::setTimeout(qint64 ms)
{
    m_transport->setDefaultTimeout(ms);
}
qint64 ApiClient::timeout() const
{
    return m_transport->defaultTimeout();
}

QString ApiClient::redactedKey() const
{
    // The transport holds the key; only its redacted form leaves it.
    return m_transport->redactedKey();
}

void ApiClient::setExtensions(Extensions extensions)
{
    if (m_extensions == extensions)
        return;
    m_extensions = extensions;
    Q_EMIT deliveryExtensionsChanged(extensions);
}

void ApiClient::setKeyState(KeyState state)
{
    if (m_keyState == state)
        return;
    m_keyState = state;
    Q_EMIT keyStateChanged(state);
}

void ApiClient::noteKeyState(const HttpResponse &r)
{
    if (r.outcome != HttpResponse::Outcome::Http)
        return;
    if (r.status == 401)
        setKeyState(KeyState::Rejected);
    else if (r.status >= 200 && r.status < 300)
        setKeyState(KeyState::Accepted);
}

ApiError ApiClient::errorFor(const HttpResponse &r)
{
    ApiError e = ApiError::make(ApiError::Kind::Network, r.errorString);  // an outcome not named below
    switch (r.outcome) {
    case HttpResponse::Outcome::Http:
        e = ApiError::fromHttp(r.status, r.body);
        break;
    case HttpResponse::Outcome::Network:
        e = ApiError::make(ApiError::Kind::Network, r.errorString);
        break;
    case HttpResponse::Outcome::Timeout:
        e = ApiError::make(ApiError::Kind::Timeout, r.errorString);
        break;
    case HttpResponse::Outcome::Tls:
        e = ApiError::make(ApiError::Kind::Tls, r.errorString);
        break;
    case HttpResponse::Outcome::InsecureRefused:
        e = ApiError::make(ApiError::Kind::InsecureRefused, r.errorString);
        break;
    case HttpResponse::Outcome::Aborted:
        e = ApiError::make(ApiError::Kind::Cancelled, r.errorString);
        break;
    }
    if (e.isError()) {
        e.attempts = r.attempts;
        e.waitedMs = r.waitedMs;
    }
    return e;
}

QueuedRequest ApiClient::makeRequest(const char *method, const QString &routeTemplate, const QString &path,
                                     const QByteArray &body, const RequestOptions &options) const
{
    QueuedRequest q;
    q.http.method = QByteArray(method);
    q.http.pathAndQuery = path;
    q.http.body = body;
    q.http.timeoutMs = options.timeoutMs;
    q.waitLimitMs = options.waitLimitMs > 0 ? options.waitLimitMs : m_waitLimitMs;
    if (q.waitLimitMs > 0 && q.http.timeoutMs <= 0)
        q.http.timeoutMs = m_transport->defaultTimeout();  // the queue cuts it to what is left
    q.bucket = RateLimitPolicy::bucketKey(QString::fromLatin1(method), routeTemplate);
    q.lane = options.lane;
    q.bulkJob = options.bulkJob;
    if (q.http.method == "GET")
        q.coalesceKey = path;
    return q;
}

template<class T>
RequestId ApiClient::failLater(QObject *context, Callback<T> done, const ApiError &error)
{
    const RequestId id = m_nextLocalId++;
    QTimer::singleShot(0, context ? context : this, [done = std::move(done), error] {
        if (done)
            done(ApiResult<T>::failure(error));
    });
    return id;
}

template<class T>
RequestId ApiClient::enqueue(QueuedRequest request, QObject *context, Callback<T> done,
                             std::function<ApiResult<T>(const HttpResponse &)> decode, bool extension,
                             qsizetype decodeOffThreadFrom)
{
    if (extension && m_extensions == Extensions::Unsupported)
        return failLater<T>(context, std::move(done), ApiError::make(ApiError::Kind::NotSupported));

    QPointer<ApiClient> self(this);
    QPointer<QObject> ctx(context);
    const bool hadContext = context != nullptr;
    const QString path = request.http.pathAndQuery;
    auto handler = [self, ctx, hadContext, done, decode, extension, path, decodeOffThreadFrom](const HttpResponse &r) {
        if (self)
            self->noteKeyState(r);
        ApiError error = errorFor(r);
        if (!error.isError()) {
            if (extension && self)
                self->setExtensions(Extensions::Supported);
            if (decodeOffThreadFrom >= 0 && r.body.size() >= decodeOffThreadFrom && self && done) {
                // A huge answer (100,000 subscriptions are ~40 MB) would stall the window for the
                // length of the decode: decode on the pool, answer on the context's thread. If
                // the context is gone by then, the queued call is dropped (as for any answer).
                QObject *target = hadContext ? ctx.data() : self.data();
                if (!target)
                    return;
                self->m_decodePool.start([target = QPointer<QObject>(target), done, decode, r] {
                    auto result = std::make_shared<ApiResult<T>>(decode(r));
                    if (target)
                        QMetaObject::invokeMethod(
                            target, [done, result] { done(*result); }, Qt::QueuedConnection);
                });
                return;
            }
            if (done)
                done(decode(r));
            return;
        }
        if (extension && (r.status == 404 || r.status == 405) && self && self->m_extensions != Extensions::Supported) {
            if (r.status == 405) {
                self->setExtensions(Extensions::Unsupported);
                error.kind = ApiError::Kind::NotSupported;
            } else {
                // 404 is ambiguous (unknown subscription, or no such endpoint): ask the documented
                // endpoint once. If the subscription exists, the server lacks the extension.
                const QString idPart = path.section(u'/', 0, 4);  // "/api/v1/webhooks/{id}"
                const qint64 id = idPart.section(u'/', -1).toLongLong();
                if (hadContext && !ctx)
                    return;
                self->getSubscription(id, RequestLane::Interactive, ctx.data(),
                                      [self, done, error](const ApiResult<Subscription> &probe) {
                                          ApiError e = error;
                                          if (probe.ok() && self && self->m_extensions != Extensions::Supported) {
                                              self->setExtensions(Extensions::Unsupported);
                                              e.kind = ApiError::Kind::NotSupported;
                                          }
                                          if (done)
                                              done(ApiResult<T>::failure(e));
                                      });
                return;
            }
        }
        if (done)
            done(ApiResult<T>::failure(error));
    };
    return m_queue->submit(request, context, std::move(handler));
}

RequestId ApiClient::listEventTypes(RequestOptions options, QObject *context, Callback<EventTypeList> done)
{
    QPointer<ApiClient> self(this);
    auto decode = [self](const HttpResponse &r) {
        auto result = JsonDecoder::eventTypes(r.body);
        if (result.ok() && self) {
            QStringList names;
            for (const auto &t : *result.value)
                names << t.event;
            self->m_validator.setKnownEventTypes(names);
        }
        return result;
    };
    return enqueue<EventTypeList>(
        makeRequest("GET", Base + QStringLiteral("/types"), Base + QStringLiteral("/types"), {}, options), context,
        std::move(done), decode, false);
}

RequestId ApiClient::listSubscriptions(RequestOptions options, QObject *context, Callback<SubscriptionList> done)
{
    QPointer<ApiClient> self(this);
    // The decode may run on the pool; what touches this client runs afterwards, on its thread.
    auto decode = [](const HttpResponse &r) { return JsonDecoder::subscriptionList(r.body); };
    auto decoded = [self, done = std::move(done)](const ApiResult<SubscriptionList> &result) {
        if (result.ok() && self && self->m_extensions == Extensions::Unknown) {
            for (const auto &s : *result.value) {
                if (s.health) {  // delivery summaries come from a server with the extensions
                    self->setExtensions(Extensions::Supported);
                    break;
                }
            }
        }
        if (done)
            done(result);
    };
    constexpr qsizetype offThreadFrom = 256 * 1024;  // about 700 subscriptions
    return enqueue<SubscriptionList>(makeRequest("GET", Base + u'/', Base + u'/', {}, options), context,
                                     std::move(decoded), decode, false, offThreadFrom);
}

RequestId ApiClient::getSubscription(qint64 id, RequestOptions options, QObject *context, Callback<Subscription> done)
{
    auto decode = [](const HttpResponse &r) { return JsonDecoder::subscription(r.body); };
    return enqueue<Subscription>(makeRequest("GET", Base + QStringLiteral("/{id}"), idPath(id), {}, options), context,
                                 std::move(done), decode, false);
}

RequestId ApiClient::createSubscription(const QString &url, const std::optional<QString> &description,
                                        RequestOptions options, QObject *context, Callback<CreatedSubscription> done)
{
    SubscriptionDraft draft;
    draft.url = url;
    draft.description = description;
    return createSubscription(draft, options, context, std::move(done));
}

RequestId ApiClient::createSubscription(const SubscriptionDraft &draft, RequestOptions options, QObject *context,
                                        Callback<CreatedSubscription> done)
{
    if (auto e = m_validator.validateDraft(draft))
        return failLater<CreatedSubscription>(context, std::move(done), e);
    QJsonObject body{{QStringLiteral("url"), draft.url}};
    if (draft.description)
        body.insert(QStringLiteral("description"), nullableString(*draft.description));
    if (draft.events)
        body.insert(QStringLiteral("events"), QJsonArray::fromStringList(*draft.events));
    auto decode = [](const HttpResponse &r) { return JsonDecoder::createdSubscription(r.body); };
    // POST: never coalesced, never superseded, never retried by the queue.
    return enqueue<CreatedSubscription>(
        makeRequest("POST", Base + u'/', Base + u'/', QJsonDocument(body).toJson(QJsonDocument::Compact), options),
        context, std::move(done), decode, false);
}

RequestId ApiClient::updateSubscription(qint64 id, const SubscriptionPatch &patch, RequestOptions options,
                                        QObject *context, Callback<Subscription> done)
{
    if (auto e = m_validator.validatePatch(patch))
        return failLater<Subscription>(context, std::move(done), e);
    QJsonObject body;
    QStringList fields;
    if (patch.events) {
        body.insert(QStringLiteral("events"), QJsonArray::fromStringList(*patch.events));
        fields << QStringLiteral("events");
    }
    if (patch.url) {
        body.insert(QStringLiteral("url"), nullableString(*patch.url));
        fields << QStringLiteral("url");
    }
    if (patch.description) {
        body.insert(QStringLiteral("description"), nullableString(*patch.description));
        fields << QStringLiteral("description");
    }
    if (patch.enabled) {
        body.insert(QStringLiteral("enabled"), *patch.enabled);
        fields << QStringLiteral("enabled");
    }
    auto request = makeRequest("PATCH", Base + QStringLiteral("/{id}"), idPath(id),
                               QJsonDocument(body).toJson(QJsonDocument::Compact), options);
    // Same subscription, same fields: a newer PATCH replaces a still-queued older one.
    request.supersedeKey = QString::number(id) + u' ' + fields.join(u',');
    request.orderKey = subscriptionOrderKey(id);
    auto decode = [](const HttpResponse &r) { return JsonDecoder::subscription(r.body); };
    return enqueue<Subscription>(request, context, std::move(done), decode, false);
}

RequestId ApiClient::deleteSubscription(qint64 id, RequestOptions options, QObject *context, Callback<Empty> done)
{
    auto decode = [](const HttpResponse &) { return ApiResult<Empty>::success(Empty{}); };
    auto request = makeRequest("DELETE", Base + QStringLiteral("/{id}"), idPath(id), {}, options);
    request.orderKey = subscriptionOrderKey(id);
    return enqueue<Empty>(request, context, std::move(done), decode, false);
}

RequestId ApiClient::listDeliveries(qint64 id, const QString &status, int limit, int offset, RequestOptions options,
                                    QObject *context, Callback<DeliveryPage> done)
{
    static const QStringList statuses{QStringLiteral("pending"), QStringLiteral("retrying"),
                                      QStringLiteral("delivered"), QStringLiteral("failed")};
    if (!status.isEmpty() && !statuses.contains(status))
        return failLater<DeliveryPage>(
            context, std::move(done),
            ApiError::invalidInput(
                {{QStringLiteral("status"),
                  QCoreApplication::translate("ApiClient", "Unknown delivery status \"%1\".").arg(status)}}));
    QUrlQuery query;
    if (!status.isEmpty())
        query.addQueryItem(QStringLiteral("status"), status);
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (offset > 0)
        query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    QString path = idPath(id) + QStringLiteral("/deliveries");
    if (!query.isEmpty())
        path += u'?' + query.toString(QUrl::FullyEncoded);
    auto decode = [](const HttpResponse &r) { return JsonDecoder::deliveryPage(r.body); };
    return enqueue<DeliveryPage>(makeRequest("GET", Base + QStringLiteral("/{id}/deliveries"), path, {}, options),
                                 context, std::move(done), decode, true);
}

RequestId ApiClient::getDelivery(qint64 id, qint64 deliveryId, RequestOptions options, QObject *context,
                                 Callback<Delivery> done)
{
    auto decode = [](const HttpResponse &r) { return JsonDecoder::delivery(r.body); };
    return enqueue<Delivery>(makeRequest("GET", Base + QStringLiteral("/{id}/deliveries/{delivery_id}"),
                                         idPath(id) + QStringLiteral("/deliveries/") + QString::number(deliveryId), {},
                                         options),
                             context, std::move(done), decode, true);
}

RequestId ApiClient::retryDelivery(qint64 id, qint64 deliveryId, RequestOptions options, QObject *context,
                                   Callback<Delivery> done)
{
    auto decode = [](const HttpResponse &r) { return JsonDecoder::delivery(r.body); };
    return enqueue<Delivery>(makeRequest("POST", Base + QStringLiteral("/{id}/deliveries/{delivery_id}/retry"),
                                         idPath(id) + QStringLiteral("/deliveries/") + QString::number(deliveryId)
                                             + QStringLiteral("/retry"),
                                         QByteArrayLiteral("{}"), options),
                             context, std::move(done), decode, true);
}

RequestId ApiClient::sendTestEvent(qint64 id, RequestOptions options, QObject *context, Callback<qint64> done)
{
    auto decode = [](const HttpResponse &r) { return JsonDecoder::testEventDeliveryId(r.body); };
    return enqueue<qint64>(makeRequest("POST", Base + QStringLiteral("/{id}/test"),
                                       idPath(id) + QStringLiteral("/test"), QByteArrayLiteral("{}"), options),
                           context, std::move(done), decode, true);
}

bool ApiClient::cancel(RequestId id)
{
    return m_queue->cancel(id);
}
void ApiClient::cancelAll()
{
    m_queue->cancelAll();
}
BulkJobId ApiClient::beginBulkJob(int total, const QString &label)
{
    return m_queue->beginBulkJob(total, label);
}
void ApiClient::cancelBulkJob(BulkJobId job, RequestQueue::CancelScope scope)
{
    m_queue->cancelBulkJob(job, scope);
}
BulkJobProgress ApiClient::bulkJobProgress(BulkJobId job) const
{
    return m_queue->bulkJobProgress(job);
}
