#include "sandbox/SandboxHttpServer.h"

#include "sandbox/SandboxJson.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>

namespace {
QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QStringLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QStringLiteral("TRACE");
    default:
        return QStringLiteral("UNKNOWN");
    }
}

QByteArray reasonPhrase(int status)
{
    const QMetaEnum meta = QMetaEnum::fromType<QHttpServerResponder::StatusCode>();
    if (status == 200)
        return "OK";
    const char *key = meta.valueToKey(status);
    if (!key)
        return "Status";
    // "TooManyRequests" -> "Too Many Requests"
    QByteArray phrase;
    for (const char *c = key; *c; ++c) {
        if (c != key && *c >= 'A' && *c <= 'Z')
            phrase += ' ';
        phrase += *c;
    }
    return phrase;
}
}  // namespace

SandboxHttpServer::SandboxHttpServer(Handler handler, FaultInjector::Settings faults, QTextStream *log, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
    , m_faults(faults)
    , m_log(log)
{ }

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    ApiRequest apiRequest;
    apiRequest.method = methodName(request.method());
    apiRequest.path = request.url().path(QUrl::FullyDecoded);
    apiRequest.query = request.query();
    apiRequest.apiKey = request.value(QByteArrayLiteral("X-API-Key")).trimmed();
    apiRequest.body = request.body();
    apiRequest.caller = request.remoteAddress().toString();
    const bool close = request.value(QByteArrayLiteral("Connection")).toLower() == "close";

    const FaultInjector::Fault fault = m_faults.isActive() ? m_faults.next() : FaultInjector::Fault::None;
    ApiResponse response;
    switch (fault) {
    case FaultInjector::Fault::Drop:
        response.status = 0;
        response.route = QStringLiteral("(fault: dropped)");
        break;
    case FaultInjector::Fault::ServerError:
        response = ApiResponse::json(
            503, QJsonDocument(SandboxJson::detail(QStringLiteral("Injected fault: service unavailable"))));
        response.route = QStringLiteral("(fault: 5xx)");
        break;
    case FaultInjector::Fault::Malformed:
        // The request is handled; only its answer is broken on the way (as by a faulty proxy). A
        // 2xx must never claim a change that did not happen, or no client could stay in step.
        response = m_handler(apiRequest);
        if (response.status == 204)
            response.status = 200;
        response.body = QByteArrayLiteral("{\"id\": 1, \"url\": \"https://exam");
        response.route = QStringLiteral("(fault: malformed)");
        break;
    case FaultInjector::Fault::TooManyRequests:
        // The API layer answers it: it knows the bucket and its limit for the headers.
        apiRequest.injectTooManyRequests = true;
        response = m_handler(apiRequest);
        break;
    case FaultInjector::Fault::DropAfterHandling:
        // The change is made, the answer never comes: the client cannot know whether it was.
        response = m_handler(apiRequest);
        response.status = 0;
        response.route = QStringLiteral("(fault: dropped after handling)");
        break;
    case FaultInjector::Fault::None:
        response = m_handler(apiRequest);
        break;
    }

    QPointer<QTcpSocket> guarded(socket);
    const QString method = apiRequest.method;
    auto finish = [this, guarded, response, close, method, timer] {
        if (guarded) {
            if (response.status == 0)
                guarded->abort();
            else
                respond(guarded, response, close, method != u"HEAD");
        }
        log(method, response.route, response.status, timer.nsecsElapsed() / 1000);
    };
    if (m_faults.latencyMs() > 0 || response.status == 0) {
        // Later, outside the server's read handler (aborting inside it is not safe).
        QTimer::singleShot(std::chrono::milliseconds(m_faults.latencyMs()), this, finish);
    } else {
        finish();
    }
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached (handleRequest takes everything); answer 404 to be safe.
    Q_UNUSED(request);
    respond(socket, ApiResponse::json(404, QJsonDocument(SandboxJson::detail(QStringLiteral("Not Found")))), false);
}

void SandboxHttpServer::respond(QTcpSocket *socket, const ApiResponse &response, bool close, bool withBody)
{
    QByteArray out;
    out.reserve(response.body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (response.status != 204 && response.status != 304) {
        out += "Content-Type: application/json\r\n";
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    }
    for (const auto &header : response.headers)
        out += header.first + ": " + header.second + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (withBody && response.status != 204 && response.status != 304)
        out += response.body;  // HEAD: headers only
    socket->write(out);
    if (close)
        socket->disconnectFromHost();
}

void SandboxHttpServer::log(const QString &method, const QString &route, int status, qint64 durationUs)
{
    if (!m_log)
        return;
    *m_log << SandboxJson::timestamp(QDateTime::currentMSecsSinceEpoch()) << u' ' << method << u' ' << route << u' '
           << (status == 0 ? QStringLiteral("dropped") : QString::number(status)) << u' '
           << QString::number(double(durationUs) / 1000.0, 'f', 1) << QStringLiteral("ms") << Qt::endl;
}
