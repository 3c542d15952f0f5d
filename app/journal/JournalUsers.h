#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

#include <memory>

class QLockFile;

// Which programs are sending the writes of a journal right now. Each user holds a lock file of its
// own (<journal>.users/<pid>.lock): webhookctl for the whole run of a write command, the console
// while it has writes in flight. One left by a killed process is stale (its process is gone, or
// the id now belongs to another program) and does not count. Resume, in either program, refuses
// while another user is alive: that user's recorded writes are still under way, not abandoned,
// and sending them too would send them twice.
class JournalUsers
{
public:
    struct User
    {
        qint64 pid = 0;
        QString program;  // "webhookctl" or "webhook-console"
    };

    explicit JournalUsers(const QString &journalFilePath);
    ~JournalUsers();
    JournalUsers(const JournalUsers &) = delete;
    JournalUsers &operator=(const JournalUsers &) = delete;

    // Registers this process (nothing happens when it is registered already). On failure returns
    // false with a plain *error.
    bool enter(QString *error);
    // Registers this process only if no other live user is registered, checked and registered as
    // one step across processes (two resumes started at the same moment cannot both pass). Returns
    // the other users: empty means this process is now registered; otherwise nothing changed.
    Result<QList<User>> claimAlone();
    // Unregisters this process (removes its lock file).
    void leave();
    bool isEntered() const { return m_own != nullptr; }
    // The other live users (stale lock files are removed on the way).
    QList<User> others() const;
    // "Another webhookctl (process 42)" / "A webhook-console window (process 42)", translated.
    static QString describe(const User &user);

    QString directory() const { return m_directory; }

private:
    // Registration under the folder's claim lock, so that a check and a registration of one
    // process never interleave with another's.
    Result<QList<User>> registerLocked(bool alone);

    QString m_directory;
    std::unique_ptr<QLockFile> m_own;
};
