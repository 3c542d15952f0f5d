#pragma once

#include "sandbox/StoredDelivery.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

class Clock;
class DeliveryStore;
class DeliveryTransport;
class SubscriptionStore;

// Runs the deliveries: attempts every due delivery (signed, per Standard Webhooks), stores each
// attempt, and schedules the next one exactly at first + k * interval (never drifting by the time
// an attempt took) until a 2xx answer or the last slot, then marks it failed. All times come from
// the injected Clock; with a FakeClock, advancing it runs what became due.
class DeliveryScheduler : public QObject
{
    Q_OBJECT
public:
    DeliveryScheduler(DeliveryStore &deliveries, SubscriptionStore &subscriptions, DeliveryTransport &transport,
                      const Clock &clock, QObject *parent = nullptr);

    // Resumes after a (re)start: skips slots missed while stopped, then runs what is due.
    void start();
    // Something became due (new event, re-enabled subscription): poll on the next event-loop turn.
    void wake();
    // An immediate extra attempt outside the schedule. False when the delivery does not exist.
    bool retryNow(qint64 deliveryId);
    // A subscription was re-enabled: its held retries continue if still inside their window.
    void subscriptionEnabled(qint64 subscriptionId);

    int inFlight() const { return int(m_inFlight.size()); }
    void setMaxInFlight(int max) { m_maxInFlight = std::max(1, max); }
    // Scheduled attempts in flight to one endpoint (subscription URL) at most: a hanging endpoint
    // holds no more than this many of the maxInFlight slots, and its backlog waits in the database.
    void setMaxInFlightPerEndpoint(int max) { m_maxPerEndpoint = std::max(1, max); }

Q_SIGNALS:
    // After each stored attempt; status is the delivery's new status.
    void attemptFinished(qint64 deliveryId, int number, const QString &status);

private:
    void poll();
    void attempt(const StoredDelivery &delivery, bool scheduled);
    void rearm();
    void attemptStarted(qint64 deliveryId, const QString &endpoint);
    void attemptEnded(qint64 deliveryId);
    qint64 now() const;

    DeliveryStore &m_deliveries;
    SubscriptionStore &m_subscriptions;
    DeliveryTransport &m_transport;
    const Clock &m_clock;
    QTimer m_timer;
    QSet<qint64> m_inFlight;
    QHash<qint64, QString> m_inFlightUrls;  // delivery id -> endpoint of its attempt
    QHash<QString, int> m_inFlightPerEndpoint;
    QSet<QString> m_fullEndpoints;  // at m_maxPerEndpoint: left out of due()
    int m_maxInFlight = 64;
    int m_maxPerEndpoint = 2;
    bool m_wakeQueued = false;
};
