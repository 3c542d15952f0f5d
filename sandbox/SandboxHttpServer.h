#pragma once

#include "sandbox/ApiRequest.h"
#include "sandbox/ApiResponse.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/HttpLimits.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

#include <functional>

class HttpConnection;
class QTextStream;

// The HTTP front of the sandbox: Qt's QTcpServer for the sockets, one HttpConnection per client
// for the message framing and the bounds of a connection (Boost.Beast's parser; Qt HttpServer's
// parser lets a request hide in another's body). Every request goes to one handler that returns
// an ApiResponse; the response is written here (with all headers), faults are injected here, and
// each request is logged as one line (method, route, status, duration; never the key).
class SandboxHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<ApiResponse(const ApiRequest &)>;

    SandboxHttpServer(Handler handler, FaultInjector::Settings faults, QTextStream *log, QObject *parent = nullptr);

    // For connections accepted from now on.
    void setLimits(const HttpLimits &limits) { m_limits = limits; }
    // The port listened on (the chosen one for port 0), or 0 on failure.
    quint16 listen(const QHostAddress &address = QHostAddress::Any, quint16 port = 0);

private:
    void accept();
    void serve(HttpConnection *connection, const ApiRequest &request, bool close);
    void log(const QString &method, const QString &route, int status, qint64 durationUs);

    Handler m_handler;
    FaultInjector m_faults;
    QTextStream *m_log;
    HttpLimits m_limits;
    QTcpServer m_server;
};
