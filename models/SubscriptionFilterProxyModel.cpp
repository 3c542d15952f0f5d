#include "SubscriptionFilterProxyModel.h"

#include "SubscriptionTableModel.h"

#include <algorithm>
#include <numeric>

SubscriptionFilterProxyModel::SubscriptionFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SubscriptionTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void SubscriptionFilterProxyModel::setSourceModel(QAbstractItemModel *source)
{
    for (const auto &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    m_subscriptions = qobject_cast<SubscriptionTableModel *>(source);
    invalidateRanks();
    if (source) {
        // Connected before the base class connects its own handlers, so the rank cache is
        // marked stale before the base re-sorts with it.
        const auto stale = [this] { invalidateRanks(); };
        m_sourceConnections << connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this, stale)
                            << connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this, stale)
                            << connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this, stale)
                            << connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, stale)
                            << connect(source, &QAbstractItemModel::modelAboutToBeReset, this, stale)
                            << connect(source, &QAbstractItemModel::dataChanged, this, stale);
    }
    QSortFilterProxyModel::setSourceModel(source);
}

void SubscriptionFilterProxyModel::invalidateRanks()
{
    m_rankValid = false;
}

void SubscriptionFilterProxyModel::ensureRanks() const
{
    const int column = sortColumn();
    if (m_subscriptions && column >= 0 && (!m_rankValid || m_rankColumn != column))
        buildRanks(column);
}

void SubscriptionFilterProxyModel::buildRanks(int column) const
{
    // One full sort of the source rows per column; later sorts of any subset compare two ints.
    const SubscriptionTableModel *model = m_subscriptions;
    const int n = model->rowCount();
    std::vector<int> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [model, column](int a, int b) { return model->compareRows(a, b, column) < 0; });
    m_rank.assign(size_t(n), 0);
    int rank = 0;
    for (int i = 0; i < n; ++i) {
        // Equal values share a rank so the base class keeps their source order.
        if (i > 0 && model->compareRows(order[size_t(i - 1)], order[size_t(i)], column) != 0)
            rank = i;
        m_rank[size_t(order[size_t(i)])] = rank;
    }
    m_rankColumn = column;
    m_rankValid = true;
}

void SubscriptionFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    // Built for the new column before the base sorts (sortColumn() is not updated yet).
    if (m_subscriptions && column >= 0 && (!m_rankValid || m_rankColumn != column))
        buildRanks(column);
    QSortFilterProxyModel::sort(column, order);
}

void SubscriptionFilterProxyModel::setSearchText(const QString &text)
{
    const QString needle = text.trimmed().toLower();
    m_search = text;
    if (needle == m_needle)
        return;
    m_needle = needle;
    ensureRanks();
    invalidateFilter();
    Q_EMIT filterChanged();
}

void SubscriptionFilterProxyModel::setQuickFilter(QuickFilter filter)
{
    if (filter == m_quick)
        return;
    m_quick = filter;
    ensureRanks();
    invalidateFilter();
    Q_EMIT filterChanged();
}

bool SubscriptionFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (m_subscriptions) {
        switch (m_quick) {
        case All: break;
        case Enabled: if (!m_subscriptions->isEnabledAt(sourceRow)) return false; break;
        case Disabled: if (m_subscriptions->isEnabledAt(sourceRow)) return false; break;
        case Failing: if (!m_subscriptions->isFailingAt(sourceRow)) return false; break;
        }
        return m_needle.isEmpty() || m_subscriptions->searchTextAt(sourceRow).contains(m_needle);
    }

    // Generic path through roles, for other sources with the same roles.
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex first = source->index(sourceRow, 0, sourceParent);
    switch (m_quick) {
    case All: break;
    case Enabled: if (!first.data(SubscriptionTableModel::EnabledRole).toBool()) return false; break;
    case Disabled: if (first.data(SubscriptionTableModel::EnabledRole).toBool()) return false; break;
    case Failing: if (!first.data(SubscriptionTableModel::FailingRole).toBool()) return false; break;
    }
    if (m_needle.isEmpty())
        return true;
    const QVariant haystack = first.data(SubscriptionTableModel::SearchTextRole);
    if (haystack.isValid())
        return haystack.toString().contains(m_needle);
    for (int c = 0; c < source->columnCount(sourceParent); ++c)
        if (source->index(sourceRow, c, sourceParent).data().toString().contains(m_needle, Qt::CaseInsensitive))
            return true;
    return false;
}

bool SubscriptionFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_subscriptions && left.model() == m_subscriptions && right.model() == m_subscriptions) {
        if (m_rankValid && m_rankColumn == left.column() && size_t(left.row()) < m_rank.size()
            && size_t(right.row()) < m_rank.size())
            return m_rank[size_t(left.row())] < m_rank[size_t(right.row())];
        return m_subscriptions->compareRows(left.row(), right.row(), left.column()) < 0;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}
