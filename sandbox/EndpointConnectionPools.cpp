#include "sandbox/EndpointConnectionPools.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>

#include <utility>

EndpointConnectionPools::EndpointConnectionPools(int keepIdle, QObject *parent)
    : QObject(parent)
    , m_keepIdle(std::max(0, keepIdle))
{ }

// The managers go while the table still exists: a reply ending on the way may call release().
EndpointConnectionPools::~EndpointConnectionPools()
{
    const QHash<QString, Pool> pools = std::exchange(m_pools, {});
    for (const Pool &pool : pools)
        delete pool.network;
}

QNetworkAccessManager *EndpointConnectionPools::acquire(const QString &endpoint)
{
    Pool &pool = m_pools[endpoint];
    if (!pool.network) {
        pool.network = new QNetworkAccessManager(this);
        // Deliveries go straight to the target: a proxy from the environment would change what is tested.
        pool.network->setProxy(QNetworkProxy::NoProxy);
    }
    ++pool.busy;
    pool.lastUsed = ++m_uses;
    return pool.network;
}

void EndpointConnectionPools::release(const QString &endpoint)
{
    const auto it = m_pools.find(endpoint);
    if (it == m_pools.end() || it->busy == 0)
        return;
    if (--it->busy == 0)
        dropIdleBeyondLimit();
}

void EndpointConnectionPools::dropIdleBeyondLimit()
{
    int idle = 0;
    for (const Pool &pool : std::as_const(m_pools))
        idle += pool.busy == 0 ? 1 : 0;
    while (idle > m_keepIdle) {
        auto oldest = m_pools.end();
        for (auto it = m_pools.begin(); it != m_pools.end(); ++it) {
            if (it->busy == 0 && (oldest == m_pools.end() || it->lastUsed < oldest->lastUsed))
                oldest = it;
        }
        // Later: the caller may still be inside a signal of one of this manager's replies.
        oldest->network->deleteLater();
        m_pools.erase(oldest);
        --idle;
    }
}
