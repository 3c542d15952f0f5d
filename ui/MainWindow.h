#pragma once

#include "profiles/Profile.h"
#include "ui/ConfirmQuestion.h"
#include "ui/ConsoleServices.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

#include "ui/BulkJobRunner.h"
#include "ui/ConsoleSession.h"
#include "ui/EnabledToggler.h"
#include "ui/NewSubscriptionDialog.h"
#include "ui/PendingWritesDialog.h"
class BulkProgressPanel;
class JournaledWrites;
class DeliveriesPanel;
class DemoSandboxLauncher;
class DetailsPane;
class EventTypeTableModel;
class EventTypesWidget;
class QActionGroup;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QueueStatusWidget;
class StatePanel;
class SubscriptionChunkFeeder;
class SubscriptionFilterProxyModel;
class SubscriptionListWidget;
class SubscriptionTableModel;
class WelcomePage;

// The console's main window: subscriptions table with search and quick filters, event types tab,
// details pane, one-click toggles, create/edit/delete, bulk jobs, and the request queue in the
// status bar. With no connection it shows the welcome page. All services come in through
// ConsoleServices (constructor injection); the window owns the session of the current connection.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Asks the user to confirm something; tests replace it to answer without a modal dialog.
    using ConfirmHandler = ConfirmQuestion::Handler;

    // Closing with writes still queued or in flight: wait for them, cancel them, keep them in the
    // journal for the next start, or stay open. Tests replace the question.
    enum class PendingCloseChoice { Wait, Cancel, Keep, StayOpen };
    using PendingCloseHandler = std::function<PendingCloseChoice(QWidget *parent, int pendingCount)>;

    explicit MainWindow(const ConsoleServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setConfirmHandler(ConfirmHandler handler) { m_confirm = std::move(handler); }
    void setPendingCloseHandler(PendingCloseHandler handler) { m_pendingClose = std::move(handler); }

    // Connects with a saved profile: its key comes from the keychain (or this session's memory).
    void connectProfile(const QString &name);
    // Saves a new profile, stores its key in the keychain (or, with consent, for this session
    // only) and connects.
    void connectNewProfile(Profile profile, const QByteArray &apiKey);
    // Connects without a profile (the demo, tests): the key is held in memory only.
    bool connectTo(const QUrl &baseUrl, const QByteArray &apiKey, const QString &displayName,
                   QString *error = nullptr);
    // Starts the local demo server as a child process and connects to it when it is ready.
    void openDemo();
    void disconnectSession();

    // The deliveries panel goes into the details pane.
    void setDeliveriesWidget(QWidget *widget);

    // --- for tests and the composition root ---
    ConsoleSession *session() const { return m_session; }
    SubscriptionTableModel *subscriptionModel() const;
    SubscriptionFilterProxyModel *subscriptionProxy() const;
    QTableView *subscriptionView() const;
    EventTypeTableModel *eventTypeModel() const;
    QTableView *eventTypeView() const;
    DetailsPane *detailsPane() const { return m_details; }
    DeliveriesPanel *deliveriesPanel() const { return m_deliveries; }
    QLineEdit *searchEdit() const;
    StatePanel *listState() const;
    BulkProgressPanel *bulkPanel() const;
    BulkJobRunner *bulkRunner() const;
    EnabledToggler *toggler() const;
    WelcomePage *welcomePage() const { return m_welcome; }
    QueueStatusWidget *queueWidget() const { return m_queueWidget; }
    NewSubscriptionDialog *newSubscriptionDialog() const { return m_newDialog; }
    DemoSandboxLauncher *demoLauncher() const { return m_demo; }
    // The journaled writes of the current session (null without a session).
    JournaledWrites *journaledWrites() const;
    // The start prompt about unconfirmed writes, while it is open.
    PendingWritesDialog *pendingWritesDialog() const { return m_pendingDialog; }
    // Why writes are refused (no journal); empty when they are not.
    QString journalWarning() const;
    bool isWaitingToClose() const { return m_closeWhenIdle; }
    bool isConsoleShown() const;
    bool isLoadingSubscriptions() const;
    int loadCount() const;
    QString lastLoadError() const;
    // The action with this object name (e.g. "actionRefresh"), for tests and the shortcuts list.
    QAction *action(const QString &objectName) const;
    // Selects the rows of these ids in the table (the first becomes current).
    void selectIds(const QList<qint64> &ids);
    QList<qint64> selectedIds() const;
    QList<qint64> filteredIds() const;

public Q_SLOTS:
    void refresh();
    void newSubscription();
    void deleteSelected();
    void toggleCurrent();
    void enableSelected();
    void disableSelected();
    void bulkEnableFiltered();
    void bulkDisableFiltered();
    void bulkDeleteFiltered();
    void showProfiles();
    void showShortcuts();
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    void buildToolBar();
    QWidget *buildConsolePage();
    void restoreUiState();
    void saveUiState();
    void setSession(ConsoleSession *session);
    bool startProfileSession(const Profile &profile, const QByteArray &apiKey);
    bool ensureInsecureConsent(Profile *profile);
    void updateActions();
    void updateWindowTitle();
    void showWelcome(const QString &message = {}, bool error = false);
    void showConsole();
    bool confirm(const QString &title, const QString &text, const QString &acceptText);
    void updateDeliveriesPanel();
    void openJournal(ConsoleSession *session);
    void offerPendingWrites();

    ConsoleServices m_services;
    ConfirmHandler m_confirm;
    PendingCloseHandler m_pendingClose;
    QPointer<PendingWritesDialog> m_pendingDialog;
    QLabel *m_journalLabel = nullptr;
    bool m_closeWhenIdle = false;
    bool m_nextSessionIsDemo = false;

    QPointer<ConsoleSession> m_session;
    DemoSandboxLauncher *m_demo = nullptr;
    QPointer<NewSubscriptionDialog> m_newDialog;


    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    QSplitter *m_splitter;
    QTabWidget *m_listTabs;
    SubscriptionListWidget *m_list;
    EventTypesWidget *m_eventTypes;
    DetailsPane *m_details;
    DeliveriesPanel *m_deliveries = nullptr;
    QueueStatusWidget *m_queueWidget;
    QLabel *m_connectionLabel;

    bool m_uiStateRestored = false;
};
