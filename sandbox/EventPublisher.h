#pragma once

#include "sandbox/DatabaseError.h"
#include "sandbox/DeliverySchedule.h"
#include "sandbox/StoredSubscription.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>

class Clock;
class DeliveryScheduler;
class DeliveryStore;
class SandboxDatabase;
class SubscriptionStore;

// Turns an event into deliveries: one per enabled subscription of the tenant that lists the
// event's type, each scheduled per the retry policy. The event and all its deliveries are stored
// in one transaction, so a kill at any moment leaves the event whole or absent. It wakes the
// scheduler and returns (so the API answers) only after the commit. Every way an event is made
// (the API, the test event, demo traffic) goes through here.
class EventPublisher
{
public:
    EventPublisher(SandboxDatabase &database, SubscriptionStore &subscriptions, DeliveryStore &deliveries,
                   const Clock &clock, DeliverySchedule schedule, DeliveryScheduler *scheduler);

    struct Published
    {
        QString eventId;
        QList<qint64> deliveryIds;
        QString error;  // set when nothing was stored
        bool ok() const { return error.isEmpty(); }
    };
    [[nodiscard]] Published publish(qint64 tenantId, const QString &event, const QJsonValue &message);
    // A "webhook.test" event to one subscription.
    [[nodiscard]] Published sendTest(const StoredSubscription &subscription);

    const DeliverySchedule &schedule() const { return m_schedule; }

private:
    Published store(qint64 tenantId, const QString &event, const QJsonValue &message,
                    const std::function<StoreResult<QList<StoredSubscription>>()> &targets);

    SandboxDatabase &m_database;
    SubscriptionStore &m_subscriptions;
    DeliveryStore &m_deliveries;
    const Clock &m_clock;
    DeliverySchedule m_schedule;
    DeliveryScheduler *m_scheduler;
    int m_testSequence = 0;
};
