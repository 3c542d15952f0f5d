#include "app/journal/CrashScript.h"

#include "kit/FakeClock.h"
#include "journal/JournalSchema.h"
#include "journal/WriteJournal.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

namespace {

JournalWrite toggle(qint64 id, bool enabled, const QString &job = QString())
{
    JournalWrite w;
    w.kind = JournalWrite::Kind::Toggle;
    w.subscriptionId = id;
    w.body.insert(QStringLiteral("enabled"), enabled);
    w.bulkJobId = job;
    return w;
}

JournalWrite create(const QString &url)
{
    JournalWrite w;
    w.kind = JournalWrite::Kind::Create;
    w.body.insert(QStringLiteral("url"), url);
    w.body.insert(QStringLiteral("description"), QJsonValue());
    return w;
}

JournalWrite removal(qint64 id, const QString &job = QString())
{
    JournalWrite w;
    w.kind = JournalWrite::Kind::Delete;
    w.subscriptionId = id;
    w.bulkJobId = job;
    return w;
}

QList<qint64> seqsOf(const std::optional<QList<JournalEntry>> &entries)
{
    QList<qint64> out;
    if (entries) {
        for (const JournalEntry &e : *entries)
            out << e.seq;
    }
    return out;
}

// Runs one SQL statement on a journal file behind the journal's back (to damage it on purpose).
void sqlOnFile(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("tamper");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// The in-memory replay of the first n ops of the crash script: seq -> expected entry (times left out).
QMap<qint64, JournalEntry> replay(qint64 n)
{
    QMap<qint64, JournalEntry> expected;
    const QList<crashscript::Op> ops = crashscript::ops(int(n / crashscript::kBatchSize) + 2);
    for (qint64 i = 0; i < n && i < ops.size(); ++i) {
        const crashscript::Op &op = ops.at(i);
        switch (op.type) {
        case crashscript::Op::RecordBatch:
            for (qint64 s = op.seq; s < op.seq + crashscript::kBatchSize; ++s) {
                JournalEntry e;
                e.seq = s;
                e.write = crashscript::writeFor(s);
                expected.insert(s, e);
            }
            break;
        case crashscript::Op::Sent:
            expected[op.seq].state = JournalEntry::State::Sent;
            expected[op.seq].sendCount += 1;
            break;
        case crashscript::Op::Done:
            expected[op.seq].state = JournalEntry::State::Done;
            break;
        case crashscript::Op::Failed:
            expected[op.seq].state = JournalEntry::State::Failed;
            expected[op.seq].error = crashscript::failureFor(op.seq);
            break;
        }
    }
    return expected;
}

bool sameIgnoringTimes(const QList<JournalEntry> &actual, const QMap<qint64, JournalEntry> &expected)
{
    if (actual.size() != expected.size())
        return false;
    for (const JournalEntry &a : actual) {
        if (!expected.contains(a.seq))
            return false;
        const JournalEntry &e = expected.value(a.seq);
        if (!(a.write == e.write) || a.state != e.state || a.sendCount != e.sendCount || a.error != e.error)
            return false;
    }
    return true;
}

}  // namespace

class TestWriteJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void errorNamesTheStateInTheUsersLanguage();

    void recordsAndListsUnconfirmedInOrder();
    void lifecycleSentDoneFailed();
    void markSentBatchIsAllOrNothing();
    void timestampsComeFromTheClock();
    void createSentWithoutAnswerIsUncertainNotResumed();
    void requeueHandsAnUncertainCreateOutOnce();
    void takeForResumeHandsOutEachEntryOnce();
    void resumeOfIdempotentSentWrites();
    void reopenedJournalKeepsEverything();
    void batchIsAtomic();
    void changeNeedsSubscriptionId();
    void markingUnknownOrFinishedEntriesFails();
    void discardOneAllAndBulkJob();
    void purgeFinishedByAge();
    void changedSignal();
    void originAndBeforeAreKept();
    void format1IsUpgradedKeepingEverything();
    void keepDaysIsStoredInTheFile();
    void recordedSinceByTimeAndSubscription();
    void newestFromReadsTheTail();
    void filePathsPerProfile();
    void fileIsOwnerOnlyAndCreatesDirectory();
    void notOpenGivesErrors();

    void emptyFileBecomesJournal();
    void garbageFileIsRefusedAndKept();
    void truncatedFileNeverCrashes();
    void foreignSqliteDatabaseIsRefused();
    void newerFormatIsRefused();
    void damagedRowsAreReported_data();
    void damagedRowsAreReported();
    void garbageInWalIsIgnored();
    void directoryInsteadOfFile();

    void killedWriterLeavesExactlyTheUnconfirmed_data();
    void killedWriterLeavesExactlyTheUnconfirmed();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("journal.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    FakeClock m_clock;
};

void TestWriteJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock.setUtcStart(QDateTime(QDate(2026, 11, 27), QTime(16, 0), Qt::UTC));
}

