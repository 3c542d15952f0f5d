// The edges of the sandbox's HTTP front, over a raw socket against the real binary: message
// framing (no request smuggled in a body), header bounds, pipelining, bounded memory per
// connection and the timeouts that close idle, slow and stalled connections.
#include "kit/SandboxHttp.h"
#include "kit/SandboxProcess.h"

#include <QFile>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>
#include <QtTest>

namespace {

// Under AddressSanitizer a freed block waits in ASan's quarantine (256 MB by default) instead of
// being reused, so the peak RSS grows with every allocation ever made, not with what is held. The
// memory bounds are checked in the normal build; the sanitizer build checks the closing only.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kRssMeasuresHeldMemory = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kRssMeasuresHeldMemory = false;
#else
constexpr bool kRssMeasuresHeldMemory = true;
#endif
#else
constexpr bool kRssMeasuresHeldMemory = true;
#endif
// One answer read off the raw socket.
struct RawAnswer
{
    int status = 0;
    QByteArray head;
    QByteArray body;
};

// A test's raw client: writes bytes as given and reads answers by their status line, headers and
// Content-Length (the sandbox frames every answer that way).
class RawClient
{
public:
    explicit RawClient(const QUrl &base)
    {
        QObject::connect(&m_socket, &QTcpSocket::disconnected, &m_socket, [this] { m_closed = true; });
        QObject::connect(&m_socket, &QTcpSocket::errorOccurred, &m_socket,
                         [this](QAbstractSocket::SocketError) { m_closed = true; });
        m_socket.connectToHost(base.host(), quint16(base.port()));
    }

    bool connected() { return m_socket.waitForConnected(10000); }
    QTcpSocket &socket() { return m_socket; }
    void write(const QByteArray &bytes) { m_socket.write(bytes); }

    // The next answer, or status 0 when none came within the time. An answer to HEAD has no body
    // whatever its Content-Length says.
    RawAnswer next(int timeoutMs = 10000, bool toHead = false)
    {
        RawAnswer answer;
        if (!QTest::qWaitFor([&] { return parse(&answer, toHead); }, timeoutMs))
            answer.status = 0;
        return answer;
    }

    // True once the server closed the connection (waiting up to timeoutMs). A client that does not
    // read sees no end of stream: then the kernel's table of sockets tells (the peer's FIN leaves
    // it in CLOSE_WAIT, its reset takes it out of the table).
    bool closedWithin(int timeoutMs)
    {
        return QTest::qWaitFor(
            [this] {
                if (m_socket.isOpen() && m_socket.readBufferSize() == 0)
                    m_buffer += m_socket.readAll();
                return isClosed() || kernelSaysClosed();
            },
            timeoutMs);
    }
    bool isClosed() const { return m_closed || m_socket.state() == QAbstractSocket::UnconnectedState; }
    QByteArray unread() const { return m_buffer; }

private:
    bool kernelSaysClosed() const
    {
        QFile table(QStringLiteral("/proc/net/tcp"));
        if (m_socket.localPort() == 0 || !table.open(QIODevice::ReadOnly))
            return false;
        const QByteArray local = ':' + QByteArray::number(m_socket.localPort(), 16).toUpper().rightJustified(4, '0');
        const QByteArray remote = ':' + QByteArray::number(m_socket.peerPort(), 16).toUpper().rightJustified(4, '0');
        for (const QByteArray &line : table.readAll().split('\n')) {
            const QList<QByteArray> columns = line.simplified().split(' ');
            if (columns.size() > 3 && columns[1].endsWith(local) && columns[2].endsWith(remote))
                return columns[3] == "08" || columns[3] == "07";  // CLOSE_WAIT, CLOSE
        }
        return true;
    }

