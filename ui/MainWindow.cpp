#include "ui/MainWindow.h"

#include "ui/ConfirmQuestion.h"

#include "api/ApiClient.h"
#include "api/RequestQueue.h"
#include "api/RequestTransport.h"
#include "common/TranslationLoader.h"
#include "credentials/CredentialStore.h"
#include "journal/WriteJournal.h"
#include "models/EventTypeTableModel.h"
#include "models/SubscriptionChunkFeeder.h"
#include "models/SubscriptionFilterProxyModel.h"
#include "models/SubscriptionTableModel.h"
#include "profiles/ProfileStore.h"
#include "ui/BulkJobRunner.h"
#include "ui/BulkProgressPanel.h"
#include "ui/ConsoleSession.h"
#include "ui/DeliveriesPanel.h"
#include "ui/DemoSandboxLauncher.h"
#include "ui/DetailsPane.h"
#include "ui/EnabledToggler.h"
#include "journal/JournaledWrites.h"
#include "journal/JournalLocation.h"
#include "ui/NewSubscriptionDialog.h"
#include "ui/ProfileForm.h"
#include "ui/ProfilesDialog.h"
#include "ui/QueueStatusWidget.h"
#include "ui/StatePanel.h"
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
constexpr int kMaxNamedInConfirmation = 10;
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
    , m_model(new SubscriptionTableModel(services.clock, this))
    , m_proxy(new SubscriptionFilterProxyModel(this))
    , m_feeder(new SubscriptionChunkFeeder(m_model, this))
    , m_types(new EventTypeTableModel(this))
    , m_typesProxy(EventTypeTableModel::makeSearchProxy(m_types, this))
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(icon("webhook-console"));  // the application icon (packaging installs the same SVG)
    m_model->setLocale(QLocale());
    m_proxy->setSourceModel(m_model);
    m_feeder->setTargetChunkMs(10);  // well under a frame per chunk, so a chunk plus a repaint stays short
    connect(m_feeder, &SubscriptionChunkFeeder::progress, this, [this](int fed, int total) {
        statusBar()->showMessage(tr("Loading subscriptions… %1 of %2").arg(QLocale().toString(fed), QLocale().toString(total)));
        updateListState();
        updateCountLabel();
    });
    connect(m_feeder, &SubscriptionChunkFeeder::finished, this, [this] { finishSubscriptionLoad(m_model->rowCount()); });

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

    connect(m_model, &SubscriptionTableModel::enabledToggleRequested, this, [this](qint64 id, bool enabled) {
        if (m_toggler)
            m_toggler->setEnabled(id, enabled);
    });
    connect(m_model, &SubscriptionTableModel::hasHealthChanged, this, [this](bool has) {
        m_table->setColumnHidden(SubscriptionTableModel::HealthColumn, !has);
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, [this] {
            updateListState();
            updateCountLabel();
        });
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateListState();
        updateCountLabel();
    });
    connect(m_proxy, &SubscriptionFilterProxyModel::filterChanged, this, [this] {
        updateListState();
        updateCountLabel();
    });
    // Relative times in the Health column ("failing for 3 hours") move on.
    m_relativeTimeTicker.setInterval(30'000);
    connect(&m_relativeTimeTicker, &QTimer::timeout, m_model, &SubscriptionTableModel::refreshRelativeTimes);
    m_relativeTimeTicker.start();

    restoreUiState();
    showWelcome();
    updateActions();
    updateWindowTitle();
}

