#pragma once

#include "common/RateLimitPolicy.h"

#include <QString>
#include <QStringList>
#include <QUrl>

// A connection profile: where the server is and how fast it may be called. The API key is not part
// of it: it lives in the keychain under the profile's name (see credentials/KeychainStore).
struct Profile
{
    QString name;
    QUrl baseUrl;  // e.g. https://api.example.com (the /api/v1/... paths are added)
    qint64 rateWindowMs = 0;  // 0: the documented minute
    QStringList rateLimitSpecs;  // "PATCH /api/v1/webhooks/{id}=100/1m", see RateLimitPolicy
    bool allowInsecureHttp = false;  // the user agreed to plain http:// to a non-loopback host

    // The documented policy with this profile's overrides applied (specs were validated on save;
    // any that no longer parse are skipped).
    RateLimitPolicy rateLimitPolicy() const;

    bool operator==(const Profile &) const = default;
};
