// Security check: after a session that stores and uses an API key, the key is nowhere it must not
// be. The real programs run as children against the real sandbox and a throwaway gnome-keyring
// (KEYRING, tests/with-keyring.sh), with every debug log category switched on:
//  - while webhookctl, webhook-console and the demo sandbox the console starts are running, their
//    /proc/<pid>/cmdline and /proc/<pid>/environ (and those of any descendant) hold no key;
//  - their stdout and stderr (verbose logs), and the sandbox's request log, hold no key;
//  - webhookctl killed by SIGSEGV/SIGABRT/SIGQUIT while it waits for an answer prints no key;
//  - afterwards no file under the test HOME, the XDG directories or the journal directory holds it.
// "Holds the key" means: the key, its secret part, hex, base64 (standard and URL-safe, at every
// byte alignment) or UTF-16, or anything shaped like a sandbox key ("sbx_<hex>_<secret>", which also
// catches the demo key the test never sees in clear).

#include "api/ApiClient.h"
#include "kit/SandboxProcess.h"
#include "journal/JournalLocation.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <csignal>
#include <functional>
#include <sys/types.h>

namespace {

// The shapes in which a key could leak, precomputed once per key.
class KeyForms
{
public:
    void add(const QByteArray &key)
    {
        addForm(QStringLiteral("the key"), key);
        const qsizetype secretAt = key.lastIndexOf('_');
        if (secretAt > 0 && key.size() - secretAt > 16)
            addForm(QStringLiteral("its secret part"), key.mid(secretAt + 1));
        addForm(QStringLiteral("hex"), key.toHex());
        addForm(QStringLiteral("HEX"), key.toHex().toUpper());
        // Base64 of data that contains the key: the key's bytes can start at any offset mod 3.
        // Leading pad bytes and the last partial group change the edges, so only the middle is
        // fixed for a given alignment.
        for (const auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
            for (int shift = 0; shift < 3; ++shift) {
                const QByteArray encoded = (QByteArray(shift, '\0') + key).toBase64(options);
                const qsizetype from = shift ? 4 : 0;
                addForm(QStringLiteral("base64 (alignment %1)").arg(shift),
                        encoded.mid(from, encoded.size() - from - 4));
            }
        }
        QByteArray utf16;
        for (const char c : key)
            utf16 += QByteArray(1, c) + '\0';
        addForm(QStringLiteral("UTF-16"), utf16);
    }

    // Which form of a key (or a key-shaped string) `data` contains; empty when none.
    QString find(const QByteArray &data) const
    {
        for (const auto &[name, bytes] : m_forms) {
            if (data.contains(bytes))
                return name;
        }
        // Latin-1 maps every byte to one character, so binary data is searched as it is.
        static const QRegularExpression anyKey(QStringLiteral("sbx_[0-9a-f]{12}_[A-Za-z0-9_-]{16,}"));
        const QRegularExpressionMatch match = anyKey.match(QString::fromLatin1(data));
        if (match.hasMatch())
            return QStringLiteral("a sandbox key (%1...)").arg(match.captured().left(17));
        return {};
    }

private:
    void addForm(const QString &name, const QByteArray &bytes)
    {
        if (bytes.size() >= 16)
            m_forms.append({name, bytes});
    }

    QList<std::pair<QString, QByteArray>> m_forms;
};

QByteArray readProcFile(qint64 pid, const char *name)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();  // proc files report size 0; readAll reads to the end anyway
}

qint64 parentOf(qint64 pid)
{
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so parse after the last ')'.
    const QByteArray stat = readProcFile(pid, "stat");
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() : -1;
}

// pid and all of its descendants that are alive now.
QList<qint64> processTree(qint64 root)
{
    QHash<qint64, QList<qint64>> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (ok)
            children[parentOf(pid)].append(pid);
    }
    QList<qint64> tree{root};
    for (qsizetype i = 0; i < tree.size(); ++i)
        tree += children.value(tree.at(i));
    return tree;
}

QString programOf(qint64 pid)
{
    return QFileInfo(QFile::symLinkTarget(QStringLiteral("/proc/%1/exe").arg(pid))).fileName();
}

