#include "kit/JournalUserProcess.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QStandardPaths>

JournalUserProcess::JournalUserProcess(const QString &program, const QString &journalFilePath)
    : m_lockPath(QDir(journalFilePath + QStringLiteral(".users")).filePath(QStringLiteral("%1.lock")))
{
    const QString sleep = QStandardPaths::findExecutable(QStringLiteral("sleep"));
    const QString link = m_bin.filePath(program);
    if (sleep.isEmpty() || !QFile::link(sleep, link))
        return;
    m_process.start(link, {QStringLiteral("600")});
    if (!m_process.waitForStarted(30000))
        return;
    QDir().mkpath(journalFilePath + QStringLiteral(".users"));
    // A real QLockFile's content (pid, program, host, machine id), with the child's process id.
    const QString path = m_lockPath.arg(pid());
    const QString scratch = m_bin.filePath(QStringLiteral("scratch.lock"));
    {
        QLockFile own(scratch);
        if (!own.tryLock(0))
            return;
        QFile in(scratch);
        if (!in.open(QIODevice::ReadOnly))
            return;
        QList<QByteArray> lines = in.readAll().split('\n');
        lines[0] = QByteArray::number(pid());
        if (lines.size() > 1)
            lines[1] = program.toUtf8();
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return;
        out.write(lines.join('\n'));
    }
    m_ok = true;
}

JournalUserProcess::~JournalUserProcess()
{
    stop();
}

void JournalUserProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(30000);
}
