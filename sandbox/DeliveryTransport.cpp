#include "sandbox/DeliveryTransport.h"

#include "sandbox/EndpointConnectionPools.h"
#include "common/TargetAddressRule.h"
#include "common/Clock.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

namespace {
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

void DeliveryTransport::send(const QUrl &url, const QByteArray &body,
                             const QList<QPair<QByteArray, QByteArray>> &headers, Callback done)
{
    const qint64 started = m_clock.monotonicMs();
    const QString host = url.host();
    if (m_allowPrivate) {
        post(url, body, headers, started, std::move(done));
        return;
    }
    switch (TargetAddressRule::judgeHost(host)) {
    case TargetAddressRule::Verdict::Refused:
        done(Result{std::nullopt, QString(), TargetAddressRule::refusal(host), 0});
        return;
    case TargetAddressRule::Verdict::Allowed:
        post(url, body, headers, started, std::move(done));
        return;
    case TargetAddressRule::Verdict::NeedsLookup:
        break;
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
            if (TargetAddressRule::isPrivateAddress(address)) {
                done(Result{std::nullopt, QString(), TargetAddressRule::refusal(host),
                            self->m_clock.monotonicMs() - started});
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
