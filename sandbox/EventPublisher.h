#pragma once

#include "DeliverySchedule.h"
#include "StoredSubscription.h"

#include <QJsonValue>
#include <QString>

class Clock;
class DeliveryScheduler;
class DeliveryStore;
class SubscriptionStore;

// Turns an event into deliveries: one per enabled subscription of the tenant that lists the
// event's type, each scheduled per the retry policy, then wakes the scheduler.
class EventPublisher
{
public:
    EventPublisher(SubscriptionStore &subscriptions, DeliveryStore &deliveries, const Clock &clock,
                   DeliverySchedule schedule, DeliveryScheduler *scheduler);

    struct Published {
        QString eventId;
        int deliveries = 0;
    };
    Published publish(qint64 tenantId, const QString &event, const QJsonValue &message);
    // A "webhook.test" event to one subscription; returns the delivery id.
    qint64 sendTest(const StoredSubscription &subscription);

    const DeliverySchedule &schedule() const { return m_schedule; }

private:
    SubscriptionStore &m_subscriptions;
    DeliveryStore &m_deliveries;
    const Clock &m_clock;
    DeliverySchedule m_schedule;
    DeliveryScheduler *m_scheduler;
    int m_testSequence = 0;
};
