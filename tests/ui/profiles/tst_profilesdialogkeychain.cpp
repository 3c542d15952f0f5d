// The profiles dialog with the real keychain: runs inside a throwaway D-Bus session with an unlocked
// gnome-keyring and a fresh HOME (tests/with-keyring.sh, KEYRING in this folder's CMakeLists), and
// checks against a real webhook-sandbox that an edited key lands in the keychain and nowhere else,
// that a rename moves the keychain entry, and that forgetting a profile removes its entry.

#include "kit/Require.h"
#include "kit/SandboxProcess.h"
#include "kit/DialogParts.h"

#include "common/SystemClock.h"
#include "credentials/KeychainStore.h"
#include "profiles/ProfileStore.h"
#include "ui/ProfileForm.h"
#include "ui/ProfilesDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

namespace {
constexpr int kWait = 30'000;  // generous: the machine is shared and loaded

std::optional<KeychainResult> waitFor(const std::function<void(QObject *, CredentialStore::Callback)> &start)
{
    std::optional<KeychainResult> result;
    QObject context;
    start(&context, [&result](const KeychainResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kWait))
        return std::nullopt;
    return result;
}
}  // namespace

using namespace DialogParts;

class TstProfilesDialogKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void changedKeyLandsInTheKeychainOnly();
    void renameMovesTheKeychainEntry();
    void forgetRemovesTheKeychainEntry();

private:
    std::unique_ptr<ProfilesDialog> makeDialog();
    void addProfile(const QString &name, const QByteArray &key);
    std::optional<KeychainResult> read(const QString &name);
    bool save(ProfilesDialog &d);
    // Every file under the test HOME and the settings folder, searched for the key in clear text
    // or base64. Returns the first file that holds it, or an empty string.
    QString fileHolding(const QByteArray &key, int *scanned) const;

    QString m_home;
    SandboxProcess m_sandbox;
    SystemClock m_clock;
    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    // A service of its own, so that no real profile's entry is ever met.
    KeychainStore m_keychain{QStringLiteral("webhook-console-profiles-test")};
};

void TstProfilesDialogKeychain::initTestCase()
{
    m_home = QString::fromLocal8Bit(qgetenv("WEBHOOK_TEST_HOME"));
    WEBHOOK_REQUIRE(!m_home.isEmpty(), "needs tests/with-keyring.sh (WEBHOOK_TEST_HOME): never touches a real keyring");
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.standardError()));
}

void TstProfilesDialogKeychain::init()
{
    // The settings live under the throwaway HOME, where the key scan looks.
    m_dir = std::make_unique<QTemporaryDir>(QDir(m_home).filePath(QStringLiteral("settings-XXXXXX")));
    QVERIFY(m_dir->isValid());
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.ini")));
}

void TstProfilesDialogKeychain::cleanup()
{
    for (const QString &name : {QStringLiteral("Alpha"), QStringLiteral("Beta")})
        waitFor([&](QObject *c, CredentialStore::Callback cb) { m_keychain.removeKey(name, c, cb); });
    m_profiles.reset();
    m_dir.reset();
}

std::unique_ptr<ProfilesDialog> TstProfilesDialogKeychain::makeDialog()
{
    ConsoleServices services;
    services.clock = &m_clock;
    services.network = &m_network;
    services.profiles = m_profiles.get();
    services.keychain = &m_keychain;
    auto d = std::make_unique<ProfilesDialog>(services, QString());
    d->setConfirmHandler([](QWidget *, const QString &, const QString &, const QString &) { return true; });
    d->show();
    return d;
}

void TstProfilesDialogKeychain::addProfile(const QString &name, const QByteArray &key)
{
    Profile p;
    p.name = name;
    p.baseUrl = m_sandbox.baseUrl();
    QString error;
    QVERIFY2(m_profiles->save(p, &error), qPrintable(error));
    const auto w = waitFor([&](QObject *c, CredentialStore::Callback cb) { m_keychain.writeKey(name, key, c, cb); });
    QVERIFY(w);
    QVERIFY2(w->ok(), qPrintable(w->message));
}

