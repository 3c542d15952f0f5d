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
    m_bulkResort.setSingleShot(true);
    m_bulkResort.setInterval(100);
    connect(&m_bulkResort, &QTimer::timeout, this, &SubscriptionFilterProxyModel::flushPendingResort);
}

void SubscriptionFilterProxyModel::setSourceModel(QAbstractItemModel *source)
{
    for (const auto &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    if (m_bulkResort.isActive()) {
        m_bulkResort.stop();
        setDynamicSortFilter(true);
    }
    m_subscriptions = qobject_cast<SubscriptionTableModel *>(source);
    invalidateRanks();
    if (source) {
        // Connected before the base class connects its own handlers: the rank cache is updated
        // (or marked stale) before the base re-sorts with it.
        const auto stale = [this] { invalidateRanks(); };
        m_sourceConnections << connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
                                       &SubscriptionFilterProxyModel::onRowsAboutToBeInserted)
                            << connect(source, &QAbstractItemModel::rowsInserted, this,
                                       &SubscriptionFilterProxyModel::onRowsInserted)
                            << connect(source, &QAbstractItemModel::rowsRemoved, this,
                                       &SubscriptionFilterProxyModel::onRowsRemoved)
                            << connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this, stale)
                            << connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, stale)
                            << connect(source, &QAbstractItemModel::modelAboutToBeReset, this, stale)
                            << connect(source, &QAbstractItemModel::dataChanged, this,
                                       &SubscriptionFilterProxyModel::onDataChanged);
    }
    QSortFilterProxyModel::setSourceModel(source);
}

void SubscriptionFilterProxyModel::onRowsAboutToBeInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = sourceModel()->rowCount();
    m_bulkAppend = m_subscriptions && first == count && last - first + 1 >= bulkInsertRows && count > 0
                   && sortColumn() >= 0 && dynamicSortFilter();
    if (m_bulkAppend || m_bulkResort.isActive()) {
        // Without dynamic sorting the base class appends the new rows as one interval instead of
        // placing each row on its own (one signal and one O(n) remap per row).
        setDynamicSortFilter(false);
    }
}

bool SubscriptionFilterProxyModel::rankLess(int a, int b) const
{
    // Ties keep source order: the same total order a stable sort of all rows gives.
    const int c = m_subscriptions->compareRows(a, b, m_rankColumn);
    return c < 0 || (c == 0 && a < b);
}

void SubscriptionFilterProxyModel::renumberRanks(size_t from, size_t to) const
{
    m_rank.resize(m_order.size());
    for (size_t i = from; i < to && i < m_order.size(); ++i)
        m_rank[size_t(m_order[i])] = int(i);
}

void SubscriptionFilterProxyModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    // Runs before the base class handles the insert, so it sorts the new rows by rank.
    if (m_rankValid && m_subscriptions && m_order.size() + size_t(last - first + 1) == size_t(m_subscriptions->rowCount())) {
        // Merge the new rows into the sorted order: O(n + k log k) instead of a full re-rank.
        const int count = last - first + 1;
        for (int &row : m_order)
            if (row >= first)
                row += count;
        std::vector<int> added(static_cast<size_t>(count));
        std::iota(added.begin(), added.end(), first);
        const auto less = [this](int a, int b) { return rankLess(a, b); };
        std::stable_sort(added.begin(), added.end(), less);
        std::vector<int> merged;
        merged.reserve(m_order.size() + added.size());
        std::merge(m_order.begin(), m_order.end(), added.begin(), added.end(), std::back_inserter(merged), less);
        m_order = std::move(merged);
        renumberRanks(0, m_order.size());
    } else {
        invalidateRanks();
    }
    if (m_bulkAppend) {
        m_bulkAppend = false;
        m_bulkResort.start();  // restarted by the next batch: one re-sort after the last one
    }
}

void SubscriptionFilterProxyModel::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || !m_rankValid)
        return;
    // Drop the removed rows and shift the rest: O(n), no comparisons.
    const int count = last - first + 1;
    std::vector<int> kept;
    kept.reserve(m_order.size());
    for (int row : m_order) {
        if (row < first)
            kept.push_back(row);
        else if (row > last)
            kept.push_back(row - count);
    }
    m_order = std::move(kept);
    m_rank.assign(m_order.size(), 0);
    renumberRanks(0, m_order.size());
}

void SubscriptionFilterProxyModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    // Without dynamic sorting the base ignores changed rows: refilter them with the deferred sort.
    if (m_bulkResort.isActive())
        m_refilterOnResort = true;
    if (!m_rankValid || !m_subscriptions)
        return;
    const int top = topLeft.row(), bottom = bottomRight.row();
    if (m_rankColumn < topLeft.column() || m_rankColumn > bottomRight.column())
        return;  // the ranked column did not change
    if (bottom - top + 1 > 64 || size_t(bottom) >= m_rank.size()) {
        invalidateRanks();
        return;
    }
    // Take the changed rows out, then put each back at its place among the unchanged (still
    // sorted) ones: O(n) per row and O(log n) comparisons, instead of a full re-rank.
    std::vector<int> kept;
    kept.reserve(m_order.size());
    for (int row : m_order)
        if (row < top || row > bottom)
            kept.push_back(row);
    m_order = std::move(kept);
    for (int row = top; row <= bottom; ++row) {
        const auto at = std::lower_bound(m_order.begin(), m_order.end(), row,
                                         [this](int a, int b) { return rankLess(a, b); });
        m_order.insert(at, row);
    }
    renumberRanks(0, m_order.size());
}

void SubscriptionFilterProxyModel::flushPendingResort()
{
    m_bulkResort.stop();
    if (dynamicSortFilter())
        return;
    ensureRanks();
    setDynamicSortFilter(true);  // sorts the whole proxy once (layoutChanged)
    if (m_refilterOnResort) {
        m_refilterOnResort = false;
        invalidate();
    }
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
    // Ties keep source order, so the rank is the position itself.
    const SubscriptionTableModel *model = m_subscriptions;
    const int n = model->rowCount();
    m_order.resize(size_t(n));
    std::iota(m_order.begin(), m_order.end(), 0);
    std::stable_sort(m_order.begin(), m_order.end(),
                     [model, column](int a, int b) { return model->compareRows(a, b, column) < 0; });
    m_rank.resize(size_t(n));
    for (int i = 0; i < n; ++i)
        m_rank[size_t(m_order[size_t(i)])] = i;
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

void SubscriptionFilterProxyModel::rebuildMapping()
{
    ensureRanks();
    // invalidate() rebuilds the mapping in one pass (filter every row, sort the accepted ones by
    // rank) and keeps persistent indexes (selection, current row) on their rows.
    invalidate();
}

void SubscriptionFilterProxyModel::setSearchText(const QString &text)
{
    const QString needle = text.trimmed().toLower();
    m_search = text;
    if (needle == m_needle)
        return;
    m_needle = needle;
    m_needleIsDigits = !needle.isEmpty()
                       && std::all_of(needle.cbegin(), needle.cend(), [](QChar c) { return c.isDigit(); });
    rebuildMapping();
    Q_EMIT filterChanged();
}

void SubscriptionFilterProxyModel::setQuickFilter(QuickFilter filter)
{
    if (filter == m_quick)
        return;
    m_quick = filter;
    rebuildMapping();
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
        return m_needle.isEmpty() || m_subscriptions->matchesSearch(sourceRow, m_needle, m_needleIsDigits);
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
