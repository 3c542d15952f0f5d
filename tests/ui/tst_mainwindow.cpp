// GUI tests of the console's main window, driven offscreen against a real webhook-sandbox on
// loopback. Every wait is a QTRY_* on observable state; nothing asserts how long anything took.

#include "kit/SandboxProcess.h"
#include "kit/LiveConsole.h"
#include "kit/SandboxSeeder.h"
#include "kit/ServerCalls.h"
#include "kit/MainWindowParts.h"
#include "kit/DetailsPaneParts.h"
#include "kit/DialogParts.h"
#include "kit/ScriptedHttpServer.h"
#include "kit/FaultyCredentialStore.h"

#include "api/ApiClient.h"
#include "api/RequestQueue.h"
#include "api/RequestTransport.h"
#include "common/SystemClock.h"
#include "credentials/MemoryCredentialStore.h"
#include "models/EventTypeTableModel.h"
#include "models/SubscriptionFilterProxyModel.h"
#include "models/SubscriptionTableModel.h"
#include "profiles/ProfileStore.h"
#include "ui/BulkJobRunner.h"
#include "ui/BulkProgressPanel.h"
#include "ui/ConsoleSession.h"
#include "ui/DemoSandboxLauncher.h"
#include "ui/DetailsPane.h"
#include "ui/EnabledToggler.h"
#include "ui/EventChecklist.h"
#include "ui/MainWindow.h"
#include "ui/NewSubscriptionDialog.h"
#include "ui/ProfileForm.h"
#include "ui/SearchField.h"
#include "ui/ShortcutsDialog.h"
#include "ui/UserGuideDialog.h"
#include "ui/StatePanel.h"
#include "ui/SubscriptionFactsView.h"
#include "ui/WelcomePage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

#include <memory>

using namespace MainWindowParts;
using namespace DetailsPaneParts;
using namespace DialogParts;

namespace {
constexpr int kWait = 30'000;  // generous: the machine is shared and loaded

// A keychain that is not there (no Secret Service): the fault the real keyring tests cover
// elsewhere; here only the window's reaction matters.
class UnavailableKeychain final : public CredentialStore
{
public:
    using CredentialStore::CredentialStore;
    void readKey(const QString &, QObject *context, Callback done) override { answer(context, done); }
    void writeKey(const QString &, const QByteArray &, QObject *context, Callback done) override
    {
        ++writes;
        answer(context, done);
    }
    void removeKey(const QString &, QObject *context, Callback done) override { answer(context, done); }
    int writes = 0;

private:
    void answer(QObject *context, Callback done)
    {
        QMetaObject::invokeMethod(
            context ? context : this,
            [done] {
                KeychainResult r;
                r.status = KeychainResult::Status::Unavailable;
                r.message = QStringLiteral("No Secret Service is running.");
                done(r);
            },
            Qt::QueuedConnection);
    }
};
}  // namespace

class TstMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void loadShowsRowsAndTypes();
    void newSubscriptionHealthReadsTheSameInListAndDetails();
    void emptyListSaysSo();
    void loadErrorOffersRetry();
    void rejectedKeyIsNotConnected();
    void filterBySearchAndQuickFilter();
    void toggleSendsOnePatch();
    void doubleToggleLeavesLastChoice();
    void toggleFailureRollsBack();
    void editSavesChangedFieldsOnly();
    void editValidationBeforeSending();
    void refreshKeepsPendingEdit();
    void unknownEventsNeedConfirmedReplace();
    void createShowsSecretOnce();
    void rowWithoutIdIsShownReadOnly();
    void newSubscriptionChecksAsYouType();
    void deleteConfirmsWithNames();
    void bulkDisable200StaysResponsive();
    void bigFirstLoadComesInChunks();
    void welcomeConnectStoresKey();
    void connectToServerKeepsTheOpenConnection();
    void welcomeWithoutKeychainOffersSessionOnly();
    void welcomeCancelledPromptAsksAndTriesAgain();
    void demoStartsAndStopsChild();
    void uiStateIsRemembered();
    void shortcutsAndAboutOpenWithoutWaiting();

private:
    std::unique_ptr<MainWindow> makeWindow();
    void connectWindow(MainWindow &w);
    qint64 create(const QString &url, const QString &description = {}, const QStringList &events = {});
    QList<qint64> createMany(int count);
    Subscription fetch(qint64 id);
    SubscriptionList fetchAll();
    void patch(qint64 id, const SubscriptionPatch &p);
    bool restartSandbox(MainWindow &w, const QStringList &extraArgs);

    LiveConsole m_live;  // its helper session is the test's own client for seeding and checking
    QStringList m_confirmations;
    bool m_confirmAnswer = true;
};

