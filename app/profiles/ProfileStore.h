#pragma once

#include "profiles/Profile.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class QSettings;

// Connection profiles shared by webhook-console and webhookctl, kept in QSettings (never the API
// key: that is the keychain's). Layout: profiles/<name>/{baseUrl, rateWindow, rateLimits,
// allowInsecureHttp} and lastProfile.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    // The settings both programs share: organisation "webhook-console", application "profiles".
    explicit ProfileStore(QObject *parent = nullptr);
    // Tests (and --config) use an INI file of their own.
    explicit ProfileStore(const QString &iniFilePath, QObject *parent = nullptr);
    // Uses the given settings without owning them.
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);
    ~ProfileStore() override;

    QString fileName() const;

    QStringList names() const;  // sorted, case-insensitive
    bool contains(const QString &name) const;
    std::optional<Profile> profile(const QString &name) const;

    // Validates and stores (adds or replaces). On failure returns false with a plain-language
    // *error and changes nothing.
    bool save(const Profile &profile, QString *error);
    // Returns false when there was no such profile.
    bool remove(const QString &name);

    QString lastUsed() const;  // empty when none, or when that profile is gone
    void setLastUsed(const QString &name);

    // Checks shared by the CLI and the dialogs. Each returns false with a plain-language *error.
    static bool validateName(const QString &name, QString *error);
    static bool validateBaseUrl(const QUrl &url, QString *error);
    // Parses what a user typed ("http://127.0.0.1:8080", "https://api.example.com/") into a
    // base URL; on failure returns an invalid QUrl and sets *error.
    static QUrl parseBaseUrl(const QString &text, QString *error);
    // Validates window and overrides of a profile the way RateLimitPolicy reads them.
    static bool validateRateLimits(const Profile &profile, QString *error);

    static bool isLoopback(const QUrl &url);
    // Plain http:// to a host other than loopback: needs the user's explicit consent.
    static bool needsInsecureConsent(const QUrl &url);

Q_SIGNALS:
    void profilesChanged();

private:
    static QString groupOf(const QString &name);

    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings = nullptr;
};
