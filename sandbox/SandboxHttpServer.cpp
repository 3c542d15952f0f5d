#include "sandbox/SandboxHttpServer.h"

#include "sandbox/HttpConnection.h"
#include "sandbox/HttpResponseWriter.h"
#include "sandbox/SandboxJson.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>

SandboxHttpServer::SandboxHttpServer(Handler handler, FaultInjector::Settings faults, QTextStream *log, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_faults(faults)
    , m_log(log)
{
    connect(&m_server, &QTcpServer::newConnection, this, &SandboxHttpServer::accept);
}

quint16 SandboxHttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server.listen(address, port))
        return 0;
    return m_server.serverPort();
}

void SandboxHttpServer::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        // A child of this server: closed and deleted with it.
        auto *connection = new HttpConnection(socket, m_limits, this);
        connect(connection, &HttpConnection::requestReceived, this,
                [this, connection](const ApiRequest &request, bool close) { serve(connection, request, close); });
        connect(connection, &HttpConnection::requestRefused, this,
                [this](const QString &method, const QString &reason, int status) {
                    log(method, QStringLiteral("(refused: %1)").arg(reason), status, 0);
                });
        connect(connection, &HttpConnection::timedOut, this, [this](const QString &reason) {
            log(QStringLiteral("-"), QStringLiteral("(closed: %1)").arg(reason), 0, 0);
        });
    }
}

void SandboxHttpServer::serve(HttpConnection *connection, const ApiRequest &request, bool close)
{
    QElapsedTimer timer;
    timer.start();
    ApiRequest apiRequest = request;

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

    QPointer<HttpConnection> guarded(connection);
    const QString method = apiRequest.method;
    auto finish = [this, guarded, response, close, method, timer] {
        if (guarded) {
            if (response.status == 0)
                guarded->abort();
            else
                guarded->respond(HttpResponseWriter::serialize(response, close, method != u"HEAD"), close);
        }
        log(method, response.route, response.status, timer.nsecsElapsed() / 1000);
    };
    if (m_faults.latencyMs() > 0 || response.status == 0) {
        // Later, outside the connection's read handler.
        QTimer::singleShot(std::chrono::milliseconds(m_faults.latencyMs()), this, finish);
    } else {
        finish();
    }
}

void SandboxHttpServer::log(const QString &method, const QString &route, int status, qint64 durationUs)
{
    if (!m_log)
        return;
    *m_log << SandboxJson::timestamp(QDateTime::currentMSecsSinceEpoch()) << u' ' << method << u' ' << route << u' '
           << (status == 0 ? QStringLiteral("dropped") : QString::number(status)) << u' '
           << QString::number(double(durationUs) / 1000.0, 'f', 1) << QStringLiteral("ms") << Qt::endl;
}