    bool parse(RawAnswer *answer, bool toHead)
    {
        m_buffer += m_socket.readAll();
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QByteArray head = m_buffer.left(end);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (!toHead && line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (m_buffer.size() < end + 4 + length)
            return false;
        answer->head = head;
        answer->status = head.mid(9, 3).toInt();
        answer->body = m_buffer.mid(end + 4, length);
        m_buffer.remove(0, end + 4 + length);
        return true;
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    bool m_closed = false;
};

// Connections to the port that the kernel holds as established, from /proc/net/tcp.
int establishedTo(int port)
{
    QFile table(QStringLiteral("/proc/net/tcp"));
    if (!table.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray local = ':' + QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    int count = 0;
    for (const QByteArray &line : table.readAll().split('\n')) {
        const QList<QByteArray> columns = line.simplified().split(' ');
        if (columns.size() > 3 && columns[1].endsWith(local) && columns[3] == "01")
            ++count;
    }
    return count;
}

// Peak resident memory of a process in KiB, from /proc (VmHWM), or -1.
qint64 peakRssKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

QByteArray request(const QByteArray &method, const QByteArray &target, const QByteArray &key,
                   const QByteArray &extraHeaders = {}, const QByteArray &body = {})
{
    QByteArray out = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: " + key + "\r\n";
    out += extraHeaders;
    if (!body.isEmpty() && !extraHeaders.toLower().contains("content-length")
        && !extraHeaders.toLower().contains("transfer-encoding"))
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return out + "\r\n" + body;
}
}  // namespace

class TestHttpEdges : public QObject
{
    Q_OBJECT

private:
    // Short bounds so that the timeouts show within seconds.
    QStringList shortTimeouts() const
    {
        return {QStringLiteral("--idle-timeout"),   QStringLiteral("1500ms"),
                QStringLiteral("--header-timeout"), QStringLiteral("1s"),
                QStringLiteral("--body-timeout"),   QStringLiteral("1s"),
                QStringLiteral("--send-timeout"),   QStringLiteral("2s")};
    }

    qint64 createSubscription(SandboxProcess &sandbox)
    {
        SandboxHttp http(sandbox.baseUrl());
        return http
            .post(QStringLiteral("/api/v1/webhooks/"), sandbox.apiKey(), "{\"url\": \"https://a.example.com/h\"}")
            .json()
            .object()
            .value(QStringLiteral("id"))
            .toInteger();
    }

    int statusOf(SandboxProcess &sandbox, const QString &path)
    {
        SandboxHttp http(sandbox.baseUrl());
        return http.get(path, sandbox.apiKey()).status;
    }

private Q_SLOTS:
    void smuggledRequestIsRefused_data()
    {
        QTest::addColumn<QByteArray>("framing");
        QTest::addColumn<bool>("chunkedBody");
        QTest::newRow("content-length and chunked")
            << QByteArray("Content-Length: %1\r\nTransfer-Encoding: chunked\r\n") << true;
        QTest::newRow("chunked and content-length")
            << QByteArray("Transfer-Encoding: chunked\r\nContent-Length: %1\r\n") << true;
        QTest::newRow("gzip alone") << QByteArray("Transfer-Encoding: gzip\r\n") << false;
        QTest::newRow("chunked, then gzip") << QByteArray("Transfer-Encoding: chunked, gzip\r\n") << false;
        QTest::newRow("gzip, chunked") << QByteArray("Transfer-Encoding: gzip, chunked\r\n") << true;
        QTest::newRow("chunked twice") << QByteArray("Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n")
                                       << true;
    }
    void smuggledRequestIsRefused()
    {
        QFETCH(QByteArray, framing);
        QFETCH(bool, chunkedBody);
        SandboxProcess sandbox;
        QVERIFY(sandbox.start());
        const qint64 id = createSubscription(sandbox);
        QVERIFY(id > 0);
        const QByteArray path = "/api/v1/webhooks/" + QByteArray::number(id);
        const QByteArray smuggled = request("DELETE", path, sandbox.apiKey());
        const QByteArray body = (chunkedBody ? QByteArray("0\r\n\r\n") : QByteArray()) + smuggled;
        const QByteArray head =
            framing.contains("%1") ? QByteArray(framing).replace("%1", QByteArray::number(body.size())) : framing;
        QByteArray out = "POST /api/v1/webhooks/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: " + sandbox.apiKey() + "\r\n"
            + head + "\r\n" + body;

        RawClient client(sandbox.baseUrl());
        QVERIFY(client.connected());
        client.write(out);
        const RawAnswer answer = client.next();
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.head.toLower().contains("connection: close"));
        QVERIFY(answer.body.contains("\"detail\""));
        QVERIFY(client.closedWithin(10000));
        QVERIFY2(!client.unread().contains("HTTP/1.1"), client.unread().constData());  // no second answer
        // The DELETE in the body never ran.
        QCOMPARE(statusOf(sandbox, QString::fromLatin1(path)), 200);
    }

    void badContentLengthIsRefused_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("letters") << QByteArray("Content-Length: abc\r\n");
        QTest::newRow("negative") << QByteArray("Content-Length: -1\r\n");
        QTest::newRow("two numbers") << QByteArray("Content-Length: 1 2\r\n");
        QTest::newRow("huge") << QByteArray("Content-Length: 99999999999999999999999\r\n");
        QTest::newRow("two differing") << QByteArray("Content-Length: 2\r\nContent-Length: 30\r\n");
        QTest::newRow("list of differing") << QByteArray("Content-Length: 2, 30\r\n");
        QTest::newRow("empty") << QByteArray("Content-Length: \r\n");
        QTest::newRow("plus sign") << QByteArray("Content-Length: +2\r\n");
    }
    void badContentLengthIsRefused()
    {
        QFETCH(QByteArray, header);
        SandboxProcess sandbox;
        QVERIFY(sandbox.start());
        const qint64 id = createSubscription(sandbox);
        const QByteArray path = "/api/v1/webhooks/" + QByteArray::number(id);
        RawClient client(sandbox.baseUrl());
        QVERIFY(client.connected());
        client.write(request("POST", "/api/v1/webhooks/", sandbox.apiKey(), header,
                             "{}" + request("DELETE", path, sandbox.apiKey())));
        const RawAnswer answer = client.next();
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.head.toLower().contains("connection: close"));
        QVERIFY(client.closedWithin(10000));
        QVERIFY(!client.unread().contains("HTTP/1.1"));
        QCOMPARE(statusOf(sandbox, QString::fromLatin1(path)), 200);
    }

