#pragma once

// A loopback HTTP/1.1 server whose answers a test scripts, for the faults the real sandbox cannot
// produce: hangs, broken bodies, scripted statuses, redirects, a plain-TCP peer for TLS failures,
// a server with only the vendor's documented endpoints. Requests are framed by Content-Length,
// which is all that the clients under test send.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class ScriptedHttpServer
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;  // path and query as sent
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;

        QByteArray header(const QByteArray &name) const;
    };
    // Returns the raw answer to write; an empty array means never answering (a hang).
    using Handler = std::function<QByteArray(const Request &)>;

    // A raw answer with a JSON content type, its Content-Length and any extra "Name: value" lines.
    static QByteArray response(int status, const QByteArray &body = {}, const QList<QByteArray> &extraHeaders = {});

    // Listens on 127.0.0.1 and a free port.
    explicit ScriptedHttpServer(Handler handler);
    ScriptedHttpServer(const ScriptedHttpServer &) = delete;
    ScriptedHttpServer &operator=(const ScriptedHttpServer &) = delete;

    // This server's address: the scheme, 127.0.0.1 and its port.
    QUrl url(const QString &scheme = QStringLiteral("http")) const;

    // Every request received, in order.
    QList<Request> requests;

private:
    Handler m_handler;
    QTcpServer m_server;
};
