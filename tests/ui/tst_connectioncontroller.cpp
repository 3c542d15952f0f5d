// The console's connection controller on its own, without a window: what it decides and reports
// when connecting with an address, a saved or a new profile, and the offer of the writes an
// earlier run left unconfirmed. Against a real webhook-sandbox on loopback; every wait is a QTRY_*.

#include "kit/ConsoleTestServices.h"
#include "kit/FaultyCredentialStore.h"
#include "kit/SandboxProcess.h"

#include "journal/JournalCodec.h"
#include "journal/JournalLocation.h"
#include "journal/WriteJournal.h"
#include "ui/ConnectionController.h"
#include "ui/ConsoleSession.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {
constexpr int kWait = 30'000;

// What QtKeychain reports when the keyring's prompt to create the login keyring is dismissed.
const QString kPromptDetail =
    QStringLiteral("Object does not exist at path “/org/freedesktop/secrets/collection/login”");
const QString kCancelledMessage = QStringLiteral("The keyring's prompt was cancelled or could not be shown.");
}  // namespace

class TstConnectionController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void connectToLoopbackSwapsTheSession();
    void plainHttpToAnotherComputerNeedsConsent();
    void unknownProfileFails();
    void profileWithoutStoredKeyAsksForIt();
    void newProfileStoresTheKeyAndConnects();
    void unconfirmedWritesAreOfferedToTheirSessionOnly();
    void cancelledPromptOnStoreTryAgainStores();
    void cancelledPromptOnStoreSessionOnlyStoresNothing();
    void cancelledPromptOnStoreCancelConnectsNothing();
    void cancelledPromptOnReadTryAgainReads();
    void cancelledPromptOnReadSessionOnlyUsesTheTypedKey();
    void cancelledPromptOnReadCancelKeepsTheOpenConnection();
    void unavailableKeychainOnReadKeepsDetailOutOfTheMessage();

private:
    std::unique_ptr<ConnectionController> makeController();
    // A controller on a keychain that fails as told; the keychain question is answered with m_choice.
    std::unique_ptr<ConnectionController> makeFaultyController();
    Profile savedProfile(const QString &name);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<ConsoleTestServices> m_env;
    QStringList m_questions;
    bool m_answer = true;
    FaultyCredentialStore m_faulty;
    QList<KeychainQuestion::Question> m_keychainQuestions;
    KeychainQuestion::Choice m_choice = KeychainQuestion::Choice::Cancel;
    QStringList m_keyEntries;  // the profiles a key was asked for
};

void TstConnectionController::init()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->standardError()));
    m_env = std::make_unique<ConsoleTestServices>();
    m_questions.clear();
    m_answer = true;
    m_faulty.keys.clear();
    m_faulty.reads = m_faulty.writes = m_faulty.removes = 0;
    m_faulty.failNext(0, KeychainResult::Status::Ok, {});
    m_keychainQuestions.clear();
    m_choice = KeychainQuestion::Choice::Cancel;
    m_keyEntries.clear();
}

void TstConnectionController::cleanup()
{
    m_sandbox.reset();
    m_env.reset();
}

std::unique_ptr<ConnectionController> TstConnectionController::makeController()
{
    auto c = std::make_unique<ConnectionController>(m_env->services());
    c->setConfirmHandler([this](QWidget *, const QString &title, const QString &text, const QString &) {
        m_questions.append(title + QLatin1Char('\n') + text);
        return m_answer;
    });
    return c;
}

std::unique_ptr<ConnectionController> TstConnectionController::makeFaultyController()
{
    ConsoleServices services = m_env->services();
    services.keychain = &m_faulty;
    auto c = std::make_unique<ConnectionController>(services);
    c->setConfirmHandler([this](QWidget *, const QString &title, const QString &text, const QString &) {
        m_questions.append(title + QLatin1Char('\n') + text);
        return m_answer;
    });
    c->setKeychainQuestionHandler([this](QWidget *, const KeychainQuestion::Question &question) {
        m_keychainQuestions.append(question);
        // Asked once: a second failure is answered Cancel, so that no test loops.
        return m_keychainQuestions.size() == 1 ? m_choice : KeychainQuestion::Choice::Cancel;
    });
    c->setKeyEntryHandler([this](QWidget *, const QString &profile) {
        m_keyEntries << profile;
        return m_sandbox->apiKey();
    });
    return c;
}