MainWindow::~MainWindow()
{
    // The session's queued callbacks refer to the models: end it before they go.
    delete m_session;
    // The models are deleted with the children, when this window is half gone: their last signals
    // (the sorting layer resets when its source goes) must not reach it.
    disconnect(m_proxy, nullptr, this, nullptr);
    disconnect(m_model, nullptr, this, nullptr);
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
         tr("Enable or disable the current subscription (Space in the table)"), &MainWindow::toggleCurrent);
    make("actionEnable", tr("&Enable Selected"), icon("enable"), {QKeySequence(Qt::CTRL | Qt::Key_E)},
         tr("Enable the selected subscriptions"), &MainWindow::enableSelected);
    make("actionDisable", tr("&Disable Selected"), icon("disable"), {QKeySequence(Qt::CTRL | Qt::Key_D)},
         tr("Disable the selected subscriptions"), &MainWindow::disableSelected);
    make("actionDelete", tr("De&lete Selected…"), icon("delete"), {QKeySequence::Delete},
         tr("Delete the selected subscriptions"), &MainWindow::deleteSelected);
    make("actionBulkEnable", tr("Enable All &Filtered"), icon("enable"),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}, tr("Enable every subscription the filter shows (bulk job)"),
         &MainWindow::bulkEnableFiltered);
    make("actionBulkDisable", tr("Disable All F&iltered"), icon("disable"),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)},
         tr("Disable every subscription the filter shows (bulk job)"), &MainWindow::bulkDisableFiltered);
    make("actionBulkDelete", tr("Delete All Filte&red…"), icon("delete"),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete)},
         tr("Delete every subscription the filter shows (bulk job)"), &MainWindow::bulkDeleteFiltered);
    make("actionCancelBulk", tr("&Cancel Bulk Job"), icon("cancel"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X)},
         tr("Stop the running bulk job"), [this] {
             if (m_bulk)
                 m_bulk->cancel();
         });
    make("actionSave", tr("&Save Details"), icon("save"), {QKeySequence::Save}, tr("Save the edited subscription"),
         [this] { m_details->save(); });
    make("actionRevert", tr("Re&vert Details"), QIcon(), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Z)},
         tr("Discard the edits of the selected subscription"), [this] { m_details->revert(); });
    make("actionFind", tr("&Find…"), icon("search"), {QKeySequence::Find}, tr("Search subscriptions"), [this] {
        showConsole();
        if (m_listTabs->currentIndex() == 1) {
            m_typesSearch->setFocus();
            m_typesSearch->selectAll();
        } else {
            m_search->setFocus();
            m_search->selectAll();
        }
    });
    make("actionSelectAll", tr("Select &All"), QIcon(), {QKeySequence::SelectAll}, tr("Select every shown subscription"),
         [this] {
             if (m_table->hasFocus() || m_listTabs->currentIndex() == 0)
                 m_table->selectAll();
         });

    make("actionRefresh", tr("&Refresh"), icon("refresh"), {QKeySequence::Refresh, QKeySequence(Qt::CTRL | Qt::Key_R)},
         tr("Reload subscriptions and event types (pending edits are kept)"), &MainWindow::refresh);
    make("actionReloadDetails", tr("Reload &Details"), QIcon(), {QKeySequence(Qt::SHIFT | Qt::Key_F5)},
         tr("Fetch the selected subscription again"), [this] { m_details->reload(); });
    make("actionShowSubscriptions", tr("&Subscriptions"), QIcon(), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1)},
         tr("Show the subscriptions"), [this] {
             m_listTabs->setCurrentIndex(0);
             m_table->setFocus();
         });
    make("actionShowEventTypes", tr("&Event Types"), QIcon(), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2)},
         tr("Show the event types"), [this] {
             m_listTabs->setCurrentIndex(1);
             m_typesTable->setFocus();
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

    // Quick filters: checkable, exclusive.
    m_filterGroup = new QActionGroup(this);
    const struct {
        const char *name;
        QString text;
        SubscriptionFilterProxyModel::QuickFilter filter;
        Qt::Key key;
    } filters[] = {
        {"actionFilterAll", tr("&All"), SubscriptionFilterProxyModel::All, Qt::Key_1},
        {"actionFilterEnabled", tr("E&nabled"), SubscriptionFilterProxyModel::Enabled, Qt::Key_2},
        {"actionFilterDisabled", tr("Disa&bled"), SubscriptionFilterProxyModel::Disabled, Qt::Key_3},
        {"actionFilterFailing", tr("Fai&ling"), SubscriptionFilterProxyModel::Failing, Qt::Key_4},
    };
    for (const auto &f : filters) {
        auto *a = new QAction(f.text, m_filterGroup);
        a->setObjectName(QLatin1String(f.name));
        a->setCheckable(true);
        a->setShortcut(QKeySequence(Qt::CTRL | f.key));
        a->setToolTip(tr("Show %1 subscriptions (%2)")
                          .arg(QString(f.text).remove(QLatin1Char('&')).toLower(),
                               a->shortcut().toString(QKeySequence::NativeText)));
        a->setChecked(f.filter == SubscriptionFilterProxyModel::All);
        const auto filter = f.filter;
        connect(a, &QAction::triggered, this, [this, filter] { m_proxy->setQuickFilter(filter); });
        addAction(a);
    }
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
    view->addActions(m_filterGroup->actions());
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

    // --- Subscriptions tab ---
    auto *subsPage = new QWidget(m_listTabs);
    auto *v = new QVBoxLayout(subsPage);
    auto *top = new QHBoxLayout;
    m_search = new QLineEdit(subsPage);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search ID, URL or description (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search subscriptions"));
    m_search->addAction(icon("search"), QLineEdit::LeadingPosition);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &SubscriptionFilterProxyModel::setSearchText);
    top->addWidget(m_search, 1);
    for (QAction *a : m_filterGroup->actions()) {
        auto *b = new QToolButton(subsPage);
        b->setDefaultAction(a);
        b->setAutoRaise(true);
        b->setAccessibleName(a->text().remove(QLatin1Char('&')));
        top->addWidget(b);
    }
    m_countLabel = new QLabel(subsPage);
    m_countLabel->setAccessibleName(tr("Number of shown subscriptions"));
    top->addWidget(m_countLabel);
    v->addLayout(top);

    // An error of a reload while rows are shown: keep the rows, say what failed, offer Retry.
    m_messageBar = new QWidget(subsPage);
    auto *mb = new QHBoxLayout(m_messageBar);
    mb->setContentsMargins(4, 2, 4, 2);
    auto *mbIcon = new QLabel(m_messageBar);
    mbIcon->setPixmap(icon("warning").pixmap(QSize(16, 16), devicePixelRatioF()));
    m_messageText = new QLabel(m_messageBar);
    m_messageText->setWordWrap(true);
    m_messageText->setAccessibleName(tr("Load error"));
    auto *retry = new QPushButton(icon("refresh"), tr("Retry"), m_messageBar);
    retry->setAccessibleName(tr("Retry loading"));
    connect(retry, &QPushButton::clicked, this, &MainWindow::refresh);
    mb->addWidget(mbIcon);
    mb->addWidget(m_messageText, 1);
    mb->addWidget(retry);
    m_messageBar->hide();
    v->addWidget(m_messageBar);

    m_listStack = new QStackedWidget(subsPage);
    m_table = new QTableView(m_listStack);
    m_table->setObjectName(QStringLiteral("subscriptionTable"));
    m_table->setAccessibleName(tr("Subscriptions"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SubscriptionTableModel::IdColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);  // Tab leaves the table, arrows move inside
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setObjectName(QStringLiteral("subscriptionHeader"));
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->resizeSection(SubscriptionTableModel::IdColumn, 48);
    header->resizeSection(SubscriptionTableModel::EnabledColumn, 78);
    header->resizeSection(SubscriptionTableModel::HealthColumn, 175);
    header->resizeSection(SubscriptionTableModel::UrlColumn, 240);
    header->resizeSection(SubscriptionTableModel::DescriptionColumn, 200);
    header->resizeSection(SubscriptionTableModel::EventsColumn, 160);
    header->resizeSection(SubscriptionTableModel::CreatedColumn, 150);
    // What support staff look at first sits first: the switch and the health next to the ID.
    header->moveSection(header->visualIndex(SubscriptionTableModel::EnabledColumn), 1);
    header->moveSection(header->visualIndex(SubscriptionTableModel::HealthColumn), 2);
    m_table->setColumnHidden(SubscriptionTableModel::HealthColumn, true);
    // Space toggles the current row wherever the cursor is in the row (not only on the checkbox).
    auto *space = new QAction(m_table);
    space->setShortcut(QKeySequence(Qt::Key_Space));
    space->setShortcutContext(Qt::WidgetShortcut);
    connect(space, &QAction::triggered, this, &MainWindow::toggleCurrent);
    m_table->addAction(space);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_details->showSubscription(currentId());
        updateDeliveriesPanel();
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    m_listStack->addWidget(m_table);
    m_listState = new StatePanel(m_listStack);
    connect(m_listState, &StatePanel::retryRequested, this, &MainWindow::refresh);
    m_listStack->addWidget(m_listState);
    v->addWidget(m_listStack, 1);

    m_bulkPanel = new BulkProgressPanel(subsPage);
    v->addWidget(m_bulkPanel);
    m_listTabs->addTab(subsPage, tr("Subscriptions"));
    m_listTabs->addTab(buildEventTypesTab(), tr("Event Types"));

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

    // Tab order: search, filters, table, then the details editor.
    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_details);
    return m_splitter;
}

