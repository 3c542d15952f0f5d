#include "EventPublisher.h"

#include "DeliveryScheduler.h"
#include "DeliveryStore.h"
#include "EventCatalogue.h"
#include "SubscriptionStore.h"
#include "common/Clock.h"

EventPublisher::EventPublisher(SubscriptionStore &subscriptions, DeliveryStore &deliveries, const Clock &clock,
                               DeliverySchedule schedule, DeliveryScheduler *scheduler)
    : m_subscriptions(subscriptions)
    , m_deliveries(deliveries)
    , m_clock(clock)
    , m_schedule(schedule)
    , m_scheduler(scheduler)
{
}

EventPublisher::Published EventPublisher::publish(qint64 tenantId, const QString &event, const QJsonValue &message)
{
    const qint64 now = m_clock.utcNow().toMSecsSinceEpoch();
    Published published;
    published.eventId = m_deliveries.createEvent(tenantId, event, message, now);
    const QList<StoredSubscription> targets = m_subscriptions.subscribersOf(tenantId, event);
    for (const StoredSubscription &subscription : targets) {
        if (m_deliveries.createDelivery(subscription, published.eventId, event, message, now, now,
                                        m_schedule.intervalMs, m_schedule.maxAttempts()) > 0)
            ++published.deliveries;
    }
    if (m_scheduler && published.deliveries > 0)
        m_scheduler->wake();
    return published;
}

qint64 EventPublisher::sendTest(const StoredSubscription &subscription)
{
    const qint64 now = m_clock.utcNow().toMSecsSinceEpoch();
    const QString event = EventCatalogue::testEventType();
    const QJsonObject message = EventCatalogue::exampleMessage(event, ++m_testSequence);
    const QString eventId = m_deliveries.createEvent(subscription.tenantId, event, message, now);
    const qint64 id = m_deliveries.createDelivery(subscription, eventId, event, message, now, now,
                                                  m_schedule.intervalMs, m_schedule.maxAttempts());
    if (m_scheduler)
        m_scheduler->wake();
    return id;
}