Profile TstConnectionController::savedProfile(const QString &name)
{
    Profile p;
    p.name = name;
    p.baseUrl = m_sandbox->baseUrl();
    QString error;
    if (!m_env->profiles.save(p, &error))
        qWarning() << error;
    return p;
}

void TstConnectionController::connectToLoopbackSwapsTheSession()
{
    auto c = makeController();
    QStringList order;
    connect(c.get(), &ConnectionController::sessionEnding, this, [&] { order << QStringLiteral("ending"); });
    connect(c.get(), &ConnectionController::sessionChanged, this,
            [&](ConsoleSession *s) { order << (s ? QStringLiteral("changed") : QStringLiteral("none")); });
    connect(c.get(), &ConnectionController::connected, this, [&] { order << QStringLiteral("connected"); });

    QVERIFY(c->connectTo(m_sandbox->baseUrl(), m_sandbox->apiKey(), QStringLiteral("Test")));
    QCOMPARE(order, QStringList({QStringLiteral("ending"), QStringLiteral("changed"), QStringLiteral("connected")}));
    QPointer<ConsoleSession> first = c->session();
    QVERIFY(first);
    QCOMPARE(first->baseUrl(), m_sandbox->baseUrl());
    QCOMPARE(first->displayName(), QStringLiteral("Test"));
    QVERIFY(m_questions.isEmpty());  // loopback needs no consent

    // A second connection replaces the whole session.
    QVERIFY(c->connectTo(m_sandbox->baseUrl(), m_sandbox->apiKey(), QStringLiteral("Again")));
    QVERIFY(!first);
    QCOMPARE(c->session()->displayName(), QStringLiteral("Again"));

    order.clear();
    c->disconnectSession();
    QCOMPARE(order, QStringList({QStringLiteral("ending"), QStringLiteral("none")}));
    QVERIFY(!c->session());
}

void TstConnectionController::plainHttpToAnotherComputerNeedsConsent()
{
    auto c = makeController();
    QSignalSpy failed(c.get(), &ConnectionController::connectionFailed);
    QSignalSpy changed(c.get(), &ConnectionController::sessionChanged);
    m_answer = false;
    Profile p;
    p.name = QStringLiteral("Remote");
    p.baseUrl = QUrl(QStringLiteral("http://192.0.2.10:8080"));  // TEST-NET-1: never reached
    c->connectNewProfile(p, "key");
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_questions.first().startsWith(QStringLiteral("Unencrypted Connection")));
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("needs your consent")));
    QCOMPARE(changed.size(), 0);
    QVERIFY(!c->session());
    QVERIFY(!m_env->profiles.contains(QStringLiteral("Remote")));
}

void TstConnectionController::unknownProfileFails()
{
    auto c = makeController();
    QSignalSpy failed(c.get(), &ConnectionController::connectionFailed);
    c->connectProfile(QStringLiteral("Nowhere"));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toString(), QStringLiteral("There is no profile named Nowhere."));
    QVERIFY(!c->session());
}

