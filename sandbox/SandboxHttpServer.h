#pragma once

#include "sandbox/ApiRequest.h"
#include "sandbox/ApiResponse.h"
#include "sandbox/FaultInjector.h"

#include <QAbstractHttpServer>

#include <functional>

class QTextStream;

// The HTTP front of the sandbox on Qt HttpServer 6.4. QHttpServer's router has no 405, no
// trailing-slash handling and no after-request hook in 6.4, so every request goes to one handler
// that returns an ApiResponse; the response is written here (with all headers), faults are
// injected here, and each request is logged as one line (method, route, status, duration; never
// the key).
class SandboxHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<ApiResponse(const ApiRequest &)>;

    SandboxHttpServer(Handler handler, FaultInjector::Settings faults, QTextStream *log, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void respond(QTcpSocket *socket, const ApiResponse &response, bool close, bool withBody = true);
    void log(const QString &method, const QString &route, int status, qint64 durationUs);

    Handler m_handler;
    FaultInjector m_faults;
    QTextStream *m_log;
};
