// The profiles dialog driven offscreen against a real webhook-sandbox on loopback: switch, edit
// (name, URL, rate window and overrides persisted in QSettings), forget, "Check connection" (success,
// wrong key, unreachable port) and the consent for plain http:// to a non-loopback host. Keys live
// in a MemoryCredentialStore here; tests/ui/profiles/ runs the same dialog against a real keyring.
// Every wait is a signal or a QTRY_* on observable state; nothing asserts how long anything took.

#include "kit/Require.h"
#include "kit/SandboxProcess.h"
#include "kit/DialogParts.h"
#include "kit/FaultyCredentialStore.h"
#include "kit/MainWindowParts.h"

#include "common/SystemClock.h"
#include "credentials/MemoryCredentialStore.h"
#include "profiles/ProfileStore.h"
#include "ui/ConsoleSession.h"
#include "ui/MainWindow.h"
#include "ui/ProfileForm.h"
#include "ui/ProfilesDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>
#include <utility>

using namespace MainWindowParts;
using namespace DialogParts;

namespace {
constexpr int kWait = 30'000;  // generous: the machine is shared and loaded

// The answer of one credential-store call, waited for on the event loop.
std::optional<KeychainResult> readKey(CredentialStore &store, const QString &profile)
{
    std::optional<KeychainResult> result;
    QObject context;
    store.readKey(profile, &context, [&result](const KeychainResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kWait))
        return std::nullopt;
    return result;
}

bool writeKey(CredentialStore &store, const QString &profile, const QByteArray &key)
{
    std::optional<KeychainResult> result;
    QObject context;
    store.writeKey(profile, key, &context, [&result](const KeychainResult &r) { result = r; });
    return QTest::qWaitFor([&] { return result.has_value(); }, kWait) && result->ok();
}

// A keychain that is not there (no Secret Service). The real "no keychain" cases run against
// QtKeychain in tests/app/credentials; here only the dialog's reaction matters.
class UnavailableKeychain final : public CredentialStore
{
public:
    using CredentialStore::CredentialStore;
    void readKey(const QString &, QObject *context, Callback done) override { answer(context, done); }
    void writeKey(const QString &, const QByteArray &, QObject *context, Callback done) override
    {
        answer(context, done);
    }
    void removeKey(const QString &, QObject *context, Callback done) override { answer(context, done); }

private:
    void answer(QObject *context, Callback done)
    {
        QMetaObject::invokeMethod(
            context ? context : this,
            [done] {
                KeychainResult r;
                r.status = KeychainResult::Status::Unavailable;
                r.message = QStringLiteral("No Secret Service is running.");
                done(r);
            },
            Qt::QueuedConnection);
    }
};

// An IPv4 address of this machine that is not loopback, for the "plain http:// to another computer"
// case; empty when the machine has none.
QString nonLoopbackAddress()
{
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() && !a.isLinkLocal())
            return a.toString();
    }
    return {};
}
}  // namespace

class TstProfilesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void switchRequestsTheSelectedProfile();
    void emptyListOffersAdd();
    void editPersistsNameUrlAndRateLimits();
    void editRejectsBadRateLimitAndKeepsEditorOpen();
    void editChangedKeyReplacesStoredKey();
    void editWithoutKeychainOffersSessionOnly();
    void editCancelledPromptTryAgainStoresTheKey();
    void checkCancelledPromptAsks();
    void forgetRemovesSettingsAndKey();
    void forgetCancelledChangesNothing();
    void checkConnectionSucceeds();
    void checkConnectionWrongKeySaysSo();
    void checkConnectionUnreachablePortSaysSo();
    void plainHttpToAnotherHostAsksOnceAndRemembers();
    void switchFromTheDialogConnectsTheWindowAfterConsent();

private:
    std::unique_ptr<ProfilesDialog> makeDialog(const QString &current = {}, CredentialStore *keychain = nullptr);
    void addProfile(const QString &name, const QUrl &url, const QByteArray &key);
    QPushButton *button(ProfilesDialog &d, const char *name);
    // Runs "Check connection" on the selected profile and returns its outcome.
    bool check(ProfilesDialog &d);
    std::unique_ptr<QSettings> readSettings() const;

    SandboxProcess m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    SystemClock m_clock;
    QNetworkAccessManager m_network;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemoryCredentialStore> m_keychain;
    std::unique_ptr<MemoryCredentialStore> m_sessionKeys;
    int m_confirmCalls = 0;
    bool m_confirmAnswer = true;
    QString m_confirmText;
};

