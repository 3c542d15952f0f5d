#include "sandbox/DeliveryScheduler.h"

#include "common/DeliverySigner.h"
#include "sandbox/DeliveryStore.h"
#include "sandbox/DeliveryTransport.h"
#include "sandbox/SubscriptionStore.h"
#include "common/Clock.h"

#include <QPointer>
#include <QUrl>

DeliveryScheduler::DeliveryScheduler(DeliveryStore &deliveries, SubscriptionStore &subscriptions,
                                     DeliveryTransport &transport, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_deliveries(deliveries)
    , m_subscriptions(subscriptions)
    , m_transport(transport)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DeliveryScheduler::poll);
    // A fake clock jumps: re-check what is due.
    connect(&clock, &Clock::advanced, this, &DeliveryScheduler::poll);
}

qint64 DeliveryScheduler::now() const
{
    return m_clock.utcNow().toMSecsSinceEpoch();
}

void DeliveryScheduler::start()
{
    m_deliveries.catchUp(now());
    poll();
}

void DeliveryScheduler::wake()
{
    if (m_wakeQueued)
        return;
    m_wakeQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_wakeQueued = false;
            poll();
        },
        Qt::QueuedConnection);
}

void DeliveryScheduler::subscriptionEnabled(qint64 subscriptionId)
{
    m_deliveries.catchUp(now(), subscriptionId);
    wake();
}

bool DeliveryScheduler::retryNow(qint64 deliveryId)
{
    const StoreResult<std::optional<StoredDelivery>> found = m_deliveries.get(deliveryId);
    const std::optional<StoredDelivery> delivery = found ? *found : std::nullopt;
    if (!delivery)
        return false;
    if (!m_inFlight.contains(deliveryId))
        attempt(*delivery, false);
    return true;
}

void DeliveryScheduler::poll()
{
    const int room = m_maxInFlight - int(m_inFlight.size());
    if (room > 0) {
        const QList<StoredDelivery> due = m_deliveries.due(now(), m_inFlight, m_fullEndpoints, room);
        for (const StoredDelivery &delivery : due)
            attempt(delivery, true);
    }
    rearm();
}

void DeliveryScheduler::attemptStarted(qint64 deliveryId, const QString &endpoint)
{
    m_inFlight.insert(deliveryId);
    m_inFlightUrls.insert(deliveryId, endpoint);
    if (++m_inFlightPerEndpoint[endpoint] >= m_maxPerEndpoint)
        m_fullEndpoints.insert(endpoint);
}

void DeliveryScheduler::attemptEnded(qint64 deliveryId)
{
    m_inFlight.remove(deliveryId);
    const QString endpoint = m_inFlightUrls.take(deliveryId);
    const auto it = m_inFlightPerEndpoint.find(endpoint);
    if (it == m_inFlightPerEndpoint.end())
        return;
    if (--*it < m_maxPerEndpoint)
        m_fullEndpoints.remove(endpoint);
    if (*it <= 0)
        m_inFlightPerEndpoint.erase(it);
}

void DeliveryScheduler::rearm()
{
    if (int(m_inFlight.size()) >= m_maxInFlight) {
        m_timer.stop();  // a finishing attempt polls again
        return;
    }
    // Full endpoints are left out, or their backlog would wake the timer at once, again and again.
    const std::optional<qint64> next = m_deliveries.nextDueAt(m_inFlight, m_fullEndpoints);
    if (!next) {
        m_timer.stop();
        return;
    }
    // Capped so that a wall-clock change is noticed within a minute.
    const qint64 delay = std::clamp<qint64>(*next - now(), 0, 60'000);
    m_timer.start(int(delay));
}

void DeliveryScheduler::attempt(const StoredDelivery &delivery, bool scheduled)
{
    const std::optional<StoredSubscription> subscription = m_subscriptions.find(delivery.subscriptionId);
    if (!subscription || m_inFlight.contains(delivery.id))
        return;
    if (scheduled && m_fullEndpoints.contains(subscription->url))
        return;  // one due() answer can hold more than the endpoint's room
    // A manual retry may go past the endpoint's limit: it is one attempt someone asked for.
    attemptStarted(delivery.id, subscription->url);
    const qint64 startedAt = now();
    const std::optional<qint64> scheduledAt = scheduled ? delivery.nextAttemptAtMs : std::nullopt;
    const int slot = delivery.nextSlot;
    const qint64 timestampSeconds = startedAt / 1000;
    const QByteArray messageId = delivery.messageId.toLatin1();
    const QList<QPair<QByteArray, QByteArray>> headers{
        {QByteArrayLiteral("webhook-id"), messageId},
        {QByteArrayLiteral("webhook-timestamp"), QByteArray::number(timestampSeconds)},
        {QByteArrayLiteral("webhook-signature"),
         DeliverySigner::signature(subscription->clientSecret, messageId, timestampSeconds, delivery.payload)},
    };
    const qint64 deliveryId = delivery.id;
    QPointer<DeliveryScheduler> self(this);
    m_transport.send(
        QUrl(subscription->url), delivery.payload, headers,
        [self, deliveryId, scheduled, scheduledAt, slot, startedAt](const DeliveryTransport::Result &result) {
            if (!self)
                return;
            self->attemptEnded(deliveryId);
            const StoreResult<std::optional<StoredDelivery>> found = self->m_deliveries.get(deliveryId);
            std::optional<StoredDelivery> current = found ? *found : std::nullopt;
            if (!current) {  // deleted with its subscription meanwhile (or unreadable: tried again later)
                self->wake();
                return;
            }
            StoredDelivery &d = *current;
            const bool success = result.statusCode && *result.statusCode >= 200 && *result.statusCode < 300;
            StoredAttempt a;
            a.number = d.attemptCount + 1;
            a.scheduledAtMs = scheduledAt;
            a.atMs = startedAt;
            a.statusCode = result.statusCode;
            a.durationMs = result.durationMs;
            a.responseExcerpt = result.responseExcerpt;
            a.error = result.error;
            if (a.error.isEmpty() && !success)
                a.error = QStringLiteral("HTTP %1").arg(result.statusCode.value_or(0));

            d.attemptCount = a.number;
            d.lastStatusCode = result.statusCode;
            d.lastError = success ? QString() : a.error;
            d.lastAttemptAtMs = startedAt;
            if (success) {
                d.status = QStringLiteral("delivered");
                d.nextAttemptAtMs.reset();
            } else if (scheduled && d.nextSlot == slot) {
                // The next slot, exactly on the schedule.
                d.nextSlot = slot + 1;
                if (d.nextSlot < d.maxAttempts) {
                    d.status = QStringLiteral("retrying");
                    d.nextAttemptAtMs = d.firstAttemptAtMs + qint64(d.nextSlot) * d.intervalMs;
                } else {
                    d.status = QStringLiteral("failed");
                    d.nextAttemptAtMs.reset();
                }
            } else if (d.isActive()) {
                d.status = QStringLiteral("retrying");  // a manual retry failed: the schedule goes on
            } else {
                d.status = QStringLiteral("failed");
            }
            self->m_deliveries.saveAttempt(d, a);
            self->m_subscriptions.recordOutcome(d.subscriptionId, startedAt, d.status);
            Q_EMIT self->attemptFinished(deliveryId, a.number, d.status);
            // Queued: the transport may answer synchronously (a refused target) from inside poll().
            self->wake();
        });
}