QWidget *MainWindow::buildEventTypesTab()
{
    auto *page = new QWidget(this);
    auto *v = new QVBoxLayout(page);
    m_typesSearch = new QLineEdit(page);
    m_typesSearch->setClearButtonEnabled(true);
    m_typesSearch->setPlaceholderText(tr("Search event types (Ctrl+F)"));
    m_typesSearch->setAccessibleName(tr("Search event types"));
    m_typesSearch->addAction(icon("search"), QLineEdit::LeadingPosition);
    connect(m_typesSearch, &QLineEdit::textChanged, m_typesProxy, &QSortFilterProxyModel::setFilterFixedString);
    v->addWidget(m_typesSearch);
    m_typesStack = new QStackedWidget(page);
    m_typesTable = new QTableView(m_typesStack);
    m_typesTable->setObjectName(QStringLiteral("eventTypeTable"));
    m_typesTable->setAccessibleName(tr("Event types"));
    m_typesTable->setModel(m_typesProxy);
    m_typesTable->setSortingEnabled(true);
    m_typesTable->sortByColumn(EventTypeTableModel::EventColumn, Qt::AscendingOrder);
    m_typesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_typesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_typesTable->setAlternatingRowColors(true);
    m_typesTable->setTabKeyNavigation(false);
    m_typesTable->verticalHeader()->hide();
    m_typesTable->horizontalHeader()->setStretchLastSection(true);
    m_typesTable->horizontalHeader()->resizeSection(EventTypeTableModel::EventColumn, 240);
    m_typesStack->addWidget(m_typesTable);
    m_typesState = new StatePanel(m_typesStack);
    connect(m_typesState, &StatePanel::retryRequested, this, &MainWindow::loadEventTypes);
    m_typesStack->addWidget(m_typesState);
    v->addWidget(m_typesStack, 1);
    return page;
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
    m_table->horizontalHeader()->restoreState(s.value(QStringLiteral("subscriptionHeader")).toByteArray());
    m_typesTable->horizontalHeader()->restoreState(s.value(QStringLiteral("eventTypeHeader")).toByteArray());
    s.endGroup();
    // The Health column follows the server, whatever the saved header says.
    m_table->setColumnHidden(SubscriptionTableModel::HealthColumn, !m_model->hasHealth());
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
    s.setValue(QStringLiteral("subscriptionHeader"), m_table->horizontalHeader()->saveState());
    s.setValue(QStringLiteral("eventTypeHeader"), m_typesTable->horizontalHeader()->saveState());
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
    if (m_bulk && m_bulk->isRunning())
        m_bulk->cancel();
    m_bulkPanel->setRunner(nullptr);
    m_details->setSession(nullptr, nullptr);
    delete m_session;
    m_feeder->cancel();
    // The old session's answers are dropped with it: nothing is loading any more.
    m_loadingSubscriptions = false;
    m_loadingTypes = false;
    m_model->clear();
    m_types->clear();
    m_typesLoaded = false;
    m_lastLoadError.clear();
    m_lastTypesError.clear();
    m_messageBar->hide();
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
    m_toggler = new EnabledToggler(writes, m_model, session);
    connect(m_toggler, &EnabledToggler::settled, this, [this](qint64 id, bool ok, const QString &error) {
        if (!ok)
            statusBar()->showMessage(tr("Subscription %1 was not changed: %2").arg(id).arg(error), 10000);
    });
    m_bulk = new BulkJobRunner(writes, m_model, session);
    m_bulkPanel->setRunner(m_bulk);
    connect(m_bulk, &BulkJobRunner::finished, this, [this](const BulkJobProgress &p) {
        statusBar()->showMessage(tr("%1: %2 done, %3 failed.").arg(p.label).arg(p.succeeded).arg(p.failed), 10000);
        updateActions();
        if (m_bulk && m_bulk->action() == BulkJobRunner::Action::Resume)
            refresh();  // resumed creates and edits: show the server's state
    });
    connect(m_bulk, &BulkJobRunner::refused, this, [this](const QString &why) {
        statusBar()->showMessage(why, 15000);
    });
    m_details->setSession(session->client(), m_model, writes);
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
    loadSubscriptions();
    loadEventTypes();
    // The details pane keeps what the user typed; it only takes new server values elsewhere.
    m_details->reload();
}

