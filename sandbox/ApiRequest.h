#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

// What the API layer needs of one HTTP request, independent of the HTTP server library.
struct ApiRequest
{
    QString method;  // upper case: GET, POST, ...
    QString path;  // decoded path, e.g. /api/v1/webhooks/12
    QUrlQuery query;
    QByteArray apiKey;  // X-API-Key, empty when missing
    QByteArray body;
    QString caller;  // who is rate limited when the key is missing or wrong (remote address)
    // Fault injection: answer 429 as if the key's window were full, without counting the request
    // or handling it (only for requests that would reach the rate-limit check).
    bool injectTooManyRequests = false;
};