void TestWriteJournal::cleanup()
{
    m_dir.reset();
}

void TestWriteJournal::recordsAndListsUnconfirmedInOrder()
{
    WriteJournal j(path(), m_clock);
    QVERIFY2(j.open(), qPrintable(j.lastError()));
    const auto a = j.record(toggle(7, false));
    const auto b = j.record(create(QStringLiteral("https://example.test/a")));
    const auto c = j.record(removal(9));
    QVERIFY(a && b && c);
    QVERIFY(*a < *b && *b < *c);
    const auto pending = j.unconfirmed();
    QVERIFY(pending);
    QCOMPARE(seqsOf(pending), (QList<qint64>{*a, *b, *c}));
    QCOMPARE(pending->at(0).write, toggle(7, false));
    QCOMPARE(pending->at(1).write, create(QStringLiteral("https://example.test/a")));
    QCOMPARE(pending->at(1).write.subscriptionId, std::nullopt);
    QCOMPARE(pending->at(2).state, JournalEntry::State::Recorded);
    QCOMPARE(j.unconfirmedCount(), 3);
}

namespace {
// A "language" that writes the journal's messages in capitals, to see which words get translated.
class CapitalsTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return qstrcmp(context, "WriteJournal") == 0 ? QString::fromUtf8(source).toUpper() : QString();
    }
    bool isEmpty() const override { return false; }
};
}  // namespace

void TestWriteJournal::errorNamesTheStateInTheUsersLanguage()
{
    WriteJournal j(path(), m_clock);
    QVERIFY(j.open());
    const qint64 a = *j.record(toggle(1, true));
    QVERIFY(j.markSent(a));
    QVERIFY(j.markDone(a));
    CapitalsTranslator capitals;
    QVERIFY(QCoreApplication::installTranslator(&capitals));
    const bool markedAgain = j.markDone(a);
    QCoreApplication::removeTranslator(&capitals);
    QVERIFY(!markedAgain);
    // The state is a translated word, not the name the journal stores ("done").
    QVERIFY2(j.lastError().endsWith(QStringLiteral("MARKED DONE.")), qPrintable(j.lastError()));
}

void TestWriteJournal::lifecycleSentDoneFailed()
{
    WriteJournal j(path(), m_clock);
    QVERIFY(j.open());
    const qint64 a = *j.record(toggle(1, true));
    const qint64 b = *j.record(toggle(2, true));
    const qint64 c = *j.record(create(QStringLiteral("https://example.test/c")));
    QVERIFY(j.markSent(a));
    QCOMPARE(j.entry(a)->state, JournalEntry::State::Sent);
    QCOMPARE(j.entry(a)->sendCount, 1);
    QVERIFY(j.markDone(a));
    QVERIFY(j.markSent(b));
    QVERIFY(j.markFailed(b, QStringLiteral("404: Not Found")));
    QVERIFY(j.markSent(c));
    QVERIFY(j.markDone(c, 42));

    QCOMPARE(seqsOf(j.unconfirmed()), QList<qint64>{});
    QCOMPARE(seqsOf(j.failed()), QList<qint64>{b});
    QCOMPARE(j.entry(b)->error, QStringLiteral("404: Not Found"));
    QCOMPARE(j.entry(c)->resultId, 42);
    QCOMPARE(j.entry(c)->state, JournalEntry::State::Done);
    QCOMPARE(seqsOf(j.all()), (QList<qint64>{a, b, c}));
}

void TestWriteJournal::markSentBatchIsAllOrNothing()
{
    WriteJournal j(path(), m_clock);
    QVERIFY(j.open());
    const auto seqs = j.recordBatch({toggle(1, false), toggle(2, false), removal(3)});
    QVERIFY(seqs);
    QVERIFY2(j.markSentBatch(*seqs), qPrintable(j.lastError()));
    for (qint64 seq : *seqs) {
        QCOMPARE(j.entry(seq)->state, JournalEntry::State::Sent);
        QCOMPARE(j.entry(seq)->sendCount, 1);
    }
    // One entry that cannot be marked (finished already): none of the batch changes.
    const qint64 a = *j.record(toggle(4, true));
    const qint64 b = *j.record(toggle(5, true));
    QVERIFY(j.markSent(b));
    QVERIFY(j.markDone(b));
    QVERIFY(!j.markSentBatch({a, b}));
    QVERIFY(!j.lastError().isEmpty());
    QCOMPARE(j.entry(a)->state, JournalEntry::State::Recorded);
    QCOMPARE(j.entry(b)->state, JournalEntry::State::Done);
    QVERIFY(j.markSentBatch({}));
}

