// JournaledWrites and the console classes that write through it (EnabledToggler, BulkJobRunner),
// against a real webhook-sandbox on loopback: every write is in the journal before the request can
// reach the server, and ends Done on success, Failed on a server error, or (a create without an
// answer) Sent = uncertain. Every wait is a QTRY_* on observable state.

#include "kit/SandboxProcess.h"
#include "kit/ServerCalls.h"

#include "api/ApiClient.h"
#include "api/RequestQueue.h"
#include "common/SystemClock.h"
#include "journal/JournalCodec.h"
#include "journal/WriteJournal.h"
#include "models/SubscriptionTableModel.h"
#include "ui/BulkJobRunner.h"
#include "ui/ConsoleSession.h"
#include "ui/EnabledToggler.h"
#include "journal/JournaledWrites.h"

#include <QFile>
#include <algorithm>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
constexpr int kWait = 60'000;  // generous: the machine is shared and loaded
}

class TstJournaledWrites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void eachKindEndsDoneOnSuccess();
    void eachKindEndsFailedOnServerError();
    void unansweredChangeSaysItMayHaveBeenApplied();
    void recordedBeforeTheServerSeesIt();
    void registeredAsJournalUserWhileInFlight();
    void createWithoutAnswerStaysUncertain();
    void refusedWithoutJournal();
    void togglerWritesThroughJournal();
    void bulkJobIsOneRecordedBatch();
    void supersededToggleDoesNotDangle();
    void cancelPendingMarksQueuedFailed();
    void resendSkipsUncertainCreate();

private:
    std::unique_ptr<ConsoleSession> makeSession(const QString &journalDirectory);
    qint64 seed(const QString &url);
    Subscription fetch(qint64 id, bool *found = nullptr);
    void loadModel();
    JournalEntry entry(qint64 seq);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ConsoleSession> m_helper;  // the test's own, unjournaled client for seeding and checking
    std::unique_ptr<ConsoleSession> m_session;  // the console's session under test
    std::unique_ptr<SubscriptionTableModel> m_model;
};

void TstJournaledWrites::init()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->start({QStringLiteral("--rate-window"), QStringLiteral("1s")}),
             qPrintable(m_sandbox->standardError()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<SystemClock>();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_helper = makeSession(QString());
    m_session = makeSession(m_dir->filePath(QStringLiteral("journal")));
    QVERIFY2(m_session->journal()->isOpen(), qPrintable(m_session->journalError()));
    m_model = std::make_unique<SubscriptionTableModel>(m_clock.get());
}

void TstJournaledWrites::cleanup()
{
    m_model.reset();
    m_session.reset();
    m_helper.reset();
    m_sandbox.reset();
}

std::unique_ptr<ConsoleSession> TstJournaledWrites::makeSession(const QString &journalDirectory)
{
    RateLimitPolicy policy = RateLimitPolicy::documented();
    policy.setWindow(1000);
    auto session = std::make_unique<ConsoleSession>(m_clock.get(), m_network.get(), policy);
    session->open(m_sandbox->baseUrl(), m_sandbox->apiKey(), false, nullptr);
    if (!journalDirectory.isEmpty())
        session->openJournal(journalDirectory);
    return session;
}

qint64 TstJournaledWrites::seed(const QString &url)
{
    return ServerCalls::create(m_helper->client(), url).value_or(-1);
}

Subscription TstJournaledWrites::fetch(qint64 id, bool *found)
{
    const std::optional<Subscription> s = ServerCalls::fetch(m_helper->client(), id);
    if (found)
        *found = s.has_value();
    return s.value_or(Subscription());
}

void TstJournaledWrites::loadModel()
{
    bool done = false;
    m_helper->client()->listSubscriptions(RequestLane::Interactive, nullptr, [&](const ApiResult<SubscriptionList> &r) {
        done = true;
        if (r.ok())
            m_model->setSubscriptions(*r);
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, kWait); }();
}

JournalEntry TstJournaledWrites::entry(qint64 seq)
{
    const auto e = m_session->journal()->entry(seq);
    return e.value_or(JournalEntry());
}

// ---------------------------------------------------------------------------------------------