void TstProfilesDialog::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.standardError()));
}

void TstProfilesDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.ini")));
    m_keychain = std::make_unique<MemoryCredentialStore>();
    m_sessionKeys = std::make_unique<MemoryCredentialStore>();
    m_confirmCalls = 0;
    m_confirmAnswer = true;
    m_confirmText.clear();
}

void TstProfilesDialog::cleanup()
{
    m_profiles.reset();
    m_keychain.reset();
    m_sessionKeys.reset();
    m_dir.reset();
}

std::unique_ptr<ProfilesDialog> TstProfilesDialog::makeDialog(const QString &current, CredentialStore *keychain)
{
    ConsoleServices services;
    services.clock = &m_clock;
    services.network = &m_network;
    services.profiles = m_profiles.get();
    services.keychain = keychain ? keychain : m_keychain.get();
    services.sessionKeys = m_sessionKeys.get();
    auto d = std::make_unique<ProfilesDialog>(services, current);
    d->setConfirmHandler([this](QWidget *, const QString &, const QString &text, const QString &) {
        ++m_confirmCalls;
        m_confirmText = text;
        return m_confirmAnswer;
    });
    d->show();
    return d;
}

void TstProfilesDialog::addProfile(const QString &name, const QUrl &url, const QByteArray &key)
{
    Profile p;
    p.name = name;
    p.baseUrl = url;
    QString error;
    QVERIFY2(m_profiles->save(p, &error), qPrintable(error));
    if (!key.isEmpty())
        QVERIFY(writeKey(*m_keychain, name, key));
}

QPushButton *TstProfilesDialog::button(ProfilesDialog &d, const char *name)
{
    return d.findChild<QPushButton *>(QString::fromLatin1(name));
}

bool TstProfilesDialog::check(ProfilesDialog &d)
{
    QSignalSpy checked(&d, &ProfilesDialog::connectionChecked);
    QTest::mouseClick(button(d, "checkButton"), Qt::LeftButton);
    if (checked.isEmpty() && !checked.wait(kWait))
        return false;
    return checked.constFirst().at(1).toBool();
}

std::unique_ptr<QSettings> TstProfilesDialog::readSettings() const
{
    // A second reader of the same file: what was persisted, not what one object holds.
    return std::make_unique<QSettings>(m_profiles->fileName(), QSettings::IniFormat);
}

void TstProfilesDialog::switchRequestsTheSelectedProfile()
{
    addProfile(QStringLiteral("Alpha"), m_sandbox.baseUrl(), m_sandbox.apiKey());
    addProfile(QStringLiteral("Beta"), m_sandbox.baseUrl(), m_sandbox.apiKey());
    auto d = makeDialog(QStringLiteral("Alpha"));
    auto *list = d->findChild<QListWidget *>();
    QVERIFY(list);
    QCOMPARE(list->count(), 2);
    QCOMPARE(d->selectedProfile(), QStringLiteral("Alpha"));
    QVERIFY(list->item(0)->text().contains(QStringLiteral("connected")));
    // A key the server refused is not "connected".
    d->setCurrentKeyRejected(true);
    QCOMPARE(list->item(0)->text(), ProfilesDialog::tr("%1 (key not accepted)").arg(QStringLiteral("Alpha")));
    QCOMPARE(d->selectedProfile(), QStringLiteral("Alpha"));

    QSignalSpy switched(d.get(), &ProfilesDialog::switchRequested);
    d->selectProfile(QStringLiteral("Beta"));
    QTest::mouseClick(button(*d, "switchButton"), Qt::LeftButton);
    QCOMPARE(switched.count(), 1);
    QCOMPARE(switched.constFirst().at(0).toString(), QStringLiteral("Beta"));
    QCOMPARE(d->result(), int(QDialog::Accepted));
}

