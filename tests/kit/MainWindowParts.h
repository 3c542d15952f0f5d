#pragma once

// The parts of the console's MainWindow that tests drive and check, found as they are on screen:
// by their type and object name (findChild, see kit/Parts.h), not through accessors the window
// keeps for tests.

#include "kit/Parts.h"
#include "models/SubscriptionFilterProxyModel.h"
#include "models/SubscriptionTableModel.h"
#include "ui/BulkJobRunner.h"
#include "ui/BulkProgressPanel.h"
#include "ui/ConnectionController.h"
#include "ui/ConsoleSession.h"
#include "ui/DemoSandboxLauncher.h"
#include "ui/DetailsPane.h"
#include "ui/EnabledToggler.h"
#include "ui/MainWindow.h"
#include "ui/NewSubscriptionDialog.h"
#include "ui/PendingWritesDialog.h"
#include "ui/StatePanel.h"
#include "ui/SubscriptionListWidget.h"
#include "ui/WelcomePage.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>

namespace MainWindowParts {

using Parts::part;

inline ConsoleSession *session(const MainWindow &w)
{
    return part<ConnectionController>(w, QStringLiteral("connectionController"))->session();
}

inline SubscriptionListWidget *subscriptionList(const MainWindow &w)
{
    return part<SubscriptionListWidget>(w, QStringLiteral("subscriptionList"));
}

inline SubscriptionTableModel *subscriptionModel(const MainWindow &w)
{
    return subscriptionList(w)->model();
}

inline QTableView *subscriptionView(const MainWindow &w)
{
    return part<QTableView>(w, QStringLiteral("subscriptionTable"));
}

inline SubscriptionFilterProxyModel *subscriptionProxy(const MainWindow &w)
{
    return qobject_cast<SubscriptionFilterProxyModel *>(subscriptionView(w)->model());
}

// The event types as the table shows them (sorted, filtered by the search field).
inline QAbstractItemModel *eventTypes(const MainWindow &w)
{
    return part<QTableView>(w, QStringLiteral("eventTypeTable"))->model();
}

inline DetailsPane *detailsPane(const MainWindow &w)
{
    return part<DetailsPane>(w, QStringLiteral("detailsPane"));
}

inline QLineEdit *searchEdit(const MainWindow &w)
{
    return part<QLineEdit>(w, QStringLiteral("searchEdit"));
}

inline StatePanel *listState(const MainWindow &w)
{
    return part<StatePanel>(w, QStringLiteral("subscriptionListState"));
}

inline BulkProgressPanel *bulkPanel(const MainWindow &w)
{
    return part<BulkProgressPanel>(w, QStringLiteral("bulkProgress"));
}

// The session's; a new session has new ones.
inline BulkJobRunner *bulkRunner(const MainWindow &w)
{
    return part<BulkJobRunner>(w, QStringLiteral("bulkJobRunner"));
}

inline EnabledToggler *toggler(const MainWindow &w)
{
    return part<EnabledToggler>(w, QStringLiteral("enabledToggler"));
}

inline JournaledWrites *journaledWrites(const MainWindow &w)
{
    return session(w)->writes();
}

inline WelcomePage *welcomePage(const MainWindow &w)
{
    return part<WelcomePage>(w, QStringLiteral("welcomePage"));
}

inline DemoSandboxLauncher *demoLauncher(const MainWindow &w)
{
    return part<DemoSandboxLauncher>(w, QStringLiteral("demoLauncher"));
}

inline QAction *action(const MainWindow &w, const QString &name)
{
    return part<QAction>(w, name);
}

// Null while none is open.
inline NewSubscriptionDialog *newSubscriptionDialog(const MainWindow &w)
{
    return w.findChild<NewSubscriptionDialog *>();
}

// The start prompt about unconfirmed writes; null while none is open.
inline PendingWritesDialog *pendingWritesDialog(const MainWindow &w)
{
    return w.findChild<PendingWritesDialog *>();
}

// Why writes are refused (no journal), as the status bar shows it; empty when they are not.
inline QString journalWarning(const MainWindow &w)
{
    const QLabel *label = part<QLabel>(w, QStringLiteral("journalWarning"));
    return label->isHidden() ? QString() : label->text();
}

inline bool isConsoleShown(const MainWindow &w)
{
    return part<QStackedWidget>(w, QStringLiteral("pages"))->currentWidget()
        == part<QWidget>(w, QStringLiteral("consolePage"));
}

}  // namespace MainWindowParts
