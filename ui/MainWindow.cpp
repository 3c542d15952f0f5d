#include "ui/MainWindow.h"

#include "ui/ConfirmQuestion.h"

#include "api/ApiClient.h"
#include "api/RequestQueue.h"
#include "api/RequestTransport.h"
#include "common/TranslationLoader.h"
#include "credentials/CredentialStore.h"
#include "journal/WriteJournal.h"
#include "models/EventTypeTableModel.h"
#include "models/SubscriptionFilterProxyModel.h"
#include "models/SubscriptionTableModel.h"
#include "profiles/ProfileStore.h"
#include "ui/BulkJobRunner.h"
#include "ui/BulkProgressPanel.h"
#include "ui/ConsoleSession.h"
#include "ui/DeliveriesPanel.h"
#include "ui/DemoSandboxLauncher.h"
#include "ui/DetailsPane.h"
#include "ui/EventTypesWidget.h"
#include "ui/EnabledToggler.h"
#include "journal/JournaledWrites.h"
#include "journal/JournalLocation.h"
#include "ui/NewSubscriptionDialog.h"
#include "ui/ProfileForm.h"
#include "ui/ProfilesDialog.h"
#include "ui/QueueStatusWidget.h"
#include "ui/StatePanel.h"
#include "ui/SubscriptionListWidget.h"
#include "ui/WelcomePage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

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

