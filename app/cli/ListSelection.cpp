#include "cli/ListSelection.h"

#include <QCollator>
#include <QCommandLineParser>

#include <algorithm>

namespace {

struct ColumnName
{
    const char *name;
    ListSelection::SortColumn column;
};

constexpr ColumnName kColumns[] = {
    {"id", ListSelection::SortColumn::Id},
    {"url", ListSelection::SortColumn::Url},
    {"description", ListSelection::SortColumn::Description},
    {"enabled", ListSelection::SortColumn::Enabled},
    {"created", ListSelection::SortColumn::Created},
    {"health", ListSelection::SortColumn::Health},
};

// Three-way comparison where an invalid time (none) comes after every valid one.
int compareTimes(const QDateTime &a, const QDateTime &b)
{
    if (a.isValid() != b.isValid())
        return a.isValid() ? -1 : 1;
    if (!a.isValid() || a == b)
        return 0;
    return a < b ? -1 : 1;
}

}  // namespace

QStringList ListSelection::sortColumnNames()
{
    QStringList names;
    for (const ColumnName &c : kColumns)
        names << QString::fromLatin1(c.name);
    return names;
}

Result<ListSelection> ListSelection::fromParser(const QCommandLineParser &parser)
{
    ListSelection selection;
    const bool enabled = parser.isSet(QStringLiteral("enabled"));
    const bool disabled = parser.isSet(QStringLiteral("disabled"));
    if (enabled && disabled)
        return unexpected(tr("Give either --enabled or --disabled, not both."));
    if (enabled || disabled)
        selection.m_enabled = enabled;
    selection.m_failing = parser.isSet(QStringLiteral("failing"));
    if (parser.isSet(QStringLiteral("search")))
        selection.m_search = SubscriptionSearch(parser.value(QStringLiteral("search")));
    if (parser.isSet(QStringLiteral("sort"))) {
        QString name = parser.value(QStringLiteral("sort")).trimmed().toLower();
        selection.m_descending = name.startsWith(u'-');
        if (selection.m_descending)
            name.remove(0, 1);
        const auto known = std::find_if(std::cbegin(kColumns), std::cend(kColumns),
                                        [&name](const ColumnName &c) { return name == QLatin1String(c.name); });
        if (known == std::cend(kColumns)) {
            return unexpected(
                tr("--sort takes one of %1 (a leading - reverses the order), not \"%2\".")
                    .arg(sortColumnNames().join(QStringLiteral(", ")), parser.value(QStringLiteral("sort"))));
        }
        selection.m_sort = known->column;
    }
    return selection;
}

bool ListSelection::isIdentity() const
{
    return !m_enabled && !m_failing && m_search.isEmpty() && m_sort == SortColumn::None;
}

bool ListSelection::accepts(const Subscription &s) const
{
    if (m_enabled && s.enabled != *m_enabled)
        return false;
    if (m_failing && !(s.health && s.health->isFailing()))
        return false;
    return m_search.matches(s);
}

Result<SubscriptionList> ListSelection::apply(const SubscriptionList &all) const
{
    if (m_failing && !all.isEmpty()
        && std::none_of(all.cbegin(), all.cend(), [](const Subscription &s) { return s.health.has_value(); })) {
        return unexpected(tr("--failing needs the delivery health that the server reports with each subscription "
                             "(an extension; the vendor's documented API has none), and this server reports none."));
    }
    if (isIdentity())
        return all;
    SubscriptionList shown;
    for (const Subscription &s : all) {
        if (accepts(s))
            shown << s;
    }
    sort(shown);
    return shown;
}

void ListSelection::sort(SubscriptionList &list) const
{
    if (m_sort == SortColumn::None)
        return;
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    auto compare = [this, &collator](const Subscription &a, const Subscription &b) -> int {
        switch (m_sort) {
        case SortColumn::None:
            return 0;
        case SortColumn::Id:
            if (a.id.has_value() != b.id.has_value())
                return a.id ? -1 : 1;  // no id last
            return a.id == b.id ? 0 : (a.id < b.id ? -1 : 1);
        case SortColumn::Url:
            return collator.compare(a.url, b.url);
        case SortColumn::Description:
            return collator.compare(a.description.value_or(QString()), b.description.value_or(QString()));
        case SortColumn::Enabled:
            return a.enabled == b.enabled ? 0 : (a.enabled ? -1 : 1);  // enabled first
        case SortColumn::Created:
            return compareTimes(a.createdAt, b.createdAt);
        case SortColumn::Health: {
            // Most urgent first: failing, then retrying, then delivering, then no health reported.
            const int byUrgency = DeliverySummary::urgency(b.health) - DeliverySummary::urgency(a.health);
            if (byUrgency != 0 || !a.health || !b.health)
                return byUrgency;
            if (const int byGiveUp = compareTimes(a.health->givesUpAt, b.health->givesUpAt))
                return byGiveUp;
            return b.health->pendingRetries - a.health->pendingRetries;
        }
        }
        return 0;
    };
    std::stable_sort(list.begin(), list.end(), [this, &compare](const Subscription &a, const Subscription &b) {
        const int order = compare(a, b);
        return m_descending ? order > 0 : order < 0;
    });
}
