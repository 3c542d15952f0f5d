// Subscription URLs the sandbox would never deliver to (private, loopback and link-local addresses,
// localhost names) are refused at create and update with a 422 that says why, over HTTP against
// the real webhook-sandbox binary; with --allow-private-targets they are accepted.
#include "kit/SandboxHttp.h"
#include "kit/SandboxProcess.h"

#include <QtTest>

class TestPrivateTargets : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    SandboxHttp m_http;
    QString m_patched;  // path of a subscription with a public URL, the target of the PATCHes
    QString m_patchedUrl;

    QJsonArray storedUrls()
    {
        QJsonArray urls;
        for (const QJsonValue &s : m_http.get(QStringLiteral("/api/v1/webhooks/"), m_sandbox.apiKey()).json().array())
            urls.append(s.toObject().value(QStringLiteral("url")));
        return urls;
    }
    // The 422 names the field and says why, and how to allow it.
    static bool refusedWithReason(const SandboxReply &reply)
    {
        const QJsonObject error = reply.json().object().value(QStringLiteral("detail")).toArray().at(0).toObject();
        const QString message = error.value(QStringLiteral("msg")).toString();
        if (reply.status != 422 || message.isEmpty())
            qWarning() << reply.status << reply.body;
        return reply.status == 422
            && error.value(QStringLiteral("loc")).toArray() == QJsonArray{QStringLiteral("body"), QStringLiteral("url")}
        && error.value(QStringLiteral("type")).toString() == QStringLiteral("value_error")
            && message.contains(QStringLiteral("does not deliver to private"))
            && message.contains(QStringLiteral("--allow-private-targets"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Each row lists twice: room for that in the list's bucket.
        QVERIFY2(m_sandbox.start({QStringLiteral("--quiet"), QStringLiteral("--rate-limit"),
                                  QStringLiteral("GET /api/v1/webhooks/=1000/1m")}),
                 qPrintable(m_sandbox.standardError()));
        m_http.setBase(m_sandbox.baseUrl());
        m_patchedUrl = QStringLiteral("https://hooks.example.com/kept");
        const SandboxReply created =
            m_http.post(QStringLiteral("/api/v1/webhooks/"), m_sandbox.apiKey(),
                        QJsonDocument(QJsonObject{{QStringLiteral("url"), m_patchedUrl}}).toJson());
        QCOMPARE(created.status, 200);
        m_patched =
            QStringLiteral("/api/v1/webhooks/%1").arg(created.json().object().value(QStringLiteral("id")).toInteger());
    }

    void privateTargetsAreRefused_data()
    {
        QTest::addColumn<QString>("url");
        const char *const urls[] = {
            "http://127.0.0.1:9/hook",
            "http://127.8.9.10/hook",
            "http://localhost:8080/hook",
            "http://LocalHost./hook",
            "http://receiver.localhost/hook",
            "http://10.1.2.3/hook",
            "http://172.20.0.1/hook",
            "http://192.168.1.20/hook",
            "http://169.254.169.254/latest/meta-data",
            "http://100.64.0.1/hook",
            "http://0.0.0.0/hook",
            "http://224.0.0.1/hook",
            "http://255.255.255.255/hook",
            "http://2130706433/hook",  // 127.0.0.1 in decimal
            "http://0x7f000001/hook",  // in hex
            "http://0177.0.0.1/hook",  // in octal
            "http://127.1/hook",  // the short form
            "http://[::1]:8080/hook",
            "http://[::]/hook",
            "http://[::ffff:127.0.0.1]/hook",
            "http://[::ffff:10.0.0.1]/hook",
            "http://[fe80::1]/hook",
            "http://[fd00::1]/hook",
            "https://user:pw@127.0.0.1/hook",
        };
        for (const char *url : urls)
            QTest::newRow(url) << QString::fromLatin1(url);
    }
    void privateTargetsAreRefused()
    {
        QFETCH(QString, url);
        const QByteArray key = m_sandbox.apiKey();
        const QJsonArray before = storedUrls();
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("url"), url}}).toJson();
        QVERIFY(refusedWithReason(m_http.post(QStringLiteral("/api/v1/webhooks/"), key, body)));
        QVERIFY(refusedWithReason(m_http.patch(m_patched, key, body)));
        // Nothing stored, nothing changed.
        QCOMPARE(storedUrls(), before);
        QCOMPARE(m_http.get(m_patched, key).json().object().value(QStringLiteral("url")).toString(), m_patchedUrl);
    }

    // Public addresses and names are accepted: a name is only looked up when an attempt is sent
    // (and refused then if it resolves to a private address).
    void publicTargetsAreAccepted_data()
    {
        QTest::addColumn<QString>("url");
        for (const char *url :
             {"https://hooks.example.com/in", "http://93.184.216.34/in", "http://[2606:4700::1111]/in",
              "https://localhost.example.com/in", "http://10.example/in"})
            QTest::newRow(url) << QString::fromLatin1(url);
    }
    void publicTargetsAreAccepted()
    {
        QFETCH(QString, url);
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("url"), url}}).toJson();
        const SandboxReply created = m_http.post(QStringLiteral("/api/v1/webhooks/"), m_sandbox.apiKey(), body);
        QCOMPARE(created.status, 200);
        QCOMPARE(created.json().object().value(QStringLiteral("url")).toString(), url);
        const SandboxReply patched = m_http.patch(m_patched, m_sandbox.apiKey(), body);
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.json().object().value(QStringLiteral("url")).toString(), url);
        m_patchedUrl = url;
    }

    void allowedWithTheFlag()
    {
        SandboxProcess local;
        QVERIFY2(local.start({QStringLiteral("--allow-private-targets"), QStringLiteral("--quiet")}),
                 qPrintable(local.standardError()));
        SandboxHttp http(local.baseUrl());
        const SandboxReply created =
            http.post(QStringLiteral("/api/v1/webhooks/"), local.apiKey(), R"({"url":"http:\/\/127.0.0.1:9\/hook"})");
        QCOMPARE(created.status, 200);
        const QString path =
            QStringLiteral("/api/v1/webhooks/%1").arg(created.json().object().value(QStringLiteral("id")).toInteger());
        const SandboxReply patched = http.patch(path, local.apiKey(), R"({"url":"http:\/\/[::1]:8080\/hook"})");
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.json().object().value(QStringLiteral("url")).toString(),
                 QStringLiteral("http://[::1]:8080/hook"));
    }
};

QTEST_GUILESS_MAIN(TestPrivateTargets)
#include "tst_privatetargets.moc"