void TstJournaledWrites::eachKindEndsDoneOnSuccess()
{
    const qint64 a = seed(QStringLiteral("https://hooks.example.com/a"));
    const qint64 b = seed(QStringLiteral("https://hooks.example.com/b"));
    JournaledWrites *w = m_session->writes();
    int answers = 0;
    std::optional<qint64> createdId;
    QVERIFY(
        w->toggle(a, false, {}, RequestLane::Interactive, this, [&](const ApiResult<Subscription> &) { ++answers; }));
    SubscriptionPatch edit;
    edit.description = QStringLiteral("edited");
    QVERIFY(w->edit(a, edit, {}, RequestLane::Interactive, this, [&](const ApiResult<Subscription> &) { ++answers; }));
    SubscriptionDraft draft;
    draft.url = QStringLiteral("https://hooks.example.com/new");
    QVERIFY(w->create(draft, RequestLane::Interactive, this, [&](const ApiResult<CreatedSubscription> &r) {
        ++answers;
        if (r.ok())
            createdId = r->subscription.id;
    }));
    QVERIFY(w->remove(b, {}, RequestLane::Interactive, this, [&](const ApiResult<Empty> &) { ++answers; }));
    QTRY_COMPARE_WITH_TIMEOUT(answers, 4, kWait);
    QCOMPARE(w->pendingCount(), 0);

    const auto all = m_session->journal()->all();
    QVERIFY(all);
    QCOMPARE(all->size(), 4);
    for (const JournalEntry &e : *all)
        QVERIFY2(e.state == JournalEntry::State::Done,
                 qPrintable(JournalCodec::describe(e.write) + QStringLiteral(": ") + JournalEntry::stateName(e.state)));
    QCOMPARE(all->at(0).write.kind, JournalWrite::Kind::Toggle);
    QCOMPARE(all->at(1).write.kind, JournalWrite::Kind::Edit);
    QCOMPARE(all->at(2).write.kind, JournalWrite::Kind::Create);
    QCOMPARE(all->at(2).resultId, createdId);
    QCOMPARE(all->at(3).write.kind, JournalWrite::Kind::Delete);
    QCOMPARE(m_session->journal()->unconfirmedCount(), std::optional<int>(0));

    // And the server holds what the journal says.
    const Subscription sa = fetch(a);
    QCOMPARE(sa.enabled, false);
    QCOMPARE(sa.description, std::optional<QString>(QStringLiteral("edited")));
    bool found = true;
    fetch(b, &found);
    QVERIFY(!found);
    QVERIFY(createdId);
    fetch(*createdId, &found);
    QVERIFY(found);
}

void TstJournaledWrites::eachKindEndsFailedOnServerError()
{
    const qint64 a = seed(QStringLiteral("https://hooks.example.com/a"));
    const qint64 b = seed(QStringLiteral("https://hooks.example.com/b"));
    // Same database, every answer a 503 from now on.
    QVERIFY2(m_sandbox->restart({QStringLiteral("--rate-window"), QStringLiteral("1s"),
                                 QStringLiteral("--fault-5xx-share"), QStringLiteral("1.0")}),
             qPrintable(m_sandbox->standardError()));
    m_session = makeSession(m_dir->filePath(QStringLiteral("journal")));
    // Retries of PATCH/DELETE need not wait long here.
    RetryPolicy quick = m_session->queue()->retryPolicy();
    quick.maxAttempts = 2;
    m_session->queue()->setRetryPolicy(quick);
    JournaledWrites *w = m_session->writes();
    int answers = 0;
    QStringList errors;
    auto onPatch = [&](const ApiResult<Subscription> &r) {
        ++answers;
        errors << r.error.kindName();
    };
    QVERIFY(w->toggle(a, false, {}, RequestLane::Interactive, this, onPatch));
    SubscriptionPatch edit;
    edit.description = QStringLiteral("edited");
    QVERIFY(w->edit(a, edit, {}, RequestLane::Interactive, this, onPatch));
    SubscriptionDraft draft;
    draft.url = QStringLiteral("https://hooks.example.com/new");
    QVERIFY(w->create(draft, RequestLane::Interactive, this, [&](const ApiResult<CreatedSubscription> &r) {
        ++answers;
        errors << r.error.kindName();
    }));
    QVERIFY(w->remove(b, {}, RequestLane::Interactive, this, [&](const ApiResult<Empty> &r) {
        ++answers;
        errors << r.error.kindName();
    }));
    QTRY_COMPARE_WITH_TIMEOUT(answers, 4, kWait);
    QCOMPARE(errors, QStringList(4, QStringLiteral("server")));
    const auto all = m_session->journal()->all();
    QVERIFY(all);
    QCOMPARE(all->size(), 4);
    for (const JournalEntry &e : *all) {
        // A create answered 5xx may have been applied (the server can fail after storing it):
        // it stays sent, flagged for a check, as in webhookctl. The idempotent ones failed.
        if (e.write.kind == JournalWrite::Kind::Create) {
            QVERIFY(e.isUncertain());
            continue;
        }
        QVERIFY2(e.state == JournalEntry::State::Failed, qPrintable(JournalCodec::describe(e.write)));
        QVERIFY(!e.error.isEmpty());
    }
}

