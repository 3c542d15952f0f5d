// The console's start prompt about unconfirmed writes and its close question, driven offscreen on
// the real MainWindow against a real webhook-sandbox. The journal is pre-filled with WriteJournal
// exactly as a crash would leave it. Every wait is a QTRY_* on observable state.

#include "kit/JournalUserProcess.h"
#include "kit/SandboxProcess.h"
#include "kit/ConsoleTestServices.h"
#include "kit/ServerCalls.h"
#include "kit/MainWindowParts.h"
#include "kit/DialogParts.h"

#include "api/ApiClient.h"
#include "api/RequestQueue.h"
#include "common/SystemClock.h"
#include "credentials/MemoryCredentialStore.h"
#include "journal/JournalCodec.h"
#include "journal/JournalLocation.h"
#include "journal/WriteJournal.h"
#include "profiles/ProfileStore.h"
#include "sandbox/SandboxDatabase.h"
#include "sandbox/SubscriptionStore.h"
#include "ui/BulkJobRunner.h"
#include "ui/ConsoleSession.h"
#include "journal/JournaledWrites.h"
#include "models/SubscriptionFilterProxyModel.h"
#include "ui/MainWindow.h"
#include "ui/PendingWritesDialog.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace MainWindowParts;
using namespace DialogParts;

namespace {
constexpr int kWait = 60'000;

using WindowPtr = std::unique_ptr<MainWindow>;
const QString kUncertainUrl = QStringLiteral("https://hooks.example.com/maybe-created");
}  // namespace

class TstPendingWritesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void startListsExactlyTheUnconfirmed();
    void resumeAppliesEachOnceAndSkipsUncertainCreate();
    void discardEmptiesTheJournal();
    void resumeWaitsWhileWebhookctlSends();
    void checkedCreateIsSentOnceOnResume();
    void forgetDropsOneEntry();
    void laterAsksAgainNextStart();
    void noPromptWithoutUnconfirmed();
    void closeWaitClosesWhenAnswered();
    void closeCancelFailsOnlyWhatNeverLeft();
    void closeKeepOffersThemNextStart();
    void unusableJournalRefusesWrites();

private:
    WindowPtr makeWindow(const QString &journalDir = {});
    QString journalPath() const;
    void prefill();
    void restartWithLatency(const QString &latency);
    qint64 seed(const QString &url);
    Subscription fetch(qint64 id);
    SubscriptionList fetchAll();

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<ConsoleTestServices> m_env;
    std::unique_ptr<ConsoleSession> m_helper;
    MainWindow::PendingCloseChoice m_closeAnswer = MainWindow::PendingCloseChoice::StayOpen;
    int m_closeQuestions = 0;
    qint64 m_a = 0;
    qint64 m_b = 0;
    qint64 m_c = 0;
};

void TstPendingWritesDialog::init()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->start({QStringLiteral("--rate-window"), QStringLiteral("1s")}),
             qPrintable(m_sandbox->standardError()));
    m_env = std::make_unique<ConsoleTestServices>();
    m_helper = m_env->helperSession(m_sandbox->baseUrl(), m_sandbox->apiKey(), 1000);
    QVERIFY(m_helper);
    m_closeQuestions = 0;
    m_a = seed(QStringLiteral("https://hooks.example.com/a"));
    m_b = seed(QStringLiteral("https://hooks.example.com/b"));
    m_c = seed(QStringLiteral("https://hooks.example.com/c"));
}

void TstPendingWritesDialog::cleanup()
{
    m_helper.reset();
    m_sandbox.reset();
}

WindowPtr TstPendingWritesDialog::makeWindow(const QString &journalDir)
{
    ConsoleServices services = m_env->services(1000);
    if (!journalDir.isEmpty())
        services.journalDirectory = journalDir;
    WindowPtr w(new MainWindow(services));
    w->setConfirmHandler([](QWidget *, const QString &, const QString &, const QString &) { return true; });
    w->setPendingCloseHandler([this](QWidget *, int) {
        ++m_closeQuestions;
        return m_closeAnswer;
    });
    w->show();
    return w;
}

