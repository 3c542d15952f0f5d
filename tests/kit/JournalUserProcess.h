#pragma once

// A live process that counts as a user of a journal (JournalUsers): `sleep` started through a
// symbolic link named like the real program ("webhookctl", "webhook-console"), so the kernel
// reports that name for it, plus the lock file such a user holds in <journal>.users/. Tests use
// it for "another program is sending these writes right now" without a second real server client.

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

class JournalUserProcess
{
public:
    JournalUserProcess(const QString &program, const QString &journalFilePath);
    ~JournalUserProcess();

    bool isRunning() const { return m_ok && m_process.state() == QProcess::Running; }
    qint64 pid() const { return m_process.processId(); }
    QString lockFile() const { return m_lockPath.arg(pid()); }

    // Ends the process and leaves its lock file behind, as a killed program would.
    void stop();

private:
    QTemporaryDir m_bin;
    QString m_lockPath;
    QProcess m_process;
    bool m_ok = false;
};
