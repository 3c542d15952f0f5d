#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// A subscription row as the sandbox stores it (times in ms since the epoch, UTC), with its
// delivery summary (extension fields).
struct StoredSubscription
{
    qint64 id = 0;
    qint64 tenantId = 0;
    QString url;
    std::optional<QString> description;
    bool enabled = true;
    qint64 createdAtMs = 0;
    QString clientSecret;
    QStringList events;

    std::optional<qint64> lastDeliveryAtMs;
    QString lastDeliveryStatus;  // delivered | retrying | failed | empty
    std::optional<qint64> failingSinceMs;
    int pendingRetries = 0;
    std::optional<qint64> nextRetryAtMs;
    std::optional<qint64> givesUpAtMs;  // the first give-up time among the deliveries still retrying
};
