// NetworkTransport and NetworkJob over real loopback sockets: the key travels per request and is
// never logged, timeouts and TLS failures are typed, plain http to another host needs consent,
// redirects are not followed, aborts report once.

#include "kit/ScriptedHttpServer.h"

#include "api/NetworkTransport.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace {
const QByteArray Key = "sk_test_0123456789abcdefSECRET";

QStringList g_messages;
void captureMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages << message;
}

HttpResponse runOne(NetworkTransport &transport, const HttpRequestSpec &spec, int waitMs = 30000)
{
    QSignalSpy spy(&transport, &RequestTransport::finished);
    transport.start(1, spec);
    if (spy.isEmpty() && !spy.wait(waitMs))
        return HttpResponse{HttpResponse::Outcome::Network, -1, {}, {}, QStringLiteral("test: no answer")};
    return spy.first().at(1).value<HttpResponse>();
}

HttpRequestSpec get(const QString &path)
{
    HttpRequestSpec s;
    s.method = "GET";
    s.pathAndQuery = path;
    return s;
}
}  // namespace

class TestNetworkTransport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sendsKeyAndBodyAndReadsHeaders();
    void keepsBasePathPrefix();
    void keyIsNeverLogged();
    void timeoutIsTyped();
    void refusedConnectionIsANetworkError();
    void tlsFailureIsReportedNotIgnored();
    void plainHttpToAnotherHostNeedsConsent();
    void redirectsAreNotFollowed();
    void abortReportsOnce();

private:
    QNetworkAccessManager m_nam;
};

void TestNetworkTransport::initTestCase()
{
    qRegisterMetaType<HttpResponse>();
}

void TestNetworkTransport::sendsKeyAndBodyAndReadsHeaders()
{
    ScriptedHttpServer server([](const ScriptedHttpServer::Request &) {
        return ScriptedHttpServer::response(200, R"({"id":1})", {"X-RateLimit-Remaining: 9"});
    });
    NetworkTransport transport(&m_nam);
    transport.setServer(server.url(), Key);
    HttpRequestSpec patch;
    patch.method = "PATCH";
    patch.pathAndQuery = QStringLiteral("/api/v1/webhooks/1?x=1");
    patch.body = R"({"enabled":false})";
    const HttpResponse r = runOne(transport, patch);
    QCOMPARE(r.outcome, HttpResponse::Outcome::Http);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray(R"({"id":1})"));
    QCOMPARE(r.header("x-ratelimit-remaining"), QByteArray("9"));
    QCOMPARE(server.requests.size(), 1);
    const auto &req = server.requests.first();
    QCOMPARE(req.method, QByteArray("PATCH"));
    QCOMPARE(req.path, QByteArray("/api/v1/webhooks/1?x=1"));
    QCOMPARE(req.header("X-API-Key"), Key);
    QCOMPARE(req.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(req.body, QByteArray(R"({"enabled":false})"));
}

void TestNetworkTransport::keepsBasePathPrefix()
{
    ScriptedHttpServer server(
        [](const ScriptedHttpServer::Request &) { return ScriptedHttpServer::response(200, "[]"); });
    NetworkTransport transport(&m_nam);
    QUrl base = server.url();
    base.setPath(QStringLiteral("/prefix/"));
    transport.setServer(base, Key);
    QCOMPARE(runOne(transport, get(QStringLiteral("/api/v1/webhooks/"))).status, 200);
    QCOMPARE(server.requests.first().path, QByteArray("/prefix/api/v1/webhooks/"));
}

void TestNetworkTransport::keyIsNeverLogged()
{
    ScriptedHttpServer server(
        [](const ScriptedHttpServer::Request &) { return ScriptedHttpServer::response(401, "{}"); });
    QLoggingCategory::setFilterRules(QStringLiteral("webhook.*=true"));
    g_messages.clear();
    auto previous = qInstallMessageHandler(captureMessages);
    NetworkTransport transport(&m_nam);
    transport.setServer(server.url(), Key);
    runOne(transport, get(QStringLiteral("/api/v1/webhooks/")));
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(!g_messages.isEmpty());  // the request was logged ...
    for (const auto &m : std::as_const(g_messages)) {
        QVERIFY2(!m.contains(QString::fromLatin1(Key)), qPrintable(m));  // ... without the key
        QVERIFY(!m.contains(QStringLiteral("SECRET")));
    }
    QVERIFY(g_messages.join(u'\n').contains(QStringLiteral("****")));
}

void TestNetworkTransport::timeoutIsTyped()
{
    ScriptedHttpServer server([](const ScriptedHttpServer::Request &) { return QByteArray(); });  // hangs
    NetworkTransport transport(&m_nam);
    transport.setServer(server.url(), Key);
    HttpRequestSpec spec = get(QStringLiteral("/slow"));
    spec.timeoutMs = 300;
    const HttpResponse r = runOne(transport, spec);
    QCOMPARE(r.outcome, HttpResponse::Outcome::Timeout);
    QVERIFY(!r.errorString.isEmpty());
}

