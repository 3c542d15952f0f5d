#include "ui/MainWindow.h"

#include "ui/ConfirmQuestion.h"

#include "api/ApiClient.h"
#include "journal/JournaledWrites.h"
#include "journal/WriteJournal.h"
#include "models/SubscriptionTableModel.h"
#include "profiles/ProfileStore.h"
#include "ui/AboutBox.h"
#include "ui/ConsolePage.h"
#include "ui/ConsoleSession.h"
#include "ui/DetailsPane.h"
#include "ui/EventTypesWidget.h"
#include "ui/ExportActions.h"
#include "ui/LanguageMenu.h"
#include "ui/MainWindowActions.h"
#include "ui/NewSubscriptionDialog.h"
#include "ui/PendingWritesDialog.h"
#include "ui/ProfileForm.h"
#include "ui/ProfilesDialog.h"
#include "ui/QueueStatusWidget.h"
#include "ui/RefreshMenu.h"
#include "ui/SecretReissueLauncher.h"
#include "ui/ShortcutsDialog.h"
#include "ui/SubscriptionListWidget.h"
#include "ui/UserGuideDialog.h"
#include "ui/WatchCoordinator.h"
#include "ui/WelcomePage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDBusConnection>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

// The icons live in webhook_ui, a static library: its resources must be registered explicitly
// (outside any namespace, as Q_INIT_RESOURCE requires).
static void initConsoleResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace {
const QString kErrorStyle = QStringLiteral("color: #d9463b;");

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}
}  // namespace

MainWindow::MainWindow(const ConsoleServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services((initConsoleResources(), services))  // icons before any child widget uses them
    , m_confirm(ConfirmQuestion::ask)
    , m_pendingClose(PendingCloseQuestion::ask)
    , m_keychainQuestion(KeychainQuestion::ask)
    , m_keyEntry(KeychainQuestion::askKey)
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_console(new ConsolePage(*services.clock, this))
    , m_connection(services, this)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(icon("webhook-console"));  // the application icon (packaging installs the same SVG)
    m_pages->setObjectName(QStringLiteral("pages"));
    m_welcome->setObjectName(QStringLiteral("welcomePage"));
    m_console->setObjectName(QStringLiteral("consolePage"));
    m_connection.setObjectName(QStringLiteral("connectionController"));

    // The list and the details pane ask through the window's confirm handler, which tests replace.
    m_console->setConfirmHandler([this](QWidget *, const QString &title, const QString &text,
                                        const QString &acceptText) { return confirm(title, text, acceptText); });
    connect(m_console, &ConsolePage::actionsChanged, this, &MainWindow::updateActions);
    connect(m_console, &ConsolePage::statusMessage, this, &MainWindow::showStatus);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_console);
    setCentralWidget(m_pages);
    auto *language = new LanguageMenu(m_services.settings, m_services.translations, this);
    language->setObjectName(QStringLiteral("languageMenu"));
    // With a loader the window changes at once, which says enough; without one, at the next start.
    connect(language, &LanguageMenu::languageChosen, this, [this] {
        if (!m_services.translations)
            statusBar()->showMessage(tr("The new language applies when Webhook Console is started again."), 10000);
    });
    m_export = new ExportActions(m_console, this);
    connect(m_export, &ExportActions::statusMessage, this, &MainWindow::showStatus);
    auto *autoRefresh = new RefreshMenu(m_services.settings, m_console->list()->refreshSchedule(), this);
    m_actions = std::make_unique<MainWindowActions>(this, m_console->list()->filterActions(), m_export->menu(),
                                                    autoRefresh, language);
    addActions(m_console->list()->filterActions());  // their shortcuts work wherever the focus is in the window
    connectActions();
    m_watchCoordinator = new WatchCoordinator(
        m_services.settings, *m_console->list(), *m_actions->action("actionWatch"),
        *m_actions->action("actionWatchFailing"), QDBusConnection::sessionBus(), icon("webhook-console"), this);
    connect(m_watchCoordinator, &WatchCoordinator::statusMessage, this, &MainWindow::showStatus);
    connect(m_watchCoordinator, &WatchCoordinator::showRequested, this, &MainWindow::showSubscription);
    m_reissue = new SecretReissueLauncher(m_services, *this, this);
    connect(m_reissue, &SecretReissueLauncher::statusMessage, this, &MainWindow::showStatus);
    connect(m_reissue, &SecretReissueLauncher::subscriptionsChanged, m_console, &ConsolePage::refresh);
    connect(m_reissue, &SecretReissueLauncher::jobChanged, m_console, &ConsolePage::refreshReminders);
    connect(m_console, &ConsolePage::reissueContinueRequested, this, [this](const QString &jobId) {
        if (ConsoleSession *session = m_connection.session())
            m_reissue->continueJob(*session, jobId);
    });
    connect(m_console->list(), &SubscriptionListWidget::contextMenuRequested, this,
            [this](const QPoint &globalPos) { m_actions->rowMenu()->popup(globalPos); });

    m_queueWidget = new QueueStatusWidget(this);
    m_queueWidget->setObjectName(QStringLiteral("queueStatus"));
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    // Says why writes are refused when the journal of pending changes cannot be used.
    m_journalLabel = new QLabel(this);
    m_journalLabel->setObjectName(QStringLiteral("journalWarning"));
    m_journalLabel->setStyleSheet(kErrorStyle);
    m_journalLabel->hide();
    statusBar()->addPermanentWidget(m_journalLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_queueWidget);

    m_welcome->setProfiles(m_services.profiles ? m_services.profiles->names() : QStringList());
    connect(m_welcome, &WelcomePage::connectRequested, &m_connection, &ConnectionController::connectNewProfile);
    connect(m_welcome, &WelcomePage::profileChosen, &m_connection, &ConnectionController::connectProfile);
    connect(m_welcome, &WelcomePage::demoRequested, &m_connection, &ConnectionController::openDemo);
    connect(m_welcome, &WelcomePage::returnRequested, this, &MainWindow::showConsole);
    followConnection();

    restoreUiState();
    showWelcome();
    updateActions();
    retranslate();
}

