#include "journal/JournalUsers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLockFile>

#include <cerrno>
#include <csignal>

namespace {

const QString kCtl = QStringLiteral("webhookctl");
const QString kConsole = QStringLiteral("webhook-console");

// The program running as `pid` when it is one that writes journals, else empty. Checked by hand
// rather than with QLockFile::tryLock, which also calls a lock stale by its age (30 s by default)
// while its owner still runs.
QString journalWriterRunningAs(qint64 pid)
{
    if (pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno != EPERM))
        return {};
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return QCoreApplication::applicationName();  // no /proc: trust the process id
    // The kernel keeps 15 bytes of the name. A recycled process id belongs to another program.
    const QString name = QString::fromLocal8Bit(comm.readAll().trimmed());
    for (const QString &writer : {kCtl, kConsole, QCoreApplication::applicationName()}) {
        if (!writer.isEmpty() && name == writer.left(15))
            return writer;
    }
    return {};
}

}  // namespace

JournalUsers::JournalUsers(const QString &journalFilePath)
    : m_directory(journalFilePath + QStringLiteral(".users"))
{ }

JournalUsers::~JournalUsers() = default;

bool JournalUsers::enter(QString *error)
{
    const auto registered = registerLocked(false);
    if (!registered)
        *error = registered.error();
    return registered.has_value();
}

Result<QList<JournalUsers::User>> JournalUsers::claimAlone()
{
    return registerLocked(true);
}

Result<QList<JournalUsers::User>> JournalUsers::registerLocked(bool alone)
{
    if (m_own && !alone)
        return QList<User>();
    if (!QDir().mkpath(m_directory)) {
        return unexpected(QCoreApplication::translate("JournalUsers",
                                                      "Cannot create the folder %1 next to the pending-writes journal.")
                              .arg(QDir::toNativeSeparators(m_directory)));
    }
    // Held for microseconds; a holder that was killed leaves a stale lock that QLockFile takes
    // over (its process is gone).
    QLockFile claim(QDir(m_directory).filePath(QStringLiteral("claim.mutex")));
    if (!claim.tryLock(10'000)) {
        return unexpected(QCoreApplication::translate("JournalUsers", "Cannot create a lock file in %1 (error %2).")
                              .arg(QDir::toNativeSeparators(m_directory))
                              .arg(int(claim.error())));
    }
    if (alone) {
        const QList<User> busy = others();
        if (!busy.isEmpty())
            return busy;
    }
    if (m_own)
        return QList<User>();
    auto own = std::make_unique<QLockFile>(
        QDir(m_directory).filePath(QString::number(QCoreApplication::applicationPid()) + QStringLiteral(".lock")));
    if (!own->tryLock(0)) {
        return unexpected(QCoreApplication::translate("JournalUsers", "Cannot create a lock file in %1 (error %2).")
                              .arg(QDir::toNativeSeparators(m_directory))
                              .arg(int(own->error())));
    }
    m_own = std::move(own);
    return QList<User>();
}

void JournalUsers::leave()
{
    m_own.reset();  // QLockFile's destructor removes the file
}

QList<JournalUsers::User> JournalUsers::others() const
{
    QList<User> users;
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
        const QString program = journalWriterRunningAs(pid);
        if (!program.isEmpty())
            users << User{pid, program};
        else
            QFile::remove(path);  // left by a killed process
    }
    return users;
}

QString JournalUsers::describe(const User &user)
{
    if (user.program == kConsole) {
        return QCoreApplication::translate("JournalUsers", "A webhook-console window (process %1)")
            .arg(QString::number(user.pid));
    }
    return QCoreApplication::translate("JournalUsers", "Another webhookctl (process %1)")
        .arg(QString::number(user.pid));
}
