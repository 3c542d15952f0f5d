#pragma once

#include "api/RequestTransport.h"

#include <QByteArray>
#include <QHash>
#include <QUrl>

class NetworkJob;
class QNetworkAccessManager;

// The real transport: one QNetworkAccessManager (injected), the API key added per request as
// X-API-Key (held in memory only, never logged), one NetworkJob per send owning its timeout.
// Plain http:// to a non-loopback host is refused unless consent was given; TLS errors are
// reported as Outcome::Tls and never ignored.
class NetworkTransport : public RequestTransport
{
    Q_OBJECT
public:
    NetworkTransport(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~NetworkTransport() override;

    void setServer(const QUrl &baseUrl, const QByteArray &apiKey);
    QUrl baseUrl() const { return m_baseUrl; }
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    QString redactedKey() const;
    void setAllowInsecureHttp(bool consent) { m_allowInsecure = consent; }
    bool allowInsecureHttp() const { return m_allowInsecure; }
    void setDefaultTimeout(qint64 ms) { m_timeoutMs = ms > 0 ? ms : m_timeoutMs; }
    qint64 defaultTimeout() const { return m_timeoutMs; }

    void start(quint64 sendId, const HttpRequestSpec &request) override;
    void abort(quint64 sendId) override;

    QUrl urlFor(const QString &pathAndQuery) const;

private:
    void finishLater(quint64 sendId, const HttpResponse &response);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QByteArray m_apiKey;
    bool m_allowInsecure = false;
    qint64 m_timeoutMs = 30'000;
    QHash<quint64, NetworkJob *> m_jobs;
};
