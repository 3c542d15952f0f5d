// JournalRecorder with GatedTransport in-process: a write is marked sent exactly when its request
// reaches the transport, a send whose mark cannot be stored never reaches it, and the server's
// answer settles the entry (done / failed / uncertain create / not sent). A fake transport stands in
// for the network: what is checked is what reaches it, which the real sandbox cannot show.

#include "api/ApiError.h"
#include "api/HttpResponse.h"
#include "api/GatedTransport.h"
#include "journal/JournalRecorder.h"
#include "kit/FakeClock.h"
#include "journal/JournalCodec.h"
#include "journal/WriteJournal.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

class RecordingTransport final : public RequestTransport
{
public:
    QList<HttpRequestSpec> started;
    void start(quint64, const HttpRequestSpec &request) override { started << request; }
    void abort(quint64) override { }
};

HttpRequestSpec spec(const char *method, const QString &path, const QByteArray &body = {})
{
    HttpRequestSpec s;
    s.method = method;
    s.pathAndQuery = path;
    s.body = body;
    return s;
}

const QByteArray kDisable = R"({"enabled":false})";
const QByteArray kEnable = R"({"enabled":true})";

}  // namespace

class TestJournalRecorder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<WriteJournal> m_journal;
    std::unique_ptr<RecordingTransport> m_network;
    std::unique_ptr<GatedTransport> m_gate;
    std::unique_ptr<JournalRecorder> m_recorder;

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<FakeClock>();
        m_journal = std::make_unique<WriteJournal>(
            m_dir.filePath(QStringLiteral("journal-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))),
            *m_clock);
        QVERIFY2(m_journal->open(), qPrintable(m_journal->lastError()));
        m_network = std::make_unique<RecordingTransport>();
        m_gate = std::make_unique<GatedTransport>(m_network.get());
        m_recorder = std::make_unique<JournalRecorder>(*m_journal, *m_gate, QStringLiteral("test"));
    }

    void cleanup()
    {
        m_recorder.reset();
        m_gate.reset();
        m_network.reset();
        m_journal.reset();
    }

    void marksSentWhenTheRequestLeaves()
    {
        const JournalWrite write = JournalCodec::toggle(5, false);
        const auto seq = m_recorder->record(write);
        QVERIFY(seq);
        m_recorder->expectSend(*seq, write);
        QCOMPARE(m_journal->entry(*seq)->state, JournalEntry::State::Recorded);

        // A GET is not a journaled write: it passes and changes nothing.
        m_gate->start(1, spec("GET", QStringLiteral("/api/v1/webhooks/5")));
        QCOMPARE(m_journal->entry(*seq)->sendCount, 0);
        // Another subscription's PATCH is not this entry.
        m_gate->start(2, spec("PATCH", QStringLiteral("/api/v1/webhooks/55"), kDisable));
        QCOMPARE(m_journal->entry(*seq)->sendCount, 0);

        m_gate->start(3, spec("PATCH", QStringLiteral("/api/v1/webhooks/5"), kDisable));
        QCOMPARE(m_network->started.size(), 3);
        auto entry = m_journal->entry(*seq);
        QCOMPARE(entry->state, JournalEntry::State::Sent);
        QCOMPARE(entry->sendCount, 1);
        // The queue's retry of the same request counts as another send.
        m_gate->start(4, spec("PATCH", QStringLiteral("/api/v1/webhooks/5"), kDisable));
        QCOMPARE(m_journal->entry(*seq)->sendCount, 2);

        QCOMPARE(m_recorder->settle(*seq, ApiError()), JournalRecorder::Outcome::Done);
        QCOMPARE(m_journal->entry(*seq)->state, JournalEntry::State::Done);
        // Settled: a later request to the same path is no longer this entry's.
        m_gate->start(5, spec("PATCH", QStringLiteral("/api/v1/webhooks/5"), kDisable));
        QCOMPARE(m_journal->entry(*seq)->sendCount, 2);
        QVERIFY(m_recorder->takeProblems().isEmpty());
    }

    void sendIsStoppedWhenItsMarkCannotBeStored()
    {
        const JournalWrite write = JournalCodec::remove(9);
        const auto seq = m_recorder->record(write);
        QVERIFY(seq);
        m_recorder->expectSend(*seq, write);
        // The entry vanishes behind the recorder's back (as a failing disk would refuse the update).
        QVERIFY(m_journal->discard(*seq));
        QSignalSpy finished(m_gate.get(), &RequestTransport::finished);
        m_gate->start(7, spec("DELETE", QStringLiteral("/api/v1/webhooks/9")));
        QVERIFY(m_network->started.isEmpty());  // never reached the network
        QVERIFY(finished.isEmpty());  // never from inside start()
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.at(0).at(0).toULongLong(), quint64(7));
        const auto response = finished.at(0).at(1).value<HttpResponse>();
        QCOMPARE(response.outcome, HttpResponse::Outcome::Aborted);
        QVERIFY(response.errorString.contains(QStringLiteral("journal")));
        QVERIFY(!m_recorder->refusal(*seq).isEmpty());
        QCOMPARE(m_recorder->settle(*seq, ApiError::make(ApiError::Kind::Cancelled)), JournalRecorder::Outcome::Failed);
    }

    void answersSettleTheEntry()
    {
        SubscriptionDraft draft;
        draft.url = QStringLiteral("https://example.com/new");
        const JournalWrite create = JournalCodec::create(draft);
        const JournalWrite toggle = JournalCodec::toggle(3, true);

        // A create that went out and timed out: it may exist, so it stays sent (uncertain).
        auto seq = m_recorder->record(create);
        m_recorder->expectSend(*seq, create);
        m_gate->start(1, spec("POST", QStringLiteral("/api/v1/webhooks/")));
        QCOMPARE(m_recorder->settle(*seq, ApiError::make(ApiError::Kind::Timeout)),
                 JournalRecorder::Outcome::Uncertain);
        QVERIFY(m_journal->entry(*seq)->isUncertain());
        QCOMPARE(m_journal->takeForResume()->size(), 0);

        // A create the server refused: failed, with the reason.
        seq = m_recorder->record(create);
        m_recorder->expectSend(*seq, create);
        m_gate->start(2, spec("POST", QStringLiteral("/api/v1/webhooks/")));
        QCOMPARE(m_recorder->settle(*seq, ApiError::make(ApiError::Kind::Validation, {}, 422)),
                 JournalRecorder::Outcome::Failed);
        QCOMPARE(m_journal->entry(*seq)->state, JournalEntry::State::Failed);
        QVERIFY(!m_journal->entry(*seq)->error.isEmpty());

        // A confirmed create keeps the id the server gave it.
        seq = m_recorder->record(create);
        m_recorder->expectSend(*seq, create);
        m_gate->start(3, spec("POST", QStringLiteral("/api/v1/webhooks/")));
        QCOMPARE(m_recorder->settle(*seq, ApiError(), 77), JournalRecorder::Outcome::Done);
        QCOMPARE(m_journal->entry(*seq)->resultId, std::optional<qint64>(77));

        // A toggle that timed out: failed (the user is told; resending it is harmless).
        seq = m_recorder->record(toggle);
        m_recorder->expectSend(*seq, toggle);
        m_gate->start(4, spec("PATCH", QStringLiteral("/api/v1/webhooks/3"), kEnable));
        QCOMPARE(m_recorder->settle(*seq, ApiError::make(ApiError::Kind::Timeout)), JournalRecorder::Outcome::Failed);

        // Cancelled before it went out (Ctrl-C): still pending, for resume.
        seq = m_recorder->record(toggle);
        m_recorder->expectSend(*seq, toggle);
        QCOMPARE(m_recorder->settle(*seq, ApiError::make(ApiError::Kind::Cancelled)),
                 JournalRecorder::Outcome::NotSent);
        QCOMPARE(m_journal->entry(*seq)->state, JournalEntry::State::Recorded);
        QCOMPARE(m_journal->unconfirmedCount(), std::optional<int>(2));  // the uncertain create and this
    }

    void stoppedWaitingLeavesItSent()
    {
        // It went out, then the program stopped waiting for the answer (a second Ctrl-C, a closed
        // window): the server may have applied it, so it is neither failed nor "not sent".
        const JournalWrite toggle = JournalCodec::toggle(3, true);
        const auto seq = m_recorder->record(toggle);
        m_recorder->expectSend(*seq, toggle);
        m_gate->start(1, spec("PATCH", QStringLiteral("/api/v1/webhooks/3"), kEnable));
        QVERIFY(m_recorder->wasSent(*seq));
        QCOMPARE(m_recorder->settle(*seq, ApiError::make(ApiError::Kind::Cancelled)),
                 JournalRecorder::Outcome::Unanswered);
        QCOMPARE(m_journal->entry(*seq)->state, JournalEntry::State::Sent);
        QCOMPARE(m_journal->takeForResume()->size(), 1);  // idempotent: resumed
    }

    void rulesBothProgramsShare()
    {
        // A delete of a subscription that is gone already: what it wanted holds.
        const JournalWrite remove = JournalCodec::remove(4);
        auto seq = m_recorder->record(remove);
        m_recorder->expectSend(*seq, remove);
        m_gate->start(1, spec("DELETE", QStringLiteral("/api/v1/webhooks/4")));
        QCOMPARE(m_recorder->settle(*seq, ApiError::make(ApiError::Kind::NotFound, {}, 404)),
                 JournalRecorder::Outcome::Done);
        QCOMPARE(m_journal->entry(*seq)->state, JournalEntry::State::Done);

        // A toggle the queue folded into a newer one gets the newer answer: replaced, dropped.
        const JournalWrite older = JournalCodec::toggle(6, false);
        seq = m_recorder->record(older);
        m_recorder->expectSend(*seq, older);
        QCOMPARE(m_recorder->settle(*seq, ApiError(), std::nullopt, true), JournalRecorder::Outcome::Replaced);
        QVERIFY(!m_journal->entry(*seq));
    }

    void toggleAndEditOfOneRowMarkTheirOwnEntries()
    {
        SubscriptionPatch patch;
        patch.description = QStringLiteral("new words");
        const JournalWrite edit = JournalCodec::edit(8, patch);
        const JournalWrite toggle = JournalCodec::toggle(8, false);
        const auto editSeq = m_recorder->record(edit);
        const auto toggleSeq = m_recorder->record(toggle);
        m_recorder->expectSend(*editSeq, edit);
        m_recorder->expectSend(*toggleSeq, toggle);
        // The toggle leaves first (the interactive lane): it is the toggle's entry that is sent.
        m_gate->start(1, spec("PATCH", QStringLiteral("/api/v1/webhooks/8"), kDisable));
        QCOMPARE(m_journal->entry(*toggleSeq)->state, JournalEntry::State::Sent);
        QCOMPARE(m_journal->entry(*editSeq)->state, JournalEntry::State::Recorded);
        m_gate->start(2, spec("PATCH", QStringLiteral("/api/v1/webhooks/8"), R"({"description":"new words"})"));
        QCOMPARE(m_journal->entry(*editSeq)->state, JournalEntry::State::Sent);
    }

    // A disable on the wire (or waiting for its retry) and a newer enable of the same row sent beside
    // it: each request marks the entry whose body it carries, not the oldest of the row.
    void twoTogglesOfOneRowInFlightMarkTheirOwnEntries()
    {
        const JournalWrite disable = JournalCodec::toggle(5, false);
        const JournalWrite enable = JournalCodec::toggle(5, true);
        const auto disableSeq = m_recorder->record(disable);
        m_recorder->expectSend(*disableSeq, disable);
        m_gate->start(1, spec("PATCH", QStringLiteral("/api/v1/webhooks/5"), kDisable));
        const auto enableSeq = m_recorder->record(enable);
        m_recorder->expectSend(*enableSeq, enable);
        m_gate->start(2, spec("PATCH", QStringLiteral("/api/v1/webhooks/5"), kEnable));
        QCOMPARE(m_journal->entry(*disableSeq)->sendCount, 1);
        QCOMPARE(m_journal->entry(*enableSeq)->state, JournalEntry::State::Sent);
        QCOMPARE(m_journal->entry(*enableSeq)->sendCount, 1);
        // The disable's retry is the disable's second send.
        m_gate->start(3, spec("PATCH", QStringLiteral("/api/v1/webhooks/5"), kDisable));
        QCOMPARE(m_journal->entry(*disableSeq)->sendCount, 2);
        QCOMPARE(m_journal->entry(*enableSeq)->sendCount, 1);

        // Folded while queued: one request with the newest body leaves, and it is the newest's.
        const auto first = m_recorder->record(disable);
        m_recorder->expectSend(*first, disable);
        const auto second = m_recorder->record(enable);
        m_recorder->expectSend(*second, enable);
        QCOMPARE(m_recorder->settle(*disableSeq, ApiError()), JournalRecorder::Outcome::Done);
        QCOMPARE(m_recorder->settle(*enableSeq, ApiError()), JournalRecorder::Outcome::Done);
        m_gate->start(4, spec("PATCH", QStringLiteral("/api/v1/webhooks/5"), kEnable));
        QCOMPARE(m_journal->entry(*first)->state, JournalEntry::State::Recorded);
        QCOMPARE(m_journal->entry(*second)->sendCount, 1);
        QCOMPARE(m_recorder->settle(*first, ApiError(), std::nullopt, true), JournalRecorder::Outcome::Replaced);
        QCOMPARE(m_recorder->settle(*second, ApiError(), std::nullopt, true), JournalRecorder::Outcome::Done);
        QVERIFY(m_recorder->takeProblems().isEmpty());
    }

    void bulkJobIdsAreDistinct()
    {
        const QString a = JournalRecorder::newBulkJobId(QStringLiteral("disable"));
        QVERIFY(a.startsWith(QStringLiteral("disable-")));
        QVERIFY(a != JournalRecorder::newBulkJobId(QStringLiteral("disable")));
    }
};

QTEST_GUILESS_MAIN(TestJournalRecorder)
#include "tst_journalrecorder.moc"
