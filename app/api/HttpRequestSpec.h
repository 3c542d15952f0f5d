#pragma once

#include <QByteArray>
#include <QString>

// One HTTP request as the queue hands it to a transport: relative to the server's base URL.
// The API key is NOT part of it: the transport adds it per request, so it never sits in a queue.
struct HttpRequestSpec
{
    QByteArray method;  // "GET", "POST", "PATCH", "DELETE"
    QString pathAndQuery;  // "/api/v1/webhooks/17" or "/api/v1/webhooks/17/deliveries?limit=50"
    QByteArray body;  // JSON, empty for GET/DELETE
    qint64 timeoutMs = 0;  // 0: the transport's default

    bool operator==(const HttpRequestSpec &) const = default;
};
