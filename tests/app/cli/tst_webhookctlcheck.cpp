// webhookctl check end to end: the real binary against a loopback server of this test that plays
// the endpoint (and, for a check by id, the API that names it).

#include "kit/WebhookctlRun.h"
#include "kit/ScriptedHttpServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray kKey = "check-test-key-0123456789";

QByteArray answer(int status, const QByteArray &body = {})
{
    return ScriptedHttpServer::response(status, body, {"Connection: close"});
}

// A run's output as text, for the many string checks below.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QString describe() const { return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(exitCode).arg(out, err); }
};

}  // namespace

class TstWebhookctlCheck : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    // Runs webhookctl; the event loop keeps turning, so the server in this process answers.
    Run run(const QStringList &args, bool withKey = false, const QByteArray &input = {})
    {
        QProcessEnvironment env = WebhookctlRun::environment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        if (withKey)
            env.insert(QStringLiteral("WEBHOOK_API_KEY"), QString::fromLatin1(kKey));
        const WebhookctlRun r = WebhookctlRun::run(args, env, input, 120'000);
        return {r.exitCode, r.outText(), r.errText()};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void sendTestPostsASignedSampleEvent()
    {
        ScriptedHttpServer server([](const ScriptedHttpServer::Request &) { return answer(200); });
        const QString url = server.url().toString() + QStringLiteral("/hook");
        const Run r =
            run({QStringLiteral("check"), url, QStringLiteral("--allow-private-targets"), QStringLiteral("--send-test"),
                 QStringLiteral("orders.created"), QStringLiteral("--secret-stdin")},
                false, "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QStringLiteral("HTTP POST")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Took the test delivery")), qPrintable(r.out));
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(server.requests.constFirst().method, QByteArray("POST"));
        QVERIFY(server.requests.constFirst().header("webhook-signature").startsWith("v1,"));
        QVERIFY(!r.out.contains(QStringLiteral("whsec_")) && !r.err.contains(QStringLiteral("whsec_")));
    }

    void secretWithoutATestIsAUsageError()
    {
        const Run r = run(
            {QStringLiteral("check"), QStringLiteral("https://example.com/hook"), QStringLiteral("--secret-stdin")});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("--send-test")), qPrintable(r.err));
    }

    void urlThatAnswers200()
    {
        ScriptedHttpServer server([](const ScriptedHttpServer::Request &) { return answer(200); });
        const QString url = server.url().toString() + QStringLiteral("/hook");
        const Run r = run({QStringLiteral("check"), url, QStringLiteral("--allow-private-targets")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QStringList lines = r.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 5);  // the URL, three steps, the sentence
        QVERIFY2(lines[1].trimmed().startsWith(QStringLiteral("Name")), qPrintable(r.out));
        QVERIFY2(lines[2].trimmed().startsWith(QStringLiteral("Connect")), qPrintable(r.out));
        QVERIFY2(lines[3].trimmed().startsWith(QStringLiteral("HTTP HEAD")), qPrintable(r.out));
        QVERIFY2(lines[3].contains(QStringLiteral("HTTP 200")), qPrintable(r.out));
        QVERIFY2(lines[4].startsWith(QStringLiteral("Reachable and answers 200 in ")), qPrintable(r.out));
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(server.requests[0].method, QByteArray("HEAD"));
    }

    void urlThatAnswers404AsJson()
    {
        ScriptedHttpServer server([](const ScriptedHttpServer::Request &) { return answer(404); });
        const QString url = server.url().toString() + QStringLiteral("/wrong");
        const Run r =
            run({QStringLiteral("check"), url, QStringLiteral("--json"), QStringLiteral("--allow-private-targets")});
        QVERIFY2(r.exitCode == 10, qPrintable(r.describe()));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("http-error"));
        QCOMPARE(json.value(QStringLiteral("http_status")).toInt(), 404);
        QCOMPARE(json.value(QStringLiteral("reachable")).toBool(true), false);
        QCOMPARE(json.value(QStringLiteral("url")).toString(), url);
        QCOMPARE(json.value(QStringLiteral("sentence")).toString(),
                 QStringLiteral("The endpoint answers 404: the path is probably wrong"));
    }

    void privateTargetNeedsConsent()
    {
        ScriptedHttpServer server([](const ScriptedHttpServer::Request &) { return answer(200); });
        const Run r = run({QStringLiteral("check"), server.url().toString() + QStringLiteral("/hook")});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QStringLiteral("is a private or loopback address")), qPrintable(r.describe()));
        QVERIFY(server.requests.isEmpty());
    }

    void notAUrlIsAUsageError()
    {
        const Run r = run({QStringLiteral("check"), QStringLiteral("ftp://example.com/x")});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    }

    // By id: the subscription is read through the API with the key; the endpoint never sees it.
    void idIsLookedUpAndKeyNeverReachesTheEndpoint()
    {
        QString hookUrl;
        ScriptedHttpServer server([&hookUrl](const ScriptedHttpServer::Request &request) {
            if (request.path == "/api/v1/webhooks/5") {
                if (request.header("X-API-Key") != kKey)
                    return answer(401, "{\"detail\":\"bad key\"}");
                return answer(
                    200,
                    QJsonDocument(QJsonObject{{QStringLiteral("id"), 5},
                                              {QStringLiteral("url"), hookUrl},
                                              {QStringLiteral("description"), QJsonValue()},
                                              {QStringLiteral("enabled"), true},
                                              {QStringLiteral("created_at"), QStringLiteral("2026-11-27T16:08:00Z")}})
                        .toJson(QJsonDocument::Compact));
            }
            if (request.path.startsWith("/api/"))
                return answer(404, "{\"detail\":\"Not Found\"}");
            return answer(request.path == "/hook" ? 200 : 404);
        });
        hookUrl = server.url().toString() + QStringLiteral("/hook");
        const Run r =
            run({QStringLiteral("check"), QStringLiteral("5"), QStringLiteral("--base-url"), server.url().toString(),
                 QStringLiteral("--allow-private-targets"), QStringLiteral("--json")},
                true);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("url")).toString(), hookUrl);
        QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("reachable"));
        QCOMPARE(server.requests.size(), 2);
        QCOMPARE(server.requests[0].header("X-API-Key"), kKey);
        QCOMPARE(server.requests[1].method, QByteArray("HEAD"));
        QCOMPARE(server.requests[1].path, QByteArray("/hook"));
        for (const auto &header : server.requests[1].headers)
            QVERIFY2(header.first.compare("X-API-Key", Qt::CaseInsensitive) != 0, header.first.constData());
        QVERIFY(!server.requests[1].headers.isEmpty());
    }

    void unknownIdExitsWithFive()
    {
        ScriptedHttpServer server(
            [](const ScriptedHttpServer::Request &) { return answer(404, "{\"detail\":\"Not Found\"}"); });
        const Run r =
            run({QStringLiteral("check"), QStringLiteral("77"), QStringLiteral("--base-url"), server.url().toString()},
                true);
        QVERIFY2(r.exitCode == 5, qPrintable(r.describe()));
        QCOMPARE(server.requests.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstWebhookctlCheck)
#include "tst_webhookctlcheck.moc"
