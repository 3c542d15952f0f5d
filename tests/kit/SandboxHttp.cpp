#include "kit/SandboxHttp.h"

#include <QEventLoop>
#include <QNetworkProxy>

QByteArray SandboxReply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool SandboxReply::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

SandboxHttp::SandboxHttp(QUrl base)
    : m_base(std::move(base))
{
    m_network.setProxy(QNetworkProxy::NoProxy);
}

SandboxReply SandboxHttp::send(const QByteArray &method, const QString &path, const QByteArray &key,
                               const QByteArray &body, int timeoutMs)
{
    QUrl url = m_base;
    const qsizetype q = path.indexOf(u'?');
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest request(url);
    if (!key.isEmpty())
        request.setRawHeader("X-API-Key", key);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    SandboxReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.error = reply->error();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}
