#include "api/SubscriptionJson.h"

#include <QJsonArray>

namespace SubscriptionJson {

namespace {

QJsonValue timeOrNull(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(timestamp(utc)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

}  // namespace

QString timestamp(const QDateTime &utc)
{
    const QDateTime t = utc.toUTC();
    return t.time().msec() == 0 ? t.toString(Qt::ISODate) : t.toString(Qt::ISODateWithMs);
}

QJsonObject encode(const Subscription &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), s.id ? QJsonValue(double(*s.id)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("url"), s.url);
    o.insert(QStringLiteral("description"), s.description ? textOrNull(*s.description) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("enabled"), s.enabled);
    o.insert(QStringLiteral("created_at"), timeOrNull(s.createdAt));
    if (s.events)
        o.insert(QStringLiteral("events"), QJsonArray::fromStringList(*s.events));
    if (s.health) {
        const DeliverySummary &h = *s.health;
        o.insert(QStringLiteral("last_delivery_at"), timeOrNull(h.lastDeliveryAt));
        o.insert(QStringLiteral("last_delivery_status"),
                 h.lastDeliveryStatus.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(h.lastDeliveryStatus));
        o.insert(QStringLiteral("failing_since"), timeOrNull(h.failingSince));
        o.insert(QStringLiteral("pending_retries"), h.pendingRetries);
        o.insert(QStringLiteral("next_retry_at"), timeOrNull(h.nextRetryAt));
        o.insert(QStringLiteral("gives_up_at"), timeOrNull(h.givesUpAt));
    }
    return o;
}

}  // namespace SubscriptionJson
