// TLS errors reach the user with the certificate's details and are never ignored. A test-local
// HTTPS server (QSslServer) presents a self-signed certificate generated at test time with the
// `openssl` command; the console connects to https://127.0.0.1:<port> through its real transport.
// This is the one place where a server other than the sandbox is used: the sandbox speaks plain HTTP.

#include "kit/Require.h"
#include "kit/MainWindowParts.h"
#include "api/CertificateReport.h"
#include "kit/ConsoleTestServices.h"
#include "common/SystemClock.h"
#include "credentials/MemoryCredentialStore.h"
#include "profiles/ProfileStore.h"
#include "ui/MainWindow.h"
#include "ui/ProfilesDialog.h"
#include "ui/StatePanel.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace MainWindowParts;

namespace {
constexpr int kWait = 30'000;  // generous: the machine is shared and loaded
const QByteArray kServerData("{\"secret-answer\": \"SERVER-DATA-42\"}");
const QByteArray kApiKey("tls-test-key-0123456789abcdef");
}  // namespace

class TstTlsErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void serverAnswersAClientThatTrustsIt();
    void checkConnectionShowsCertificateAndFails();
    void mainWindowShowsCertificateAndLoadsNothing();
    void reportNamesExpiryInPlainWords();

private:
    QString expectedFingerprint() const;

    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslKey m_key;
    std::unique_ptr<QSslServer> m_server;
    int m_handshakes = 0;  // TLS handshakes the server started
    int m_encrypted = 0;  // connections whose handshake succeeded
    QByteArray m_received;  // decrypted bytes the server got (an HTTP request, with its key)
    SystemClock m_clock;
};

void TstTlsErrors::initTestCase()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    WEBHOOK_REQUIRE(!openssl.isEmpty(), "The openssl command is needed to make the test certificate.");
    WEBHOOK_REQUIRE(QSslSocket::supportsSsl(), "This Qt has no TLS backend.");
    QVERIFY(m_dir.isValid());
    const QString certPath = m_dir.filePath(QStringLiteral("cert.pem"));
    const QString keyPath = m_dir.filePath(QStringLiteral("key.pem"));
    QProcess gen;
    gen.start(openssl,
              {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
               QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
               QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certPath, QStringLiteral("-days"),
               QStringLiteral("30"), QStringLiteral("-subj"),
               QStringLiteral("/CN=webhook-tls-test/O=Webhook Console Tests"), QStringLiteral("-addext"),
               QStringLiteral("subjectAltName=IP:127.0.0.1")});
    QVERIFY(gen.waitForFinished(60'000));
    QVERIFY2(gen.exitCode() == 0, gen.readAllStandardError().constData());
    const auto certs = QSslCertificate::fromPath(certPath);
    QCOMPARE(certs.size(), 1);
    m_certificate = certs.constFirst();
    QFile keyFile(keyPath);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    m_key = QSslKey(&keyFile, QSsl::Ec);
    QVERIFY(!m_key.isNull());

    m_server = std::make_unique<QSslServer>();
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(m_certificate);
    config.setPrivateKey(m_key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server->setSslConfiguration(config);
    connect(m_server.get(), &QSslServer::startedEncryptionHandshake, this, [this] { ++m_handshakes; });
    // QSslServer queues a connection only once its handshake succeeded.
    auto accept = [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            ++m_encrypted;
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                m_received += socket->readAll();
                if (!m_received.contains("\r\n\r\n"))
                    return;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                              "Content-Length: "
                              + QByteArray::number(kServerData.size()) + "\r\n\r\n" + kServerData);
                socket->disconnectFromHost();
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    };
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, accept);
    connect(m_server.get(), &QTcpServer::newConnection, this, accept);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
}

void TstTlsErrors::init()
{
    m_handshakes = 0;
    m_encrypted = 0;
    m_received.clear();
}

QString TstTlsErrors::expectedFingerprint() const
{
    return QString::fromLatin1(m_certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

void TstTlsErrors::serverAnswersAClientThatTrustsIt()
{
    // The control: the server works for a client that explicitly trusts its certificate, so the
    // refusals below come from the console's checks, not from a broken server.
    QNetworkAccessManager network;
    QNetworkRequest request(
        QUrl(QStringLiteral("https://127.0.0.1:%1/api/v1/event-types/").arg(m_server->serverPort())));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates({m_certificate});
    request.setSslConfiguration(config);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(kWait));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), kServerData);
    QCOMPARE(m_encrypted, 1);
    QVERIFY(m_received.startsWith("GET /api/v1/event-types/"));
    delete reply;
}