MainWindow::PendingCloseChoice defaultPendingClose(QWidget *parent, int count)
{
    QMessageBox box(QMessageBox::Question, MainWindow::tr("Changes Not Finished"),
                    MainWindow::tr("%n change(s) are still queued or waiting for the server's answer.", nullptr, count),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(MainWindow::tr("Wait: close when they are answered. Discard changes: those not sent "
                                          "yet are dropped; any already on their way may still be applied and "
                                          "are shown at the next start. Keep for next time: they stay in the "
                                          "journal and the next start offers to send them."));
    QPushButton *wait = box.addButton(MainWindow::tr("&Wait"), QMessageBox::AcceptRole);
    // Named for what it does: "Cancel" on a close question reads as "do not close".
    QPushButton *cancel = box.addButton(MainWindow::tr("&Discard Changes"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(MainWindow::tr("&Keep for Next Time"), QMessageBox::ActionRole);
    QPushButton *stay = box.addButton(MainWindow::tr("&Stay Open"), QMessageBox::RejectRole);
    box.setDefaultButton(wait);
    box.setEscapeButton(stay);
    box.exec();
    if (box.clickedButton() == wait)
        return MainWindow::PendingCloseChoice::Wait;
    if (box.clickedButton() == cancel)
        return MainWindow::PendingCloseChoice::Cancel;
    if (box.clickedButton() == keep)
        return MainWindow::PendingCloseChoice::Keep;
    return MainWindow::PendingCloseChoice::StayOpen;
}
} // namespace

MainWindow::MainWindow(const ConsoleServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services((initConsoleResources(), services))  // icons before any child widget uses them
    , m_confirm(ConfirmQuestion::ask)
    , m_pendingClose(defaultPendingClose)
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(icon("webhook-console"));  // the application icon (packaging installs the same SVG)

    buildActions();
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(buildConsolePage());
    setCentralWidget(m_pages);
    buildMenus();
    buildToolBar();

    m_queueWidget = new QueueStatusWidget(this);
    m_connectionLabel = new QLabel(this);
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
    connect(m_welcome, &WelcomePage::connectRequested, this, &MainWindow::connectNewProfile);
    connect(m_welcome, &WelcomePage::profileChosen, this, &MainWindow::connectProfile);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);

    restoreUiState();
    showWelcome();
    updateActions();
    updateWindowTitle();
}

MainWindow::~MainWindow()
{
    // The session's queued callbacks refer to the models: end it before they go.
    delete m_session;
}

// ---------------------------------------------------------------------------------------------
// Construction

void MainWindow::buildActions()
{
    auto make = [this](const char *name, const QString &text, const QIcon &ic, const QList<QKeySequence> &keys,
                       const QString &tip, auto slot) {
        auto *a = new QAction(ic, text, this);
        a->setObjectName(QLatin1String(name));
        a->setShortcuts(keys);
        if (!keys.isEmpty())
            a->setToolTip(tr("%1 (%2)").arg(tip, keys.constFirst().toString(QKeySequence::NativeText)));
        else
            a->setToolTip(tip);
        a->setStatusTip(tip);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    make("actionConnect", tr("&Connect to Server…"), icon("connect"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)},
         tr("Connect to a server with a new profile"), [this] { disconnectSession(); });
    make("actionProfiles", tr("&Profiles…"), icon("profile"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
         tr("Switch, edit, check or forget connection profiles"), &MainWindow::showProfiles);
    make("actionDemo", tr("Open Local &Demo"), icon("demo"), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D)},
         tr("Start the local demo server and connect to it"), &MainWindow::openDemo);
    make("actionNew", tr("&New Subscription…"), icon("add"), {QKeySequence::New}, tr("Create a subscription"),
         &MainWindow::newSubscription);
    make("actionQuit", tr("&Quit"), icon("quit"), {QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)},
         tr("Close the console"), [this] { close(); });

    make("actionToggle", tr("&Toggle Enabled"), icon("toggle"), {QKeySequence(Qt::CTRL | Qt::Key_T)},
         tr("Enable or disable the current subscription (Space in the table)"), [this] { m_list->toggleCurrent(); });
    make("actionEnable", tr("&Enable Selected"), icon("enable"), {QKeySequence(Qt::CTRL | Qt::Key_E)},
         tr("Enable the selected subscriptions"), [this] { m_list->enableSelected(); });
    make("actionDisable", tr("&Disable Selected"), icon("disable"), {QKeySequence(Qt::CTRL | Qt::Key_D)},
         tr("Disable the selected subscriptions"), [this] { m_list->disableSelected(); });
    make("actionDelete", tr("De&lete Selected…"), icon("delete"), {QKeySequence::Delete},
         tr("Delete the selected subscriptions"), [this] { m_list->deleteSelected(); });
    make("actionBulkEnable", tr("Enable All &Filtered"), icon("enable"),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}, tr("Enable every subscription the filter shows (bulk job)"),
         [this] { m_list->bulkEnableFiltered(); });
    make("actionBulkDisable", tr("Disable All F&iltered"), icon("disable"),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)},
         tr("Disable every subscription the filter shows (bulk job)"), [this] { m_list->bulkDisableFiltered(); });
    make("actionBulkDelete", tr("Delete All Filte&red…"), icon("delete"),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete)},
         tr("Delete every subscription the filter shows (bulk job)"), [this] { m_list->bulkDeleteFiltered(); });
    make("actionCancelBulk", tr("&Cancel Bulk Job"), icon("cancel"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X)},
         tr("Stop the running bulk job"), [this] { m_list->cancelBulk(); });
    make("actionSave", tr("&Save Details"), icon("save"), {QKeySequence::Save}, tr("Save the edited subscription"),
         [this] { m_details->save(); });
    make("actionRevert", tr("Re&vert Details"), QIcon(), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Z)},
         tr("Discard the edits of the selected subscription"), [this] { m_details->revert(); });
    make("actionFind", tr("&Find…"), icon("search"), {QKeySequence::Find}, tr("Search subscriptions"), [this] {
        showConsole();
        if (m_listTabs->currentIndex() == 1) {
            m_eventTypes->focusSearch();
        } else {
            m_list->focusSearch();
        }
    });
    make("actionSelectAll", tr("Select &All"), QIcon(), {QKeySequence::SelectAll}, tr("Select every shown subscription"),
         [this] {
             if (m_listTabs->currentIndex() == 0)
                 m_list->selectAll();
         });

    make("actionRefresh", tr("&Refresh"), icon("refresh"), {QKeySequence::Refresh, QKeySequence(Qt::CTRL | Qt::Key_R)},
         tr("Reload subscriptions and event types (pending edits are kept)"), &MainWindow::refresh);
    make("actionReloadDetails", tr("Reload &Details"), QIcon(), {QKeySequence(Qt::SHIFT | Qt::Key_F5)},
         tr("Fetch the selected subscription again"), [this] { m_details->reload(); });
    make("actionShowSubscriptions", tr("&Subscriptions"), QIcon(), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1)},
         tr("Show the subscriptions"), [this] {
             m_listTabs->setCurrentIndex(0);
             m_list->focusTable();
         });
    make("actionShowEventTypes", tr("&Event Types"), QIcon(), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2)},
         tr("Show the event types"), [this] {
             m_listTabs->setCurrentIndex(1);
             m_eventTypes->focusTable();
         });
    make("actionToggleDetails", tr("Details &Pane"), QIcon(), {QKeySequence(Qt::Key_F9)},
         tr("Show or hide the details pane"), [this] { m_details->setVisible(!m_details->isVisible()); });
    make("actionQueue", tr("Request &Queue…"), icon("queue"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q)},
         tr("Show each endpoint's rate-limit budget"), [this] { m_queueWidget->showPanel(); });
    make("actionShortcuts", tr("&Keyboard Shortcuts"), QIcon(), {QKeySequence::HelpContents},
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
    view->addActions(m_list->filterActions());
    view->addSeparator();
    view->addAction(action(QStringLiteral("actionShowSubscriptions")));
    view->addAction(action(QStringLiteral("actionShowEventTypes")));
    view->addAction(action(QStringLiteral("actionToggleDetails")));
    view->addAction(action(QStringLiteral("actionQueue")));
    view->addSeparator();
    // The language is installed by the composition root before any window exists, from this
    // setting; a change therefore applies at the next start (the widgets do not retranslate live).
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(language);
    const QString languageKey = QStringLiteral("language");
    const QString current = QSettings(QStringLiteral("webhook-console"), QStringLiteral("console"))
                                .value(languageKey, TranslationLoader::systemChoice())
                                .toString();
    QStringList choices{TranslationLoader::systemChoice()};
    choices += TranslationLoader::supportedLanguages();
    for (const QString &choice : std::as_const(choices)) {
        QAction *a = language->addAction(TranslationLoader::displayName(choice));
        a->setObjectName(QStringLiteral("actionLanguage_") + choice);
        a->setCheckable(true);
        a->setChecked(choice == current);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, choice, languageKey] {
            QSettings(QStringLiteral("webhook-console"), QStringLiteral("console")).setValue(languageKey, choice);
            statusBar()->showMessage(tr("The new language applies when Webhook Console is started again."), 10000);
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
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
    for (const char *name : {"actionRefresh", "actionNew", "actionToggle", "actionEnable", "actionDisable", "actionDelete"})
        bar->addAction(action(QLatin1String(name)));
    bar->addSeparator();
    bar->addAction(action(QStringLiteral("actionProfiles")));
}

QWidget *MainWindow::buildConsolePage()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);

    m_listTabs = new QTabWidget(m_splitter);
    m_listTabs->setAccessibleName(tr("Lists"));

    m_list = new SubscriptionListWidget(*m_services.clock, m_listTabs);
    m_list->setObjectName(QStringLiteral("subscriptionList"));
    // The list asks through the window's confirm handler, which tests replace.
    m_list->setConfirmHandler([this](QWidget *, const QString &title, const QString &text, const QString &acceptText) {
        return confirm(title, text, acceptText);
    });
    addActions(m_list->filterActions());  // their shortcuts work wherever the focus is in the window
    connect(m_list, &SubscriptionListWidget::currentChanged, this, [this] {
        m_details->showSubscription(m_list->currentId());
        updateDeliveriesPanel();
        updateActions();
    });
    connect(m_list, &SubscriptionListWidget::actionsChanged, this, &MainWindow::updateActions);
    connect(m_list, &SubscriptionListWidget::refreshRequested, this, &MainWindow::refresh);
    connect(m_list, &SubscriptionListWidget::statusMessage, this, [this](const QString &text, int timeoutMs) {
        statusBar()->showMessage(text, timeoutMs);
    });
    m_listTabs->addTab(m_list, tr("Subscriptions"));
    m_eventTypes = new EventTypesWidget(m_listTabs);
    m_eventTypes->setObjectName(QStringLiteral("eventTypeList"));
    connect(m_eventTypes, &EventTypesWidget::loaded, this, [this](const EventTypeList &types) {
        m_details->setEventTypes(types);
    });
    connect(m_eventTypes, &EventTypesWidget::statusMessage, this, [this](const QString &text, int timeoutMs) {
        statusBar()->showMessage(text, timeoutMs);
    });
    m_listTabs->addTab(m_eventTypes, tr("Event Types"));

    // --- Details ---
    m_details = new DetailsPane(m_splitter);
    m_details->setAccessibleName(tr("Subscription details"));
    connect(m_details, &DetailsPane::statusMessage, this, [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
    });
    connect(m_details, &DetailsPane::dirtyChanged, this, &MainWindow::updateActions);
    // The pane asks through the window's confirm handler, which tests replace.
    m_details->setConfirmHandler([this](QWidget *, const QString &title, const QString &text, const QString &acceptText) {
        return confirm(title, text, acceptText);
    });
    // The deliveries of the selected subscription, refreshed only while its tab is shown.
    m_deliveries = new DeliveriesPanel(nullptr, m_services.clock, m_details);
    m_details->setDeliveriesWidget(m_deliveries);
    connect(m_details->tabs(), &QTabWidget::currentChanged, this, &MainWindow::updateDeliveriesPanel);

    m_splitter->addWidget(m_listTabs);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({760, 480});

    // Tab order: the list (search, table, filters), then the details editor.
    setTabOrder(m_list, m_details);
    return m_splitter;
}

