#include "kit/ScriptedHttpServer.h"

#include <QHostAddress>
#include <QTcpSocket>

#include <memory>

namespace {

// Takes one complete request off the front of `buffer`; false while it is incomplete.
bool takeRequest(QByteArray &buffer, ScriptedHttpServer::Request &request)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    ScriptedHttpServer::Request r;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    r.method = first.value(0);
    r.path = first.value(1);
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = lines[i].left(colon).trimmed();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        r.headers.append({name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            length = value.toLongLong();
    }
    if (buffer.size() < end + 4 + length)
        return false;
    r.body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    request = r;
    return true;
}

}  // namespace

QByteArray ScriptedHttpServer::Request::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QByteArray ScriptedHttpServer::response(int status, const QByteArray &body, const QList<QByteArray> &extraHeaders)
{
    QByteArray r = "HTTP/1.1 " + QByteArray::number(status)
        + " X\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &h : extraHeaders)
        r += h + "\r\n";
    return r + "\r\n" + body;
}

ScriptedHttpServer::ScriptedHttpServer(Handler handler)
    : m_handler(std::move(handler))
{
    m_server.listen(QHostAddress::LocalHost, 0);
    QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
        // The sockets are the server's children: they go with it.
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                *buffer += socket->readAll();
                Request request;
                while (takeRequest(*buffer, request)) {
                    requests.append(request);
                    const QByteArray answer = m_handler(request);
                    if (answer.isEmpty())
                        continue;
                    socket->write(answer);
                    // An answer that says so ends the connection, as a real server would.
                    if (answer.left(answer.indexOf("\r\n\r\n")).toLower().contains("\r\nconnection: close")) {
                        socket->disconnectFromHost();
                        return;
                    }
                }
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

QUrl ScriptedHttpServer::url(const QString &scheme) const
{
    QUrl u;
    u.setScheme(scheme);
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_server.serverPort());
    return u;
}
