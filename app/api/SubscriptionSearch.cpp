#include "api/SubscriptionSearch.h"

#include <algorithm>

SubscriptionSearch::SubscriptionSearch(const QString &typed)
    : m_needle(typed.trimmed().toLower())
    , m_needleIsDigits(!m_needle.isEmpty()
                       && std::all_of(m_needle.cbegin(), m_needle.cend(), [](QChar c) { return c.isDigit(); }))
{ }

bool SubscriptionSearch::matches(const Subscription &subscription) const
{
    if (isEmpty())
        return true;
    return matchesLowered(subscription.url.toLower(), subscription.description.value_or(QString()).toLower(),
                          subscription.id);
}

bool SubscriptionSearch::matchesLowered(const QString &lowerUrl, const QString &lowerDescription,
                                        std::optional<qint64> id) const
{
    if (isEmpty())
        return true;
    if (lowerUrl.contains(m_needle) || lowerDescription.contains(m_needle))
        return true;
    return m_needleIsDigits && id && QString::number(*id).contains(m_needle);
}