// m_connection is the last member, so it goes first: the session's queued callbacks refer to the
// list's models and reach this window, and both are still whole then.
MainWindow::~MainWindow() = default;

void MainWindow::connectProfile(const QString &name)
{
    m_connection.connectProfile(name);
}

void MainWindow::connectNewProfile(const Profile &profile, const QByteArray &apiKey)
{
    m_connection.connectNewProfile(profile, apiKey);
}

bool MainWindow::connectTo(const QUrl &baseUrl, const QByteArray &apiKey, const QString &displayName, QString *error)
{
    return m_connection.connectTo(baseUrl, apiKey, displayName, error);
}

void MainWindow::openDemo()
{
    m_connection.openDemo();
}

// ---------------------------------------------------------------------------------------------
// Construction

// What each action does; MainWindowActions makes them and keeps their texts.
void MainWindow::connectActions()
{
    auto on = [this](const char *name, auto slot) {
        connect(m_actions->action(name), &QAction::triggered, this, slot);
    };
    on("actionConnect", [this] { showWelcome(); });
    on("actionProfiles", &MainWindow::showProfiles);
    on("actionDemo", &MainWindow::openDemo);
    on("actionNew", &MainWindow::newSubscription);
    on("actionQuit", [this] { close(); });
    on("actionToggle", [this] { m_console->list()->toggleCurrent(); });
    on("actionEnable", [this] { m_console->list()->enableSelected(); });
    on("actionDisable", [this] { m_console->list()->disableSelected(); });
    on("actionDelete", [this] { m_console->list()->deleteSelected(); });
    on("actionReissueSecret", [this] {
        ConsoleSession *session = m_connection.session();
        const auto id = m_console->list()->currentId();
        const int row = id ? m_console->list()->model()->rowForId(*id) : -1;
        if (session && row >= 0)
            m_reissue->reissue(*session, m_console->list()->model()->subscriptionAt(row),
                               m_console->eventTypes()->eventTypes());
    });
    on("actionBulkEnable", [this] { m_console->list()->bulkEnableFiltered(); });
    on("actionBulkDisable", [this] { m_console->list()->bulkDisableFiltered(); });
    on("actionBulkDelete", [this] { m_console->list()->bulkDeleteFiltered(); });
    on("actionCancelBulk", [this] { m_console->list()->cancelBulk(); });
    on("actionSave", [this] { m_console->details()->save(); });
    on("actionRevert", [this] { m_console->details()->revert(); });
    on("actionFind", [this] {
        showConsole();
        m_console->focusSearch();
    });
    on("actionSelectAll", [this] { m_console->selectAllSubscriptions(); });
    on("actionRefresh", &MainWindow::refresh);
    on("actionReloadDetails", [this] { m_console->details()->reload(); });
    on("actionShowSubscriptions", [this] { m_console->showSubscriptions(); });
    on("actionShowEventTypes", [this] { m_console->showEventTypes(); });
    on("actionShowActivity", [this] { m_console->showActivity(); });
    on("actionToggleDetails", [this] {
        DetailsPane *details = m_console->details();
        details->setVisible(!details->isVisible());
    });
    on("actionQueue", [this] { m_queueWidget->showPanel(); });
    on("actionUserGuide", &MainWindow::showUserGuide);
    on("actionShortcuts", &MainWindow::showShortcuts);
    on("actionAbout", &MainWindow::showAbout);
    on("actionAboutQt", [] { QApplication::aboutQt(); });
}

