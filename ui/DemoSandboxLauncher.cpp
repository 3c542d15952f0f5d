#include "ui/DemoSandboxLauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <csignal>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace {

constexpr qsizetype kStderrTailBytes = 4096;
const QLatin1String kFolderPrefix("webhook-console-demo-");
const QLatin1String kOwnerFile("owner.pid");

// Whether `pid` is a live webhook-console (a recycled process id belongs to another program).
bool consoleAlive(qint64 pid)
{
    if (pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno != EPERM))
        return false;
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return true;  // no /proc: trust the process id
    return comm.readAll().trimmed() == QCoreApplication::applicationName().left(15).toLocal8Bit();
}

}  // namespace

DemoSandboxLauncher::DemoSandboxLauncher(const QString &executable, QObject *parent)
    : QObject(parent)
    , m_executable(executable)
    , m_dataDir(QDir(QDir::tempPath()).filePath(kFolderPrefix + QStringLiteral("XXXXXX")))
{
    if (m_dataDir.isValid()) {
        QFile owner(m_dataDir.filePath(kOwnerFile));
        if (owner.open(QIODevice::WriteOnly))
            owner.write(QByteArray::number(QCoreApplication::applicationPid()));
    }
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_LINUX
    // The child must not outlive the console, whatever ends it: a parent-death signal, set in the
    // child before exec. If the console is already gone by then, the child ends at once.
    const pid_t console = ::getpid();
    m_process.setChildProcessModifier([console] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != console)
            ::_exit(1);
    });
#endif
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoSandboxLauncher::readOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        // Request logs: keep only a short tail for error messages, never let them pile up.
        m_stderrTail += m_process.readAllStandardError();
        if (m_stderrTail.size() > kStderrTailBytes)
            m_stderrTail = m_stderrTail.right(kStderrTailBytes);
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("The demo server %1 could not be started: %2").arg(m_executable, m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        if (m_stopping)
            return;
        const QString tail = QString::fromUtf8(m_stderrTail).trimmed().section(QLatin1Char('\n'), -3);
        if (status == QProcess::CrashExit)
            fail(tr("The demo server stopped unexpectedly. %1").arg(tail));
        else
            fail(tr("The demo server exited with code %1. %2").arg(exitCode).arg(tail));
    });
}

DemoSandboxLauncher::~DemoSandboxLauncher()
{
    stop();
}

int DemoSandboxLauncher::removeLeftovers()
{
    int removed = 0;
    const QFileInfoList folders =
        QDir(QDir::tempPath()).entryInfoList({kFolderPrefix + u'*'}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &folder : folders) {
        QFile owner(QDir(folder.absoluteFilePath()).filePath(kOwnerFile));
        if (!owner.open(QIODevice::ReadOnly))
            continue;  // not ours, or being created right now
        if (consoleAlive(owner.readAll().trimmed().toLongLong()))
            continue;
        owner.close();
        if (QDir(folder.absoluteFilePath()).removeRecursively())
            ++removed;
    }
    return removed;
}

QString DemoSandboxLauncher::findNextTo(const QString &applicationDirPath)
{
    const QString candidate = QDir(applicationDirPath).filePath(QStringLiteral("webhook-sandbox"));
    const QFileInfo info(candidate);
    return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
}

void DemoSandboxLauncher::start()
{
    if (isRunning())
        return;
    m_stdout.clear();
    m_stderrTail.clear();
    m_baseUrl.clear();
    m_apiKey.clear();
    m_readySent = false;
    m_stopping = false;
    if (m_executable.isEmpty()) {
        fail(tr("The demo server (webhook-sandbox) was not found next to this program."));
        return;
    }
    if (!m_dataDir.isValid()) {
        fail(tr("No temporary folder for the demo database: %1").arg(m_dataDir.errorString()));
        return;
    }
    QStringList args{QStringLiteral("serve"),
                     QStringLiteral("--demo"),
                     QStringLiteral("--port"),
                     QStringLiteral("0"),
                     QStringLiteral("--allow-private-targets"),
                     QStringLiteral("--db"),
                     m_dataDir.filePath(QStringLiteral("demo.sqlite"))};
    args += m_extraArgs;
    m_process.start(m_executable, args);
}

void DemoSandboxLauncher::stop()
{
    if (!isRunning())
        return;
    m_stopping = true;
    m_process.terminate();
    // Bounded wait at shutdown only: the child must not outlive the window.
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

void DemoSandboxLauncher::readOutput()
{
    m_stdout += m_process.readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_stdout.indexOf('\n')) >= 0) {
        const QByteArray line = m_stdout.left(newline).trimmed();
        m_stdout.remove(0, newline + 1);
        static const QByteArray keyMarker("demo-api-key:");
        static const QByteArray urlMarker("listening:");
        if (line.startsWith(keyMarker)) {
            m_apiKey = line.mid(keyMarker.size()).trimmed();
        } else if (line.startsWith(urlMarker)) {
            m_baseUrl = QUrl(QString::fromUtf8(line.mid(urlMarker.size()).trimmed()));
        }
    }
    if (!m_readySent && m_baseUrl.isValid() && !m_baseUrl.isEmpty()) {
        m_readySent = true;
        if (m_apiKey.isEmpty()) {
            fail(tr("The demo server did not print its API key."));
            return;
        }
        Q_EMIT ready();
    }
}

void DemoSandboxLauncher::fail(const QString &message)
{
    m_readySent = true;
    Q_EMIT failed(message);
}