void TestWriteJournal::timestampsComeFromTheClock()
{
    WriteJournal j(path(), m_clock);
    QVERIFY(j.open());
    const QDateTime t0 = m_clock.utcNow();
    const qint64 a = *j.record(toggle(1, true));
    m_clock.advance(1500);
    QVERIFY(j.markSent(a));
    m_clock.advance(250);
    QVERIFY(j.markDone(a));
    const JournalEntry e = *j.entry(a);
    QCOMPARE(e.createdAt, t0);
    QCOMPARE(e.sentAt, t0.addMSecs(1500));
    QCOMPARE(e.finishedAt, t0.addMSecs(1750));
    QCOMPARE(e.createdAt.timeSpec(), Qt::UTC);
}

void TestWriteJournal::createSentWithoutAnswerIsUncertainNotResumed()
{
    WriteJournal j(path(), m_clock);
    QVERIFY(j.open());
    const qint64 created = *j.record(create(QStringLiteral("https://example.test/x")));
    const qint64 unsentCreate = *j.record(create(QStringLiteral("https://example.test/y")));
    const qint64 edit = *j.record(toggle(3, false));
    QVERIFY(j.markSent(created));
    QVERIFY(j.markSent(edit));

    const auto pending = j.unconfirmed();
    QCOMPARE(seqsOf(pending), (QList<qint64>{created, unsentCreate, edit}));
    QVERIFY(pending->at(0).isUncertain());
    QVERIFY(!pending->at(1).isUncertain());  // never sent: safe to send
    QVERIFY(!pending->at(2).isUncertain());  // a PATCH is idempotent
    QCOMPARE(seqsOf(j.uncertain()), QList<qint64>{created});
    // Resuming re-sends the edit and the unsent create, never the create that may exist already.
    QCOMPARE(seqsOf(j.takeForResume()), (QList<qint64>{unsentCreate, edit}));

    // Still flagged after a restart.
    j.close();
    WriteJournal again(path(), m_clock);
    QVERIFY(again.open());
    QCOMPARE(seqsOf(again.uncertain()), QList<qint64>{created});
    QCOMPARE(seqsOf(again.takeForResume()), (QList<qint64>{unsentCreate, edit}));
}

void TestWriteJournal::requeueHandsAnUncertainCreateOutOnce()
{
    WriteJournal j(path(), m_clock);
    QVERIFY(j.open());
    const qint64 c = *j.record(create(QStringLiteral("https://example.test/x")));
    QVERIFY(j.markSent(c));
    QCOMPARE(seqsOf(j.takeForResume()), QList<qint64>{});
    // The user checked the server, found nothing, and chose to send it again.
    QVERIFY(j.requeue(c));
    QCOMPARE(j.entry(c)->state, JournalEntry::State::Recorded);
    QCOMPARE(j.entry(c)->sendCount, 1);
    QCOMPARE(seqsOf(j.takeForResume()), QList<qint64>{c});
    QCOMPARE(seqsOf(j.takeForResume()), QList<qint64>{});
    // A failed write can be requeued too; a done one cannot.
    const qint64 f = *j.record(toggle(5, true));
    QVERIFY(j.markFailed(f, QStringLiteral("timeout")));
    QVERIFY(j.requeue(f));
    QCOMPARE(j.entry(f)->error, QString());
    QVERIFY(j.markDone(f));
    QVERIFY(!j.requeue(f));
    QVERIFY(!j.lastError().isEmpty());
}

void TestWriteJournal::takeForResumeHandsOutEachEntryOnce()
{
    WriteJournal j(path(), m_clock);
    QVERIFY(j.open());
    QList<JournalWrite> writes;
    for (int i = 0; i < 5; ++i)
        writes << toggle(100 + i, false, QStringLiteral("bulk-1"));
    const auto seqs = j.recordBatch(writes);
    QVERIFY(seqs);
    QCOMPARE(seqsOf(j.takeForResume()), *seqs);
    QCOMPARE(seqsOf(j.takeForResume()), QList<qint64>{});
    const qint64 later = *j.record(toggle(200, true));
    QCOMPARE(seqsOf(j.takeForResume()), QList<qint64>{later});
    // Still listed as unconfirmed until the server confirms them.
    QCOMPARE(j.unconfirmedCount(), 6);
}

void TestWriteJournal::resumeOfIdempotentSentWrites()
{
    WriteJournal j(path(), m_clock);
    QVERIFY(j.open());
    const qint64 d = *j.record(removal(12));
    QVERIFY(j.markSent(d));  // sent, then the app died
    const auto resume = j.takeForResume();
    QCOMPARE(seqsOf(resume), QList<qint64>{d});
    QVERIFY(j.markSent(d));  // re-sent by the resume
    QCOMPARE(j.entry(d)->sendCount, 2);
    QVERIFY(j.markDone(d));
    QCOMPARE(j.unconfirmedCount(), 0);
}

