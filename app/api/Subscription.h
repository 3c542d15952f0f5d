#pragma once

#include "api/DeliverySummary.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A webhook subscription as the server describes it. The contract is loose: `id` may be null or
// missing (such a subscription is shown but cannot be edited), `description` may be null, a missing
// `enabled` means true, and `events` only comes when the server sends it (the list endpoint does not).
struct Subscription
{
    std::optional<qint64> id;
    QString url;
    std::optional<QString> description;
    bool enabled = true;
    QDateTime createdAt;  // UTC
    std::optional<QStringList> events;  // nullopt: unknown (not sent), empty: none
    std::optional<DeliverySummary> health;  // nullopt: the server has no delivery summary

    bool isEditable() const { return id.has_value(); }
    bool operator==(const Subscription &) const = default;
};
using SubscriptionList = QList<Subscription>;
