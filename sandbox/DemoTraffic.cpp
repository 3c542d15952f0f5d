#include "sandbox/DemoTraffic.h"

#include "sandbox/EventCatalogue.h"
#include "sandbox/EventPublisher.h"

#include <QRandomGenerator>

DemoTraffic::DemoTraffic(EventPublisher &publisher, const EventCatalogue &catalogue, qint64 tenantId, qint64 intervalMs,
                         QObject *parent)
    : QObject(parent)
    , m_publisher(publisher)
    , m_catalogue(catalogue)
    , m_tenantId(tenantId)
{
    m_timer.setInterval(int(std::clamp<qint64>(intervalMs, 50, 3'600'000)));
    connect(&m_timer, &QTimer::timeout, this, &DemoTraffic::publishOne);
}

void DemoTraffic::start()
{
    m_timer.start();
}

void DemoTraffic::publishOne()
{
    const auto &types = m_catalogue.types();
    if (types.isEmpty())
        return;
    const QString event = types.at(QRandomGenerator::global()->bounded(int(types.size()))).event;
    ++m_sequence;
    // The same all-or-nothing path as the API. A failed event stored nothing and nobody waits for
    // it: the next tick publishes another.
    const EventPublisher::Published published =
        m_publisher.publish(m_tenantId, event, EventCatalogue::exampleMessage(event, m_sequence));
    Q_UNUSED(published);
}
