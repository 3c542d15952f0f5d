// Just over the usual size of a room: the window's 27 actions are made here, each on a line or
// two with its shortcut and tip, beside the menus and toolbar that hold them. The logic lives
// in the pages, the list widget and the connection controller.
#include "ui/MainWindow.h"

#include "ui/ConfirmQuestion.h"

#include "api/ApiClient.h"
#include "journal/JournaledWrites.h"
#include "journal/WriteJournal.h"
#include "profiles/ProfileStore.h"
#include "ui/AboutBox.h"
#include "ui/ConsolePage.h"
#include "ui/ConsoleSession.h"
#include "ui/DetailsPane.h"
#include "ui/EventTypesWidget.h"
#include "ui/ExportActions.h"
#include "ui/LanguageMenu.h"
#include "ui/NewSubscriptionDialog.h"
#include "ui/PendingWritesDialog.h"
#include "ui/ProfileForm.h"
#include "ui/ProfilesDialog.h"
#include "ui/QueueStatusWidget.h"
#include "ui/ShortcutsDialog.h"
#include "ui/SubscriptionListWidget.h"
#include "ui/UserGuideDialog.h"
#include "ui/WelcomePage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

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
    buildActions();
    m_export = new ExportActions(m_console, this);
    connect(m_export, &ExportActions::statusMessage, this, &MainWindow::showStatus);
    addActions(m_console->list()->filterActions());  // their shortcuts work wherever the focus is in the window
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_console);
    setCentralWidget(m_pages);
    buildMenus();
    buildToolBar();

    m_queueWidget = new QueueStatusWidget(this);
    m_queueWidget->setObjectName(QStringLiteral("queueStatus"));
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setAccessibleName(tr("Connection"));
    // Says why writes are refused when the journal of pending changes cannot be used.
    m_journalLabel = new QLabel(this);
    m_journalLabel->setObjectName(QStringLiteral("journalWarning"));
    m_journalLabel->setStyleSheet(kErrorStyle);
    m_journalLabel->setAccessibleName(tr("Journal of pending changes"));
    m_journalLabel->hide();
    statusBar()->addPermanentWidget(m_journalLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_queueWidget);

    m_welcome->setProfiles(m_services.profiles ? m_services.profiles->names() : QStringList());
    m_welcome->setDemoAvailable(!m_services.sandboxExecutable.isEmpty(),
                                tr("The demo server (webhook-sandbox) is not installed next to this program."));
    connect(m_welcome, &WelcomePage::connectRequested, &m_connection, &ConnectionController::connectNewProfile);
    connect(m_welcome, &WelcomePage::profileChosen, &m_connection, &ConnectionController::connectProfile);
    connect(m_welcome, &WelcomePage::demoRequested, &m_connection, &ConnectionController::openDemo);
    connect(m_welcome, &WelcomePage::returnRequested, this, &MainWindow::showConsole);
    followConnection();

    restoreUiState();
    showWelcome();
    updateActions();
    updateWindowTitle();
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