    void chunkedPostWorks()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start());
        RawClient client(sandbox.baseUrl());
        QVERIFY(client.connected());
        const QByteArray json("{\"url\": \"https://chunked.example.com/h\"}");
        const QByteArray chunked = QByteArray::number(10, 16) + "\r\n" + json.left(10) + "\r\n"
            + QByteArray::number(json.size() - 10, 16) + "\r\n" + json.mid(10) + "\r\n0\r\n\r\n";
        client.write(request("POST", "/api/v1/webhooks/", sandbox.apiKey(), "Transfer-Encoding: chunked\r\n", chunked));
        const RawAnswer answer = client.next();
        QCOMPARE(answer.status, 200);
        const qint64 id = QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        // The connection stays usable.
        client.write(request("GET", "/api/v1/webhooks/" + QByteArray::number(id), sandbox.apiKey()));
        const RawAnswer again = client.next();
        QCOMPARE(again.status, 200);
        QVERIFY(again.body.contains("chunked.example.com"));
    }

    void expectContinueGetsContinue()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start());
        RawClient client(sandbox.baseUrl());
        QVERIFY(client.connected());
        const QByteArray json("{\"url\": \"https://expect.example.com/h\"}");
        client.write(request("POST", "/api/v1/webhooks/", sandbox.apiKey(),
                             "Expect: 100-continue\r\nContent-Length: " + QByteArray::number(json.size()) + "\r\n"));
        const RawAnswer interim = client.next();
        QCOMPARE(interim.status, 100);
        client.write(json);
        QCOMPARE(client.next().status, 200);
    }

    void tooManyHeaderFieldsAre431()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start());
        QByteArray fields;
        for (int i = 0; i < 200; ++i)
            fields += "X-Filler-" + QByteArray::number(i) + ": x\r\n";
        RawClient client(sandbox.baseUrl());
        QVERIFY(client.connected());
        client.write(request("GET", "/api/v1/webhooks/types", sandbox.apiKey(), fields));
        const RawAnswer answer = client.next();
        QCOMPARE(answer.status, 431);
        QVERIFY(answer.head.toLower().contains("connection: close"));
        QVERIFY(client.closedWithin(10000));
    }

    void largeHeaderIs431()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start());
        RawClient client(sandbox.baseUrl());
        QVERIFY(client.connected());
        client.write(request("GET", "/api/v1/webhooks/types", sandbox.apiKey(),
                             "X-Large: " + QByteArray(64 * 1024, 'a') + "\r\n"));
        const RawAnswer answer = client.next();
        QCOMPARE(answer.status, 431);
        QVERIFY(client.closedWithin(10000));
    }

    void endlessTrailerIs431()
    {
        // After the last chunk, trailer fields without end: bounded like a head.
        SandboxProcess sandbox;
        QVERIFY(sandbox.start());
        RawClient client(sandbox.baseUrl());
        QVERIFY(client.connected());
        QByteArray trailer;
        for (int i = 0; i < 2000; ++i)
            trailer += "X-Trailer-" + QByteArray::number(i) + ": " + QByteArray(30, 't') + "\r\n";
        client.write(request("POST", "/api/v1/webhooks/", sandbox.apiKey(), "Transfer-Encoding: chunked\r\n",
                             "2\r\n{}\r\n0\r\n" + trailer));
        const RawAnswer answer = client.next();
        QCOMPARE(answer.status, 431);
        QVERIFY(client.closedWithin(10000));
    }

    void largeBodyIs413()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start());
        RawClient client(sandbox.baseUrl());
        QVERIFY(client.connected());
        // Refused from the head alone: the 2 MiB are never sent.
        client.write(request("POST", "/api/v1/webhooks/", sandbox.apiKey(), "Content-Length: 2097152\r\n"));
        const RawAnswer answer = client.next();
        QCOMPARE(answer.status, 413);
        QVERIFY(client.closedWithin(10000));
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start());
        const qint64 id = createSubscription(sandbox);
        const QByteArray key = sandbox.apiKey();
        RawClient client(sandbox.baseUrl());
        QVERIFY(client.connected());
        client.write(
            request("GET", "/api/v1/webhooks/" + QByteArray::number(id), key)
            + request("GET", "/api/v1/webhooks/999999", key) + request("HEAD", "/api/v1/webhooks/types", key)
            + request("PATCH", "/api/v1/webhooks/" + QByteArray::number(id), key, {}, "{\"description\": \"piped\"}")
            + request("GET", "/api/v1/webhooks/types", "sbx_wrong"));
        QCOMPARE(client.next().status, 200);
        QCOMPARE(client.next().status, 404);
        QCOMPARE(client.next(10000, true).status, 405);  // no HEAD in the API
        // HEAD got headers only: the PATCH's answer follows at once.
        const RawAnswer patched = client.next();
        QCOMPARE(patched.status, 200);
        QVERIFY(patched.body.contains("piped"));
        QCOMPARE(client.next().status, 401);
        QVERIFY(!client.isClosed());
    }

    void floodWithoutReadingIsClosedAndMemoryStaysFlat()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start(shortTimeouts() << QStringLiteral("--quiet") << QStringLiteral("--rate-limit")
                                              << QStringLiteral("GET /api/v1/webhooks/types=9999999/1m")));
        const qint64 pid = sandbox.process()->processId();
        QCOMPARE(statusOf(sandbox, QStringLiteral("/api/v1/webhooks/types")), 200);
        const qint64 before = peakRssKiB(pid);
        QVERIFY(before > 0);

        RawClient client(sandbox.baseUrl());
        // The client reads at most 1 KiB, then leaves every answer in the kernel's buffers.
        client.socket().setReadBufferSize(1024);
        QVERIFY(client.connected());
        const QByteArray one = request("GET", "/api/v1/webhooks/types", sandbox.apiKey());
        QByteArray many;
        for (int i = 0; i < 1000; ++i)
            many += one;
        // About 12 MB of requests, more than the kernel's buffers on both sides hold, so the
        // client still has some to write when the server gives up on it.
        for (int i = 0; i < 100; ++i)
            client.write(many);
        QVERIFY2(client.closedWithin(60000), "the server kept the flooding connection open");
        const qint64 after = peakRssKiB(pid);
        qInfo("sandbox peak RSS %lld KiB before the flood, %lld KiB after", before, after);
        if (kRssMeasuresHeldMemory)
            QVERIFY2(after - before < 48 * 1024, "the sandbox's memory grew with the unread answers");
        // The server still serves others.
        QCOMPARE(statusOf(sandbox, QStringLiteral("/api/v1/webhooks/types")), 200);
    }

    void clientThatNeverReadsIsClosedAfterTheSendTimeout()
    {
        // Large answers (50 subscriptions with long descriptions, about 55 KB a list) and fewer
        // requests than a connection may carry: only the send timeout can close it, the idle
        // timeout is far away.
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--send-timeout"), QStringLiteral("2s"), QStringLiteral("--quiet"),
                               QStringLiteral("--rate-limit"), QStringLiteral("POST /api/v1/webhooks/=9999/1m"),
                               QStringLiteral("--rate-limit"), QStringLiteral("GET /api/v1/webhooks/=9999/1m")}));
        SandboxHttp http(sandbox.baseUrl());
        const QByteArray description(1000, 'd');
        for (int i = 0; i < 50; ++i) {
            const QByteArray body = "{\"url\": \"https://a.example.com/" + QByteArray::number(i)
                + "\", \"description\": \"" + description + "\"}";
            QCOMPARE(http.post(QStringLiteral("/api/v1/webhooks/"), sandbox.apiKey(), body).status, 200);
        }
        const qint64 pid = sandbox.process()->processId();
        const qint64 before = peakRssKiB(pid);

        RawClient client(sandbox.baseUrl());
        client.socket().setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
        client.socket().setReadBufferSize(1024);
        QVERIFY(client.connected());
        QByteArray requests;
        for (int i = 0; i < 500; ++i)
            requests += request("GET", "/api/v1/webhooks/", sandbox.apiKey());
        client.write(requests);
        QVERIFY2(client.closedWithin(30000), "the server kept a connection whose answers never left");
        const qint64 after = peakRssKiB(pid);
        qInfo("sandbox peak RSS %lld KiB before, %lld KiB after 500 unread answers of about 55 KB", before, after);
        if (kRssMeasuresHeldMemory)
            QVERIFY2(after - before < 32 * 1024, "the sandbox held the unread answers in memory");
    }

    void idleKeepAliveIsClosed()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start(shortTimeouts()));
        RawClient client(sandbox.baseUrl());
        QVERIFY(client.connected());
        client.write(request("GET", "/api/v1/webhooks/types", sandbox.apiKey()));
        const RawAnswer answer = client.next();
        QCOMPARE(answer.status, 200);
        QVERIFY(!answer.head.toLower().contains("connection: close"));
        QVERIFY2(client.closedWithin(15000), "an idle keep-alive connection stayed open");
    }

    void networkAccessManagerCarriesOnAfterAnIdleClose()
    {
        // The console and webhookctl keep connections alive with QNetworkAccessManager: once the
        // sandbox has closed an idle one, the next requests go out on a new connection.
        SandboxProcess sandbox;
        QVERIFY(sandbox.start(shortTimeouts()));
        SandboxHttp http(sandbox.baseUrl());
        const qint64 id = createSubscription(sandbox);
        QVERIFY(id > 0);
        const QString path = QStringLiteral("/api/v1/webhooks/%1").arg(id);
        QCOMPARE(http.get(path, sandbox.apiKey()).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(establishedTo(sandbox.baseUrl().port()), 0, 15000);
        QCOMPARE(http.get(path, sandbox.apiKey()).status, 200);
        QCOMPARE(http.patch(path, sandbox.apiKey(), "{\"description\": \"after idle\"}").status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(establishedTo(sandbox.baseUrl().port()), 0, 15000);
        QCOMPARE(
            http.post(QStringLiteral("/api/v1/webhooks/"), sandbox.apiKey(), "{\"url\": \"https://b.example.com/h\"}")
                .status,
            200);
    }

    void slowHeaderIsClosed()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start(shortTimeouts()));
        RawClient client(sandbox.baseUrl());
        QVERIFY(client.connected());
        // One byte every 200 ms: the whole head would take over 20 s; the header timeout is 1 s
        // and must not restart on each byte.
        const QByteArray head = request("GET", "/api/v1/webhooks/types", sandbox.apiKey(), "X-Slow: drip\r\n");
        qsizetype sent = 0;
        QTimer drip;
        connect(&drip, &QTimer::timeout, &drip, [&] {
            if (sent < head.size() && !client.isClosed())
                client.write(head.mid(sent++, 1));
        });
        drip.start(200);
        QVERIFY2(client.closedWithin(15000), "a head that drips in byte by byte kept its connection");
        QVERIFY(sent < head.size());
        QVERIFY(!client.unread().startsWith("HTTP/1.1 200"));
        sandbox.stop();
        QVERIFY2(sandbox.standardError().contains(QStringLiteral("(closed: request head not complete in time)")),
                 qPrintable(sandbox.standardError()));
    }

    void stalledBodyIsClosed()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start(shortTimeouts()));
        RawClient client(sandbox.baseUrl());
        QVERIFY(client.connected());
        client.write(request("POST", "/api/v1/webhooks/", sandbox.apiKey(), "Content-Length: 100\r\n") + "{\"url\":");
        QVERIFY2(client.closedWithin(15000), "a body that stopped coming kept its connection");
        sandbox.stop();
        QVERIFY2(sandbox.standardError().contains(QStringLiteral("(closed: body not complete in time)")),
                 qPrintable(sandbox.standardError()));
    }

    void http11WithoutOneHostIsRefused_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::newRow("no Host") << QByteArray("GET /api/v1/webhooks/types HTTP/1.1\r\nX-API-Key: KEY\r\n\r\n");
        QTest::newRow("two Hosts") << QByteArray(
            "GET /api/v1/webhooks/types HTTP/1.1\r\nHost: a\r\nHost: b\r\nX-API-Key: KEY\r\n\r\n");
    }

    // RFC 9112, 3.2: without exactly one Host an HTTP/1.1 request is answered 400.
    void http11WithoutOneHostIsRefused()
    {
        QFETCH(QByteArray, head);
        SandboxProcess sandbox;
        QVERIFY(sandbox.start());
        RawClient client(sandbox.baseUrl());
        QVERIFY(client.connected());
        client.write(head.replace("KEY", sandbox.apiKey()));
        QCOMPARE(client.next().status, 400);
        QVERIFY(client.closedWithin(10000));
    }

    void http10WithoutKeepAliveIsClosedAfterItsAnswer()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start());  // the default idle timeout: far longer than this test waits
        RawClient client(sandbox.baseUrl());
        QVERIFY(client.connected());
        client.write("GET /api/v1/webhooks/types HTTP/1.0\r\nX-API-Key: " + sandbox.apiKey() + "\r\n\r\n");
        QCOMPARE(client.next().status, 200);
        QVERIFY2(client.closedWithin(10000), "an HTTP/1.0 connection without keep-alive stayed open");
    }

    void http10WithKeepAliveStaysOpen()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start());
        RawClient client(sandbox.baseUrl());
        QVERIFY(client.connected());
        const QByteArray one = "GET /api/v1/webhooks/types HTTP/1.0\r\nConnection: keep-alive\r\nX-API-Key: "
            + sandbox.apiKey() + "\r\n\r\n";
        client.write(one);
        QCOMPARE(client.next().status, 200);
        client.write(one);
        QCOMPARE(client.next().status, 200);
    }

    void refusedRequestsAreLogged()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start());
        RawClient client(sandbox.baseUrl());
        QVERIFY(client.connected());
        client.write(request("POST", "/api/v1/webhooks/", sandbox.apiKey(), "Transfer-Encoding: gzip\r\n"));
        QCOMPARE(client.next().status, 400);
        QVERIFY(client.closedWithin(10000));
        sandbox.stop();
        QVERIFY2(sandbox.standardError().contains(QStringLiteral("POST (refused: bad framing) 400")),
                 qPrintable(sandbox.standardError()));
        QVERIFY(!sandbox.standardError().contains(QString::fromLatin1(sandbox.apiKey())));
    }
};

QTEST_GUILESS_MAIN(TestHttpEdges)
#include "tst_httpedges.moc"
