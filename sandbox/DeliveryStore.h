#pragma once

#include "StoredDelivery.h"
#include "StoredSubscription.h"

#include <QJsonValue>
#include <QSet>

class SandboxDatabase;

// Events, deliveries and attempts in SQLite: the durable state of the delivery side, so that a
// restart (even after kill -9) resumes every pending retry at its due time.
class DeliveryStore
{
public:
    explicit DeliveryStore(SandboxDatabase &database);

    QString createEvent(qint64 tenantId, const QString &event, const QJsonValue &message, qint64 nowMs);
    // A delivery of an event to one subscription, first attempt due now.
    qint64 createDelivery(const StoredSubscription &subscription, const QString &eventId, const QString &event,
                          const QJsonValue &message, qint64 eventTimeMs, qint64 nowMs, qint64 intervalMs,
                          int maxAttempts);

    std::optional<StoredDelivery> get(qint64 id, bool withAttempts = false) const;

    struct Page {
        QList<StoredDelivery> items;
        int total = 0;
    };
    // Newest first. statusFilter empty: all.
    Page list(qint64 subscriptionId, const QString &statusFilter, int limit, int offset) const;

    // Active deliveries of enabled subscriptions due at nowMs, oldest due first.
    QList<StoredDelivery> due(qint64 nowMs, const QSet<qint64> &exclude, int limit) const;
    // The earliest due time of an active delivery of an enabled subscription.
    std::optional<qint64> nextDueAt(const QSet<qint64> &exclude) const;

    // Stores an attempt and the delivery's new state (status, schedule, last result) at once.
    void saveAttempt(const StoredDelivery &delivery, const StoredAttempt &attempt);

    // Deliveries whose due slot lies more than one interval in the past (the sandbox was stopped or
    // the subscription disabled) skip to the latest slot not after now, or fail when their window
    // has passed. Returns the number of deliveries changed.
    int catchUp(qint64 nowMs, std::optional<qint64> subscriptionId = std::nullopt);

private:
    SandboxDatabase &m_database;
};
