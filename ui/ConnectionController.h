#pragma once

#include "journal/JournalEntry.h"
#include "profiles/Profile.h"
#include "ui/ConfirmQuestion.h"
#include "ui/ConsoleServices.h"
#include "ui/ConsoleSession.h"
#include "ui/KeychainQuestion.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class DemoSandboxLauncher;

// Decides how the console connects and owns the connection it made: a saved profile (its key from
// the keychain, or from this session's memory), a new profile (its key stored in the keychain
// first, or kept for this session only with consent), an address and key (tests), or the local
// demo server it starts. Plain http:// to another computer needs consent. A new connection
// replaces the whole session, and writes an earlier run left unconfirmed are then offered.
// It shows nothing: questions go through the confirm and keychain handlers, outcomes are signals
// the window shows.
class ConnectionController : public QObject
{
    Q_OBJECT
public:
    // Sends journal entries of an earlier run again; false when nothing was started.
    using ResumeHandler = std::function<bool(const QList<JournalEntry> &entries)>;

    explicit ConnectionController(const ConsoleServices &services, QObject *parent = nullptr);
    ~ConnectionController() override;

    void setConfirmHandler(ConfirmQuestion::Handler handler) { m_confirm = std::move(handler); }
    void setResumeHandler(ResumeHandler handler) { m_resume = std::move(handler); }
    // A keychain read or store failed (a cancelled prompt, no keychain): what to do, and the key to
    // use for this session only when one must be typed.
    void setKeychainQuestionHandler(KeychainQuestion::Handler handler) { m_keychainQuestion = std::move(handler); }
    void setKeyEntryHandler(KeychainQuestion::KeyEntry handler) { m_keyEntry = std::move(handler); }

    ConsoleSession *session() const { return m_session; }

    void connectProfile(const QString &name);
    void connectNewProfile(Profile profile, const QByteArray &apiKey);
    // Loopback may use plain http:// without consent; returns false with a translated *error.
    bool connectTo(const QUrl &baseUrl, const QByteArray &apiKey, const QString &displayName, QString *error = nullptr);
    // Starts the local demo server as a child process and connects to it when it is ready.
    void openDemo();
    void disconnectSession();
    // The demo server must not outlive the window.
    void stopDemo();

    // Empty when the offered writes may be resumed or discarded now, else why not (another program
    // is sending them).
    QString pendingWritesBusyReason() const;
    void resumePendingWrites();
    void discardPendingWrites();
    void keepPendingWrites();

Q_SIGNALS:
    // Waiting for the keychain, with what for; empty when the wait is over.
    void busy(const QString &what);
    void demoStarting();
    void connectionFailed(const QString &message);
    // The profile's key is not stored (or cannot be read here): ask the user for it. `detail` is
    // the keychain's own text, if any (for a tooltip, not for the message).
    void keyNeeded(const Profile &profile, const QString &why, const QString &detail);
    // Before the current session goes: let go of everything that belongs to it.
    void sessionEnding();
    // The new session (null: none), its journal already opened.
    void sessionChanged(ConsoleSession *session);
    // Writes are refused in this session: its journal could not be opened.
    void journalUnavailable(const QString &reason);
    void connected();
    // The journal holds writes of an earlier run that the server never confirmed.
    void pendingWritesFound(const QList<JournalEntry> &entries);
    void statusMessage(const QString &text, int timeoutMs);

private:
    bool askInsecureConsent(Profile *profile);
    ConsoleSession *newSession(RateLimitPolicy policy);
    bool connectDirect(const QUrl &baseUrl, const QByteArray &apiKey, const QString &displayName, bool demo,
                       QString *error);
    bool startProfileSession(const Profile &profile, const QByteArray &apiKey);
    void storeNewProfileKey(const Profile &profile, const QByteArray &apiKey);
    void readProfileKey(const Profile &profile);
    void keyNotRead(const Profile &profile, const KeychainResult &result);
    KeychainQuestion::Choice askKeychain(const KeychainResult &result, KeychainQuestion::Operation operation,
                                         const QString &profile);
    void setSession(ConsoleSession *session);
    void offerPendingWrites();
    bool isOfferCurrent() const;
    bool confirm(const QString &title, const QString &text, const QString &acceptText);

    ConsoleServices m_services;
    ConfirmQuestion::Handler m_confirm;
    ResumeHandler m_resume;
    KeychainQuestion::Handler m_keychainQuestion;
    KeychainQuestion::KeyEntry m_keyEntry;
    QPointer<ConsoleSession> m_session;
    QPointer<ConsoleSession> m_offeredFor;  // the session whose unconfirmed writes were offered
    DemoSandboxLauncher *m_demo = nullptr;  // none until the demo is first opened
};