QString TstPendingWritesDialog::journalPath() const
{
    return WriteJournal::filePathFor(m_env->dir.filePath(QStringLiteral("journal")),
                                     JournalLocation::journalName({}, m_sandbox->baseUrl(), false));
}

// What a console killed mid-work leaves: an edit recorded, a toggle sent, a create sent without an
// answer (uncertain), and one confirmed write that must not be listed.
void TstPendingWritesDialog::prefill()
{
    WriteJournal journal(journalPath(), m_env->clock);
    QVERIFY2(journal.open(), qPrintable(journal.lastError()));
    SubscriptionPatch edit;
    edit.description = QStringLiteral("resumed edit");
    const auto done = journal.record(JournalCodec::toggle(m_c, false));
    QVERIFY(done && journal.markSent(*done) && journal.markDone(*done));
    QVERIFY(journal.record(JournalCodec::edit(m_a, edit)));
    const auto toggle = journal.record(JournalCodec::toggle(m_b, false));
    QVERIFY(toggle && journal.markSent(*toggle));
    SubscriptionDraft draft;
    draft.url = kUncertainUrl;
    const auto create = journal.record(JournalCodec::create(draft));
    QVERIFY(create && journal.markSent(*create));
    QCOMPARE(journal.unconfirmedCount(), std::optional<int>(3));
}

// Slow answers keep writes in flight while the window is closed. Same database, new port.
void TstPendingWritesDialog::restartWithLatency(const QString &latency)
{
    QVERIFY2(m_sandbox->restart(
                 {QStringLiteral("--rate-window"), QStringLiteral("1s"), QStringLiteral("--fault-latency"), latency}),
             qPrintable(m_sandbox->standardError()));
    m_helper = m_env->helperSession(m_sandbox->baseUrl(), m_sandbox->apiKey(), 1000);
    QVERIFY(m_helper);
}

qint64 TstPendingWritesDialog::seed(const QString &url)
{
    return ServerCalls::create(m_helper->client(), url).value_or(-1);
}

Subscription TstPendingWritesDialog::fetch(qint64 id)
{
    return ServerCalls::fetch(m_helper->client(), id).value_or(Subscription());
}

SubscriptionList TstPendingWritesDialog::fetchAll()
{
    return ServerCalls::fetchAll(m_helper->client()).value_or(SubscriptionList());
}

// ---------------------------------------------------------------------------------------------

void TstPendingWritesDialog::startListsExactlyTheUnconfirmed()
{
    prefill();
    auto w = makeWindow();
    QVERIFY(w->connectTo(m_sandbox->baseUrl(), m_sandbox->apiKey(), QStringLiteral("Test")));
    QTRY_VERIFY_WITH_TIMEOUT(pendingWritesDialog(*w) && pendingWritesDialog(*w)->isVisible(), kWait);
    PendingWritesDialog *d = pendingWritesDialog(*w);
    QTableWidget *t = table(*d);
    QCOMPARE(t->rowCount(), 3);
    QCOMPARE(t->item(0, 0)->text(), JournalCodec::describe(JournalCodec::edit(m_a, [] {
                 SubscriptionPatch p;
                 p.description = QStringLiteral("resumed edit");
                 return p;
             }())));
    QCOMPARE(t->item(0, 1)->text(), QStringLiteral("#%1").arg(m_a));
    QCOMPARE(t->item(1, 0)->text(), JournalCodec::describe(JournalCodec::toggle(m_b, false)));
    QCOMPARE(t->item(1, 1)->text(), QStringLiteral("#%1").arg(m_b));
    QVERIFY(t->item(2, 0)->text().contains(kUncertainUrl));
    QVERIFY(t->item(2, 2)->text().contains(QStringLiteral("may exist on the server: check before sending again")));
    QVERIFY(!t->item(0, 2)->text().contains(QStringLiteral("may exist")));
    QVERIFY(!t->item(0, 3)->text().isEmpty());  // when
    QCOMPARE(d->resumableCount(), 2);
    QVERIFY(resumeButton(*d)->isEnabled());
}

