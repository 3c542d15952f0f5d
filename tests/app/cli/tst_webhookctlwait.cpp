// webhookctl's --timeout against the real webhook-sandbox with its fault flags: the limit holds for
// the whole wait for one request (its retries included), the message at the end says how long it
// waited and how often it tried, the sandbox's request log shows how many attempts arrived, and a
// line per retry is written only when stderr is a terminal (a real pty, made by script(1)).

#include "kit/Require.h"
#include "kit/SandboxHttp.h"
#include "kit/SandboxProcess.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;

    QString describe() const
    {
        return QStringLiteral("exit %1 after %2 ms\nstdout: %3\nstderr: %4")
            .arg(exitCode)
            .arg(elapsedMs)
            .arg(QString::fromUtf8(out.left(2000)), QString::fromUtf8(err.left(2000)));
    }
};

QString ctl()
{
    return QStringLiteral(WEBHOOK_BIN_DIR "/webhookctl");
}

// A sandbox started with the given fault flags, its request log read as it grows.
struct FaultySandbox
{
    SandboxProcess sandbox;
    QByteArray log;

    bool start(const QStringList &faults) { return sandbox.start(faults); }
    QString base() const { return sandbox.baseUrl().toString(QUrl::StripTrailingSlash); }
    QString server() const { return sandbox.baseUrl().host() + u':' + QString::number(sandbox.baseUrl().port()); }
    // Log lines (one per answered or dropped request) that contain `text`.
    int logLines(const QByteArray &text)
    {
        log += sandbox.process()->readAllStandardError();
        int n = 0;
        for (const QByteArray &line : log.split('\n'))
            n += line.contains(text) ? 1 : 0;
        return n;
    }
};

// Runs `program` with the key in the environment, stdin closed, stdout and stderr as pipes.
Run runProcess(const QString &program, const QStringList &args, const QByteArray &key)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WEBHOOK_API_KEY"), QString::fromUtf8(key));
    process.setProcessEnvironment(env);
    QSignalSpy done(&process, &QProcess::finished);
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    Run result;
    if (!process.waitForStarted(30000))
        return result;
    process.closeWriteChannel();
    if (done.isEmpty() && !done.wait(180000)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = "webhookctl did not finish (hang)";
        return result;
    }
    result.elapsedMs = timer.elapsed();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString shellQuoted(const QString &word)
{
    QString quoted = word;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

// Runs webhookctl on a pseudo-terminal (script -qfec), so that its stderr is a terminal. Both
// streams arrive mixed on script's stdout, with the terminal's line ends; script exits with
// webhookctl's exit code.
Run runOnTerminal(const QString &script, const QStringList &args, const QByteArray &key)
{
    QStringList words{shellQuoted(ctl())};
    for (const QString &arg : args)
        words << shellQuoted(arg);
    return runProcess(script, {QStringLiteral("-qfec"), words.join(u' '), QStringLiteral("/dev/null")}, key);
}

}  // namespace

class TestWebhookctlWait : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(ctl()), "webhookctl is not built"); }

    // A server that answers nothing within the limit: one request, 2 s in all, then exit 6 with
    // the time and the attempts; four full attempts (as before) would take over 8 s.
    void theTimeoutIsTheWholeWait()
    {
        FaultySandbox server;
        QVERIFY2(server.start({QStringLiteral("--fault-latency"), QStringLiteral("8s")}),
                 qPrintable(server.sandbox.standardError()));
        const Run r = runProcess(ctl(),
                                 {QStringLiteral("get"), QStringLiteral("1"), QStringLiteral("--timeout"),
                                  QStringLiteral("2s"), QStringLiteral("--base-url"), server.base()},
                                 server.sandbox.apiKey());
        QVERIFY2(r.exitCode == 6, qPrintable(r.describe()));
        const QString expected = QStringLiteral("No answer from %1 after 2 s (1 attempt).").arg(server.server());
        QVERIFY2(QString::fromUtf8(r.err).contains(expected), qPrintable(r.describe()));
        QVERIFY2(!r.err.contains("trying again"), qPrintable(r.describe()));  // stderr is not a terminal
        // A behaviour check with generous slack, not a speed goal: four attempts took over 8 s.
        QVERIFY2(r.elapsedMs < 2000 + 3000, qPrintable(r.describe()));

        // The sandbox logs a request when it answers it, 8 s late. A request sent after webhookctl
        // ended is answered (and logged) after every request that arrived before it.
        SandboxHttp http(server.sandbox.baseUrl());
        QCOMPARE(http.get(QStringLiteral("/api/v1/webhooks/types"), server.sandbox.apiKey()).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(server.logLines("GET /api/v1/webhooks/types"), 1, 30000);
        QCOMPARE(server.logLines("GET /api/v1/webhooks/{id}"), 1);
    }

    // 503 on every request: the retries are quick, so all four fit into the default wait. The
    // final message says how often and how long; on a pipe nothing else is written.
    void retriesAreCountedInTheMessage()
    {
        FaultySandbox server;
        QVERIFY2(server.start({QStringLiteral("--fault-5xx-share"), QStringLiteral("1")}),
                 qPrintable(server.sandbox.standardError()));
        const Run r =
            runProcess(ctl(), {QStringLiteral("get"), QStringLiteral("1"), QStringLiteral("--base-url"), server.base()},
                       server.sandbox.apiKey());
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(QString::fromUtf8(r.err).contains(QRegularExpression(QStringLiteral("Tried 4 times in [0-9.]+ s\\."))),
                 qPrintable(r.describe()));
        QVERIFY2(!r.err.contains("trying again"), qPrintable(r.describe()));
        QCOMPARE(r.err.count('\n'), 1);  // one line: the message
        // Answered at once, so logged before webhookctl had its last answer.
        QCOMPARE(server.logLines("(fault: 5xx)"), 4);
    }

    // On a terminal each retry gets a line on stderr before it starts.
    void retriesAreShownOnATerminal()
    {
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        WEBHOOK_REQUIRE(!script.isEmpty(), "script(1) (bsdutils) makes the pseudo-terminal");
        FaultySandbox server;
        QVERIFY2(server.start({QStringLiteral("--fault-5xx-share"), QStringLiteral("1")}),
                 qPrintable(server.sandbox.standardError()));
        const Run r = runOnTerminal(
            script, {QStringLiteral("get"), QStringLiteral("1"), QStringLiteral("--base-url"), server.base()},
            server.sandbox.apiKey());
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        const QString text = QString::fromUtf8(r.out);
        for (int attempt = 2; attempt <= 4; ++attempt) {
            const QString line =
                QStringLiteral("The server answered 503; trying again (attempt %1 of 4)…").arg(attempt);
            QVERIFY2(text.count(line) == 1, qPrintable(r.describe()));
        }
        QVERIFY2(!text.contains(QStringLiteral("(attempt 5")), qPrintable(r.describe()));
        QVERIFY2(text.contains(QStringLiteral("Tried 4 times")), qPrintable(r.describe()));
        QCOMPARE(server.logLines("(fault: 5xx)"), 4);
    }
};

QTEST_GUILESS_MAIN(TestWebhookctlWait)
#include "tst_webhookctlwait.moc"
