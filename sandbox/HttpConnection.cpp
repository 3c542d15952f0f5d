#include "sandbox/HttpConnection.h"

#include "sandbox/ApiResponse.h"
#include "sandbox/HttpResponseWriter.h"
#include "sandbox/SandboxJson.h"

#include <QJsonDocument>
#include <QTcpSocket>

#include <algorithm>
#include <limits>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace {
// Bytes taken from the socket at a time: with a partial head, the most the connection holds
// besides the socket's own read buffer.
constexpr qint64 readChunkBytes = 64 * 1024;

// QTimer counts in int milliseconds: a longer timeout (over 24 days) is as good as none.
void startTimeout(QTimer &timer, qint64 ms)
{
    timer.start(int(std::min<qint64>(ms, std::numeric_limits<int>::max())));
}
}  // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const HttpLimits &limits, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_reader(limits)
    , m_caller(socket->peerAddress().toString())
{
    m_socket->setParent(this);
    // Qt stops reading from the kernel once this much waits unread: a client that sends faster
    // than it is served is held back by TCP, not by the sandbox's memory.
    m_socket->setReadBufferSize(m_limits.readBufferBytes);
    m_phaseTimer.setSingleShot(true);
    m_sendTimer.setSingleShot(true);
    connect(&m_phaseTimer, &QTimer::timeout, this, &HttpConnection::onPhaseTimeout);
    connect(&m_sendTimer, &QTimer::timeout, this, [this] {
        Q_EMIT timedOut(QStringLiteral("answer not read in time"));
        reset();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readInput);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    // The first head must come within the header timeout of the connection's start.
    startTimeout(m_phaseTimer, m_limits.headerTimeoutMs);
    m_headStarted = true;
    scheduleRead();
}

void HttpConnection::readInput()
{
    if (m_phase != Phase::Reading || m_socket->bytesToWrite() > m_limits.maxUnsentBytes)
        return;  // resumed by respond() or onBytesWritten()
    for (;;) {
        const qsizetype had = m_input.size();
        if (had < readChunkBytes && m_socket->bytesAvailable() > 0)
            m_input += m_socket->read(readChunkBytes - had);
        if (m_input.isEmpty())
            return;
        if (!m_headStarted) {
            // The next request began: from now on its head has the header timeout, whatever
            // pace its bytes come at.
            m_headStarted = true;
            startTimeout(m_phaseTimer, m_limits.headerTimeoutMs);
        }
        const HttpRequestReader::State state = m_reader.read(&m_input);
        if (state == HttpRequestReader::State::Refused) {
            refuse();
            return;
        }
        if (state == HttpRequestReader::State::Complete) {
            dispatch();
            return;
        }
        if (m_reader.headDone() && !m_bodyStarted) {
            m_bodyStarted = true;
            startTimeout(m_phaseTimer, m_limits.bodyTimeoutMs);
        }
        if (m_reader.wantsContinue() && !m_continueSent && m_input.isEmpty()) {
            m_continueSent = true;
            m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
        }
        if (m_socket->bytesAvailable() == 0 || m_input.size() >= readChunkBytes)
            return;  // more comes with readyRead
    }
}

void HttpConnection::dispatch()
{
    m_phase = Phase::Handling;
    m_phaseTimer.stop();
    ++m_requests;
    const bool closeAfter = !m_reader.keepAlive() || m_requests >= m_limits.maxRequestsPerConnection;
    Q_EMIT requestReceived(m_reader.request(m_caller), closeAfter);
}

void HttpConnection::respond(const QByteArray &bytes, bool closeAfter)
{
    if (m_phase != Phase::Handling)
        return;
    send(bytes);
    if (closeAfter) {
        close();
        return;
    }
    m_reader.reset();
    m_phase = Phase::Reading;
    m_headStarted = false;
    m_bodyStarted = false;
    m_continueSent = false;
    if (m_socket->bytesToWrite() == 0)
        startTimeout(m_phaseTimer, m_limits.idleTimeoutMs);
    // Queued: a pipelined flood is served one request per turn of the event loop, not by recursion.
    scheduleRead();
}

void HttpConnection::abort()
{
    m_phase = Phase::Closing;
    m_phaseTimer.stop();
    m_sendTimer.stop();
    m_socket->abort();
    deleteLater();
}

void HttpConnection::onPhaseTimeout()
{
    if (m_phase == Phase::Reading && !m_headStarted && m_input.isEmpty()) {
        close();  // idle between requests: an orderly close
        return;
    }
    // A head or body that did not come in time.
    Q_EMIT timedOut(m_bodyStarted ? QStringLiteral("body not complete in time")
                                  : QStringLiteral("request head not complete in time"));
    reset();
}

void HttpConnection::reset()
{
    // Closing with a zero linger time sends a reset: the kernel drops the unsent answers at once
    // instead of keeping them for a client that does not read.
    const qintptr descriptor = m_socket->socketDescriptor();
    if (descriptor != -1) {
        const linger immediately{1, 0};
        ::setsockopt(descriptor, SOL_SOCKET, SO_LINGER, reinterpret_cast<const char *>(&immediately),
                     sizeof immediately);
    }
    abort();
}

void HttpConnection::refuse()
{
    const int status = m_reader.refusalStatus();
    Q_EMIT requestRefused(m_reader.method(), m_reader.refusalReason(), status);
    const ApiResponse response =
        ApiResponse::json(status, QJsonDocument(SandboxJson::detail(m_reader.refusalDetail())));
    send(HttpResponseWriter::serialize(response, true, true));
    // What follows the refused bytes cannot be framed: it is never read.
    close();
}

void HttpConnection::send(const QByteArray &bytes)
{
    m_socket->write(bytes);
    if (m_socket->bytesToWrite() > 0 && !m_sendTimer.isActive())
        startTimeout(m_sendTimer, m_limits.sendTimeoutMs);
}

void HttpConnection::close()
{
    m_phase = Phase::Closing;
    m_phaseTimer.stop();
    m_socket->disconnectFromHost();  // after the answer is flushed; the send timer still guards it
}

void HttpConnection::onBytesWritten()
{
    if (m_socket->bytesToWrite() == 0) {
        m_sendTimer.stop();
        if (m_phase == Phase::Reading && !m_headStarted && m_input.isEmpty() && m_socket->bytesAvailable() == 0)
            startTimeout(m_phaseTimer, m_limits.idleTimeoutMs);
    } else {
        startTimeout(m_sendTimer, m_limits.sendTimeoutMs);  // progress: a new chance
    }
    if (m_phase == Phase::Reading && m_socket->bytesToWrite() <= m_limits.maxUnsentBytes)
        scheduleRead();
}

void HttpConnection::scheduleRead()
{
    if (m_readScheduled)
        return;
    m_readScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_readScheduled = false;
            readInput();
        },
        Qt::QueuedConnection);
}
