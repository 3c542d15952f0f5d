// The endpoint check against real loopback servers: a name that cannot exist, a closed port, a
// server that accepts and never answers, TLS servers with a self-signed and an expired certificate
// made at test time with the openssl command, scripted 200, 301 and 404 answers, and the refusal of
// private targets without consent. No timing is asserted: only what the report says.

#include "check/EndpointCheck.h"
#include "common/SystemClock.h"
#include "kit/FakeClock.h"
#include "kit/Require.h"
#include "kit/ScriptedHttpServer.h"

#include "common/DeliverySigner.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int kWait = 30'000;  // generous: the machine is shared and loaded
// Short step timeouts for the servers that never answer; long ones elsewhere, so that a loaded
// machine never turns a real answer into a timeout.
const EndpointCheck::Timeouts kShort{2000, 2000, 300, 300};
const EndpointCheck::Timeouts kLong{10'000, 10'000, 10'000, 10'000};

QByteArray headAnswer(int status, const QList<QByteArray> &extra = {})
{
    return ScriptedHttpServer::response(status, {}, QList<QByteArray>{"Connection: close"} + extra);
}

// A certificate and key made with the openssl command.
struct TestCertificate
{
    QSslCertificate certificate;
    QSslKey key;
};

}  // namespace

class TstEndpointCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void invalidUrlIsSaidSo();
    void nameThatCannotExist();
    void closedPortIsRefused();
    void serverThatNeverAnswersTimesOut();
    void tlsServerThatNeverAnswersTimesOut();
    void answers200();
    void answers404();
    void redirectIsShownNotFollowed();
    void apiKeyIsNeverSent();
    void testDeliveryIsASignedPost();
    void unsignedTestDeliveryRefusedSaysWhy();
    void privateTargetRefusedWithoutConsent();
    void localhostNameRefusedWithoutConsent();
    void selfSignedCertificateIsReported();
    void expiredCertificateIsReportedWithItsAge();
    void trustedCertificatePassesAndRequestFollows();

private:
    EndpointCheckReport check(const QUrl &url, const EndpointCheck::Timeouts &timeouts = kLong,
                              bool allowPrivate = true, const Clock *clock = nullptr,
                              const QList<QSslCertificate> &trusted = {},
                              const std::optional<EndpointCheck::TestDelivery> &test = std::nullopt);
    TestCertificate makeCertificate(const QStringList &extraArguments, const QString &name);
    // A TLS server on 127.0.0.1 with `cert` that answers each request with `answer`.
    std::unique_ptr<QSslServer> tlsServer(const TestCertificate &cert, const QByteArray &answer);

    QString m_openssl;
    QTemporaryDir m_dir;
    SystemClock m_clock;
    TestCertificate m_selfSigned;
    TestCertificate m_expired;
    int m_handshakesDone = 0;  // connections whose TLS handshake succeeded
    QByteArray m_tlsReceived;  // what the TLS servers received after a handshake
};

void TstEndpointCheck::initTestCase()
{
    m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    WEBHOOK_REQUIRE(!m_openssl.isEmpty(), "The openssl command is needed to make the test certificates.");
    WEBHOOK_REQUIRE(QSslSocket::supportsSsl(), "This Qt has no TLS backend.");
    QVERIFY(m_dir.isValid());
    m_selfSigned = makeCertificate({}, QStringLiteral("self"));
    QVERIFY(!m_selfSigned.certificate.isNull());
    // An expired certificate: `openssl req -x509 -days N` refuses N <= 0 and OpenSSL 3.0 (Debian 12)
    // has no x509 -not_before, but `openssl ca -selfsign` takes any start and end date.
    m_expired = makeCertificate({QStringLiteral("2000-01-01"), QStringLiteral("2001-01-01")}, QStringLiteral("old"));
    QVERIFY(!m_expired.certificate.isNull());
    QCOMPARE(m_expired.certificate.expiryDate().date(), QDate(2001, 1, 1));
}