// A notification was clicked: the window comes up with that subscription selected.
void MainWindow::showSubscription(qint64 id)
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
    showConsole();
    m_console->showSubscriptions();
    m_console->list()->selectIds({id});
}

// What the connection controller decides, shown: the welcome page while not connected (busy while
// the keychain or the demo server is awaited), the console with the session's lists once connected.
void MainWindow::followConnection()
{
    m_connection.setConfirmHandler([this](QWidget *, const QString &title, const QString &text,
                                          const QString &acceptText) { return confirm(title, text, acceptText); });
    // Through the window's own handlers, read when asked: tests may replace them after construction.
    m_connection.setKeychainQuestionHandler([this](QWidget *, const KeychainQuestion::Question &question) {
        return m_keychainQuestion ? m_keychainQuestion(this, question) : KeychainQuestion::Choice::Cancel;
    });
    m_connection.setKeyEntryHandler(
        [this](QWidget *, const QString &profile) { return m_keyEntry ? m_keyEntry(this, profile) : QByteArray(); });
    m_connection.setResumeHandler(
        [this](const QList<JournalEntry> &entries) { return m_console->list()->resumeWrites(entries); });
    connect(&m_connection, &ConnectionController::busy, this,
            [this](const QString &what) { m_welcome->setBusy(!what.isEmpty(), what); });
    connect(&m_connection, &ConnectionController::demoStarting, this, [this] {
        showWelcome();
        m_welcome->setBusy(true, tr("Starting the local demo server…"));
    });
    connect(&m_connection, &ConnectionController::connectionFailed, this,
            [this](const QString &message) { showWelcome(message, true); });
    connect(&m_connection, &ConnectionController::keyNeeded, this,
            [this](const Profile &profile, const QString &why, const QString &detail) {
                showWelcome(why, true);
                m_welcome->showMessage(why, true, detail);
                m_welcome->form()->setProfile(profile);
                m_welcome->form()->keyEdit()->setFocus();
            });
    connect(&m_connection, &ConnectionController::sessionEnding, this, [this] {
        m_console->setSession(nullptr);
        m_journalLabel->hide();
    });
    connect(&m_connection, &ConnectionController::sessionChanged, this, &MainWindow::showSession);
    connect(&m_connection, &ConnectionController::journalUnavailable, this, &MainWindow::showJournalUnavailable);
    connect(&m_connection, &ConnectionController::connected, this, [this] {
        showConsole();
        refresh();
    });
    connect(&m_connection, &ConnectionController::pendingWritesFound, this, &MainWindow::offerPendingWrites);
    connect(&m_connection, &ConnectionController::statusMessage, this, &MainWindow::showStatus);
}

