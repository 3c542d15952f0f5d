#include "kit/Require.h"
#include "credentials/KeychainStore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstdio>
#include <optional>

// Runs against a real gnome-keyring in a throwaway D-Bus session (tests/with-keyring.sh).
// "No keychain" cases start this same executable as a child process in probe mode with a broken
// session bus address, so the real QtKeychain code meets a missing Secret Service.

namespace {

const char *const kProbeVariable = "WEBHOOK_KEYCHAIN_PROBE";

}  // namespace

class TestKeychainStore : public QObject
{
    Q_OBJECT

    static KeychainResult wait(const std::function<void(QObject *, CredentialStore::Callback)> &start)
    {
        std::optional<KeychainResult> result;
        QObject context;
        start(&context, [&result](const KeychainResult &r) { result = r; });
        // The answer (or its absence) is checked below.
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, 30000);
        if (!result) {
            KeychainResult timedOut;
            timedOut.status = KeychainResult::Status::Failed;
            timedOut.message = QStringLiteral("test: no answer within 30 s");
            return timedOut;
        }
        return *result;
    }

    KeychainStore m_store{QStringLiteral("webhook-console-test")};

    static QByteArray uniqueKey() { return "key-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces); }

    KeychainResult write(const QString &profile, const QByteArray &key)
    {
        return wait([&](QObject *ctx, CredentialStore::Callback cb) { m_store.writeKey(profile, key, ctx, cb); });
    }
    KeychainResult read(const QString &profile)
    {
        return wait([&](QObject *ctx, CredentialStore::Callback cb) { m_store.readKey(profile, ctx, cb); });
    }
    KeychainResult remove(const QString &profile)
    {
        return wait([&](QObject *ctx, CredentialStore::Callback cb) { m_store.removeKey(profile, ctx, cb); });
    }

    // Starts this executable in probe mode with the given environment changes.
    static QString runProbe(const QString &operation, const QProcessEnvironment &env)
    {
        QProcess child;
        QProcessEnvironment e = env;
        e.insert(QString::fromLatin1(kProbeVariable), operation);
        child.setProcessEnvironment(e);
        child.start(QCoreApplication::applicationFilePath(), {});
        if (!child.waitForFinished(60000)) {
            child.kill();
            child.waitForFinished();
            return QStringLiteral("hung");
        }
        return QString::fromUtf8(child.readAllStandardOutput()).trimmed();
    }

    static QProcessEnvironment withoutSessionBus()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/webhook-console-test-bus"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        return env;
    }