void TstJournaledWrites::unansweredChangeSaysItMayHaveBeenApplied()
{
    // The connection drops without an answer: the caller is told the change failed *and* that it
    // may have been applied (not a plain "failed").
    const qint64 a = seed(QStringLiteral("https://hooks.example.com/a"));
    QVERIFY2(m_sandbox->restart({QStringLiteral("--rate-window"), QStringLiteral("1s"),
                                 QStringLiteral("--fault-drop-after-share"), QStringLiteral("1.0")}),
             qPrintable(m_sandbox->standardError()));
    m_session = makeSession(m_dir->filePath(QStringLiteral("journal")));
    RetryPolicy once = m_session->queue()->retryPolicy();
    once.maxAttempts = 1;
    m_session->queue()->setRetryPolicy(once);
    std::optional<ApiResult<Subscription>> answer;
    QVERIFY(m_session->writes()->toggle(a, false, {}, RequestLane::Interactive, this,
                                        [&](const ApiResult<Subscription> &r) { answer = r; }));
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), kWait);
    QVERIFY(!answer->ok());
    QVERIFY2(answer->error.message().contains(QStringLiteral("may have been applied")),
             qPrintable(answer->error.message()));
}

void TstJournaledWrites::recordedBeforeTheServerSeesIt()
{
    const qint64 a = seed(QStringLiteral("https://hooks.example.com/a"));
    JournaledWrites *w = m_session->writes();
    bool answered = false;
    QVERIFY(w->toggle(a, false, {}, RequestLane::Interactive, this,
                      [&](const ApiResult<Subscription> &) { answered = true; }));
    // No event loop has run since (callbacks never run inside the call, and no byte can have left
    // before the loop runs): nothing can have reached the server, yet the entry is on disk.
    QVERIFY(!answered);
    WriteJournal reader(m_session->journal()->filePath(), *m_clock);
    QVERIFY(reader.open());
    const auto all = reader.all();
    QVERIFY(all);
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->constFirst().write, JournalCodec::toggle(a, false));
    QTRY_VERIFY_WITH_TIMEOUT(answered, kWait);
    QCOMPARE(entry(all->constFirst().seq).state, JournalEntry::State::Done);
}

// While a write is in flight the console holds a lock file next to the journal, so that a
// `webhookctl resume` leaves its writes alone; the last answer removes it.
void TstJournaledWrites::registeredAsJournalUserWhileInFlight()
{
    const qint64 a = seed(QStringLiteral("https://hooks.example.com/a"));
    const qint64 b = seed(QStringLiteral("https://hooks.example.com/b"));
    JournaledWrites *w = m_session->writes();
    const QString lock = m_session->journal()->filePath() + QStringLiteral(".users/")
        + QString::number(QCoreApplication::applicationPid()) + QStringLiteral(".lock");
    QVERIFY(!w->isRegisteredUser());
    QVERIFY(!QFile::exists(lock));
    int answered = 0;
    QVERIFY(
        w->toggle(a, false, {}, RequestLane::Interactive, this, [&](const ApiResult<Subscription> &) { ++answered; }));
    QVERIFY(
        w->toggle(b, false, {}, RequestLane::Interactive, this, [&](const ApiResult<Subscription> &) { ++answered; }));
    QVERIFY(w->isRegisteredUser());
    QVERIFY(QFile::exists(lock));
    QTRY_COMPARE_WITH_TIMEOUT(answered, 2, kWait);
    QVERIFY(!w->isRegisteredUser());
    QVERIFY(!QFile::exists(lock));
    // This process itself is never "another user".
    QVERIFY(w->otherUsers().isEmpty());
}