void TestWriteJournal::reopenedJournalKeepsEverything()
{
    QList<JournalEntry> before;
    {
        WriteJournal j(path(), m_clock);
        QVERIFY(j.open());
        QJsonObject body;
        body.insert(QStringLiteral("events"), QJsonArray{QStringLiteral("invoice.paid"), QStringLiteral("ü✓")});
        body.insert(QStringLiteral("description"), QStringLiteral("quote \" and 'x' ; DROP TABLE journal"));
        JournalWrite edit;
        edit.kind = JournalWrite::Kind::Edit;
        edit.subscriptionId = std::numeric_limits<qint64>::max();
        edit.body = body;
        edit.bulkJobId = QStringLiteral("job ✓");
        const qint64 e = *j.record(edit);
        const qint64 t = *j.record(toggle(-1, true));
        QVERIFY(j.markSent(e));
        QVERIFY(j.markFailed(t, QStringLiteral("multi\nline")));
        before = *j.all();
    }
    WriteJournal j(path(), m_clock);
    QVERIFY2(j.open(), qPrintable(j.lastError()));
    QCOMPARE(*j.all(), before);
}

void TestWriteJournal::batchIsAtomic()
{
    WriteJournal j(path(), m_clock);
    QVERIFY(j.open());
    JournalWrite bad = toggle(1, true);
    bad.subscriptionId.reset();
    QVERIFY(!j.recordBatch({toggle(1, true), toggle(2, true), bad}));
    QVERIFY(!j.lastError().isEmpty());
    QCOMPARE(j.unconfirmedCount(), 0);

    QList<JournalWrite> many;
    for (int i = 0; i < 1000; ++i)
        many << toggle(i + 1, i % 2 == 0, QStringLiteral("big"));
    const auto seqs = j.recordBatch(many);
    QVERIFY(seqs);
    QCOMPARE(seqs->size(), 1000);
    QCOMPARE(j.unconfirmedCount(), 1000);
}

void TestWriteJournal::changeNeedsSubscriptionId()
{
    WriteJournal j(path(), m_clock);
    QVERIFY(j.open());
    for (auto kind : {JournalWrite::Kind::Toggle, JournalWrite::Kind::Edit, JournalWrite::Kind::Delete}) {
        JournalWrite w;
        w.kind = kind;
        QVERIFY(!j.record(w));
        QVERIFY(j.lastError().contains(JournalEntry::kindName(kind)));
    }
    QVERIFY(j.record(create(QStringLiteral("https://example.test/"))));
}

void TestWriteJournal::markingUnknownOrFinishedEntriesFails()
{
    WriteJournal j(path(), m_clock);
    QVERIFY(j.open());
    QVERIFY(!j.markSent(999));
    QVERIFY(j.lastError().contains(QStringLiteral("999")));
    const qint64 a = *j.record(toggle(1, true));
    QVERIFY(j.markDone(a));
    QVERIFY(j.lastError().isEmpty());
    QVERIFY(!j.markSent(a));
    QVERIFY(!j.markDone(a));
    QVERIFY(!j.markFailed(a, QStringLiteral("late")));
    QCOMPARE(j.entry(a)->state, JournalEntry::State::Done);
    QVERIFY(!j.entry(12345));
}

void TestWriteJournal::discardOneAllAndBulkJob()
{
    WriteJournal j(path(), m_clock);
    QVERIFY(j.open());
    const qint64 a = *j.record(toggle(1, true));
    const auto job = *j.recordBatch({toggle(2, false, QStringLiteral("J")), removal(3, QStringLiteral("J"))});
    const qint64 b = *j.record(toggle(4, true));
    const qint64 done = *j.record(toggle(5, true));
    QVERIFY(j.markDone(done));
    QVERIFY(j.discard(a));
    QCOMPARE(seqsOf(j.unconfirmed()), (QList<qint64>{job.at(0), job.at(1), b}));
    QVERIFY(j.discardBulkJob(QStringLiteral("J")));
    QCOMPARE(seqsOf(j.unconfirmed()), QList<qint64>{b});
    QVERIFY(j.discardUnconfirmed());
    QCOMPARE(seqsOf(j.unconfirmed()), QList<qint64>{});
    // Discarded writes stay, as such, for the activity log; confirmed history is not touched.
    const auto all = j.all();
    QCOMPARE(seqsOf(all), (QList<qint64>{a, job.at(0), job.at(1), b, done}));
    for (const JournalEntry &e : *all) {
        QCOMPARE(e.state, e.seq == done ? JournalEntry::State::Done : JournalEntry::State::Discarded);
        QVERIFY(e.finishedAt.isValid());
    }
    // A confirmed write cannot be discarded; a discarded one is never handed out again.
    QVERIFY(!j.discard(done));
    QVERIFY(!j.discard(a));
    QVERIFY(j.takeForResume()->isEmpty());
    // Sequence numbers are never reused.
    QVERIFY(*j.record(toggle(6, true)) > done);
    // Purged like any finished write.
    m_clock.advance(1000);
    QCOMPARE(j.purgeFinished(m_clock.utcNow()), 5);
    // Dropping removes the entry itself (a toggle folded into a newer one).
    const qint64 folded = *j.record(toggle(7, true));
    QVERIFY(j.drop(folded));
    QVERIFY(!j.entry(folded));
}

