// The local demo's server never outlives the console: the real webhook-console (offscreen) with
// --demo, ended by TERM (a logout) and by kill -9 (a crash); afterwards no demo server runs and no
// demo folder is left (a folder a killed console could not remove goes at the next start).

#include "ui/DemoSandboxLauncher.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

namespace {

constexpr int kWait = 60'000;

// The webhook-sandbox processes whose parent is `parent`.
QList<pid_t> sandboxChildrenOf(qint64 parent)
{
    QList<pid_t> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const pid_t pid = pid_t(entry.toLongLong(&numeric));
        if (!numeric)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid ...": comm may hold spaces, so read after the last ')'.
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        const QByteArray comm = line.mid(line.indexOf('(') + 1, close - line.indexOf('(') - 1);
        const QList<QByteArray> rest = line.mid(close + 2).split(' ');
        if (comm == "webhook-sandbox" && rest.size() > 1 && rest.at(1).toLongLong() == parent)
            children << pid;
    }
    return children;
}

// Running: exists and is not a zombie waiting for a parent (init in a container may never reap).
bool running(pid_t pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    return line.mid(line.lastIndexOf(')') + 2, 1) != "Z";
}

}  // namespace

class TstDemoSandboxLauncher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void termClosesConsoleAndDemo();
    void killedConsoleTakesItsDemoAlong();

private:
    void startConsole(const QStringList &args);
    QStringList demoFolders() const;

    std::unique_ptr<QTemporaryDir> m_tmp;  // TMPDIR, HOME and XDG folders of the console
    std::unique_ptr<QProcess> m_console;
};

void TstDemoSandboxLauncher::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
}

void TstDemoSandboxLauncher::cleanup()
{
    if (m_console && m_console->state() != QProcess::NotRunning) {
        m_console->kill();
        m_console->waitForFinished(10000);
    }
    m_console.reset();
}

void TstDemoSandboxLauncher::startConsole(const QStringList &args)
{
    m_console = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("TMPDIR"), m_tmp->path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_tmp->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_tmp->filePath(QStringLiteral("config")));
    m_console->setProcessEnvironment(env);
    m_console->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_console->start(QStringLiteral(WEBHOOK_BIN_DIR "/webhook-console"), args);
    QVERIFY(m_console->waitForStarted(30000));
}

QStringList TstDemoSandboxLauncher::demoFolders() const
{
    return QDir(m_tmp->path()).entryList({QStringLiteral("webhook-console-demo-*")}, QDir::Dirs);
}

void TstDemoSandboxLauncher::termClosesConsoleAndDemo()
{
    startConsole({QStringLiteral("--demo")});
    const qint64 console = m_console->processId();
    QTRY_COMPARE_WITH_TIMEOUT(sandboxChildrenOf(console).size(), 1, kWait);
    const pid_t sandbox = sandboxChildrenOf(console).constFirst();
    QCOMPARE(demoFolders().size(), 1);

    QSignalSpy finished(m_console.get(), &QProcess::finished);
    ::kill(pid_t(console), SIGTERM);
    QVERIFY(finished.wait(kWait));
    QCOMPARE(m_console->exitStatus(), QProcess::NormalExit);  // closed itself, not killed by the signal
    QVERIFY(!running(sandbox));
    QCOMPARE(demoFolders(), QStringList());
}

void TstDemoSandboxLauncher::killedConsoleTakesItsDemoAlong()
{
    startConsole({QStringLiteral("--demo")});
    const qint64 console = m_console->processId();
    QTRY_COMPARE_WITH_TIMEOUT(sandboxChildrenOf(console).size(), 1, kWait);
    const pid_t sandbox = sandboxChildrenOf(console).constFirst();

    QSignalSpy finished(m_console.get(), &QProcess::finished);
    ::kill(pid_t(console), SIGKILL);
    QVERIFY(finished.wait(kWait));
    // The kernel ends the orphan (its parent-death signal).
    QTRY_VERIFY_WITH_TIMEOUT(!running(sandbox), kWait);
    // Its folder outlives a console that had no chance to remove it ...
    QCOMPARE(demoFolders().size(), 1);
    // ... until the next start of a console, demo or not.
    startConsole({});
    QTRY_COMPARE_WITH_TIMEOUT(demoFolders(), QStringList(), kWait);
}

QTEST_GUILESS_MAIN(TstDemoSandboxLauncher)
#include "tst_demosandboxlauncher.moc"