void TstConnectionController::profileWithoutStoredKeyAsksForIt()
{
    Profile p;
    p.name = QStringLiteral("Local");
    p.baseUrl = m_sandbox->baseUrl();
    QString error;
    QVERIFY2(m_env->profiles.save(p, &error), qPrintable(error));
    auto c = makeController();
    QStringList busy;
    connect(c.get(), &ConnectionController::busy, this, [&](const QString &what) { busy << what; });
    QSignalSpy keyNeeded(c.get(), &ConnectionController::keyNeeded);
    c->connectProfile(QStringLiteral("Local"));
    QTRY_COMPARE_WITH_TIMEOUT(keyNeeded.size(), 1, kWait);
    QCOMPARE(keyNeeded.first().at(0).value<Profile>().name, QStringLiteral("Local"));
    QCOMPARE(keyNeeded.first().at(1).toString(),
             QStringLiteral("No API key is stored for Local. Enter it to connect."));
    QCOMPARE(busy, QStringList({QStringLiteral("Reading the API key of Local from the keychain…"), QString()}));
    QVERIFY(!c->session());
}

void TstConnectionController::newProfileStoresTheKeyAndConnects()
{
    auto c = makeController();
    QSignalSpy connected(c.get(), &ConnectionController::connected);
    Profile p;
    p.name = QStringLiteral("Local");
    p.baseUrl = m_sandbox->baseUrl();
    c->connectNewProfile(p, m_sandbox->apiKey());
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, kWait);
    QCOMPARE(c->session()->profileName(), QStringLiteral("Local"));
    QCOMPARE(m_env->profiles.lastUsed(), QStringLiteral("Local"));
    bool read = false;
    m_env->keychain.readKey(QStringLiteral("Local"), nullptr, [&](const KeychainResult &r) {
        read = true;
        QCOMPARE(r.secret, m_sandbox->apiKey());
    });
    QTRY_VERIFY(read);
}

void TstConnectionController::unconfirmedWritesAreOfferedToTheirSessionOnly()
{
    const QString path = WriteJournal::filePathFor(m_env->dir.filePath(QStringLiteral("journal")),
                                                   JournalLocation::journalName({}, m_sandbox->baseUrl(), false));
    {
        WriteJournal journal(path, m_env->clock);
        QVERIFY2(journal.open(), qPrintable(journal.lastError()));
        QVERIFY(journal.record(JournalCodec::toggle(1, false)));
    }
    auto c = makeController();
    QSignalSpy found(c.get(), &ConnectionController::pendingWritesFound);
    QSignalSpy status(c.get(), &ConnectionController::statusMessage);
    QVERIFY(c->connectTo(m_sandbox->baseUrl(), m_sandbox->apiKey(), QStringLiteral("Test")));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().first().value<QList<JournalEntry>>().size(), 1);

    c->keepPendingWrites();
    QCOMPARE(status.size(), 1);
    QVERIFY(status.first().first().toString().contains(QStringLiteral("kept")));

    // Answers to an offer whose session is gone have nothing to act on.
    c->disconnectSession();
    c->discardPendingWrites();
    c->resumePendingWrites();
    QCOMPARE(status.size(), 1);
    QVERIFY(c->pendingWritesBusyReason().isEmpty());
    WriteJournal journal(path, m_env->clock);
    QVERIFY(journal.open());
    QCOMPARE(journal.unconfirmedCount(), std::optional<int>(1));
}

// The keyring's prompt dismissed while storing a new profile's key: the question names it in plain
// words, the keychain's text behind Details, and Try Again stores the key.
void TstConnectionController::cancelledPromptOnStoreTryAgainStores()
{
    m_faulty.failNext(1, KeychainResult::Status::Cancelled, kCancelledMessage, kPromptDetail);
    m_choice = KeychainQuestion::Choice::TryAgain;
    auto c = makeFaultyController();
    QSignalSpy connected(c.get(), &ConnectionController::connected);
    Profile p;
    p.name = QStringLiteral("Local");
    p.baseUrl = m_sandbox->baseUrl();
    c->connectNewProfile(p, m_sandbox->apiKey());
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, kWait);
    QCOMPARE(m_keychainQuestions.size(), 1);
    const KeychainQuestion::Question &q = m_keychainQuestions.first();
    QCOMPARE(q.title, QStringLiteral("Keyring Prompt Cancelled"));
    QCOMPARE(q.text, QStringLiteral("You cancelled the keyring's prompt, so the API key of \"Local\" was not stored."));
    QCOMPARE(q.detail, kPromptDetail);
    QVERIFY(!q.text.contains(QStringLiteral("/org/freedesktop")));
    QVERIFY(q.offerSessionOnly);
    QCOMPARE(m_faulty.writes, 2);
    QCOMPARE(m_faulty.keys.value(QStringLiteral("Local")), m_sandbox->apiKey());
    QCOMPARE(c->session()->profileName(), QStringLiteral("Local"));
}

