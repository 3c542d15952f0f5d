#include "models/ActivityFilterProxyModel.h"

#include "models/ActivityTableModel.h"

ActivityFilterProxyModel::ActivityFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ActivityTableModel::SeqRole);
    setDynamicSortFilter(true);
    sort(0, Qt::DescendingOrder);  // newest first, in journal order
}

void ActivityFilterProxyModel::setSearch(const QString &text)
{
    const QString search = text.trimmed().toLower();
    bool isId = false;
    const qint64 id = search.toLongLong(&isId);
    const std::optional<qint64> searchId = isId && !search.startsWith(u'-') ? std::optional(id) : std::nullopt;
    if (search == m_search && searchId == m_searchId)
        return;
    m_search = search;
    m_searchId = searchId;
    invalidateRowsFilter();
}

void ActivityFilterProxyModel::setSubscription(std::optional<qint64> id)
{
    if (id == m_subscription && !m_nothing)
        return;
    m_subscription = id;
    m_nothing = false;
    invalidateRowsFilter();
}

void ActivityFilterProxyModel::setNothing()
{
    if (m_nothing)
        return;
    m_nothing = true;
    invalidateRowsFilter();
}

bool ActivityFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_nothing)
        return false;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QVariant id = index.data(ActivityTableModel::SubscriptionIdRole);
    if (m_subscription && (!id.isValid() || id.toLongLong() != *m_subscription))
        return false;
    if (m_search.isEmpty())
        return true;
    if (m_searchId)
        return id.isValid() && id.toLongLong() == *m_searchId;
    return index.data(ActivityTableModel::SearchRole).toString().contains(m_search);
}