void MainWindow::showSession(ConsoleSession *session)
{
    m_watchCoordinator->setSession(session);
    if (!session) {
        m_queueWidget->setQueue(nullptr);
        updateWindowTitle();
        showWelcome();
        return;
    }
    // "Connected" only while the server takes the key: a rejected key is said where the connection is.
    connect(session->client(), &ApiClient::keyStateChanged, this, &MainWindow::updateWindowTitle);
    JournaledWrites *writes = session->writes();
    connect(writes, &JournaledWrites::pendingCountChanged, this, [this](int count) {
        // "Wait" was chosen: close once the last write is answered (queued: not from inside a callback).
        if (count == 0 && m_closeWhenIdle)
            QTimer::singleShot(0, this, [this] {
                if (m_closeWhenIdle)
                    close();
            });
    });
    connect(writes, &JournaledWrites::journalProblem, this, [this](const QString &message) {
        showStatus(tr("The journal of pending changes could not be updated: %1").arg(message), 15000);
    });
    m_console->setSession(session);
    m_queueWidget->setQueue(session->queue());
    updateWindowTitle();
}

void MainWindow::restoreUiState()
{
    if (!m_services.settings)
        return;
    QSettings &s = *m_services.settings;
    s.beginGroup(QStringLiteral("mainWindow"));
    if (!restoreGeometry(s.value(QStringLiteral("geometry")).toByteArray())) {
        // 1280x800 where there is room; on a smaller screen nine tenths of it, so that the window
        // and its frame fit the screen it opens on.
        const QSize room = screen()->availableGeometry().size() * 9 / 10;
        resize(QSize(1280, 800).boundedTo(room));
    }
    restoreState(s.value(QStringLiteral("state")).toByteArray());
    m_console->restoreState(s);
    s.endGroup();
}

void MainWindow::saveUiState()
{
    if (!m_services.settings)
        return;
    QSettings &s = *m_services.settings;
    s.beginGroup(QStringLiteral("mainWindow"));
    s.setValue(QStringLiteral("geometry"), saveGeometry());
    s.setValue(QStringLiteral("state"), saveState());
    m_console->saveState(s);
    s.endGroup();
    s.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_console->details()->hasUnsavedDrafts()
        && !confirm(tr("Unsaved Changes"),
                    tr("Some subscriptions have edits that were not saved. Close anyway and discard them?"),
                    tr("Discard and Close"))) {
        event->ignore();
        return;
    }
    // Writes still queued or in flight: wait for them, cancel them or keep them for next time.
    ConsoleSession *session = m_connection.session();
    if (JournaledWrites *writes = session ? session->writes() : nullptr; writes && writes->pendingCount() > 0) {
        switch (m_pendingClose ? m_pendingClose(this, writes->pendingCount()) : PendingCloseChoice::Keep) {
        case PendingCloseChoice::StayOpen:
            m_closeWhenIdle = false;
            event->ignore();
            return;
        case PendingCloseChoice::Wait:
            m_closeWhenIdle = true;
            statusBar()->showMessage(
                tr("Closing when the %n pending change(s) are answered…", nullptr, writes->pendingCount()));
            event->ignore();
            return;
        case PendingCloseChoice::Cancel:
            writes->cancelPending();
            break;
        case PendingCloseChoice::Keep:
            writes->keepUnanswered();
            break;
        }
    }
    m_closeWhenIdle = false;
    saveUiState();
    m_connection.stopDemo();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Before the children hear of it: dates and numbers follow the new default locale.
        if (locale() != QLocale())
            setLocale(QLocale());
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