void TstConnectionController::cancelledPromptOnStoreSessionOnlyStoresNothing()
{
    m_faulty.failNext(-1, KeychainResult::Status::Cancelled, kCancelledMessage, kPromptDetail);
    m_choice = KeychainQuestion::Choice::SessionOnly;
    auto c = makeFaultyController();
    QSignalSpy connected(c.get(), &ConnectionController::connected);
    Profile p;
    p.name = QStringLiteral("Local");
    p.baseUrl = m_sandbox->baseUrl();
    c->connectNewProfile(p, m_sandbox->apiKey());
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, kWait);
    QCOMPARE(m_faulty.writes, 1);
    QVERIFY(m_faulty.keys.isEmpty());
    QVERIFY(m_keyEntries.isEmpty());  // the key was at hand
    std::optional<KeychainResult> kept;
    m_env->sessionKeys.readKey(QStringLiteral("Local"), nullptr, [&](const KeychainResult &r) { kept = r; });
    QTRY_VERIFY(kept.has_value());
    QCOMPARE(kept->secret, m_sandbox->apiKey());
}

void TstConnectionController::cancelledPromptOnStoreCancelConnectsNothing()
{
    m_faulty.failNext(-1, KeychainResult::Status::Cancelled, kCancelledMessage, kPromptDetail);
    m_choice = KeychainQuestion::Choice::Cancel;
    auto c = makeFaultyController();
    QSignalSpy failed(c.get(), &ConnectionController::connectionFailed);
    QStringList busy;
    connect(c.get(), &ConnectionController::busy, this, [&](const QString &what) { busy << what; });
    Profile p;
    p.name = QStringLiteral("Local");
    p.baseUrl = m_sandbox->baseUrl();
    c->connectNewProfile(p, m_sandbox->apiKey());
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWait);
    QCOMPARE(failed.first().first().toString(), QStringLiteral("Not connected. ") + kCancelledMessage);
    QCOMPARE(busy.last(), QString());
    QCOMPARE(m_faulty.writes, 1);
    QVERIFY(!c->session());
    std::optional<KeychainResult> kept;
    m_env->sessionKeys.readKey(QStringLiteral("Local"), nullptr, [&](const KeychainResult &r) { kept = r; });
    QTRY_VERIFY(kept.has_value());
    QCOMPARE(kept->status, KeychainResult::Status::NotFound);
}

void TstConnectionController::cancelledPromptOnReadTryAgainReads()
{
    savedProfile(QStringLiteral("Local"));
    m_faulty.keys.insert(QStringLiteral("Local"), m_sandbox->apiKey());
    m_faulty.failNext(1, KeychainResult::Status::Cancelled, kCancelledMessage, kPromptDetail);
    m_choice = KeychainQuestion::Choice::TryAgain;
    auto c = makeFaultyController();
    QSignalSpy connected(c.get(), &ConnectionController::connected);
    c->connectProfile(QStringLiteral("Local"));
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, kWait);
    QCOMPARE(m_faulty.reads, 2);
    QCOMPARE(m_keychainQuestions.size(), 1);
    QCOMPARE(m_keychainQuestions.first().text,
             QStringLiteral("You cancelled the keyring's prompt, so the API key of \"Local\" was not read."));
    QVERIFY(m_keyEntries.isEmpty());
}

