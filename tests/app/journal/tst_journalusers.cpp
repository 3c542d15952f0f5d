// JournalUsers: who is sending a journal's writes right now. Real lock files in a temporary
// folder; the "other users" are real live processes that the kernel names webhookctl or
// webhook-console (JournalUserProcess), or processes that are gone or belong to another program.

#include "kit/JournalUserProcess.h"

#include "journal/JournalUsers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TstJournalUsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_journal = m_dir->filePath(QStringLiteral("profile.sqlite"));
    }

    void enterHoldsALockFileAndLeaveRemovesIt()
    {
        JournalUsers users(m_journal);
        QVERIFY(!users.isEntered());
        QString error;
        QVERIFY2(users.enter(&error), qPrintable(error));
        QVERIFY(users.isEntered());
        const QString own =
            QDir(users.directory())
                .filePath(QString::number(QCoreApplication::applicationPid()) + QStringLiteral(".lock"));
        QVERIFY(QFile::exists(own));
        QVERIFY2(users.enter(&error), qPrintable(error));  // again: nothing changes
        users.leave();
        QVERIFY(!users.isEntered());
        QVERIFY(!QFile::exists(own));
        users.leave();  // again: harmless
    }

    void ownProcessIsNotAnother()
    {
        JournalUsers users(m_journal);
        QString error;
        QVERIFY(users.enter(&error));
        JournalUsers second(m_journal);  // same process, another object
        QVERIFY(second.others().isEmpty());
    }

    void liveWebhookctlAndConsoleAreUsers()
    {
        JournalUserProcess ctl(QStringLiteral("webhookctl"), m_journal);
        JournalUserProcess console(QStringLiteral("webhook-console"), m_journal);
        QVERIFY(ctl.isRunning());
        QVERIFY(console.isRunning());
        JournalUsers users(m_journal);
        const QList<JournalUsers::User> others = users.others();
        QCOMPARE(others.size(), 2);
        QHash<qint64, QString> byPid;
        for (const JournalUsers::User &u : others)
            byPid.insert(u.pid, u.program);
        QCOMPARE(byPid.value(ctl.pid()), QStringLiteral("webhookctl"));
        QCOMPARE(byPid.value(console.pid()), QStringLiteral("webhook-console"));
        QCOMPARE(JournalUsers::describe({ctl.pid(), QStringLiteral("webhookctl")}),
                 QStringLiteral("Another webhookctl (process %1)").arg(ctl.pid()));
        QCOMPARE(JournalUsers::describe({console.pid(), QStringLiteral("webhook-console")}),
                 QStringLiteral("A webhook-console window (process %1)").arg(console.pid()));
    }

    // A killed user's lock file stays behind: it does not count, and it is cleaned up.
    void lockOfAGoneProcessIsStale()
    {
        JournalUserProcess ctl(QStringLiteral("webhookctl"), m_journal);
        QVERIFY(ctl.isRunning());
        const QString lock = ctl.lockFile();
        ctl.stop();
        QVERIFY(QFile::exists(lock));
        JournalUsers users(m_journal);
        QVERIFY(users.others().isEmpty());
        QVERIFY(!QFile::exists(lock));
    }

    // The process id was given to another program since: not a user either.
    void lockOfAnotherProgramIsStale()
    {
        JournalUserProcess other(QStringLiteral("not-a-writer"), m_journal);
        QVERIFY(other.isRunning());
        JournalUsers users(m_journal);
        QVERIFY(users.others().isEmpty());
        QVERIFY(!QFile::exists(other.lockFile()));
    }

    void noFolderMeansNoUsers()
    {
        JournalUsers users(m_dir->filePath(QStringLiteral("never/created.sqlite")));
        QVERIFY(users.others().isEmpty());
    }

    void unwritableFolderIsAPlainError()
    {
        QFile blocker(m_journal + QStringLiteral(".users"));  // a file where the folder should be
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        JournalUsers users(m_journal);
        QString error;
        QVERIFY(!users.enter(&error));
        QVERIFY2(error.contains(QStringLiteral("Cannot create the folder")), qPrintable(error));
        QVERIFY(!users.isEntered());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_journal;
};

QTEST_GUILESS_MAIN(TstJournalUsers)
#include "tst_journalusers.moc"
