#pragma once

// A loopback HTTP/1.1 server for faults the real sandbox cannot produce (hangs, garbage bodies,
// scripted 5xx, redirects, a plain-TCP peer for TLS failures). Test code only.

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>
#include <memory>

class ScriptedHttpServer
{
public:
    struct Request {
        QByteArray method;
        QByteArray path;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const
        {
            for (const auto &h : headers)
                if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                    return h.second;
            return {};
        }
    };
    // Returns the raw response to write; an empty array means "never answer" (a hang).
    using Handler = std::function<QByteArray(const Request &)>;

    static QByteArray response(int status, const QByteArray &body = {}, const QList<QByteArray> &extraHeaders = {})
    {
        QByteArray r = "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
                       + QByteArray::number(body.size()) + "\r\n";
        for (const auto &h : extraHeaders)
            r += h + "\r\n";
        return r + "\r\n" + body;
    }

    explicit ScriptedHttpServer(Handler handler)
        : m_handler(std::move(handler))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    for (;;) {
                        const qsizetype end = buffer->indexOf("\r\n\r\n");
                        if (end < 0)
                            return;
                        Request req;
                        const QList<QByteArray> lines = buffer->left(end).split('\n');
                        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                        req.method = first.value(0);
                        req.path = first.value(1);
                        qsizetype length = 0;
                        for (qsizetype i = 1; i < lines.size(); ++i) {
                            const qsizetype colon = lines[i].indexOf(':');
                            if (colon <= 0)
                                continue;
                            const QByteArray name = lines[i].left(colon).trimmed();
                            const QByteArray value = lines[i].mid(colon + 1).trimmed();
                            req.headers.append({name, value});
                            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                                length = value.toLongLong();
                        }
                        if (buffer->size() < end + 4 + length)
                            return;
                        req.body = buffer->mid(end + 4, length);
                        buffer->remove(0, end + 4 + length);
                        requests.append(req);
                        const QByteArray answer = m_handler(req);
                        if (!answer.isEmpty())
                            socket->write(answer);
                    }
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QUrl url(const QString &scheme = QStringLiteral("http")) const
    {
        QUrl u;
        u.setScheme(scheme);
        u.setHost(QStringLiteral("127.0.0.1"));
        u.setPort(m_server.serverPort());
        return u;
    }

    QList<Request> requests;

private:
    Handler m_handler;
    QTcpServer m_server;
};