// Reading a stored key: "for this session only" means typing the key, which is then kept in memory.
void TstConnectionController::cancelledPromptOnReadSessionOnlyUsesTheTypedKey()
{
    savedProfile(QStringLiteral("Local"));
    m_faulty.failNext(-1, KeychainResult::Status::Cancelled, kCancelledMessage, kPromptDetail);
    m_choice = KeychainQuestion::Choice::SessionOnly;
    auto c = makeFaultyController();
    QSignalSpy connected(c.get(), &ConnectionController::connected);
    QSignalSpy keyNeeded(c.get(), &ConnectionController::keyNeeded);
    c->connectProfile(QStringLiteral("Local"));
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, kWait);
    QCOMPARE(m_keyEntries, QStringList{QStringLiteral("Local")});
    QCOMPARE(keyNeeded.size(), 0);
    QCOMPARE(m_faulty.writes, 0);  // nothing stored in the keychain
    QVERIFY(m_faulty.keys.isEmpty());
    QCOMPARE(c->session()->profileName(), QStringLiteral("Local"));
    std::optional<KeychainResult> kept;
    m_env->sessionKeys.readKey(QStringLiteral("Local"), nullptr, [&](const KeychainResult &r) { kept = r; });
    QTRY_VERIFY(kept.has_value());
    QCOMPARE(kept->secret, m_sandbox->apiKey());
}

void TstConnectionController::cancelledPromptOnReadCancelKeepsTheOpenConnection()
{
    savedProfile(QStringLiteral("Local"));
    m_faulty.keys.insert(QStringLiteral("Local"), m_sandbox->apiKey());
    m_faulty.failNext(-1, KeychainResult::Status::Cancelled, kCancelledMessage, kPromptDetail);
    m_choice = KeychainQuestion::Choice::Cancel;
    auto c = makeFaultyController();
    QVERIFY(c->connectTo(m_sandbox->baseUrl(), m_sandbox->apiKey(), QStringLiteral("Open")));
    QPointer<ConsoleSession> open = c->session();
    QSignalSpy changed(c.get(), &ConnectionController::sessionChanged);
    QSignalSpy failed(c.get(), &ConnectionController::connectionFailed);
    QSignalSpy keyNeeded(c.get(), &ConnectionController::keyNeeded);
    QSignalSpy status(c.get(), &ConnectionController::statusMessage);
    c->connectProfile(QStringLiteral("Local"));
    QTRY_COMPARE_WITH_TIMEOUT(status.size(), 1, kWait);
    QVERIFY(status.first().first().toString().contains(QStringLiteral("prompt was cancelled")));
    QCOMPARE(m_keychainQuestions.size(), 1);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(keyNeeded.size(), 0);
    QCOMPARE(c->session(), open.data());
    QCOMPARE(c->session()->displayName(), QStringLiteral("Open"));
    QCOMPARE(m_faulty.keys.value(QStringLiteral("Local")), m_sandbox->apiKey());
}

// No keychain when reading: the key is asked for on the form, in plain words; the keychain's own
// text travels apart.
void TstConnectionController::unavailableKeychainOnReadKeepsDetailOutOfTheMessage()
{
    savedProfile(QStringLiteral("Local"));
    m_faulty.failNext(-1, KeychainResult::Status::Unavailable, QStringLiteral("No keychain is available."),
                      QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY"));
    auto c = makeFaultyController();
    QSignalSpy keyNeeded(c.get(), &ConnectionController::keyNeeded);
    c->connectProfile(QStringLiteral("Local"));
    QTRY_COMPARE_WITH_TIMEOUT(keyNeeded.size(), 1, kWait);
    QCOMPARE(keyNeeded.first().at(1).toString(),
             QStringLiteral("No keychain is available. Enter the API key of Local to use it for this session."));
    QCOMPARE(keyNeeded.first().at(2).toString(), QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY"));
    QVERIFY(m_keychainQuestions.isEmpty());
}

QTEST_MAIN(TstConnectionController)
#include "tst_connectioncontroller.moc"