void TestNetworkTransport::refusedConnectionIsANetworkError()
{
    quint16 port = 0;
    {
        QTcpServer probe;  // find a free port, then close it
        probe.listen(QHostAddress::LocalHost, 0);
        port = probe.serverPort();
    }
    NetworkTransport transport(&m_nam);
    transport.setServer(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), Key);
    const HttpResponse r = runOne(transport, get(QStringLiteral("/")));
    QCOMPARE(r.outcome, HttpResponse::Outcome::Network);
    QVERIFY(!r.errorString.isEmpty());
}

void TestNetworkTransport::tlsFailureIsReportedNotIgnored()
{
    // An https:// client meets a peer that answers in plain text: the handshake fails.
    QTcpServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
    int received = 0;
    connect(&plain, &QTcpServer::newConnection, &plain, [&] {
        while (QTcpSocket *socket = plain.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [&received, socket] {
                received += int(socket->readAll().size());
                socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
                socket->disconnectFromHost();
            });
        }
    });
    NetworkTransport transport(&m_nam);
    transport.setServer(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(plain.serverPort())), Key);
    HttpRequestSpec spec = get(QStringLiteral("/api/v1/webhooks/"));
    spec.timeoutMs = 20000;
    const HttpResponse r = runOne(transport, spec);
    QCOMPARE(r.outcome, HttpResponse::Outcome::Tls);
    QVERIFY(!r.errorString.isEmpty());
    QVERIFY(received > 0);  // a ClientHello went out; nothing in clear text carried the key
}

void TestNetworkTransport::plainHttpToAnotherHostNeedsConsent()
{
    NetworkTransport transport(&m_nam);
    transport.setServer(QUrl(QStringLiteral("http://webhooks.example.invalid")), Key);
    HttpResponse r = runOne(transport, get(QStringLiteral("/api/v1/webhooks/")));
    QCOMPARE(r.outcome, HttpResponse::Outcome::InsecureRefused);
    transport.setAllowInsecureHttp(true);
    HttpRequestSpec spec = get(QStringLiteral("/api/v1/webhooks/"));
    spec.timeoutMs = 2000;
    r = runOne(transport, spec);
    QVERIFY(r.outcome != HttpResponse::Outcome::InsecureRefused);  // tried (and failed to resolve)
}

void TestNetworkTransport::redirectsAreNotFollowed()
{
    ScriptedHttpServer other(
        [](const ScriptedHttpServer::Request &) { return ScriptedHttpServer::response(200, "{}"); });
    const QByteArray location = "Location: " + other.url().toString().toLatin1() + "/steal";
    ScriptedHttpServer server(
        [location](const ScriptedHttpServer::Request &) { return ScriptedHttpServer::response(302, {}, {location}); });
    NetworkTransport transport(&m_nam);
    transport.setServer(server.url(), Key);
    const HttpResponse r = runOne(transport, get(QStringLiteral("/api/v1/webhooks/")));
    QCOMPARE(r.outcome, HttpResponse::Outcome::Http);
    QCOMPARE(r.status, 302);
    QVERIFY(other.requests.isEmpty());
}

void TestNetworkTransport::abortReportsOnce()
{
    ScriptedHttpServer server([](const ScriptedHttpServer::Request &) { return QByteArray(); });
    NetworkTransport transport(&m_nam);
    transport.setServer(server.url(), Key);
    QSignalSpy spy(&transport, &RequestTransport::finished);
    transport.start(7, get(QStringLiteral("/hang")));
    QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 1, 30000);
    transport.abort(7);
    QTRY_COMPARE(spy.size(), 1);
    QCOMPARE(spy.first().at(0).toULongLong(), 7ull);
    QCOMPARE(spy.first().at(1).value<HttpResponse>().outcome, HttpResponse::Outcome::Aborted);
    // No second report may come: a request answered after the abort is reported after anything
    // the aborted one could still send.
    ScriptedHttpServer answering(
        [](const ScriptedHttpServer::Request &) { return ScriptedHttpServer::response(200, "{}"); });
    transport.setServer(answering.url(), Key);
    transport.start(8, get(QStringLiteral("/api/v1/webhooks/")));
    QTRY_COMPARE_WITH_TIMEOUT(spy.size() >= 2 ? spy.last().at(0).toULongLong() : 0ull, 8ull, 30000);
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.last().at(1).value<HttpResponse>().status, 200);
}

QTEST_GUILESS_MAIN(TestNetworkTransport)
#include "tst_networktransport.moc"