void MainWindow::loadSubscriptions()
{
    if (!m_session || m_loadingSubscriptions)
        return;
    m_loadingSubscriptions = true;
    m_lastLoadError.clear();
    updateListState();
    statusBar()->showMessage(tr("Loading subscriptions…"));
    ConsoleSession *session = m_session;
    session->client()->listSubscriptions(RequestLane::Interactive, session,
                                         [this, session](const ApiResult<SubscriptionList> &result) {
        if (session != m_session)
            return;
        if (!result.ok()) {
            m_loadingSubscriptions = false;
            ++m_loadCount;
            m_lastLoadError = result.error.message();  // with a certificate's details for TLS errors
            statusBar()->showMessage(tr("Loading subscriptions failed."), 10000);
            updateListState();
            updateCountLabel();
            updateActions();
            return;
        }
        if (m_model->rowCount() == 0 && result->size() > SubscriptionChunkFeeder::defaultChunkRows) {
            // A first load of a big list: in chunks, so the window stays responsive throughout.
            m_feeder->start(*result);
            updateListState();
            return;
        }
        // Keeps pending writes' overlays; the details pane keeps its drafts.
        m_feeder->cancel();
        m_model->setSubscriptions(*result);
        finishSubscriptionLoad(int(result->size()));
    });
}

