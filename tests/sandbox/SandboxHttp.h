#pragma once

// Synchronous HTTP for the sandbox tests (test code may wait; product code never does).

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>

struct SandboxReply
{
    int status = 0;                       // 0: no HTTP answer
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};

class SandboxHttp
{
public:
    explicit SandboxHttp(QUrl base = {}) : m_base(std::move(base)) { m_network.setProxy(QNetworkProxy::NoProxy); }

    void setBase(const QUrl &base) { m_base = base; }

    SandboxReply send(const QByteArray &method, const QString &path, const QByteArray &key = {},
                      const QByteArray &body = {}, int timeoutMs = 30000)
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

    SandboxReply get(const QString &path, const QByteArray &key) { return send("GET", path, key); }
    SandboxReply post(const QString &path, const QByteArray &key, const QByteArray &body) { return send("POST", path, key, body); }
    SandboxReply patch(const QString &path, const QByteArray &key, const QByteArray &body) { return send("PATCH", path, key, body); }
    SandboxReply del(const QString &path, const QByteArray &key) { return send("DELETE", path, key); }

    QNetworkAccessManager &network() { return m_network; }

private:
    QNetworkAccessManager m_network;
    QUrl m_base;
};
