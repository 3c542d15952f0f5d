#pragma once

#include "credentials/CredentialStore.h"

namespace QKeychain {
class Job;
}

// The API keys of profiles in the operating system's keychain (Secret Service on Linux) through
// QtKeychain: service "webhook-console", one entry per profile name. The insecure fallback stays
// off, so with no keychain the operation fails with Status::Unavailable and nothing is written
// anywhere else.
class KeychainStore final : public CredentialStore
{
    Q_OBJECT
public:
    static QString defaultService();

    explicit KeychainStore(QObject *parent = nullptr);
    // Tests use their own service name so that they never meet a real profile's entry.
    explicit KeychainStore(const QString &service, QObject *parent = nullptr);

    QString service() const { return m_service; }

    void readKey(const QString &profile, QObject *context, Callback done) override;
    void writeKey(const QString &profile, const QByteArray &key, QObject *context, Callback done) override;
    void removeKey(const QString &profile, QObject *context, Callback done) override;

    // Maps a finished job's error to a status, a plain-language message and the backend's text as
    // the detail (public for tests, which finish real jobs with the errors QtKeychain reports).
    static KeychainResult resultOf(const QKeychain::Job &job, const QString &profile);

private:
    void run(QKeychain::Job *job, const QString &profile, QObject *context, Callback done);

    QString m_service;
};