private Q_SLOTS:
    void writeReadRemoveRoundTrip()
    {
        const QString profile = QStringLiteral("round trip");
        const QByteArray key = uniqueKey();
        const KeychainResult written = write(profile, key);
        QVERIFY2(written.ok(), qPrintable(written.message));

        const KeychainResult got = read(profile);
        QVERIFY2(got.ok(), qPrintable(got.message));
        QCOMPARE(got.secret, key);

        const KeychainResult removed = remove(profile);
        QVERIFY2(removed.ok(), qPrintable(removed.message));
        QCOMPARE(read(profile).status, KeychainResult::Status::NotFound);
    }

    void overwriteReplacesTheKey()
    {
        const QString profile = QStringLiteral("overwrite");
        QVERIFY(write(profile, "first").ok());
        QVERIFY(write(profile, "second").ok());
        QCOMPARE(read(profile).secret, QByteArray("second"));
        QVERIFY(remove(profile).ok());
    }

    void profilesAreSeparate()
    {
        QVERIFY(write(QStringLiteral("alpha"), "key-a").ok());
        QVERIFY(write(QStringLiteral("beta"), "key-b").ok());
        QCOMPARE(read(QStringLiteral("alpha")).secret, QByteArray("key-a"));
        QCOMPARE(read(QStringLiteral("beta")).secret, QByteArray("key-b"));
        QVERIFY(remove(QStringLiteral("alpha")).ok());
        QCOMPARE(read(QStringLiteral("beta")).secret, QByteArray("key-b"));
        QVERIFY(remove(QStringLiteral("beta")).ok());
    }

    void missingEntryIsNotFoundNotUnavailable()
    {
        const KeychainResult got = read(QStringLiteral("never stored"));
        QCOMPARE(got.status, KeychainResult::Status::NotFound);
        QVERIFY(got.secret.isEmpty());
        QVERIFY(got.message.contains(QStringLiteral("never stored")));

        // Removing what is not there is not an error (the Secret Service answers Ok).
        const KeychainResult removed = remove(QStringLiteral("never stored"));
        QVERIFY2(removed.status == KeychainResult::Status::Ok || removed.status == KeychainResult::Status::NotFound,
                 qPrintable(removed.message));
    }

    void callbackSkippedWhenContextIsGone()
    {
        bool called = false;
        auto *context = new QObject;
        m_store.readKey(QStringLiteral("gone"), context, [&called](const KeychainResult &) { called = true; });
        delete context;
        // Another job queued after it on the same store: when it answers, the first has too.
        const KeychainResult later = read(QStringLiteral("gone"));
        QCOMPARE(later.status, KeychainResult::Status::NotFound);
        QVERIFY(!called);
    }

    void keyNeverLandsInAFileUnderHome()
    {
        const QByteArray home = qgetenv("WEBHOOK_TEST_HOME");
        WEBHOOK_REQUIRE(!home.isEmpty(), "needs tests/with-keyring.sh (WEBHOOK_TEST_HOME)");
        const QByteArray key = uniqueKey();
        QVERIFY(write(QStringLiteral("secret scan"), key).ok());
        QCOMPARE(read(QStringLiteral("secret scan")).secret, key);

        int scanned = 0;
        QDirIterator it(QString::fromLocal8Bit(home), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++scanned;
            const QByteArray content = file.readAll();
            QVERIFY2(!content.contains(key), qPrintable(QStringLiteral("key found in ") + path));
            QVERIFY2(!content.contains(key.toBase64()), qPrintable(QStringLiteral("base64 key found in ") + path));
        }
        QVERIFY(scanned > 0);  // the keyring file itself exists (encrypted) under the test HOME
        QVERIFY(remove(QStringLiteral("secret scan")).ok());
    }

    void noSessionBusIsUnavailable_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::newRow("write") << QStringLiteral("write");
        QTest::newRow("read") << QStringLiteral("read");
        QTest::newRow("remove") << QStringLiteral("remove");
    }

    void noSessionBusIsUnavailable()
    {
        QFETCH(QString, operation);
        const QString out = runProbe(operation, withoutSessionBus());
        QVERIFY2(out.startsWith(QStringLiteral("unavailable:")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("No keychain is available")), qPrintable(out));
        // The backend's text is the detail, not part of the plain message.
        const QStringList lines = out.split(u'\n');
        QVERIFY2(lines.size() == 2 && lines.at(1).size() > QStringLiteral("detail: ").size(), qPrintable(out));
        QVERIFY2(!lines.at(0).contains(lines.at(1).mid(8)), qPrintable(out));
    }

    // The keyring's prompts are real here: gnome-keyring asks its prompter (gcr-prompter) to show
    // them, and with no display that prompter cannot start, so the keyring dismisses the prompt. The
    // Secret Service answers that exactly as it answers a user's Cancel (Completed with
    // dismissed = true), so these children meet a dismissed prompt through the real QtKeychain code.
    static QProcessEnvironment withoutDisplay(const QTemporaryDir &home, const QString &operation)
    {
        QDir(home.path()).mkpath(QStringLiteral("run"));
        QFile::setPermissions(home.path() + QStringLiteral("/run"),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path() + QStringLiteral("/run"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
        env.insert(QString::fromLatin1(kProbeVariable), operation);
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        return env;
    }

    void dismissedPromptToCreateTheKeyringIsCancelled()
    {
        // A session bus whose Secret Service has no login keyring yet (a fresh HOME, no --unlock):
        // storing asks to create one, that prompt is dismissed, and the write must fail as
        // "cancelled" with the backend's text as the detail only, never fall back to a file.
        const QString runner = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
        WEBHOOK_REQUIRE(!runner.isEmpty(), "dbus-run-session is not installed");
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcess child;
        child.setProcessEnvironment(withoutDisplay(home, QStringLiteral("write")));
        child.start(runner, {QStringLiteral("--"), QCoreApplication::applicationFilePath()});
        QVERIFY(child.waitForFinished(90000));
        const QStringList out = QString::fromUtf8(child.readAllStandardOutput()).trimmed().split(u'\n');
        QVERIFY2(out.value(0).startsWith(QStringLiteral("cancelled:")), qPrintable(out.join(u'\n')));
        QVERIFY2(!out.value(0).contains(QStringLiteral("/org/freedesktop")), qPrintable(out.value(0)));
        QVERIFY2(out.value(1).contains(QStringLiteral("/org/freedesktop/secrets/collection/")),
                 qPrintable(out.value(1)));
    }

    void dismissedUnlockPromptIsCancelledWhenStoring()
    {
        // An unlocked keyring, locked again: storing asks to unlock it and that prompt is dismissed.
        // Reading then finds nothing: libsecret ends a lookup whose unlock prompt was dismissed
        // without an error, so QtKeychain reports a missing entry (see KeychainStore.cpp).
        const QString runner = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
        WEBHOOK_REQUIRE(!runner.isEmpty(), "dbus-run-session is not installed");
        WEBHOOK_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("dbus-send")).isEmpty(),
                        "dbus-send is not installed");
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcess child;
        child.setProcessEnvironment(withoutDisplay(home, QStringLiteral("locked")));
        const QString script = QStringLiteral(
            "echo -n throwaway | gnome-keyring-daemon --unlock --components=secrets >/dev/null; "
            "for i in $(seq 1 100); do dbus-send --session --print-reply --dest=org.freedesktop.DBus "
            "/org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null "
            "| grep -q 'boolean true' && break; sleep 0.05; done; exec \"$0\"");
        child.start(runner,
                    {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script,
                     QCoreApplication::applicationFilePath()});
        QVERIFY(child.waitForFinished(90000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
        const QStringList lines = out.split(u'\n');
        QVERIFY2(lines.value(0).startsWith(QStringLiteral("ok:")), qPrintable(out));  // stored before the lock
        QVERIFY2(lines.value(2).startsWith(QStringLiteral("cancelled:")), qPrintable(out));
        QVERIFY2(lines.value(3).contains(QStringLiteral("locked")), qPrintable(out));
        QVERIFY2(lines.value(4).startsWith(QStringLiteral("notfound:")), qPrintable(out));
    }

    void unavailableKeychainWritesNoFile()
    {
        const QByteArray home = qgetenv("WEBHOOK_TEST_HOME");
        WEBHOOK_REQUIRE(!home.isEmpty(), "needs tests/with-keyring.sh (WEBHOOK_TEST_HOME)");
        QProcessEnvironment env = withoutSessionBus();
        env.insert(QStringLiteral("WEBHOOK_PROBE_KEY"), QStringLiteral("probe-key-7f3a9c1e"));
        QVERIFY(runProbe(QStringLiteral("write"), env).startsWith(QStringLiteral("unavailable:")));
        QDirIterator it(QString::fromLocal8Bit(home), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains("probe-key-7f3a9c1e"), qPrintable(file.fileName()));
        }
    }
};

