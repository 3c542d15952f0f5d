#include "credentials/KeychainStore.h"

#include <QCoreApplication>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace {

// What QtKeychain 0.13.2 reports for a dismissed prompt of the keyring, as seen with libsecret
// 0.20.5 and gnome-keyring 42 (Debian 12) under dbus-monitor. The Secret Service ends a dismissed
// prompt with Completed(dismissed = true); libsecret treats that as "no result" rather than as an
// error (secret_prompt_perform_finish() returns NULL for a dismissed prompt, by its contract), so
// the failure surfaces in the step after the prompt:
//  - storing into a locked keyring whose unlock prompt was dismissed: AccessDenied (libsecret's
//    SECRET_ERROR_IS_LOCKED), "Cannot create an item in a locked collection";
//  - storing with no login keyring yet, whose prompt to create one was dismissed: OtherError,
//    "Object does not exist at path “/org/freedesktop/secrets/collection/login”";
//  - AccessDeniedByUser, which other backends (KWallet, macOS) use for a refused prompt.
// Reading from a locked keyring whose unlock prompt was dismissed finds nothing: the lookup ends
// without an error, as for a missing entry, and QtKeychain says EntryNotFound ("Entry not found").
// That cannot be told from a profile without a key, so it stays NotFound.
// gnome-keyring dismisses a prompt it cannot show (no display for its prompter) the same way, so
// "cancelled" here also covers a prompt that never appeared.
bool looksCancelled(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::AccessDeniedByUser:
        return true;
    case QKeychain::AccessDenied:
        return detail.contains(QLatin1String("locked"));
    case QKeychain::OtherError:
        return detail.contains(QLatin1String("Object does not exist at path"))
            && (detail.contains(QLatin1String("/org/freedesktop/secrets/collection/"))
                || detail.contains(QLatin1String("/org/freedesktop/secrets/prompt/")));
    default:
        return false;
    }
}

// QtKeychain reports a missing D-Bus session, a missing Secret Service or a locked collection as
// OtherError with the backend's text; these fragments tell them from real failures.
bool looksUnavailable(const QString &detail)
{
    static const char *const fragments[] = {
        "D-Bus",
        "DBus",
        "dbus",
        "autolaunch",
        "org.freedesktop.secrets",
        "Could not connect",
        "Object does not exist",
        "collection",
        "locked",
        "No such interface",
        "ServiceUnknown",
        "not provided by any",
        "Secret Service",
        "secret service",
        "kwallet",
        "KWallet",
    };
    for (const char *fragment : fragments) {
        if (detail.contains(QLatin1String(fragment)))
            return true;
    }
    return false;
}

}  // namespace

QString KeychainStore::defaultService()
{
    return QStringLiteral("webhook-console");
}

KeychainStore::KeychainStore(QObject *parent)
    : KeychainStore(defaultService(), parent)
{ }

KeychainStore::KeychainStore(const QString &service, QObject *parent)
    : CredentialStore(parent)
    , m_service(service)
{ }

void KeychainStore::readKey(const QString &profile, QObject *context, Callback done)
{
    run(new QKeychain::ReadPasswordJob(m_service, this), profile, context, std::move(done));
}

void KeychainStore::writeKey(const QString &profile, const QByteArray &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setBinaryData(key);
    run(job, profile, context, std::move(done));
}

void KeychainStore::removeKey(const QString &profile, QObject *context, Callback done)
{
    run(new QKeychain::DeletePasswordJob(m_service, this), profile, context, std::move(done));
}

void KeychainStore::run(QKeychain::Job *job, const QString &profile, QObject *context, Callback done)
{
    // Never a plain-text fallback: without a keychain the job must fail, not write a file.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(profile);
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    connect(job, &QKeychain::Job::finished, this,
            [guard, hasContext, profile, done = std::move(done)](QKeychain::Job *finished) {
                if (hasContext && !guard)
                    return;
                KeychainResult result = resultOf(*finished, profile);
                if (result.ok()) {
                    if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                        result.secret = read->binaryData();
                }
                done(result);
            });
    job->start();
}

KeychainResult KeychainStore::resultOf(const QKeychain::Job &job, const QString &profile)
{
    KeychainResult result;
    const QKeychain::Error error = job.error();
    if (error == QKeychain::NoError)
        return result;
    // The backend's text goes to the detail only: it is technical (D-Bus paths, library wording).
    result.detail = job.errorString();
    if (looksCancelled(error, result.detail)) {
        result.status = KeychainResult::Status::Cancelled;
        if (qobject_cast<const QKeychain::ReadPasswordJob *>(&job))
            result.message = tr("The keyring's prompt was cancelled or could not be shown, so the API key of \"%1\" "
                                "was not read.")
                                 .arg(profile);
        else if (qobject_cast<const QKeychain::DeletePasswordJob *>(&job))
            result.message = tr("The keyring's prompt was cancelled or could not be shown, so the API key of \"%1\" "
                                "was not removed.")
                                 .arg(profile);
        else
            result.message = tr("The keyring's prompt was cancelled or could not be shown, so the API key of \"%1\" "
                                "was not stored.")
                                 .arg(profile);
        return result;
    }
    switch (error) {
    case QKeychain::NoError:
        break;
    case QKeychain::EntryNotFound:
        result.status = KeychainResult::Status::NotFound;
        result.message = tr("The keychain holds no API key for the profile \"%1\". If your keychain "
                            "is locked, unlock it and try again.")
                             .arg(profile);
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = KeychainResult::Status::Unavailable;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = KeychainResult::Status::Unavailable;
        result.message = tr("Access to the keychain was refused, so the API key of \"%1\" could not "
                            "be used. Unlock the keychain or allow access, then try again.")
                             .arg(profile);
        return result;
    case QKeychain::CouldNotDeleteEntry:
        result.status = KeychainResult::Status::Failed;
        result.message = tr("The keychain could not delete the API key of \"%1\".").arg(profile);
        return result;
    case QKeychain::OtherError:
        result.status =
            looksUnavailable(result.detail) ? KeychainResult::Status::Unavailable : KeychainResult::Status::Failed;
        break;
    }
    if (result.status == KeychainResult::Status::Unavailable) {
        result.message = tr("No keychain is available (the system's Secret Service, such as GNOME "
                            "Keyring or KWallet, is not running, not reachable over D-Bus, or "
                            "locked). API keys are only kept in a keychain, so nothing was stored "
                            "or read.");
    } else {
        result.message = tr("The keychain failed for the profile \"%1\".").arg(profile);
    }
    return result;
}
