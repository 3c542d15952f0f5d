#include "api/NetworkTransport.h"

#include "api/OneShotUploadDevice.h"

#include "api/ApiClient.h"
#include "api/NetworkJob.h"
#include "api/OneShotUploadDevice.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

Q_LOGGING_CATEGORY(lcTransport, "webhook.api.http", QtWarningMsg)

NetworkTransport::NetworkTransport(QNetworkAccessManager *network, QObject *parent)
    : RequestTransport(parent)
    , m_network(network)
{
    Q_ASSERT(network);
}

NetworkTransport::~NetworkTransport()
{
    for (NetworkJob *job : std::as_const(m_jobs)) {
        disconnect(job, nullptr, this, nullptr);
        delete job;
    }
}

void NetworkTransport::setServer(const QUrl &baseUrl, const QByteArray &apiKey)
{
    m_baseUrl = baseUrl;
    m_apiKey = apiKey;
}

QString NetworkTransport::redactedKey() const
{
    return ApiClient::redact(m_apiKey);
}

QUrl NetworkTransport::urlFor(const QString &pathAndQuery) const
{
    QUrl url = m_baseUrl;
    QString path = pathAndQuery;
    QString query;
    const qsizetype q = path.indexOf(u'?');
    if (q >= 0) {
        query = path.mid(q + 1);
        path.truncate(q);
    }
    QString prefix = m_baseUrl.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path);
    url.setQuery(query.isEmpty() ? QString() : query);
    url.setFragment(QString());
    return url;
}

void NetworkTransport::finishLater(quint64 sendId, const HttpResponse &response)
{
    QMetaObject::invokeMethod(
        this, [this, sendId, response] { Q_EMIT finished(sendId, response); }, Qt::QueuedConnection);
}

void NetworkTransport::start(quint64 sendId, const HttpRequestSpec &spec)
{
    if (!m_baseUrl.isValid() || m_baseUrl.isEmpty()) {
        HttpResponse r;
        r.outcome = HttpResponse::Outcome::Network;
        r.errorString = tr("No server address is set.");
        finishLater(sendId, r);
        return;
    }
    if (ApiClient::isInsecure(m_baseUrl) && !m_allowInsecure) {
        // Nothing leaves the machine: the key would travel in clear text.
        HttpResponse r;
        r.outcome = HttpResponse::Outcome::InsecureRefused;
        r.errorString = tr("Plain http:// to %1 needs explicit consent.").arg(m_baseUrl.host());
        finishLater(sendId, r);
        return;
    }
    const QUrl url = urlFor(spec.pathAndQuery);
    QNetworkRequest request(url);
    request.setRawHeader("X-API-Key", m_apiKey);  // added here, per request; never logged
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("webhook-console/" WEBHOOK_VERSION));
    // Never follow redirects: the key must not travel to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!spec.body.isEmpty() || spec.method == "POST" || spec.method == "PATCH")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    qCDebug(lcTransport).noquote() << spec.method << url.toString() << "key" << ApiClient::redact(m_apiKey);

    QNetworkReply *reply = nullptr;
    if (spec.method == "GET")
        reply = m_network->get(request);
    else if (spec.method == "DELETE" && spec.body.isEmpty())
        reply = m_network->deleteResource(request);
    else if (spec.method == "POST") {
        // Never re-sent by the network stack (see OneShotUploadDevice): POST is not idempotent.
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, spec.body.size());
        auto *body = new OneShotUploadDevice(spec.body);
        reply = m_network->post(request, body);
        body->setParent(reply);
    } else
        reply = m_network->sendCustomRequest(request, spec.method, spec.body);

    auto *job = new NetworkJob(reply, spec.timeoutMs > 0 ? spec.timeoutMs : m_timeoutMs, this);
    m_jobs.insert(sendId, job);
    connect(job, &NetworkJob::finished, this, [this, sendId, job](const HttpResponse &response) {
        m_jobs.remove(sendId);
        job->deleteLater();
        qCDebug(lcTransport) << "answer" << int(response.outcome) << response.status;
        Q_EMIT finished(sendId, response);
    });
}

void NetworkTransport::abort(quint64 sendId)
{
    if (NetworkJob *job = m_jobs.value(sendId))
        job->abort();
}