void TstPendingWritesDialog::resumeAppliesEachOnceAndSkipsUncertainCreate()
{
    prefill();
    const int before = int(fetchAll().size());
    auto w = makeWindow();
    QVERIFY(w->connectTo(m_sandbox->baseUrl(), m_sandbox->apiKey(), QStringLiteral("Test")));
    QTRY_VERIFY_WITH_TIMEOUT(pendingWritesDialog(*w) && pendingWritesDialog(*w)->isVisible(), kWait);
    QSignalSpy finished(bulkRunner(*w), &BulkJobRunner::finished);
    QTest::mouseClick(resumeButton(*pendingWritesDialog(*w)), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
    QCOMPARE(bulkRunner(*w)->progress().succeeded, 2);
    QCOMPARE(bulkRunner(*w)->progress().failed, 0);

    QCOMPARE(fetch(m_a).description, std::optional<QString>(QStringLiteral("resumed edit")));
    QCOMPARE(fetch(m_b).enabled, false);
    // The uncertain create was not sent: no new subscription with its URL.
    const SubscriptionList all = fetchAll();
    QCOMPARE(int(all.size()), before);
    for (const Subscription &s : all)
        QVERIFY(s.url != kUncertainUrl);

    WriteJournal journal(journalPath(), m_env->clock);
    QVERIFY(journal.open());
    const auto unconfirmed = journal.unconfirmed();
    QVERIFY(unconfirmed);
    QCOMPARE(unconfirmed->size(), 1);
    QVERIFY(unconfirmed->constFirst().isUncertain());
    const auto entries = journal.all();
    for (const JournalEntry &e : *entries) {
        if (e.write.kind == JournalWrite::Kind::Edit || e.write.subscriptionId == m_b) {
            QCOMPARE(e.state, JournalEntry::State::Done);
            QCOMPARE(e.sendCount,
                     e.write.subscriptionId == m_b ? 2 : 1);  // the toggle was sent once before the "crash"
        }
    }
}

// A webhookctl sending the same journal's writes right now: its entries are under way, so Resume
// and Discard wait (the dialog says why and stays open) and go ahead once it has finished.
void TstPendingWritesDialog::resumeWaitsWhileWebhookctlSends()
{
    prefill();
    JournalUserProcess ctl(QStringLiteral("webhookctl"), journalPath());
    QVERIFY(ctl.isRunning());
    auto w = makeWindow();
    QVERIFY(w->connectTo(m_sandbox->baseUrl(), m_sandbox->apiKey(), QStringLiteral("Test")));
    QTRY_VERIFY_WITH_TIMEOUT(pendingWritesDialog(*w) && pendingWritesDialog(*w)->isVisible(), kWait);
    PendingWritesDialog *d = pendingWritesDialog(*w);
    const QString expected = QStringLiteral("Another webhookctl (process %1) is sending").arg(ctl.pid());
    QVERIFY(busyNote(*d)->isVisibleTo(d));
    QVERIFY2(busyNote(*d)->text().contains(expected), qPrintable(busyNote(*d)->text()));

    QSignalSpy chosen(d, &PendingWritesDialog::chosen);
    QTest::mouseClick(resumeButton(*d), Qt::LeftButton);
    QTest::mouseClick(discardButton(*d), Qt::LeftButton);
    QCOMPARE(chosen.size(), 0);
    QVERIFY(d->isVisible());
    WriteJournal journal(journalPath(), m_env->clock);
    QVERIFY(journal.open());
    QCOMPARE(journal.unconfirmedCount(), std::optional<int>(3));
    QVERIFY(!bulkRunner(*w)->isRunning());

    ctl.stop();
    QSignalSpy finished(bulkRunner(*w), &BulkJobRunner::finished);
    QTest::mouseClick(resumeButton(*d), Qt::LeftButton);
    QCOMPARE(chosen.size(), 1);
    QVERIFY(!busyNote(*d)->isVisibleTo(d));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
    QCOMPARE(bulkRunner(*w)->progress().succeeded, 2);
    QCOMPARE(fetch(m_a).description, std::optional<QString>(QStringLiteral("resumed edit")));
}

void TstPendingWritesDialog::discardEmptiesTheJournal()
{
    prefill();
    auto w = makeWindow();
    QVERIFY(w->connectTo(m_sandbox->baseUrl(), m_sandbox->apiKey(), QStringLiteral("Test")));
    QTRY_VERIFY_WITH_TIMEOUT(pendingWritesDialog(*w) && pendingWritesDialog(*w)->isVisible(), kWait);
    QTest::mouseClick(discardButton(*pendingWritesDialog(*w)), Qt::LeftButton);
    QCOMPARE(session(*w)->journal()->unconfirmedCount(), std::optional<int>(0));
    QTRY_VERIFY_WITH_TIMEOUT(!pendingWritesDialog(*w), kWait);
    // Nothing was sent.
    QCOMPARE(fetch(m_a).description.value_or(QString()), QString());
    QCOMPARE(fetch(m_b).enabled, true);
}

void TstPendingWritesDialog::checkedCreateIsSentOnceOnResume()
{
    prefill();
    auto w = makeWindow();
    QVERIFY(w->connectTo(m_sandbox->baseUrl(), m_sandbox->apiKey(), QStringLiteral("Test")));
    QTRY_VERIFY_WITH_TIMEOUT(pendingWritesDialog(*w) && pendingWritesDialog(*w)->isVisible(), kWait);
    PendingWritesDialog *d = pendingWritesDialog(*w);
    table(*d)->setCurrentCell(0, 0);
    QVERIFY(!sendAgainButton(*d)->isEnabled());  // only for an uncertain create
    table(*d)->setCurrentCell(2, 0);
    QVERIFY(sendAgainButton(*d)->isEnabled());
    // The user looked: it is not on the server. Send it after all.
    QTest::mouseClick(sendAgainButton(*d), Qt::LeftButton);
    QCOMPARE(d->resumableCount(), 3);
    QVERIFY(!table(*d)->item(2, 2)->text().contains(QStringLiteral("may exist")));
    QSignalSpy finished(bulkRunner(*w), &BulkJobRunner::finished);
    QTest::mouseClick(resumeButton(*d), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
    QCOMPARE(bulkRunner(*w)->progress().succeeded, 3);
    int withUrl = 0;
    for (const Subscription &s : fetchAll())
        withUrl += s.url == kUncertainUrl ? 1 : 0;
    QCOMPARE(withUrl, 1);
    QCOMPARE(session(*w)->journal()->unconfirmedCount(), std::optional<int>(0));
}

void TstPendingWritesDialog::forgetDropsOneEntry()
{
    prefill();
    auto w = makeWindow();
    QVERIFY(w->connectTo(m_sandbox->baseUrl(), m_sandbox->apiKey(), QStringLiteral("Test")));
    QTRY_VERIFY_WITH_TIMEOUT(pendingWritesDialog(*w) && pendingWritesDialog(*w)->isVisible(), kWait);
    PendingWritesDialog *d = pendingWritesDialog(*w);
    table(*d)->setCurrentCell(2, 0);
    QTest::mouseClick(forgetButton(*d), Qt::LeftButton);
    QCOMPARE(table(*d)->rowCount(), 2);
    QCOMPARE(session(*w)->journal()->unconfirmedCount(), std::optional<int>(2));
    QVERIFY(session(*w)->journal()->uncertain().value_or(QList<JournalEntry>{JournalEntry()}).isEmpty());
}

void TstPendingWritesDialog::laterAsksAgainNextStart()
{
    prefill();
    {
        auto w = makeWindow();
        QVERIFY(w->connectTo(m_sandbox->baseUrl(), m_sandbox->apiKey(), QStringLiteral("Test")));
        QTRY_VERIFY_WITH_TIMEOUT(pendingWritesDialog(*w) && pendingWritesDialog(*w)->isVisible(), kWait);
        QTest::mouseClick(laterButton(*pendingWritesDialog(*w)), Qt::LeftButton);
        QCOMPARE(session(*w)->journal()->unconfirmedCount(), std::optional<int>(3));
    }
    auto w = makeWindow();
    QVERIFY(w->connectTo(m_sandbox->baseUrl(), m_sandbox->apiKey(), QStringLiteral("Test")));
    QTRY_VERIFY_WITH_TIMEOUT(pendingWritesDialog(*w) && pendingWritesDialog(*w)->isVisible(), kWait);
    QCOMPARE(table(*pendingWritesDialog(*w))->rowCount(), 3);
}

void TstPendingWritesDialog::noPromptWithoutUnconfirmed()
{
    auto w = makeWindow();
    QVERIFY(w->connectTo(m_sandbox->baseUrl(), m_sandbox->apiKey(), QStringLiteral("Test")));
    QVERIFY(!pendingWritesDialog(*w));
    QVERIFY(journalWarning(*w).isEmpty());
    QVERIFY(journaledWrites(*w)->canWrite());
}

void TstPendingWritesDialog::closeWaitClosesWhenAnswered()
{
    restartWithLatency(QStringLiteral("1500ms"));
    auto w = makeWindow();
    QVERIFY(w->connectTo(m_sandbox->baseUrl(), m_sandbox->apiKey(), QStringLiteral("Test")));
    QVERIFY(journaledWrites(*w)->toggle(m_a, false, {}, RequestLane::Interactive, nullptr, {}));
    QVERIFY(journaledWrites(*w)->toggle(m_b, false, {}, RequestLane::Interactive, nullptr, {}));
    m_closeAnswer = MainWindow::PendingCloseChoice::Wait;
    w->close();
    QCOMPARE(m_closeQuestions, 1);
    QVERIFY(w->isVisible());
    QVERIFY(w->statusBar()->currentMessage().startsWith(QStringLiteral("Closing when")));  // waiting
    QTRY_VERIFY_WITH_TIMEOUT(!w->isVisible(), kWait);
    QCOMPARE(m_closeQuestions, 1);
    QCOMPARE(session(*w)->journal()->unconfirmedCount(), std::optional<int>(0));
    QCOMPARE(fetch(m_a).enabled, false);
    QCOMPARE(fetch(m_b).enabled, false);
}

void TstPendingWritesDialog::closeCancelFailsOnlyWhatNeverLeft()
{
    // The server applies at once and answers 10 s later: two PATCHes on the wire (and applied),
    // two queued behind them (two bulk sends at a time), when the user closes and discards them.
    const qint64 d = seed(QStringLiteral("https://hooks.example.com/d"));
    restartWithLatency(QStringLiteral("10s"));
    auto w = makeWindow();
    QVERIFY(w->connectTo(m_sandbox->baseUrl(), m_sandbox->apiKey(), QStringLiteral("Test")));
    session(*w)->queue()->setMaxInFlightPerBucket(2);
    const QList<qint64> ids{m_a, m_b, m_c, d};
    for (qint64 id : ids)
        QVERIFY(journaledWrites(*w)->toggle(id, false, {}, RequestLane::Bulk, nullptr, {}));
    // The server's own file says when the first two have arrived and been applied.
    SandboxDatabase database;
    QString error;
    QVERIFY2(database.open(m_sandbox->dbPath(), &error), qPrintable(error));
    SubscriptionStore store(database);
    const auto enabledOnServer = [&store](qint64 id) {
        const auto s = store.get(1, id);
        return !s || !*s || (*s)->enabled;
    };
    QTRY_VERIFY_WITH_TIMEOUT(!enabledOnServer(m_a) && !enabledOnServer(m_b), kWait);
    const auto inFlight = session(*w)->journal()->unconfirmed();
    QVERIFY(inFlight);
    QCOMPARE(inFlight->size(), 4);
    for (const JournalEntry &e : *inFlight) {
        const bool first = e.write.subscriptionId == m_a || e.write.subscriptionId == m_b;
        QCOMPARE(e.state, first ? JournalEntry::State::Sent : JournalEntry::State::Recorded);
    }

    m_closeAnswer = MainWindow::PendingCloseChoice::Cancel;
    w->close();
    QCOMPARE(m_closeQuestions, 1);
    QVERIFY(!w->isVisible());
    QCOMPARE(journaledWrites(*w)->pendingCount(), 0);
    // Nothing more will leave: no PATCH waits in the queue, none is on the wire.
    const BucketState patches = session(*w)->queue()->bucketState(QStringLiteral("PATCH /api/v1/webhooks/{id}"));
    QCOMPARE(patches.queuedInteractive + patches.queuedBulk + patches.inFlight, 0);

    // Journal and server agree: what the server applied stays sent ("may have been applied", shown
    // at the next start), never failed; what never left is failed, and the server never saw it.
    const auto all = session(*w)->journal()->all();
    QVERIFY(all);
    QCOMPARE(all->size(), 4);
    for (const JournalEntry &e : *all) {
        const qint64 id = e.write.subscriptionId.value_or(-1);
        QVERIFY(ids.contains(id));
        const bool applied = !enabledOnServer(id);
        QCOMPARE(applied, id == m_a || id == m_b);
        if (applied)
            QCOMPARE(e.state, JournalEntry::State::Sent);
        else
            QCOMPARE(e.state, JournalEntry::State::Failed);
    }
    // What the next start lists (unconfirmed): the two that may have been applied, and only those.
    const auto next = session(*w)->journal()->unconfirmed();
    QVERIFY(next);
    QCOMPARE(next->size(), 2);
    QCOMPARE(next->at(0).write.subscriptionId, std::optional<qint64>(m_a));
    QCOMPARE(next->at(1).write.subscriptionId, std::optional<qint64>(m_b));
}

void TstPendingWritesDialog::closeKeepOffersThemNextStart()
{
    restartWithLatency(QStringLiteral("3s"));
    {
        auto w = makeWindow();
        QVERIFY(w->connectTo(m_sandbox->baseUrl(), m_sandbox->apiKey(), QStringLiteral("Test")));
        QVERIFY(journaledWrites(*w)->toggle(m_a, false, {}, RequestLane::Interactive, nullptr, {}));
        QVERIFY(journaledWrites(*w)->toggle(m_b, false, {}, RequestLane::Interactive, nullptr, {}));
        m_closeAnswer = MainWindow::PendingCloseChoice::Keep;
        w->close();
        QCOMPARE(m_closeQuestions, 1);
        QVERIFY(!w->isVisible());
    }  // the window goes before the slow answers come
    auto w = makeWindow();
    QVERIFY(w->connectTo(m_sandbox->baseUrl(), m_sandbox->apiKey(), QStringLiteral("Test")));
    QTRY_VERIFY_WITH_TIMEOUT(pendingWritesDialog(*w) && pendingWritesDialog(*w)->isVisible(), kWait);
    QCOMPARE(table(*pendingWritesDialog(*w))->rowCount(), 2);
    QCOMPARE(table(*pendingWritesDialog(*w))->item(0, 0)->text(),
             JournalCodec::describe(JournalCodec::toggle(m_a, false)));
}

void TstPendingWritesDialog::unusableJournalRefusesWrites()
{
    // The journal folder is a plain file: the journal cannot be opened.
    const QString blocker = m_env->dir.filePath(QStringLiteral("not-a-folder"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    auto w = makeWindow(blocker);
    QVERIFY(w->connectTo(m_sandbox->baseUrl(), m_sandbox->apiKey(), QStringLiteral("Test")));
    QVERIFY(!journalWarning(*w).isEmpty());
    QVERIFY(!journaledWrites(*w)->canWrite());
    QCOMPARE(journaledWrites(*w)->toggle(m_a, false, {}, RequestLane::Interactive, nullptr, {}), RequestId(0));
    QVERIFY(bulkRunner(*w));
    QSignalSpy refused(bulkRunner(*w), &BulkJobRunner::refused);
    QTRY_VERIFY_WITH_TIMEOUT(subscriptionList(*w)->loadCount() > 0, kWait);
    bulkRunner(*w)->start(BulkJobRunner::Action::Disable, {m_a, m_b});
    QCOMPARE(refused.size(), 1);
    QCOMPARE(fetch(m_a).enabled, true);
    QCOMPARE(fetch(m_b).enabled, true);
}

QTEST_MAIN(TstPendingWritesDialog)
#include "tst_pendingwritesdialog.moc"
