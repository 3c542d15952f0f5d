#pragma once

#include "journal/JournalEntry.h"
#include "profiles/Profile.h"
#include "ui/ConnectionController.h"
#include "ui/ConsoleServices.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

#include "ui/BulkJobRunner.h"
#include "ui/ConsoleSession.h"
#include "ui/EnabledToggler.h"
#include "ui/NewSubscriptionDialog.h"
#include "ui/PendingWritesDialog.h"

class BulkProgressPanel;
class DeliveriesPanel;
class DemoSandboxLauncher;
class DetailsPane;
class EventTypeTableModel;
class EventTypesWidget;
class JournaledWrites;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QueueStatusWidget;
class StatePanel;
class SubscriptionFilterProxyModel;
class SubscriptionListWidget;
class SubscriptionTableModel;
class WelcomePage;

// The console's main window: its actions, menus and toolbar, the welcome page while not connected
// and the console of a connection, the request queue in the status bar, and closing. The lists
// and the details are widgets of their own; connecting is decided by the ConnectionController,
// and the window shows what it reports. All services come in through ConsoleServices.
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
    void connectNewProfile(const Profile &profile, const QByteArray &apiKey);
    // Connects without a profile (the demo, tests): the key is held in memory only.
    bool connectTo(const QUrl &baseUrl, const QByteArray &apiKey, const QString &displayName,
                   QString *error = nullptr);
    // Starts the local demo server as a child process and connects to it when it is ready.
    void openDemo();
    void disconnectSession();

    // --- for tests ---
    ConsoleSession *session() const;
    SubscriptionTableModel *subscriptionModel() const;
    SubscriptionFilterProxyModel *subscriptionProxy() const;
    QTableView *subscriptionView() const;
    EventTypeTableModel *eventTypeModel() const;
    QTableView *eventTypeView() const;
    DetailsPane *detailsPane() const { return m_details; }
    QLineEdit *searchEdit() const;
    StatePanel *listState() const;
    BulkProgressPanel *bulkPanel() const;
    BulkJobRunner *bulkRunner() const;
    EnabledToggler *toggler() const;
    WelcomePage *welcomePage() const { return m_welcome; }
    QueueStatusWidget *queueWidget() const { return m_queueWidget; }
    NewSubscriptionDialog *newSubscriptionDialog() const { return m_newDialog; }
    DemoSandboxLauncher *demoLauncher() const;
    JournaledWrites *journaledWrites() const;
    PendingWritesDialog *pendingWritesDialog() const { return m_pendingDialog; }
    QString journalWarning() const;
    bool isWaitingToClose() const { return m_closeWhenIdle; }
    bool isConsoleShown() const;
    bool isLoadingSubscriptions() const;
    int loadCount() const;
    QString lastLoadError() const;
    QAction *action(const QString &objectName) const;
    void selectIds(const QList<qint64> &ids);
    QList<qint64> selectedIds() const;
    QList<qint64> filteredIds() const;
    void bulkDisableFiltered();

public Q_SLOTS:
    void refresh();
    void newSubscription();
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
    void followConnection();
    void showSession(ConsoleSession *session);
    void restoreUiState();
    void saveUiState();
    void updateActions();
    void updateWindowTitle();
    void updateDeliveriesPanel();
    void showWelcome(const QString &message = {}, bool error = false);
    void showConsole();
    void showStatus(const QString &text, int timeoutMs);
    void showJournalUnavailable(const QString &reason);
    void offerPendingWrites(const QList<JournalEntry> &entries);
    bool confirm(const QString &title, const QString &text, const QString &acceptText);

    ConsoleServices m_services;
    ConfirmHandler m_confirm;
    PendingCloseHandler m_pendingClose;
    QPointer<PendingWritesDialog> m_pendingDialog;
    QPointer<NewSubscriptionDialog> m_newDialog;
    QLabel *m_journalLabel = nullptr;
    bool m_closeWhenIdle = false;

    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_listTabs = nullptr;
    SubscriptionListWidget *m_list = nullptr;
    EventTypesWidget *m_eventTypes = nullptr;
    DetailsPane *m_details = nullptr;
    DeliveriesPanel *m_deliveries = nullptr;
    QueueStatusWidget *m_queueWidget = nullptr;
    QLabel *m_connectionLabel = nullptr;
    // Last, so that it goes first: see ~MainWindow.
    ConnectionController m_connection;
};
