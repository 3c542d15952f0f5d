#include "sandbox/DeliveryTransport.h"

#include <QDateTime>
#include <QHostAddress>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

namespace {
QString refusal(const QString &host)
{
    return QStringLiteral("Refused: %1 is a private or loopback address (start the sandbox with "
                          "--allow-private-targets to allow it)")
        .arg(host);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
}  // namespace

DeliveryTransport::DeliveryTransport(qint64 timeoutMs, bool allowPrivateTargets, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_timeoutMs(timeoutMs)
    , m_allowPrivate(allowPrivateTargets)
{
    // Deliveries go straight to the target: a proxy from the environment would change what is tested.
    m_network->setProxy(QNetworkProxy::NoProxy);
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
    const qint64 started = nowMs();
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
                        nowMs() - started});
            return;
        }
        for (const QHostAddress &address : info.addresses()) {
            if (isPrivateAddress(address)) {
                done(Result{std::nullopt, QString(), refusal(host), nowMs() - started});
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
    request.setTransferTimeout(int(std::min<qint64>(m_timeoutMs, std::numeric_limits<int>::max())));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("webhook-sandbox/" WEBHOOK_VERSION));
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [reply, startedMs, done, this] {
        reply->deleteLater();
        Result result;
        result.durationMs = nowMs() - startedMs;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid()) {
            result.statusCode = status.toInt();
            const QByteArray answer = reply->read(excerptLimit);
            result.responseExcerpt = QString::fromUtf8(answer);
            if (result.responseExcerpt.isNull())
                result.responseExcerpt = QStringLiteral("");
        } else if (reply->error() == QNetworkReply::OperationCanceledError
                   || reply->error() == QNetworkReply::TimeoutError) {
            result.error = QStringLiteral("Timed out after %1 ms").arg(m_timeoutMs);
        } else {
            result.error = reply->errorString();
        }
        done(result);
    });
}
