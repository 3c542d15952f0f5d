// webhookctl reissue-secret end to end against the real sandbox: a new secret without an outage,
// and the resume after a kill -9 at every step (the kill by the crash helper, which runs the same
// SecretReissue; the resume by the real webhookctl). Each run ends with exactly one copy, enabled,
// with the old subscription's URL, description and events, and the old subscription deleted.

#include "kit/SandboxHttp.h"
#include "kit/SandboxProcess.h"
#include "kit/WebhookctlRun.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestWebhookctlReissue : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_home;
    QString m_base;
    QByteArray m_key;
    int m_urls = 0;

    static QString ctl() { return QStringLiteral(WEBHOOK_BIN_DIR "/webhookctl"); }
    static QString crashRunner() { return QStringLiteral(WEBHOOK_BIN_DIR "/reissue_crash_runner"); }

    QProcessEnvironment environment() const { return WebhookctlRun::environmentIn(m_home.path()); }

    WebhookctlRun api(QStringList args)
    {
        args << QStringLiteral("--base-url") << m_base << QStringLiteral("--api-key-stdin");
        return WebhookctlRun::run(args, environment(), m_key + '\n');
    }

    WebhookctlRun reissue(QStringList args)
    {
        args.prepend(QStringLiteral("reissue-secret"));
        return api(args);
    }

    // Every JSON line webhookctl printed; the last one says where the job stands.
    static QList<QJsonObject> lines(const WebhookctlRun &r)
    {
        QList<QJsonObject> out;
        for (const QByteArray &line : r.out.split('\n')) {
            if (!line.trimmed().isEmpty())
                out << QJsonDocument::fromJson(line).object();
        }
        return out;
    }

    QJsonArray server()
    {
        SandboxHttp http(m_sandbox.baseUrl());
        const QJsonDocument doc = http.get(QStringLiteral("/api/v1/webhooks/"), m_key).json();
        return doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("items")).toArray();
    }

    QList<QJsonObject> withUrl(const QString &url)
    {
        QList<QJsonObject> out;
        for (const QJsonValue &v : server()) {
            if (v.toObject().value(QStringLiteral("url")).toString() == url)
                out << v.toObject();
        }
        return out;
    }

    int status(qint64 id)
    {
        SandboxHttp http(m_sandbox.baseUrl());
        return http.get(QStringLiteral("/api/v1/webhooks/%1").arg(id), m_key).status;
    }

    QJsonObject subscription(qint64 id)
    {
        SandboxHttp http(m_sandbox.baseUrl());
        return http.get(QStringLiteral("/api/v1/webhooks/%1").arg(id), m_key).json().object();
    }

    // A new subscription with a URL of its own, its description and events set.
    qint64 makeOld(QString *url)
    {
        *url = QStringLiteral("https://hooks.example.com/reissue/%1").arg(++m_urls);
        const WebhookctlRun r = api({QStringLiteral("create"), *url, QStringLiteral("--description"),
                                     QStringLiteral("Shop, \"EU\""), QStringLiteral("--events"),
                                     QStringLiteral("orders.created,order_items.created"), QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        return qint64(r.json().object().value(QStringLiteral("id")).toDouble());
    }

    // The end every run must reach: one copy, enabled, like the old one; the old one deleted.
    void checkReplaced(qint64 oldId, const QString &url)
    {
        const QList<QJsonObject> copies = withUrl(url);
        QCOMPARE(copies.size(), 1);
        const qint64 newId = qint64(copies.constFirst().value(QStringLiteral("id")).toDouble());
        QVERIFY(newId != oldId);
        QCOMPARE(status(oldId), 404);
        const QJsonObject copy = subscription(newId);
        QCOMPARE(copy.value(QStringLiteral("enabled")).toBool(), true);
        QCOMPARE(copy.value(QStringLiteral("description")).toString(), QStringLiteral("Shop, \"EU\""));
        QCOMPARE(copy.value(QStringLiteral("events")).toArray(),
                 (QJsonArray{QStringLiteral("orders.created"), QStringLiteral("order_items.created")}));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(ctl()), "webhookctl is not built");
        QVERIFY2(QFile::exists(crashRunner()), "reissue_crash_runner is not built");
        QVERIFY(m_home.isValid());
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.standardError()));
        m_base = m_sandbox.baseUrl().toString();
        m_key = m_sandbox.apiKey();
    }

    void secretOnceThenCutOverLater()
    {
        QString url;
        const qint64 oldId = makeOld(&url);
        QVERIFY(oldId > 0);

        WebhookctlRun r = reissue({QString::number(oldId)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString text = r.outText();
        QVERIFY2(text.contains(QStringLiteral("whsec_")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("deduplicate")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("--cutover now")), qPrintable(text));
        QVERIFY2(!text.contains(QString::fromLatin1(m_key)), "the API key was printed");
        // Before the cut-over: the copy is there and disabled, the old one untouched.
        QList<QJsonObject> both = withUrl(url);
        QCOMPARE(both.size(), 2);
        QCOMPARE(subscription(oldId).value(QStringLiteral("enabled")).toBool(), true);
        const QJsonObject copy = both.at(0).value(QStringLiteral("id")).toInteger() == oldId ? both.at(1) : both.at(0);
        QCOMPARE(copy.value(QStringLiteral("enabled")).toBool(), false);

        // The open job, without a key.
        const WebhookctlRun listed =
            WebhookctlRun::run({QStringLiteral("reissue-secret"), QStringLiteral("--list"), QStringLiteral("--json"),
                                QStringLiteral("--base-url"), m_base},
                               environment());
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
        const QJsonObject job = listed.json().array().at(0).toObject();
        QCOMPARE(job.value(QStringLiteral("step")).toString(), QStringLiteral("secret-shown"));
        QCOMPARE(qint64(job.value(QStringLiteral("old_id")).toDouble()), oldId);
        const QString jobId = job.value(QStringLiteral("job")).toString();

        // A second re-issue of the same subscription is refused while this one is open.
        r = reissue({QString::number(oldId)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(jobId), qPrintable(r.describe()));

        // --continue alone keeps waiting; with --cutover now it finishes (nothing to drain).
        r = reissue({QStringLiteral("--continue"), jobId});
        QVERIFY2(r.exitCode == 0 && r.outText().contains(QStringLiteral("waits for the cut-over")),
                 qPrintable(r.describe()));
        r = reissue({QStringLiteral("--continue"), jobId, QStringLiteral("--cutover"), QStringLiteral("now"),
                     QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(lines(r).constLast().value(QStringLiteral("step")).toString(), QStringLiteral("done"));
        QVERIFY2(!r.out.contains("whsec_"), "the secret was shown twice");
        checkReplaced(oldId, url);

        // The activity log has every step's write under the job's id, all confirmed.
        const WebhookctlRun log = WebhookctlRun::run(
            {QStringLiteral("log"), QStringLiteral("--json"), QStringLiteral("--base-url"), m_base}, environment());
        int ofJob = 0;
        for (const QJsonValue &v : log.json().array()) {
            if (v.toObject().value(QStringLiteral("bulk_job")).toString() == jobId) {
                ++ofJob;
                QCOMPARE(v.toObject().value(QStringLiteral("result")).toString(), QStringLiteral("confirmed"));
            }
        }
        QCOMPARE(ofJob, 5);  // create, prepare, enable copy, disable old, delete old
        QVERIFY2(!log.out.contains("whsec_"), "a secret is in the journal");
    }

    void cancelBeforeCutOver()
    {
        QString url;
        const qint64 oldId = makeOld(&url);
        WebhookctlRun r = reissue({QString::number(oldId), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QList<QJsonObject> printed = lines(r);
        QVERIFY(printed.constFirst().value(QStringLiteral("client_secret")).toString().startsWith(u"whsec_"));
        const QString jobId = printed.constLast().value(QStringLiteral("job")).toString();
        r = reissue({QStringLiteral("--cancel"), jobId});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QList<QJsonObject> left = withUrl(url);
        QCOMPARE(left.size(), 1);
        QCOMPARE(qint64(left.constFirst().value(QStringLiteral("id")).toDouble()), oldId);
        QCOMPARE(subscription(oldId).value(QStringLiteral("enabled")).toBool(), true);
    }

    void twoReissuesOfOneUrlKeepTheirOwnCopies()
    {
        // Two subscriptions of one endpoint, alike: each re-issue knows its own copy.
        QString url;
        const qint64 a = makeOld(&url);
        const WebhookctlRun made =
            api({QStringLiteral("create"), url, QStringLiteral("--description"), QStringLiteral("Shop, \"EU\""),
                 QStringLiteral("--events"), QStringLiteral("orders.created"), QStringLiteral("--json")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        const qint64 b = qint64(made.json().object().value(QStringLiteral("id")).toDouble());
        WebhookctlRun r = reissue({QString::number(a), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString jobA = lines(r).constLast().value(QStringLiteral("job")).toString();
        const qint64 copyA = qint64(lines(r).constLast().value(QStringLiteral("new_id")).toDouble());
        r = reissue({QString::number(b), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const qint64 copyB = qint64(lines(r).constLast().value(QStringLiteral("new_id")).toDouble());
        QCOMPARE(withUrl(url).size(), 4);

        r = reissue({QStringLiteral("--cancel"), jobA});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QList<qint64> left;
        for (const QJsonObject &o : withUrl(url))
            left << qint64(o.value(QStringLiteral("id")).toDouble());
        std::sort(left.begin(), left.end());
        QCOMPARE(left, (QList<qint64>{a, b, copyB}));
        QVERIFY(!left.contains(copyA));
    }

    void unknownEventsMustBeGiven()
    {
        // Created elsewhere: this computer never set its events.
        SandboxHttp http(m_sandbox.baseUrl());
        const QString url = QStringLiteral("https://hooks.example.com/reissue/elsewhere");
        const qint64 oldId = qint64(http.post(QStringLiteral("/api/v1/webhooks/"), m_key,
                                              QJsonDocument(QJsonObject{{QStringLiteral("url"), url}}).toJson())
                                        .json()
                                        .object()
                                        .value(QStringLiteral("id"))
                                        .toDouble());
        QVERIFY(oldId > 0);
        WebhookctlRun r = reissue({QString::number(oldId)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("not known on this computer")), qPrintable(r.describe()));
        QCOMPARE(withUrl(url).size(), 1);  // nothing was made
        r = reissue({QString::number(oldId), QStringLiteral("--events"), QStringLiteral("orders.created"),
                     QStringLiteral("--cutover"), QStringLiteral("now"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(lines(r).constLast().value(QStringLiteral("step")).toString(), QStringLiteral("done"));
        const QList<QJsonObject> copies = withUrl(url);
        QCOMPARE(copies.size(), 1);
        QCOMPARE(subscription(qint64(copies.constFirst().value(QStringLiteral("id")).toDouble()))
                     .value(QStringLiteral("events"))
                     .toArray(),
                 QJsonArray{QStringLiteral("orders.created")});
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("nothing") << QStringList{};
        QTest::newRow("two modes") << QStringList{QStringLiteral("7"), QStringLiteral("--list")};
        QTest::newRow("bad id") << QStringList{QStringLiteral("seven")};
        QTest::newRow("bad cutover") << QStringList{QStringLiteral("7"), QStringLiteral("--cutover"),
                                                    QStringLiteral("tomorrow")};
        QTest::newRow("events on continue") << QStringList{QStringLiteral("--continue"), QStringLiteral("reissue-x"),
                                                           QStringLiteral("--events"), QStringLiteral("a")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const WebhookctlRun r = reissue(args);
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    }

    void unknownJob()
    {
        const WebhookctlRun r = reissue({QStringLiteral("--continue"), QStringLiteral("reissue-nosuchjob")});
        QVERIFY2(r.exitCode == 1 && r.errText().contains(QStringLiteral("no secret re-issue")),
                 qPrintable(r.describe()));
    }

    void killedAtEveryStepThenContinued_data()
    {
        QTest::addColumn<QString>("point");
        QTest::addColumn<bool>("newSecret");  // whether --continue has to make (and show) a new copy
        QTest::newRow("create sent, no answer") << QStringLiteral("create-sent") << true;
        QTest::newRow("copy created") << QStringLiteral("created") << true;
        QTest::newRow("copy prepared") << QStringLiteral("prepared") << true;
        QTest::newRow("secret shown") << QStringLiteral("secret-shown") << false;
        QTest::newRow("cutting over") << QStringLiteral("cutting-over") << false;
        QTest::newRow("copy's enable sent") << QStringLiteral("toggle-sent") << false;
        QTest::newRow("cut over") << QStringLiteral("cut-over") << false;
        QTest::newRow("old one's delete sent") << QStringLiteral("delete-sent") << false;
    }
    void killedAtEveryStepThenContinued()
    {
        QFETCH(QString, point);
        QFETCH(bool, newSecret);
        QString url;
        const qint64 oldId = makeOld(&url);
        QVERIFY(oldId > 0);

        QProcess runner;
        runner.setProcessEnvironment(environment());
        runner.start(crashRunner(),
                     {m_base, QString::number(oldId), QStringLiteral("orders.created,order_items.created"), point});
        QVERIFY(runner.waitForStarted());
        runner.write(m_key + '\n');
        runner.closeWriteChannel();
        QVERIFY(runner.waitForFinished(120'000));
        const QByteArray out = runner.readAllStandardOutput();
        QVERIFY2(runner.exitStatus() == QProcess::CrashExit,
                 qPrintable(QStringLiteral("not killed at %1: exit %2, %3")
                                .arg(point)
                                .arg(runner.exitCode())
                                .arg(QString::fromUtf8(runner.readAllStandardError()))));
        QVERIFY2(out.startsWith("job "), out.constData());
        const QString jobId = QString::fromUtf8(out.mid(4).trimmed());

        // What was not confirmed belongs to the job: plain pending/resume leave it alone.
        const WebhookctlRun pending = api({QStringLiteral("pending")});
        QVERIFY2(pending.exitCode == 0, qPrintable(pending.describe()));

        const WebhookctlRun r = reissue({QStringLiteral("--continue"), jobId, QStringLiteral("--cutover"),
                                         QStringLiteral("now"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(lines(r).constLast().value(QStringLiteral("step")).toString(), QStringLiteral("done"));
        QCOMPARE(r.out.contains("whsec_"), newSecret);
        checkReplaced(oldId, url);
    }
};

QTEST_GUILESS_MAIN(TestWebhookctlReissue)
#include "tst_webhookctlreissue.moc"
