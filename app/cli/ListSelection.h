#pragma once

#include "api/Subscription.h"
#include "api/SubscriptionSearch.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

// What `webhookctl list` shows of the server's list: the console's quick filters (--enabled,
// --disabled, --failing), its search (--search, the same rule) and an order (--sort COLUMN, or
// -COLUMN for the reverse). The filters compose: --enabled --failing lists the enabled failing ones.
class ListSelection
{
    Q_DECLARE_TR_FUNCTIONS(ListSelection)
public:
    enum class SortColumn { None, Id, Url, Description, Enabled, Created, Health };

    // The names --sort takes, for help and shell completion.
    static QStringList sortColumnNames();
    // Reads list's options; a contradiction (--enabled with --disabled) or an unknown column is a
    // plain-language error.
    static Result<ListSelection> fromParser(const QCommandLineParser &parser);

    bool isIdentity() const;  // no filter, no search, no order: the list as the server sent it
    bool failingOnly() const { return m_failing; }

    // The matching subscriptions in the chosen order (ties keep the server's order). --failing on a
    // non-empty list without any health (the vendor's API has none) is an error, not an empty list.
    Result<SubscriptionList> apply(const SubscriptionList &all) const;

private:
    bool accepts(const Subscription &subscription) const;
    void sort(SubscriptionList &list) const;

    std::optional<bool> m_enabled;  // nullopt: either
    bool m_failing = false;
    SubscriptionSearch m_search;
    SortColumn m_sort = SortColumn::None;
    bool m_descending = false;
};
