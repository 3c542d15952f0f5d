#include "SandboxJson.h"

#include <QDateTime>
#include <QJsonDocument>

namespace SandboxJson {

QString timestamp(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonValue timestampOrNull(const std::optional<qint64> &msSinceEpoch)
{
    return msSinceEpoch ? QJsonValue(timestamp(*msSinceEpoch)) : QJsonValue(QJsonValue::Null);
}

QString compact(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // Scalars: wrap in an array and strip the brackets.
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

QJsonObject detail(const QString &message)
{
    return QJsonObject{{QStringLiteral("detail"), message}};
}

QJsonObject validationError(const QJsonArray &loc, const QString &message, const QString &type)
{
    return QJsonObject{{QStringLiteral("loc"), loc}, {QStringLiteral("msg"), message}, {QStringLiteral("type"), type}};
}

QJsonObject subscription(const StoredSubscription &s, bool withSecret)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), s.id);
    o.insert(QStringLiteral("url"), s.url);
    o.insert(QStringLiteral("description"), s.description ? QJsonValue(*s.description) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("enabled"), s.enabled);
    o.insert(QStringLiteral("created_at"), timestamp(s.createdAtMs));
    o.insert(QStringLiteral("events"), QJsonArray::fromStringList(s.events));
    // Extension: delivery health in one call.
    o.insert(QStringLiteral("last_delivery_at"), timestampOrNull(s.lastDeliveryAtMs));
    o.insert(QStringLiteral("last_delivery_status"),
             s.lastDeliveryStatus.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.lastDeliveryStatus));
    o.insert(QStringLiteral("failing_since"), timestampOrNull(s.failingSinceMs));
    o.insert(QStringLiteral("pending_retries"), s.pendingRetries);
    o.insert(QStringLiteral("next_retry_at"), timestampOrNull(s.nextRetryAtMs));
    if (withSecret)
        o.insert(QStringLiteral("client_secret"), s.clientSecret);
    return o;
}

QJsonObject delivery(const StoredDelivery &d, bool withAttempts)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), d.id);
    o.insert(QStringLiteral("subscription_id"), d.subscriptionId);
    o.insert(QStringLiteral("event_id"), d.eventId);
    o.insert(QStringLiteral("event"), d.event);
    o.insert(QStringLiteral("message_id"), d.messageId);
    o.insert(QStringLiteral("created_at"), timestamp(d.createdAtMs));
    o.insert(QStringLiteral("status"), d.status);
    o.insert(QStringLiteral("attempt_count"), d.attemptCount);
    o.insert(QStringLiteral("max_attempts"), d.maxAttempts);
    o.insert(QStringLiteral("last_status_code"), d.lastStatusCode ? QJsonValue(*d.lastStatusCode) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("last_error"), d.lastError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.lastError));
    o.insert(QStringLiteral("last_attempt_at"), timestampOrNull(d.lastAttemptAtMs));
    o.insert(QStringLiteral("next_attempt_at"), d.isActive() ? timestampOrNull(d.nextAttemptAtMs) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("gives_up_at"), timestamp(d.givesUpAtMs));
    o.insert(QStringLiteral("payload"), QJsonDocument::fromJson(d.payload).object());
    if (withAttempts) {
        QJsonArray attempts;
        for (const StoredAttempt &a : d.attempts) {
            QJsonObject ao;
            ao.insert(QStringLiteral("number"), a.number);
            ao.insert(QStringLiteral("at"), timestamp(a.atMs));
            ao.insert(QStringLiteral("scheduled_at"), timestampOrNull(a.scheduledAtMs));
            ao.insert(QStringLiteral("status_code"), a.statusCode ? QJsonValue(*a.statusCode) : QJsonValue(QJsonValue::Null));
            ao.insert(QStringLiteral("duration_ms"), a.durationMs);
            ao.insert(QStringLiteral("response_excerpt"), a.responseExcerpt.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.responseExcerpt));
            ao.insert(QStringLiteral("error"), a.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.error));
            attempts.append(ao);
        }
        o.insert(QStringLiteral("attempts"), attempts);
    }
    return o;
}

} // namespace SandboxJson
