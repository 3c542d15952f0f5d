// ReissueJobStore: the secret re-issues kept in the journal's file, and how the journal keeps the
// writes of a re-issue out of the pending writes that Resume sends one by one.

#include "kit/FakeClock.h"
#include "journal/JournalCodec.h"
#include "journal/WriteJournal.h"
#include "reissue/ReissueJobStore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace {

ReissueJob sampleJob(const QString &id, qint64 oldId, const QDateTime &startedAt)
{
    ReissueJob job;
    job.id = id;
    job.oldId = oldId;
    job.url = QStringLiteral("https://hooks.example.com/ü?a=1,2");
    job.description = QStringLiteral("Shop \"EU\"");
    job.events = {QStringLiteral("orders.created"), QStringLiteral("order.paid")};
    job.siblingIds = {3, 9};
    job.startedAt = startedAt;
    return job;
}

}  // namespace

class TestReissueJobStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<WriteJournal> m_journal;

private Q_SLOTS:
    void init()
    {
        m_clock.setUtcStart(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
        QFile::remove(m_dir.filePath(QStringLiteral("j.sqlite")));
        m_journal = std::make_unique<WriteJournal>(m_dir.filePath(QStringLiteral("j.sqlite")), m_clock);
        QVERIFY2(m_journal->open(), qPrintable(m_journal->lastError()));
    }
    void cleanup() { m_journal.reset(); }

    void storesEveryFieldAndEachStep()
    {
        ReissueJobStore store(*m_journal);
        ReissueJob job = sampleJob(QStringLiteral("reissue-a"), 12, m_clock.utcNow());
        const auto added = store.add(job);
        QVERIFY2(added, qPrintable(added ? QString() : added.error()));
        QVERIFY(store.find(job.id).value() == job);

        job.newId = 40;
        job.step = ReissueJob::Step::CutOver;
        job.cutoverAt = m_clock.utcNow().addSecs(60);
        QVERIFY(store.save(job));
        // Reopened: the same job, step and times.
        m_journal = std::make_unique<WriteJournal>(m_journal->filePath(), m_clock);
        QVERIFY(m_journal->open());
        ReissueJobStore reopened(*m_journal);
        QVERIFY(reopened.find(job.id).value() == job);
        QCOMPARE(job.deleteDueAt(), job.cutoverAt.addSecs(48 * 3600));
        QVERIFY(!reopened.find(QStringLiteral("reissue-none")).value());

        ReissueJob unknown = job;
        unknown.id = QStringLiteral("reissue-none");
        QVERIFY(!reopened.save(unknown));
        QVERIFY(!reopened.add(job));  // the same id twice
    }

    void unfinishedAndPerSubscription()
    {
        ReissueJobStore store(*m_journal);
        ReissueJob a = sampleJob(QStringLiteral("reissue-a"), 12, m_clock.utcNow());
        ReissueJob b = sampleJob(QStringLiteral("reissue-b"), 13, m_clock.utcNow().addSecs(1));
        QVERIFY(store.add(a));
        QVERIFY(store.add(b));
        b.newId = 14;
        b.step = ReissueJob::Step::Done;
        b.finishedAt = m_clock.utcNow();
        QVERIFY(store.save(b));
        const auto open = store.unfinished();
        QVERIFY(open);
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->constFirst().id, a.id);
        QCOMPARE(store.unfinishedFor(12).value()->id, a.id);
        QVERIFY(!store.unfinishedFor(13).value());
        QVERIFY(!store.unfinishedFor(14).value());
        a.newId = 20;
        QVERIFY(store.save(a));
        QCOMPARE(store.unfinishedFor(20).value()->id, a.id);  // the copy belongs to it too
    }

    void jobWritesAreNotPendingWrites()
    {
        ReissueJobStore store(*m_journal);
        QVERIFY(store.add(sampleJob(QStringLiteral("reissue-a"), 12, m_clock.utcNow())));
        const auto plain = m_journal->record(JournalCodec::toggle(5, false));
        const auto ofJob = m_journal->record(JournalCodec::toggle(12, false, QStringLiteral("reissue-a")));
        QVERIFY(plain && ofJob);
        QVERIFY(m_journal->markSent(*ofJob));
        QCOMPARE(m_journal->unconfirmed()->size(), 1);
        QCOMPARE(m_journal->unconfirmed()->constFirst().seq, *plain);
        QCOMPARE(m_journal->takeForResume()->size(), 1);
        QCOMPARE(m_journal->unconfirmedOfJob(QStringLiteral("reissue-a"))->constFirst().seq, *ofJob);
        QVERIFY(m_journal->discardUnconfirmed());
        QCOMPARE(m_journal->unconfirmedOfJob(QStringLiteral("reissue-a"))->size(), 1);  // still the job's
        // The activity log still shows both.
        QCOMPARE(m_journal->recordedSince(m_clock.utcNow().addDays(-1))->size(), 2);
    }

    void finishedJobsArePurgedWithTheirWrites()
    {
        ReissueJobStore store(*m_journal);
        ReissueJob done = sampleJob(QStringLiteral("reissue-a"), 12, m_clock.utcNow());
        QVERIFY(store.add(done));
        QVERIFY(store.add(sampleJob(QStringLiteral("reissue-b"), 13, m_clock.utcNow())));
        done.step = ReissueJob::Step::Done;
        done.finishedAt = m_clock.utcNow();
        QVERIFY(store.save(done));
        m_clock.advance(qint64(3) * 24 * 3600 * 1000);
        QVERIFY(m_journal->purgeFinished(m_clock.utcNow().addDays(-1)));
        QVERIFY(!store.find(done.id).value());
        QVERIFY(store.find(QStringLiteral("reissue-b")).value());  // unfinished: kept however old
    }

    void knownEventsAreTheLastConfirmedOnes()
    {
        QVERIFY(!m_journal->knownEvents(7));
        SubscriptionDraft draft{QStringLiteral("https://a.example"), std::nullopt,
                                QStringList{QStringLiteral("orders.created")}};
        const auto created = m_journal->record(JournalCodec::create(draft));
        QVERIFY(m_journal->markSent(*created) && m_journal->markDone(*created, 7));
        QCOMPARE(m_journal->knownEvents(7).value_or(QStringList{QStringLiteral("-")}),
                 QStringList{QStringLiteral("orders.created")});
        SubscriptionPatch patch;
        patch.events = QStringList{QStringLiteral("order.paid"), QStringLiteral("order.refunded")};
        const auto edited = m_journal->record(JournalCodec::edit(7, patch));
        QCOMPARE(m_journal->knownEvents(7).value_or(QStringList{QStringLiteral("-")}),
                 QStringList{QStringLiteral("orders.created")});  // not confirmed yet
        QVERIFY(m_journal->markSent(*edited) && m_journal->markDone(*edited));
        QCOMPARE(m_journal->knownEvents(7).value_or(QStringList{QStringLiteral("-")}), *patch.events);
        patch.events = QStringList();
        const auto failed = m_journal->record(JournalCodec::edit(7, patch));
        QVERIFY(m_journal->markSent(*failed) && m_journal->markFailed(*failed, QStringLiteral("422")));
        QCOMPARE(m_journal->knownEvents(7).value_or(QStringList{QStringLiteral("-")}),
                 QStringList({QStringLiteral("order.paid"), QStringLiteral("order.refunded")}));
        QVERIFY(!m_journal->knownEvents(8));
    }
};

QTEST_GUILESS_MAIN(TestReissueJobStore)
#include "tst_reissuejobstore.moc"