void MainWindow::restoreUiState()
{
    if (!m_services.settings)
        return;
    QSettings &s = *m_services.settings;
    s.beginGroup(QStringLiteral("mainWindow"));
    if (!restoreGeometry(s.value(QStringLiteral("geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(s.value(QStringLiteral("state")).toByteArray());
    m_splitter->restoreState(s.value(QStringLiteral("splitter")).toByteArray());
    m_list->restoreHeaderState(s.value(QStringLiteral("subscriptionHeader")).toByteArray());
    m_eventTypes->restoreHeaderState(s.value(QStringLiteral("eventTypeHeader")).toByteArray());
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
    s.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    s.setValue(QStringLiteral("subscriptionHeader"), m_list->headerState());
    s.setValue(QStringLiteral("eventTypeHeader"), m_eventTypes->headerState());
    s.endGroup();
    s.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_details->hasUnsavedDrafts()
        && !confirm(tr("Unsaved Changes"),
                    tr("Some subscriptions have edits that were not saved. Close anyway and discard them?"),
                    tr("Discard and Close"))) {
        event->ignore();
        return;
    }
    // Writes still queued or in flight: wait for them, cancel them or keep them for next time.
    if (JournaledWrites *writes = journaledWrites(); writes && writes->pendingCount() > 0) {
        switch (m_pendingClose ? m_pendingClose(this, writes->pendingCount()) : PendingCloseChoice::Keep) {
        case PendingCloseChoice::StayOpen:
            m_closeWhenIdle = false;
            event->ignore();
            return;
        case PendingCloseChoice::Wait:
            m_closeWhenIdle = true;
            statusBar()->showMessage(tr("Closing when the %n pending change(s) are answered…", nullptr,
                                        writes->pendingCount()));
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
    if (m_demo)
        m_demo->stop();
    event->accept();
}

// ---------------------------------------------------------------------------------------------
// Connecting

bool MainWindow::confirm(const QString &title, const QString &text, const QString &acceptText)
{
    return m_confirm ? m_confirm(this, title, text, acceptText) : false;
}

bool MainWindow::isConsoleShown() const
{
    return m_pages->currentIndex() == 1;
}

void MainWindow::showWelcome(const QString &message, bool error)
{
    m_welcome->setProfiles(m_services.profiles ? m_services.profiles->names() : QStringList());
    m_welcome->setBusy(false);
    m_welcome->showMessage(message, error);
    m_pages->setCurrentIndex(0);
    updateActions();
}

void MainWindow::showConsole()
{
    if (!m_session)
        return;
    m_pages->setCurrentIndex(1);
    updateActions();
}

void MainWindow::setSession(ConsoleSession *session)
{
    m_list->setSession(nullptr);
    m_details->setSession(nullptr, nullptr);
    m_eventTypes->setSession(nullptr);
    delete m_session;
    m_session = session;
    m_journalLabel->hide();
    if (!session) {
        if (m_deliveries) {
            m_deliveries->clearSubscription();
            m_deliveries->setApiClient(nullptr);
        }
        m_queueWidget->setQueue(nullptr);
        updateWindowTitle();
        return;
    }
    session->setParent(this);
    openJournal(session);
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
        statusBar()->showMessage(tr("The journal of pending changes could not be updated: %1").arg(message), 15000);
    });
    m_list->setSession(session);
    m_eventTypes->setSession(session);
    m_details->setSession(session->client(), m_list->model(), writes);
    if (m_deliveries)
        m_deliveries->setApiClient(session->client());
    m_queueWidget->setQueue(session->queue());
    updateWindowTitle();
}

bool MainWindow::connectTo(const QUrl &baseUrl, const QByteArray &apiKey, const QString &displayName, QString *error)
{
    const bool demo = std::exchange(m_nextSessionIsDemo, false);  // the demo has its own journal
    RateLimitPolicy policy = RateLimitPolicy::documented();
    if (m_services.rateWindowMs)
        policy.setWindow(*m_services.rateWindowMs);
    auto *session = new ConsoleSession(m_services.clock, m_services.network, policy, this);
    QString why;
    // Only loopback can be reached over plain http without asking (the demo and tests are local).
    if (!session->open(baseUrl, apiKey, false, &why)) {
        delete session;
        if (error)
            *error = why;
        showWelcome(why, true);
        return false;
    }
    session->setDisplayName(displayName);
    session->setDemo(demo);
    setSession(session);
    showConsole();
    refresh();
    offerPendingWrites();
    return true;
}

bool MainWindow::ensureInsecureConsent(Profile *profile)
{
    if (!ProfileStore::needsInsecureConsent(profile->baseUrl) || profile->allowInsecureHttp)
        return true;
    const bool yes = confirm(
        tr("Unencrypted Connection"),
        tr("%1 uses plain http:// to a computer other than this one. The API key and all data would travel "
           "unencrypted and could be read or changed on the way.\n\nConnect anyway? Your answer is remembered "
           "for this profile.")
            .arg(profile->baseUrl.toString()),
        tr("Connect Without Encryption"));
    if (!yes)
        return false;
    profile->allowInsecureHttp = true;
    return true;
}

bool MainWindow::startProfileSession(const Profile &profile, const QByteArray &apiKey)
{
    RateLimitPolicy policy = profile.rateLimitPolicy();
    if (m_services.rateWindowMs)
        policy.setWindow(*m_services.rateWindowMs);
    auto *session = new ConsoleSession(m_services.clock, m_services.network, policy, this);
    QString error;
    if (!session->open(profile.baseUrl, apiKey, profile.allowInsecureHttp, &error)) {
        delete session;
        showWelcome(error, true);
        return false;
    }
    session->setDisplayName(profile.name);
    session->setProfileName(profile.name);
    setSession(session);
    if (m_services.profiles)
        m_services.profiles->setLastUsed(profile.name);
    showConsole();
    refresh();
    offerPendingWrites();
    return true;
}

void MainWindow::connectNewProfile(Profile profile, const QByteArray &apiKey)
{
    if (!m_services.profiles || !m_services.keychain)
        return;
    if (!ensureInsecureConsent(&profile)) {
        showWelcome(tr("Not connected: plain http:// to another computer needs your consent."), true);
        return;
    }
    QString error;
    if (!m_services.profiles->save(profile, &error)) {
        m_welcome->showMessage(error, true);
        return;
    }
    m_welcome->setBusy(true, tr("Storing the API key in the keychain…"));
    m_services.keychain->writeKey(profile.name, apiKey, this, [this, profile, apiKey](const KeychainResult &r) {
        m_welcome->setBusy(false);
        if (r.ok()) {
            startProfileSession(profile, apiKey);
            return;
        }
        // No usable keychain: say so plainly and offer to keep the key in memory for this session.
        const bool sessionOnly = m_services.sessionKeys
            && confirm(tr("No Keychain Available"),
                       tr("The API key cannot be stored safely on this computer: %1\n\n"
                          "You can use the key for this session only. It is then kept in memory and "
                          "forgotten when the console closes; next time you will be asked for it again.")
                           .arg(r.message),
                       tr("Use for This Session Only"));
        if (!sessionOnly) {
            m_welcome->showMessage(tr("Not connected: the API key could not be stored (%1).").arg(r.message), true);
            return;
        }
        m_services.sessionKeys->writeKey(profile.name, apiKey, nullptr, [](const KeychainResult &) {});
        startProfileSession(profile, apiKey);
    });
}

void MainWindow::connectProfile(const QString &name)
{
    if (!m_services.profiles || !m_services.keychain)
        return;
    auto profile = m_services.profiles->profile(name);
    if (!profile) {
        showWelcome(tr("There is no profile named %1.").arg(name), true);
        return;
    }
    if (!ensureInsecureConsent(&*profile)) {
        showWelcome(tr("Not connected: plain http:// to another computer needs your consent."), true);
        return;
    }
    QString error;
    m_services.profiles->save(*profile, &error);  // remembers the consent
    m_welcome->setBusy(true, tr("Reading the API key of %1 from the keychain…").arg(name));
    auto askForKey = [this, p = *profile](const QString &why) {
        showWelcome(why, true);
        m_welcome->form()->setProfile(p);
        m_welcome->form()->keyEdit()->setFocus();
    };
    m_services.keychain->readKey(name, this, [this, p = *profile, askForKey](const KeychainResult &r) {
        if (r.ok()) {
            m_welcome->setBusy(false);
            startProfileSession(p, r.secret);
            return;
        }
        if (!m_services.sessionKeys) {
            askForKey(r.message);
            return;
        }
        m_services.sessionKeys->readKey(p.name, this, [this, p, askForKey, r](const KeychainResult &s) {
            m_welcome->setBusy(false);
            if (s.ok()) {
                startProfileSession(p, s.secret);
                return;
            }
            if (r.status == KeychainResult::Status::Unavailable)
                askForKey(tr("No keychain is available here (%1). Enter the API key of %2 again to use it for "
                             "this session.")
                              .arg(r.message, p.name));
            else
                askForKey(tr("No API key is stored for %1. Enter it to connect.").arg(p.name));
        });
    });
}

void MainWindow::openDemo()
{
    if (m_services.sandboxExecutable.isEmpty()) {
        showWelcome(tr("The demo server (webhook-sandbox) is not installed next to this program."), true);
        return;
    }
    if (m_demo && m_demo->isRunning() && m_demo->apiKey().size() > 0) {
        m_nextSessionIsDemo = true;
        connectTo(m_demo->baseUrl(), m_demo->apiKey(), tr("Local demo"));
        return;
    }
    delete m_demo;
    m_demo = new DemoSandboxLauncher(m_services.sandboxExecutable, this);
    if (m_services.rateWindowMs)
        m_demo->setExtraArguments({QStringLiteral("--rate-window"), QString::number(*m_services.rateWindowMs) + QStringLiteral("ms")});
    // A new demo server starts empty: writes left for an earlier one cannot be resumed against it.
    if (!m_services.journalDirectory.isEmpty() && m_services.clock) {
        WriteJournal stale(WriteJournal::filePathFor(m_services.journalDirectory,
                                                     JournalLocation::journalName({}, {}, true)),
                           *m_services.clock);
        if (stale.open())
            stale.discardUnconfirmed();
    }
    connect(m_demo, &DemoSandboxLauncher::ready, this, [this] {
        QString error;
        m_nextSessionIsDemo = true;
        if (connectTo(m_demo->baseUrl(), m_demo->apiKey(), tr("Local demo"), &error))
            m_session->setDemo(true);
        updateWindowTitle();
    });
    connect(m_demo, &DemoSandboxLauncher::failed, this, [this](const QString &message) {
        if (m_session && m_session->isDemo()) {
            setSession(nullptr);
            showWelcome(message, true);
        } else {
            showWelcome(message, true);
        }
    });
    showWelcome();
    m_welcome->setBusy(true, tr("Starting the local demo server…"));
    m_demo->start();
}

void MainWindow::disconnectSession()
{
    setSession(nullptr);
    showWelcome();
}

void MainWindow::showProfiles()
{
    if (!m_services.profiles || !m_services.keychain)
        return;
    auto *dialog = new ProfilesDialog(m_services, m_session ? m_session->profileName() : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfilesDialog::switchRequested, this, &MainWindow::connectProfile);
    connect(dialog, &ProfilesDialog::profileForgotten, this, [this](const QString &name) {
        if (m_session && m_session->profileName() == name)
            disconnectSession();
        m_welcome->setProfiles(m_services.profiles->names());
    });
    connect(dialog, &ProfilesDialog::profileEdited, this, [this](const QString &oldName, const QString &newName) {
        m_welcome->setProfiles(m_services.profiles->names());
        if (m_session && m_session->profileName() == oldName)
            connectProfile(newName);  // the URL or key may have changed
    });
    dialog->open();
}

void MainWindow::updateWindowTitle()
{
    if (m_session) {
        setWindowTitle(tr("%1 — Webhook Console").arg(m_session->displayName()));
        m_connectionLabel->setText(tr("Connected to %1").arg(m_session->baseUrl().toString()));
    } else {
        setWindowTitle(tr("Webhook Console"));
        m_connectionLabel->setText(tr("Not connected"));
    }
}

void MainWindow::setDeliveriesWidget(QWidget *widget)
{
    m_details->setDeliveriesWidget(widget);
}

// ---------------------------------------------------------------------------------------------
// Loading

void MainWindow::refresh()
{
    if (!m_session)
        return;
    m_list->reload();
    m_eventTypes->reload();
    // The details pane keeps what the user typed; it only takes new server values elsewhere.
    m_details->reload();
}

void MainWindow::updateActions()
{
    const bool connected = m_session && isConsoleShown();
    const QList<qint64> selected = m_list->selectedIds();
    const std::optional<qint64> current = m_list->currentId();
    const bool bulkRunning = m_list->isBulkRunning();
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
    set("actionSave", connected && m_details->isDirty());
    set("actionRevert", connected && m_details->isDirty());
    set("actionFind", connected);
    set("actionSelectAll", connected);
    set("actionShowSubscriptions", connected);
    set("actionShowEventTypes", connected);
    set("actionToggleDetails", connected);
    const QList<QAction *> filters = m_list->filterActions();
    for (QAction *a : filters)
        a->setEnabled(connected);
}

// ---------------------------------------------------------------------------------------------
// Actions

void MainWindow::updateDeliveriesPanel()
{
    if (!m_deliveries)
        return;
    const auto id = m_list->currentId();
    const SubscriptionTableModel *model = m_list->model();
    const int row = id ? model->rowForId(*id) : -1;
    const bool shown = m_session && row >= 0 && m_details->tabs()->currentWidget() == m_deliveries;
    if (row < 0) {
        m_deliveries->setActive(false);
        m_deliveries->clearSubscription();
        return;
    }
    if (m_deliveries->subscriptionId() != id)
        m_deliveries->setSubscription(model->serverSubscriptionAt(row));
    // Never refresh in the background: only while the tab is on screen.
    m_deliveries->setActive(shown);
}

void MainWindow::newSubscription()
{
    if (!m_session)
        return;
    if (m_newDialog) {
        m_newDialog->raise();
        m_newDialog->activateWindow();
        return;
    }
    auto *dialog = new NewSubscriptionDialog(m_session->writes(), m_list->model(), m_eventTypes->eventTypes(),
                                             m_services.clipboard, m_services.clipboardClearMs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_newDialog = dialog;
    connect(dialog, &NewSubscriptionDialog::created, this, [this](qint64 id) {
        m_list->showCreated(id);
        statusBar()->showMessage(tr("Subscription %1 created.").arg(id), 8000);
    });
    dialog->open();
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *table = new QTableWidget(&dialog);
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    QList<QAction *> actions = findChildren<QAction *>();
    actions.erase(std::remove_if(actions.begin(), actions.end(),
                                 [](QAction *a) { return a->shortcut().isEmpty() || a->text().isEmpty(); }),
                  actions.end());
    table->setRowCount(int(actions.size()) + 1);
    int row = 0;
    for (QAction *a : std::as_const(actions)) {
        table->setItem(row, 0, new QTableWidgetItem(a->text().remove(QLatin1Char('&'))));
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys.append(k.toString(QKeySequence::NativeText));
        table->setItem(row, 1, new QTableWidgetItem(keys.join(tr(", "))));
        ++row;
    }
    table->setItem(row, 0, new QTableWidgetItem(tr("Toggle enabled of the current row (in the table)")));
    table->setItem(row, 1, new QTableWidgetItem(QKeySequence(Qt::Key_Space).toString(QKeySequence::NativeText)));
    table->resizeColumnsToContents();
    layout->addWidget(table);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(box);
    dialog.resize(520, 560);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Webhook Console"),
                       tr("<h3>Webhook Console %1</h3>"
                          "<p>A desktop console for webhook subscriptions: find, toggle, edit, create and delete "
                          "subscriptions, and see why deliveries fail.</p>"
                          "<p>Built with Qt %2 (LGPL v3) and QtKeychain (BSD licence).</p>")
                           .arg(QCoreApplication::applicationVersion(), QLatin1String(qVersion())));
}

// ---------------------------------------------------------------------------------------------
// Journal of pending writes

JournaledWrites *MainWindow::journaledWrites() const
{
    return m_session ? m_session->writes() : nullptr;
}

QString MainWindow::journalWarning() const
{
    return m_session && !m_session->writes()->canWrite() ? m_journalLabel->text() : QString();
}

void MainWindow::openJournal(ConsoleSession *session)
{
    if (session->openJournal(m_services.journalDirectory)) {
        m_journalLabel->hide();
        return;
    }
    // Refuse writes rather than send them unrecorded, and say so where it stays visible.
    m_journalLabel->setText(tr("Read only: changes are refused because the journal of pending changes cannot be "
                               "opened (%1).")
                                .arg(session->journalError()));
    m_journalLabel->setToolTip(session->writes()->refusal());
    m_journalLabel->show();
    statusBar()->showMessage(session->writes()->refusal(), 20000);
}

void MainWindow::offerPendingWrites()
{
    if (!m_session || !m_session->journal() || !m_session->journal()->isOpen())
        return;
    const auto entries = m_session->journal()->unconfirmed();
    if (!entries || entries->isEmpty())
        return;
    delete m_pendingDialog;
    auto *dialog = new PendingWritesDialog(*entries, m_session->journal(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_pendingDialog = dialog;
    ConsoleSession *session = m_session;
    // The recorded writes of a running webhookctl (or another console window) are under way, not
    // abandoned: resuming them here would send them twice, discarding them would pull them from
    // under it.
    dialog->setBusyCheck([this, session]() -> QString {
        if (session != m_session)
            return {};
        const QList<JournalUsers::User> others = session->writes()->otherUsers();
        if (others.isEmpty())
            return {};
        return tr("%1 is sending some of these changes right now. Resume or discard them once it has finished; "
                  "until then nothing is sent or forgotten.")
            .arg(JournalUsers::describe(others.first()));
    });
    connect(dialog, &PendingWritesDialog::chosen, this, [this, session](PendingWritesDialog::Choice choice) {
        if (session != m_session)
            return;
        WriteJournal *journal = session->journal();
        switch (choice) {
        case PendingWritesDialog::Choice::Resume: {
            // Claimed in one step with the check: a resume started elsewhere at this moment waits.
            const auto claimed = session->writes()->claimForResume();
            if (!claimed || !claimed->isEmpty()) {
                statusBar()->showMessage(
                    claimed ? tr("%1 is sending some of these changes right now. Resume them once it has finished.")
                                  .arg(JournalUsers::describe(claimed->constFirst()))
                            : claimed.error(),
                    15000);
                return;
            }
            const auto todo = journal->takeForResume();
            if (todo && m_list->resumeWrites(*todo))
                return;
            session->writes()->releaseIfIdle();
            statusBar()->showMessage(todo ? tr("Nothing to resume (or a bulk job is running).") : journal->lastError(),
                                     todo ? 10000 : 15000);
            return;
        }
        case PendingWritesDialog::Choice::Discard:
            if (!journal->discardUnconfirmed())
                statusBar()->showMessage(journal->lastError(), 15000);
            else
                statusBar()->showMessage(tr("The unconfirmed changes were discarded."), 8000);
            return;
        case PendingWritesDialog::Choice::Later:
            statusBar()->showMessage(tr("The unconfirmed changes are kept; you will be asked again at the next start."),
                                     8000);
            return;
        }
    });
    dialog->open();
}

// ---------------------------------------------------------------------------------------------
// The subscription list, as tests reach it

SubscriptionTableModel *MainWindow::subscriptionModel() const
{
    return m_list->model();
}

SubscriptionFilterProxyModel *MainWindow::subscriptionProxy() const
{
    return qobject_cast<SubscriptionFilterProxyModel *>(subscriptionView()->model());
}

QTableView *MainWindow::subscriptionView() const
{
    return m_list->findChild<QTableView *>(QStringLiteral("subscriptionTable"));
}

QLineEdit *MainWindow::searchEdit() const
{
    return m_list->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
}

StatePanel *MainWindow::listState() const
{
    return m_list->findChild<StatePanel *>(QStringLiteral("subscriptionListState"));
}

BulkProgressPanel *MainWindow::bulkPanel() const
{
    return m_list->findChild<BulkProgressPanel *>();
}

BulkJobRunner *MainWindow::bulkRunner() const
{
    return m_session ? m_session->findChild<BulkJobRunner *>() : nullptr;
}

EnabledToggler *MainWindow::toggler() const
{
    return m_session ? m_session->findChild<EnabledToggler *>() : nullptr;
}

bool MainWindow::isLoadingSubscriptions() const
{
    return m_list->isLoading();
}

int MainWindow::loadCount() const
{
    return m_list->loadCount();
}

QString MainWindow::lastLoadError() const
{
    return m_list->lastLoadError();
}

void MainWindow::selectIds(const QList<qint64> &ids)
{
    m_list->selectIds(ids);
}

QList<qint64> MainWindow::selectedIds() const
{
    return m_list->selectedIds();
}

QList<qint64> MainWindow::filteredIds() const
{
    return m_list->filteredIds();
}

void MainWindow::toggleCurrent()
{
    m_list->toggleCurrent();
}

void MainWindow::enableSelected()
{
    m_list->enableSelected();
}

void MainWindow::disableSelected()
{
    m_list->disableSelected();
}

void MainWindow::deleteSelected()
{
    m_list->deleteSelected();
}

void MainWindow::bulkEnableFiltered()
{
    m_list->bulkEnableFiltered();
}

void MainWindow::bulkDisableFiltered()
{
    m_list->bulkDisableFiltered();
}

void MainWindow::bulkDeleteFiltered()
{
    m_list->bulkDeleteFiltered();
}

EventTypeTableModel *MainWindow::eventTypeModel() const
{
    return m_eventTypes->findChild<EventTypeTableModel *>();
}

QTableView *MainWindow::eventTypeView() const
{
    return m_eventTypes->findChild<QTableView *>(QStringLiteral("eventTypeTable"));
}
