#pragma once

#include "sandbox/ApiRequest.h"
#include "sandbox/HttpLimits.h"
#include "sandbox/HttpRequestReader.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

class QTcpSocket;

// One client connection of the sandbox: reads its requests one at a time and in order (the next
// is read only once the answer to the current one is written or queued and the unsent answers are
// below a bound), and closes it when the client is idle, slow or stalled, or sends what does not
// frame cleanly (after answering that with 400, 413 or 431). Owns its socket; deletes itself
// once closed.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, const HttpLimits &limits, QObject *parent = nullptr);

    // The answer to the request last announced; closeAfter ends the connection once it is sent.
    void respond(const QByteArray &bytes, bool closeAfter);
    // Ends the connection at once, without an answer.
    void abort();

Q_SIGNALS:
    // A whole request; exactly one respond() or abort() must follow (now or later).
    void requestReceived(const ApiRequest &request, bool closeAfter);
    // A request refused before it reached the API (its answer is already on its way).
    void requestRefused(const QString &method, const QString &reason, int status);
    // The connection was closed because the client was too slow (reason says which phase).
    void timedOut(const QString &reason);

private:
    enum class Phase { Reading, Handling, Closing };

    void readInput();
    void dispatch();
    void refuse();
    void send(const QByteArray &bytes);
    void close();
    void onBytesWritten();
    void onPhaseTimeout();
    // Ends the connection with a TCP reset, dropping what is unsent.
    void reset();
    void scheduleRead();

    QTcpSocket *m_socket;
    HttpLimits m_limits;
    HttpRequestReader m_reader;
    QString m_caller;
    QByteArray m_input;
    Phase m_phase = Phase::Reading;
    bool m_headStarted = false;
    bool m_bodyStarted = false;
    bool m_continueSent = false;
    bool m_readScheduled = false;
    int m_requests = 0;
    QTimer m_phaseTimer;  // idle, header and body deadlines
    QTimer m_sendTimer;  // an answer that makes no progress
};
