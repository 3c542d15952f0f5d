#pragma once

#include "api/ApiError.h"
#include "api/SubscriptionDraft.h"
#include "api/SubscriptionPatch.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// Checks what the client is about to send against the documented limits, so that a person sees
// the problem before a request is spent: `url` an absolute http(s) URI of 1..2083 characters,
// `description` at most 1000 characters, `events` only known event types (when the types are known).
class RequestValidator
{
public:
    static constexpr int MaxUrlLength = 2083;
    static constexpr int MaxDescriptionLength = 1000;

    // Empty list: types unknown, events are not checked (beyond being non-empty strings).
    void setKnownEventTypes(const QStringList &types);
    QStringList knownEventTypes() const;

    // ApiError::Kind::None when fine, else InvalidInput with fieldErrors.
    ApiError validateDraft(const SubscriptionDraft &draft) const;
    ApiError validatePatch(const SubscriptionPatch &patch) const;

    // Single checks: nullopt when fine, else a translated message.
    static std::optional<QString> checkUrl(const QString &url);
    static std::optional<QString> checkDescription(const QString &description);
    std::optional<QString> checkEvents(const QStringList &events) const;

private:
    QSet<QString> m_known;
};
