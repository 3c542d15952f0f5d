#pragma once

#include "api/Subscription.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// A subscription as JSON with the server's field names, for what leaves the programs (webhookctl's
// --json, the console's export): scripts can then use the API documentation. Nulls where the
// server may send null; events and the delivery summary only when known. Never a client secret:
// a subscription does not hold one.
namespace SubscriptionJson {
QJsonObject encode(const Subscription &subscription);
// RFC 3339 UTC, with milliseconds only when there are any.
QString timestamp(const QDateTime &utc);
}  // namespace SubscriptionJson
