#include "sandbox/DemoReceiver.h"

#include <QHttpServerRequest>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrlQuery>

QByteArray DemoReceiver::Received::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

DemoReceiver::DemoReceiver(QObject *parent)
    : QAbstractHttpServer(parent)
{ }

void DemoReceiver::answer(QTcpSocket *socket, int status, const QByteArray &body, const QByteArray &extraHeaders)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + (status < 300 ? " OK" : " Not OK") + "\r\n";
    out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += extraHeaders;
    out += "\r\n" + body;
    socket->write(out);
}

bool DemoReceiver::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_count;
    Received incoming;
    incoming.path = request.url().path();
    incoming.query = request.url().query();
    incoming.headers = request.headers();
    incoming.body = request.body();
    Q_EMIT received(incoming);

    const QString mode = QUrlQuery(request.url()).queryItemValue(QStringLiteral("mode"));
    static const QRegularExpression statusPath(QStringLiteral("/status/(\\d{3})(/|$)"));
    const auto statusMatch = statusPath.match(incoming.path);
    if (statusMatch.hasMatch()) {
        const int status = statusMatch.captured(1).toInt();
        answer(socket, status, "{\"status\":" + QByteArray::number(status) + '}');
    } else if (mode == u"fail") {
        answer(socket, 500, "{\"error\":\"internal error in the partner's webhook handler\"}");
    } else if (mode == u"gone") {
        answer(socket, 410, "{\"error\":\"endpoint removed\"}");
    } else if (mode == u"redirect") {
        answer(socket, 302, {}, "Location: /moved?mode=ok\r\n");
    } else if (mode == u"slow") {
        // Never answer: the sandbox's delivery timeout ends the attempt.
    } else if (mode == u"flaky") {
        const int n = ++m_flakyCounts[incoming.path];
        if (n % 3 == 0)
            answer(socket, 200, "{\"received\":true}");
        else
            answer(socket, 503, "{\"error\":\"temporarily unavailable\"}");
    } else {
        answer(socket, 200, "{\"received\":true}");
    }
    return true;
}

void DemoReceiver::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request);
    answer(socket, 404, "{}");
}
