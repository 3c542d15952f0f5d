#include "ui/ConnectionController.h"

#include "ui/PlainHttpConsent.h"

#include "credentials/CredentialStore.h"
#include "journal/JournalLocation.h"
#include "journal/JournaledWrites.h"
#include "common/Clock.h"
#include "journal/WriteJournal.h"
#include "profiles/ProfileStore.h"
#include "ui/ConsoleSession.h"
#include "ui/DemoSandboxLauncher.h"

#include <QUrl>

ConnectionController::ConnectionController(const ConsoleServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_confirm(ConfirmQuestion::ask)
    , m_keychainQuestion(KeychainQuestion::ask)
    , m_keyEntry(KeychainQuestion::askKey)
{ }

// The session's queued callbacks refer to what the window shows: whoever owns this ends it first.
ConnectionController::~ConnectionController()
{
    delete m_session;
}

bool ConnectionController::confirm(const QString &title, const QString &text, const QString &acceptText)
{
    return m_confirm ? m_confirm(nullptr, title, text, acceptText) : false;
}

// Use for This Session Only is offered only where there is a memory store to keep the key in.
KeychainQuestion::Choice ConnectionController::askKeychain(const KeychainResult &result,
                                                           KeychainQuestion::Operation operation,
                                                           const QString &profile)
{
    if (!m_keychainQuestion)
        return KeychainQuestion::Choice::Cancel;
    return m_keychainQuestion(
        nullptr, KeychainQuestion::question(result, operation, profile, m_services.sessionKeys != nullptr));
}

// ---------------------------------------------------------------------------------------------
// Connecting

bool ConnectionController::askInsecureConsent(Profile *profile)
{
    if (!ProfileStore::needsInsecureConsent(profile->baseUrl) || profile->allowInsecureHttp)
        return true;
    const bool yes =
        confirm(PlainHttpConsent::title(), PlainHttpConsent::text(profile->baseUrl), PlainHttpConsent::acceptText());
    if (!yes)
        return false;
    profile->allowInsecureHttp = true;
    return true;
}

ConsoleSession *ConnectionController::newSession(RateLimitPolicy policy)
{
    if (m_services.rateWindowMs)
        policy.setWindow(*m_services.rateWindowMs);
    return new ConsoleSession(m_services.clock, m_services.network, policy, this);
}

bool ConnectionController::connectTo(const QUrl &baseUrl, const QByteArray &apiKey, const QString &displayName,
                                     QString *error)
{
    return connectDirect(baseUrl, apiKey, displayName, false, error);
}

bool ConnectionController::connectDirect(const QUrl &baseUrl, const QByteArray &apiKey, const QString &displayName,
                                         bool demo, QString *error)
{
    auto *session = newSession(RateLimitPolicy::documented());
    QString why;
    // Only loopback can be reached over plain http without asking (the demo and tests are local).
    if (!session->open(baseUrl, apiKey, false, &why)) {
        delete session;
        if (error)
            *error = why;
        Q_EMIT connectionFailed(why);
        return false;
    }
    session->setDisplayName(displayName);
    session->setDemo(demo);  // the demo has its own journal
    setSession(session);
    Q_EMIT connected();
    offerPendingWrites();
    return true;
}

bool ConnectionController::startProfileSession(const Profile &profile, const QByteArray &apiKey)
{
    auto *session = newSession(profile.rateLimitPolicy());
    QString error;
    if (!session->open(profile.baseUrl, apiKey, profile.allowInsecureHttp, &error)) {
        delete session;
        Q_EMIT connectionFailed(error);
        return false;
    }
    session->setDisplayName(profile.name);
    session->setProfileName(profile.name);
    setSession(session);
    if (m_services.profiles)
        m_services.profiles->setLastUsed(profile.name);
    Q_EMIT connected();
    offerPendingWrites();
    return true;
}

void ConnectionController::connectNewProfile(Profile profile, const QByteArray &apiKey)
{
    if (!m_services.profiles || !m_services.keychain)
        return;
    if (!askInsecureConsent(&profile)) {
        Q_EMIT connectionFailed(tr("Not connected: plain http:// to another computer needs your consent."));
        return;
    }
    QString error;
    if (!m_services.profiles->save(profile, &error)) {
        Q_EMIT connectionFailed(error);
        return;
    }
    Q_EMIT busy(tr("Storing the API key in the keychain…"));
    storeNewProfileKey(profile, apiKey);
}

void ConnectionController::storeNewProfileKey(const Profile &profile, const QByteArray &apiKey)
{
    m_services.keychain->writeKey(profile.name, apiKey, this, [this, profile, apiKey](const KeychainResult &r) {
        if (r.ok()) {
            Q_EMIT busy(QString());
            startProfileSession(profile, apiKey);
            return;
        }
        // A cancelled prompt or no usable keychain: ask, with the keychain's own text behind Details.
        switch (askKeychain(r, KeychainQuestion::Operation::Store, profile.name)) {
        case KeychainQuestion::Choice::TryAgain:
            storeNewProfileKey(profile, apiKey);  // still busy
            return;
        case KeychainQuestion::Choice::SessionOnly:
            if (m_services.sessionKeys) {
                Q_EMIT busy(QString());
                m_services.sessionKeys->writeKey(profile.name, apiKey, nullptr, [](const KeychainResult &) {});
                startProfileSession(profile, apiKey);
                return;
            }
            break;
        case KeychainQuestion::Choice::Cancel:
            break;
        }
        Q_EMIT busy(QString());
        Q_EMIT connectionFailed(tr("Not connected. %1").arg(r.message));
    });
}

void ConnectionController::connectProfile(const QString &name)
{
    if (!m_services.profiles || !m_services.keychain)
        return;
    auto profile = m_services.profiles->profile(name);
    if (!profile) {
        Q_EMIT connectionFailed(tr("There is no profile named %1.").arg(name));
        return;
    }
    if (!askInsecureConsent(&*profile)) {
        Q_EMIT connectionFailed(tr("Not connected: plain http:// to another computer needs your consent."));
        return;
    }
    QString error;
    m_services.profiles->save(*profile, &error);  // remembers the consent
    Q_EMIT busy(tr("Reading the API key of %1 from the keychain…").arg(name));
    readProfileKey(*profile);
}

// The keychain first, then the keys held for this session only.
void ConnectionController::readProfileKey(const Profile &profile)
{
    m_services.keychain->readKey(profile.name, this, [this, p = profile](const KeychainResult &r) {
        if (r.ok()) {
            Q_EMIT busy(QString());
            startProfileSession(p, r.secret);
            return;
        }
        if (!m_services.sessionKeys) {
            keyNotRead(p, r);
            return;
        }
        m_services.sessionKeys->readKey(p.name, this, [this, p, r](const KeychainResult &s) {
            if (s.ok()) {
                Q_EMIT busy(QString());
                startProfileSession(p, s.secret);
                return;
            }
            keyNotRead(p, r);
        });
    });
}

void ConnectionController::keyNotRead(const Profile &profile, const KeychainResult &r)
{
    if (r.status != KeychainResult::Status::Cancelled) {
        Q_EMIT busy(QString());
        if (!m_services.sessionKeys)
            Q_EMIT keyNeeded(profile, r.message, r.detail);
        else if (r.status == KeychainResult::Status::NotFound)
            Q_EMIT keyNeeded(profile, tr("No API key is stored for %1. Enter it to connect.").arg(profile.name),
                             QString());
        else
            Q_EMIT keyNeeded(profile,
                             tr("%1 Enter the API key of %2 to use it for this session.").arg(r.message, profile.name),
                             r.detail);
        return;
    }
    // The keyring's prompt was cancelled: the key is probably there, so ask rather than send the
    // user to the key field. Cancel leaves everything as it was, the open connection included.
    switch (askKeychain(r, KeychainQuestion::Operation::Read, profile.name)) {
    case KeychainQuestion::Choice::TryAgain:
        readProfileKey(profile);  // still busy
        return;
    case KeychainQuestion::Choice::SessionOnly:
        if (const QByteArray key =
                m_keyEntry && m_services.sessionKeys ? m_keyEntry(nullptr, profile.name) : QByteArray();
            !key.isEmpty()) {
            Q_EMIT busy(QString());
            m_services.sessionKeys->writeKey(profile.name, key, nullptr, [](const KeychainResult &) {});
            startProfileSession(profile, key);
            return;
        }
        break;
    case KeychainQuestion::Choice::Cancel:
        break;
    }
    Q_EMIT busy(QString());
    Q_EMIT statusMessage(tr("Not connected to %1: the keyring's prompt was cancelled.").arg(profile.name), 10000);
}

void ConnectionController::openDemo()
{
    if (m_services.sandboxExecutable.isEmpty()) {
        Q_EMIT connectionFailed(tr("The demo server (webhook-sandbox) is not installed next to this program."));
        return;
    }
    if (m_demo && m_demo->isRunning() && m_demo->apiKey().size() > 0) {
        connectDirect(m_demo->baseUrl(), m_demo->apiKey(), tr("Local demo"), true, nullptr);
        return;
    }
    delete m_demo;
    m_demo = new DemoSandboxLauncher(m_services.sandboxExecutable, this);
    m_demo->setObjectName(QStringLiteral("demoLauncher"));
    if (m_services.rateWindowMs)
        m_demo->setExtraArguments(
            {QStringLiteral("--rate-window"), QString::number(*m_services.rateWindowMs) + QStringLiteral("ms")});
    // A new demo server starts empty: writes left for an earlier one cannot be resumed against it,
    // and its activity log would name subscriptions that no longer exist.
    if (!m_services.journalDirectory.isEmpty() && m_services.clock) {
        WriteJournal stale(
            WriteJournal::filePathFor(m_services.journalDirectory, JournalLocation::journalName({}, {}, true)),
            *m_services.clock);
        if (stale.open()) {
            stale.discardUnconfirmed();
            stale.purgeFinished(m_services.clock->utcNow().addDays(1));
        }
    }
    connect(m_demo, &DemoSandboxLauncher::ready, this,
            [this] { connectDirect(m_demo->baseUrl(), m_demo->apiKey(), tr("Local demo"), true, nullptr); });
    connect(m_demo, &DemoSandboxLauncher::failed, this, [this](const QString &message) {
        if (m_session && m_session->isDemo())
            setSession(nullptr);
        Q_EMIT connectionFailed(message);
    });
    Q_EMIT demoStarting();
    m_demo->start();
}

void ConnectionController::stopDemo()
{
    if (m_demo)
        m_demo->stop();
}

void ConnectionController::disconnectSession()
{
    setSession(nullptr);
}

void ConnectionController::setSession(ConsoleSession *session)
{
    Q_EMIT sessionEnding();
    delete m_session;
    m_session = session;
    if (session && !session->openJournal(m_services.journalDirectory)) {
        // Refuse writes rather than send them unrecorded.
        Q_EMIT journalUnavailable(session->journalError());
    }
    Q_EMIT sessionChanged(session);
}

// ---------------------------------------------------------------------------------------------
// Writes an earlier run left unconfirmed

void ConnectionController::offerPendingWrites()
{
    if (!m_session || !m_session->journal() || !m_session->journal()->isOpen())
        return;
    const auto entries = m_session->journal()->unconfirmed();
    if (!entries || entries->isEmpty())
        return;
    m_offeredFor = m_session;
    Q_EMIT pendingWritesFound(*entries);
}

// An answer to an offer made for an earlier session has nothing left to act on.
bool ConnectionController::isOfferCurrent() const
{
    return m_offeredFor && m_offeredFor == m_session;
}

// The recorded writes of a running webhookctl (or another console window) are under way, not
// abandoned: resuming them here would send them twice, discarding them would pull them from under it.
QString ConnectionController::pendingWritesBusyReason() const
{
    if (!isOfferCurrent())
        return {};
    const QList<JournalUsers::User> others = m_session->writes()->otherUsers();
    if (others.isEmpty())
        return {};
    return tr("%1 is sending some of these changes right now. Resume or discard them once it has finished; "
              "until then nothing is sent or forgotten.")
        .arg(JournalUsers::describe(others.first()));
}

void ConnectionController::resumePendingWrites()
{
    if (!isOfferCurrent())
        return;
    JournaledWrites *writes = m_session->writes();
    WriteJournal *journal = m_session->journal();
    // Claimed in one step with the check: a resume started elsewhere at this moment waits.
    const auto claimed = writes->claimForResume();
    if (!claimed || !claimed->isEmpty()) {
        Q_EMIT statusMessage(claimed ? tr("%1 is sending some of these changes right now. Resume them once it has "
                                          "finished.")
                                           .arg(JournalUsers::describe(claimed->constFirst()))
                                     : claimed.error(),
                             15000);
        return;
    }
    const auto todo = journal->takeForResume();
    if (todo && m_resume && m_resume(*todo))
        return;
    writes->releaseIfIdle();
    Q_EMIT statusMessage(todo ? tr("Nothing to resume (or a bulk job is running).") : journal->lastError(),
                         todo ? 10000 : 15000);
}

void ConnectionController::discardPendingWrites()
{
    if (!isOfferCurrent())
        return;
    WriteJournal *journal = m_session->journal();
    if (!journal->discardUnconfirmed())
        Q_EMIT statusMessage(journal->lastError(), 15000);
    else
        Q_EMIT statusMessage(tr("The unconfirmed changes were discarded."), 8000);
}

void ConnectionController::keepPendingWrites()
{
    if (!isOfferCurrent())
        return;
    Q_EMIT statusMessage(tr("The unconfirmed changes are kept; you will be asked again at the next start."), 8000);
}
