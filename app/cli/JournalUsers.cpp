#include "cli/JournalUsers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLockFile>

#include <cerrno>
#include <csignal>

namespace {

// Whether `pid` is a running webhookctl. Checked by hand rather than with QLockFile::tryLock,
// which also calls a lock stale by its age (30 s by default) while its owner still runs.
bool isRunningWebhookctl(qint64 pid)
{
    if (pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno != EPERM))
        return false;
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return true;  // no /proc: trust the process id
    // A recycled process id belongs to another program.
    return comm.readAll().trimmed() == QCoreApplication::applicationName().toLocal8Bit().left(15);
}

} // namespace

JournalUsers::JournalUsers(const QString &journalFilePath)
    : m_directory(journalFilePath + QStringLiteral(".users"))
{
}

JournalUsers::~JournalUsers() = default;

bool JournalUsers::enter(QString *error)
{
    if (!QDir().mkpath(m_directory)) {
        *error = QCoreApplication::translate("JournalUsers", "Cannot create the folder %1 next to the pending-writes journal.")
                     .arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    auto own = std::make_unique<QLockFile>(
        QDir(m_directory).filePath(QString::number(QCoreApplication::applicationPid()) + QStringLiteral(".lock")));
    if (!own->tryLock(0)) {
        *error = QCoreApplication::translate("JournalUsers", "Cannot create a lock file in %1 (error %2).")
                     .arg(QDir::toNativeSeparators(m_directory))
                     .arg(int(own->error()));
        return false;
    }
    m_own = std::move(own);
    return true;
}

QList<qint64> JournalUsers::others() const
{
    QList<qint64> pids;
    const QString ownName = QString::number(QCoreApplication::applicationPid()) + QStringLiteral(".lock");
    const QStringList files = QDir(m_directory).entryList({QStringLiteral("*.lock")}, QDir::Files);
    for (const QString &name : files) {
        if (name == ownName)
            continue;
        const QString path = QDir(m_directory).filePath(name);
        QLockFile other(path);
        qint64 pid = 0;
        QString host;
        QString app;
        if (!other.getLockInfo(&pid, &host, &app))
            continue;  // being written or removed right now
        if (isRunningWebhookctl(pid))
            pids << pid;
        else
            QFile::remove(path);  // left by a killed process
    }
    return pids;
}