// Every text the window sets itself, composed again from its state in the current language.
void MainWindow::retranslate()
{
    m_actions->retranslate();
    m_connectionLabel->setAccessibleName(tr("Connection"));
    m_journalLabel->setAccessibleName(tr("Journal of pending changes"));
    m_journalLabel->setText(tr("Read only: changes are refused because the journal of pending changes cannot be "
                               "opened (%1).")
                                .arg(m_journalProblem));
    m_welcome->setDemoAvailable(!m_services.sandboxExecutable.isEmpty(),
                                tr("The demo server (webhook-sandbox) is not installed next to this program."));
    updateWindowTitle();
}

// ---------------------------------------------------------------------------------------------
// Pages and status

bool MainWindow::confirm(const QString &title, const QString &text, const QString &acceptText)
{
    return m_confirm ? m_confirm(this, title, text, acceptText) : false;
}

bool MainWindow::isConsoleShown() const
{
    return m_pages->currentWidget() == m_console;
}

void MainWindow::showWelcome(const QString &message, bool error)
{
    m_welcome->setProfiles(m_services.profiles ? m_services.profiles->names() : QStringList());
    m_welcome->setBusy(false);
    m_welcome->showMessage(message, error);
    // Connecting elsewhere keeps the open connection until a new one is made.
    ConsoleSession *session = m_connection.session();
    m_welcome->setReturnTarget(session ? session->displayName() : QString());
    m_pages->setCurrentWidget(m_welcome);
    updateActions();
}

void MainWindow::showConsole()
{
    if (!m_connection.session())
        return;
    m_pages->setCurrentWidget(m_console);
    updateActions();
}

