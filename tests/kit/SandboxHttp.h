#pragma once

// Synchronous HTTP calls on a server, mostly the real sandbox, through QNetworkAccessManager (test
// code may wait; product code never does). The event loop turns while a call waits, so servers
// living in the test process go on serving meanwhile.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

// One answer as SandboxHttp read it.
struct SandboxReply
{
    int status = 0;  // 0: no HTTP answer
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    // The first entry of a list answer ({"items": [...]}), or an empty object.
    QJsonObject firstItem() const { return json().object().value(QStringLiteral("items")).toArray().at(0).toObject(); }
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
};

class SandboxHttp
{
public:
    explicit SandboxHttp(QUrl base = {});

    void setBase(const QUrl &base) { m_base = base; }

    // Sends `method path` (path may carry a query) with the key as X-API-Key and a JSON body if given.
    SandboxReply send(const QByteArray &method, const QString &path, const QByteArray &key = {},
                      const QByteArray &body = {}, int timeoutMs = 30000);
    SandboxReply get(const QString &path, const QByteArray &key) { return send("GET", path, key); }
    SandboxReply post(const QString &path, const QByteArray &key, const QByteArray &body)
    {
        return send("POST", path, key, body);
    }
    SandboxReply patch(const QString &path, const QByteArray &key, const QByteArray &body)
    {
        return send("PATCH", path, key, body);
    }
    SandboxReply del(const QString &path, const QByteArray &key) { return send("DELETE", path, key); }

    QNetworkAccessManager &network() { return m_network; }

private:
    QNetworkAccessManager m_network;
    QUrl m_base;
};