void TstTlsErrors::checkConnectionShowsCertificateAndFails()
{
    QTemporaryDir dir;
    ProfileStore profiles(dir.filePath(QStringLiteral("profiles.ini")));
    MemoryCredentialStore keychain;
    QNetworkAccessManager network;
    Profile p;
    p.name = QStringLiteral("Secure");
    p.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server->serverPort()));
    QString error;
    QVERIFY2(profiles.save(p, &error), qPrintable(error));
    bool written = false;
    keychain.writeKey(p.name, kApiKey, nullptr, [&written](const KeychainResult &r) { written = r.ok(); });
    QTRY_VERIFY(written);

    ConsoleServices services;
    services.clock = &m_clock;
    services.network = &network;
    services.profiles = &profiles;
    services.keychain = &keychain;
    ProfilesDialog d(services, {});
    int confirmations = 0;
    d.setConfirmHandler([&confirmations](QWidget *, const QString &, const QString &, const QString &) {
        ++confirmations;
        return true;  // would accept anything: nothing may ask to go on past a certificate error
    });
    d.show();
    d.selectProfile(p.name);
    QSignalSpy checked(&d, &ProfilesDialog::connectionChecked);
    d.checkConnection();
    QVERIFY(checked.wait(kWait));
    QCOMPARE(checked.constFirst().at(1).toBool(), false);

    const QString text = d.messageText();
    QVERIFY2(text.contains(QStringLiteral("certificate could not be trusted")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("self-signed")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Subject: CN=webhook-tls-test, O=Webhook Console Tests")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Issuer: CN=webhook-tls-test, O=Webhook Console Tests")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("SHA-256 fingerprint: ") + expectedFingerprint()), qPrintable(text));
    const QString from = m_certificate.effectiveDate().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const QString until = m_certificate.expiryDate().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QVERIFY2(text.contains(QStringLiteral("Valid from: ") + from), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Valid until: ") + until), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("connected")));

    // Never continued silently: no one was asked, the handshake was refused, no request (and so
    // no API key) went over the connection, and no answer was taken.
    QCOMPARE(confirmations, 0);
    QVERIFY(m_handshakes >= 1);
    QCOMPARE(m_encrypted, 0);
    QVERIFY(m_received.isEmpty());
    QVERIFY(!text.contains(QStringLiteral("SERVER-DATA")));
}

void TstTlsErrors::mainWindowShowsCertificateAndLoadsNothing()
{
    ConsoleTestServices env;
    MainWindow w(env.services());
    int confirmations = 0;
    w.setConfirmHandler([&confirmations](QWidget *, const QString &, const QString &, const QString &) {
        ++confirmations;
        return true;
    });
    w.show();
    const int before = subscriptionList(w)->loadCount();
    QVERIFY(w.connectTo(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server->serverPort())), kApiKey,
                        QStringLiteral("TLS test")));
    QTRY_VERIFY_WITH_TIMEOUT(subscriptionList(w)->loadCount() > before, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(listState(w)->state() == StatePanel::State::Error, kWait);
    QString shown;
    for (const QLabel *label : listState(w)->findChildren<QLabel *>())
        shown += label->text() + u'\n';
    QVERIFY2(shown.contains(expectedFingerprint()), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("CN=webhook-tls-test")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("self-signed")), qPrintable(shown));
    QCOMPARE(shown.count(expectedFingerprint()), 1);  // once, not repeated
    QCOMPARE(confirmations, 0);
    QCOMPARE(m_encrypted, 0);
    QVERIFY(m_received.isEmpty());
}

void TstTlsErrors::reportNamesExpiryInPlainWords()
{
    const QString text = CertificateReport::describe({QSslError(QSslError::CertificateExpired, m_certificate),
                                                      QSslError(QSslError::HostNameMismatch, m_certificate)},
                                                     m_certificate);
    const QString until = m_certificate.expiryDate().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    QVERIFY2(text.contains(QStringLiteral("The certificate expired on ") + until), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("another server name")), qPrintable(text));
    QVERIFY(text.contains(expectedFingerprint()));
    QVERIFY(CertificateReport::details(QSslCertificate()).contains(QStringLiteral("no certificate")));
}

QTEST_MAIN(TstTlsErrors)
#include "tst_tlserrors.moc"