void MainWindow::finishSubscriptionLoad(int loaded)
{
    m_loadingSubscriptions = false;
    ++m_loadCount;
    m_table->setColumnHidden(SubscriptionTableModel::HealthColumn, !m_model->hasHealth());
    statusBar()->showMessage(tr("Loaded %n subscription(s).", nullptr, loaded), 5000);
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0 && m_table->isVisible())
        m_table->selectionModel()->setCurrentIndex(m_proxy->index(0, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateListState();
    updateCountLabel();
    updateActions();
}

void MainWindow::loadEventTypes()
{
    if (!m_session || m_loadingTypes)
        return;
    m_loadingTypes = true;
    if (m_types->rowCount() == 0) {
        m_typesState->showLoading(tr("Loading event types…"));
        m_typesStack->setCurrentWidget(m_typesState);
    }
    ConsoleSession *session = m_session;
    session->client()->listEventTypes(RequestLane::Interactive, session,
                                      [this, session](const ApiResult<EventTypeList> &result) {
        if (session != m_session)
            return;
        m_loadingTypes = false;
        if (!result.ok()) {
            m_lastTypesError = result.error.message();
            if (m_types->rowCount() == 0) {
                m_typesState->showError(tr("The event types could not be loaded."), m_lastTypesError);
                m_typesStack->setCurrentWidget(m_typesState);
            } else {
                statusBar()->showMessage(tr("Reloading event types failed: %1").arg(m_lastTypesError), 10000);
            }
            return;
        }
        m_typesLoaded = true;
        m_types->setEventTypes(*result);
        QStringList names;
        for (const EventType &t : *result)
            names.append(t.event);
        session->client()->validator().setKnownEventTypes(names);
        m_details->setEventTypes(*result);
        if (result->isEmpty()) {
            m_typesState->showEmpty(tr("This server has no event types."), QString());
            m_typesStack->setCurrentWidget(m_typesState);
        } else {
            m_typesStack->setCurrentWidget(m_typesTable);
        }
    });
}

void MainWindow::updateListState()
{
    const bool hasRows = m_model->rowCount() > 0;
    m_messageBar->setVisible(hasRows && !m_lastLoadError.isEmpty());
    if (hasRows && !m_lastLoadError.isEmpty())
        m_messageText->setText(tr("Reloading failed: %1 The list shows the last loaded state.").arg(m_lastLoadError));
    if (!hasRows) {
        if (m_loadingSubscriptions || (!m_session))
            m_listState->showLoading(tr("Loading subscriptions…"));
        else if (!m_lastLoadError.isEmpty())
            m_listState->showError(tr("The subscriptions could not be loaded."), m_lastLoadError);
        else
            m_listState->showEmpty(tr("No subscriptions yet."),
                                   tr("Create the first one with New Subscription (%1).")
                                       .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
        m_listStack->setCurrentWidget(m_listState);
        return;
    }
    if (m_proxy->rowCount() == 0) {
        m_listState->showEmpty(tr("No subscription matches."),
                               tr("Clear the search or choose All (Ctrl+1) to see every subscription."));
        m_listStack->setCurrentWidget(m_listState);
        return;
    }
    m_listStack->setCurrentWidget(m_table);
}

void MainWindow::updateCountLabel()
{
    const QLocale locale;
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_countLabel->setText(shown == total ? tr("%n subscription(s)", nullptr, total)
                                         : tr("%1 of %2 shown").arg(locale.toString(shown), locale.toString(total)));
}

void MainWindow::updateActions()
{
    const bool connected = m_session && isConsoleShown();
    const QList<qint64> selected = selectedIds();
    const bool bulkRunning = m_bulk && m_bulk->isRunning();
    auto set = [this](const char *name, bool enabled) {
        if (QAction *a = action(QLatin1String(name)))
            a->setEnabled(enabled);
    };
    set("actionNew", connected);
    set("actionRefresh", connected);
    set("actionReloadDetails", connected && currentId().has_value());
    set("actionToggle", connected && currentId().has_value());
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
    for (QAction *a : m_filterGroup->actions())
        a->setEnabled(connected);
}

// ---------------------------------------------------------------------------------------------
// Selection helpers

std::optional<qint64> MainWindow::currentId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const QVariant id = current.siblingAtColumn(0).data(SubscriptionTableModel::IdRole);
    if (!id.isValid())
        return std::nullopt;
    return id.toLongLong();
}

QList<qint64> MainWindow::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &index : rows) {
        const QVariant id = index.data(SubscriptionTableModel::IdRole);
        if (id.isValid())
            ids.append(id.toLongLong());
    }
    if (ids.isEmpty()) {
        if (const auto id = currentId())
            ids.append(*id);
    }
    return ids;
}