// No profiles yet: the dialog says how to make one and its Add button opens the way (the welcome
// page's form, where a new profile is saved when it connects); Add stays available with profiles.
void TstProfilesDialog::emptyListOffersAdd()
{
    auto d = makeDialog();
    QPushButton *add = button(*d, "addButton");
    QVERIFY(add);
    QVERIFY(add->isEnabled());
    for (const char *name : {"switchButton", "editButton", "checkButton", "forgetButton"})
        QVERIFY2(!button(*d, name)->isEnabled(), name);
    QVERIFY(!d->messageText().isEmpty());
    QSignalSpy addRequested(d.get(), &ProfilesDialog::addRequested);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(addRequested.count(), 1);
    QCOMPARE(d->result(), int(QDialog::Accepted));

    addProfile(QStringLiteral("Alpha"), m_sandbox.baseUrl(), m_sandbox.apiKey());
    auto again = makeDialog();
    QVERIFY(button(*again, "addButton")->isEnabled());
    QVERIFY(button(*again, "switchButton")->isEnabled());
    QVERIFY(again->messageText().isEmpty());
}

void TstProfilesDialog::editPersistsNameUrlAndRateLimits()
{
    addProfile(QStringLiteral("Alpha"), QUrl(QStringLiteral("https://old.example.com")), "alpha-key-0123456789");
    m_profiles->setLastUsed(QStringLiteral("Alpha"));
    auto d = makeDialog();
    d->selectProfile(QStringLiteral("Alpha"));
    QTest::mouseClick(button(*d, "editButton"), Qt::LeftButton);
    QVERIFY(editor(*d));
    ProfileForm *form = editorForm(*d);
    QCOMPARE(form->nameEdit()->text(), QStringLiteral("Alpha"));
    QVERIFY(form->keyEdit()->text().isEmpty());  // the stored key is never shown

    form->nameEdit()->setText(QStringLiteral("Gamma"));
    form->urlEdit()->setText(m_sandbox.baseUrl().toString() + u'/');
    form->windowEdit()->setText(QStringLiteral("2s"));
    form->rateLimitsEdit()->setPlainText(QStringLiteral("PATCH /api/v1/webhooks/{id}=10/2s\n\n"
                                                        "GET /api/v1/event-types/=5/1s\n"));
    QSignalSpy edited(d.get(), &ProfilesDialog::profileEdited);
    auto *box = editor(*d)->findChild<QDialogButtonBox *>();
    QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(edited.wait(kWait));
    QCOMPARE(edited.constFirst().at(0).toString(), QStringLiteral("Alpha"));
    QCOMPARE(edited.constFirst().at(1).toString(), QStringLiteral("Gamma"));
    QTRY_VERIFY(!editor(*d));
    QCOMPARE(d->selectedProfile(), QStringLiteral("Gamma"));
    QVERIFY2(d->messageText().contains(QStringLiteral("Renamed Alpha to Gamma")), qPrintable(d->messageText()));

    const auto settings = readSettings();
    QCOMPARE(settings->childGroups(), QStringList{QStringLiteral("profiles")});
    settings->beginGroup(QStringLiteral("profiles"));
    QCOMPARE(settings->childGroups(), QStringList{QStringLiteral("Gamma")});
    settings->endGroup();
    QCOMPARE(settings->value(QStringLiteral("profiles/Gamma/baseUrl")).toString(), m_sandbox.baseUrl().toString());
    QCOMPARE(settings->value(QStringLiteral("profiles/Gamma/rateWindow")).toString(), QStringLiteral("2s"));
    QCOMPARE(settings->value(QStringLiteral("profiles/Gamma/rateLimits")).toStringList(),
             (QStringList{QStringLiteral("PATCH /api/v1/webhooks/{id}=10/2s"),
                          QStringLiteral("GET /api/v1/event-types/=5/1s")}));
    QCOMPARE(settings->value(QStringLiteral("lastProfile")).toString(), QStringLiteral("Gamma"));
    // The profile as the console reads it back, with the overrides in its policy.
    const auto gamma = m_profiles->profile(QStringLiteral("Gamma"));
    QVERIFY(gamma);
    QCOMPARE(gamma->rateWindowMs, qint64(2000));
    QCOMPARE(gamma->rateLimitPolicy().overrideSpecs().size(), 2);

    // The unchanged key moved with the name.
    const auto moved = readKey(*m_keychain, QStringLiteral("Gamma"));
    QVERIFY(moved && moved->ok());
    QCOMPARE(moved->secret, QByteArray("alpha-key-0123456789"));
    const auto old = readKey(*m_keychain, QStringLiteral("Alpha"));
    QVERIFY(old && !old->ok());

    // The editor shows what was saved.
    QTest::mouseClick(button(*d, "editButton"), Qt::LeftButton);
    QVERIFY(editorForm(*d));
    QCOMPARE(editorForm(*d)->windowEdit()->text(), QStringLiteral("2s"));
    QCOMPARE(editorForm(*d)->rateLimitsEdit()->toPlainText(),
             QStringLiteral("PATCH /api/v1/webhooks/{id}=10/2s\nGET /api/v1/event-types/=5/1s"));
    editor(*d)->reject();
}