void TstMainWindow::init()
{
    const QString problem = m_live.start({QStringLiteral("--rate-window"), QStringLiteral("1s")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_confirmations.clear();
    m_confirmAnswer = true;
}

void TstMainWindow::cleanup()
{
    m_live.stop();
}

std::unique_ptr<MainWindow> TstMainWindow::makeWindow()
{
    return m_live.makeWindow([this](QWidget *, const QString &title, const QString &text, const QString &) {
        m_confirmations.append(title + QLatin1Char('\n') + text);
        return m_confirmAnswer;
    });
}

void TstMainWindow::connectWindow(MainWindow &w)
{
    QVERIFY(m_live.connect(w));
    QVERIFY(isConsoleShown(w));
}

qint64 TstMainWindow::create(const QString &url, const QString &description, const QStringList &events)
{
    const std::optional<qint64> id = ServerCalls::create(
        m_live.helper->client(), url, description.isEmpty() ? std::nullopt : std::optional<QString>(description));
    if (!id)
        return -1;
    if (!events.isEmpty()) {
        SubscriptionPatch p;
        p.events = events;
        patch(*id, p);
    }
    return *id;
}

QList<qint64> TstMainWindow::createMany(int count)
{
    QStringList urls, descriptions;
    for (int i = 0; i < count; ++i) {
        urls << QStringLiteral("https://hooks.example.com/bulk/%1").arg(i);
        descriptions << QStringLiteral("Bulk %1").arg(i);
    }
    return ServerCalls::createMany(m_live.helper->client(), urls, descriptions);
}

Subscription TstMainWindow::fetch(qint64 id)
{
    return ServerCalls::fetch(m_live.helper->client(), id).value_or(Subscription());
}

SubscriptionList TstMainWindow::fetchAll()
{
    return ServerCalls::fetchAll(m_live.helper->client()).value_or(SubscriptionList());
}

void TstMainWindow::patch(qint64 id, const SubscriptionPatch &p)
{
    bool done = false;
    m_live.helper->client()->updateSubscription(id, p, RequestLane::Interactive, nullptr,
                                                [&](const ApiResult<Subscription> &) { done = true; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, kWait); }();
}

// Same database, new options: the window's session and the helper follow to the new port.
bool TstMainWindow::restartSandbox(MainWindow &w, const QStringList &extraArgs)
{
    if (!m_live.sandbox->restart(QStringList{QStringLiteral("--rate-window"), QStringLiteral("1s")} + extraArgs)) {
        qWarning() << m_live.sandbox->standardError();
        return false;
    }
    return session(w)->client()->setServer(m_live.sandbox->baseUrl(), m_live.sandbox->apiKey())
        && m_live.helper->client()->setServer(m_live.sandbox->baseUrl(), m_live.sandbox->apiKey());
}

namespace {
// Space on an event of the checklist, as a keyboard user toggles it (a disabled list ignores it).
void pressSpaceOn(EventChecklist *list, const QString &event)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == event) {
            list->setCurrentRow(i);
            QTest::keyClick(list, Qt::Key_Space);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no event %1 in the checklist").arg(event)));
}
}  // namespace

// ---------------------------------------------------------------------------------------------

void TstMainWindow::loadShowsRowsAndTypes()
{
    const qint64 a = create(QStringLiteral("https://hooks.example.com/a"), QStringLiteral("Orders"));
    const qint64 b = create(QStringLiteral("https://hooks.example.com/b"));
    QVERIFY(a > 0 && b > 0);
    auto w = makeWindow();
    connectWindow(*w);
    QTRY_COMPARE_WITH_TIMEOUT(subscriptionModel(*w)->rowCount(), 2, kWait);
    QCOMPARE(listState(*w)->isVisible(), false);
    QVERIFY(subscriptionView(*w)->isVisible());
    const int row = subscriptionModel(*w)->rowForId(a);
    QVERIFY(row >= 0);
    QCOMPARE(subscriptionModel(*w)->index(row, SubscriptionTableModel::UrlColumn).data().toString(),
             QStringLiteral("https://hooks.example.com/a"));
    QTRY_VERIFY_WITH_TIMEOUT(eventTypes(*w)->rowCount() > 0, kWait);
    // The first row is selected and its details are shown.
    QTRY_VERIFY_WITH_TIMEOUT(detailsPane(*w)->currentId().has_value(), kWait);
    // The list says when it was loaded: its health is as old as that.
    const auto *updated = MainWindowParts::part<QLabel>(*w, QStringLiteral("subscriptionsUpdated"));
    QVERIFY2(updated->text().startsWith(SubscriptionListWidget::tr("Updated %1").arg(QString())),
             qPrintable(updated->text()));
    QVERIFY(!updated->toolTip().isEmpty());
}

void TstMainWindow::newSubscriptionHealthReadsTheSameInListAndDetails()
{
    const qint64 id = create(QStringLiteral("https://hooks.example.com/new"));
    auto w = makeWindow();
    connectWindow(*w);
    QTRY_COMPARE_WITH_TIMEOUT(subscriptionModel(*w)->rowCount(), 1, kWait);
    subscriptionList(*w)->selectIds({id});
    QTRY_COMPARE_WITH_TIMEOUT(detailsPane(*w)->currentId(), std::optional<qint64>(id), kWait);
    const QString listText = subscriptionModel(*w)
                                 ->index(subscriptionModel(*w)->rowForId(id), SubscriptionTableModel::HealthColumn)
                                 .data()
                                 .toString();
    QCOMPARE(listText, SubscriptionTableModel::tr("No deliveries yet"));
    QLabel *health = nullptr;
    for (QLabel *label : detailsPane(*w)->findChildren<QLabel *>()) {
        if (label->accessibleName() == SubscriptionFactsView::tr("Delivery health"))
            health = label;
    }
    QVERIFY(health);
    QTRY_COMPARE_WITH_TIMEOUT(health->text(), listText, kWait);
}

void TstMainWindow::emptyListSaysSo()
{
    auto w = makeWindow();
    connectWindow(*w);
    QCOMPARE(subscriptionModel(*w)->rowCount(), 0);
    QTRY_VERIFY(listState(*w)->isVisible());
    QCOMPARE(listState(*w)->state(), StatePanel::State::Empty);
    QVERIFY(!listState(*w)->retryButton()->isVisible());
}

void TstMainWindow::loadErrorOffersRetry()
{
    create(QStringLiteral("https://hooks.example.com/a"));
    auto w = makeWindow();
    // Connect to where nothing listens: the load fails and the error state offers Retry.
    const QUrl url = m_live.sandbox->baseUrl();
    m_live.sandbox->stop();
    QVERIFY(w->connectTo(url, m_live.sandbox->apiKey(), QStringLiteral("Test")));
    session(*w)->queue()->setRetryPolicy(RetryPolicy{1, 50, 100, 5});
    QTRY_VERIFY_WITH_TIMEOUT(subscriptionList(*w)->loadCount() > 0, kWait);
    QCOMPARE(listState(*w)->state(), StatePanel::State::Error);
    QVERIFY(!subscriptionList(*w)->lastLoadError().isEmpty());
    QVERIFY(listState(*w)->retryButton()->isVisible());
    // Server back (same port is not guaranteed: point the session at the new one), Retry loads.
    QVERIFY(m_live.sandbox->restart({QStringLiteral("--rate-window"), QStringLiteral("1s")}));
    QVERIFY(session(*w)->client()->setServer(m_live.sandbox->baseUrl(), m_live.sandbox->apiKey()));
    const int before = subscriptionList(*w)->loadCount();
    QTest::mouseClick(listState(*w)->retryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(subscriptionList(*w)->loadCount() > before, kWait);
    QCOMPARE(subscriptionModel(*w)->rowCount(), 1);
    QVERIFY(subscriptionView(*w)->isVisible());
}

// A key the server refuses: the status bar does not say "Connected", it says the key was not
// accepted; once the server takes a key again, it is connected.
void TstMainWindow::rejectedKeyIsNotConnected()
{
    auto w = makeWindow();
    QVERIFY(w->connectTo(m_live.sandbox->baseUrl(), "not-the-key-0000000000", QStringLiteral("Test")));
    QTRY_VERIFY_WITH_TIMEOUT(subscriptionList(*w)->loadCount() > 0, kWait);
    const auto *label = MainWindowParts::part<QLabel>(*w, QStringLiteral("connectionLabel"));
    const QString url = m_live.sandbox->baseUrl().toString();
    QCOMPARE(label->text(), MainWindow::tr("API key not accepted by %1").arg(url));

    QVERIFY(session(*w)->client()->setServer(m_live.sandbox->baseUrl(), m_live.sandbox->apiKey()));
    const int before = subscriptionList(*w)->loadCount();
    QTest::mouseClick(listState(*w)->retryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(subscriptionList(*w)->loadCount() > before, kWait);
    QCOMPARE(label->text(), MainWindow::tr("Connected to %1").arg(url));
}

void TstMainWindow::filterBySearchAndQuickFilter()
{
    create(QStringLiteral("https://alpha.example.com/hook"), QStringLiteral("Billing"));
    const qint64 beta = create(QStringLiteral("https://beta.example.com/hook"), QStringLiteral("Shipping"));
    create(QStringLiteral("https://gamma.example.com/hook"));
    SubscriptionPatch off;
    off.enabled = false;
    patch(beta, off);
    auto w = makeWindow();
    connectWindow(*w);
    QCOMPARE(subscriptionProxy(*w)->rowCount(), 3);

    QTest::keyClicks(searchEdit(*w), QStringLiteral("ship"));
    QCOMPARE(subscriptionProxy(*w)->rowCount(), 1);
    QCOMPARE(subscriptionProxy(*w)->index(0, 0).data(SubscriptionTableModel::IdRole).toLongLong(), beta);
    // The clear button is named for a screen reader, and clears.
    QToolButton *clear = nullptr;
    for (QToolButton *b : searchEdit(*w)->findChildren<QToolButton *>()) {
        if (b->isVisibleTo(searchEdit(*w)) && !b->accessibleName().isEmpty())
            clear = b;
    }
    QVERIFY(clear);
    QCOMPARE(clear->accessibleName(), SearchField::tr("Clear search"));
    clear->click();
    QVERIFY(searchEdit(*w)->text().isEmpty());
    QTest::keyClicks(searchEdit(*w), QStringLiteral("ship"));
    searchEdit(*w)->clear();
    QCOMPARE(subscriptionProxy(*w)->rowCount(), 3);

    // The details follow the list: a row the search hides is not shown beside it.
    subscriptionList(*w)->selectIds({beta});
    QCOMPARE(detailsPane(*w)->currentId(), std::optional<qint64>(beta));
    QTest::keyClicks(searchEdit(*w), QStringLiteral("alpha"));
    QCOMPARE(subscriptionProxy(*w)->rowCount(), 1);
    QVERIFY(detailsPane(*w)->currentId() != std::optional<qint64>(beta));
    searchEdit(*w)->clear();

    action(*w, QStringLiteral("actionFilterDisabled"))->trigger();
    QCOMPARE(subscriptionProxy(*w)->rowCount(), 1);
    action(*w, QStringLiteral("actionFilterEnabled"))->trigger();
    QCOMPARE(subscriptionProxy(*w)->rowCount(), 2);
    // Nothing matches: the list says so instead of showing an empty table.
    QTest::keyClicks(searchEdit(*w), QStringLiteral("shipping"));
    QCOMPARE(subscriptionProxy(*w)->rowCount(), 0);
    QVERIFY(listState(*w)->isVisible());
    action(*w, QStringLiteral("actionFilterAll"))->trigger();
    QCOMPARE(subscriptionProxy(*w)->rowCount(), 1);
}

void TstMainWindow::toggleSendsOnePatch()
{
    const qint64 id = create(QStringLiteral("https://hooks.example.com/t"));
    auto w = makeWindow();
    connectWindow(*w);
    QSignalSpy sent(session(*w)->queue(), &RequestQueue::requestSent);
    subscriptionList(*w)->selectIds({id});
    SubscriptionTableModel *model = subscriptionModel(*w);
    const int row = model->rowForId(id);
    QVERIFY(model->subscriptionAt(row).enabled);
    // Space on the table toggles the current row.
    subscriptionView(*w)->setFocus();
    QTest::keyClick(subscriptionView(*w), Qt::Key_Space);
    QCOMPARE(model->subscriptionAt(row).enabled, false);  // shown at once...
    QVERIFY(model->isPending(row));  // ...with the pending mark
    QTRY_VERIFY_WITH_TIMEOUT(!model->isPending(model->rowForId(id)), kWait);
    QCOMPARE(fetch(id).enabled, false);
    int patches = 0;
    for (const auto &args : std::as_const(sent)) {
        if (args.at(0).toString().startsWith(QLatin1String("PATCH")))
            ++patches;
        QCOMPARE(args.at(1).value<RequestLane>(), RequestLane::Interactive);
    }
    QCOMPARE(patches, 1);

    // The checkbox of the Enabled column does the same.
    const QModelIndex check = model->index(model->rowForId(id), SubscriptionTableModel::EnabledColumn);
    QVERIFY(model->setData(check, Qt::Checked, Qt::CheckStateRole));
    QTRY_VERIFY_WITH_TIMEOUT(!model->isPending(model->rowForId(id)), kWait);
    QCOMPARE(fetch(id).enabled, true);
    // And the toolbar action.
    action(*w, QStringLiteral("actionToggle"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isPending(model->rowForId(id)), kWait);
    QCOMPARE(fetch(id).enabled, false);
}

void TstMainWindow::doubleToggleLeavesLastChoice()
{
    const qint64 id = create(QStringLiteral("https://hooks.example.com/d"));
    auto w = makeWindow();
    connectWindow(*w);
    subscriptionList(*w)->selectIds({id});
    SubscriptionTableModel *model = subscriptionModel(*w);
    // Three quick clicks: off, on, off. The server must end with the last: off.
    action(*w, QStringLiteral("actionToggle"))->trigger();
    action(*w, QStringLiteral("actionToggle"))->trigger();
    action(*w, QStringLiteral("actionToggle"))->trigger();
    QCOMPARE(model->subscriptionAt(model->rowForId(id)).enabled, false);
    QTRY_VERIFY_WITH_TIMEOUT(!toggler(*w)->isBusy(id), kWait);
    QVERIFY(!model->isPending(model->rowForId(id)));
    QCOMPARE(model->subscriptionAt(model->rowForId(id)).enabled, false);
    QCOMPARE(fetch(id).enabled, false);
    // Two quick clicks: on, off -> off again, but the row never shows an error.
    action(*w, QStringLiteral("actionToggle"))->trigger();
    action(*w, QStringLiteral("actionToggle"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!toggler(*w)->isBusy(id), kWait);
    QCOMPARE(fetch(id).enabled, false);
    QVERIFY(model->errorAt(model->rowForId(id)).isEmpty());
}

void TstMainWindow::toggleFailureRollsBack()
{
    const qint64 id = create(QStringLiteral("https://hooks.example.com/f"));
    auto w = makeWindow();
    connectWindow(*w);
    // Same database, but now every answer is a 503.
    QVERIFY(m_live.sandbox->restart({QStringLiteral("--rate-window"), QStringLiteral("1s"),
                                     QStringLiteral("--fault-5xx-share"), QStringLiteral("1.0")}));
    QVERIFY(session(*w)->client()->setServer(m_live.sandbox->baseUrl(), m_live.sandbox->apiKey()));
    session(*w)->queue()->setRetryPolicy(RetryPolicy{2, 50, 100, 5});
    subscriptionList(*w)->selectIds({id});
    SubscriptionTableModel *model = subscriptionModel(*w);
    QSignalSpy settled(toggler(*w), &EnabledToggler::settled);
    action(*w, QStringLiteral("actionToggle"))->trigger();
    QCOMPARE(model->subscriptionAt(model->rowForId(id)).enabled, false);
    QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 1, kWait);
    QCOMPARE(settled.at(0).at(1).toBool(), false);
    const int row = model->rowForId(id);
    QVERIFY(!model->isPending(row));
    QCOMPARE(model->subscriptionAt(row).enabled, true);  // back to the server's state
    QVERIFY(!model->errorAt(row).isEmpty());  // with the error next to it
    // The server indeed still has it enabled.
    QVERIFY(m_live.sandbox->restart({QStringLiteral("--rate-window"), QStringLiteral("1s")}));
    QVERIFY(m_live.helper->client()->setServer(m_live.sandbox->baseUrl(), m_live.sandbox->apiKey()));
    QCOMPARE(fetch(id).enabled, true);
}

void TstMainWindow::editSavesChangedFieldsOnly()
{
    const qint64 id = create(QStringLiteral("https://hooks.example.com/e"), QStringLiteral("Old"));
    auto w = makeWindow();
    connectWindow(*w);
    QTRY_VERIFY_WITH_TIMEOUT(eventTypes(*w)->rowCount() > 1, kWait);
    subscriptionList(*w)->selectIds({id});
    DetailsPane *details = detailsPane(*w);
    QCOMPARE(details->currentId(), std::optional<qint64>(id));
    QTRY_COMPARE_WITH_TIMEOUT(urlEdit(*details)->text(), QStringLiteral("https://hooks.example.com/e"), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(eventsList(*details)->count() > 1, kWait);

    descriptionEdit(*details)->setPlainText(QStringLiteral("New description"));
    QListWidgetItem *first = eventsList(*details)->item(0);
    const QString event = first->data(Qt::UserRole).toString();
    first->setCheckState(Qt::Checked);
    QVERIFY(details->isDirty());
    QSignalSpy saved(details, &DetailsPane::saved);
    action(*w, QStringLiteral("actionSave"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, kWait);
    const Subscription s = fetch(id);
    QCOMPARE(s.description.value_or(QString()), QStringLiteral("New description"));
    QCOMPARE(s.url, QStringLiteral("https://hooks.example.com/e"));
    QVERIFY(s.events && s.events->contains(event));
    QVERIFY(!details->isDirty());
    QCOMPARE(subscriptionModel(*w)->subscriptionAt(subscriptionModel(*w)->rowForId(id)).description.value_or(QString()),
             QStringLiteral("New description"));
}

void TstMainWindow::editValidationBeforeSending()
{
    const qint64 id = create(QStringLiteral("https://hooks.example.com/v"));
    auto w = makeWindow();
    connectWindow(*w);
    subscriptionList(*w)->selectIds({id});
    DetailsPane *details = detailsPane(*w);
    QTRY_COMPARE_WITH_TIMEOUT(urlEdit(*details)->text(), QStringLiteral("https://hooks.example.com/v"), kWait);
    QSignalSpy sent(session(*w)->queue(), &RequestQueue::requestSent);
    urlEdit(*details)->setText(QStringLiteral("not a url"));
    descriptionEdit(*details)->setPlainText(QString(1001, QLatin1Char('x')));
    details->save();
    QVERIFY(!fieldError(*details, QStringLiteral("url")).isEmpty());
    QVERIFY(!fieldError(*details, QStringLiteral("description")).isEmpty());
    QVERIFY(!details->isSaving());
    // Nothing was sent, and nothing waits in the queue to be sent later.
    for (const auto &args : std::as_const(sent))
        QVERIFY(!args.at(0).toString().startsWith(QLatin1String("PATCH")));
    const BucketState patches = session(*w)->queue()->bucketState(QStringLiteral("PATCH /api/v1/webhooks/{id}"));
    QCOMPARE(patches.queuedInteractive + patches.queuedBulk + patches.inFlight, 0);
    QCOMPARE(fetch(id).url, QStringLiteral("https://hooks.example.com/v"));
    // The user's text is still there to correct.
    QCOMPARE(urlEdit(*details)->text(), QStringLiteral("not a url"));
}

void TstMainWindow::refreshKeepsPendingEdit()
{
    const qint64 a = create(QStringLiteral("https://hooks.example.com/r1"), QStringLiteral("One"));
    const qint64 b = create(QStringLiteral("https://hooks.example.com/r2"), QStringLiteral("Two"));
    auto w = makeWindow();
    connectWindow(*w);
    subscriptionList(*w)->selectIds({a});
    DetailsPane *details = detailsPane(*w);
    QTRY_COMPARE_WITH_TIMEOUT(descriptionEdit(*details)->toPlainText(), QStringLiteral("One"), kWait);
    descriptionEdit(*details)->setPlainText(QStringLiteral("Unsaved words"));
    // Someone else changes the URL on the server meanwhile.
    SubscriptionPatch other;
    other.url = QStringLiteral("https://hooks.example.com/r1-moved");
    patch(a, other);

    const int before = subscriptionList(*w)->loadCount();
    action(*w, QStringLiteral("actionRefresh"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(subscriptionList(*w)->loadCount() > before, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(urlEdit(*details)->text(), QStringLiteral("https://hooks.example.com/r1-moved"), kWait);
    QCOMPARE(descriptionEdit(*details)->toPlainText(), QStringLiteral("Unsaved words"));
    QVERIFY(details->isDirty());

    // Moving to another row and back keeps the draft too.
    subscriptionList(*w)->selectIds({b});
    QTRY_COMPARE_WITH_TIMEOUT(descriptionEdit(*details)->toPlainText(), QStringLiteral("Two"), kWait);
    subscriptionList(*w)->selectIds({a});
    QCOMPARE(descriptionEdit(*details)->toPlainText(), QStringLiteral("Unsaved words"));
    QCOMPARE(fetch(a).description.value_or(QString()), QStringLiteral("One"));
}

void TstMainWindow::unknownEventsNeedConfirmedReplace()
{
    // A subscription with two events on a server that, like the vendor's, never reports events.
    const QStringList before{QStringLiteral("orders.created"), QStringLiteral("order_items.shipped")};
    const qint64 id = create(QStringLiteral("https://hooks.example.com/ev"), QStringLiteral("Old"), before);
    QVERIFY(id > 0);
    QCOMPARE(fetch(id).events, std::optional<QStringList>(before));
    QVERIFY2(m_live.sandbox->restart(
                 {QStringLiteral("--rate-window"), QStringLiteral("1s"), QStringLiteral("--documented-fields-only")}),
             qPrintable(m_live.sandbox->standardError()));
    QVERIFY(m_live.helper->client()->setServer(m_live.sandbox->baseUrl(), m_live.sandbox->apiKey()));
    QVERIFY(!fetch(id).events);  // the server's answers carry no events now
    auto w = makeWindow();
    connectWindow(*w);
    QTRY_VERIFY_WITH_TIMEOUT(eventTypes(*w)->rowCount() > 2, kWait);

    subscriptionList(*w)->selectIds({id});
    DetailsPane *details = detailsPane(*w);
    QTRY_COMPARE_WITH_TIMEOUT(descriptionEdit(*details)->toPlainText(), QStringLiteral("Old"), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(statusText(*details).isEmpty(), kWait);  // its GET has been answered
    QTRY_VERIFY_WITH_TIMEOUT(eventsList(*details)->count() > 2, kWait);

    // The pane says the events are unknown, and checking one does nothing until the user chooses
    // to replace them all.
    QVERIFY(!eventsList(*details)->isEnabled());
    pressSpaceOn(eventsList(*details), QStringLiteral("order_items.returned"));
    QVERIFY(eventsList(*details)->checked().isEmpty());
    QVERIFY(!details->isDirty());
    QVERIFY(!details->eventsKnown());
    QVERIFY(eventsNote(*details)->isVisible());
    QVERIFY(eventsNote(*details)->text().contains(QStringLiteral("does not report")));
    QVERIFY(replaceEventsButton(*details)->isVisible());
    // The table's Events column says why it is empty.
    SubscriptionTableModel *model = subscriptionModel(*w);
    const QString eventsTitle = model->headerData(SubscriptionTableModel::EventsColumn, Qt::Horizontal).toString();
    QVERIFY(model->headerData(SubscriptionTableModel::EventsColumn, Qt::Horizontal, Qt::ToolTipRole).toString()
            != eventsTitle);

    // A description change saves as before and leaves the events alone.
    QSignalSpy saved(details, &DetailsPane::saved);
    descriptionEdit(*details)->setPlainText(QStringLiteral("New"));
    QVERIFY(saveButton(*details)->isEnabled());
    QTest::mouseClick(saveButton(*details), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, kWait);
    QVERIFY(!details->eventsKnown());
    QVERIFY(!eventsList(*details)->isEnabled());
    QCOMPARE(fetch(id).description, std::optional<QString>(QStringLiteral("New")));
    QVERIFY(restartSandbox(*w, {}));
    QCOMPARE(fetch(id).events, std::optional<QStringList>(before));
    QVERIFY(restartSandbox(*w, {QStringLiteral("--documented-fields-only")}));

    // Declining the confirmation keeps the list locked.
    const qsizetype asked = m_confirmations.size();
    m_confirmAnswer = false;
    QTest::mouseClick(replaceEventsButton(*details), Qt::LeftButton);
    QCOMPARE(m_confirmations.size(), asked + 1);
    QVERIFY(m_confirmations.last().contains(QStringLiteral("replaces all")));
    QVERIFY(!details->isReplacingEvents());
    QVERIFY(!eventsList(*details)->isEnabled());

    // Confirmed: the list opens, and Save sends exactly the checked events.
    m_confirmAnswer = true;
    QTest::mouseClick(replaceEventsButton(*details), Qt::LeftButton);
    QCOMPARE(m_confirmations.size(), asked + 2);
    QVERIFY(details->isReplacingEvents());
    QVERIFY(eventsList(*details)->isEnabled());
    QVERIFY(!replaceEventsButton(*details)->isVisible());
    pressSpaceOn(eventsList(*details), QStringLiteral("order_items.returned"));
    QCOMPARE(eventsList(*details)->checked(), QStringList{QStringLiteral("order_items.returned")});
    QVERIFY(details->isDirty());
    QTest::mouseClick(saveButton(*details), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, kWait);

    // This console set them, so they are known from now on: in the pane and in the table.
    QVERIFY(details->eventsKnown());
    QVERIFY(!eventsNote(*details)->isVisible());
    QVERIFY(eventsList(*details)->isEnabled());
    QCOMPARE(eventsList(*details)->checked(), QStringList{QStringLiteral("order_items.returned")});
    QCOMPARE(model->index(model->rowForId(id), SubscriptionTableModel::EventsColumn).data().toString(),
             QStringLiteral("order_items.returned"));
    QCOMPARE(model->headerData(SubscriptionTableModel::EventsColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
             eventsTitle);
    // A refresh (whose answer has no events) does not make them unknown again.
    const int reloads = subscriptionList(*w)->loadCount();
    action(*w, QStringLiteral("actionRefresh"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(subscriptionList(*w)->loadCount() > reloads, kWait);
    QVERIFY(details->eventsKnown());

    // The server has exactly the chosen events.
    QVERIFY(restartSandbox(*w, {}));
    const Subscription after = fetch(id);
    QCOMPARE(after.events, std::optional<QStringList>(QStringList{QStringLiteral("order_items.returned")}));
    QCOMPARE(after.description, std::optional<QString>(QStringLiteral("New")));
}

void TstMainWindow::newSubscriptionChecksAsYouType()
{
    auto w = makeWindow();
    connectWindow(*w);
    QTRY_VERIFY_WITH_TIMEOUT(eventTypes(*w)->rowCount() > 0, kWait);
    action(*w, QStringLiteral("actionNew"))->trigger();
    QPointer<NewSubscriptionDialog> dialog = newSubscriptionDialog(*w);
    QVERIFY(dialog);

    // A wrong URL is said when the user leaves the field, and goes as soon as it is right: no
    // Create in between.
    urlEdit(*dialog)->setText(QStringLiteral("ftp://nope"));
    QVERIFY(fieldErrorText(*dialog, QStringLiteral("url")).isEmpty());  // still typing
    Q_EMIT urlEdit(*dialog)->editingFinished();
    QVERIFY(!fieldErrorText(*dialog, QStringLiteral("url")).isEmpty());
    urlEdit(*dialog)->setText(QStringLiteral("https://hooks.example.com/typed"));
    QVERIFY2(fieldErrorText(*dialog, QStringLiteral("url")).isEmpty(),
             qPrintable(fieldErrorText(*dialog, QStringLiteral("url"))));

    // The counter turns red at 1,001 characters (emoji count once), and back at 1,000.
    descriptionEdit(*dialog)->setPlainText(QString(999, u'a') + QStringLiteral("\U0001F600"));
    QVERIFY(descriptionCount(*dialog)->text().startsWith(QStringLiteral("1000 / 1000")));
    QVERIFY(descriptionCount(*dialog)->styleSheet().isEmpty());
    QVERIFY(fieldErrorText(*dialog, QStringLiteral("description")).isEmpty());
    descriptionEdit(*dialog)->setPlainText(QString(1000, u'a') + QStringLiteral("\U0001F600"));
    QVERIFY(descriptionCount(*dialog)->text().startsWith(QStringLiteral("1001 / 1000")));
    QVERIFY(descriptionCount(*dialog)->styleSheet().contains(QStringLiteral("color")));
    QVERIFY(!fieldErrorText(*dialog, QStringLiteral("description")).isEmpty());
    descriptionEdit(*dialog)->setPlainText(QStringLiteral("short"));
    QVERIFY(descriptionCount(*dialog)->styleSheet().isEmpty());
    QVERIFY(fieldErrorText(*dialog, QStringLiteral("description")).isEmpty());

    // No events: said before Create, gone once one is chosen.
    QVERIFY(isNoEventsNoteShown(*dialog));
    eventsList(*dialog)->item(0)->setCheckState(Qt::Checked);
    QVERIFY(!isNoEventsNoteShown(*dialog));
    QCOMPARE(fetchAll().size(), 0);  // nothing was sent on the way
    dialog->reject();
}

void TstMainWindow::rowWithoutIdIsShownReadOnly()
{
    // The documented schema allows "id": null; the sandbox always gives ids, so a scripted server
    // answers with one row without and one with an id.
    ScriptedHttpServer server([](const ScriptedHttpServer::Request &r) {
        if (r.method == "GET" && r.path == "/api/v1/webhooks/")
            return ScriptedHttpServer::response(
                200, R"([{"id": null, "url": "https://no-id.example.com/hook", "description": "Imported without id",
                          "enabled": true},
                         {"id": 7, "url": "https://seven.example.com/hook", "enabled": true}])");
        if (r.method == "GET" && r.path == "/api/v1/webhooks/types")
            return ScriptedHttpServer::response(200, "[]");
        if (r.method == "GET" && r.path == "/api/v1/webhooks/7")
            return ScriptedHttpServer::response(
                200, R"({"id": 7, "url": "https://seven.example.com/hook", "enabled": true})");
        return ScriptedHttpServer::response(404, R"({"detail": "Not Found"})");
    });
    auto w = makeWindow();
    const int before = subscriptionList(*w)->loadCount();
    QVERIFY(w->connectTo(server.url(), "scripted-key-0123456789", QStringLiteral("Scripted")));
    QTRY_VERIFY_WITH_TIMEOUT(subscriptionList(*w)->loadCount() > before, kWait);
    QCOMPARE(subscriptionModel(*w)->rowCount(), 2);

    QTableView *table = subscriptionView(*w);
    int noIdRow = -1;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (!table->model()->index(row, 0).data(SubscriptionTableModel::IdRole).isValid())
            noIdRow = row;
    QVERIFY(noIdRow >= 0);
    table->setCurrentIndex(table->model()->index(noIdRow, 1));
    const auto *note = detailsPane(*w)->findChild<QLabel *>(QStringLiteral("detailsEmptyNote"));
    QVERIFY(note && note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("https://no-id.example.com/hook"))
                 && note->text().contains(QStringLiteral("Imported without id"))
                 && note->text().contains(QStringLiteral("no ID from the server")),
             qPrintable(note->text()));
    for (const char *name : {"actionToggle", "actionDelete", "actionSave"})
        QVERIFY2(!action(*w, QLatin1String(name))->isEnabled(), name);

    // The row with an id opens as usual; back to nothing selected, the note says so again.
    table->setCurrentIndex(table->model()->index(1 - noIdRow, 1));
    QTRY_VERIFY(urlEdit(*detailsPane(*w))->isVisible());
    QCOMPARE(urlEdit(*detailsPane(*w))->text(), QStringLiteral("https://seven.example.com/hook"));
    table->setCurrentIndex(QModelIndex());
    QVERIFY(note->text().startsWith(QStringLiteral("Select a subscription")));
    // Nothing was ever addressed without an id.
    for (const ScriptedHttpServer::Request &r : std::as_const(server.requests))
        QVERIFY2(!r.path.contains("/None") && !r.path.contains("/null") && !r.path.endsWith("/webhooks//"),
                 r.path.constData());
}

void TstMainWindow::createShowsSecretOnce()
{
    auto w = makeWindow();
    connectWindow(*w);
    QTRY_VERIFY_WITH_TIMEOUT(eventTypes(*w)->rowCount() > 0, kWait);
    action(*w, QStringLiteral("actionNew"))->trigger();
    QPointer<NewSubscriptionDialog> dialog = newSubscriptionDialog(*w);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    // Invalid first: nothing is sent, the field says why.
    urlEdit(*dialog)->setText(QStringLiteral("ftp://nope"));
    dialog->create();
    QVERIFY(!isSecretShown(*dialog));
    QVERIFY(!errorText(*dialog).isEmpty());

    urlEdit(*dialog)->setText(QStringLiteral("https://hooks.example.com/new"));
    descriptionEdit(*dialog)->setPlainText(QStringLiteral("Created in a test"));
    QListWidgetItem *item = eventsList(*dialog)->item(0);
    const QString event = item->data(Qt::UserRole).toString();
    item->setCheckState(Qt::Checked);
    QSignalSpy created(dialog.data(), &NewSubscriptionDialog::created);
    QTest::mouseClick(createButton(*dialog), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(isSecretShown(*dialog), kWait);
    const QString secret = secretEdit(*dialog)->text();
    QVERIFY(!secret.isEmpty());
    QCOMPARE(created.size(), 1);  // with the id the server returned
    const qint64 id = created.constFirst().constFirst().toLongLong();

    // The events follow in a PATCH.
    QTRY_VERIFY_WITH_TIMEOUT(fetch(id).events.value_or(QStringList()).contains(event), kWait);
    QVERIFY(!dialog->eventsPatchFailed());
    QTRY_VERIFY_WITH_TIMEOUT(subscriptionModel(*w)->rowForId(id) >= 0, kWait);

    // Copy puts it on the clipboard (cleared later by the guard).
    QTest::mouseClick(copyButton(*dialog), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), secret);

    dialog->close();
    QTRY_VERIFY(!dialog);  // deleted on close: the secret is gone with it
    QVERIFY(QApplication::clipboard()->text() != secret);  // closing early clears the clipboard

    // Nowhere else in the window is the secret shown.
    const int row = subscriptionModel(*w)->rowForId(id);
    for (int c = 0; c < SubscriptionTableModel::ColumnCount; ++c) {
        QVERIFY(!subscriptionModel(*w)->index(row, c).data().toString().contains(secret));
        QVERIFY(!subscriptionModel(*w)->index(row, c).data(Qt::ToolTipRole).toString().contains(secret));
    }
    const auto edits = w->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits)
        QVERIFY(!edit->text().contains(secret));
    // A second dialog starts empty.
    action(*w, QStringLiteral("actionNew"))->trigger();
    QVERIFY(newSubscriptionDialog(*w));
    QVERIFY(!isSecretShown(*newSubscriptionDialog(*w)));
    newSubscriptionDialog(*w)->close();
}

void TstMainWindow::deleteConfirmsWithNames()
{
    const qint64 a = create(QStringLiteral("https://hooks.example.com/del-a"));
    const qint64 b = create(QStringLiteral("https://hooks.example.com/del-b"));
    const qint64 c = create(QStringLiteral("https://hooks.example.com/keep"));
    const qint64 d = create(QStringLiteral("https://hooks.example.com/del-d"));
    auto w = makeWindow();
    connectWindow(*w);

    // Declined: nothing happens.
    m_confirmAnswer = false;
    subscriptionList(*w)->selectIds({d});
    action(*w, QStringLiteral("actionDelete"))->trigger();
    QCOMPARE(m_confirmations.size(), 1);
    QVERIFY(m_confirmations.last().contains(QStringLiteral("https://hooks.example.com/del-d")));
    QCOMPARE(subscriptionModel(*w)->rowCount(), 4);
    const auto *count = MainWindowParts::part<QLabel>(*w, QStringLiteral("subscriptionCount"));
    QCOMPARE(count->text(), SubscriptionListWidget::tr("%n subscription(s)", nullptr, 4));

    // One: the interactive lane. The count follows the list (a deleted row is not "filtered out").
    m_confirmAnswer = true;
    action(*w, QStringLiteral("actionDelete"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(subscriptionModel(*w)->rowForId(d), -1, kWait);
    QCOMPARE(count->text(), SubscriptionListWidget::tr("%n subscription(s)", nullptr, 3));

    // Many: the confirmation names each, then a bulk job removes them.
    subscriptionList(*w)->selectIds({a, b});
    QCOMPARE(subscriptionList(*w)->selectedIds().size(), 2);
    action(*w, QStringLiteral("actionDelete"))->trigger();
    QVERIFY(m_confirmations.last().contains(QStringLiteral("https://hooks.example.com/del-a")));
    QVERIFY(m_confirmations.last().contains(QStringLiteral("https://hooks.example.com/del-b")));
    QVERIFY(!m_confirmations.last().contains(QStringLiteral("https://hooks.example.com/keep")));
    QTRY_COMPARE_WITH_TIMEOUT(subscriptionModel(*w)->rowCount(), 1, kWait);
    QCOMPARE(count->text(), SubscriptionListWidget::tr("%n subscription(s)", nullptr, 1));
    const SubscriptionList left = fetchAll();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().id, std::optional<qint64>(c));
}

void TstMainWindow::bigFirstLoadComesInChunks()
{
    // 5,000 rows, seeded straight into the sandbox's database (through the API this would take
    // minutes at the rate limit). Their answer (~2 MB) is decoded off the GUI thread and fed to
    // the model in chunks; a later refresh diffs instead.
    QString error;
    QVERIFY2(SandboxSeeder::seed(
                 m_live.sandbox->dbPath(), 5000,
                 [](int i) {
                     return SandboxSeeder::Row{QStringLiteral("https://partner-%1.example.com/hook").arg(i),
                                               QStringLiteral("Partner %1").arg(i),
                                               i % 3 != 0,
                                               {}};
                 },
                 &error),
             qPrintable(error));
    auto w = makeWindow();
    subscriptionProxy(*w)->sort(SubscriptionTableModel::UrlColumn, Qt::DescendingOrder);
    QSignalSpy inserted(subscriptionModel(*w), &QAbstractItemModel::rowsInserted);
    connectWindow(*w);
    QCOMPARE(subscriptionModel(*w)->rowCount(), 5000);
    QCOMPARE(subscriptionProxy(*w)->rowCount(), 5000);
    QVERIFY2(inserted.size() >= 2, "expected more than one insert (chunks)");
    QCOMPARE(subscriptionProxy(*w)->index(0, SubscriptionTableModel::UrlColumn).data().toString(),
             QStringLiteral("https://partner-999.example.com/hook"));
    QVERIFY(!subscriptionList(*w)->isLoading());

    inserted.clear();
    const int before = subscriptionList(*w)->loadCount();
    w->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(subscriptionList(*w)->loadCount() > before, kWait);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(subscriptionModel(*w)->rowCount(), 5000);
}

void TstMainWindow::bulkDisable200StaysResponsive()
{
    const QList<qint64> ids = createMany(200);
    QCOMPARE(ids.size(), 200);
    auto w = makeWindow();
    connectWindow(*w);
    QCOMPARE(subscriptionModel(*w)->rowCount(), 200);
    QSignalSpy lanes(session(*w)->queue(), &RequestQueue::requestSent);

    action(*w, QStringLiteral("actionBulkDisable"))->trigger();
    QVERIFY(m_confirmations.last().contains(QStringLiteral("200")));
    BulkJobRunner *bulk = bulkRunner(*w);
    QVERIFY(bulk->isRunning());
    QTRY_VERIFY(bulkPanel(*w)->isVisible());

    // While the job runs, a person edits a description: it is served first.
    const qint64 target = ids.at(150);
    subscriptionList(*w)->selectIds({target});
    DetailsPane *details = detailsPane(*w);
    QTRY_COMPARE_WITH_TIMEOUT(descriptionEdit(*details)->toPlainText(), QStringLiteral("Bulk 150"), kWait);
    descriptionEdit(*details)->setPlainText(QStringLiteral("Edited during the bulk job"));
    QSignalSpy saved(details, &DetailsPane::saved);
    int doneWhenSaved = -1;
    connect(details, &DetailsPane::saved, this, [&] { doneWhenSaved = bulk->progress().done(); });
    const qsizetype sentBeforeSave = lanes.size();
    details->save();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, kWait);
    QVERIFY2(doneWhenSaved < 200, "the interactive save should not wait for the whole bulk job");
    QVERIFY(bulkPanel(*w)->progressBar()->value() < 200 || !bulk->isRunning());

    QTRY_VERIFY_WITH_TIMEOUT(!bulk->isRunning(), 120'000);
    QCOMPARE(bulk->progress().succeeded, 200);
    QCOMPARE(bulk->progress().failed, 0);
    QVERIFY(bulk->failures().isEmpty());
    // Every PATCH of the job went on the bulk lane and the save on the interactive one, each once,
    // except that the save takes the job's PATCH of the same subscription along into its lane when
    // that one has not left yet (writes to one subscription leave in the order they were made).
    // The save was queued while the job still had PATCHes waiting, and the queue lets nothing from
    // the bulk lane overtake a waiting interactive request: the first PATCH to leave after the save
    // was queued is on the interactive lane (the save, or the job's PATCH it took along; while that
    // one is on the wire the save waits for its answer, and other subscriptions' PATCHes may go).
    int bulkPatches = 0;
    int interactivePatches = 0;
    qsizetype saveAt = -1;
    for (qsizetype i = 0; i < lanes.size(); ++i) {
        const QList<QVariant> &args = lanes.at(i);
        if (!args.at(0).toString().startsWith(QLatin1String("PATCH ")))
            continue;
        QCOMPARE(args.at(3).toInt(), 1);  // no retries: nothing failed or was refused
        if (args.at(1).value<RequestLane>() == RequestLane::Bulk) {
            ++bulkPatches;
        } else {
            ++interactivePatches;
            saveAt = i;
        }
    }
    QCOMPARE(bulkPatches + interactivePatches, 201);
    QVERIFY2(interactivePatches == 1 || interactivePatches == 2, qPrintable(QString::number(interactivePatches)));
    QVERIFY2(saveAt >= sentBeforeSave, "the save left before it was queued");
    for (qsizetype i = sentBeforeSave; i <= saveAt; ++i) {
        if (!lanes.at(i).at(0).toString().startsWith(QLatin1String("PATCH ")))
            continue;
        QVERIFY2(lanes.at(i).at(1).value<RequestLane>() == RequestLane::Interactive,
                 qPrintable(QStringLiteral("a bulk PATCH (send %1) overtook the save (send %2)").arg(i).arg(saveAt)));
        break;
    }
    int bulkAfterSave = 0;
    for (qsizetype i = saveAt + 1; i < lanes.size(); ++i)
        bulkAfterSave += lanes.at(i).at(0).toString().startsWith(QLatin1String("PATCH ")) ? 1 : 0;
    QVERIFY2(bulkAfterSave > 0, "the save should not wait for the whole bulk job");
    const SubscriptionList after = fetchAll();
    QCOMPARE(after.size(), 200);
    for (const Subscription &s : after)
        QVERIFY2(!s.enabled, qPrintable(s.url));
    QCOMPARE(fetch(target).description.value_or(QString()), QStringLiteral("Edited during the bulk job"));
    QVERIFY(bulkPanel(*w)->statusText().contains(QStringLiteral("200")));
}

void TstMainWindow::welcomeConnectStoresKey()
{
    auto w = makeWindow();
    QVERIFY(!isConsoleShown(*w));
    QVERIFY(welcomePage(*w)->isVisible());
    ProfileForm *form = welcomePage(*w)->form();
    form->nameEdit()->setText(QStringLiteral("Local"));
    form->urlEdit()->setText(m_live.sandbox->baseUrl().toString());
    form->keyEdit()->setText(QString::fromUtf8(m_live.sandbox->apiKey()));
    QTest::mouseClick(welcomePage(*w)->connectButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(isConsoleShown(*w), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(subscriptionList(*w)->loadCount() > 0, kWait);
    QVERIFY(m_live.env->profiles.contains(QStringLiteral("Local")));
    QCOMPARE(m_live.env->profiles.lastUsed(), QStringLiteral("Local"));
    // The key went to the keychain, and not into the settings file.
    bool read = false;
    m_live.env->keychain.readKey(QStringLiteral("Local"), nullptr, [&](const KeychainResult &r) {
        read = true;
        QVERIFY(r.ok());
        QCOMPARE(r.secret, m_live.sandbox->apiKey());
    });
    QTRY_VERIFY(read);
    QFile ini(m_live.env->profiles.fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(m_live.sandbox->apiKey()));

    // A second window connects with the saved profile alone.
    auto again = makeWindow();
    again->connectProfile(QStringLiteral("Local"));
    QTRY_VERIFY_WITH_TIMEOUT(isConsoleShown(*again) && subscriptionList(*again)->loadCount() > 0, kWait);
}

// File > Connect to Server… shows the welcome page over the open connection: Back returns to it
// untouched, a failed connect keeps it, and only a new connection replaces it.
void TstMainWindow::connectToServerKeepsTheOpenConnection()
{
    const qint64 id = create(QStringLiteral("https://hooks.example.com/keep-open"));
    auto w = makeWindow();
    connectWindow(*w);
    ConsoleSession *open = session(*w);
    QVERIFY(open);

    action(*w, QStringLiteral("actionConnect"))->trigger();
    QVERIFY(!isConsoleShown(*w));
    QCOMPARE(session(*w), open);
    auto *back = MainWindowParts::part<QPushButton>(*w, QStringLiteral("returnButton"));
    QVERIFY(back->isVisible());
    QTest::mouseClick(back, Qt::LeftButton);
    QVERIFY(isConsoleShown(*w));
    QCOMPARE(session(*w), open);
    QVERIFY(subscriptionModel(*w)->rowForId(id) >= 0);

    // A connect that fails (a server that is not there) leaves the open one as it was.
    action(*w, QStringLiteral("actionConnect"))->trigger();
    ProfileForm *form = welcomePage(*w)->form();
    form->nameEdit()->setText(QStringLiteral("Nowhere"));
    form->urlEdit()->setText(QStringLiteral("ftp://nowhere.example"));
    form->keyEdit()->setText(QStringLiteral("key"));
    QTest::mouseClick(welcomePage(*w)->connectButton(), Qt::LeftButton);
    QCOMPARE(session(*w), open);
    QVERIFY(back->isVisible());
    QTest::keyClick(welcomePage(*w)->form()->keyEdit(), Qt::Key_Escape);
    QVERIFY(isConsoleShown(*w));
    QCOMPARE(session(*w), open);

    // A new connection replaces it; with nothing open behind the page there is no Back.
    action(*w, QStringLiteral("actionConnect"))->trigger();
    form->nameEdit()->setText(QStringLiteral("Second"));
    form->urlEdit()->setText(m_live.sandbox->baseUrl().toString());
    form->keyEdit()->setText(QString::fromUtf8(m_live.sandbox->apiKey()));
    QTest::mouseClick(welcomePage(*w)->connectButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(isConsoleShown(*w) && session(*w) && session(*w) != open, kWait);
    QCOMPARE(session(*w)->profileName(), QStringLiteral("Second"));
}

void TstMainWindow::welcomeWithoutKeychainOffersSessionOnly()
{
    UnavailableKeychain noKeychain;
    ConsoleServices services = m_live.env->services();
    services.keychain = &noKeychain;
    MainWindow w(services);
    QList<KeychainQuestion::Question> asked;
    w.setKeychainQuestionHandler([&asked](QWidget *, const KeychainQuestion::Question &question) {
        asked << question;
        return KeychainQuestion::Choice::SessionOnly;
    });
    w.show();
    Profile p;
    p.name = QStringLiteral("NoKeychain");
    p.baseUrl = m_live.sandbox->baseUrl();
    w.connectNewProfile(p, m_live.sandbox->apiKey());
    QTRY_VERIFY_WITH_TIMEOUT(isConsoleShown(w), kWait);
    QCOMPARE(noKeychain.writes, 1);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.last().title, QStringLiteral("No Keychain Available"));
    QVERIFY(asked.last().text.contains(QStringLiteral("No Secret Service is running.")));
    QVERIFY(asked.last().informativeText.contains(QStringLiteral("this session only")));
    QTRY_VERIFY_WITH_TIMEOUT(subscriptionList(w)->loadCount() > 0, kWait);
    QVERIFY(subscriptionList(w)->lastLoadError().isEmpty());
}

// The connect form's new profile, its key refused because the keyring's prompt was dismissed: the
// window asks (itself the question's parent) and Try Again stores the key and connects.
void TstMainWindow::welcomeCancelledPromptAsksAndTriesAgain()
{
    FaultyCredentialStore keychain;
    keychain.failNext(1, KeychainResult::Status::Cancelled, QStringLiteral("The keyring's prompt was cancelled."),
                      QStringLiteral("Cannot create an item in a locked collection"));
    ConsoleServices services = m_live.env->services();
    services.keychain = &keychain;
    MainWindow w(services);
    QList<QWidget *> parents;
    QList<KeychainQuestion::Question> asked;
    w.setKeychainQuestionHandler([&](QWidget *parent, const KeychainQuestion::Question &question) {
        parents << parent;
        asked << question;
        return KeychainQuestion::Choice::TryAgain;
    });
    w.show();
    ProfileForm *form = welcomePage(w)->form();
    form->nameEdit()->setText(QStringLiteral("Locked"));
    form->urlEdit()->setText(m_live.sandbox->baseUrl().toString());
    form->keyEdit()->setText(QString::fromUtf8(m_live.sandbox->apiKey()));
    QTest::mouseClick(welcomePage(w)->connectButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(isConsoleShown(w), kWait);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(parents.first(), &w);
    QCOMPARE(asked.first().title, QStringLiteral("Keyring Prompt Cancelled"));
    QCOMPARE(asked.first().detail, QStringLiteral("Cannot create an item in a locked collection"));
    QVERIFY(!asked.first().text.contains(asked.first().detail));
    QCOMPARE(keychain.writes, 2);
    QCOMPARE(keychain.keys.value(QStringLiteral("Locked")), m_live.sandbox->apiKey());
}

void TstMainWindow::demoStartsAndStopsChild()
{
    auto w = makeWindow();
    action(*w, QStringLiteral("actionDemo"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(isConsoleShown(*w), 60'000);
    QTRY_VERIFY_WITH_TIMEOUT(subscriptionModel(*w)->rowCount() > 0, 60'000);
    QVERIFY(session(*w)->isDemo());
    QVERIFY(demoLauncher(*w)->isRunning());
    QVERIFY(session(*w)->baseUrl().host() == QLatin1String("127.0.0.1"));
    QPointer<DemoSandboxLauncher> launcher = demoLauncher(*w);
    w->close();
    QVERIFY(!launcher->isRunning());
}

void TstMainWindow::uiStateIsRemembered()
{
    {
        auto w = makeWindow();
        w->resize(1000, 700);
        subscriptionView(*w)->horizontalHeader()->resizeSection(SubscriptionTableModel::UrlColumn, 333);
        w->close();
    }
    auto w = makeWindow();
    QCOMPARE(subscriptionView(*w)->horizontalHeader()->sectionSize(SubscriptionTableModel::UrlColumn), 333);
}

// Both open and return at once (no nested event loop); the list names every shortcut of the window.
void TstMainWindow::shortcutsAndAboutOpenWithoutWaiting()
{
    auto w = makeWindow();
    action(*w, QStringLiteral("actionShortcuts"))->trigger();
    auto *shortcuts = w->findChild<ShortcutsDialog *>();
    QVERIFY(shortcuts);
    QTRY_VERIFY(shortcuts->isVisible());
    const QTableWidget *table = shortcuts->findChild<QTableWidget *>();
    QVERIFY(table);
    QHash<QString, QString> keys;
    for (int row = 0; row < table->rowCount(); ++row)
        keys.insert(table->item(row, 0)->text(), table->item(row, 1)->text());
    const QString ctrlR = QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText);
    QVERIFY(keys.value(QStringLiteral("Refresh")).contains(ctrlR));
    QCOMPARE(keys.value(QStringLiteral("All")), QKeySequence(Qt::CTRL | Qt::Key_1).toString(QKeySequence::NativeText));
    // A key that is both the platform's standard and our own is listed once.
    QCOMPARE(keys.value(QStringLiteral("Quit")), QKeySequence(Qt::CTRL | Qt::Key_Q).toString(QKeySequence::NativeText));
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        const QStringList each = it.value().split(ShortcutsDialog::tr(", "));
        QVERIFY2(QSet<QString>(each.cbegin(), each.cend()).size() == each.size(),
                 qPrintable(it.key() + QStringLiteral(": ") + it.value()));
    }
    QCOMPARE(keys.value(QStringLiteral("Toggle enabled of the current row (in the table)")),
             QKeySequence(Qt::Key_Space).toString(QKeySequence::NativeText));
    shortcuts->close();

    // The user guide is built in and opens from Help (F1), without a network or a browser.
    QCOMPARE(keys.value(QStringLiteral("User Guide")), QKeySequence(Qt::Key_F1).toString(QKeySequence::NativeText));
    action(*w, QStringLiteral("actionUserGuide"))->trigger();
    auto *guide = w->findChild<UserGuideDialog *>();
    QVERIFY(guide);
    QTRY_VERIFY(guide->isVisible());
    const QString guideText =
        MainWindowParts::part<QTextBrowser>(*guide, QStringLiteral("userGuideText"))->toPlainText();
    QVERIFY2(guideText.contains(QStringLiteral("Getting connected")), qPrintable(guideText.left(200)));
    guide->close();

    action(*w, QStringLiteral("actionAbout"))->trigger();
    auto *about = w->findChild<QMessageBox *>();
    QVERIFY(about);
    QTRY_VERIFY(about->isVisible());
    QVERIFY(about->text().contains(QStringLiteral("Webhook Console")));
    about->close();
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
