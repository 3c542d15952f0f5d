#include "ui/MainWindowActions.h"

#include "ui/LanguageMenu.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>

namespace {
QIcon icon(const char *name)
{
    return name ? QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name))) : QIcon();
}
}  // namespace

MainWindowActions::MainWindowActions(QMainWindow *window, const QList<QAction *> &filterActions, QMenu *exportMenu,
                                     QMenu *refreshMenu, LanguageMenu *language)
    : m_window(window)
    , m_language(language)
{
    buildActions();
    buildMenus(filterActions, exportMenu, refreshMenu);
    buildToolBar();
    retranslate();
}

QAction *MainWindowActions::action(const char *name) const
{
    return m_actions.value(QByteArray(name));
}

void MainWindowActions::buildActions()
{
    const struct
    {
        const char *name;
        const char *icon;
        QList<QKeySequence> keys;
    } actions[] = {
        {"actionConnect", "connect", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)}},
        {"actionProfiles", "profile", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)}},
        {"actionDemo", "demo", {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D)}},
        {"actionNew", "add", {QKeySequence::New}},
        {"actionQuit", "quit", {QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)}},
        {"actionToggle", "toggle", {QKeySequence(Qt::CTRL | Qt::Key_T)}},
        {"actionEnable", "enable", {QKeySequence(Qt::CTRL | Qt::Key_E)}},
        {"actionDisable", "disable", {QKeySequence(Qt::CTRL | Qt::Key_D)}},
        {"actionDelete", "delete", {QKeySequence::Delete}},
        {"actionReissueSecret", nullptr, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)}},
        {"actionWatch", nullptr, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W)}},
        {"actionWatchFailing", nullptr, {}},
        {"actionBulkEnable", "enable", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}},
        {"actionBulkDisable", "disable", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)}},
        {"actionBulkDelete", "delete", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete)}},
        {"actionCancelBulk", "cancel", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X)}},
        {"actionSave", "save", {QKeySequence::Save}},
        {"actionRevert", nullptr, {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Z)}},
        {"actionFind", "search", {QKeySequence::Find}},
        {"actionSelectAll", nullptr, {QKeySequence::SelectAll}},
        {"actionRefresh", "refresh", {QKeySequence::Refresh, QKeySequence(Qt::CTRL | Qt::Key_R)}},
        {"actionReloadDetails", nullptr, {QKeySequence(Qt::SHIFT | Qt::Key_F5)}},
        {"actionShowSubscriptions", nullptr, {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1)}},
        {"actionShowEventTypes", nullptr, {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2)}},
        {"actionShowActivity", nullptr, {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_3)}},
        {"actionToggleDetails", nullptr, {QKeySequence(Qt::Key_F9)}},
        {"actionQueue", "queue", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q)}},
        {"actionUserGuide", nullptr, {QKeySequence::HelpContents, QKeySequence(Qt::Key_F1)}},
        {"actionShortcuts", nullptr, {QKeySequence(Qt::CTRL | Qt::Key_F1)}},
        {"actionAbout", "info", {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A)}},
        {"actionAboutQt", nullptr, {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Q)}},
    };
    for (const auto &spec : actions) {
        auto *a = new QAction(icon(spec.icon), QString(), m_window);
        a->setObjectName(QLatin1String(spec.name));
        // A platform's standard key may be empty, or the same as the one we add for every platform.
        QList<QKeySequence> unique;
        for (const QKeySequence &key : spec.keys) {
            if (!key.isEmpty() && !unique.contains(key))
                unique.append(key);
        }
        a->setShortcuts(unique);
        m_window->addAction(a);
        m_actions.insert(QByteArray(spec.name), a);
    }
}

void MainWindowActions::buildMenus(const QList<QAction *> &filterActions, QMenu *exportMenu, QMenu *refreshMenu)
{
    QMenuBar *bar = m_window->menuBar();
    m_file = bar->addMenu(QString());
    m_file->addAction(action("actionNew"));
    m_file->addMenu(exportMenu);
    m_file->addSeparator();
    m_file->addAction(action("actionConnect"));
    m_file->addAction(action("actionProfiles"));
    m_file->addAction(action("actionDemo"));
    m_file->addSeparator();
    m_file->addAction(action("actionQuit"));

    m_edit = bar->addMenu(QString());
    m_edit->addAction(action("actionToggle"));
    m_edit->addAction(action("actionEnable"));
    m_edit->addAction(action("actionDisable"));
    m_edit->addAction(action("actionDelete"));
    m_edit->addAction(action("actionReissueSecret"));
    m_edit->addSeparator();
    m_edit->addAction(action("actionWatch"));
    m_edit->addAction(action("actionWatchFailing"));
    m_edit->addSeparator();
    m_bulk = m_edit->addMenu(icon("bulk"), QString());
    m_bulk->addAction(action("actionBulkEnable"));
    m_bulk->addAction(action("actionBulkDisable"));
    m_bulk->addAction(action("actionBulkDelete"));
    m_bulk->addSeparator();
    m_bulk->addAction(action("actionCancelBulk"));
    m_edit->addSeparator();
    m_edit->addAction(action("actionSave"));
    m_edit->addAction(action("actionRevert"));
    m_edit->addSeparator();
    m_edit->addAction(action("actionSelectAll"));
    m_edit->addAction(action("actionFind"));

    m_rowMenu = new QMenu(m_window);
    m_rowMenu->setObjectName(QStringLiteral("subscriptionRowMenu"));
    for (const char *name : {"actionToggle", "actionEnable", "actionDisable", "actionDelete", "actionReissueSecret"})
        m_rowMenu->addAction(action(name));
    m_rowMenu->addSeparator();
    m_rowMenu->addAction(action("actionWatch"));

    m_view = bar->addMenu(QString());
    m_view->addAction(action("actionRefresh"));
    m_view->addAction(action("actionReloadDetails"));
    m_view->addMenu(refreshMenu);
    m_view->addSeparator();
    m_view->addActions(filterActions);
    m_view->addSeparator();
    m_view->addAction(action("actionShowSubscriptions"));
    m_view->addAction(action("actionShowEventTypes"));
    m_view->addAction(action("actionShowActivity"));
    m_view->addAction(action("actionToggleDetails"));
    m_view->addAction(action("actionQueue"));
    m_view->addSeparator();
    m_view->addMenu(m_language);

    m_help = bar->addMenu(QString());
    m_help->addAction(action("actionUserGuide"));
    m_help->addAction(action("actionShortcuts"));
    m_help->addSeparator();
    m_help->addAction(action("actionAbout"));
    m_help->addAction(action("actionAboutQt"));
}

