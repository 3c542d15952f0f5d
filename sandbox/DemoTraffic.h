#pragma once

#include <QObject>
#include <QTimer>

class EventCatalogue;
class EventPublisher;

// Demo traffic: publishes a random catalogue event with a realistic message to the demo tenant
// every interval.
class DemoTraffic : public QObject
{
    Q_OBJECT
public:
    DemoTraffic(EventPublisher &publisher, const EventCatalogue &catalogue, qint64 tenantId, qint64 intervalMs,
                QObject *parent = nullptr);

    void start();
    void publishOne();

private:
    EventPublisher &m_publisher;
    const EventCatalogue &m_catalogue;
    qint64 m_tenantId;
    QTimer m_timer;
    int m_sequence = 0;
};
