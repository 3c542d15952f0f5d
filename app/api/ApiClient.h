#pragma once

#include "api/ApiResult.h"
#include "api/BulkJobProgress.h"
#include "api/CreatedSubscription.h"
#include "api/Delivery.h"
#include "api/EventType.h"
#include "api/RequestOptions.h"
#include "api/RequestQueue.h"
#include "api/RequestValidator.h"
#include "api/Subscription.h"
#include "api/SubscriptionDraft.h"
#include "api/SubscriptionPatch.h"

#include <QByteArray>
#include <QObject>
#include <QThreadPool>
#include <QUrl>

#include <functional>
#include <optional>
#include <variant>

class NetworkTransport;
class QNetworkAccessManager;
class RequestQueue;
struct HttpResponse;
struct QueuedRequest;

// Typed client of the webhook subscription API (six documented endpoints) and of the sandbox's
// delivery extensions. Every call goes through the RequestQueue (rate limits, lanes, retries,
// coalescing), returns a RequestId at once, and later runs the callback exactly once (unless the
// context object is gone by then: then never). Callbacks never run from inside the call.
// The API key is held in memory only and added to each request by the transport; logs show
// redactedKey().
class ApiClient : public QObject
{
    Q_OBJECT
public:
    template<class T>
    using Callback = std::function<void(const ApiResult<T> &)>;

    // Whether the server offers the delivery extensions (deliveries list/detail/retry, test event).
    // Detected once per connection (setServer resets it).
    enum class Extensions { Unknown, Supported, Unsupported };
    Q_ENUM(Extensions)
    // Whether the server takes the API key, from its last answer that tells: 401 is Rejected, a
    // success is Accepted; other answers say nothing about the key. setServer resets it.
    enum class KeyState { Unknown, Accepted, Rejected };
    Q_ENUM(KeyState)

    ApiClient(QNetworkAccessManager *network, RequestQueue *queue, QObject *parent = nullptr);
    ~ApiClient() override;

    // Base URL like "http://127.0.0.1:8080" (a path prefix is kept). Returns false (and a
    // translated *error) for a URL that is not absolute http(s). Plain http:// to a host that is
    // not loopback is accepted here but every request fails with InsecureRefused unless
    // setAllowInsecureHttp(true) was called (the caller's explicit consent).
    bool setServer(const QUrl &baseUrl, const QByteArray &apiKey, QString *error = nullptr);
    void setAllowInsecureHttp(bool consent);
    bool allowInsecureHttp() const;
    QUrl baseUrl() const;
    bool hasApiKey() const;
    QString redactedKey() const;
    static QString redact(const QByteArray &apiKey);
    // True for http:// to a non-loopback host (needs consent).
    static bool isInsecure(const QUrl &url);

    // Default timeout of one attempt (default 30 s); RequestOptions::timeoutMs overrides per call.
    void setTimeout(qint64 ms);
    qint64 timeout() const;
    // Default whole wait for one request's answer, retries included (default 0: no limit, each of
    // the up to 4 attempts takes the attempt timeout); RequestOptions::waitLimitMs overrides it.
    void setWaitLimit(qint64 ms) { m_waitLimitMs = qMax<qint64>(0, ms); }
    qint64 waitLimit() const { return m_waitLimitMs; }

    RequestQueue *queue() const { return m_queue; }
    RequestValidator &validator() { return m_validator; }
    const RequestValidator &validator() const { return m_validator; }
    Extensions deliveryExtensions() const { return m_extensions; }
    KeyState keyState() const { return m_keyState; }

    // --- documented endpoints ---
    RequestId listEventTypes(RequestOptions options, QObject *context, Callback<EventTypeList> done);
    RequestId listSubscriptions(RequestOptions options, QObject *context, Callback<SubscriptionList> done);
    RequestId getSubscription(qint64 id, RequestOptions options, QObject *context, Callback<Subscription> done);
    RequestId createSubscription(const QString &url, const std::optional<QString> &description, RequestOptions options,
                                 QObject *context, Callback<CreatedSubscription> done);
    RequestId createSubscription(const SubscriptionDraft &draft, RequestOptions options, QObject *context,
                                 Callback<CreatedSubscription> done);
    // Sends only the fields set in the patch. An empty patch is InvalidInput.
    RequestId updateSubscription(qint64 id, const SubscriptionPatch &patch, RequestOptions options, QObject *context,
                                 Callback<Subscription> done);
    RequestId deleteSubscription(qint64 id, RequestOptions options, QObject *context, Callback<Empty> done);

    // --- sandbox extensions (NotSupported when the server lacks them) ---
    // status: empty for all, else pending|retrying|delivered|failed.
    RequestId listDeliveries(qint64 id, const QString &status, int limit, int offset, RequestOptions options,
                             QObject *context, Callback<DeliveryPage> done);
    RequestId getDelivery(qint64 id, qint64 deliveryId, RequestOptions options, QObject *context,
                          Callback<Delivery> done);
    RequestId retryDelivery(qint64 id, qint64 deliveryId, RequestOptions options, QObject *context,
                            Callback<Delivery> done);
    // Returns the new delivery's id.
    RequestId sendTestEvent(qint64 id, RequestOptions options, QObject *context, Callback<qint64> done);

    // --- cancellation and bulk jobs ---
    // The callback of a cancelled request runs with ApiError::Kind::Cancelled.
    bool cancel(RequestId id);
    void cancelAll();
    BulkJobId beginBulkJob(int total, const QString &label = {});
    // Stops a job: by default what has not left yet (answers on their way still arrive).
    void cancelBulkJob(BulkJobId job, RequestQueue::CancelScope scope = RequestQueue::CancelScope::Queued);
    BulkJobProgress bulkJobProgress(BulkJobId job) const;

    // Maps one HTTP answer to an error (None for 2xx). Public for the CLI and tests.
    static ApiError errorFor(const HttpResponse &response);

Q_SIGNALS:
    void deliveryExtensionsChanged(ApiClient::Extensions extensions);
    void keyStateChanged(ApiClient::KeyState state);
    // Same as RequestQueue's, forwarded for convenience.
    void bulkJobProgressChanged(const BulkJobProgress &progress);

private:
    // decodeOffThreadFrom: answers of at least this many bytes are decoded on m_decodePool and
    // handed to `done` on the context's thread later (-1: always decode at once). `decode` must
    // then be free of side effects (it runs on another thread).
    template<class T>
    RequestId enqueue(QueuedRequest request, QObject *context, Callback<T> done,
                      std::function<ApiResult<T>(const HttpResponse &)> decode, bool extension,
                      qsizetype decodeOffThreadFrom = -1);
    template<class T>
    RequestId failLater(QObject *context, Callback<T> done, const ApiError &error);
    QueuedRequest makeRequest(const char *method, const QString &routeTemplate, const QString &path,
                              const QByteArray &body, const RequestOptions &options) const;
    void setExtensions(Extensions extensions);
    void setKeyState(KeyState state);
    void noteKeyState(const HttpResponse &response);

    QNetworkAccessManager *m_network;
    RequestQueue *m_queue;
    NetworkTransport *m_transport;
    RequestValidator m_validator;
    Extensions m_extensions = Extensions::Unknown;
    KeyState m_keyState = KeyState::Unknown;
    qint64 m_waitLimitMs = 0;
    RequestId m_nextLocalId = (RequestId(1) << 62);  // ids for calls that fail before queueing
    // Decodes large list answers off the GUI thread (one thread: answers arrive in order anyway).
    QThreadPool m_decodePool;
};