void TestWriteJournal::purgeFinishedByAge()
{
    WriteJournal j(path(), m_clock);
    QVERIFY(j.open());
    const qint64 old = *j.record(toggle(1, true));
    QVERIFY(j.markDone(old));
    const qint64 oldFail = *j.record(toggle(2, true));
    QVERIFY(j.markFailed(oldFail, QStringLiteral("x")));
    m_clock.advance(10 * 60 * 1000);
    const QDateTime cut = m_clock.utcNow();
    const qint64 fresh = *j.record(toggle(3, true));
    QVERIFY(j.markDone(fresh));
    const qint64 pending = *j.record(toggle(4, true));
    QCOMPARE(j.purgeFinished(cut), 2);
    QCOMPARE(seqsOf(j.all()), (QList<qint64>{fresh, pending}));
}

void TestWriteJournal::changedSignal()
{
    WriteJournal j(path(), m_clock);
    QVERIFY(j.open());
    QSignalSpy spy(&j, &WriteJournal::changed);
    const qint64 a = *j.record(toggle(1, true));
    QVERIFY(j.markSent(a));
    QVERIFY(!j.markFailed(a + 100, QStringLiteral("x")));
    QVERIFY(j.discard(a));
    QCOMPARE(spy.count(), 3);
}

void TestWriteJournal::originAndBeforeAreKept()
{
    const JournalOrigin origin{QStringLiteral("ops-anna"), QStringLiteral("staging"),
                               QStringLiteral("https://hooks.example.com")};
    JournalWrite write = toggle(7, false);
    write.before =
        QJsonObject{{QStringLiteral("url"), QStringLiteral("https://a.example/")}, {QStringLiteral("enabled"), true}};
    qint64 seq = 0;
    {
        WriteJournal j(path(), m_clock);
        QVERIFY(j.open());
        j.setOrigin(origin);
        seq = *j.record(write);
    }
    WriteJournal j(path(), m_clock);
    QVERIFY(j.open());
    const auto e = j.entry(seq);
    QVERIFY(e);
    QCOMPARE(e->origin, origin);
    QCOMPARE(e->write, write);
    QVERIFY(!JournalOrigin::currentOsUser().isEmpty());
}

void TestWriteJournal::format1IsUpgradedKeepingEverything()
{
    // A journal as the first format wrote it, with one confirmed and one unconfirmed write.
    sqlOnFile(path(),
              QStringLiteral("CREATE TABLE journal (seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL,"
                             " subscription_id INTEGER, body TEXT NOT NULL, bulk_job TEXT NOT NULL DEFAULT '',"
                             " created_ms INTEGER, state TEXT NOT NULL, send_count INTEGER NOT NULL DEFAULT 0,"
                             " sent_ms INTEGER, finished_ms INTEGER, error TEXT, result_id INTEGER)"));
    sqlOnFile(path(),
              QStringLiteral("INSERT INTO journal (kind, subscription_id, body, created_ms, state, send_count,"
                             " finished_ms) VALUES ('toggle', 3, '{\"enabled\":false}', 1000, 'done', 1, 2000),"
                             " ('edit', 4, '{\"url\":\"https://b.example/\"}', 3000, 'recorded', 0, NULL)"));
    sqlOnFile(path(), QStringLiteral("PRAGMA user_version=1"));
    {
        WriteJournal j(path(), m_clock);
        QVERIFY2(j.open(), qPrintable(j.lastError()));
        const auto all = j.all();
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).state, JournalEntry::State::Done);
        QCOMPARE(all->at(0).write.body.value(QStringLiteral("enabled")), QJsonValue(false));
        QVERIFY(all->at(0).write.before.isEmpty());
        QCOMPARE(all->at(0).origin, JournalOrigin());
        QCOMPARE(seqsOf(j.unconfirmed()), QList<qint64>{all->at(1).seq});
        // New writes carry the new fields.
        j.setOrigin({QStringLiteral("u"), QString(), QStringLiteral("https://x.example")});
        QVERIFY(j.record(toggle(5, true)));
        QCOMPARE(j.keepDays().value(), WriteJournal::kDefaultKeepDays);
    }
    const QString name = QStringLiteral("check-version");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), JournalSchema::kVersion);
    }
    QSqlDatabase::removeDatabase(name);
}