// Probe mode: one keychain operation (or the "locked" sequence), each outcome's status and message
// on one line and its detail on the next, then exit.
static int runProbeMode(int argc, char **argv, const QByteArray &operation)
{
    QCoreApplication app(argc, argv);
    KeychainStore store(QStringLiteral("webhook-console-test"));
    const QString profile = QStringLiteral("probe");
    QByteArray key = qgetenv("WEBHOOK_PROBE_KEY");
    if (key.isEmpty())
        key = "probe-key";
    auto report = [](const KeychainResult &r) {
        const char *status = "ok";
        switch (r.status) {
        case KeychainResult::Status::Ok:
            status = "ok";
            break;
        case KeychainResult::Status::NotFound:
            status = "notfound";
            break;
        case KeychainResult::Status::Cancelled:
            status = "cancelled";
            break;
        case KeychainResult::Status::Unavailable:
            status = "unavailable";
            break;
        case KeychainResult::Status::Failed:
            status = "failed";
            break;
        }
        std::printf("%s: %s\ndetail: %s\n", status, r.message.toUtf8().constData(), r.detail.toUtf8().constData());
        std::fflush(stdout);
    };
    auto reportAndQuit = [&app, report](const KeychainResult &r) {
        report(r);
        app.exit(0);
    };
    if (operation == "locked") {
        // Store a key, lock the keyring, then store another and read the first (for
        // dismissedUnlockPromptIsCancelledWhenStoring).
        store.writeKey(profile, key, &app, [&](const KeychainResult &first) {
            report(first);
            QProcess lock;  // its reply stays out of this probe's output
            lock.start(QStringLiteral("dbus-send"),
                       {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                        QStringLiteral("--dest=org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
                        QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                        QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")});
            lock.waitForFinished(30000);
            store.writeKey(QStringLiteral("probe two"), key, &app, [&](const KeychainResult &second) {
                report(second);
                store.readKey(profile, &app, reportAndQuit);
            });
        });
    } else if (operation == "write")
        store.writeKey(profile, key, &app, reportAndQuit);
    else if (operation == "read")
        store.readKey(profile, &app, reportAndQuit);
    else
        store.removeKey(profile, &app, reportAndQuit);
    return app.exec();
}

int main(int argc, char **argv)
{
    const QByteArray probe = qgetenv(kProbeVariable);
    if (!probe.isEmpty())
        return runProbeMode(argc, argv, probe);
    QCoreApplication app(argc, argv);
    TestKeychainStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainstore.moc"
