#pragma once

// A few-line HTTP/1.1 responder on loopback for the two faults the real sandbox cannot produce
// on demand: a server without the delivery extensions (the vendor's API), and a PATCH that fails
// right after a successful create. Everything else in these tests runs against webhook-sandbox.

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

class MiniHttpServer : public QObject
{
public:
    struct Reply
    {
        int status = 404;
        QByteArray body = R"({"detail":"Not Found"})";
    };
    using Handler = std::function<Reply(const QByteArray &method, const QByteArray &path)>;

    explicit MiniHttpServer(Handler handler)
        : m_handler(std::move(handler))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    QList<QByteArray> requests() const { return m_requests; }

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : buffer->left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < end + 4 + length)
                return;
            const QList<QByteArray> requestLine = buffer->left(buffer->indexOf("\r\n")).split(' ');
            const QByteArray method = requestLine.value(0);
            const QByteArray path = requestLine.value(1);
            m_requests << method + ' ' + path;
            buffer->remove(0, end + 4 + length);
            const Reply reply = m_handler(method, path);
            QByteArray response = "HTTP/1.1 " + QByteArray::number(reply.status) + " X\r\n"
                                  "Content-Type: application/json\r\n"
                                  "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n"
                                  "Connection: close\r\n\r\n" + reply.body;
            socket->write(response);
            socket->disconnectFromHost();
        });
    }

    QTcpServer m_server;
    Handler m_handler;
    QList<QByteArray> m_requests;
};