void TestWriteJournal::keepDaysIsStoredInTheFile()
{
    {
        WriteJournal j(path(), m_clock);
        QVERIFY(j.open());
        QCOMPARE(j.keepDays().value(), 90);
        QVERIFY(j.setKeepDays(14));
        QVERIFY(!j.setKeepDays(0));
        QVERIFY(!j.setKeepDays(WriteJournal::kMaxKeepDays + 1));
    }
    WriteJournal j(path(), m_clock);
    QVERIFY(j.open());
    QCOMPARE(j.keepDays().value(), 14);
    // A hand-edited nonsense value means the default, never "purge everything".
    sqlOnFile(path(), QStringLiteral("UPDATE settings SET value = '-3' WHERE key = 'keep_days'"));
    QCOMPARE(j.keepDays().value(), 90);
}

void TestWriteJournal::recordedSinceByTimeAndSubscription()
{
    WriteJournal j(path(), m_clock);
    QVERIFY(j.open());
    const qint64 old = *j.record(toggle(1, false));
    m_clock.advance(60 * 60 * 1000);
    const QDateTime cut = m_clock.utcNow();
    const qint64 a = *j.record(toggle(1, true));
    const qint64 b = *j.record(toggle(2, true));
    const qint64 made = *j.record(create(QStringLiteral("https://new.example/")));
    QVERIFY(j.markDone(made, 1));  // the server gave the create id 1
    QCOMPARE(seqsOf(j.recordedSince(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC))), (QList<qint64>{old, a, b, made}));
    QCOMPARE(seqsOf(j.recordedSince(cut)), (QList<qint64>{a, b, made}));
    QCOMPARE(seqsOf(j.recordedSince(cut, 1)), (QList<qint64>{a, made}));
    QCOMPARE(seqsOf(j.recordedSince(cut, 2)), QList<qint64>{b});
    QCOMPARE(seqsOf(j.recordedSince(cut, 3)), QList<qint64>{});
}

void TestWriteJournal::newestFromReadsTheTail()
{
    WriteJournal j(path(), m_clock);
    QVERIFY(j.open());
    QList<qint64> seqs;
    for (int i = 0; i < 6; ++i)
        seqs << *j.record(toggle(i, true));
    QCOMPARE(seqsOf(j.newestFrom(0, 3)), seqs.mid(3));
    QCOMPARE(seqsOf(j.newestFrom(seqs.at(4), 10)), seqs.mid(4));
    QCOMPARE(seqsOf(j.newestFrom(seqs.last() + 1, 10)), QList<qint64>{});
}

void TestWriteJournal::filePathsPerProfile()
{
    const QString dir = m_dir->path();
    const QStringList names{QStringLiteral("prod"), QStringLiteral("Prod"),    QStringLiteral("../etc/passwd"),
                            QStringLiteral("a b"),  QStringLiteral("Kunde ä"), QString(200, QLatin1Char('x')),
                            QStringLiteral("h-x"),  QStringLiteral("p-prod")};
    QSet<QString> paths;
    for (const QString &n : names) {
        const QString p = WriteJournal::filePathFor(dir, n);
        QCOMPARE(p, WriteJournal::filePathFor(dir, n));
        QCOMPARE(QFileInfo(p).absolutePath(), QFileInfo(dir).absoluteFilePath());
        QVERIFY(QFileInfo(p).fileName().size() < 100);
        paths.insert(p);
    }
    QCOMPARE(paths.size(), names.size());
    // Two profiles, two independent journals.
    WriteJournal prod(WriteJournal::filePathFor(dir, QStringLiteral("prod")), m_clock);
    WriteJournal staging(WriteJournal::filePathFor(dir, QStringLiteral("staging")), m_clock);
    QVERIFY(prod.open() && staging.open());
    QVERIFY(prod.record(toggle(1, true)));
    QCOMPARE(staging.unconfirmedCount(), 0);
    QCOMPARE(prod.unconfirmedCount(), 1);
}

void TestWriteJournal::fileIsOwnerOnlyAndCreatesDirectory()
{
    const QString p = m_dir->filePath(QStringLiteral("deep/er/journal.sqlite"));
    WriteJournal j(p, m_clock);
    QVERIFY2(j.open(), qPrintable(j.lastError()));
    QVERIFY(j.record(toggle(1, true)));
    const auto perms = QFile::permissions(p);
    QVERIFY(perms & QFileDevice::ReadOwner);
    QVERIFY(perms & QFileDevice::WriteOwner);
    QVERIFY(!(perms
              & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther)));
}

void TestWriteJournal::notOpenGivesErrors()
{
    WriteJournal j(path(), m_clock);
    QVERIFY(!j.record(toggle(1, true)));
    QVERIFY(!j.lastError().isEmpty());
    QVERIFY(!j.unconfirmed());
    QVERIFY(!j.markSent(1));
    QVERIFY(!j.takeForResume());
    QVERIFY(j.open());
    j.close();
    QVERIFY(!j.isOpen());
    QVERIFY(!j.all());
}

void TestWriteJournal::emptyFileBecomesJournal()
{
    QFile f(path());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    WriteJournal j(path(), m_clock);
    QVERIFY2(j.open(), qPrintable(j.lastError()));
    QCOMPARE(j.unconfirmedCount(), 0);
}

