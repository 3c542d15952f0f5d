// End to end: the real webhookctl binary as a child process against the real webhook-sandbox on a
// temporary SQLite database, with profiles in a throwaway config dir and keys in a throwaway
// gnome-keyring (tests/with-keyring.sh).

#include "kit/SandboxProcess.h"
#include "kit/WebhookctlRun.h"
#include "kit/ScriptedHttpServer.h"
#include "common/SystemClock.h"
#include "credentials/KeychainStore.h"
#include "journal/JournalLocation.h"
#include "journal/WriteJournal.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>
#include <sys/types.h>

namespace {

using Run = WebhookctlRun;

// Plain literals: moc 6.4 mis-reads raw strings that contain "//".
const QByteArray kCreatedBody = "{\"id\": 41, \"url\": \"https:/"
                                "/example.com/x\", \"description\": null, \"enabled\": true, "
                                "\"created_at\": \"2026-11-27T16:08:00Z\", \"client_secret\": \"whsec_once\"}";
const QByteArray kSubscription5 = "{\"id\": 5, \"url\": \"https:/"
                                  "/example.com/5\", \"description\": null, \"enabled\": true, "
                                  "\"created_at\": \"2026-11-27T16:08:00Z\"}";
const QByteArray kNotFound = "{\"detail\":\"Not Found\"}";

// Answers close their connection, so each request webhookctl sends goes on a fresh one.
QByteArray answer(int status, const QByteArray &body)
{
    return ScriptedHttpServer::response(status, body, {"Connection: close"});
}

}  // namespace

class TestWebhookctl;

// A sandbox with eight enabled subscriptions that answers every request 3 s late, and a journal
// folder of its own (XDG_DATA_HOME) that the test reads while webhookctl writes it.
struct SlowServer
{
    SandboxProcess sandbox;
    QTemporaryDir data;
    QString base;
    QList<qint64> ids;

    bool start(TestWebhookctl *test);
    QMap<QString, QString> environmentMap() const
    {
        return {{QStringLiteral("XDG_DATA_HOME"), data.path()},
                {QStringLiteral("WEBHOOK_API_KEY"), QString::fromUtf8(sandbox.apiKey())}};
    }
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const auto map = environmentMap();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            env.insert(it.key(), it.value());
        return env;
    }
    // Starts `webhookctl disable` of all eight against it.
    bool startDisable(QProcess &process, const QStringList &extraArgs = {}) const
    {
        QStringList args{QStringLiteral("disable")};
        for (qint64 id : ids)
            args << QString::number(id);
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(WEBHOOK_BIN_DIR "/webhookctl"),
                      args + extraArgs + QStringList{QStringLiteral("--base-url"), base});
        process.closeWriteChannel();
        return process.waitForStarted(30000);
    }
    // How many entries of the server's journal are in `state` (read as webhook-console would).
    int countIn(JournalEntry::State state) const
    {
        SystemClock clock;
        WriteJournal journal(WriteJournal::filePathFor(data.path() + QStringLiteral("/webhook-console/journal"),
                                                       JournalLocation::journalName({}, QUrl(base))),
                             clock);
        if (!QFile::exists(journal.filePath()) || !journal.open())
            return -1;
        const auto all = journal.all();
        if (!all)
            return -1;
        return int(
            std::count_if(all->cbegin(), all->cend(), [state](const JournalEntry &e) { return e.state == state; }));
    }
    int disabledOnServer(TestWebhookctl *test) const;
};

class TestWebhookctl : public QObject
{
    Q_OBJECT
    friend struct SlowServer;

    SandboxProcess m_sandbox;
    QTemporaryDir m_config;  // XDG_CONFIG_HOME for profiles
    QString m_base;
    QByteArray m_key;

    static QString ctl() { return QStringLiteral(WEBHOOK_BIN_DIR "/webhookctl"); }

