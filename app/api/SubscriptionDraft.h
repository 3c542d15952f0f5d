#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The body of POST /api/v1/webhooks/: url (required), description (optional) and, as a sandbox
// extension, events.
struct SubscriptionDraft
{
    QString url;
    std::optional<QString> description;
    std::optional<QStringList> events;
};