void TstProfilesDialog::editRejectsBadRateLimitAndKeepsEditorOpen()
{
    addProfile(QStringLiteral("Alpha"), m_sandbox.baseUrl(), m_sandbox.apiKey());
    auto d = makeDialog();
    d->selectProfile(QStringLiteral("Alpha"));
    d->editProfile();
    ProfileForm *form = editorForm(*d);
    QVERIFY(form);
    form->rateLimitsEdit()->setPlainText(QStringLiteral("PATCH every minute please"));
    QSignalSpy edited(d.get(), &ProfilesDialog::profileEdited);
    QTest::mouseClick(editor(*d)->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(editor(*d) && editor(*d)->isVisible());
    QVERIFY2(form->errorText().contains(QStringLiteral("METHOD /route=COUNT/WINDOW")), qPrintable(form->errorText()));
    QVERIFY(edited.isEmpty());
    QVERIFY(m_profiles->profile(QStringLiteral("Alpha"))->rateLimitSpecs.isEmpty());

    // Renaming onto another profile's name is refused the same way.
    addProfile(QStringLiteral("Beta"), m_sandbox.baseUrl(), {});
    form->rateLimitsEdit()->clear();
    form->nameEdit()->setText(QStringLiteral("Beta"));
    QTest::mouseClick(editor(*d)->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(form->errorText().contains(QStringLiteral("exists already")));
    QVERIFY(m_profiles->contains(QStringLiteral("Alpha")));
    editor(*d)->reject();
}

void TstProfilesDialog::editChangedKeyReplacesStoredKey()
{
    addProfile(QStringLiteral("Alpha"), m_sandbox.baseUrl(), "wrong-key-0123456789");
    QVERIFY(writeKey(*m_sessionKeys, QStringLiteral("Alpha"), "stale-session-key"));
    auto d = makeDialog();
    d->selectProfile(QStringLiteral("Alpha"));
    QVERIFY(!check(*d));  // the stored key is wrong

    d->editProfile();
    // The keychain's key is the one a connection uses (the session's is stale): the hint says so.
    QTRY_VERIFY2_WITH_TIMEOUT(editorForm(*d)->keyEdit()->placeholderText().contains(QStringLiteral("stored key")),
                              qPrintable(editorForm(*d)->keyEdit()->placeholderText()), kWait);
    editorForm(*d)->keyEdit()->setText(QString::fromLatin1(m_sandbox.apiKey()));
    QSignalSpy edited(d.get(), &ProfilesDialog::profileEdited);
    QTest::mouseClick(editor(*d)->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(edited.wait(kWait));
    QVERIFY2(d->messageText().contains(QStringLiteral("stored in the keychain")), qPrintable(d->messageText()));
    const auto stored = readKey(*m_keychain, QStringLiteral("Alpha"));
    QVERIFY(stored && stored->ok());
    QCOMPARE(stored->secret, m_sandbox.apiKey());
    // No second copy in memory, none in the settings file.
    const auto session = readKey(*m_sessionKeys, QStringLiteral("Alpha"));
    QVERIFY(session && !session->ok());
    QFile ini(m_profiles->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(m_sandbox.apiKey()));

    QVERIFY2(check(*d), qPrintable(d->messageText()));
}

void TstProfilesDialog::editWithoutKeychainOffersSessionOnly()
{
    addProfile(QStringLiteral("Alpha"), m_sandbox.baseUrl(), {});
    UnavailableKeychain keychain;
    auto d = makeDialog({}, &keychain);
    d->selectProfile(QStringLiteral("Alpha"));

    QList<KeychainQuestion::Question> asked;
    auto choice = KeychainQuestion::Choice::Cancel;
    d->setKeychainQuestionHandler([&](QWidget *, const KeychainQuestion::Question &question) {
        asked << question;
        return choice;
    });
    // Declined: the key is kept nowhere, and the dialog says so.
    d->editProfile();
    editorForm(*d)->keyEdit()->setText(QString::fromLatin1(m_sandbox.apiKey()));
    QSignalSpy edited(d.get(), &ProfilesDialog::profileEdited);
    QTest::mouseClick(editor(*d)->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(edited.wait(kWait));
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.last().text.contains(QStringLiteral("No Secret Service is running.")),
             qPrintable(asked.last().text));
    QVERIFY(asked.last().offerSessionOnly);
    QVERIFY2(d->messageText().contains(QStringLiteral("was not stored")), qPrintable(d->messageText()));
    auto session = readKey(*m_sessionKeys, QStringLiteral("Alpha"));
    QVERIFY(session && !session->ok());
    QVERIFY(!check(*d));
    QVERIFY2(d->messageText().contains(QStringLiteral("No API key is stored")), qPrintable(d->messageText()));

    // Accepted: the key lives in memory for this session, and the check uses it.
    choice = KeychainQuestion::Choice::SessionOnly;
    d->editProfile();
    editorForm(*d)->keyEdit()->setText(QString::fromLatin1(m_sandbox.apiKey()));
    QTest::mouseClick(editor(*d)->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(edited.wait(kWait));
    QCOMPARE(asked.size(), 2);
    QVERIFY2(d->messageText().contains(QStringLiteral("for this session only")), qPrintable(d->messageText()));
    session = readKey(*m_sessionKeys, QStringLiteral("Alpha"));
    QVERIFY(session && session->ok());
    QCOMPARE(session->secret, m_sandbox.apiKey());
    QVERIFY2(check(*d), qPrintable(d->messageText()));
    QFile ini(m_profiles->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(m_sandbox.apiKey()));

    // Editing again: the key field says the key is held for this session, not stored.
    d->editProfile();
    QTRY_VERIFY2_WITH_TIMEOUT(editorForm(*d)->keyEdit()->placeholderText().contains(QStringLiteral("this session")),
                              qPrintable(editorForm(*d)->keyEdit()->placeholderText()), kWait);
    QVERIFY(!editorForm(*d)->keyEdit()->placeholderText().contains(QStringLiteral("stored key")));
}

void TstProfilesDialog::editCancelledPromptTryAgainStoresTheKey()
{
    addProfile(QStringLiteral("Alpha"), m_sandbox.baseUrl(), {});
    FaultyCredentialStore keychain;
    auto d = makeDialog({}, &keychain);
    QList<KeychainQuestion::Question> asked;
    d->setKeychainQuestionHandler([&asked](QWidget *, const KeychainQuestion::Question &question) {
        asked << question;
        return KeychainQuestion::Choice::TryAgain;
    });
    d->selectProfile(QStringLiteral("Alpha"));
    d->editProfile();  // its hint has read the keychain already: the next call is the store
    keychain.failNext(1, KeychainResult::Status::Cancelled, QStringLiteral("The keyring's prompt was cancelled."),
                      QStringLiteral("Cannot create an item in a locked collection"));
    editorForm(*d)->keyEdit()->setText(QString::fromLatin1(m_sandbox.apiKey()));
    QSignalSpy edited(d.get(), &ProfilesDialog::profileEdited);
    QTest::mouseClick(editor(*d)->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(edited.wait(kWait));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().text,
             QStringLiteral("You cancelled the keyring's prompt, so the API key of \"Alpha\" was not stored."));
    QCOMPARE(asked.first().detail, QStringLiteral("Cannot create an item in a locked collection"));
    QCOMPARE(keychain.writes, 2);
    QCOMPARE(keychain.keys.value(QStringLiteral("Alpha")), m_sandbox.apiKey());
    QVERIFY2(d->messageText().contains(QStringLiteral("stored in the keychain")), qPrintable(d->messageText()));
}

// Checking a profile whose key the keyring would not give (its prompt cancelled): Try Again reads
// it, Use for This Session Only takes a typed key, Cancel checks nothing.
void TstProfilesDialog::checkCancelledPromptAsks()
{
    addProfile(QStringLiteral("Alpha"), m_sandbox.baseUrl(), {});
    addProfile(QStringLiteral("Beta"), m_sandbox.baseUrl(), {});
    FaultyCredentialStore keychain;
    keychain.keys.insert(QStringLiteral("Alpha"), m_sandbox.apiKey());
    auto d = makeDialog({}, &keychain);
    QList<KeychainQuestion::Question> asked;
    auto choice = KeychainQuestion::Choice::TryAgain;
    d->setKeychainQuestionHandler([&](QWidget *, const KeychainQuestion::Question &question) {
        asked << question;
        return std::exchange(choice, KeychainQuestion::Choice::Cancel);
    });
    QStringList typedFor;
    d->setKeyEntryHandler([&](QWidget *, const QString &profile) {
        typedFor << profile;
        return m_sandbox.apiKey();
    });
    const QByteArray detail = "Cannot get secret of a locked object";
    keychain.failNext(1, KeychainResult::Status::Cancelled, QStringLiteral("cancelled"), QString::fromLatin1(detail));
    d->selectProfile(QStringLiteral("Alpha"));
    QVERIFY2(check(*d), qPrintable(d->messageText()));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(keychain.reads, 2);
    QVERIFY(typedFor.isEmpty());

    keychain.failNext(-1, KeychainResult::Status::Cancelled, QStringLiteral("cancelled"), QString::fromLatin1(detail));
    d->selectProfile(QStringLiteral("Beta"));
    choice = KeychainQuestion::Choice::SessionOnly;
    QVERIFY2(check(*d), qPrintable(d->messageText()));
    QCOMPARE(asked.size(), 2);
    QCOMPARE(typedFor, QStringList{QStringLiteral("Beta")});
    QVERIFY(asked.last().offerSessionOnly);
    QCOMPARE(keychain.writes, 0);  // nothing stored in the keychain
    auto kept = readKey(*m_sessionKeys, QStringLiteral("Beta"));
    QVERIFY(kept && kept->ok());

    m_sessionKeys->removeKey(QStringLiteral("Beta"), nullptr, [](const KeychainResult &) {});
    const auto gone = readKey(*m_sessionKeys, QStringLiteral("Beta"));
    QVERIFY(gone && !gone->ok());
    QVERIFY(!check(*d));  // Cancel
    QCOMPARE(asked.size(), 3);
    QCOMPARE(typedFor.size(), 1);
    QCOMPARE(d->messageText(), QStringLiteral("cancelled"));
}

void TstProfilesDialog::forgetRemovesSettingsAndKey()
{
    addProfile(QStringLiteral("Alpha"), m_sandbox.baseUrl(), m_sandbox.apiKey());
    addProfile(QStringLiteral("Beta"), m_sandbox.baseUrl(), "beta-key-0123456789");
    QVERIFY(writeKey(*m_sessionKeys, QStringLiteral("Alpha"), m_sandbox.apiKey()));
    m_profiles->setLastUsed(QStringLiteral("Alpha"));
    auto d = makeDialog();
    d->selectProfile(QStringLiteral("Alpha"));
    QSignalSpy forgotten(d.get(), &ProfilesDialog::profileForgotten);
    QSignalSpy finished(d.get(), &ProfilesDialog::forgetFinished);
    QTest::mouseClick(button(*d, "forgetButton"), Qt::LeftButton);
    QCOMPARE(m_confirmCalls, 1);
    QVERIFY(m_confirmText.contains(QStringLiteral("Alpha")));
    QCOMPARE(forgotten.count(), 1);
    QVERIFY(finished.count() == 1 || finished.wait(kWait));
    QCOMPARE(finished.constFirst().at(1).toBool(), true);
    QVERIFY(d->messageText().contains(QStringLiteral("removed its key")));

    const auto settings = readSettings();
    settings->beginGroup(QStringLiteral("profiles"));
    QCOMPARE(settings->childGroups(), QStringList{QStringLiteral("Beta")});
    settings->endGroup();
    QVERIFY(!settings->contains(QStringLiteral("lastProfile")));
    QVERIFY(settings->allKeys().filter(QStringLiteral("Alpha")).isEmpty());
    const auto key = readKey(*m_keychain, QStringLiteral("Alpha"));
    QVERIFY(key && key->status == KeychainResult::Status::NotFound);
    const auto session = readKey(*m_sessionKeys, QStringLiteral("Alpha"));
    QVERIFY(session && !session->ok());
    // The other profile keeps its key.
    const auto beta = readKey(*m_keychain, QStringLiteral("Beta"));
    QVERIFY(beta && beta->ok());
    QCOMPARE(d->findChild<QListWidget *>()->count(), 1);
}

void TstProfilesDialog::forgetCancelledChangesNothing()
{
    addProfile(QStringLiteral("Alpha"), m_sandbox.baseUrl(), m_sandbox.apiKey());
    auto d = makeDialog();
    d->selectProfile(QStringLiteral("Alpha"));
    m_confirmAnswer = false;
    QSignalSpy forgotten(d.get(), &ProfilesDialog::profileForgotten);
    d->forgetProfile();
    QCOMPARE(m_confirmCalls, 1);
    QVERIFY(forgotten.isEmpty());
    QVERIFY(m_profiles->contains(QStringLiteral("Alpha")));
    const auto key = readKey(*m_keychain, QStringLiteral("Alpha"));
    QVERIFY(key && key->ok());
}

void TstProfilesDialog::checkConnectionSucceeds()
{
    addProfile(QStringLiteral("Alpha"), m_sandbox.baseUrl(), m_sandbox.apiKey());
    auto d = makeDialog();
    d->selectProfile(QStringLiteral("Alpha"));
    QVERIFY2(check(*d), qPrintable(d->messageText()));
    QVERIFY2(d->messageText().contains(QStringLiteral("Alpha: connected")), qPrintable(d->messageText()));
    QVERIFY(d->messageText().contains(QStringLiteral("event type")));
    QVERIFY(button(*d, "checkButton")->isEnabled());
    QCOMPARE(m_confirmCalls, 0);  // loopback http needs no consent
}

void TstProfilesDialog::checkConnectionWrongKeySaysSo()
{
    addProfile(QStringLiteral("Alpha"), m_sandbox.baseUrl(), "not-the-key-0123456789");
    auto d = makeDialog();
    d->selectProfile(QStringLiteral("Alpha"));
    QVERIFY(!check(*d));
    QVERIFY2(d->messageText().contains(QStringLiteral("The API key was not accepted")), qPrintable(d->messageText()));
    QVERIFY(!d->messageText().contains(QStringLiteral("not-the-key")));  // never echoes the key
    QVERIFY(button(*d, "checkButton")->isEnabled());
}

void TstProfilesDialog::checkConnectionUnreachablePortSaysSo()
{
    quint16 port = 0;
    {
        QTcpServer probe;  // a free port, closed again: nothing listens there
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    addProfile(QStringLiteral("Alpha"), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), m_sandbox.apiKey());
    auto d = makeDialog();
    d->selectProfile(QStringLiteral("Alpha"));
    QVERIFY(!check(*d));
    QVERIFY2(d->messageText().contains(QStringLiteral("The server could not be reached")),
             qPrintable(d->messageText()));
}

void TstProfilesDialog::plainHttpToAnotherHostAsksOnceAndRemembers()
{
    const QString address = nonLoopbackAddress();
    WEBHOOK_REQUIRE(!address.isEmpty(), "This machine has no non-loopback IPv4 address.");
    SandboxProcess remote;
    QVERIFY2(remote.start({QStringLiteral("--host"), address}), qPrintable(remote.standardError()));
    const QUrl url(QStringLiteral("http://%1:%2").arg(address).arg(remote.baseUrl().port()));
    QVERIFY(ProfileStore::needsInsecureConsent(url));
    addProfile(QStringLiteral("Remote"), url, remote.apiKey());
    addProfile(QStringLiteral("Remote two"), url, remote.apiKey());
    auto d = makeDialog();
    d->selectProfile(QStringLiteral("Remote"));

    // Declined: nothing is checked, nothing remembered.
    m_confirmAnswer = false;
    QVERIFY(!check(*d));
    QCOMPARE(m_confirmCalls, 1);
    QVERIFY(m_confirmText.contains(url.toString()));
    QVERIFY(m_confirmText.contains(QStringLiteral("unencrypted")));
    QVERIFY2(d->messageText().contains(QStringLiteral("needs your consent")), qPrintable(d->messageText()));
    QCOMPARE(readSettings()->value(QStringLiteral("profiles/Remote/allowInsecureHttp")).toBool(), false);

    // Agreed: checked for real, and the answer is kept in the profile's settings.
    m_confirmAnswer = true;
    QVERIFY2(check(*d), qPrintable(d->messageText()));
    QCOMPARE(m_confirmCalls, 2);
    QCOMPARE(readSettings()->value(QStringLiteral("profiles/Remote/allowInsecureHttp")).toBool(), true);

    // Asked once per profile: not again for this one, but for another profile of the same server.
    QVERIFY2(check(*d), qPrintable(d->messageText()));
    QCOMPARE(m_confirmCalls, 2);
    d->selectProfile(QStringLiteral("Remote two"));
    m_confirmAnswer = false;
    QVERIFY(!check(*d));
    QCOMPARE(m_confirmCalls, 3);

    // A new address withdraws the consent: it was given for the old one.
    d->selectProfile(QStringLiteral("Remote"));
    d->editProfile();
    editorForm(*d)->urlEdit()->setText(url.toString() + QStringLiteral("/v2"));
    QSignalSpy edited(d.get(), &ProfilesDialog::profileEdited);
    QTest::mouseClick(editor(*d)->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(edited.count() == 1 || edited.wait(kWait));
    QCOMPARE(readSettings()->value(QStringLiteral("profiles/Remote/allowInsecureHttp")).toBool(), false);
}

void TstProfilesDialog::switchFromTheDialogConnectsTheWindowAfterConsent()
{
    const QString address = nonLoopbackAddress();
    WEBHOOK_REQUIRE(!address.isEmpty(), "This machine has no non-loopback IPv4 address.");
    SandboxProcess remote;
    QVERIFY2(remote.start({QStringLiteral("--host"), address}), qPrintable(remote.standardError()));
    const QUrl url(QStringLiteral("http://%1:%2").arg(address).arg(remote.baseUrl().port()));
    addProfile(QStringLiteral("Local"), m_sandbox.baseUrl(), m_sandbox.apiKey());
    addProfile(QStringLiteral("Remote"), url, remote.apiKey());

    QSettings ui(m_dir->filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    ConsoleServices services;
    services.clock = &m_clock;
    services.network = &m_network;
    services.profiles = m_profiles.get();
    services.keychain = m_keychain.get();
    services.sessionKeys = m_sessionKeys.get();
    services.settings = &ui;
    services.clipboard = QApplication::clipboard();
    auto w = std::make_unique<MainWindow>(services);
    QStringList asked;
    w->setConfirmHandler([&asked](QWidget *, const QString &title, const QString &, const QString &) {
        asked << title;
        return true;
    });
    w->show();
    auto switchTo = [&](const QString &name) {
        auto d = makeDialog(session(*w) ? session(*w)->profileName() : QString());
        connect(d.get(), &ProfilesDialog::switchRequested, w.get(), &MainWindow::connectProfile);
        d->selectProfile(name);
        const int before = subscriptionList(*w)->loadCount();
        QTest::mouseClick(button(*d, "switchButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(subscriptionList(*w)->loadCount() > before, kWait);
    };

    switchTo(QStringLiteral("Local"));
    QVERIFY(isConsoleShown(*w));
    QCOMPARE(session(*w)->profileName(), QStringLiteral("Local"));
    QVERIFY(asked.isEmpty());  // loopback

    switchTo(QStringLiteral("Remote"));
    QCOMPARE(session(*w)->profileName(), QStringLiteral("Remote"));
    QCOMPARE(session(*w)->baseUrl(), url);
    QCOMPARE(asked, QStringList{QStringLiteral("Unencrypted Connection")});
    QCOMPARE(readSettings()->value(QStringLiteral("profiles/Remote/allowInsecureHttp")).toBool(), true);

    switchTo(QStringLiteral("Local"));
    switchTo(QStringLiteral("Remote"));
    QCOMPARE(asked.size(), 1);  // remembered for this profile
    QCOMPARE(session(*w)->profileName(), QStringLiteral("Remote"));
}

QTEST_MAIN(TstProfilesDialog)
#include "tst_profilesdialog.moc"
