#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Sandbox extension: one attempt of a delivery.
// JSON: {number, at, status_code|null, duration_ms, response_excerpt|null, error|null}
struct DeliveryAttempt
{
    int number = 0;  // 1-based
    QDateTime at;
    std::optional<int> statusCode;
    qint64 durationMs = 0;
    QString responseExcerpt;  // at most 4 KiB
    QString error;  // network or timeout text, empty when an HTTP status came back

    bool operator==(const DeliveryAttempt &) const = default;
};

// Sandbox extension: GET /api/v1/webhooks/{id}/deliveries items, and with `attempts` filled by
// GET .../deliveries/{delivery_id}.
// JSON: {id, event_id, event, created_at, status: pending|retrying|delivered|failed,
//        attempt_count, max_attempts, last_status_code|null, last_error|null,
//        next_attempt_at|null, gives_up_at, payload: {...}, attempts: [...] (detail only)}
struct Delivery
{
    qint64 id = 0;
    QString eventId;
    QString event;
    QDateTime createdAt;
    QString status;
    int attemptCount = 0;
    int maxAttempts = 49;
    std::optional<int> lastStatusCode;
    QString lastError;
    QDateTime nextAttemptAt;
    QDateTime givesUpAt;
    QJsonObject payload;
    QList<DeliveryAttempt> attempts;  // empty in list answers

    bool operator==(const Delivery &) const = default;
};
using DeliveryList = QList<Delivery>;

// One page of the deliveries list: {items: [...], total, limit, offset}.
struct DeliveryPage
{
    DeliveryList items;
    int total = 0;
    int limit = 50;
    int offset = 0;
};
