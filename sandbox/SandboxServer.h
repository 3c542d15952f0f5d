#pragma once

#include "sandbox/SandboxOptions.h"

#include <QObject>

#include <memory>

class ApiKeyStore;
class Clock;
class DeliveryScheduler;
class DeliveryStore;
class DeliveryTransport;
class DemoReceiver;
class DemoTraffic;
class EventCatalogue;
class EventPublisher;
class QTextStream;
class RateLimitEnforcer;
class SandboxApi;
class SandboxDatabase;
class SandboxHttpServer;
class SubscriptionStore;

// `webhook-sandbox serve`: wires the database, stores, rate limits, API, HTTP server, delivery
// scheduler and (with --demo) the demo receiver and traffic together, and starts them.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    SandboxServer(SandboxOptions options, Clock &clock, QTextStream &out, QTextStream *log, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Opens the database, seeds the demo, listens and prints the start lines. False with *error on failure.
    bool start(QString *error);
    quint16 port() const { return m_port; }

    DeliveryScheduler *scheduler() const { return m_scheduler.get(); }

private:
    bool startDemo(QString *error);

    SandboxOptions m_options;
    Clock &m_clock;
    QTextStream &m_out;
    QTextStream *m_log;
    quint16 m_port = 0;

    std::unique_ptr<SandboxDatabase> m_database;
    std::unique_ptr<EventCatalogue> m_catalogue;
    std::unique_ptr<ApiKeyStore> m_keys;
    std::unique_ptr<SubscriptionStore> m_subscriptions;
    std::unique_ptr<DeliveryStore> m_deliveries;
    std::unique_ptr<RateLimitEnforcer> m_rateLimits;
    std::unique_ptr<DeliveryTransport> m_transport;
    std::unique_ptr<DeliveryScheduler> m_scheduler;
    std::unique_ptr<EventPublisher> m_publisher;
    std::unique_ptr<SandboxApi> m_api;
    std::unique_ptr<SandboxHttpServer> m_http;
    std::unique_ptr<DemoReceiver> m_demoReceiver;
    std::unique_ptr<DemoTraffic> m_demoTraffic;
};
