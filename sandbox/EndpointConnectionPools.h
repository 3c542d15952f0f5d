#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QNetworkAccessManager;

// One QNetworkAccessManager per delivery endpoint (URL), so that each endpoint has its own
// connections. A single manager shares six connections per host among every URL of that host:
// attempts hanging at one endpoint would take them from the other endpoints of the host, and
// Qt 6.4 has no other way to give a URL its own connections (QHttp1Configuration came in 6.5).
// Idle managers are kept for reuse of their keep-alive connections, the least recently used ones
// dropped beyond keepIdle (each manager owns a thread).
class EndpointConnectionPools : public QObject
{
    Q_OBJECT
public:
    explicit EndpointConnectionPools(int keepIdle = 64, QObject *parent = nullptr);
    ~EndpointConnectionPools() override;

    // The endpoint's manager; it counts as busy until release() is called once per acquire().
    QNetworkAccessManager *acquire(const QString &endpoint);
    void release(const QString &endpoint);

    int poolCount() const { return int(m_pools.size()); }

private:
    struct Pool
    {
        QNetworkAccessManager *network = nullptr;
        int busy = 0;
        quint64 lastUsed = 0;
    };
    void dropIdleBeyondLimit();

    QHash<QString, Pool> m_pools;
    quint64 m_uses = 0;
    int m_keepIdle;
};