void MainWindow::buildActions()
{
    auto make = [this](const char *name, const QString &text, const QIcon &ic, const QList<QKeySequence> &keys,
                       const QString &tip, auto slot) {
        auto *a = new QAction(ic, text, this);
        a->setObjectName(QLatin1String(name));
        // A platform's standard key may be empty, or the same as the one we add for every platform.
        QList<QKeySequence> unique;
        for (const QKeySequence &key : keys) {
            if (!key.isEmpty() && !unique.contains(key))
                unique.append(key);
        }
        a->setShortcuts(unique);
        if (!unique.isEmpty())
            a->setToolTip(tr("%1 (%2)").arg(tip, unique.constFirst().toString(QKeySequence::NativeText)));
        else
            a->setToolTip(tip);
        a->setStatusTip(tip);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    make("actionConnect", tr("&Connect to Server…"), icon("connect"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)},
         tr("Connect to a server with a new profile"), [this] { showWelcome(); });
    make("actionProfiles", tr("&Profiles…"), icon("profile"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
         tr("Switch, edit, check or forget connection profiles"), &MainWindow::showProfiles);
    make("actionDemo", tr("Open Local &Demo"), icon("demo"), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D)},
         tr("Start the local demo server and connect to it"), &MainWindow::openDemo);
    make("actionNew", tr("&New Subscription…"), icon("add"), {QKeySequence::New}, tr("Create a subscription"),
         &MainWindow::newSubscription);
    make("actionQuit", tr("&Quit"), icon("quit"), {QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)},
         tr("Close the console"), [this] { close(); });

    make("actionToggle", tr("&Toggle Enabled"), icon("toggle"), {QKeySequence(Qt::CTRL | Qt::Key_T)},
         tr("Enable or disable the current subscription (Space in the table)"),
         [this] { m_console->list()->toggleCurrent(); });
    make("actionEnable", tr("&Enable Selected"), icon("enable"), {QKeySequence(Qt::CTRL | Qt::Key_E)},
         tr("Enable the selected subscriptions"), [this] { m_console->list()->enableSelected(); });
    make("actionDisable", tr("&Disable Selected"), icon("disable"), {QKeySequence(Qt::CTRL | Qt::Key_D)},
         tr("Disable the selected subscriptions"), [this] { m_console->list()->disableSelected(); });
    make("actionDelete", tr("De&lete Selected…"), icon("delete"), {QKeySequence::Delete},
         tr("Delete the selected subscriptions"), [this] { m_console->list()->deleteSelected(); });
    make("actionBulkEnable", tr("Enable All &Filtered"), icon("enable"),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}, tr("Enable every subscription the filter shows (bulk job)"),
         [this] { m_console->list()->bulkEnableFiltered(); });
    make("actionBulkDisable", tr("Disable All F&iltered"), icon("disable"),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)}, tr("Disable every subscription the filter shows (bulk job)"),
         [this] { m_console->list()->bulkDisableFiltered(); });
    make("actionBulkDelete", tr("Delete All Filte&red…"), icon("delete"),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete)},
         tr("Delete every subscription the filter shows (bulk job)"),
         [this] { m_console->list()->bulkDeleteFiltered(); });
    make("actionCancelBulk", tr("&Cancel Bulk Job"), icon("cancel"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X)},
         tr("Stop the running bulk job"), [this] { m_console->list()->cancelBulk(); });
    make("actionSave", tr("&Save Details"), icon("save"), {QKeySequence::Save}, tr("Save the edited subscription"),
         [this] { m_console->details()->save(); });
    make("actionRevert", tr("Re&vert Details"), QIcon(), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Z)},
         tr("Discard the edits of the selected subscription"), [this] { m_console->details()->revert(); });
    make("actionFind", tr("&Find…"), icon("search"), {QKeySequence::Find}, tr("Search subscriptions"), [this] {
        showConsole();
        m_console->focusSearch();
    });
    make("actionSelectAll", tr("Select &All"), QIcon(), {QKeySequence::SelectAll},
         tr("Select every shown subscription"), [this] { m_console->selectAllSubscriptions(); });

    make("actionRefresh", tr("&Refresh"), icon("refresh"), {QKeySequence::Refresh, QKeySequence(Qt::CTRL | Qt::Key_R)},
         tr("Reload subscriptions and event types (pending edits are kept)"), &MainWindow::refresh);
    make("actionReloadDetails", tr("Reload &Details"), QIcon(), {QKeySequence(Qt::SHIFT | Qt::Key_F5)},
         tr("Fetch the selected subscription again"), [this] { m_console->details()->reload(); });
    make("actionShowSubscriptions", tr("&Subscriptions"), QIcon(), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1)},
         tr("Show the subscriptions"), [this] { m_console->showSubscriptions(); });
    make("actionShowEventTypes", tr("&Event Types"), QIcon(), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2)},
         tr("Show the event types"), [this] { m_console->showEventTypes(); });
    make("actionToggleDetails", tr("Details &Pane"), QIcon(), {QKeySequence(Qt::Key_F9)},
         tr("Show or hide the details pane"), [this] {
             DetailsPane *details = m_console->details();
             details->setVisible(!details->isVisible());
         });
    make("actionQueue", tr("Request &Queue…"), icon("queue"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q)},
         tr("Show each endpoint's rate-limit budget"), [this] { m_queueWidget->showPanel(); });
    make("actionUserGuide", tr("&User Guide"), QIcon(), {QKeySequence::HelpContents, QKeySequence(Qt::Key_F1)},
         tr("Read how to find, change and check subscriptions"), &MainWindow::showUserGuide);
    make("actionShortcuts", tr("&Keyboard Shortcuts"), QIcon(), {QKeySequence(Qt::CTRL | Qt::Key_F1)},
         tr("List every keyboard shortcut"), &MainWindow::showShortcuts);
    make("actionAbout", tr("&About Webhook Console"), icon("info"), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A)},
         tr("Version and licences"), &MainWindow::showAbout);
    make("actionAboutQt", tr("About &Qt"), QIcon(), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Q)},
         tr("About the Qt toolkit"), [] { QApplication::aboutQt(); });
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("actionNew")));
    file->addMenu(m_export->menu());
    file->addSeparator();
    file->addAction(action(QStringLiteral("actionConnect")));
    file->addAction(action(QStringLiteral("actionProfiles")));
    file->addAction(action(QStringLiteral("actionDemo")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("actionQuit")));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(QStringLiteral("actionToggle")));
    edit->addAction(action(QStringLiteral("actionEnable")));
    edit->addAction(action(QStringLiteral("actionDisable")));
    edit->addAction(action(QStringLiteral("actionDelete")));
    edit->addSeparator();
    QMenu *bulk = edit->addMenu(icon("bulk"), tr("&Bulk"));
    bulk->addAction(action(QStringLiteral("actionBulkEnable")));
    bulk->addAction(action(QStringLiteral("actionBulkDisable")));
    bulk->addAction(action(QStringLiteral("actionBulkDelete")));
    bulk->addSeparator();
    bulk->addAction(action(QStringLiteral("actionCancelBulk")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("actionSave")));
    edit->addAction(action(QStringLiteral("actionRevert")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("actionSelectAll")));
    edit->addAction(action(QStringLiteral("actionFind")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(action(QStringLiteral("actionRefresh")));
    view->addAction(action(QStringLiteral("actionReloadDetails")));
    view->addSeparator();
    view->addActions(m_console->list()->filterActions());
    view->addSeparator();
    view->addAction(action(QStringLiteral("actionShowSubscriptions")));
    view->addAction(action(QStringLiteral("actionShowEventTypes")));
    view->addAction(action(QStringLiteral("actionToggleDetails")));
    view->addAction(action(QStringLiteral("actionQueue")));
    view->addSeparator();
    auto *language = new LanguageMenu(tr("Lan&guage"), view);
    view->addMenu(language);
    connect(language, &LanguageMenu::languageChosen, this, [this] {
        statusBar()->showMessage(tr("The new language applies when Webhook Console is started again."), 10000);
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("actionUserGuide")));
    help->addAction(action(QStringLiteral("actionShortcuts")));
    help->addSeparator();
    help->addAction(action(QStringLiteral("actionAbout")));
    help->addAction(action(QStringLiteral("actionAboutQt")));
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(20, 20));
    bar->setAccessibleName(tr("Main toolbar"));
    for (const char *name :
         {"actionRefresh", "actionNew", "actionToggle", "actionEnable", "actionDisable", "actionDelete"})
        bar->addAction(action(QLatin1String(name)));
    bar->addSeparator();
    bar->addAction(action(QStringLiteral("actionProfiles")));
}