void MainWindow::showStatus(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::updateWindowTitle()
{
    if (ConsoleSession *session = m_connection.session()) {
        setWindowTitle(tr("%1 — Webhook Console").arg(session->displayName()));
        const bool rejected = session->client()->keyState() == ApiClient::KeyState::Rejected;
        m_connectionLabel->setText(rejected ? tr("API key not accepted by %1").arg(session->baseUrl().toString())
                                            : tr("Connected to %1").arg(session->baseUrl().toString()));
        m_connectionLabel->setStyleSheet(rejected ? QStringLiteral("color: #d9463b;") : QString());
    } else {
        setWindowTitle(tr("Webhook Console"));
        m_connectionLabel->setText(tr("Not connected"));
        m_connectionLabel->setStyleSheet(QString());
    }
}

void MainWindow::updateActions()
{
    const SubscriptionListWidget *list = m_console->list();
    const bool connected = m_connection.session() && isConsoleShown();
    const QList<qint64> selected = list->selectedIds();
    const std::optional<qint64> current = list->currentId();
    const bool bulkRunning = list->isBulkRunning();
    const bool dirty = m_console->details()->isDirty();
    auto set = [this](const char *name, bool enabled) { m_actions->action(name)->setEnabled(enabled); };
    set("actionNew", connected);
    set("actionRefresh", connected);
    set("actionReloadDetails", connected && current.has_value());
    set("actionToggle", connected && current.has_value());
    set("actionEnable", connected && !selected.isEmpty() && !(bulkRunning && selected.size() > 1));
    set("actionDisable", connected && !selected.isEmpty() && !(bulkRunning && selected.size() > 1));
    set("actionDelete", connected && !selected.isEmpty() && !(bulkRunning && selected.size() > 1));
    set("actionReissueSecret", connected && current.has_value());
    set("actionWatch", connected && !selected.isEmpty());
    set("actionWatchFailing", connected);
    set("actionBulkEnable", connected && !bulkRunning);
    set("actionBulkDisable", connected && !bulkRunning);
    set("actionBulkDelete", connected && !bulkRunning);
    set("actionCancelBulk", bulkRunning);
    set("actionSave", connected && dirty);
    set("actionRevert", connected && dirty);
    set("actionFind", connected);
    set("actionSelectAll", connected);
    set("actionShowSubscriptions", connected);
    set("actionShowEventTypes", connected);
    set("actionShowActivity", connected);
    set("actionToggleDetails", connected);
    m_export->setAvailable(connected);
    const QList<QAction *> filters = list->filterActions();
    for (QAction *a : filters)
        a->setEnabled(connected);
}

// ---------------------------------------------------------------------------------------------
// Commands

void MainWindow::refresh()
{
    m_console->refresh();
}

void MainWindow::newSubscription()
{
    ConsoleSession *session = m_connection.session();
    if (!session)
        return;
    if (m_newDialog) {
        m_newDialog->raise();
        m_newDialog->activateWindow();
        return;
    }
    auto *dialog =
        new NewSubscriptionDialog(session->writes(), m_console->list()->model(), m_console->eventTypes()->eventTypes(),
                                  m_services.clipboard, m_services.clipboardClearMs, this);
    dialog->setObjectName(QStringLiteral("newSubscriptionDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_newDialog = dialog;
    connect(dialog, &NewSubscriptionDialog::created, this, [this](qint64 id) {
        m_console->list()->showCreated(id);
        statusBar()->showMessage(tr("Subscription %1 created.").arg(id), 8000);
    });
    dialog->open();
}

void MainWindow::showProfiles()
{
    if (!m_services.profiles || !m_services.keychain)
        return;
    ConsoleSession *session = m_connection.session();
    auto *dialog = new ProfilesDialog(m_services, session ? session->profileName() : QString(), this);
    if (session && session->client()->keyState() == ApiClient::KeyState::Rejected)
        dialog->setCurrentKeyRejected(true);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setKeychainQuestionHandler(m_keychainQuestion);
    dialog->setKeyEntryHandler(m_keyEntry);
    connect(dialog, &ProfilesDialog::switchRequested, &m_connection, &ConnectionController::connectProfile);
    connect(dialog, &ProfilesDialog::addRequested, this, [this] { showWelcome(); });
    connect(dialog, &ProfilesDialog::profileForgotten, this, [this](const QString &name) {
        if (m_connection.session() && m_connection.session()->profileName() == name)
            m_connection.disconnectSession();
        m_welcome->setProfiles(m_services.profiles->names());
    });
    connect(dialog, &ProfilesDialog::profileEdited, this, [this](const QString &oldName, const QString &newName) {
        m_welcome->setProfiles(m_services.profiles->names());
        if (m_connection.session() && m_connection.session()->profileName() == oldName)
            m_connection.connectProfile(newName);  // the URL or key may have changed
    });
    dialog->open();
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(actions(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    AboutBox::open(this);
}

void MainWindow::showUserGuide()
{
    auto *dialog = new UserGuideDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// ---------------------------------------------------------------------------------------------
// Journal of pending writes

void MainWindow::showJournalUnavailable(const QString &reason)
{
    // Writes are refused rather than sent unrecorded: say so where it stays visible.
    const QString refusal = m_connection.session()->writes()->refusal();
    m_journalProblem = reason;
    m_journalLabel->setToolTip(refusal);
    m_journalLabel->show();
    retranslate();
    statusBar()->showMessage(refusal, 20000);
}

void MainWindow::offerPendingWrites(const QList<JournalEntry> &entries)
{
    delete m_pendingDialog;
    auto *dialog = new PendingWritesDialog(entries, m_connection.session()->journal(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_pendingDialog = dialog;
    dialog->setBusyCheck([this] { return m_connection.pendingWritesBusyReason(); });
    connect(dialog, &PendingWritesDialog::chosen, this, [this](PendingWritesDialog::Choice choice) {
        switch (choice) {
        case PendingWritesDialog::Choice::Resume:
            m_connection.resumePendingWrites();
            return;
        case PendingWritesDialog::Choice::Discard:
            m_connection.discardPendingWrites();
            return;
        case PendingWritesDialog::Choice::Later:
            m_connection.keepPendingWrites();
            return;
        }
    });
    dialog->open();
}