TestCertificate TstEndpointCheck::makeCertificate(const QStringList &dates, const QString &name)
{
    const QString keyPath = m_dir.filePath(name + QStringLiteral("-key.pem"));
    const QString certPath = m_dir.filePath(name + QStringLiteral("-cert.pem"));
    const QString requestPath = m_dir.filePath(name + QStringLiteral(".csr"));
    const QStringList newKey{QStringLiteral("-newkey"),
                             QStringLiteral("ec"),
                             QStringLiteral("-pkeyopt"),
                             QStringLiteral("ec_paramgen_curve:prime256v1"),
                             QStringLiteral("-nodes"),
                             QStringLiteral("-keyout"),
                             keyPath,
                             QStringLiteral("-subj"),
                             QStringLiteral("/CN=endpoint-check-%1/O=Webhook Console Tests").arg(name),
                             QStringLiteral("-addext"),
                             QStringLiteral("subjectAltName=IP:127.0.0.1")};
    auto run = [this](const QStringList &arguments) {
        QProcess openssl;
        openssl.setWorkingDirectory(m_dir.path());
        openssl.start(m_openssl, arguments);
        if (!openssl.waitForFinished(60'000) || openssl.exitCode() != 0) {
            qWarning() << arguments << openssl.readAllStandardError();
            return false;
        }
        return true;
    };
    if (dates.isEmpty()) {
        if (!run(QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-days"),
                             QStringLiteral("30"), QStringLiteral("-out"), certPath}
                 + newKey))
            return TestCertificate();
    } else {
        // A minimal CA database for `openssl ca`, which alone sets a start date in the past.
        QFile config(m_dir.filePath(QStringLiteral("ca.cnf")));
        if (!config.open(QIODevice::WriteOnly))
            return TestCertificate();
        config.write("[ca]\ndefault_ca = d\n[d]\ndatabase = index.txt\nnew_certs_dir = .\nserial = serial\n"
                     "default_md = sha256\npolicy = p\ncopy_extensions = copy\n[p]\ncommonName = supplied\n");
        config.close();
        QFile index(m_dir.filePath(QStringLiteral("index.txt")));
        QFile serial(m_dir.filePath(QStringLiteral("serial")));
        if (!index.open(QIODevice::WriteOnly) || !serial.open(QIODevice::WriteOnly))
            return TestCertificate();
        serial.write("01\n");
        serial.close();
        auto asn1 = [](QString date) { return date.remove(u'-') + QStringLiteral("000000Z"); };
        if (!run(QStringList{QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-out"), requestPath}
                 + newKey)
            || !run({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), config.fileName(),
                     QStringLiteral("-selfsign"), QStringLiteral("-keyfile"), keyPath, QStringLiteral("-in"),
                     requestPath, QStringLiteral("-out"), certPath, QStringLiteral("-notext"),
                     QStringLiteral("-startdate"), asn1(dates[0]), QStringLiteral("-enddate"), asn1(dates[1])}))
            return TestCertificate();
    }
    const auto certificates = QSslCertificate::fromPath(certPath);
    QFile keyFile(keyPath);
    if (certificates.size() != 1 || !keyFile.open(QIODevice::ReadOnly))
        return TestCertificate();
    return {certificates.constFirst(), QSslKey(&keyFile, QSsl::Ec)};
}

