// ConsoleSession's journal against the real webhookctl binary and the real webhook-sandbox: both
// programs file a server's pending writes under one name, with and without a profile, so each
// lists what the other left; journals of the names earlier versions used are taken over on first
// open; finished entries are cleaned up there too.

#include "kit/SandboxProcess.h"

#include "api/ApiError.h"
#include "kit/FakeClock.h"
#include "connection/Connection.h"
#include "journal/JournalCodec.h"
#include "journal/JournalLocation.h"
#include "journal/JournalRecorder.h"
#include "journal/WriteJournal.h"
#include "profiles/ProfileStore.h"
#include "ui/ConsoleSession.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

class TstConsoleSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void consoleWriteIsPendingForWebhookctl_data();
    void consoleWriteIsPendingForWebhookctl();
    void webhookctlWriteIsPendingForTheConsole();
    void journalsOfOlderNamesAreAdopted();
    void finishedEntriesArePurgedOnOpen();

private:
    std::unique_ptr<ConsoleSession> session(const QUrl &base, const QString &profile = {});
    QString journalDirectory() const { return JournalLocation::directory(); }
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run ctl(const QStringList &args);

    QTemporaryDir m_home;
    FakeClock m_clock;
    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxProcess> m_sandbox;
};

void TstConsoleSession::initTestCase()
{
    QVERIFY(m_home.isValid());
    // This process and every webhookctl it starts agree on where journals and profiles live.
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
    QVERIFY(journalDirectory().startsWith(m_home.path()));
    m_clock.setUtcStart(QDateTime::currentDateTimeUtc());
}

void TstConsoleSession::init()
{
    QDir(journalDirectory()).removeRecursively();
}

void TstConsoleSession::cleanup()
{
    m_sandbox.reset();
}

std::unique_ptr<ConsoleSession> TstConsoleSession::session(const QUrl &base, const QString &profile)
{
    auto s = std::make_unique<ConsoleSession>(&m_clock, &m_network, RateLimitPolicy::documented());
    QString error;
    if (!s->open(base, QByteArrayLiteral("key"), false, &error))
        qWarning() << error;
    s->setProfileName(profile);
    s->openJournal(journalDirectory());
    return s;
}

TstConsoleSession::Run TstConsoleSession::ctl(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("WEBHOOK_API_KEY"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(WEBHOOK_BIN_DIR "/webhookctl"), args);
    Run run;
    if (!process.waitForStarted(30000) || !process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TstConsoleSession::consoleWriteIsPendingForWebhookctl_data()
{
    QTest::addColumn<QString>("profile");
    QTest::newRow("no profile") << QString();
    QTest::newRow("profile") << QStringLiteral("staging");
}

// A write the console recorded and never confirmed (its process died) is what webhookctl's
// `pending` lists for the same server address, through a profile or without one.
void TstConsoleSession::consoleWriteIsPendingForWebhookctl()
{
    QFETCH(QString, profile);
    const QUrl base(QStringLiteral("http://127.0.0.1:9/"));
    QStringList where{QStringLiteral("--base-url"), base.toString()};
    if (!profile.isEmpty()) {
        ProfileStore store;
        QString error;
        Profile p;
        p.name = profile;
        p.baseUrl = base;
        QVERIFY2(store.save(p, &error), qPrintable(error));
        where = QStringList{QStringLiteral("--profile"), profile};
    }
    {
        auto console = session(base, profile);
        QVERIFY(console->journal());
        QVERIFY(console->connection().recorder()->record(JournalCodec::toggle(42, false)));
    }
    const Run r = ctl(QStringList{QStringLiteral("pending"), QStringLiteral("--json")} + where);
    QVERIFY2(r.exitCode == 9, r.out + r.err);
    const QJsonArray pending = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.at(0).toObject().value(QStringLiteral("subscription_id")).toInt(), 42);
    QCOMPARE(pending.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("toggle"));
}

// The other way round: webhookctl killed while its PATCH waits for the (late) answer leaves a sent
// entry, which a console session without a profile for that address lists.
void TstConsoleSession::webhookctlWriteIsPendingForTheConsole()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->start({QStringLiteral("--fault-latency"), QStringLiteral("30s")}),
             qPrintable(m_sandbox->standardError()));
    const QUrl base = m_sandbox->baseUrl();
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WEBHOOK_API_KEY"), QString::fromUtf8(m_sandbox->apiKey()));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(WEBHOOK_BIN_DIR "/webhookctl"),
                  {QStringLiteral("disable"), QStringLiteral("7"), QStringLiteral("--base-url"), base.toString()});
    QVERIFY(process.waitForStarted(30000));
    process.closeWriteChannel();
    const QString path = WriteJournal::filePathFor(journalDirectory(), JournalLocation::journalName({}, base));
    const auto sentCount = [&path, this] {
        if (!QFile::exists(path))
            return 0;
        WriteJournal peek(path, m_clock);
        if (!peek.open())
            return 0;
        const auto all = peek.all();
        return all && !all->isEmpty() && all->constFirst().state == JournalEntry::State::Sent ? 1 : 0;
    };
    QTRY_COMPARE_WITH_TIMEOUT(sentCount(), 1, 60000);
    ::kill(pid_t(process.processId()), SIGKILL);
    QVERIFY(process.waitForFinished(30000));

    auto console = session(base);
    QVERIFY(console->journal());
    QCOMPARE(console->journal()->filePath(), path);
    const auto unconfirmed = console->journal()->unconfirmed();
    QVERIFY(unconfirmed);
    QCOMPARE(unconfirmed->size(), 1);
    QCOMPARE(unconfirmed->constFirst().write.subscriptionId, std::optional<qint64>(7));
    QCOMPARE(unconfirmed->constFirst().state, JournalEntry::State::Sent);
}

