#pragma once

#include "credentials/CredentialStore.h"

#include <QHash>

// Keys held in memory only, for "use the key for this session only" when no keychain is available,
// and for the demo. Nothing is written anywhere; everything is gone when the program ends.
class MemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;

    void readKey(const QString &profile, QObject *context, Callback done) override;
    void writeKey(const QString &profile, const QByteArray &key, QObject *context, Callback done) override;
    void removeKey(const QString &profile, QObject *context, Callback done) override;

private:
    // Answers on the next event-loop turn, like the real keychain does.
    void answer(QObject *context, Callback done, KeychainResult result);

    QHash<QString, QByteArray> m_keys;
};
