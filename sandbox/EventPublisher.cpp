#include "sandbox/EventPublisher.h"

#include "sandbox/DeliveryScheduler.h"
#include "sandbox/DeliveryStore.h"
#include "sandbox/EventCatalogue.h"
#include "sandbox/SandboxTransaction.h"
#include "sandbox/SubscriptionStore.h"
#include "common/Clock.h"

EventPublisher::EventPublisher(SandboxDatabase &database, SubscriptionStore &subscriptions, DeliveryStore &deliveries,
                               const Clock &clock, DeliverySchedule schedule, DeliveryScheduler *scheduler)
    : m_database(database)
    , m_subscriptions(subscriptions)
    , m_deliveries(deliveries)
    , m_clock(clock)
    , m_schedule(schedule)
    , m_scheduler(scheduler)
{ }

EventPublisher::Published EventPublisher::publish(qint64 tenantId, const QString &event, const QJsonValue &message)
{
    return store(tenantId, event, message,
                 [this, tenantId, &event] { return m_subscriptions.subscribersOf(tenantId, event); });
}

EventPublisher::Published EventPublisher::sendTest(const StoredSubscription &subscription)
{
    const QString event = EventCatalogue::testEventType();
    const QJsonObject message = EventCatalogue::exampleMessage(event, ++m_testSequence);
    return store(subscription.tenantId, event, message,
                 [&subscription] { return QList<StoredSubscription>{subscription}; });
}

EventPublisher::Published EventPublisher::store(qint64 tenantId, const QString &event, const QJsonValue &message,
                                                const std::function<StoreResult<QList<StoredSubscription>>()> &targets)
{
    Published published;
    SandboxTransaction transaction(m_database);
    if (!transaction.begin(&published.error))
        return published;
    // Chosen under the write lock: the deliveries match the subscriptions as they are at the commit.
    const StoreResult<QList<StoredSubscription>> subscribers = targets();
    if (!subscribers) {
        published.error = subscribers.error().text();
        return published;  // never an event stored with fewer deliveries than it has subscribers
    }
    const DeliveryStore::NewEvent newEvent{tenantId, event, message, m_clock.utcNow().toMSecsSinceEpoch()};
    const DeliveryStore::CreatedEvent created = m_deliveries.createEvent(newEvent, *subscribers, m_schedule);
    if (!created.ok()) {
        published.error = created.error;
        return published;  // the transaction rolls back: no event, no delivery
    }
    if (!transaction.commit(&published.error))
        return published;
    published.eventId = created.eventId;
    published.deliveryIds = created.deliveryIds;
    // Not before the commit: an attempt must never go out for a delivery a crash could still undo.
    if (m_scheduler && !published.deliveryIds.isEmpty())
        m_scheduler->wake();
    return published;
}