// Earlier versions filed a server's journal as "(server) URL" (the console) and "url:URL" with
// the user info kept (webhookctl). Both are taken over, whole, on first open, and only once.
void TstConsoleSession::journalsOfOlderNamesAreAdopted()
{
    const QUrl base(QStringLiteral("https://user@hooks.example.com/"));
    const QStringList legacy{QStringLiteral("(server) https://hooks.example.com/"),
                             QStringLiteral("url:https://user@hooks.example.com/")};
    for (const QString &name : legacy)
        QVERIFY2(JournalLocation::legacyNames({}, base).contains(name), qPrintable(name));
    qint64 n = 1;
    for (const QString &name : legacy) {
        WriteJournal old(WriteJournal::filePathFor(journalDirectory(), name), m_clock);
        QVERIFY2(old.open(), qPrintable(old.lastError()));
        const auto seq = old.record(JournalCodec::toggle(n++, false));
        QVERIFY(seq);
        QVERIFY(old.markSent(*seq));
        QVERIFY(old.record(JournalCodec::remove(n++)));
    }
    // The new name's journal exists already too (webhookctl used it): all three merge.
    {
        WriteJournal current(WriteJournal::filePathFor(journalDirectory(), JournalLocation::journalName({}, base)),
                             m_clock);
        QVERIFY(current.open());
        QVERIFY(current.record(JournalCodec::toggle(99, true)));
    }
    {
        auto console = session(base);
        QVERIFY2(console->journal(), qPrintable(console->journalError()));
        const auto entries = console->journal()->unconfirmed();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 5);
        QSet<qint64> ids;
        int sent = 0;
        for (const JournalEntry &e : *entries) {
            ids.insert(*e.write.subscriptionId);
            sent += e.state == JournalEntry::State::Sent ? 1 : 0;
        }
        QCOMPARE(ids, (QSet<qint64>{1, 2, 3, 4, 99}));
        QCOMPARE(sent, 2);  // states are kept
    }
    for (const QString &name : legacy)
        QVERIFY(!QFile::exists(WriteJournal::filePathFor(journalDirectory(), name)));
    // A second open adopts nothing twice.
    auto again = session(base);
    QCOMPARE(again->journal()->unconfirmedCount(), std::optional<int>(5));
}

void TstConsoleSession::finishedEntriesArePurgedOnOpen()
{
    const QUrl base(QStringLiteral("https://hooks.example.com"));
    {
        auto console = session(base);
        WriteJournal *journal = console->journal();
        QVERIFY(journal);
        const auto old = journal->record(JournalCodec::toggle(1, false));
        QVERIFY(journal->markDone(*old));
        m_clock.advance(qint64(WriteJournal::kDefaultKeepDays + 1) * 24 * 3600 * 1000);
        const auto recent = journal->record(JournalCodec::toggle(2, false));
        QVERIFY(journal->markDone(*recent));
        QVERIFY(journal->record(JournalCodec::toggle(3, false)));
    }
    auto console = session(base);
    const auto all = console->journal()->all();
    QVERIFY(all);
    QCOMPARE(all->size(), 2);  // the confirmed one older than 90 days is gone; the recent and the pending stay
    QCOMPARE(*all->at(0).write.subscriptionId, 2);
    QCOMPARE(*all->at(1).write.subscriptionId, 3);

    // A shorter time chosen for this journal is followed at the next open.
    QVERIFY(console->journal()->setKeepDays(1));
    console.reset();
    m_clock.advance(2 * 24 * 3600 * 1000);
    auto later = session(base);
    const auto left = later->journal()->all();
    QVERIFY(left);
    QCOMPARE(left->size(), 1);
    QCOMPARE(*left->at(0).write.subscriptionId, 3);
}

QTEST_MAIN(TstConsoleSession)
#include "tst_consolesession.moc"
