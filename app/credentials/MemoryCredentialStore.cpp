#include "credentials/MemoryCredentialStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

void MemoryCredentialStore::readKey(const QString &profile, QObject *context, Callback done)
{
    KeychainResult result;
    const auto it = m_keys.constFind(profile);
    if (it == m_keys.constEnd()) {
        result.status = KeychainResult::Status::NotFound;
        result.message = QCoreApplication::translate("MemoryCredentialStore",
                                                     "No API key is held for the profile \"%1\" in this session.")
                             .arg(profile);
    } else {
        result.secret = *it;
    }
    answer(context, std::move(done), result);
}

void MemoryCredentialStore::writeKey(const QString &profile, const QByteArray &key, QObject *context, Callback done)
{
    m_keys.insert(profile, key);
    answer(context, std::move(done), KeychainResult{});
}

void MemoryCredentialStore::removeKey(const QString &profile, QObject *context, Callback done)
{
    // Like the Secret Service: removing what is not there is not an error.
    m_keys.remove(profile);
    answer(context, std::move(done), KeychainResult{});
}

void MemoryCredentialStore::answer(QObject *context, Callback done, KeychainResult result)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QTimer::singleShot(0, this, [guard, hasContext, done = std::move(done), result] {
        if (!hasContext || guard)
            done(result);
    });
}
