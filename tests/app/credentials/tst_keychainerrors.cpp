#include "credentials/KeychainStore.h"

#include <QTest>

#include <qt6keychain/keychain.h>

#include <memory>

// How KeychainStore tells a cancelled prompt, a missing keychain and other failures apart, from
// the error codes and texts QtKeychain 0.13.2 really reports (libsecret 0.20.5 and gnome-keyring
// 42, Debian 12; tst_keychainstore meets the first two for real). Each case finishes a real
// QtKeychain job with that error, as QtKeychain's backends do, and maps it.
class TstKeychainErrors : public QObject
{
    Q_OBJECT

    enum class Op { Read, Write, Remove };

    static KeychainResult finishedWith(Op op, QKeychain::Error error, const QString &text)
    {
        std::unique_ptr<QKeychain::Job> job;
        switch (op) {
        case Op::Read:
            job = std::make_unique<QKeychain::ReadPasswordJob>(QStringLiteral("webhook-console-test"));
            break;
        case Op::Write:
            job = std::make_unique<QKeychain::WritePasswordJob>(QStringLiteral("webhook-console-test"));
            break;
        case Op::Remove:
            job = std::make_unique<QKeychain::DeletePasswordJob>(QStringLiteral("webhook-console-test"));
            break;
        }
        job->setAutoDelete(false);
        job->emitFinishedWithError(error, text);
        return KeychainStore::resultOf(*job, QStringLiteral("Production"));
    }

private Q_SLOTS:
    void mapping_data()
    {
        QTest::addColumn<int>("op");
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("text");
        QTest::addColumn<KeychainResult::Status>("status");
        QTest::addColumn<QString>("messagePart");

        const auto read = int(Op::Read);
        const auto write = int(Op::Write);
        const auto remove = int(Op::Remove);
        QTest::newRow("store, prompt to create the keyring dismissed")
            << write << int(QKeychain::OtherError)
            << QStringLiteral("Object does not exist at path “/org/freedesktop/secrets/collection/login”")
            << KeychainResult::Status::Cancelled << QStringLiteral("was not stored");
        QTest::newRow("store, unlock prompt dismissed")
            << write << int(QKeychain::AccessDenied) << QStringLiteral("Cannot create an item in a locked collection")
            << KeychainResult::Status::Cancelled << QStringLiteral("was not stored");
        QTest::newRow("read, locked object after a dismissed prompt")
            << read << int(QKeychain::AccessDenied) << QStringLiteral("Cannot get secret of a locked object")
            << KeychainResult::Status::Cancelled << QStringLiteral("was not read");
        QTest::newRow("prompt object gone")
            << write << int(QKeychain::OtherError)
            << QStringLiteral("Object does not exist at path “/org/freedesktop/secrets/prompt/u3”")
            << KeychainResult::Status::Cancelled << QStringLiteral("prompt was cancelled");
        QTest::newRow("denied by the user")
            << remove << int(QKeychain::AccessDeniedByUser) << QStringLiteral("User canceled the operation.")
            << KeychainResult::Status::Cancelled << QStringLiteral("was not removed");
        // A dismissed unlock prompt on reading ends like a missing entry: it cannot be told apart.
        QTest::newRow("read, entry not found")
            << read << int(QKeychain::EntryNotFound) << QStringLiteral("Entry not found")
            << KeychainResult::Status::NotFound << QStringLiteral("holds no API key");
        QTest::newRow("no session bus") << read << int(QKeychain::OtherError)
                                        << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")
                                        << KeychainResult::Status::Unavailable
                                        << QStringLiteral("No keychain is available");
        QTest::newRow("no Secret Service")
            << write << int(QKeychain::OtherError)
            << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files")
            << KeychainResult::Status::Unavailable << QStringLiteral("No keychain is available");
        QTest::newRow("KWallet refused") << read << int(QKeychain::AccessDenied)
                                         << QStringLiteral("Access to keychain denied")
                                         << KeychainResult::Status::Unavailable << QStringLiteral("was refused");
        QTest::newRow("no backend") << write << int(QKeychain::NoBackendAvailable)
                                    << QStringLiteral("No keychain service available")
                                    << KeychainResult::Status::Unavailable
                                    << QStringLiteral("No keychain is available");
        QTest::newRow("could not delete")
            << remove << int(QKeychain::CouldNotDeleteEntry) << QStringLiteral("Could not delete the entry")
            << KeychainResult::Status::Failed << QStringLiteral("could not delete");
        QTest::newRow("other failure") << write << int(QKeychain::OtherError) << QStringLiteral("Unknown error")
                                       << KeychainResult::Status::Failed << QStringLiteral("keychain failed");
    }

    void mapping()
    {
        QFETCH(int, op);
        QFETCH(int, error);
        QFETCH(QString, text);
        QFETCH(KeychainResult::Status, status);
        QFETCH(QString, messagePart);
        const KeychainResult r = finishedWith(Op(op), QKeychain::Error(error), text);
        QCOMPARE(r.status, status);
        QVERIFY2(r.message.contains(messagePart), qPrintable(r.message));
        // The backend's text is the detail, kept out of the plain message.
        QCOMPARE(r.detail, text);
        QVERIFY2(!r.message.contains(text), qPrintable(r.message));
        QVERIFY(r.secret.isEmpty());
        QCOMPARE(r.detailLine(), QStringLiteral("\nDetails: ") + text);
    }

    void successHasNoMessage()
    {
        QKeychain::ReadPasswordJob job(QStringLiteral("webhook-console-test"));
        job.setAutoDelete(false);
        const KeychainResult r = KeychainStore::resultOf(job, QStringLiteral("Production"));
        QVERIFY(r.ok());
        QVERIFY(r.message.isEmpty());
        QVERIFY(r.detail.isEmpty());
        QVERIFY(r.detailLine().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstKeychainErrors)
#include "tst_keychainerrors.moc"
