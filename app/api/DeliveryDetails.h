#pragma once

#include "api/ApiClient.h"
#include "api/Delivery.h"

// The details of several deliveries of one subscription, with their attempts (a list answer holds
// none). One request per delivery, queued like any other call, so the rate limits hold.
namespace DeliveryDetails {
// Fetches each delivery's detail; `done` runs once, never from inside the call (and never when
// `context` is gone): with the details in the order given, or with the first error, after which
// the requests still queued are cancelled.
void fetch(ApiClient *client, qint64 subscriptionId, const DeliveryList &deliveries, RequestOptions options,
           QObject *context, ApiClient::Callback<DeliveryList> done);
}  // namespace DeliveryDetails
