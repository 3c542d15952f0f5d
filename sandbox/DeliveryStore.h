#pragma once

#include "sandbox/DatabaseError.h"
#include "sandbox/DeliverySchedule.h"
#include "sandbox/StoredDelivery.h"
#include "sandbox/StoredSubscription.h"

#include <QJsonValue>
#include <QSet>

class SandboxDatabase;

// Events, deliveries and attempts in SQLite: the durable state of the delivery side, so that a
// restart (even after kill -9) resumes every pending retry at its due time.
class DeliveryStore
{
public:
    explicit DeliveryStore(SandboxDatabase &database);

    struct NewEvent
    {
        qint64 tenantId = 0;
        QString event;
        QJsonValue message;
        qint64 timeMs = 0;  // the event's time; every first attempt is due then
    };
    struct CreatedEvent
    {
        QString eventId;
        QList<qint64> deliveryIds;  // one per target, in the targets' order
        QString error;  // set when a write failed: the caller must not commit
        bool ok() const { return error.isEmpty(); }
    };
    // Writes an event and one delivery per target. Only inside an open SandboxTransaction (refused
    // otherwise), so that an event is never stored with part of its deliveries.
    CreatedEvent createEvent(const NewEvent &event, const QList<StoredSubscription> &targets,
                             const DeliverySchedule &schedule);

    // nullopt when there is no such delivery; an error when a statement failed or a row was unreadable.
    StoreResult<std::optional<StoredDelivery>> get(qint64 id, bool withAttempts = false) const;

    struct Page
    {
        QList<StoredDelivery> items;
        int total = 0;
    };
    // Newest first. statusFilter empty: all.
    StoreResult<Page> list(qint64 subscriptionId, const QString &statusFilter, int limit, int offset) const;

    // Active deliveries of enabled subscriptions due at nowMs, oldest due first, leaving out the
    // excluded deliveries and every delivery to an excluded endpoint (subscription URL).
    QList<StoredDelivery> due(qint64 nowMs, const QSet<qint64> &exclude, const QSet<QString> &excludeUrls,
                              int limit) const;
    // The earliest due time of an active delivery of an enabled subscription, with the same exclusions.
    std::optional<qint64> nextDueAt(const QSet<qint64> &exclude, const QSet<QString> &excludeUrls) const;

    // Stores an attempt and the delivery's new state (status, schedule, last result) at once.
    void saveAttempt(const StoredDelivery &delivery, const StoredAttempt &attempt);

    // Deliveries whose due slot lies more than one interval in the past (the sandbox was stopped or
    // the subscription disabled) skip to the latest slot not after now, or fail when their window
    // has passed. Returns the number of deliveries changed.
    int catchUp(qint64 nowMs, std::optional<qint64> subscriptionId = std::nullopt);

private:
    SandboxDatabase &m_database;
};