void TstJournaledWrites::createWithoutAnswerStaysUncertain()
{
    // The server stores the POST, then drops the connection without an answer: the create exists
    // on the server, the client cannot know, so the entry stays Sent (uncertain), never resent.
    QVERIFY2(m_sandbox->restart({QStringLiteral("--fault-drop-after-share"), QStringLiteral("1.0")}),
             qPrintable(m_sandbox->standardError()));
    m_session = makeSession(m_dir->filePath(QStringLiteral("journal")));
    JournaledWrites *w = m_session->writes();
    bool answered = false;
    SubscriptionDraft draft;
    draft.url = QStringLiteral("https://hooks.example.com/maybe");
    QVERIFY(w->create(draft, RequestLane::Interactive, this, [&](const ApiResult<CreatedSubscription> &r) {
        answered = true;
        QVERIFY(!r.ok());
    }));
    QTRY_VERIFY_WITH_TIMEOUT(answered, kWait);
    const auto uncertain = m_session->journal()->uncertain();
    QVERIFY(uncertain);
    QCOMPARE(uncertain->size(), 1);
    QVERIFY(uncertain->constFirst().isUncertain());
    QCOMPARE(m_session->journal()->unconfirmedCount(), std::optional<int>(1));
    QCOMPARE(uncertain->constFirst().sendCount, 1);  // it left once, and only once
    // Resume never hands it out.
    QCOMPARE(m_session->journal()->takeForResume().value_or(QList<JournalEntry>{1}).size(), 0);
    // The journal told the truth: the server has it, once. Its log shows the one POST, handled
    // and then dropped without an answer.
    QVERIFY2(m_sandbox->restart(), qPrintable(m_sandbox->standardError()));
    QCOMPARE(m_sandbox->standardError().count(QStringLiteral("POST (fault: dropped after handling) dropped")), 1);
    QCOMPARE(m_sandbox->standardError().count(QStringLiteral("POST ")), 1);
    const auto reader = makeSession(QString());
    const auto all = ServerCalls::fetchAll(reader->client());
    QVERIFY(all);
    QCOMPARE(
        std::count_if(all->cbegin(), all->cend(),
                      [](const Subscription &s) { return s.url == QStringLiteral("https://hooks.example.com/maybe"); }),
        1);
}

