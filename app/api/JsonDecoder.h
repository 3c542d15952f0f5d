#pragma once

#include "api/ApiResult.h"
#include "api/CreatedSubscription.h"
#include "api/Delivery.h"
#include "api/EventType.h"
#include "api/Subscription.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QMap>
#include <QString>

#include <optional>

// Tolerant decoding of every server object. Loose where the contract is loose (`id` null or
// missing, `description` null, `enabled` missing = true, `events` only when present, unknown
// fields ignored, `created_at` in any RFC 3339 form); anything else that is not the documented
// shape is an ApiError::Kind::MalformedBody with a plain reason. Never crashes, on any input.
namespace JsonDecoder {

ApiResult<Subscription> subscription(const QByteArray &body);
ApiResult<SubscriptionList> subscriptionList(const QByteArray &body);  // [..] or {"items": [..]}
// subscriptionList without its fast path (SubscriptionListReader): parses with QJsonDocument. The
// reference the fast path is tested against; subscriptionList gives the same on every input.
ApiResult<SubscriptionList> subscriptionListFromDocument(const QByteArray &body);
ApiResult<EventTypeList> eventTypes(const QByteArray &body);
ApiResult<CreatedSubscription> createdSubscription(const QByteArray &body);
ApiResult<Delivery> delivery(const QByteArray &body);
ApiResult<DeliveryPage> deliveryPage(const QByteArray &body);
ApiResult<qint64> testEventDeliveryId(const QByteArray &body);  // {"delivery_id": n}

// Per-value forms (for bodies that embed objects). On failure return nullopt and set *why.
std::optional<Subscription> subscriptionFrom(const QJsonValue &value, QString *why);
std::optional<EventType> eventTypeFrom(const QJsonValue &value, QString *why);
std::optional<Delivery> deliveryFrom(const QJsonValue &value, QString *why);

// FastAPI error bodies: {"detail": "text"} or {"detail": [{"loc": [...], "msg": "..."}]}.
struct ErrorBody
{
    QString detail;  // text, or the joined messages of a list
    QMap<QString, QString> fieldErrors;  // last loc element (e.g. "url") -> msg
};
ErrorBody errorBody(const QByteArray &body);

// RFC 3339 in any form ("2026-11-27T16:08:00Z", "...:00.123Z", "+01:00", lower-case t/z, space
// separator, "-00:00"); returns a UTC QDateTime or an invalid one.
QDateTime parseTimestamp(const QString &text);

}  // namespace JsonDecoder