struct Run
{
    QByteArray out;
    QByteArray err;
    int exitCode = -1;
    bool finished = false;
    bool crashed = false;
    int samplesInUse = 0;  // /proc inspections made after the key was sent (its redacted form was logged)

    QString describe() const
    {
        return QStringLiteral("exit %1%2\nstdout: %3\nstderr (tail): %4")
            .arg(exitCode)
            .arg(crashed ? QStringLiteral(" (crashed)") : QString())
            .arg(QString::fromUtf8(out.left(1500)), QString::fromUtf8(err.right(3000)));
    }
};

}  // namespace

class TestKeyLeak : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    QByteArray m_key;
    QByteArray m_redacted;  // how the programs may show the key in logs
    QString m_base;
    KeyForms m_forms;
    QStringList m_leaks;  // every finding; cleanup() fails the test that made one
    QByteArray m_allOutput;  // stdout + stderr of every child, checked again at the end
    QSet<QString> m_inspectedWhileInUse;  // programs whose /proc was read while they held the key
    int m_inspections = 0;

    static QString bin(const char *name) { return QStringLiteral(WEBHOOK_BIN_DIR "/") + QLatin1String(name); }

    static QProcessEnvironment childEnvironment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("WEBHOOK_API_KEY"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }

    void check(const QString &where, const QByteArray &data)
    {
        const QString form = m_forms.find(data);
        if (!form.isEmpty())
            m_leaks.append(QStringLiteral("%1 holds %2").arg(where, form));
    }

    // Reads cmdline and environ of pid and of every descendant.
    void inspect(qint64 root, bool keyInUse)
    {
        for (const qint64 pid : processTree(root)) {
            const QString program = programOf(pid);
            if (program.isEmpty())
                continue;  // gone meanwhile
            ++m_inspections;
            check(QStringLiteral("/proc/%1/cmdline (%2)").arg(pid).arg(program), readProcFile(pid, "cmdline"));
            check(QStringLiteral("/proc/%1/environ (%2)").arg(pid).arg(program), readProcFile(pid, "environ"));
            if (keyInUse)
                m_inspectedWhileInUse.insert(program);
        }
    }

    // Runs a program with `input` on stdin and inspects its process tree on every turn until it ends,
    // `until` says stop (then it is terminated), or the time is up (a hang: it is killed).
    Run watch(const QString &program, const QStringList &args, const QByteArray &input,
              const std::function<bool(const Run &)> &until = {}, int timeoutMs = 120000)
    {
        Run run;
        QProcess process;
        process.setProcessEnvironment(childEnvironment());
        process.start(program, args);
        if (!process.waitForStarted(30000)) {
            run.err = "could not start " + program.toUtf8();
            return run;
        }
        const qint64 pid = process.processId();
        inspect(pid, false);
        process.write(input);
        process.closeWriteChannel();
        QElapsedTimer timer;
        timer.start();
        bool stopped = false;
        while (process.state() != QProcess::NotRunning) {
            run.out += process.readAllStandardOutput();
            run.err += process.readAllStandardError();
            const bool inUse = !m_redacted.isEmpty() && run.err.contains(m_redacted);
            inspect(pid, inUse);
            if (inUse)
                ++run.samplesInUse;
            if (until && until(run)) {
                stopped = true;
                break;
            }
            if (timer.elapsed() > timeoutMs) {
                m_leaks.append(QStringLiteral("%1 %2 did not finish (hang)").arg(program, args.join(u' ')));
                break;
            }
            QTest::qWait(10);  // the sampling period, not a wait for something; keeps the sandbox's pipes drained too
        }
        if (process.state() != QProcess::NotRunning) {
            if (stopped)
                process.terminate();
            if (!process.waitForFinished(stopped ? 15000 : 0)) {
                process.kill();
                process.waitForFinished(10000);
            }
        }
        run.finished = !stopped;
        run.out += process.readAllStandardOutput();
        run.err += process.readAllStandardError();
        run.crashed = process.exitStatus() == QProcess::CrashExit;
        run.exitCode = run.crashed ? -1 : process.exitCode();
        const QString label = QFileInfo(program).fileName() + u' ' + args.join(u' ');
        check(label + QStringLiteral(" stdout"), run.out);
        check(label + QStringLiteral(" stderr"), run.err);
        m_allOutput += run.out + run.err;
        return run;
    }

    Run ctl(const QStringList &args, const QByteArray &input = {}) { return watch(bin("webhookctl"), args, input); }

    QList<qint64> createdIds(int count)
    {
        QList<qint64> ids;
        for (int i = 0; i < count; ++i) {
            const Run r =
                ctl({QStringLiteral("create"), QStringLiteral("https://example.com/leak-%1").arg(i),
                     QStringLiteral("--description"), QStringLiteral("key leak check"), QStringLiteral("--json")});
            const qint64 id = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("id")).toInteger();
            if (r.exitCode != 0 || id <= 0) {
                m_leaks.append(QStringLiteral("create failed: ") + r.describe());
                break;
            }
            ids.append(id);
        }
        return ids;
    }

    static QStringList idArgs(const QList<qint64> &ids)
    {
        QStringList args;
        for (const qint64 id : ids)
            args << QString::number(id);
        return args;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("WEBHOOK_TEST_HOME"))
            QSKIP("needs the throwaway HOME and keyring of tests/with-keyring.sh (run it through ctest)");
        // A little latency on every answer keeps each child alive long enough to be inspected while
        // it holds the key; debug logs of the server, too.
        qputenv("QT_LOGGING_RULES", "*.debug=true");
        QVERIFY2(m_sandbox.start({QStringLiteral("--fault-latency"), QStringLiteral("150ms"),
                                  QStringLiteral("--rate-window"), QStringLiteral("2s")}),
                 qPrintable(m_sandbox.standardError()));
        m_key = m_sandbox.apiKey();
        m_redacted = ApiClient::redact(m_key).toUtf8();
        QVERIFY(m_redacted != m_key && m_redacted.size() < 10);
        m_base = m_sandbox.baseUrl().toString();
        m_forms.add(m_key);
    }

    void cleanup()
    {
        const QStringList leaks = std::exchange(m_leaks, {});
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }

    void webhookctlStoresAndUsesTheKey()
    {
        Run r = ctl({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("leakcheck"),
                     QStringLiteral("--base-url"), m_base, QStringLiteral("--api-key-stdin"),
                     QStringLiteral("--rate-window"), QStringLiteral("2s")},
                    m_key + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("keychain"), qPrintable(r.describe()));

        const QList<qint64> ids = createdIds(3);
        QCOMPARE(ids.size(), 3);
        for (const QStringList &args : {QStringList{QStringLiteral("types")}, QStringList{QStringLiteral("list")},
                                        QStringList{QStringLiteral("list"), QStringLiteral("--json")},
                                        QStringList{QStringLiteral("get"), QString::number(ids.first())},
                                        QStringList{QStringLiteral("update"), QString::number(ids.first()),
                                                    QStringLiteral("--description"), QStringLiteral("changed")},
                                        QStringList{QStringLiteral("enable")} + idArgs(ids),
                                        QStringList{QStringLiteral("profile"), QStringLiteral("list")}}) {
            r = ctl(args);
            QVERIFY2(r.exitCode == 0, qPrintable(args.join(u' ') + u'\n' + r.describe()));
        }
        // A bulk command with the ids on stdin, and the key given on stdin instead of the profile.
        r = ctl({QStringLiteral("disable"), QStringLiteral("-")}, idArgs(ids).join(u'\n').toUtf8());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = ctl({QStringLiteral("delete"), QStringLiteral("-"), QStringLiteral("--base-url"), m_base,
                 QStringLiteral("--api-key-stdin")},
                m_key + '\n' + QByteArray::number(ids.last()) + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

        // The key was used (and logged only in its redacted form), and webhookctl was inspected while
        // it held the key.
        QVERIFY2(m_allOutput.contains(m_redacted), "the verbose logs never showed the redacted key");
        QVERIFY2(m_inspectedWhileInUse.contains(QStringLiteral("webhookctl")),
                 "webhookctl was never inspected while it held the key");
    }

    void consoleWithTheProfileKey()
    {
        // The console reads the profile's key from the keychain and loads the list with it.
        int samplesAfterLoad = 0;
        const Run r = watch(
            bin("webhook-console"),
            {QStringLiteral("--profile"), QStringLiteral("leakcheck"), QStringLiteral("--rate-window"),
             QStringLiteral("2s")},
            {},
            [&](const Run &run) {
                if (run.samplesInUse > 0)
                    ++samplesAfterLoad;
                return samplesAfterLoad >= 20;
            },
            90000);
        QVERIFY2(!r.finished, qPrintable(QStringLiteral("the console ended by itself: ") + r.describe()));
        QVERIFY2(r.samplesInUse > 0, qPrintable(QStringLiteral("the console never used the key: ") + r.describe()));
        QVERIFY(m_inspectedWhileInUse.contains(QStringLiteral("webhook-console")));
    }

    void consoleDemoAndItsSandboxChild()
    {
        // --demo starts webhook-sandbox as a child, which prints a fresh demo key to the console.
        // The demo key is unknown here; the key-shaped pattern and the redacted form find it.
        static const QRegularExpression redactedForm(QStringLiteral("\\*\\*\\*\\*[A-Za-z0-9_-]{4}"));
        bool sawChild = false;
        int samplesAfterUse = 0;
        QList<qint64> children;
        QProcess console;
        console.setProcessEnvironment(childEnvironment());
        console.start(bin("webhook-console"),
                      {QStringLiteral("--demo"), QStringLiteral("--rate-window"), QStringLiteral("1s")});
        QVERIFY(console.waitForStarted(30000));
        QByteArray output;
        QElapsedTimer timer;
        timer.start();
        while (console.state() == QProcess::Running && samplesAfterUse < 20 && timer.elapsed() < 90000) {
            output += console.readAllStandardOutput() + console.readAllStandardError();
            const bool inUse = QString::fromLatin1(output).contains(redactedForm);
            for (const qint64 pid : processTree(console.processId())) {
                if (pid != console.processId() && programOf(pid) == u"webhook-sandbox") {
                    sawChild = true;
                    if (!children.contains(pid))
                        children.append(pid);
                }
            }
            inspect(console.processId(), inUse);
            if (inUse)
                ++samplesAfterUse;
            QTest::qWait(10);  // the sampling period, not a wait for something
        }
        const bool stillRunning = console.state() == QProcess::Running;
        console.terminate();
        if (!console.waitForFinished(15000)) {
            console.kill();
            console.waitForFinished(10000);
        }
        output += console.readAllStandardOutput() + console.readAllStandardError();
        // The console ended by SIGTERM without its destructors: end the demo server it left behind.
        for (const qint64 pid : std::as_const(children)) {
            if (programOf(pid) == u"webhook-sandbox")
                ::kill(pid_t(pid), SIGTERM);
        }
        check(QStringLiteral("webhook-console --demo output"), output);
        m_allOutput += output;
        QVERIFY2(
            stillRunning,
            qPrintable(QStringLiteral("the demo console ended by itself: ") + QString::fromUtf8(output.right(3000))));
        QVERIFY2(sawChild, "the demo console started no webhook-sandbox child");
        QVERIFY2(samplesAfterUse > 0,
                 qPrintable(QStringLiteral("the demo key was never used: ") + QString::fromUtf8(output.right(3000))));
        QVERIFY(m_inspectedWhileInUse.contains(QStringLiteral("webhook-sandbox")));
    }

    void crashOutputHoldsNoKey_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::addColumn<QStringList>("command");
        const QStringList list{QStringLiteral("list")};
        QTest::newRow("SIGSEGV") << SIGSEGV << list;
        QTest::newRow("SIGABRT") << SIGABRT << list;
        QTest::newRow("SIGQUIT") << SIGQUIT << list;
        // In the middle of a journaled write: the journal is scanned with the other files later.
        QTest::newRow("SIGSEGV during a write")
            << SIGSEGV << QStringList{QStringLiteral("disable"), QStringLiteral("1")};
    }

    void crashOutputHoldsNoKey()
    {
        QFETCH(int, signalNumber);
        QFETCH(QStringList, command);
        // A server that answers only after a minute: webhookctl has read the key and sent the
        // request when it logs the redacted key, and then waits. It dies right there.
        SandboxProcess slow;
        QVERIFY2(slow.start({QStringLiteral("--fault-latency"), QStringLiteral("60s")}),
                 qPrintable(slow.standardError()));
        m_forms.add(slow.apiKey());
        const QByteArray redacted = ApiClient::redact(slow.apiKey()).toUtf8();
        QProcess process;
        QProcessEnvironment env = childEnvironment();
        // Sanitizer builds (scripts/sanitize.sh): the deadly-signal report is this child's crash
        // output, so it goes to its stderr here, not to the report files where it would count as a finding.
        if (env.contains(QStringLiteral("ASAN_OPTIONS")))
            env.insert(QStringLiteral("ASAN_OPTIONS"),
                       env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":log_path=stderr"));
        process.setProcessEnvironment(env);
        process.start(bin("webhookctl"),
                      command
                          + QStringList{QStringLiteral("--base-url"), slow.baseUrl().toString(),
                                        QStringLiteral("--api-key-stdin")});
        QVERIFY(process.waitForStarted(30000));
        process.write(slow.apiKey() + '\n');
        process.closeWriteChannel();
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT(
            (err += process.readAllStandardError()).contains(redacted) || process.state() != QProcess::Running, 60000);
        QVERIFY2(
            err.contains(redacted),
            qPrintable(QStringLiteral("webhookctl never sent the request: ") + QString::fromUtf8(err.right(3000))));
        inspect(process.processId(), true);
        ::kill(pid_t(process.processId()), signalNumber);
        QVERIFY(process.waitForFinished(60000));
        err += process.readAllStandardError();
        const QByteArray out = process.readAllStandardOutput();
        // Killed by the signal, or (sanitizer builds) reported and exited non-zero.
        QVERIFY2(process.exitStatus() == QProcess::CrashExit || process.exitCode() != 0, err.right(2000).constData());
        check(QStringLiteral("stderr of the crashed webhookctl"), err);
        check(QStringLiteral("stdout of the crashed webhookctl"), out);
        m_allOutput += out + err;
        slow.stop();
        check(QStringLiteral("the slow sandbox's log"), slow.standardError().toUtf8());
    }

    void logsAndFilesHoldNoKey()
    {
        // Every child's output once more (a form split across two reads is whole here), and the
        // sandbox's own verbose request log.
        m_sandbox.stop();
        check(QStringLiteral("all captured output"), m_allOutput);
        check(QStringLiteral("the sandbox's log"), m_sandbox.standardError().toUtf8());

        // The temporary folder (tests/with-keyring.sh gives each run its own TMPDIR) and the working
        // directory (where a crashed program's core file would land) too.
        QStringList roots{qEnvironmentVariable("WEBHOOK_TEST_HOME"), QDir::homePath(), JournalLocation::directory(),
                          QDir::tempPath(), QDir::currentPath()};
        for (const char *name :
             {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"}) {
            if (!qEnvironmentVariableIsEmpty(name))
                roots << qEnvironmentVariable(name);
        }
        QSet<QString> scanned;
        bool sawProfiles = false;
        for (const QString &root : std::as_const(roots)) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = QFileInfo(it.next()).canonicalFilePath();
                if (path.isEmpty() || scanned.contains(path) || !QFileInfo(path).isFile())
                    continue;  // sockets and pipes are no files to read
                scanned.insert(path);
                sawProfiles = sawProfiles || path.endsWith(QLatin1String("/profiles.ini"));
                QFile file(path);
                if (file.open(QIODevice::ReadOnly))
                    check(path, file.readAll());
            }
        }
        qInfo("scanned %lld files; inspected /proc of %d processes (while holding the key: %s)",
              qlonglong(scanned.size()), m_inspections,
              qPrintable(QStringList(m_inspectedWhileInUse.values()).join(QStringLiteral(", "))));
        QVERIFY2(sawProfiles, "the scan did not reach the profile settings: wrong HOME?");
    }
};

QTEST_GUILESS_MAIN(TestKeyLeak)
#include "tst_keyleak.moc"