void TstJournaledWrites::refusedWithoutJournal()
{
    const qint64 a = seed(QStringLiteral("https://hooks.example.com/a"));
    // A journal path below a plain file cannot be created.
    QFile blocker(m_dir->filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    auto session = makeSession(m_dir->filePath(QStringLiteral("blocker")));
    QVERIFY(!session->journal());
    JournaledWrites *w = session->writes();
    QVERIFY(!w->canWrite());
    QVERIFY(!w->refusal().isEmpty());
    bool called = false;
    QCOMPARE(w->toggle(a, false, {}, RequestLane::Interactive, this,
                       [&](const ApiResult<Subscription> &) { called = true; }),
             RequestId(0));
    QVERIFY(!w->lastError().isEmpty());

    // The toggler refuses too, says why, and leaves the row as the server has it.
    loadModel();
    EnabledToggler toggler(w, m_model.get());
    QSignalSpy settled(&toggler, &EnabledToggler::settled);
    QVERIFY(!toggler.setEnabled(a, false));
    QCOMPARE(settled.size(), 1);
    QCOMPARE(settled.at(0).at(1).toBool(), false);
    QVERIFY(!settled.at(0).at(2).toString().isEmpty());
    QCOMPARE(m_model->subscriptionAt(m_model->rowForId(a)).enabled, true);
    QCOMPARE(fetch(a).enabled, true);  // nothing was sent
    QVERIFY(!called);
}

void TstJournaledWrites::togglerWritesThroughJournal()
{
    const qint64 a = seed(QStringLiteral("https://hooks.example.com/a"));
    loadModel();
    EnabledToggler toggler(m_session->writes(), m_model.get());
    QSignalSpy settled(&toggler, &EnabledToggler::settled);
    // A burst: off, on, off. The server ends with the last choice; no entry is left unconfirmed.
    QVERIFY(toggler.setEnabled(a, false));
    QVERIFY(toggler.setEnabled(a, true));
    QVERIFY(toggler.setEnabled(a, false));
    QTRY_VERIFY_WITH_TIMEOUT(!toggler.isBusy(a), kWait);
    QCOMPARE(fetch(a).enabled, false);
    QCOMPARE(m_session->journal()->unconfirmedCount(), std::optional<int>(0));
    const auto all = m_session->journal()->all();
    QVERIFY(all && !all->isEmpty());
    QCOMPARE(all->constLast().write.body, JournalCodec::toggle(a, false).body);
    QCOMPARE(all->constLast().state, JournalEntry::State::Done);
    // Its "before" is the row as shown at the last click: enabled (after the second click).
    QCOMPARE(all->constLast().write.before.value(QStringLiteral("enabled")), QJsonValue(true));
}

void TstJournaledWrites::bulkJobIsOneRecordedBatch()
{
    QList<qint64> ids;
    for (int i = 0; i < 6; ++i)
        ids << seed(QStringLiteral("https://hooks.example.com/bulk/%1").arg(i));
    loadModel();
    // One request on the wire at a time: the rest of the job waits in the queue.
    m_session->queue()->setMaxInFlightPerBucket(1);
    BulkJobRunner runner(m_session->writes(), m_model.get());
    QSignalSpy finished(&runner, &BulkJobRunner::finished);
    QVERIFY(runner.start(BulkJobRunner::Action::Disable, ids));
    // All recorded (one transaction, one bulk job id) before anything goes out. Queued is not
    // sent: an entry is marked sent only as its request leaves, so only the one on the wire is.
    auto all = m_session->journal()->all();
    QVERIFY(all);
    QCOMPARE(all->size(), ids.size());
    const QString job = all->constFirst().write.bulkJobId;
    QVERIFY(!job.isEmpty());
    int sent = 0;
    for (const JournalEntry &e : *all) {
        QCOMPARE(e.write.bulkJobId, job);
        QVERIFY(e.isUnconfirmed());
        QCOMPARE(e.sendCount, e.state == JournalEntry::State::Sent ? 1 : 0);
        sent += e.state == JournalEntry::State::Sent ? 1 : 0;
    }
    QCOMPARE(sent, 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
    all = m_session->journal()->all();
    for (const JournalEntry &e : *all) {
        QCOMPARE(e.state, JournalEntry::State::Done);
        QCOMPARE(e.sendCount, 1);
    }
    for (qint64 id : ids)
        QCOMPARE(fetch(id).enabled, false);

    // A bulk delete, the same way.
    QVERIFY(runner.start(BulkJobRunner::Action::Delete, ids.mid(0, 3)));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kWait);
    QCOMPARE(m_session->journal()->unconfirmedCount(), std::optional<int>(0));
    bool found = true;
    fetch(ids.at(0), &found);
    QVERIFY(!found);
}

void TstJournaledWrites::supersededToggleDoesNotDangle()
{
    QList<qint64> ids;
    for (int i = 0; i < 12; ++i)
        ids << seed(QStringLiteral("https://hooks.example.com/s/%1").arg(i));
    loadModel();
    // A small per-bucket limit keeps most of the bulk job queued while the click comes in.
    m_session->queue()->setMaxInFlightPerBucket(1);
    BulkJobRunner runner(m_session->writes(), m_model.get());
    QSignalSpy finished(&runner, &BulkJobRunner::finished);
    QVERIFY(runner.start(BulkJobRunner::Action::Disable, ids));
    // The last row's queued PATCH {"enabled": false} takes this newer body instead.
    bool answered = false;
    QVERIFY(m_session->writes()->toggle(ids.constLast(), true, {}, RequestLane::Interactive, this,
                                        [&](const ApiResult<Subscription> &) { answered = true; }));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(answered, kWait);
    QCOMPARE(m_session->writes()->pendingCount(), 0);
    QCOMPARE(m_session->journal()->unconfirmedCount(), std::optional<int>(0));
    QCOMPARE(fetch(ids.constLast()).enabled, true);
    // The replaced bulk write was dropped, the click that replaced it is confirmed.
    const auto all = m_session->journal()->all();
    QVERIFY(all);
    int replaced = 0;
    int clicked = 0;
    for (const JournalEntry &e : *all) {
        replaced += e.write == JournalCodec::toggle(ids.constLast(), false, e.write.bulkJobId) ? 1 : 0;
        clicked +=
            e.write == JournalCodec::toggle(ids.constLast(), true) && e.state == JournalEntry::State::Done ? 1 : 0;
    }
    QCOMPARE(replaced, 0);
    QCOMPARE(clicked, 1);
    QCOMPARE(all->size(), ids.size());
}

void TstJournaledWrites::cancelPendingMarksQueuedFailed()
{
    QList<qint64> ids;
    for (int i = 0; i < 8; ++i)
        ids << seed(QStringLiteral("https://hooks.example.com/c/%1").arg(i));
    loadModel();
    m_session->queue()->setMaxInFlightPerBucket(1);
    BulkJobRunner runner(m_session->writes(), m_model.get());
    QVERIFY(runner.start(BulkJobRunner::Action::Disable, ids));
    QVERIFY(m_session->writes()->pendingCount() > 0);
    // One request on the wire, the others queued behind it.
    const auto sentCount = [this] {
        const auto all = m_session->journal()->all();
        return all ? int(std::count_if(all->cbegin(), all->cend(),
                                       [](const JournalEntry &e) { return e.state == JournalEntry::State::Sent; }))
                   : -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(sentCount() >= 1, kWait);
    const int onTheWire = sentCount();
    m_session->writes()->cancelPending();
    QCOMPARE(m_session->writes()->pendingCount(), 0);
    // What left may have been applied: it stays sent (unconfirmed); what never left is failed.
    QCOMPARE(m_session->journal()->unconfirmedCount(), std::optional<int>(onTheWire));
    const auto failed = m_session->journal()->failed();
    QVERIFY(failed);
    QCOMPARE(int(failed->size()), int(ids.size()) - onTheWire);
}

void TstJournaledWrites::resendSkipsUncertainCreate()
{
    const qint64 a = seed(QStringLiteral("https://hooks.example.com/a"));
    WriteJournal *journal = m_session->journal();
    // As a crash would leave them: an edit recorded, a create sent without an answer.
    const auto editSeq = journal->record(JournalCodec::toggle(a, false));
    SubscriptionDraft draft;
    draft.url = QStringLiteral("https://hooks.example.com/uncertain");
    const auto createSeq = journal->record(JournalCodec::create(draft));
    QVERIFY(editSeq && createSeq);
    QVERIFY(journal->markSent(*createSeq));
    const auto uncertain = journal->entry(*createSeq);
    QVERIFY(uncertain && uncertain->isUncertain());
    QCOMPARE(m_session->writes()->resend(*uncertain, RequestLane::Bulk, this, {}), RequestId(0));

    loadModel();
    BulkJobRunner runner(m_session->writes(), m_model.get());
    QSignalSpy finished(&runner, &BulkJobRunner::finished);
    const auto todo = journal->takeForResume();
    QVERIFY(todo);
    QCOMPARE(todo->size(), 1);
    QVERIFY(runner.resume(*todo));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
    QCOMPARE(runner.progress().succeeded, 1);
    QCOMPARE(fetch(a).enabled, false);
    QCOMPARE(entry(*editSeq).state, JournalEntry::State::Done);
    QCOMPARE(entry(*editSeq).sendCount, 1);
    QCOMPARE(entry(*createSeq).state, JournalEntry::State::Sent);
}

QTEST_MAIN(TstJournaledWrites)
#include "tst_journaledwrites.moc"