QList<qint64> MainWindow::filteredIds() const
{
    QList<qint64> ids;
    ids.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QVariant id = m_proxy->index(row, 0).data(SubscriptionTableModel::IdRole);
        if (id.isValid())
            ids.append(id.toLongLong());
    }
    return ids;
}

void MainWindow::selectIds(const QList<qint64> &ids)
{
    QItemSelection selection;
    QModelIndex first;
    for (qint64 id : ids) {
        const QModelIndex source = m_model->indexForId(id);
        const QModelIndex index = m_proxy->mapFromTable(source);
        if (!index.isValid())
            continue;
        if (!first.isValid())
            first = index;
        selection.select(index, index.siblingAtColumn(SubscriptionTableModel::ColumnCount - 1));
    }
    if (!first.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(first);
}

QString MainWindow::describeIds(const QList<qint64> &ids) const
{
    QStringList lines;
    for (qint64 id : ids) {
        if (lines.size() == kMaxNamedInConfirmation)
            break;
        const int row = m_model->rowForId(id);
        if (row < 0)
            continue;
        const Subscription s = m_model->serverSubscriptionAt(row);
        QString line = tr("#%1 %2").arg(id).arg(s.url);
        if (s.description && !s.description->isEmpty())
            line += tr(" (%1)").arg(s.description->left(60));
        lines.append(QStringLiteral("• ") + line);
    }
    if (ids.size() > kMaxNamedInConfirmation)
        lines.append(tr("…and %n more", nullptr, int(ids.size()) - kMaxNamedInConfirmation));
    return lines.join(QLatin1Char('\n'));
}

// ---------------------------------------------------------------------------------------------
// Actions

void MainWindow::updateDeliveriesPanel()
{
    if (!m_deliveries)
        return;
    const auto id = currentId();
    const int row = id ? m_model->rowForId(*id) : -1;
    const bool shown = m_session && row >= 0 && m_details->tabs()->currentWidget() == m_deliveries;
    if (row < 0) {
        m_deliveries->setActive(false);
        m_deliveries->clearSubscription();
        return;
    }
    if (m_deliveries->subscriptionId() != id)
        m_deliveries->setSubscription(m_model->serverSubscriptionAt(row));
    // Never refresh in the background: only while the tab is on screen.
    m_deliveries->setActive(shown);
}

void MainWindow::toggleCurrent()
{
    const auto id = currentId();
    if (!id || !m_toggler)
        return;
    const int row = m_model->rowForId(*id);
    if (row < 0)
        return;
    const bool shown = m_model->subscriptionAt(row).enabled;
    m_toggler->setEnabled(*id, !shown);
}

void MainWindow::setEnabledFor(const QList<qint64> &ids, bool enabled)
{
    if (ids.isEmpty() || !m_toggler)
        return;
    if (ids.size() == 1) {
        m_toggler->setEnabled(ids.constFirst(), enabled);
        return;
    }
    if (!m_bulk || m_bulk->isRunning()) {
        statusBar()->showMessage(tr("A bulk job is running: wait for it or cancel it first."), 8000);
        return;
    }
    m_bulk->start(enabled ? BulkJobRunner::Action::Enable : BulkJobRunner::Action::Disable, ids);
    updateActions();
}

void MainWindow::enableSelected()
{
    setEnabledFor(selectedIds(), true);
}

void MainWindow::disableSelected()
{
    setEnabledFor(selectedIds(), false);
}

void MainWindow::bulkEnableFiltered()
{
    const QList<qint64> ids = filteredIds();
    if (ids.isEmpty())
        return;
    if (!confirm(tr("Enable Subscriptions"), tr("Enable all %n shown subscription(s)?\n\n", nullptr, int(ids.size()))
                     + describeIds(ids),
                 tr("Enable")))
        return;
    if (m_bulk && m_bulk->start(BulkJobRunner::Action::Enable, ids))
        updateActions();
}

void MainWindow::bulkDisableFiltered()
{
    const QList<qint64> ids = filteredIds();
    if (ids.isEmpty())
        return;
    if (!confirm(tr("Disable Subscriptions"), tr("Disable all %n shown subscription(s)?\n\n", nullptr, int(ids.size()))
                     + describeIds(ids),
                 tr("Disable")))
        return;
    if (m_bulk && m_bulk->start(BulkJobRunner::Action::Disable, ids))
        updateActions();
}

void MainWindow::bulkDeleteFiltered()
{
    deleteIds(filteredIds());
}

void MainWindow::deleteSelected()
{
    deleteIds(selectedIds());
}

void MainWindow::deleteIds(const QList<qint64> &ids)
{
    if (ids.isEmpty() || !m_session)
        return;
    const QString text = tr("Delete %n subscription(s)? This cannot be undone.\n\n", nullptr, int(ids.size()))
        + describeIds(ids);
    if (!confirm(tr("Delete Subscriptions"), text, tr("Delete")))
        return;
    if (ids.size() > 1) {
        if (!m_bulk || m_bulk->isRunning()) {
            statusBar()->showMessage(tr("A bulk job is running: wait for it or cancel it first."), 8000);
            return;
        }
        m_bulk->start(BulkJobRunner::Action::Delete, ids);
        updateActions();
        return;
    }
    const qint64 id = ids.constFirst();
    statusBar()->showMessage(tr("Deleting subscription %1…").arg(id));
    const RequestId request = m_session->writes()->remove(id, RequestLane::Interactive, m_session,
                                                          [this, id](const ApiResult<Empty> &result) {
        if (result.ok() || result.error.kind == ApiError::Kind::NotFound) {
            m_model->remove(id);
            statusBar()->showMessage(tr("Subscription %1 deleted.").arg(id), 8000);
        } else {
            m_model->rollback(id, result.error.message());
            statusBar()->showMessage(tr("Subscription %1 was not deleted: %2").arg(id).arg(result.error.message()),
                                     10000);
        }
        updateActions();
    });
    if (request == 0)  // refused: not recorded, so not sent
        statusBar()->showMessage(m_session->writes()->lastError(), 15000);
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
    auto *dialog = new NewSubscriptionDialog(m_session->writes(), m_model, m_types->eventTypes(),
                                             m_services.clipboard, m_services.clipboardClearMs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_newDialog = dialog;
    connect(dialog, &NewSubscriptionDialog::created, this, [this](qint64 id) {
        updateListState();
        updateCountLabel();
        selectIds({id});
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
            if (todo && m_bulk && m_bulk->resume(*todo)) {
                updateActions();
                return;
            }
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
