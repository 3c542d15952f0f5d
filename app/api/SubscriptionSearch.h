#pragma once

#include "api/Subscription.h"

#include <QString>

#include <optional>

// The search rule that the console's search field and `webhookctl list --search` share: the text
// as typed is trimmed and lower-cased, and a subscription matches when it is part of its URL or
// description (case-insensitive), or, when the text is all digits, part of its id.
class SubscriptionSearch
{
public:
    SubscriptionSearch() = default;
    explicit SubscriptionSearch(const QString &typed);

    bool isEmpty() const { return m_needle.isEmpty(); }
    const QString &needle() const { return m_needle; }  // trimmed, lower-cased
    bool operator==(const SubscriptionSearch &other) const { return m_needle == other.m_needle; }

    bool matches(const Subscription &subscription) const;
    // The same rule over keys lower-cased beforehand (the console builds them once per row, so
    // that a keystroke allocates nothing per row).
    bool matchesLowered(const QString &lowerUrl, const QString &lowerDescription, std::optional<qint64> id) const;

private:
    QString m_needle;
    bool m_needleIsDigits = false;
};