void TestWriteJournal::garbageFileIsRefusedAndKept()
{
    QByteArray garbage(64 * 1024, '\0');
    QRandomGenerator rng(7);
    for (char &c : garbage)
        c = char(rng.bounded(256));
    QFile f(path());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(garbage);
    f.close();
    WriteJournal j(path(), m_clock);
    QVERIFY(!j.open());
    QVERIFY(!j.isOpen());
    QVERIFY2(j.lastError().contains(QStringLiteral("damaged")), qPrintable(j.lastError()));
    QVERIFY(j.lastError().contains(QStringLiteral("journal.sqlite")));
    // The evidence is left alone for the user to move away.
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), garbage);
    QVERIFY(!j.record(toggle(1, true)));
}

void TestWriteJournal::truncatedFileNeverCrashes()
{
    {
        WriteJournal j(path(), m_clock);
        QVERIFY(j.open());
        QList<JournalWrite> many;
        for (int i = 0; i < 400; ++i) {
            JournalWrite w = toggle(i + 1, true, QStringLiteral("job"));
            w.body.insert(QStringLiteral("description"), QString(100, QLatin1Char('d')));
            many << w;
        }
        QVERIFY(j.recordBatch(many));
    }  // closing the last connection checkpoints the WAL into the main file
    QFile f(path());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray full = f.readAll();
    f.close();
    QVERIFY(full.size() > 16 * 4096);
    QVERIFY(!QFile::exists(path() + QStringLiteral("-wal")));

    int refused = 0;
    for (qsizetype cut : {qsizetype(50), qsizetype(100), qsizetype(4096), qsizetype(4096 + 17), full.size() / 2,
                          full.size() - 4096, full.size() - 1}) {
        QFile::remove(path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(full.left(cut));
        f.close();
        WriteJournal j(path(), m_clock);
        const bool opened = j.open();
        qInfo("cut at %lld of %lld bytes: %s", qint64(cut), qint64(full.size()),
              opened ? "opened" : qPrintable(j.lastError()));
        if (!opened) {
            ++refused;
            QVERIFY2(!j.lastError().isEmpty(), qPrintable(QString::number(cut)));
            continue;
        }
        // When SQLite accepts what is left, reading it must still be safe and honest.
        const auto rows = j.all();
        QVERIFY(rows || !j.lastError().isEmpty());
    }
    // Every cut is noticed (by SQLite's checks or the row validation), never read as "nothing pending".
    QCOMPARE(refused, 7);
}

void TestWriteJournal::foreignSqliteDatabaseIsRefused()
{
    sqlOnFile(path(), QStringLiteral("CREATE TABLE customers (name TEXT)"));
    WriteJournal j(path(), m_clock);
    QVERIFY(!j.open());
    QVERIFY2(j.lastError().contains(QStringLiteral("not a pending-writes journal")), qPrintable(j.lastError()));
}

void TestWriteJournal::newerFormatIsRefused()
{
    {
        WriteJournal j(path(), m_clock);
        QVERIFY(j.open());
    }
    sqlOnFile(path(), QStringLiteral("PRAGMA user_version=99"));
    WriteJournal j(path(), m_clock);
    QVERIFY(!j.open());
    QVERIFY2(j.lastError().contains(QStringLiteral("newer version")), qPrintable(j.lastError()));
}

void TestWriteJournal::damagedRowsAreReported_data()
{
    QTest::addColumn<QString>("update");
    QTest::addColumn<QString>("message");
    QTest::newRow("kind") << QStringLiteral("kind = 'explode'") << QStringLiteral("unknown kind");
    QTest::newRow("state") << QStringLiteral("state = 'maybe'") << QStringLiteral("unknown state");
    QTest::newRow("body") << QStringLiteral("body = '{not json'") << QStringLiteral("not a JSON object");
    QTest::newRow("body-array") << QStringLiteral("body = '[1,2]'") << QStringLiteral("not a JSON object");
    QTest::newRow("id-text") << QStringLiteral("subscription_id = 'abc'") << QStringLiteral("not a number");
    QTest::newRow("id-null") << QStringLiteral("subscription_id = NULL") << QStringLiteral("without a subscription id");
    QTest::newRow("count") << QStringLiteral("send_count = -5") << QStringLiteral("send count");
    QTest::newRow("time") << QStringLiteral("created_ms = 'yesterday'") << QStringLiteral("time");
    QTest::newRow("before") << QStringLiteral("before_values = 'nope'") << QStringLiteral("before the change");
}

void TestWriteJournal::damagedRowsAreReported()
{
    QFETCH(QString, update);
    QFETCH(QString, message);
    qint64 seq = 0;
    {
        WriteJournal j(path(), m_clock);
        QVERIFY(j.open());
        QVERIFY(j.record(toggle(1, true)));
        seq = *j.record(toggle(2, true));
    }
    sqlOnFile(path(), QStringLiteral("UPDATE journal SET %1 WHERE seq = %2").arg(update).arg(seq));
    WriteJournal j(path(), m_clock);
    QVERIFY(!j.open());
    QVERIFY2(j.lastError().contains(message), qPrintable(j.lastError()));
    QVERIFY2(j.lastError().contains(QStringLiteral("entry %1").arg(seq)), qPrintable(j.lastError()));
}

void TestWriteJournal::garbageInWalIsIgnored()
{
    // A kill in the middle of a commit leaves a torn frame at the end of the WAL: SQLite's frame
    // checksums drop it, and everything committed before stays.
    WriteJournal writer(path(), m_clock);
    QVERIFY(writer.open());
    const qint64 a = *writer.record(toggle(1, true));
    QVERIFY(writer.markSent(a));
    const QString wal = path() + QStringLiteral("-wal");
    QVERIFY(QFile::exists(wal));
    QFile f(wal);
    QVERIFY(f.open(QIODevice::Append));
    f.write(QByteArray(5000, '\x5a'));
    f.close();
    WriteJournal reader(path(), m_clock);
    QVERIFY2(reader.open(), qPrintable(reader.lastError()));
    QCOMPARE(seqsOf(reader.unconfirmed()), QList<qint64>{a});
    QCOMPARE(reader.entry(a)->state, JournalEntry::State::Sent);
}

void TestWriteJournal::directoryInsteadOfFile()
{
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("journal.sqlite")));
    WriteJournal j(path(), m_clock);
    QVERIFY(!j.open());
    QVERIFY(!j.lastError().isEmpty());
}

