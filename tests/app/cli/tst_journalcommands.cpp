// End to end: webhookctl's pending-writes journal. The real webhookctl binary against the real
// webhook-sandbox, with a profile whose key lives in a throwaway gnome-keyring (KEYRING), data and
// config in temporary folders. The journal file is the profile's one from JournalLocation (shared
// with webhook-console); the test only peeks into it read-only, or writes an entry directly to
// stage an uncertain create.

#include "kit/WebhookctlRun.h"
#include "kit/JournalUserProcess.h"
#include "kit/SandboxHttp.h"
#include "kit/SandboxProcess.h"
#include "common/SystemClock.h"
#include "journal/JournalCodec.h"
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
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

namespace {

using Run = WebhookctlRun;

const QString kPatchLimit = QStringLiteral("PATCH /api/v1/webhooks/{id}=4/1s");

}  // namespace

class TestJournalCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;  // XDG_DATA_HOME (journals) and XDG_CONFIG_HOME (profiles)
    SandboxProcess m_sandbox;
    QString m_base;
    QByteArray m_key;
    QByteArray m_slowKey;

    static QString ctl() { return QStringLiteral(WEBHOOK_BIN_DIR "/webhookctl"); }
    static QString profileJournal(const QString &profile) { return JournalLocation::filePathForProfile(profile); }

    static QProcessEnvironment environment() { return WebhookctlRun::environment(); }

    Run run(const QStringList &args, const QByteArray &input = {})
    {
        return WebhookctlRun::run(args, environment(), input);
    }

    // With the profile "main" (key from the keychain).
    Run ctlMain(QStringList args, const QByteArray &input = {})
    {
        args << QStringLiteral("--profile") << QStringLiteral("main");
        return run(args, input);
    }

    // Subscriptions straight over HTTP (fast set-up), honouring 429s.
    QList<qint64> createMany(int n, const QString &tag) { return createMany(n, tag, m_base, m_key); }
    QList<qint64> createMany(int n, const QString &tag, const QString &base, const QByteArray &key)
    {
        QNetworkAccessManager nam;
        QList<qint64> ids;
        while (ids.size() < n) {
            QNetworkRequest request(QUrl(base + QStringLiteral("/api/v1/webhooks/")));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader("X-API-Key", key);
            std::unique_ptr<QNetworkReply> reply(nam.post(
                request,
                QJsonDocument(QJsonObject{{QStringLiteral("url"),
                                           QStringLiteral("https://example.com/%1/%2").arg(tag).arg(ids.size())}})
                    .toJson()));
            QSignalSpy finished(reply.get(), &QNetworkReply::finished);
            if (!finished.wait(30000))
                return {};
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 429)  // pacing, not waiting for something: the server asks for this pause
                QTest::qWait(qMax(1, reply->rawHeader("Retry-After").toInt()) * 1000);
            else if (status == 200)
                ids << qint64(
                    QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("id")).toDouble());
            else
                return {};
        }
        return ids;
    }

    // The sandbox's request log (after `log`) up to a marker request sent now. It handles and logs
    // requests in the order they arrive, so whatever reached it before the marker is logged above
    // the marker's line: a request that wrongly went out has been logged by then.
    static QByteArray logThroughMarker(SandboxProcess &sandbox, const QByteArray &key, QByteArray log = {})
    {
        const QByteArray marker("GET /api/v1/webhooks/types ");
        log += sandbox.process()->readAllStandardError();
        const qsizetype before = log.count(marker);
        SandboxHttp http(sandbox.baseUrl());
        if (http.get(QStringLiteral("/api/v1/webhooks/types"), key).status != 200)
            qWarning("the marker request was not answered");
        (void)QTest::qWaitFor(
            [&] {
                log += sandbox.process()->readAllStandardError();
                return log.count(marker) > before;
            },
            30000);
        return log;
    }

    // The server's view: subscription id -> enabled.
    QMap<qint64, bool> serverState(const QString &profile = QStringLiteral("main"))
    {
        const Run r = run({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--profile"), profile});
        QMap<qint64, bool> state;
        for (const QJsonValue &v : r.json().array()) {
            const QJsonObject o = v.toObject();
            state.insert(qint64(o.value(QStringLiteral("id")).toDouble()), o.value(QStringLiteral("enabled")).toBool());
        }
        return state;
    }

    // Entries per state, read-only, while webhookctl may be writing the file.
    static QMap<QString, int> peekStates(const QString &path)
    {
        QMap<QString, int> counts;
        const QString name = QStringLiteral("peek");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT state, count(*) FROM journal GROUP BY state"))) {
                    while (q.next())
                        counts.insert(q.value(0).toString(), q.value(1).toInt());
                }
                q.finish();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return counts;
    }

    static QByteArray idsText(const QList<qint64> &ids)
    {
        QByteArray text;
        for (qint64 id : ids)
            text += QByteArray::number(id) + '\n';
        return text;
    }

    bool addProfile(const QString &name, const QString &base, const QByteArray &key)
    {
        const Run r = run({QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--base-url"), base,
                           QStringLiteral("--api-key-stdin")},
                          key + '\n');
        if (r.exitCode != 0)
            qWarning().noquote() << r.describe();
        return r.exitCode == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(QFile::exists(ctl()), "webhookctl is not built");
        // This process and every webhookctl it starts agree on where journals and profiles live.
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
        QVERIFY2(m_sandbox.start({QStringLiteral("--rate-window"), QStringLiteral("3s")}),
                 qPrintable(m_sandbox.standardError()));
        m_base = m_sandbox.baseUrl().toString();
        m_key = m_sandbox.apiKey();
        QVERIFY(addProfile(QStringLiteral("main"), m_base, m_key));
        QVERIFY(profileJournal(QStringLiteral("main")).startsWith(m_home.path()));
    }

    void helpNamesTheJournalCommands()
    {
        for (const char *command : {"pending", "resume", "requeue", "discard"}) {
            const Run r = run({QString::fromLatin1(command), QStringLiteral("--help")});
            QVERIFY2(r.exitCode == 0 && r.out.contains("Usage: webhookctl " + QByteArray(command)),
                     qPrintable(r.describe()));
        }
        const Run r = run({QStringLiteral("--help")});
        QVERIFY(r.out.contains("pending"));
        QVERIFY(r.out.contains("  8  the pending-writes journal"));
    }

    void writesAreRecordedAndConfirmed()
    {
        Run r = ctlMain(
            {QStringLiteral("create"), QStringLiteral("https://example.com/recorded"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const qint64 id = qint64(r.json().object().value(QStringLiteral("id")).toDouble());
        r = ctlMain(
            {QStringLiteral("update"), QString::number(id), QStringLiteral("--description"), QStringLiteral("d")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = ctlMain({QStringLiteral("pending")});
        QVERIFY2(r.exitCode == 0 && r.out.contains("No pending writes"), qPrintable(r.describe()));
        r = ctlMain({QStringLiteral("pending"), QStringLiteral("--all"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray all = r.json().array();
        QVERIFY(all.size() >= 2);
        const QJsonObject create = all.at(all.size() - 2).toObject();
        QCOMPARE(create.value(QStringLiteral("kind")).toString(), QStringLiteral("create"));
        QCOMPARE(create.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(create.value(QStringLiteral("send_count")).toInt(), 1);
        QCOMPARE(qint64(create.value(QStringLiteral("result_id")).toDouble()), id);
        const QJsonObject edit = all.last().toObject();
        QCOMPARE(edit.value(QStringLiteral("kind")).toString(), QStringLiteral("edit"));
        QCOMPARE(qint64(edit.value(QStringLiteral("subscription_id")).toDouble()), id);
        QCOMPARE(edit.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(edit.value(QStringLiteral("send_count")).toInt(), 1);  // marked sent as the PATCH left
    }

    // (a) kill -9 in the middle of a bulk disable; pending shows exactly what is unconfirmed, resume
    // sends each of those once and nothing that was confirmed.
    void killedBulkJobIsResumedOnce()
    {
        const int n = 24;
        const QList<qint64> ids = createMany(n, QStringLiteral("bulk"));
        QCOMPARE(ids.size(), n);
        const QString journal = profileJournal(QStringLiteral("main"));
        const int doneBefore = peekStates(journal).value(QStringLiteral("done"));

        QProcess process;
        process.setProcessEnvironment(environment());
        QSignalSpy exited(&process, &QProcess::finished);
        // Four PATCHes a second: the job takes about six seconds.
        process.start(ctl(),
                      {QStringLiteral("disable"), QStringLiteral("-"), QStringLiteral("--profile"),
                       QStringLiteral("main"), QStringLiteral("--rate-window"), QStringLiteral("3s"),
                       QStringLiteral("--rate-limit"), kPatchLimit});
        QVERIFY(process.waitForStarted(30000));
        process.write(idsText(ids));
        process.closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(peekStates(journal).value(QStringLiteral("done")) >= doneBefore + 5, 60000);
        QVERIFY2(exited.isEmpty(), "the bulk job finished before it could be killed");
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(exited.wait(30000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        // A request on the wire may or may not still reach the server: the log up to a marker shows
        // that whatever was going to arrive has.
        (void)logThroughMarker(m_sandbox, m_key);

        // What the journal says against what the server has.
        Run r = ctlMain({QStringLiteral("pending"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 9, qPrintable(r.describe()));
        QMap<qint64, QString> pendingState;  // subscription id -> recorded|sent
        for (const QJsonValue &v : r.json().array()) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("toggle"));
            QVERIFY(!o.value(QStringLiteral("bulk_job")).toString().isEmpty());
            QVERIFY(!o.value(QStringLiteral("uncertain")).toBool());
            pendingState.insert(qint64(o.value(QStringLiteral("subscription_id")).toDouble()),
                                o.value(QStringLiteral("state")).toString());
        }
        QVERIFY2(!pendingState.isEmpty() && pendingState.size() < n, qPrintable(r.describe()));
        const QMap<qint64, bool> server = serverState();
        int inFlight = 0;
        for (const qint64 id : ids) {
            QVERIFY(server.contains(id));
            if (server.value(id)) {
                // Still enabled on the server: the journal must list it.
                QVERIFY2(pendingState.contains(id),
                         qPrintable(QStringLiteral("id %1 enabled but not pending").arg(id)));
            } else if (pendingState.contains(id)) {
                // Applied by the server but unconfirmed: only possible for a request on the wire.
                QCOMPARE(pendingState.value(id), QStringLiteral("sent"));
                ++inFlight;
            }
        }
        QVERIFY2(inFlight <= 4, qPrintable(QString::number(inFlight)));  // the queue's in-flight cap
        const QList<qint64> pendingIds = pendingState.keys();
        // Every item of the job is either confirmed (and disabled on the server) or pending.
        r = ctlMain({QStringLiteral("pending"), QStringLiteral("--all"), QStringLiteral("--json")});
        QString job;
        QSet<qint64> confirmed;
        for (const QJsonValue &v : r.json().array()) {
            const QJsonObject o = v.toObject();
            const qint64 id = qint64(o.value(QStringLiteral("subscription_id")).toDouble());
            if (o.value(QStringLiteral("kind")).toString() != u"toggle" || !ids.contains(id))
                continue;
            QVERIFY(job.isEmpty() || job == o.value(QStringLiteral("bulk_job")).toString());
            job = o.value(QStringLiteral("bulk_job")).toString();
            if (o.value(QStringLiteral("state")).toString() == u"done") {
                confirmed.insert(id);
                QVERIFY(!server.value(id));
                QCOMPARE(o.value(QStringLiteral("send_count")).toInt(), 1);
            }
        }
        QCOMPARE(int(confirmed.size() + pendingIds.size()), n);
        qInfo("killed after %d of %d confirmed; %d pending (%d marked sent), of which %d were applied but unanswered",
              int(confirmed.size()), n, int(pendingIds.size()),
              int(std::count(pendingState.cbegin(), pendingState.cend(), QStringLiteral("sent"))), inFlight);

        // The human listing says the same.
        r = ctlMain({QStringLiteral("pending")});
        QVERIFY2(r.exitCode == 9, qPrintable(r.describe()));
        QVERIFY(r.out.contains("Disable subscription " + QByteArray::number(pendingIds.first())));
        QVERIFY(r.out.contains("webhookctl resume"));

        // Without a terminal, resume wants --yes and sends nothing.
        m_sandbox.process()->readAllStandardError();
        r = ctlMain({QStringLiteral("resume")});
        QVERIFY2(r.exitCode == 2 && r.err.contains("--yes"), qPrintable(r.describe()));

        r = ctlMain({QStringLiteral("resume"), QStringLiteral("--yes"), QStringLiteral("--json"),
                     QStringLiteral("--rate-window"), QStringLiteral("3s"), QStringLiteral("--rate-limit"),
                     kPatchLimit});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject summary = r.json().object();
        QCOMPARE(summary.value(QStringLiteral("total")).toInt(), int(pendingIds.size()));
        QCOMPARE(summary.value(QStringLiteral("succeeded")).toInt(), int(pendingIds.size()));
        QCOMPARE(summary.value(QStringLiteral("failed")).toInt(), 0);
        // The sandbox logs a request after answering it: the lines can trail the answers.
        QByteArray log;
        QTRY_VERIFY_WITH_TIMEOUT(
            (log += m_sandbox.process()->readAllStandardError()).count("PATCH /api/v1/webhooks/{id} ")
                >= pendingIds.size(),
            30000);
        // Exactly one PATCH per unconfirmed write, none for a confirmed one, and no 429.
        QCOMPARE(int(log.count("PATCH /api/v1/webhooks/{id} ")), int(pendingIds.size()));
        QCOMPARE(int(log.count("PATCH /api/v1/webhooks/{id} 200")), int(pendingIds.size()));
        QVERIFY2(!log.contains(" 429 "), log.constData());

        const QMap<qint64, bool> after = serverState();
        for (const qint64 id : ids)
            QVERIFY2(after.contains(id) && !after.value(id), qPrintable(QString::number(id)));
        r = ctlMain({QStringLiteral("pending")});
        QVERIFY2(r.exitCode == 0 && r.out.contains("No pending writes"), qPrintable(r.describe()));
        // A second resume has nothing to send.
        r = ctlMain({QStringLiteral("resume"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(!logThroughMarker(m_sandbox, m_key).contains("PATCH"));  // no PATCH was sent
    }

    // (a) The same with answers on the wire at the kill (a slow server): those toggles are "sent"
    // but unconfirmed; resume sends them again, which is safe for a toggle.
    void killedWhileAnswersAreOnTheWire()
    {
        SandboxProcess wire;
        QVERIFY2(wire.start(), qPrintable(wire.standardError()));
        const QList<qint64> ids = createMany(6, QStringLiteral("wire"), wire.baseUrl().toString(), wire.apiKey());
        QCOMPARE(ids.size(), 6);
        QVERIFY2(wire.restart({QStringLiteral("--fault-latency"), QStringLiteral("3s")}),
                 qPrintable(wire.standardError()));
        QVERIFY(addProfile(QStringLiteral("wire"), wire.baseUrl().toString(), wire.apiKey()));
        const QString journal = profileJournal(QStringLiteral("wire"));

        QProcess process;
        process.setProcessEnvironment(environment());
        QSignalSpy exited(&process, &QProcess::finished);
        process.start(
            ctl(),
            {QStringLiteral("disable"), QStringLiteral("-"), QStringLiteral("--profile"), QStringLiteral("wire")});
        QVERIFY(process.waitForStarted(30000));
        process.write(idsText(ids));
        process.closeWriteChannel();
        // The queue keeps at most four sends of one endpoint on the wire.
        QTRY_VERIFY_WITH_TIMEOUT(peekStates(journal).value(QStringLiteral("sent")) == 4, 30000);
        QVERIFY(exited.isEmpty());
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(exited.wait(30000));
        // The server applied what reached it before the kill (on a busy machine not every send the
        // journal calls sent has left the process yet) and answers each (to nobody) 3 s later; a
        // marker request sent now is answered after them, so nothing old is on its way any more.
        const QByteArray wireLog = logThroughMarker(wire, wire.apiKey());
        QVERIFY(wireLog.count("PATCH /api/v1/webhooks/{id} ") <= 4);

        Run r = run(
            {QStringLiteral("pending"), QStringLiteral("--json"), QStringLiteral("--profile"), QStringLiteral("wire")});
        QVERIFY2(r.exitCode == 9, qPrintable(r.describe()));
        QMap<QString, int> states;
        for (const QJsonValue &v : r.json().array())
            states[v.toObject().value(QStringLiteral("state")).toString()]++;
        QCOMPARE(states.value(QStringLiteral("sent")), 4);
        QCOMPARE(states.value(QStringLiteral("recorded")), 2);
        r = run({QStringLiteral("pending"), QStringLiteral("--profile"), QStringLiteral("wire")});
        QVERIFY2(r.out.contains("sent, no answer"), qPrintable(r.describe()));
        QVERIFY(!r.out.contains("check on the server"));  // only creates need that

        r = run({QStringLiteral("resume"), QStringLiteral("--yes"), QStringLiteral("--json"),
                 QStringLiteral("--profile"), QStringLiteral("wire")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json().object().value(QStringLiteral("succeeded")).toInt(), 6);
        const QMap<qint64, bool> server = serverState(QStringLiteral("wire"));
        for (const qint64 id : ids)
            QVERIFY2(server.contains(id) && !server.value(id), qPrintable(QString::number(id)));
        r = run({QStringLiteral("pending"), QStringLiteral("--profile"), QStringLiteral("wire")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }

    // A running webhookctl's recorded writes are under way, not abandoned: resume leaves them alone.
    void resumeWaitsForALiveWriter()
    {
        const QList<qint64> ids = createMany(4, QStringLiteral("live"));
        QCOMPARE(ids.size(), 4);
        const QString journal = profileJournal(QStringLiteral("main"));
        const int doneBefore = peekStates(journal).value(QStringLiteral("done"));
        m_sandbox.process()->readAllStandardError();
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(ctl(),
                      {QStringLiteral("disable"), QStringLiteral("-"), QStringLiteral("--profile"),
                       QStringLiteral("main"), QStringLiteral("--rate-limit"),
                       QStringLiteral("PATCH /api/v1/webhooks/{id}=1/1s")});
        QVERIFY(process.waitForStarted(30000));
        process.write(idsText(ids));
        process.closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(peekStates(journal).value(QStringLiteral("done")) > doneBefore, 30000);
        QCOMPARE(process.state(), QProcess::Running);

        Run r = ctlMain({QStringLiteral("resume"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 9, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("Another webhookctl (process " + QByteArray::number(process.processId())),
                 qPrintable(r.describe()));
        r = ctlMain({QStringLiteral("pending")});
        QVERIFY2(r.exitCode == 9 && r.out.contains("Another webhookctl"), qPrintable(r.describe()));

        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        // Each id once: from the bulk command only (the log lines can trail the answers).
        QByteArray log;
        QTRY_VERIFY_WITH_TIMEOUT(
            (log += m_sandbox.process()->readAllStandardError()).count("PATCH /api/v1/webhooks/{id} ") >= ids.size(),
            30000);
        QCOMPARE(int(log.count("PATCH /api/v1/webhooks/{id} ")), int(ids.size()));
        r = ctlMain({QStringLiteral("pending")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }

    // A console window with writes in flight on the same profile counts as a live writer too.
    // Two resumes started at the same moment: the check for another user and the registration are
    // one step, so exactly one of them sends; each pending create reaches the server once.
    void twoResumesAtOnceSendEachWriteOnce()
    {
        QVERIFY(addProfile(QStringLiteral("twice"), m_base, m_key));
        constexpr int kCreates = 6;
        {
            SystemClock clock;
            WriteJournal journal(profileJournal(QStringLiteral("twice")), clock);
            QVERIFY2(journal.open(), qPrintable(journal.lastError()));
            for (int i = 0; i < kCreates; ++i) {
                SubscriptionDraft draft;
                draft.url = QStringLiteral("https://example.com/twice/%1").arg(i);
                QVERIFY(journal.record(JournalCodec::create(draft)));
            }
        }
        const QStringList args{QStringLiteral("resume"), QStringLiteral("--yes"), QStringLiteral("--profile"),
                               QStringLiteral("twice")};
        QProcess first;
        QProcess second;
        for (QProcess *p : {&first, &second})
            p->setProcessEnvironment(environment());
        first.start(ctl(), args);
        second.start(ctl(), args);
        for (QProcess *p : {&first, &second}) {
            QVERIFY(p->waitForStarted(30000));
            p->closeWriteChannel();
        }
        for (QProcess *p : {&first, &second})
            QVERIFY(p->waitForFinished(180000));
        const QList<int> codes{first.exitCode(), second.exitCode()};
        // One sent them; the other found the journal claimed (9) or, started later, nothing left (0).
        QVERIFY2(codes.contains(0) && (codes.contains(9) || codes == QList<int>{0, 0}),
                 qPrintable(QString::fromUtf8(first.readAllStandardError() + second.readAllStandardError())));
        const Run list = run(
            {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--profile"), QStringLiteral("twice")});
        QMap<QString, int> created;
        for (const QJsonValue &v : list.json().array()) {
            const QString url = v.toObject().value(QStringLiteral("url")).toString();
            if (url.startsWith(QStringLiteral("https://example.com/twice/")))
                ++created[url];
        }
        QCOMPARE(created.size(), kCreates);
        for (auto it = created.constBegin(); it != created.constEnd(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        QCOMPARE(peekStates(profileJournal(QStringLiteral("twice"))).value(QStringLiteral("done")), kCreates);
    }

    void resumeWaitsForALiveConsole()
    {
        const QList<qint64> ids = createMany(2, QStringLiteral("console"));
        QCOMPARE(ids.size(), 2);
        const QString journalFile = profileJournal(QStringLiteral("main"));
        {
            // What a console killed in the middle leaves: one toggle recorded and sent.
            SystemClock clock;
            WriteJournal journal(journalFile, clock);
            QVERIFY2(journal.open(), qPrintable(journal.lastError()));
            const auto seq = journal.record(JournalCodec::toggle(ids.first(), false));
            QVERIFY(seq && journal.markSent(*seq));
        }
        JournalUserProcess console(QStringLiteral("webhook-console"), journalFile);
        QVERIFY(console.isRunning());
        Run r = ctlMain({QStringLiteral("resume"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 9, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("A webhook-console window (process " + QByteArray::number(console.pid())
                                + ") is working on"),
                 qPrintable(r.describe()));
        QCOMPARE(serverState(QStringLiteral("main")).value(ids.first()), true);  // nothing was sent

        console.stop();
        r = ctlMain({QStringLiteral("resume"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(serverState(QStringLiteral("main")).value(ids.first()), false);
    }

    // (b) A create that went out without an answer is listed as "check on the server" and never
    // re-sent by resume; once the user requeues it, resume creates it once.
    void uncertainCreateIsNotResent()
    {
        const QString url = QStringLiteral("https://example.com/uncertain");
        qint64 seq = 0;
        {
            SystemClock clock;
            WriteJournal journal(profileJournal(QStringLiteral("main")), clock);
            QVERIFY2(journal.open(), qPrintable(journal.lastError()));
            SubscriptionDraft draft;
            draft.url = url;
            const auto recorded = journal.record(JournalCodec::create(draft));
            QVERIFY(recorded);
            seq = *recorded;
            QVERIFY(journal.markSent(seq));
        }
        Run r = ctlMain({QStringLiteral("pending"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 9, qPrintable(r.describe()));
        QCOMPARE(r.json().array().size(), 1);
        const QJsonObject entry = r.json().array().at(0).toObject();
        QCOMPARE(qint64(entry.value(QStringLiteral("seq")).toDouble()), seq);
        QCOMPARE(entry.value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
        QVERIFY(entry.value(QStringLiteral("uncertain")).toBool());
        QVERIFY(entry.value(QStringLiteral("subscription_id")).isNull());
        r = ctlMain({QStringLiteral("pending")});
        QVERIFY2(r.out.contains("check on the server before resuming"), qPrintable(r.describe()));
        QVERIFY2(r.out.contains("requeue"), qPrintable(r.describe()));

        m_sandbox.process()->readAllStandardError();
        r = ctlMain({QStringLiteral("resume"), QStringLiteral("--yes"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 9, qPrintable(r.describe()));
        QCOMPARE(r.json().object().value(QStringLiteral("total")).toInt(), 0);
        const QJsonArray check = r.json().object().value(QStringLiteral("check_on_server")).toArray();
        QCOMPARE(check.size(), 1);
        QCOMPARE(qint64(check.at(0).toObject().value(QStringLiteral("seq")).toDouble()), seq);
        r = ctlMain({QStringLiteral("resume"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 9 && r.out.contains("requeue"), qPrintable(r.describe()));
        QVERIFY(!logThroughMarker(m_sandbox, m_key).contains("POST"));  // no POST was sent

        // The user checked: it is not there. Requeue, then resume creates it, once.
        r = ctlMain({QStringLiteral("requeue"), QString::number(seq)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = ctlMain({QStringLiteral("resume"), QStringLiteral("--yes"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray created = r.json().object().value(QStringLiteral("created")).toArray();
        QCOMPARE(created.size(), 1);
        QVERIFY(created.at(0)
                    .toObject()
                    .value(QStringLiteral("client_secret"))
                    .toString()
                    .startsWith(QStringLiteral("whsec_")));
        QByteArray log;  // the log line can trail the answer
        QTRY_VERIFY_WITH_TIMEOUT(
            (log += m_sandbox.process()->readAllStandardError()).contains("POST /api/v1/webhooks/ 200"), 30000);
        QCOMPARE(int(log.count("POST /api/v1/webhooks/ 200")), 1);
        r = ctlMain({QStringLiteral("pending")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

        // Unknown entries and bad numbers are refused clearly.
        r = ctlMain({QStringLiteral("requeue"), QStringLiteral("999999")});
        QVERIFY2(r.exitCode == 5 && r.err.contains("no write 999999"), qPrintable(r.describe()));
        r = ctlMain({QStringLiteral("discard"), QStringLiteral("x")});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        r = ctlMain({QStringLiteral("discard")});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    }

    // (b) The same, produced for real: webhookctl killed while its create waits for a slow server.
    void createKilledWithoutAnswerIsUncertain()
    {
        SandboxProcess slow;
        QVERIFY2(slow.start({QStringLiteral("--fault-latency"), QStringLiteral("4s")}),
                 qPrintable(slow.standardError()));
        QVERIFY(addProfile(QStringLiteral("slow"), slow.baseUrl().toString(), slow.apiKey()));
        m_slowKey = slow.apiKey();
        const QString journal = profileJournal(QStringLiteral("slow"));

        QProcess process;
        process.setProcessEnvironment(environment());
        QSignalSpy exited(&process, &QProcess::finished);
        process.start(ctl(),
                      {QStringLiteral("create"), QStringLiteral("https://example.com/slow"),
                       QStringLiteral("--profile"), QStringLiteral("slow")});
        QVERIFY(process.waitForStarted(30000));
        process.closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(peekStates(journal).value(QStringLiteral("sent")) == 1, 30000);
        QVERIFY(exited.isEmpty());
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(exited.wait(30000));

        Run r = run(
            {QStringLiteral("pending"), QStringLiteral("--json"), QStringLiteral("--profile"), QStringLiteral("slow")});
        QVERIFY2(r.exitCode == 9, qPrintable(r.describe()));
        QCOMPARE(r.json().array().size(), 1);
        QVERIFY(r.json().array().at(0).toObject().value(QStringLiteral("uncertain")).toBool());
        r = run(
            {QStringLiteral("resume"), QStringLiteral("--yes"), QStringLiteral("--profile"), QStringLiteral("slow")});
        QVERIFY2(r.exitCode == 9, qPrintable(r.describe()));
        // No second POST may come: resume would have waited for its answer, so it is logged above a
        // marker sent now.
        const QByteArray log = logThroughMarker(slow, slow.apiKey());
        QVERIFY2(log.count("POST /api/v1/webhooks/") <= 1, log.constData());
        // The user decides it is there: discard forgets it.
        const qint64 seq = qint64(QJsonDocument::fromJson(run({QStringLiteral("pending"), QStringLiteral("--json"),
                                                               QStringLiteral("--profile"), QStringLiteral("slow")})
                                                              .out)
                                      .array()
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("seq"))
                                      .toDouble());
        r = run({QStringLiteral("discard"), QString::number(seq), QStringLiteral("--profile"), QStringLiteral("slow")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = run({QStringLiteral("pending"), QStringLiteral("--profile"), QStringLiteral("slow")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }

    // (c) A damaged journal, or one that cannot be created: a clear message, exit 8, nothing sent.
    void brokenJournalSendsNothing()
    {
        const QList<qint64> ids = createMany(1, QStringLiteral("damaged"));
        QCOMPARE(ids.size(), 1);
        const QString id = QString::number(ids.first());
        QVERIFY(addProfile(QStringLiteral("damaged"), m_base, m_key));
        QVERIFY(addProfile(QStringLiteral("blocked"), m_base, m_key));
        const QString damaged = profileJournal(QStringLiteral("damaged"));
        QVERIFY(QDir().mkpath(QFileInfo(damaged).absolutePath()));
        {
            QFile file(damaged);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(8192, 'x'));
        }
        // A folder where the journal file should be: it cannot be opened or created.
        QVERIFY(QDir().mkpath(profileJournal(QStringLiteral("blocked"))));

        m_sandbox.process()->readAllStandardError();
        for (const QString &profile : {QStringLiteral("damaged"), QStringLiteral("blocked")}) {
            const QList<QStringList> commands{
                {QStringLiteral("disable"), id},
                {QStringLiteral("update"), id, QStringLiteral("--description"), QStringLiteral("never")},
                {QStringLiteral("create"), QStringLiteral("https://example.com/never")},
                {QStringLiteral("delete"), id},
                {QStringLiteral("resume"), QStringLiteral("--yes")},
                {QStringLiteral("pending")}};
            for (const QStringList &command : commands) {
                const Run r = run(command + QStringList{QStringLiteral("--profile"), profile});
                QVERIFY2(r.exitCode == 8, qPrintable(command.join(u' ') + u'\n' + r.describe()));
                QVERIFY2(r.err.contains("pending-writes journal"), qPrintable(r.describe()));
                QVERIFY2(r.err.contains("Nothing was sent"), qPrintable(r.describe()));
            }
        }
        const Run r = run({QStringLiteral("disable"), id, QStringLiteral("--profile"), QStringLiteral("damaged")});
        QVERIFY2(r.err.contains("damaged or not a journal"), qPrintable(r.describe()));
        const QByteArray log = logThroughMarker(m_sandbox, m_key);  // nothing was sent
        QVERIFY2(!log.contains("PATCH") && !log.contains("POST") && !log.contains("DELETE"), log.constData());
        QCOMPARE(serverState().value(ids.first()), true);
        // The damaged file is left as it was.
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray(8192, 'x'));
    }

    // (d) After all of the above, no file under the test HOME or the data/config folders holds a key.
    void noFileHoldsTheKey()
    {
        QStringList roots{m_home.path()};
        const QString testHome = QString::fromLocal8Bit(qgetenv("WEBHOOK_TEST_HOME"));
        if (!testHome.isEmpty())
            roots << testHome;
        int files = 0;
        for (const QString &root : roots) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray data = file.readAll();
                ++files;
                QVERIFY2(!data.contains(m_key), qPrintable(file.fileName()));
                QVERIFY2(m_slowKey.isEmpty() || !data.contains(m_slowKey), qPrintable(file.fileName()));
            }
        }
        QVERIFY(files > 0);
        QVERIFY(QFile::exists(profileJournal(QStringLiteral("main"))));
    }
};

QTEST_GUILESS_MAIN(TestJournalCommands)
#include "tst_journalcommands.moc"
