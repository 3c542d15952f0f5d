#include "sandbox/DeliveryTransport.h"

#include "sandbox/EndpointConnectionPools.h"
#include "common/Clock.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

namespace {
QString refusal(const QString &host)
{
    return QStringLiteral("Refused: %1 is a private or loopback address (start the sandbox with "
                          "--allow-private-targets to allow it)")
        .arg(host);
}

// The endpoint an attempt goes to: its URL without the fragment, which is never sent.
QString endpointOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
}
}  // namespace

DeliveryTransport::DeliveryTransport(const Clock &clock, qint64 timeoutMs, bool allowPrivateTargets, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_pools(new EndpointConnectionPools(64, this))  // as many idle as may be in flight: fewer churn
    , m_timeoutMs(timeoutMs)
    , m_allowPrivate(allowPrivateTargets)
{ }

// The pools (children) go first: their replies' handlers use the clock and the pools.
DeliveryTransport::~DeliveryTransport()
{
    delete m_pools;
}

bool DeliveryTransport::isPrivateAddress(const QHostAddress &address)
{
    if (address.isNull() || address.isLoopback() || address.isLinkLocal() || address.isMulticast()
        || address.isBroadcast() || address.isUniqueLocalUnicast() || address.isSiteLocal())
        return true;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) {
        const auto in = [v4](quint32 net, int bits) { return (v4 >> (32 - bits)) == (net >> (32 - bits)); };
        return in(0x00000000, 8) || in(0x0A000000, 8) || in(0x64400000, 10) || in(0x7F000000, 8) || in(0xA9FE0000, 16)
            || in(0xAC100000, 12) || in(0xC0A80000, 16);
    }
    return address == QHostAddress(QHostAddress::AnyIPv6);
}

void DeliveryTransport::send(const QUrl &url, const QByteArray &body,
                             const QList<QPair<QByteArray, QByteArray>> &headers, Callback done)
{
    const qint64 started = m_clock.monotonicMs();
    const QString host = url.host();
    if (m_allowPrivate) {
        post(url, body, headers, started, std::move(done));
        return;
    }
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0 || host.endsWith(u".localhost", Qt::CaseInsensitive)) {
        done(Result{std::nullopt, QString(), refusal(host), 0});
        return;
    }
    QHostAddress literal;
    if (literal.setAddress(host)) {
        if (isPrivateAddress(literal))
            done(Result{std::nullopt, QString(), refusal(host), 0});
        else
            post(url, body, headers, started, std::move(done));
        return;
    }
    // A name: resolve it first and refuse when any address is private.
    QPointer<DeliveryTransport> self(this);
    QHostInfo::lookupHost(host, this, [self, url, body, headers, started, done, host](const QHostInfo &info) {
        if (!self)
            return;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            done(Result{std::nullopt, QString(), QStringLiteral("Cannot resolve %1: %2").arg(host, info.errorString()),
                        self->m_clock.monotonicMs() - started});
            return;
        }
        for (const QHostAddress &address : info.addresses()) {
            if (isPrivateAddress(address)) {
                done(Result{std::nullopt, QString(), refusal(host), self->m_clock.monotonicMs() - started});
                return;
            }
        }
        self->post(url, body, headers, started, done);
    });
}

void DeliveryTransport::post(const QUrl &url, const QByteArray &body,
                             const QList<QPair<QByteArray, QByteArray>> &headers, qint64 startedMs, Callback done)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("webhook-sandbox/" WEBHOOK_VERSION));
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    const QString endpoint = endpointOf(url);
    QNetworkReply *reply = m_pools->acquire(endpoint)->post(request, body);

    // Not QNetworkRequest::setTransferTimeout: it starts when the request is queued for a
    // connection and restarts with every byte, so it measured our queue and let a trickling answer
    // run forever. This deadline starts on the wire and ends the whole attempt.
    struct Deadline
    {
        std::optional<qint64> atMs;
        bool lastLook = false;
        bool expired = false;
    };
    const auto deadline = std::make_shared<Deadline>();
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    const auto check = [this, reply, timer, deadline] {
        if (!deadline->atMs || deadline->expired || reply->isFinished())
            return;
        const qint64 left = *deadline->atMs - m_clock.monotonicMs();
        if (left > 0) {
            timer->start(int(std::min<qint64>(left, std::numeric_limits<int>::max())));
            return;
        }
        if (!deadline->lastLook) {
            // After a stall of this process the answer may be waiting in the event queue: it came
            // in time, so let it through before giving up.
            deadline->lastLook = true;
            timer->start(0);
            return;
        }
        deadline->expired = true;
        reply->abort();
    };
    const auto onWire = [this, deadline, check] {
        if (deadline->atMs)
            return;
        deadline->atMs = m_clock.monotonicMs() + m_timeoutMs;
        check();
    };
    connect(reply, &QNetworkReply::socketStartedConnecting, timer, onWire);
    connect(reply, &QNetworkReply::uploadProgress, timer, onWire);
    connect(reply, &QNetworkReply::requestSent, timer, onWire);
    connect(timer, &QTimer::timeout, timer, check);
    connect(&m_clock, &Clock::advanced, timer, check);  // a fake clock jumped

    connect(reply, &QNetworkReply::finished, this, [reply, startedMs, done, deadline, endpoint, this] {
        reply->deleteLater();
        Result result;
        result.durationMs = m_clock.monotonicMs() - startedMs;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (deadline->expired) {  // even after the status line: the answer was not complete in time
            result.error = QStringLiteral("Timed out after %1 ms").arg(m_timeoutMs);
        } else if (status.isValid()) {
            result.statusCode = status.toInt();
            const QByteArray answer = reply->read(excerptLimit);
            result.responseExcerpt = QString::fromUtf8(answer);
            if (result.responseExcerpt.isNull())
                result.responseExcerpt = QStringLiteral("");
        } else {
            result.error = reply->errorString();
        }
        m_pools->release(endpoint);
        done(result);
    });
}
