#include "sandbox/FaultInjector.h"

FaultInjector::FaultInjector(Settings settings)
    : m_settings(settings)
    , m_random(settings.seed ? settings.seed : QRandomGenerator::global()->generate())
{ }

bool FaultInjector::isActive() const
{
    return m_settings.latencyMs > 0 || m_settings.share5xx > 0 || m_settings.shareMalformed > 0
        || m_settings.shareDrop > 0 || m_settings.share429 > 0 || m_settings.shareDropAfter > 0;
}

FaultInjector::Fault FaultInjector::next()
{
    // One draw split into consecutive ranges, so the shares add up (1.0 means every request).
    const double draw = m_random.generateDouble();
    double edge = m_settings.shareDrop;
    if (draw < edge)
        return Fault::Drop;
    edge += m_settings.share5xx;
    if (draw < edge)
        return Fault::ServerError;
    edge += m_settings.shareMalformed;
    if (draw < edge)
        return Fault::Malformed;
    edge += m_settings.share429;
    if (draw < edge)
        return Fault::TooManyRequests;
    edge += m_settings.shareDropAfter;
    if (draw < edge)
        return Fault::DropAfterHandling;
    return Fault::None;
}