// What the connection controller decides, shown: the welcome page while not connected (busy while
// the keychain or the demo server is awaited), the console with the session's lists once connected.
void MainWindow::followConnection()
{
    m_connection.setConfirmHandler([this](QWidget *, const QString &title, const QString &text,
                                          const QString &acceptText) { return confirm(title, text, acceptText); });
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
    connect(&m_connection, &ConnectionController::keyNeeded, this, [this](const Profile &profile, const QString &why) {
        showWelcome(why, true);
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
    auto set = [this](const char *name, bool enabled) {
        if (QAction *a = action(QLatin1String(name)))
            a->setEnabled(enabled);
    };
    set("actionNew", connected);
    set("actionRefresh", connected);
    set("actionReloadDetails", connected && current.has_value());
    set("actionToggle", connected && current.has_value());
    set("actionEnable", connected && !selected.isEmpty() && !(bulkRunning && selected.size() > 1));
    set("actionDisable", connected && !selected.isEmpty() && !(bulkRunning && selected.size() > 1));
    set("actionDelete", connected && !selected.isEmpty() && !(bulkRunning && selected.size() > 1));
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
    m_journalLabel->setText(tr("Read only: changes are refused because the journal of pending changes cannot be "
                               "opened (%1).")
                                .arg(reason));
    m_journalLabel->setToolTip(refusal);
    m_journalLabel->show();
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
