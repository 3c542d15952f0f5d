// SandboxHttpServer's fault injection, through the real binary: latency, 5xx, malformed JSON,
// dropped connections and 429 storms, each by flag.
#include "kit/SandboxProcess.h"
#include "kit/SandboxHttp.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>
#include <QtTest>

class TestSandboxHttpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverErrorShare()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--fault-5xx-share"), QStringLiteral("1")}));
        SandboxHttp http(sandbox.baseUrl());
        const SandboxReply reply = http.get(QStringLiteral("/api/v1/webhooks/"), sandbox.apiKey());
        QCOMPARE(reply.status, 503);
        QVERIFY(reply.json().object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("Injected")));
        sandbox.stop();
        QVERIFY(sandbox.standardError().contains(QStringLiteral("(fault: 5xx) 503")));
    }

    void malformedShare()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--fault-malformed-share"), QStringLiteral("100%")}));
        SandboxHttp http(sandbox.baseUrl());
        const SandboxReply reply = http.get(QStringLiteral("/api/v1/webhooks/"), sandbox.apiKey());
        QCOMPARE(reply.status, 200);
        QJsonParseError error;
        QJsonDocument::fromJson(reply.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        // The request behind a malformed answer was handled: a create made its subscription, a
        // delete (204 otherwise) answers 200 with the broken body and deletes.
        const QByteArray first("{\"url\": \"https://a.example.com/h\"}");
        const QByteArray second("{\"url\": \"https://b.example.com/h\"}");
        QCOMPARE(http.post(QStringLiteral("/api/v1/webhooks/"), sandbox.apiKey(), first).status, 200);
        QCOMPARE(http.post(QStringLiteral("/api/v1/webhooks/"), sandbox.apiKey(), second).status, 200);
        QCOMPARE(http.del(QStringLiteral("/api/v1/webhooks/1"), sandbox.apiKey()).status, 200);
        QVERIFY(sandbox.restart());
        http.setBase(sandbox.baseUrl());
        const QJsonArray left = http.get(QStringLiteral("/api/v1/webhooks/"), sandbox.apiKey()).json().array();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().toObject().value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://b.example.com/h"));
    }

    void dropShare()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--fault-drop-share"), QStringLiteral("1.0")}));
        SandboxHttp http(sandbox.baseUrl());
        const SandboxReply reply = http.get(QStringLiteral("/api/v1/webhooks/"), sandbox.apiKey());
        QCOMPARE(reply.status, 0);
        QVERIFY(reply.error != QNetworkReply::NoError);
    }

    void dropAfterHandlingMakesTheChange()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start());
        SandboxHttp http(sandbox.baseUrl());
        const QByteArray create("{\"url\": \"https://a.example.com/h\"}");
        const qint64 id = http.post(QStringLiteral("/api/v1/webhooks/"), sandbox.apiKey(), create)
                              .json()
                              .object()
                              .value(QStringLiteral("id"))
                              .toInteger();
        QVERIFY(id > 0);
        QVERIFY(sandbox.restart({QStringLiteral("--fault-drop-after-share"), QStringLiteral("1")}));
        http.setBase(sandbox.baseUrl());
        const QString path = QStringLiteral("/api/v1/webhooks/%1").arg(id);
        const SandboxReply reply = http.patch(path, sandbox.apiKey(), "{\"description\": \"changed\"}");
        QCOMPARE(reply.status, 0);
        QVERIFY(reply.error != QNetworkReply::NoError);
        // No answer came, yet the change was made.
        QVERIFY(sandbox.restart());
        http.setBase(sandbox.baseUrl());
        QCOMPARE(http.get(path, sandbox.apiKey()).json().object().value(QStringLiteral("description")).toString(),
                 QStringLiteral("changed"));
        QVERIFY(sandbox.standardError().contains(QStringLiteral("PATCH (fault: dropped after handling) dropped")));
    }

    void tooManyRequestsShare()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--fault-429-share"), QStringLiteral("1")}));
        SandboxHttp http(sandbox.baseUrl());
        const SandboxReply reply = http.get(QStringLiteral("/api/v1/webhooks/"), sandbox.apiKey());
        QCOMPARE(reply.status, 429);
        QCOMPARE(reply.header("Retry-After"), QByteArray("1"));
        QCOMPARE(reply.header("X-RateLimit-Limit"), QByteArray("50"));
        QCOMPARE(reply.header("X-RateLimit-Remaining"), QByteArray("0"));
        QCOMPARE(reply.header("X-RateLimit-Reset"), QByteArray("1"));
        QVERIFY(reply.json().object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("Injected")));
        // PATCH has its own limit (100), named in the header of its injected 429 too.
        const SandboxReply patch = http.patch(QStringLiteral("/api/v1/webhooks/1"), sandbox.apiKey(), "{}");
        QCOMPARE(patch.status, 429);
        QCOMPARE(patch.header("X-RateLimit-Limit"), QByteArray("100"));
        // Only requests that would reach the rate-limit check are faulted: a wrong key still gets 401.
        QCOMPARE(http.get(QStringLiteral("/api/v1/webhooks/"), "sbx_wrong").status, 401);
        QCOMPARE(http.send("PUT", QStringLiteral("/api/v1/webhooks/1"), sandbox.apiKey()).status, 405);
        sandbox.stop();
        // The request log tells injected 429s from real ones.
        QVERIFY(sandbox.standardError().contains(QStringLiteral("GET (fault: 429) 429")));
        QVERIFY(!sandbox.standardError().contains(QStringLiteral("GET /api/v1/webhooks/ 429")));
    }

    void injectedTooManyRequestsAreNotCounted()
    {
        // A limit of 5: whatever share is injected, exactly 5 requests are admitted, and a real 429
        // comes only after the fifth.
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--fault-429-share"), QStringLiteral("0.5"),
                               QStringLiteral("--fault-seed"), QStringLiteral("7"), QStringLiteral("--rate-limit"),
                               QStringLiteral("GET /api/v1/webhooks/types=5/1m")}));
        SandboxHttp http(sandbox.baseUrl());
        int admitted = 0;
        int injected = 0;
        int real = 0;
        for (int i = 0; i < 30; ++i) {
            const SandboxReply reply = http.get(QStringLiteral("/api/v1/webhooks/types"), sandbox.apiKey());
            if (reply.status == 200) {
                QCOMPARE(real, 0);
                ++admitted;
                continue;
            }
            QCOMPARE(reply.status, 429);
            const bool isInjected =
                reply.json().object().value(QStringLiteral("detail")).toString().startsWith(QStringLiteral("Injected"));
            if (isInjected) {
                ++injected;
            } else {
                QCOMPARE(admitted, 5);
                ++real;
            }
        }
        QCOMPARE(admitted, 5);
        QVERIFY(injected > 0);
        QVERIFY(real > 0);
        sandbox.stop();
        QCOMPARE(sandbox.standardError().count(QStringLiteral("GET /api/v1/webhooks/types 429")), real);
        QCOMPARE(sandbox.standardError().count(QStringLiteral("GET (fault: 429) 429")), injected);
    }

    void partialSharesMixFaultsAndAnswers()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--fault-5xx-share"), QStringLiteral("0.5"),
                               QStringLiteral("--fault-seed"), QStringLiteral("42"), QStringLiteral("--quiet")}));
        SandboxHttp http(sandbox.baseUrl());
        int ok = 0;
        int failed = 0;
        for (int i = 0; i < 40; ++i) {
            const int status = http.get(QStringLiteral("/api/v1/webhooks/types"), sandbox.apiKey()).status;
            QVERIFY(status == 200 || status == 503);
            (status == 200 ? ok : failed)++;
        }
        QVERIFY(ok > 0);
        QVERIFY(failed > 0);
    }

    void latencyDelaysEveryAnswer()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--fault-latency"), QStringLiteral("300ms")}));
        SandboxHttp http(sandbox.baseUrl());
        QElapsedTimer timer;
        timer.start();
        const SandboxReply reply = http.get(QStringLiteral("/api/v1/webhooks/types"), sandbox.apiKey());
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.hasHeader("X-RateLimit-Limit"));
        QVERIFY(timer.elapsed() >= 300);  // a lower bound only: the answer is held back at least that long
    }

    void badFaultFlagsAreRejected_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("share above 1") << QStringList{QStringLiteral("--fault-5xx-share"), QStringLiteral("1.5")};
        QTest::newRow("share not a number")
            << QStringList{QStringLiteral("--fault-drop-share"), QStringLiteral("many")};
        QTest::newRow("shares add up above 1")
            << QStringList{QStringLiteral("--fault-drop-share"), QStringLiteral("0.6"),
                           QStringLiteral("--fault-5xx-share"), QStringLiteral("0.6")};
        QTest::newRow("429 share above 1") << QStringList{QStringLiteral("--fault-429-share"), QStringLiteral("101%")};
        QTest::newRow("latency not a duration")
            << QStringList{QStringLiteral("--fault-latency"), QStringLiteral("slow")};
    }
    void badFaultFlagsAreRejected()
    {
        QFETCH(QStringList, args);
        QProcess process;
        process.start(SandboxProcess::executable(),
                      QStringList{QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0")} + args);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(!process.readAllStandardError().isEmpty());
        QVERIFY(!process.readAllStandardOutput().contains("listening"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxHttpServer)
#include "tst_sandboxhttpserver.moc"
