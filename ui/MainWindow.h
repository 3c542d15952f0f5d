#pragma once

#include "journal/JournalEntry.h"
#include "profiles/Profile.h"
#include "ui/ConfirmQuestion.h"
#include "ui/KeychainQuestion.h"
#include "ui/ConnectionController.h"
#include "ui/ConsoleServices.h"
#include "ui/PendingCloseQuestion.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class ConsolePage;
class ConsoleSession;
class ExportActions;
class MainWindowActions;
class NewSubscriptionDialog;
class PendingWritesDialog;
class QLabel;
class QStackedWidget;
class QueueStatusWidget;
class SecretReissueLauncher;
class WatchCoordinator;
class WelcomePage;

// The console's main window: its actions, menus and toolbar, the welcome page while not connected
// and the console page of a connection, the connection and the request queue in the status bar,
// and closing. The console page holds the lists and the details; the connection controller
// decides how to connect and the window shows what it reports. All services come in through
// ConsoleServices (constructor injection).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Asks the user to confirm something; tests replace it to answer without a modal dialog.
    using ConfirmHandler = ConfirmQuestion::Handler;
    // Closing with writes still queued or in flight; tests replace the question.
    using PendingCloseChoice = PendingCloseQuestion::Choice;
    using PendingCloseHandler = PendingCloseQuestion::Handler;

    explicit MainWindow(const ConsoleServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setConfirmHandler(ConfirmHandler handler) { m_confirm = std::move(handler); }
    void setPendingCloseHandler(PendingCloseHandler handler) { m_pendingClose = std::move(handler); }
    // A keychain read or store failed (a cancelled prompt, no keychain); tests replace the question
    // and the entry of a key for this session only.
    void setKeychainQuestionHandler(KeychainQuestion::Handler handler) { m_keychainQuestion = std::move(handler); }
    void setKeyEntryHandler(KeychainQuestion::KeyEntry handler) { m_keyEntry = std::move(handler); }

    // Connects with a saved profile: its key comes from the keychain (or this session's memory).
    void connectProfile(const QString &name);
    // Saves a new profile, stores its key in the keychain (or, with consent, for this session
    // only) and connects.
    void connectNewProfile(const Profile &profile, const QByteArray &apiKey);
    // Connects without a profile (the demo, tests): the key is held in memory only.
    bool connectTo(const QUrl &baseUrl, const QByteArray &apiKey, const QString &displayName, QString *error = nullptr);
    // Starts the local demo server as a child process and connects to it when it is ready.
    void openDemo();

public Q_SLOTS:
    void refresh();
    void newSubscription();
    void showProfiles();
    void showShortcuts();
    void showAbout();
    void showUserGuide();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void connectActions();
    void showSubscription(qint64 id);
    void retranslate();
    void followConnection();
    void showSession(ConsoleSession *session);
    void restoreUiState();
    void saveUiState();
    void updateActions();
    void updateWindowTitle();
    bool isConsoleShown() const;
    void showWelcome(const QString &message = {}, bool error = false);
    void showConsole();
    void showStatus(const QString &text, int timeoutMs);
    void showJournalUnavailable(const QString &reason);
    void offerPendingWrites(const QList<JournalEntry> &entries);
    bool confirm(const QString &title, const QString &text, const QString &acceptText);

    ConsoleServices m_services;
    ConfirmHandler m_confirm;
    PendingCloseHandler m_pendingClose;
    KeychainQuestion::Handler m_keychainQuestion;
    KeychainQuestion::KeyEntry m_keyEntry;
    QPointer<PendingWritesDialog> m_pendingDialog;
    QPointer<NewSubscriptionDialog> m_newDialog;
    bool m_closeWhenIdle = false;  // "Wait" was chosen at close
    QString m_journalProblem;  // why the journal of pending changes cannot be used

    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    ConsolePage *m_console;
    ExportActions *m_export;
    WatchCoordinator *m_watchCoordinator;
    SecretReissueLauncher *m_reissue;
    QLabel *m_journalLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QueueStatusWidget *m_queueWidget = nullptr;
    std::unique_ptr<MainWindowActions> m_actions;
    // Last, so that it is destroyed first: its session's callbacks still reach a whole window.
    ConnectionController m_connection;
};
