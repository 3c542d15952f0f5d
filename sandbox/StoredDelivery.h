#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// One attempt of a delivery, as stored.
struct StoredAttempt
{
    int number = 0;
    std::optional<qint64> scheduledAtMs;  // the schedule slot's due time; empty for manual retries
    qint64 atMs = 0;
    std::optional<int> statusCode;
    qint64 durationMs = 0;
    QString responseExcerpt;  // at most 4 KiB
    QString error;
};

// A delivery (one event to one subscription) with its retry schedule: attempt k (0-based) is due
// at firstAttemptAtMs + k * intervalMs for k < maxAttempts.
struct StoredDelivery
{
    qint64 id = 0;
    qint64 tenantId = 0;
    qint64 subscriptionId = 0;
    QString eventId;
    QString event;
    QString messageId;  // webhook-id header, the same for every attempt
    QByteArray payload;  // the exact body sent
    qint64 createdAtMs = 0;
    QString status;  // pending | retrying | delivered | failed
    int attemptCount = 0;
    int maxAttempts = 49;
    qint64 intervalMs = 3'600'000;
    qint64 firstAttemptAtMs = 0;
    int nextSlot = 0;
    std::optional<qint64> nextAttemptAtMs;
    qint64 givesUpAtMs = 0;
    std::optional<int> lastStatusCode;
    QString lastError;
    std::optional<qint64> lastAttemptAtMs;
    QList<StoredAttempt> attempts;  // filled for the detail view only

    bool isActive() const { return status == u"pending" || status == u"retrying"; }
};