void MainWindowActions::buildToolBar()
{
    m_toolBar = m_window->addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(20, 20));
    for (const char *name :
         {"actionRefresh", "actionNew", "actionToggle", "actionEnable", "actionDisable", "actionDelete"})
        m_toolBar->addAction(action(name));
    m_toolBar->addSeparator();
    m_toolBar->addAction(action("actionProfiles"));
}

void MainWindowActions::retranslate()
{
    const struct
    {
        const char *name;
        QString text;
        QString tip;
    } texts[] = {
        {"actionConnect", tr("&Connect to Server…"), tr("Connect to a server with a new profile")},
        {"actionProfiles", tr("&Profiles…"), tr("Switch, edit, check or forget connection profiles")},
        {"actionDemo", tr("Open Local &Demo"), tr("Start the local demo server and connect to it")},
        {"actionNew", tr("&New Subscription…"), tr("Create a subscription")},
        {"actionQuit", tr("&Quit"), tr("Close the console")},
        {"actionToggle", tr("&Toggle Enabled"), tr("Enable or disable the current subscription (Space in the table)")},
        {"actionEnable", tr("&Enable Selected"), tr("Enable the selected subscriptions")},
        {"actionDisable", tr("&Disable Selected"), tr("Disable the selected subscriptions")},
        {"actionDelete", tr("De&lete Selected…"), tr("Delete the selected subscriptions")},
        {"actionReissueSecret", tr("Re-&issue Secret…"),
         tr("Give the current subscription a new secret without an outage: a copy, then a cut-over")},
        {"actionWatch", tr("&Watch Selected"),
         tr("Watch the selected subscriptions, or stop watching them when all are watched")},
        {"actionWatchFailing", tr("Watch All Failin&g"),
         tr("Watch every subscription whose deliveries fail now: a desktop notification when one recovers")},
        {"actionBulkEnable", tr("Enable All &Filtered"), tr("Enable every subscription the filter shows (bulk job)")},
        {"actionBulkDisable", tr("Disable All F&iltered"),
         tr("Disable every subscription the filter shows (bulk job)")},
        {"actionBulkDelete", tr("Delete All Filte&red…"), tr("Delete every subscription the filter shows (bulk job)")},
        {"actionCancelBulk", tr("&Cancel Bulk Job"), tr("Stop the running bulk job")},
        {"actionSave", tr("&Save Details"), tr("Save the edited subscription")},
        {"actionRevert", tr("Re&vert Details"), tr("Discard the edits of the selected subscription")},
        {"actionFind", tr("&Find…"), tr("Search subscriptions")},
        {"actionSelectAll", tr("Select &All"), tr("Select every shown subscription")},
        {"actionRefresh", tr("&Refresh"), tr("Reload subscriptions and event types (pending edits are kept)")},
        {"actionReloadDetails", tr("Reload &Details"), tr("Fetch the selected subscription again")},
        {"actionShowSubscriptions", tr("&Subscriptions"), tr("Show the subscriptions")},
        {"actionShowEventTypes", tr("&Event Types"), tr("Show the event types")},
        {"actionShowActivity", tr("Acti&vity"), tr("Show the changes made from this computer")},
        {"actionToggleDetails", tr("Details &Pane"), tr("Show or hide the details pane")},
        {"actionQueue", tr("Request &Queue…"), tr("Show each endpoint's rate-limit budget")},
        {"actionUserGuide", tr("&User Guide"), tr("Read how to find, change and check subscriptions")},
        {"actionShortcuts", tr("&Keyboard Shortcuts"), tr("List every keyboard shortcut")},
        {"actionAbout", tr("&About Webhook Console"), tr("Version and licences")},
        {"actionAboutQt", tr("About &Qt"), tr("About the Qt toolkit")},
    };
    for (const auto &t : texts) {
        QAction *a = action(t.name);
        a->setText(t.text);
        const QList<QKeySequence> keys = a->shortcuts();
        a->setToolTip(keys.isEmpty() ? t.tip
                                     : tr("%1 (%2)").arg(t.tip, keys.constFirst().toString(QKeySequence::NativeText)));
        a->setStatusTip(t.tip);
    }
    m_file->setTitle(tr("&File"));
    m_edit->setTitle(tr("&Edit"));
    m_bulk->setTitle(tr("&Bulk"));
    m_view->setTitle(tr("&View"));
    m_language->setTitle(tr("Lan&guage"));
    m_help->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main"));
    m_toolBar->setAccessibleName(tr("Main toolbar"));
}
