#pragma once

#include "sandbox/ApiRequest.h"
#include "sandbox/ApiResponse.h"
#include "sandbox/DatabaseError.h"

#include <QHash>
#include <QJsonArray>
#include <QStringList>

class ApiKeyStore;
class DeliveryScheduler;
class DeliveryStore;
class EventCatalogue;
class EventPublisher;
class RateLimitEnforcer;
class SandboxDatabase;
class SubscriptionStore;
class QTextStream;

// The HTTP API of the sandbox, independent of the HTTP server: routing (both with and without a
// trailing slash, 404/405 with Allow), authentication (401), rate limits (429 and X-RateLimit-* on
// every response, every request counted), size limit (413), FastAPI-style validation (400/422),
// the endpoints, and 500 with a log line when the database fails.
class SandboxApi
{
public:
    SandboxApi(SandboxDatabase &database, ApiKeyStore &keys, SubscriptionStore &subscriptions,
               DeliveryStore &deliveries, const EventCatalogue &catalogue, RateLimitEnforcer &rateLimits,
               EventPublisher &publisher, DeliveryScheduler &scheduler, const class Clock &clock);
    // Serve repeated list requests from a cache while the database is unchanged (default on).
    void setListCacheEnabled(bool enabled) { m_listCacheEnabled = enabled; }
    // Answer with the vendor-documented subscription fields only (no events, no delivery summary).
    void setDocumentedFieldsOnly(bool on) { m_documentedFieldsOnly = on; }
    // Accept subscription URLs on private and loopback addresses (off: refused with 422, as the
    // deliveries to them would be).
    void setAllowPrivateTargets(bool allow) { m_allowPrivateTargets = allow; }
    // Where a failed database statement is logged (one line each; null: nowhere).
    void setErrorLog(QTextStream *log) { m_errorLog = log; }

    ApiResponse handle(const ApiRequest &request);

    static constexpr qsizetype maxBodyBytes = 256 * 1024;

private:
    struct Route
    {
        QString templ;  // e.g. /api/v1/webhooks/{id}; empty when nothing matches
        QStringList allowed;  // methods
        QStringList params;  // raw path parameters in order
    };
    static Route match(const QString &path);

    ApiResponse dispatch(const ApiRequest &request, const Route &route, qint64 tenantId);
    ApiResponse injectedTooManyRequests(const QString &bucket) const;
    ApiResponse listTypes();
    ApiResponse listSubscriptions(qint64 tenantId);
    ApiResponse createSubscription(qint64 tenantId, const QJsonObject &body);
    ApiResponse getSubscription(qint64 tenantId, qint64 id);
    ApiResponse patchSubscription(qint64 tenantId, qint64 id, const QJsonObject &body);
    ApiResponse deleteSubscription(qint64 tenantId, qint64 id);
    ApiResponse listDeliveries(qint64 tenantId, qint64 id, const QUrlQuery &query);
    ApiResponse getDelivery(qint64 tenantId, qint64 id, qint64 deliveryId);
    ApiResponse retryDelivery(qint64 tenantId, qint64 id, qint64 deliveryId);
    ApiResponse sendTest(qint64 tenantId, qint64 id);
    ApiResponse publishEvent(qint64 tenantId, const QJsonObject &body);

    // False with failure set (404, or 500 when it could not be read) unless the tenant owns id.
    bool ownedSubscription(qint64 tenantId, qint64 id, ApiResponse &failure);
    void refusePrivateTarget(const QString &url, const QJsonArray &loc, QJsonArray &errors) const;
    ApiResponse databaseFailed(const QString &what, const DatabaseError &error);
    ApiResponse notStored(const QString &what, const QString &reason);
    void logDatabaseError(const QString &what, const QString &error);

    static ApiResponse notFound();
    static ApiResponse unprocessable(const QJsonArray &errors);

    struct CachedList
    {
        quint64 generation = 0;
        QByteArray body;
    };
    QHash<qint64, CachedList> m_listCache;  // tenant -> list answer, valid while nothing was written

    SandboxDatabase &m_database;
    bool m_listCacheEnabled = true;
    bool m_documentedFieldsOnly = false;
    bool m_allowPrivateTargets = false;
    QTextStream *m_errorLog = nullptr;
    ApiKeyStore &m_keys;
    SubscriptionStore &m_subscriptions;
    DeliveryStore &m_deliveries;
    const EventCatalogue &m_catalogue;
    RateLimitEnforcer &m_rateLimits;
    EventPublisher &m_publisher;
    DeliveryScheduler &m_scheduler;
    const Clock &m_clock;
};
