#pragma once

#include "api/CreatedSubscription.h"
#include "api/Delivery.h"
#include "api/EventType.h"
#include "api/Subscription.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

// The JSON webhookctl prints with --json: the server's field names, so scripts can use the API
// documentation; nulls where the server may send null; extension fields only when present.
namespace JsonOutput {
QJsonObject subscription(const Subscription &subscription);
QJsonArray subscriptions(const SubscriptionList &list);
QJsonObject created(const CreatedSubscription &created);
QJsonArray eventTypes(const EventTypeList &types);
QJsonObject delivery(const Delivery &delivery);
QJsonObject deliveryPage(const DeliveryPage &page);
QString timestamp(const QDateTime &utc);  // RFC 3339 UTC, seconds or milliseconds
QJsonValue timestampOrNull(const QDateTime &utc);  // null for an invalid time
QJsonValue idOrNull(const std::optional<qint64> &id);
QByteArray toText(const QJsonValue &value);
// The same text as toText(subscriptions(list)), written one subscription at a time, so that a list
// of hundreds of megabytes is never held a second time as one JSON document.
void writeSubscriptions(QTextStream &out, const SubscriptionList &list);  // indented, with a final newline
}  // namespace JsonOutput