void TestWriteJournal::killedWriterLeavesExactlyTheUnconfirmed_data()
{
    QTest::addColumn<int>("killAfter");
    QTest::newRow("first batch") << 3;
    QTest::newRow("a few batches") << 57;
    QTest::newRow("many batches") << 260;
}

void TestWriteJournal::killedWriterLeavesExactlyTheUnconfirmed()
{
    QFETCH(int, killAfter);
    QProcess writer;
    writer.setProcessChannelMode(QProcess::SeparateChannels);
    writer.start(QStringLiteral(WEBHOOK_BIN_DIR "/journal_crash_writer"), {path(), QStringLiteral("100000")});
    QVERIFY2(writer.waitForStarted(30000), qPrintable(writer.errorString()));
    QByteArray out;
    while (out.count('\n') < killAfter) {
        if (!writer.waitForReadyRead(60000))
            QFAIL(qPrintable(
                QStringLiteral("writer stopped: %1").arg(QString::fromLocal8Bit(writer.readAllStandardError()))));
        out += writer.readAllStandardOutput();
    }
    writer.kill();  // SIGKILL on Unix: no destructor, no close, no checkpoint
    QVERIFY(writer.waitForFinished(30000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
    out += writer.readAllStandardOutput();
    // Every "op N" line was printed after its commit; at most one more op may have committed
    // between its commit and the kill.
    const qint64 printed = out.count('\n');
    QVERIFY(printed >= killAfter);

    WriteJournal j(path(), m_clock);
    QVERIFY2(j.open(), qPrintable(j.lastError()));
    const auto all = j.all();
    QVERIFY(all);
    qint64 committed = -1;
    for (qint64 n : {printed, printed + 1}) {
        if (sameIgnoringTimes(*all, replay(n)))
            committed = n;
    }
    QVERIFY2(committed >= 0, qPrintable(QStringLiteral("journal matches no prefix around %1 ops").arg(printed)));

    const QMap<qint64, JournalEntry> expected = replay(committed);
    QList<qint64> expectedUnconfirmed, expectedUncertain, expectedResume;
    for (const JournalEntry &e : expected) {
        if (!e.isUnconfirmed())
            continue;
        expectedUnconfirmed << e.seq;
        (e.isUncertain() ? expectedUncertain : expectedResume) << e.seq;
    }
    QVERIFY(!expectedUnconfirmed.isEmpty());
    QCOMPARE(seqsOf(j.unconfirmed()), expectedUnconfirmed);
    QCOMPARE(seqsOf(j.uncertain()), expectedUncertain);

    // Resuming: each resumable write handed out once; confirm them and only the uncertain creates remain.
    const auto resume = j.takeForResume();
    QCOMPARE(seqsOf(resume), expectedResume);
    QCOMPARE(seqsOf(j.takeForResume()), QList<qint64>{});
    for (const JournalEntry &e : *resume) {
        QVERIFY(j.markSent(e.seq));
        QVERIFY(j.markDone(e.seq));
    }
    j.close();
    WriteJournal after(path(), m_clock);
    QVERIFY(after.open());
    QCOMPARE(seqsOf(after.unconfirmed()), expectedUncertain);
}

QTEST_GUILESS_MAIN(TestWriteJournal)
#include "tst_writejournal.moc"
