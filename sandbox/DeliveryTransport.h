#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class Clock;
class EndpointConnectionPools;

// Sends one delivery over HTTP: POST, no redirects followed, a timeout, and targets on private or
// loopback addresses refused unless allowed (TargetAddressRule; the demo and the tests allow them). Each endpoint
// (URL) has its own connections, and the timeout runs from when the attempt reaches the wire
// (connecting, or sending on a kept-alive connection), never while it waits for a connection: a
// hanging endpoint cannot delay or time out attempts to another one, even on the same host.
class DeliveryTransport : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        std::optional<int> statusCode;
        QString responseExcerpt;  // at most 4 KiB of the answer; null when there was none
        QString error;  // network, timeout or refusal text; empty when a status came back
        qint64 durationMs = 0;
    };
    using Callback = std::function<void(const Result &)>;

    // clock: times the attempts and their deadlines (a fake clock's jumps end attempts too).
    DeliveryTransport(const Clock &clock, qint64 timeoutMs, bool allowPrivateTargets, QObject *parent = nullptr);
    ~DeliveryTransport() override;

    void send(const QUrl &url, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers,
              Callback done);

    static constexpr int excerptLimit = 4096;

private:
    void post(const QUrl &url, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers,
              qint64 startedMs, Callback done);

    const Clock &m_clock;
    EndpointConnectionPools *m_pools;
    qint64 m_timeoutMs;
    bool m_allowPrivate;
};
