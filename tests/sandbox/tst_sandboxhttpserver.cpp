// SandboxHttpServer's fault injection, through the real binary: latency, 5xx, malformed JSON and
// dropped connections, each by flag.
#include "common/SandboxProcess.h"
#include "SandboxHttp.h"

#include <QElapsedTimer>
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

    void partialSharesMixFaultsAndAnswers()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--fault-5xx-share"), QStringLiteral("0.5"), QStringLiteral("--fault-seed"),
                               QStringLiteral("42"), QStringLiteral("--quiet")}));
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
        QVERIFY(timer.elapsed() >= 300); // a lower bound only: the answer is held back at least that long
    }

    void badFaultFlagsAreRejected_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("share above 1") << QStringList{QStringLiteral("--fault-5xx-share"), QStringLiteral("1.5")};
        QTest::newRow("share not a number") << QStringList{QStringLiteral("--fault-drop-share"), QStringLiteral("many")};
        QTest::newRow("shares add up above 1") << QStringList{QStringLiteral("--fault-drop-share"), QStringLiteral("0.6"),
                                                              QStringLiteral("--fault-5xx-share"), QStringLiteral("0.6")};
        QTest::newRow("latency not a duration") << QStringList{QStringLiteral("--fault-latency"), QStringLiteral("slow")};
    }
    void badFaultFlagsAreRejected()
    {
        QFETCH(QStringList, args);
        QProcess process;
        process.start(SandboxProcess::executable(), QStringList{QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0")} + args);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(!process.readAllStandardError().isEmpty());
        QVERIFY(!process.readAllStandardOutput().contains("listening"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxHttpServer)
#include "tst_sandboxhttpserver.moc"
