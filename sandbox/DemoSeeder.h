#pragma once

#include "sandbox/DeliverySchedule.h"

#include <QString>

class DeliveryStore;
class EventCatalogue;
class SandboxDatabase;
class SubscriptionStore;

// Seeds the demo tenant: a few dozen partner subscriptions with realistic descriptions whose URLs
// point at the built-in receiver (answering ok, fail, flaky, slow, gone) or at a closed port
// (connection refused), plus some older deliveries near the end of their retry window, so that
// delivered, retrying and failed deliveries exist at once. On later starts it only points the
// existing demo URLs at the receiver's new port.
class DemoSeeder
{
public:
    DemoSeeder(SandboxDatabase &database, SubscriptionStore &subscriptions, DeliveryStore &deliveries,
               const EventCatalogue &catalogue, DeliverySchedule schedule);

    // All in one transaction: a start killed while seeding leaves no half-seeded tenant (which later
    // starts would take as seeded). False with *error when the database refused it.
    bool seed(qint64 tenantId, const QString &receiverBase, const QString &refusedBase, qint64 nowMs, QString *error);

private:
    SandboxDatabase &m_database;
    SubscriptionStore &m_subscriptions;
    DeliveryStore &m_deliveries;
    const EventCatalogue &m_catalogue;
    DeliverySchedule m_schedule;
};
