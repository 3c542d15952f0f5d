#pragma once

// A keychain whose next operations fail with a chosen result (a dismissed prompt, no keychain) and
// which otherwise keeps keys in memory, counting every call. The real faults are met through
// QtKeychain and gnome-keyring in tests/app/credentials; the windows' tests use this double
// because there the fault has to come and go on cue (Try Again must be able to succeed), which a
// headless keyring, dismissing every prompt it cannot show, never does.

#include "credentials/CredentialStore.h"

#include <QHash>
#include <QMetaObject>

// No Q_OBJECT: it adds no signals or slots.
class FaultyCredentialStore final : public CredentialStore
{
public:
    using CredentialStore::CredentialStore;

    // The next `count` operations fail with this status, message and detail (count < 0: all).
    void failNext(int count, KeychainResult::Status status, const QString &message, const QString &detail = {})
    {
        m_failuresLeft = count;
        m_failure = KeychainResult{};
        m_failure.status = status;
        m_failure.message = message;
        m_failure.detail = detail;
    }

    void readKey(const QString &profile, QObject *context, Callback done) override
    {
        ++reads;
        KeychainResult r;
        if (!takeFailure(&r)) {
            if (keys.contains(profile))
                r.secret = keys.value(profile);
            else
                r.status = KeychainResult::Status::NotFound;
        }
        answer(context, std::move(done), r);
    }
    void writeKey(const QString &profile, const QByteArray &key, QObject *context, Callback done) override
    {
        ++writes;
        KeychainResult r;
        if (!takeFailure(&r))
            keys.insert(profile, key);
        answer(context, std::move(done), r);
    }
    void removeKey(const QString &profile, QObject *context, Callback done) override
    {
        ++removes;
        KeychainResult r;
        if (!takeFailure(&r))
            keys.remove(profile);
        answer(context, std::move(done), r);
    }

    QHash<QString, QByteArray> keys;  // what was stored successfully
    int reads = 0;
    int writes = 0;
    int removes = 0;

private:
    bool takeFailure(KeychainResult *result)
    {
        if (m_failuresLeft == 0)
            return false;
        if (m_failuresLeft > 0)
            --m_failuresLeft;
        *result = m_failure;
        return true;
    }
    // Answers on a later event-loop turn, like the real keychain.
    void answer(QObject *context, Callback done, const KeychainResult &result)
    {
        QMetaObject::invokeMethod(
            context ? context : this, [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
    }

    int m_failuresLeft = 0;
    KeychainResult m_failure;
};