std::unique_ptr<QSslServer> TstEndpointCheck::tlsServer(const TestCertificate &cert, const QByteArray &answer)
{
    auto server = std::make_unique<QSslServer>();
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(cert.certificate);
    config.setPrivateKey(cert.key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(config);
    QSslServer *raw = server.get();
    // QSslServer queues a connection only once its handshake succeeded.
    connect(raw, &QTcpServer::pendingConnectionAvailable, this, [this, raw, answer] {
        while (QTcpSocket *socket = raw->nextPendingConnection()) {
            ++m_handshakesDone;
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket, answer] {
                m_tlsReceived += socket->readAll();
                if (!m_tlsReceived.contains("\r\n\r\n"))
                    return;
                socket->write(answer);
                socket->disconnectFromHost();
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    if (!server->listen(QHostAddress::LocalHost, 0))
        return nullptr;
    return server;
}

EndpointCheckReport TstEndpointCheck::check(const QUrl &url, const EndpointCheck::Timeouts &timeouts, bool allowPrivate,
                                            const Clock *clock, const QList<QSslCertificate> &trusted,
                                            const std::optional<EndpointCheck::TestDelivery> &test)
{
    EndpointCheck checker(clock ? *clock : m_clock);
    if (test)
        checker.setTestDelivery(*test);
    checker.setTimeouts(timeouts);
    checker.setAllowPrivateTargets(allowPrivate);
    checker.addTrustedCertificates(trusted);
    QSignalSpy finished(&checker, &EndpointCheck::finished);
    checker.start(url);
    // finished() never comes from inside start().
    if (!finished.isEmpty())
        return EndpointCheckReport();
    if (!finished.wait(kWait) || finished.size() != 1)
        return EndpointCheckReport();
    return finished.constFirst().constFirst().value<EndpointCheckReport>();
}

void TstEndpointCheck::invalidUrlIsSaidSo()
{
    const auto report = check(QUrl(QStringLiteral("ftp://example.com/file")));
    QCOMPARE(report.verdict, EndpointCheckReport::Verdict::InvalidUrl);
    QVERIFY(report.steps.isEmpty());
    QVERIFY2(report.sentence.contains(QStringLiteral("ftp://example.com/file")), qPrintable(report.sentence));
}

void TstEndpointCheck::nameThatCannotExist()
{
    // RFC 6761: names under .invalid never resolve, on any resolver.
    const auto report = check(QUrl(QStringLiteral("https://no-such-endpoint.invalid/hook")));
    QCOMPARE(report.verdict, EndpointCheckReport::Verdict::NameNotFound);
    QCOMPARE(report.steps.size(), 1);
    QCOMPARE(report.steps[0].kind, EndpointCheckReport::StepKind::Resolve);
    QCOMPARE(report.steps[0].outcome, EndpointCheckReport::Outcome::Failed);
    QCOMPARE(report.sentence, QStringLiteral("The name no-such-endpoint.invalid does not exist"));
}

void TstEndpointCheck::closedPortIsRefused()
{
    // A port that was just free and is closed again: nothing listens there.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const quint16 port = server.serverPort();
    server.close();
    const auto report = check(QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(port)));
    QCOMPARE(report.verdict, EndpointCheckReport::Verdict::ConnectionRefused);
    QCOMPARE(report.steps.size(), 2);
    QCOMPARE(report.steps[1].kind, EndpointCheckReport::StepKind::Connect);
    QCOMPARE(report.steps[1].outcome, EndpointCheckReport::Outcome::Failed);
    QCOMPARE(report.sentence, QStringLiteral("Nothing listens on port %1 of 127.0.0.1 (connection refused)").arg(port));
}

void TstEndpointCheck::serverThatNeverAnswersTimesOut()
{
    ScriptedHttpServer server([](const ScriptedHttpServer::Request &) { return QByteArray(); });
    const auto report = check(server.url().resolved(QUrl(QStringLiteral("/hook"))), kShort);
    QCOMPARE(report.verdict, EndpointCheckReport::Verdict::TimedOut);
    QCOMPARE(report.steps.size(), 3);
    QCOMPARE(report.steps[1].outcome, EndpointCheckReport::Outcome::Passed);
    QCOMPARE(report.steps[2].kind, EndpointCheckReport::StepKind::Http);
    QCOMPARE(report.steps[2].outcome, EndpointCheckReport::Outcome::Failed);
    QCOMPARE(report.sentence, QStringLiteral("127.0.0.1 did not answer within 300ms"));
    QCOMPARE(server.requests.size(), 1);
}

void TstEndpointCheck::tlsServerThatNeverAnswersTimesOut()
{
    // Accepts the connection and never starts TLS.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const auto report = check(QUrl(QStringLiteral("https://127.0.0.1:%1/hook").arg(server.serverPort())), kShort);
    QCOMPARE(report.verdict, EndpointCheckReport::Verdict::TimedOut);
    QCOMPARE(report.steps.size(), 3);
    QCOMPARE(report.steps[2].kind, EndpointCheckReport::StepKind::Tls);
    QCOMPARE(report.steps[2].outcome, EndpointCheckReport::Outcome::Failed);
}

void TstEndpointCheck::answers200()
{
    ScriptedHttpServer server([](const ScriptedHttpServer::Request &) { return headAnswer(200); });
    const auto report = check(server.url().resolved(QUrl(QStringLiteral("/hook"))));
    QCOMPARE(report.verdict, EndpointCheckReport::Verdict::Reachable);
    QVERIFY(report.reachable());
    QCOMPARE(report.httpStatus, 200);
    QCOMPARE(report.steps.size(), 3);
    for (const auto &step : report.steps)
        QCOMPARE(step.outcome, EndpointCheckReport::Outcome::Passed);
    QVERIFY2(report.sentence.startsWith(QStringLiteral("Reachable and answers 200 in ")), qPrintable(report.sentence));
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.requests[0].method, QByteArray("HEAD"));
    QCOMPARE(server.requests[0].path, QByteArray("/hook"));
    QCOMPARE(server.requests[0].header("Host"), QStringLiteral("127.0.0.1:%1").arg(server.url().port()).toLatin1());
}

void TstEndpointCheck::answers404()
{
    ScriptedHttpServer server([](const ScriptedHttpServer::Request &) { return headAnswer(404); });
    const auto report = check(server.url().resolved(QUrl(QStringLiteral("/wrong"))));
    QCOMPARE(report.verdict, EndpointCheckReport::Verdict::HttpError);
    QCOMPARE(report.httpStatus, 404);
    QCOMPARE(report.sentence, QStringLiteral("The endpoint answers 404: the path is probably wrong"));
}

void TstEndpointCheck::redirectIsShownNotFollowed()
{
    ScriptedHttpServer server([](const ScriptedHttpServer::Request &request) {
        return request.path == "/old" ? headAnswer(301, {"Location: https://elsewhere.example/new"}) : headAnswer(200);
    });
    const auto report = check(server.url().resolved(QUrl(QStringLiteral("/old"))));
    QCOMPARE(report.verdict, EndpointCheckReport::Verdict::Redirect);
    QCOMPARE(report.httpStatus, 301);
    QCOMPARE(report.location, QStringLiteral("https://elsewhere.example/new"));
    QCOMPARE(report.sentence,
             QStringLiteral("The endpoint redirects to https://elsewhere.example/new: deliveries "
                            "do not follow redirects"));
    QCOMPARE(server.requests.size(), 1);  // not followed
}

void TstEndpointCheck::apiKeyIsNeverSent()
{
    ScriptedHttpServer server([](const ScriptedHttpServer::Request &) { return headAnswer(200); });
    const auto report = check(server.url().resolved(QUrl(QStringLiteral("/hook"))));
    QCOMPARE(report.verdict, EndpointCheckReport::Verdict::Reachable);
    QCOMPARE(server.requests.size(), 1);
    QVERIFY(server.requests[0].header("X-API-Key").isNull());
    for (const auto &header : server.requests[0].headers)
        QVERIFY2(header.first.compare("X-API-Key", Qt::CaseInsensitive) != 0, header.first.constData());
}

void TstEndpointCheck::testDeliveryIsASignedPost()
{
    ScriptedHttpServer server([](const ScriptedHttpServer::Request &) { return headAnswer(204); });
    const QString secret = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    const auto report = check(server.url().resolved(QUrl(QStringLiteral("/hook"))), kLong, true, nullptr, {},
                              EndpointCheck::TestDelivery{QStringLiteral("orders.created"), secret});
    QCOMPARE(report.verdict, EndpointCheckReport::Verdict::Reachable);
    QVERIFY2(report.sentence.startsWith(QStringLiteral("Took the test delivery and answers 204")),
             qPrintable(report.sentence));
    QCOMPARE(report.steps.constLast().kind, EndpointCheckReport::StepKind::Post);
    QCOMPARE(server.requests.size(), 1);
    const ScriptedHttpServer::Request &request = server.requests.constFirst();
    QCOMPARE(request.method, QByteArray("POST"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(QStringLiteral("type")).toString(), QStringLiteral("orders.created"));
    QCOMPARE(body.value(QStringLiteral("test")).toBool(), true);
    // Standard Webhooks: the receiver can verify it with the subscription's secret.
    const QByteArray id = request.header("webhook-id");
    const QByteArray timestamp = request.header("webhook-timestamp");
    QVERIFY(id.startsWith("msg_"));
    QCOMPARE(request.header("webhook-signature"),
             DeliverySigner::signature(secret, id, timestamp.toLongLong(), request.body));
    QVERIFY(request.header("X-API-Key").isNull());
}

void TstEndpointCheck::unsignedTestDeliveryRefusedSaysWhy()
{
    ScriptedHttpServer server([](const ScriptedHttpServer::Request &) { return headAnswer(401); });
    const auto report = check(server.url().resolved(QUrl(QStringLiteral("/hook"))), kLong, true, nullptr, {},
                              EndpointCheck::TestDelivery{QStringLiteral("webhook.test"), QString()});
    QCOMPARE(report.verdict, EndpointCheckReport::Verdict::HttpError);
    QCOMPARE(server.requests.size(), 1);
    QVERIFY(server.requests.constFirst().header("webhook-signature").isNull());
    QVERIFY2(report.sentence.contains(QStringLiteral("unsigned test delivery")), qPrintable(report.sentence));
}

void TstEndpointCheck::privateTargetRefusedWithoutConsent()
{
    ScriptedHttpServer server([](const ScriptedHttpServer::Request &) { return headAnswer(200); });
    const auto report = check(server.url().resolved(QUrl(QStringLiteral("/hook"))), kLong, false);
    QCOMPARE(report.verdict, EndpointCheckReport::Verdict::PrivateTarget);
    QCOMPARE(report.steps.size(), 1);
    QVERIFY2(report.sentence.startsWith(QStringLiteral("127.0.0.1 is a private or loopback address")),
             qPrintable(report.sentence));
    QVERIFY(server.requests.isEmpty());
}

void TstEndpointCheck::localhostNameRefusedWithoutConsent()
{
    // Judged on the resolved addresses: "localhost" is one of the names of this computer.
    const auto report = check(QUrl(QStringLiteral("http://localhost:1/hook")), kLong, false);
    QCOMPARE(report.verdict, EndpointCheckReport::Verdict::PrivateTarget);
    QCOMPARE(report.steps.size(), 1);
}

void TstEndpointCheck::selfSignedCertificateIsReported()
{
    m_handshakesDone = 0;
    m_tlsReceived.clear();
    const auto server = tlsServer(m_selfSigned, headAnswer(200));
    QVERIFY(server);
    const auto report = check(QUrl(QStringLiteral("https://127.0.0.1:%1/hook").arg(server->serverPort())));
    QCOMPARE(report.verdict, EndpointCheckReport::Verdict::TlsError);
    QCOMPARE(report.sentence,
             QStringLiteral("The certificate of 127.0.0.1 is self-signed: senders that check certificates refuse it"));
    QCOMPARE(report.steps.size(), 3);
    const auto &tls = report.steps[2];
    QCOMPARE(tls.kind, EndpointCheckReport::StepKind::Tls);
    QCOMPARE(tls.outcome, EndpointCheckReport::Outcome::Failed);
    const QString details = tls.details.join(u'\n');
    QVERIFY2(details.contains(QStringLiteral("Subject: CN=endpoint-check-self")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Valid until: ")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("The certificate matches the name 127.0.0.1.")), qPrintable(details));
    // Never ignored: no handshake completed and no request was sent.
    QCOMPARE(m_handshakesDone, 0);
    QVERIFY(m_tlsReceived.isEmpty());
}

void TstEndpointCheck::expiredCertificateIsReportedWithItsAge()
{
    m_handshakesDone = 0;
    const auto server = tlsServer(m_expired, headAnswer(200));
    QVERIFY(server);
    // The age is counted on the injected clock: three days after the expiry.
    FakeClock clock;
    clock.setUtcStart(m_expired.certificate.expiryDate().addDays(3));
    const auto report =
        check(QUrl(QStringLiteral("https://127.0.0.1:%1/hook").arg(server->serverPort())), kLong, true, &clock);
    QCOMPARE(report.verdict, EndpointCheckReport::Verdict::TlsError);
    // "3 days" with the English catalogue's plural forms, "3 day(s)" without it.
    QVERIFY2(report.sentence.startsWith(QStringLiteral("The certificate of 127.0.0.1 expired 3 day")),
             qPrintable(report.sentence));
    QVERIFY2(report.steps[2].details.join(u'\n').contains(QStringLiteral("Valid until: 2001-01-01 00:00:00 UTC")),
             qPrintable(report.steps[2].details.join(u'\n')));
    QCOMPARE(m_handshakesDone, 0);
}

void TstEndpointCheck::trustedCertificatePassesAndRequestFollows()
{
    // The control for the two above: the same kind of server passes once its certificate is
    // trusted, and the HEAD then goes over TLS to the checked address with the URL's name.
    m_handshakesDone = 0;
    m_tlsReceived.clear();
    const auto server = tlsServer(m_selfSigned, headAnswer(204));
    QVERIFY(server);
    const auto report = check(QUrl(QStringLiteral("https://127.0.0.1:%1/hook").arg(server->serverPort())), kLong, true,
                              nullptr, {m_selfSigned.certificate});
    QCOMPARE(report.verdict, EndpointCheckReport::Verdict::Reachable);
    QCOMPARE(report.httpStatus, 204);
    QCOMPARE(report.steps.size(), 4);
    QCOMPARE(report.steps[2].kind, EndpointCheckReport::StepKind::Tls);
    QCOMPARE(report.steps[2].outcome, EndpointCheckReport::Outcome::Passed);
    QVERIFY2(report.steps[2].summary.contains(QStringLiteral("CN=endpoint-check-self")),
             qPrintable(report.steps[2].summary));
    QVERIFY(m_tlsReceived.startsWith("HEAD /hook HTTP/1.1\r\n"));
    QVERIFY(!m_tlsReceived.toLower().contains("x-api-key"));
}

QTEST_GUILESS_MAIN(TstEndpointCheck)
#include "tst_endpointcheck.moc"
