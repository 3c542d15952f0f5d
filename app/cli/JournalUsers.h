#pragma once

#include <QList>
#include <QString>

#include <memory>

class QLockFile;

// Which webhookctl processes are working on a journal right now. Each write command holds a lock
// file of its own (<journal>.users/<pid>.lock) while it runs; one left by a killed process is stale
// (its process is gone) and does not count. `resume` refuses while another user is alive: that
// user's recorded writes are still under way, not abandoned, and sending them too would send
// them twice.
class JournalUsers
{
public:
    explicit JournalUsers(const QString &journalFilePath);
    ~JournalUsers();
    JournalUsers(const JournalUsers &) = delete;
    JournalUsers &operator=(const JournalUsers &) = delete;

    // Registers this process. On failure returns false with a plain *error.
    bool enter(QString *error);
    // Process ids of the other live users (stale lock files are removed on the way).
    QList<qint64> others() const;

private:
    QString m_directory;
    std::unique_ptr<QLockFile> m_own;
};
