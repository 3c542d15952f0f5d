#include "credentials/KeychainStore.h"

#include <QCoreApplication>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace {

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
    const QString detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = KeychainResult::Status::Ok;
        return result;
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
        result.message = tr("The keychain could not delete the API key of \"%1\" (%2).").arg(profile, detail);
        return result;
    case QKeychain::OtherError:
        result.status = looksUnavailable(detail) ? KeychainResult::Status::Unavailable : KeychainResult::Status::Failed;
        break;
    }
    if (result.status == KeychainResult::Status::Unavailable) {
        result.message = tr("No keychain is available (the system's Secret Service, such as GNOME "
                            "Keyring or KWallet, is not running, not reachable over D-Bus, or "
                            "locked). API keys are only kept in a keychain, so nothing was stored "
                            "or read. Details: %1")
                             .arg(detail);
    } else {
        result.message = tr("The keychain failed for the profile \"%1\": %2").arg(profile, detail);
    }
    return result;
}