std::optional<KeychainResult> TstProfilesDialogKeychain::read(const QString &name)
{
    return waitFor([&](QObject *c, CredentialStore::Callback cb) { m_keychain.readKey(name, c, cb); });
}

bool TstProfilesDialogKeychain::save(ProfilesDialog &d)
{
    QSignalSpy edited(&d, &ProfilesDialog::profileEdited);
    QTest::mouseClick(editor(d)->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    return edited.count() == 1 || edited.wait(kWait);
}

QString TstProfilesDialogKeychain::fileHolding(const QByteArray &key, int *scanned) const
{
    QDirIterator it(m_home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++*scanned;
        const QByteArray content = file.readAll();
        if (content.contains(key) || content.contains(key.toBase64()))
            return path;
    }
    return {};
}

void TstProfilesDialogKeychain::changedKeyLandsInTheKeychainOnly()
{
    addProfile(QStringLiteral("Alpha"), "old-key-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    auto d = makeDialog();
    d->selectProfile(QStringLiteral("Alpha"));
    d->editProfile();
    QVERIFY(editorForm(*d));
    editorForm(*d)->keyEdit()->setText(QString::fromLatin1(m_sandbox.apiKey()));
    QVERIFY(save(*d));
    QVERIFY2(d->messageText().contains(QStringLiteral("stored in the keychain")), qPrintable(d->messageText()));

    const auto stored = read(QStringLiteral("Alpha"));
    QVERIFY(stored);
    QVERIFY2(stored->ok(), qPrintable(stored->message));
    QCOMPARE(stored->secret, m_sandbox.apiKey());
    int scanned = 0;
    const QString holder = fileHolding(m_sandbox.apiKey(), &scanned);
    QVERIFY2(holder.isEmpty(), qPrintable(QStringLiteral("the key is in ") + holder));
    QVERIFY(scanned >= 2);  // at least the settings file and the (encrypted) keyring

    // The console uses it from there: "Check connection" reads the keychain.
    QSignalSpy checked(d.get(), &ProfilesDialog::connectionChecked);
    d->checkConnection();
    QVERIFY(checked.wait(kWait));
    QVERIFY2(checked.constFirst().at(1).toBool(), qPrintable(d->messageText()));
}

void TstProfilesDialogKeychain::renameMovesTheKeychainEntry()
{
    const QByteArray key = "key-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    addProfile(QStringLiteral("Alpha"), key);
    auto d = makeDialog();
    d->selectProfile(QStringLiteral("Alpha"));
    d->editProfile();
    editorForm(*d)->nameEdit()->setText(QStringLiteral("Beta"));
    QVERIFY(save(*d));
    const auto moved = read(QStringLiteral("Beta"));
    QVERIFY(moved && moved->ok());
    QCOMPARE(moved->secret, key);
    QTRY_VERIFY_WITH_TIMEOUT(read(QStringLiteral("Alpha"))->status == KeychainResult::Status::NotFound, kWait);
    QCOMPARE(m_profiles->names(), QStringList{QStringLiteral("Beta")});
}

void TstProfilesDialogKeychain::forgetRemovesTheKeychainEntry()
{
    addProfile(QStringLiteral("Alpha"), m_sandbox.apiKey());
    auto d = makeDialog();
    d->selectProfile(QStringLiteral("Alpha"));
    QSignalSpy finished(d.get(), &ProfilesDialog::forgetFinished);
    d->forgetProfile();
    QVERIFY(finished.count() == 1 || finished.wait(kWait));
    QVERIFY2(finished.constFirst().at(1).toBool(), qPrintable(d->messageText()));
    const auto gone = read(QStringLiteral("Alpha"));
    QVERIFY(gone);
    QVERIFY2(gone->status == KeychainResult::Status::NotFound, qPrintable(gone->message));
    QSettings settings(m_profiles->fileName(), QSettings::IniFormat);
    QVERIFY(settings.allKeys().filter(QStringLiteral("Alpha")).isEmpty());
}

QTEST_MAIN(TstProfilesDialogKeychain)
#include "tst_profilesdialogkeychain.moc"