    // Runs webhookctl; keeps the event loop turning (the mini server lives in this process).
    Run run(const QStringList &args, const QByteArray &input = {}, const QMap<QString, QString> &extraEnv = {},
            bool keyInEnv = false)
    {
        QProcessEnvironment env = WebhookctlRun::environment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_config.filePath(QStringLiteral("cache")));
        if (keyInEnv)
            env.insert(QStringLiteral("WEBHOOK_API_KEY"), QString::fromUtf8(m_key));
        for (auto it = extraEnv.constBegin(); it != extraEnv.constEnd(); ++it) {
            if (it.value().isNull())
                env.remove(it.key());
            else
                env.insert(it.key(), it.value());
        }
        return WebhookctlRun::run(args, env, input);
    }

    // With the sandbox's key on stdin.
    Run api(QStringList args, const QByteArray &moreInput = {})
    {
        args << QStringLiteral("--base-url") << m_base << QStringLiteral("--api-key-stdin");
        return run(args, m_key + '\n' + moreInput);
    }

    // Creates n subscriptions straight over HTTP (fast set-up), honouring 429s. Returns their ids.
    QList<qint64> createMany(int n) { return createMany(n, m_base, m_key); }
    QList<qint64> createMany(int n, const QString &base, const QByteArray &key)
    {
        QNetworkAccessManager nam;
        QList<qint64> ids;
        while (ids.size() < n) {
            QNetworkRequest request(QUrl(base + QStringLiteral("/api/v1/webhooks/")));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader("X-API-Key", key);
            QNetworkReply *reply =
                nam.post(request,
                         QJsonDocument(QJsonObject{{QStringLiteral("url"),
                                                    QStringLiteral("https://example.com/bulk/%1").arg(ids.size())}})
                             .toJson());
            QSignalSpy finished(reply, &QNetworkReply::finished);
            if (!finished.wait(30000))
                return {};
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 429) {
                // Pacing, not waiting for something: the server asks for this pause.
                QTest::qWait(qMax(1, reply->rawHeader("Retry-After").toInt()) * 1000);
            } else if (status == 200) {
                ids << qint64(
                    QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("id")).toDouble());
            } else {
                return {};
            }
            reply->deleteLater();
        }
        return ids;
    }

    QJsonArray listAll()
    {
        const Run r = api({QStringLiteral("list"), QStringLiteral("--json")});
        return r.json().array();
    }

    // Whether the process has a handler for SIGINT (the "SigCgt" mask of /proc/PID/status).
    static bool catchesSigint(pid_t pid)
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        if (!status.open(QIODevice::ReadOnly))
            return false;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("SigCgt:"))
                return (line.mid(7).trimmed().toULongLong(nullptr, 16) >> (SIGINT - 1)) & 1;
        }
        return false;
    }

    static QByteArray idsText(const QList<qint64> &ids)
    {
        QByteArray text;
        for (qint64 id : ids)
            text += QByteArray::number(id) + '\n';
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QVERIFY2(QFile::exists(ctl()), "webhookctl is not built");
        // A compressed rate window, so bulk pacing is exercised within seconds.
        QVERIFY2(m_sandbox.start({QStringLiteral("--rate-window"), QStringLiteral("3s")}),
                 qPrintable(m_sandbox.standardError()));
        m_base = m_sandbox.baseUrl().toString();
        m_key = m_sandbox.apiKey();
    }

    void helpAndVersion()
    {
        Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Exit codes"));
        QVERIFY(r.out.contains("profile add"));
        r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("webhookctl "));
        for (const char *command :
             {"types", "list", "get", "create", "update", "enable", "disable", "delete", "deliveries", "retry"}) {
            r = run({QString::fromLatin1(command), QStringLiteral("--help")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
            QVERIFY2(r.out.contains("Usage: webhookctl " + QByteArray(command)), qPrintable(r.describe()));
        }
        for (const char *sub : {"add", "list", "remove"}) {
            r = run({QStringLiteral("profile"), QString::fromLatin1(sub), QStringLiteral("--help")});
            QVERIFY2(r.exitCode == 0 && r.out.contains("Usage: webhookctl profile " + QByteArray(sub)),
                     qPrintable(r.describe()));
        }
        r = run({QStringLiteral("help"), QStringLiteral("create")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.simplified().contains("client secret"));
        // The vendor's API never reports events: update's help warns that --events replaces them all.
        // (Help is wrapped to the terminal's width: compare with the line breaks folded.)
        r = run({QStringLiteral("help"), QStringLiteral("update")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.simplified().contains("--events replaces all of its events"), qPrintable(r.describe()));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString url = QStringLiteral("--base-url");
        QTest::newRow("no command") << QStringList{} << 2 << QStringLiteral("No command");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2
                                         << QStringLiteral("Unknown command");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--frob")} << 2
                                        << QStringLiteral("frob");
        QTest::newRow("option of another command")
            << QStringList{QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("x")} << 2
            << QStringLiteral("status");
        QTest::newRow("profile without sub")
            << QStringList{QStringLiteral("profile")} << 2 << QStringLiteral("add, list or remove");
        QTest::newRow("get without id") << QStringList{QStringLiteral("get")} << 2
                                        << QStringLiteral("Usage: webhookctl get");
        QTest::newRow("get two ids") << QStringList{QStringLiteral("get"), QStringLiteral("1"), QStringLiteral("2")}
                                     << 2 << QStringLiteral("Wrong number");
        QTest::newRow("bad base url") << QStringList{QStringLiteral("list"), url, QStringLiteral("not a url")} << 2
                                      << QStringLiteral("not a valid URL");
        QTest::newRow("ftp base url") << QStringList{QStringLiteral("list"), url, QStringLiteral("ftp://x.example")}
                                      << 2 << QStringLiteral("https://");
        QTest::newRow("http without consent")
            << QStringList{QStringLiteral("list"), url, QStringLiteral("http://api.example.com")} << 2
            << QStringLiteral("--allow-insecure-http");
        QTest::newRow("bad rate window") << QStringList{QStringLiteral("list"), QStringLiteral("--rate-window"),
                                                        QStringLiteral("soon")}
                                         << 2 << QStringLiteral("--rate-window");
        QTest::newRow("bad rate limit") << QStringList{QStringLiteral("list"), QStringLiteral("--rate-limit"),
                                                       QStringLiteral("PATCH=lots")}
                                        << 2 << QStringLiteral("METHOD /route");
        QTest::newRow("bad timeout") << QStringList{QStringLiteral("list"), QStringLiteral("--timeout"),
                                                    QStringLiteral("-1")}
                                     << 2 << QStringLiteral("timeout");
        QTest::newRow("no server") << QStringList{QStringLiteral("list")} << 2 << QStringLiteral("No server given");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = run(args, {}, {}, true);
        QVERIFY2(r.finished, qPrintable(r.describe()));
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.describe()));
        QVERIFY2(QString::fromUtf8(r.err).contains(message), qPrintable(r.describe()));
        QVERIFY(!r.err.contains(m_key));
    }

    void badInputAgainstTheServer_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("get abc") << QStringList{QStringLiteral("get"), QStringLiteral("abc")} << 2
                                 << QStringLiteral("not a subscription id");
        QTest::newRow("get zero") << QStringList{QStringLiteral("get"), QStringLiteral("0")} << 2
                                  << QStringLiteral("not a subscription id");
        QTest::newRow("get unknown") << QStringList{QStringLiteral("get"), QStringLiteral("987654")} << 5
                                     << QStringLiteral("not exist");
        QTest::newRow("update nothing") << QStringList{QStringLiteral("update"), QStringLiteral("1")} << 2
                                        << QStringLiteral("Nothing to change");
        QTest::newRow("enable and disable") << QStringList{QStringLiteral("update"), QStringLiteral("1"),
                                                           QStringLiteral("--enable"), QStringLiteral("--disable")}
                                            << 2 << QStringLiteral("not both");
        QTest::newRow("update bad url") << QStringList{QStringLiteral("update"), QStringLiteral("1"),
                                                       QStringLiteral("--url"), QStringLiteral("nope")}
                                        << 2 << QString();
        QTest::newRow("create bad url") << QStringList{QStringLiteral("create"), QStringLiteral("not-a-url")} << 2
                                        << QString();
        QTest::newRow("create long description")
            << QStringList{QStringLiteral("create"), QStringLiteral("https://example.com"),
                           QStringLiteral("--description"), QString(1001, u'x')}
            << 2 << QString();
        QTest::newRow("create unknown event")
            << QStringList{QStringLiteral("create"), QStringLiteral("https://example.com/e"),
                           QStringLiteral("--events"), QStringLiteral("orders.created,no.such.event")}
            << 2 << QStringLiteral("no.such.event");
        QTest::newRow("disable bad ids") << QStringList{QStringLiteral("disable"), QStringLiteral("1"),
                                                        QStringLiteral("x2"), QStringLiteral("-3")}
                                         << 2 << QString();
        QTest::newRow("deliveries bad status") << QStringList{QStringLiteral("deliveries"), QStringLiteral("1"),
                                                              QStringLiteral("--status"), QStringLiteral("lost")}
                                               << 2 << QStringLiteral("pending");
        QTest::newRow("retry bad delivery id")
            << QStringList{QStringLiteral("retry"), QStringLiteral("1"), QStringLiteral("x")} << 2
            << QStringLiteral("delivery id");
    }

    void badInputAgainstTheServer()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const int before = int(listAll().size());
        const Run r = api(args);
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.describe()));
        QVERIFY2(!r.err.isEmpty(), qPrintable(r.describe()));
        if (!message.isEmpty())
            QVERIFY2(QString::fromUtf8(r.err).contains(message), qPrintable(r.describe()));
        QCOMPARE(int(listAll().size()), before);  // nothing created by a rejected command
    }

    void keyProblems()
    {
        // No key anywhere.
        Run r = run({QStringLiteral("list"), QStringLiteral("--base-url"), m_base});
        QVERIFY2(r.exitCode == 3 && r.err.contains("No API key"), qPrintable(r.describe()));
        // --api-key-stdin with nothing on stdin.
        r = run({QStringLiteral("list"), QStringLiteral("--base-url"), m_base, QStringLiteral("--api-key-stdin")});
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        // A wrong key: the server says 401.
        r = run({QStringLiteral("list"), QStringLiteral("--base-url"), m_base}, {},
                {{QStringLiteral("WEBHOOK_API_KEY"), QStringLiteral("sbx_wrong_key")}});
        QVERIFY2(r.exitCode == 4, qPrintable(r.describe()));
        QVERIFY(!r.err.contains("sbx_wrong_key"));
    }

    void unreachableServer()
    {
        // A port nobody listens on: a network error, reported, not a hang.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        const Run r =
            run({QStringLiteral("list"), QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:%1").arg(port),
                 QStringLiteral("--timeout"), QStringLiteral("3s")},
                {}, {}, true);
        QVERIFY2(r.exitCode == 6, qPrintable(r.describe()));
    }

    void typesTableAndJson()
    {
        Run r = api({QStringLiteral("types")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.startsWith("EVENT"));
        QVERIFY(r.out.contains("orders.created"));
        // The key from the environment works the same.
        r = run({QStringLiteral("types"), QStringLiteral("--json"), QStringLiteral("--base-url"), m_base}, {}, {},
                true);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray types = r.json().array();
        QVERIFY(types.size() >= 2);
        QVERIFY(!types.at(0).toObject().value(QStringLiteral("event")).toString().isEmpty());
    }

    void createGetUpdateDelete()
    {
        Run r = api({QStringLiteral("create"), QStringLiteral("https://example.com/hook"),
                     QStringLiteral("--description"), QStringLiteral("Shop A"), QStringLiteral("--events"),
                     QStringLiteral("orders.created, orders.paid"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject created = r.json().object();
        const qint64 id = qint64(created.value(QStringLiteral("id")).toDouble());
        QVERIFY(id > 0);
        QVERIFY(!created.value(QStringLiteral("client_secret")).toString().isEmpty());
        QCOMPARE(created.value(QStringLiteral("events")).toArray().size(), 2);
        const QString idText = QString::number(id);

        r = api({QStringLiteral("get"), idText, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QJsonObject got = r.json().object();
        QCOMPARE(got.value(QStringLiteral("url")).toString(), QStringLiteral("https://example.com/hook"));
        QCOMPARE(got.value(QStringLiteral("description")).toString(), QStringLiteral("Shop A"));
        QVERIFY(!got.contains(QStringLiteral("client_secret")));  // shown once only

        r = api({QStringLiteral("update"), idText, QStringLiteral("--url"), QStringLiteral("https://example.com/v2"),
                 QStringLiteral("--description"), QString(), QStringLiteral("--events"), QStringLiteral("orders.paid"),
                 QStringLiteral("--disable")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = api({QStringLiteral("get"), idText, QStringLiteral("--json")});
        got = r.json().object();
        QCOMPARE(got.value(QStringLiteral("url")).toString(), QStringLiteral("https://example.com/v2"));
        QVERIFY(got.value(QStringLiteral("description")).isNull());
        QCOMPARE(got.value(QStringLiteral("enabled")).toBool(), false);
        QCOMPARE(got.value(QStringLiteral("events")).toArray(), QJsonArray{QStringLiteral("orders.paid")});

        // Human output: the secret is announced as shown once.
        r = api({QStringLiteral("create"), QStringLiteral("https://example.com/human")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains("Client secret"));
        QVERIFY(r.out.contains("only this once"));

        r = api({QStringLiteral("delete"), idText});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = api({QStringLiteral("get"), idText});
        QCOMPARE(r.exitCode, 5);
    }

    void listTable()
    {
        const Run r = api({QStringLiteral("list")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.startsWith("ID"));
        QVERIFY(r.out.contains("https://example.com/human"));
    }

    void bulkDisableEnableDeleteFromStdin()
    {
        // 120 PATCHes against a limit of 100 per 3 s: the queue must pace them, not get 429s.
        const QList<qint64> ids = createMany(120);
        QCOMPARE(ids.size(), 120);
        m_sandbox.process()->readAllStandardError();  // the request log from here on
        const QList<qint64> unknown{9'000'001, 9'000'002};

        Run r =
            api({QStringLiteral("disable"), QStringLiteral("-"), QStringLiteral("--rate-window"), QStringLiteral("3s")},
                idsText(ids) + "# a comment line\n" + idsText(unknown));
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));  // two failed
        QVERIFY2(r.out.contains("Disabled 120 of 122"), qPrintable(r.describe()));
        QVERIFY(r.out.contains("9000001"));
        QVERIFY(r.out.contains("9000002"));
        QVERIFY(!r.err.contains('\r'));  // no progress line when stderr is not a terminal

        QJsonArray all = listAll();
        int disabled = 0;
        for (const QJsonValue &v : all) {
            const QJsonObject o = v.toObject();
            if (ids.contains(qint64(o.value(QStringLiteral("id")).toDouble()))
                && !o.value(QStringLiteral("enabled")).toBool())
                ++disabled;
        }
        QCOMPARE(disabled, 120);

        // Enable some by arguments and the rest from stdin, as JSON summary.
        QStringList args{QStringLiteral("enable"), QString::number(ids[0]),         QString::number(ids[1]),
                         QStringLiteral("-"),      QStringLiteral("--rate-window"), QStringLiteral("3s"),
                         QStringLiteral("--json")};
        r = api(args, idsText(ids.mid(2)));
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject summary = r.json().object();
        QCOMPARE(summary.value(QStringLiteral("succeeded")).toInt(), 120);
        QCOMPARE(summary.value(QStringLiteral("failed")).toInt(), 0);

        // A bucket override on the command line is honoured too (and the result is the same).
        r = api({QStringLiteral("delete"), QStringLiteral("-"), QStringLiteral("--rate-window"), QStringLiteral("3s"),
                 QStringLiteral("--rate-limit"), QStringLiteral("DELETE /api/v1/webhooks/{id}=40/3s")},
                idsText(ids));
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains("Deleted 120 of 120"));
        for (const QJsonValue &v : listAll())
            QVERIFY(!ids.contains(qint64(v.toObject().value(QStringLiteral("id")).toDouble())));

        // The sandbox's request log: the queue paced 360 bulk requests without a single 429.
        // The sandbox logs a request after answering it: the last lines can trail the answers.
        QByteArray log;
        QTRY_VERIFY_WITH_TIMEOUT(
            (log += m_sandbox.process()->readAllStandardError()).count("DELETE /api/v1/webhooks/{id} ") >= 120, 30000);
        QVERIFY(log.count("PATCH /api/v1/webhooks/{id} 200") + log.count("PATCH /api/v1/webhooks/{id} 404") >= 240);
        QVERIFY2(!log.contains(" 429 "), log.constData());
    }

    void bulkAllUnknownIsNotFound()
    {
        const Run r = api({QStringLiteral("delete"), QStringLiteral("8000001"), QStringLiteral("8000002")});
        QVERIFY2(r.exitCode == 5, qPrintable(r.describe()));
        QVERIFY(r.out.contains("Deleted 0 of 2"));
    }

    // A paced job (two PATCHes a second, answered at once) interrupted in the middle: the summary's
    // numbers are what the server holds, id by id, and the journal agrees with both. (With
    // answers still on their way at the interrupt: ctrlCWaitsForTheAnswersOnTheirWay.)
    void ctrlCStopsABulkJobWithASummary()
    {
        const QList<qint64> ids = createMany(20);
        QCOMPARE(ids.size(), 20);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        env.insert(QStringLiteral("WEBHOOK_API_KEY"), QString::fromUtf8(m_key));
        process.setProcessEnvironment(env);
        QSignalSpy done(&process, &QProcess::finished);
        m_sandbox.process()->readAllStandardError();  // the request log from here on
        // Two PATCHes a second: the job would take about ten seconds.
        process.start(ctl(),
                      {QStringLiteral("disable"), QStringLiteral("-"), QStringLiteral("--json"),
                       QStringLiteral("--base-url"), m_base, QStringLiteral("--rate-limit"),
                       QStringLiteral("PATCH /api/v1/webhooks/{id}=2/1s")});
        QVERIFY(process.waitForStarted(30000));
        process.write(idsText(ids));
        process.closeWriteChannel();
        // Interrupt once three PATCHes were answered (so the job is really under way).
        QByteArray log;
        QTRY_VERIFY_WITH_TIMEOUT((log += m_sandbox.process()->readAllStandardError()).count("PATCH ") >= 3, 60000);
        QVERIFY(done.isEmpty());
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(done.wait(60000));
        QCOMPARE(process.exitCode(), 130);
        const QJsonObject summary = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(summary.value(QStringLiteral("total")).toInt(), 20);
        const int succeeded = summary.value(QStringLiteral("succeeded")).toInt();
        const int notSent = summary.value(QStringLiteral("not_sent")).toInt();
        QCOMPARE(summary.value(QStringLiteral("failed")).toInt(), 0);
        QVERIFY(succeeded >= 3);
        QVERIFY(notSent > 0);
        QCOMPARE(succeeded + notSent, 20);

        // The server: exactly `succeeded` of them disabled, the rest untouched.
        QSet<qint64> disabled;
        QSet<qint64> enabled;
        for (const QJsonValue &v : listAll()) {
            const QJsonObject o = v.toObject();
            const qint64 id = qint64(o.value(QStringLiteral("id")).toDouble());
            if (ids.contains(id))
                (o.value(QStringLiteral("enabled")).toBool() ? enabled : disabled).insert(id);
        }
        QCOMPARE(disabled.size() + enabled.size(), 20);
        QCOMPARE(int(disabled.size()), succeeded);
        // Its request log, read up to that list (answered after every PATCH that came before it):
        // as many PATCHes reached it as the summary counts, so nothing left after the interrupt.
        QTRY_VERIFY_WITH_TIMEOUT(
            (log += m_sandbox.process()->readAllStandardError()).contains("GET /api/v1/webhooks/ "), 30000);
        const qsizetype listAt = log.lastIndexOf("GET /api/v1/webhooks/ ");
        QCOMPARE(int(log.left(listAt).count("PATCH /api/v1/webhooks/{id} 200")), succeeded);
        QCOMPARE(int(log.count("PATCH ")), succeeded);

        // The journal, id by id: the disabled ones done, the others recorded (pending), none failed.
        Run r = run({QStringLiteral("pending"), QStringLiteral("--all"), QStringLiteral("--json"),
                     QStringLiteral("--base-url"), m_base});
        QVERIFY2(r.exitCode == 9, qPrintable(r.describe()));
        QSet<qint64> journalDone;
        QSet<qint64> journalRecorded;
        for (const QJsonValue &v : r.json().array()) {
            const QJsonObject o = v.toObject();
            const qint64 id = qint64(o.value(QStringLiteral("subscription_id")).toDouble());
            if (!ids.contains(id))
                continue;  // earlier tests' writes to this server
            const QString state = o.value(QStringLiteral("state")).toString();
            if (state == u"done")
                journalDone.insert(id);
            else if (state == u"recorded")
                journalRecorded.insert(id);
            else
                QFAIL(qPrintable(QStringLiteral("#%1 is %2 in the journal").arg(id).arg(state)));
        }
        QCOMPARE(journalDone, disabled);
        QCOMPARE(journalRecorded, enabled);
        // `pending` lists exactly the ones not sent; discard forgets them.
        r = run({QStringLiteral("pending"), QStringLiteral("--json"), QStringLiteral("--base-url"), m_base});
        QVERIFY2(r.exitCode == 9, qPrintable(r.describe()));
        QCOMPARE(int(r.json().array().size()), notSent);
        r = run({QStringLiteral("discard"), QStringLiteral("--all"), QStringLiteral("--base-url"), m_base});
        QVERIFY2(r.exitCode == 2 && r.err.contains("--yes"), qPrintable(r.describe()));  // no terminal to ask on
        r = run({QStringLiteral("discard"), QStringLiteral("--all"), QStringLiteral("--yes"),
                 QStringLiteral("--base-url"), m_base});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = run({QStringLiteral("pending"), QStringLiteral("--base-url"), m_base});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(api({QStringLiteral("delete"), QStringLiteral("-")}, idsText(ids)).exitCode, 0);
    }

    // The server applies each change at once and answers 3 s later, so a Ctrl-C 1 s into
    // `disable` of 8 finds four PATCHes on the wire (the bulk lane keeps at most four unanswered)
    // and four queued. Nothing more may leave, the four answers are awaited, and the journal says
    // exactly that: four done, four still pending (never "failed"), which resume then finishes.
    void ctrlCWaitsForTheAnswersOnTheirWay()
    {
        SlowServer slow;
        QVERIFY(slow.start(this));
        QProcess process;
        QSignalSpy done(&process, &QProcess::finished);
        QVERIFY(slow.startDisable(process, {QStringLiteral("--json")}));
        // Interrupt once four requests have left (their entries are marked sent as they leave).
        QTRY_VERIFY_WITH_TIMEOUT(slow.countIn(JournalEntry::State::Sent) == 4, 60000);
        QVERIFY(done.isEmpty());
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(done.wait(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        const QJsonObject summary = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(summary.value(QStringLiteral("succeeded")).toInt(), 4);
        QCOMPARE(summary.value(QStringLiteral("failed")).toInt(), 0);
        QCOMPARE(summary.value(QStringLiteral("not_sent")).toInt(), 4);
        // Journal and server agree: the four answered are done and disabled, the rest untouched.
        QCOMPARE(slow.countIn(JournalEntry::State::Done), 4);
        QCOMPARE(slow.countIn(JournalEntry::State::Recorded), 4);
        QCOMPARE(slow.countIn(JournalEntry::State::Failed), 0);
        QCOMPARE(slow.disabledOnServer(this), 4);
        Run r = run({QStringLiteral("pending"), QStringLiteral("--json"), QStringLiteral("--base-url"), slow.base}, {},
                    slow.environmentMap());
        QVERIFY2(r.exitCode == 9, qPrintable(r.describe()));
        QCOMPARE(int(r.json().array().size()), 4);
        r = run({QStringLiteral("resume"), QStringLiteral("--yes"), QStringLiteral("--base-url"), slow.base}, {},
                slow.environmentMap());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(slow.disabledOnServer(this), 8);
        QCOMPARE(slow.countIn(JournalEntry::State::Done), 8);
    }

    // A second Ctrl-C stops waiting: the program ends at once, and the writes on the wire stay
    // "sent" (the server may have applied them), so pending lists them and resume sends them.
    void secondCtrlCLeavesWritesOnTheWireSent()
    {
        SlowServer slow;
        QVERIFY(slow.start(this));
        QProcess process;
        QSignalSpy done(&process, &QProcess::finished);
        QVERIFY(slow.startDisable(process));
        QTRY_VERIFY_WITH_TIMEOUT(slow.countIn(JournalEntry::State::Sent) == 4, 60000);
        const pid_t pid = pid_t(process.processId());
        ::kill(pid, SIGINT);
        // Two signals sent at once would be delivered as one: the second goes once the first was
        // handled (its handler hands SIGINT back to the default action).
        QTRY_VERIFY_WITH_TIMEOUT(!catchesSigint(pid), 30000);
        ::kill(pid, SIGINT);
        QVERIFY(done.wait(60000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        QCOMPARE(slow.countIn(JournalEntry::State::Sent), 4);
        QCOMPARE(slow.countIn(JournalEntry::State::Recorded), 4);
        QCOMPARE(slow.countIn(JournalEntry::State::Failed), 0);
        const Run r = run({QStringLiteral("resume"), QStringLiteral("--yes"), QStringLiteral("--base-url"), slow.base},
                          {}, slow.environmentMap());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(slow.disabledOnServer(this), 8);
    }

    // Started with standard input closed, webhookctl must not read a "key" or ids from whatever
    // file took descriptor 0: it says stdin is closed and sends nothing.
    void closedStandardInputIsSaidAndNothingIsRead()
    {
        const auto closedStdin = [this](const QStringList &args, bool keyInEnv) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
            if (keyInEnv)
                env.insert(QStringLiteral("WEBHOOK_API_KEY"), QString::fromUtf8(m_key));
            else
                env.remove(QStringLiteral("WEBHOOK_API_KEY"));
            process.setProcessEnvironment(env);
            process.setChildProcessModifier([] { ::close(STDIN_FILENO); });
            process.start(ctl(), args + QStringList{QStringLiteral("--base-url"), m_base});
            Run r;
            if (!process.waitForFinished(60000))
                return r;
            r.exitCode = process.exitCode();
            r.out = process.readAllStandardOutput();
            r.err = process.readAllStandardError();
            return r;
        };
        const QList<qint64> ids = createMany(1);
        QCOMPARE(ids.size(), 1);
        Run r = closedStdin({QStringLiteral("list"), QStringLiteral("--api-key-stdin")}, false);
        QVERIFY2(r.exitCode == 3 && r.err.contains("standard input is closed"), qPrintable(r.describe()));
        r = closedStdin({QStringLiteral("disable"), QStringLiteral("-")}, true);
        QVERIFY2(r.exitCode == 2 && r.err.contains("standard input is closed"), qPrintable(r.describe()));
        // Nothing was disabled.
        for (const QJsonValue &v : listAll()) {
            if (qint64(v.toObject().value(QStringLiteral("id")).toDouble()) == ids.first())
                QVERIFY(v.toObject().value(QStringLiteral("enabled")).toBool());
        }
    }

    void deliveriesAndRetryOnTheSandbox()
    {
        Run r = api({QStringLiteral("create"), QStringLiteral("https://example.com/d"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString id = QString::number(qint64(r.json().object().value(QStringLiteral("id")).toDouble()));
        r = api({QStringLiteral("deliveries"), id, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.json().object().contains(QStringLiteral("items")));
        r = api({QStringLiteral("deliveries"), id, QStringLiteral("--status"), QStringLiteral("failed")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = api({QStringLiteral("retry"), id, QStringLiteral("987654")});
        QVERIFY2(r.exitCode == 5, qPrintable(r.describe()));
    }

    void serverWithoutDeliveryExtensions()
    {
        // The vendor's documented API: subscription 5 exists, the delivery endpoints do not.
        ScriptedHttpServer server([](const ScriptedHttpServer::Request &request) {
            if (request.method == "GET" && request.path == "/api/v1/webhooks/5")
                return answer(200, kSubscription5);
            return answer(404, kNotFound);
        });
        for (const QStringList &args :
             {QStringList{QStringLiteral("deliveries"), QStringLiteral("5")},
              QStringList{QStringLiteral("retry"), QStringLiteral("5"), QStringLiteral("6")}}) {
            const Run r = run(args + QStringList{QStringLiteral("--base-url"), server.url().toString()}, {}, {}, true);
            QVERIFY2(r.exitCode == 7, qPrintable(r.describe()));
            QVERIFY2(r.err.contains("does not offer"), qPrintable(r.describe()));
            QVERIFY2(r.err.contains("48 hours"), qPrintable(r.describe()));
        }
    }

    void createReportsAFailedEventsPatch()
    {
        // POST succeeds, the follow-up PATCH is refused: say exactly that, print the secret anyway.
        const QByteArray created = kCreatedBody;
        ScriptedHttpServer server([created](const ScriptedHttpServer::Request &request) {
            if (request.method == "GET" && request.path.startsWith("/api/v1/webhooks/types"))
                return answer(200, R"([{"event":"orders.created","description":"d"}])");
            if (request.method == "POST")
                return answer(200, created);
            if (request.method == "PATCH")
                return answer(422, R"({"detail":[{"loc":["body","events"],"msg":"events are locked","type":"x"}]})");
            return answer(404, kNotFound);
        });
        const Run r =
            run({QStringLiteral("create"), QStringLiteral("https://example.com/x"), QStringLiteral("--events"),
                 QStringLiteral("orders.created"), QStringLiteral("--base-url"), server.url().toString()},
                {}, {}, true);
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("whsec_once"), qPrintable(r.describe()));
        QVERIFY2(r.err.contains("WAS created"), qPrintable(r.describe()));
        QVERIFY2(r.err.contains("update 41 --events orders.created"), qPrintable(r.describe()));
        int posts = 0;
        for (const ScriptedHttpServer::Request &request : std::as_const(server.requests))
            posts += request.method == "POST" ? 1 : 0;
        QCOMPARE(posts, 1);  // a create is never retried
    }

    void profilesWithTheKeychain()
    {
        const QString name = QStringLiteral("sandbox");
        Run r = run({QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--base-url"), m_base,
                     QStringLiteral("--api-key-stdin"), QStringLiteral("--rate-window"), QStringLiteral("3s")},
                    m_key + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

        r = run({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject listed = r.json().array().at(0).toObject();
        QCOMPARE(listed.value(QStringLiteral("name")).toString(), name);
        QCOMPARE(listed.value(QStringLiteral("rate_window")).toString(), QStringLiteral("3s"));
        QCOMPARE(listed.value(QStringLiteral("default")).toBool(), true);
        r = run({QStringLiteral("profile"), QStringLiteral("list")});
        QVERIFY(r.out.contains("sandbox"));

        // The profile's key comes from the keychain: by name, and as the default.
        r = run({QStringLiteral("types"), QStringLiteral("--profile"), name});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = run({QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

        // Nowhere under HOME (settings, caches) and not in the config dir is the key in clear.
        for (const QString &root : {QString::fromLocal8Bit(qgetenv("WEBHOOK_TEST_HOME")), m_config.path()}) {
            if (root.isEmpty())
                continue;
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.open(QIODevice::ReadOnly))
                    QVERIFY2(!file.readAll().contains(m_key), qPrintable(file.fileName()));
            }
        }

        // With no keychain reachable, the profile's key cannot be read: a clear message, exit 3.
        const QMap<QString, QString> noBus{
            {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus")},
            {QStringLiteral("DISPLAY"), QString()}};
        r = run({QStringLiteral("list"), QStringLiteral("--profile"), name}, {}, noBus);
        QVERIFY2(r.exitCode == 3 && r.err.contains("No keychain is available"), qPrintable(r.describe()));
        QVERIFY(r.err.contains("WEBHOOK_API_KEY"));

        // Remove: the profile and the keychain entry are gone.
        r = run({QStringLiteral("profile"), QStringLiteral("remove"), name});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        KeychainStore keychain;
        std::optional<KeychainResult> read;
        keychain.readKey(name, this, [&read](const KeychainResult &result) { read = result; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 30000);
        QCOMPARE(read->status, KeychainResult::Status::NotFound);
        r = run({QStringLiteral("list"), QStringLiteral("--profile"), name});
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        r = run({QStringLiteral("profile"), QStringLiteral("remove"), name});
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
    }

    void profileAddWithoutKeychainStoresNothing()
    {
        const QMap<QString, QString> noBus{
            {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus")},
            {QStringLiteral("DISPLAY"), QString()}};
        Run r = run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("nokeychain"),
                     QStringLiteral("--base-url"), m_base, QStringLiteral("--api-key-stdin")},
                    m_key + '\n', noBus);
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("No keychain is available"), qPrintable(r.describe()));
        QVERIFY(r.err.contains("not saved"));
        r = run({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.json().array().size(), 0);
    }

    void profileAddValidation()
    {
        Run r = run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("bad/name"),
                     QStringLiteral("--base-url"), m_base, QStringLiteral("--api-key-stdin")},
                    m_key + '\n');
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        r = run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("remote"),
                 QStringLiteral("--base-url"), QStringLiteral("http://api.example.com"),
                 QStringLiteral("--api-key-stdin")},
                m_key + '\n');
        QVERIFY2(r.exitCode == 2 && r.err.contains("--allow-insecure-http"), qPrintable(r.describe()));
        r = run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("nokey"),
                 QStringLiteral("--base-url"), m_base, QStringLiteral("--api-key-stdin")});
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        r = run({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.json().array().size(), 0);
    }
};

bool SlowServer::start(TestWebhookctl *test)
{
    if (!data.isValid() || !sandbox.start())
        return false;
    ids = test->createMany(8, sandbox.baseUrl().toString(QUrl::StripTrailingSlash), sandbox.apiKey());
    if (ids.size() != 8 || !sandbox.restart({QStringLiteral("--fault-latency"), QStringLiteral("3s")}))
        return false;
    base = sandbox.baseUrl().toString(QUrl::StripTrailingSlash);
    return true;
}

int SlowServer::disabledOnServer(TestWebhookctl *test) const
{
    const Run r = test->run({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--base-url"), base}, {},
                            environmentMap());
    int disabled = 0;
    for (const QJsonValue &v : r.json().array()) {
        const QJsonObject o = v.toObject();
        if (ids.contains(qint64(o.value(QStringLiteral("id")).toDouble()))
            && !o.value(QStringLiteral("enabled")).toBool())
            ++disabled;
    }
    return disabled;
}

QTEST_GUILESS_MAIN(TestWebhookctl)
#include "tst_webhookctl.moc"
