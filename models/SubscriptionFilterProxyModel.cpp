#include "models/SubscriptionFilterProxyModel.h"

#include "models/SubscriptionSortProxyModel.h"
#include "models/SubscriptionTableModel.h"

SubscriptionFilterProxyModel::SubscriptionFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_sorted(new SubscriptionSortProxyModel(this))
{
    setSortRole(SubscriptionTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
    connect(m_sorted, &SubscriptionSortProxyModel::sortingChanged, this, &SubscriptionFilterProxyModel::sortingChanged);
}

SubscriptionFilterProxyModel::~SubscriptionFilterProxyModel() = default;

void SubscriptionFilterProxyModel::setSourceModel(QAbstractItemModel *source)
{
    m_subscriptions = qobject_cast<SubscriptionTableModel *>(source);
    if (m_subscriptions) {
        // Keep the sort chosen so far; this proxy itself never sorts a table source.
        const int column = sortedColumn();
        const Qt::SortOrder order = sortedOrder();
        QSortFilterProxyModel::sort(-1);
        m_sorted->setSourceModel(source);
        m_sorted->sort(column, order);
        QSortFilterProxyModel::setSourceModel(m_sorted);
        // Around QSortFilterProxyModel's own handling of a new order (connected after it): the
        // order changes, the rows let through do not.
        connect(m_sorted, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &SubscriptionFilterProxyModel::rememberAcceptedRows, Qt::UniqueConnection);
        connect(m_sorted, &QAbstractItemModel::layoutChanged, this, &SubscriptionFilterProxyModel::forgetAcceptedRows,
                Qt::UniqueConnection);
    } else {
        const int column = sortedColumn();
        const Qt::SortOrder order = sortedOrder();
        m_sorted->setSourceModel(nullptr);
        QSortFilterProxyModel::setSourceModel(source);
        if (column >= 0)
            QSortFilterProxyModel::sort(column, order);
    }
}

void SubscriptionFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (m_subscriptions)
        m_sorted->sort(column, order);
    else
        QSortFilterProxyModel::sort(column, order);
}

int SubscriptionFilterProxyModel::sortedColumn() const
{
    return m_sorted->table() ? m_sorted->sortColumn() : sortColumn();
}

Qt::SortOrder SubscriptionFilterProxyModel::sortedOrder() const
{
    return m_sorted->table() ? m_sorted->sortOrder() : sortOrder();
}

bool SubscriptionFilterProxyModel::isSorting() const
{
    return m_sorted->table() && m_sorted->isSorting();
}

QModelIndex SubscriptionFilterProxyModel::mapToTable(const QModelIndex &proxyIndex) const
{
    const QModelIndex source = mapToSource(proxyIndex);
    return m_subscriptions ? m_sorted->mapToSource(source) : source;
}

QModelIndex SubscriptionFilterProxyModel::mapFromTable(const QModelIndex &tableIndex) const
{
    return mapFromSource(m_subscriptions ? m_sorted->mapFromSource(tableIndex) : tableIndex);
}

void SubscriptionFilterProxyModel::rebuildMapping()
{
    // invalidate() rebuilds the mapping in one pass (filter every row; no sorting here for a table
    // source) and keeps persistent indexes (selection, current row) on their rows.
    if (!m_subscriptions || !m_sorted->table()) {
        invalidate();
        return;
    }
    // Decide every row in the table's order first. The rows' data lies in memory in that order;
    // the sorted order would visit it at random, a few cache misses per row, which on 100,000
    // rows costs more than the matching itself. The mapping is then built at once, from these
    // answers (a row changed later is filtered live again).
    const int n = m_subscriptions->rowCount();
    m_acceptedByTableRow.resize(size_t(n));
    for (int row = 0; row < n; ++row)
        m_acceptedByTableRow[size_t(row)] = acceptsTableRow(row) ? 1 : 0;
    m_useAcceptedCache = true;
    invalidate();
    (void)rowCount();  // builds the mapping now, while the answers are current
    m_useAcceptedCache = false;
}

void SubscriptionFilterProxyModel::setSearchText(const QString &text)
{
    const SubscriptionSearch needle(text);
    m_search = text;
    if (needle == m_needle)
        return;
    m_needle = needle;
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

void SubscriptionFilterProxyModel::rememberAcceptedRows()
{
    // QSortFilterProxyModel filters every row again after its source's layout changed, visiting
    // them in the new order: with a search on 100,000 rows that took 70 ms when a sort arrived.
    // The rows it lets through now are the answers.
    if (!m_subscriptions || !m_sorted->table() || (m_needle.isEmpty() && m_quick == All))
        return;
    m_acceptedByTableRow.assign(size_t(m_subscriptions->rowCount()), 0);
    for (int row = 0; row < rowCount(); ++row) {
        const int sortedRow = mapToSource(index(row, 0)).row();
        if (sortedRow >= 0 && size_t(sortedRow) < m_acceptedByTableRow.size())
            m_acceptedByTableRow[size_t(m_sorted->tableRowAt(sortedRow))] = 1;
    }
    m_useAcceptedCache = true;
}

void SubscriptionFilterProxyModel::forgetAcceptedRows()
{
    m_useAcceptedCache = false;
}

bool SubscriptionFilterProxyModel::acceptsTableRow(int row) const
{
    switch (m_quick) {
    case All:
        break;
    case Enabled:
        if (!m_subscriptions->isEnabledAt(row))
            return false;
        break;
    case Disabled:
        if (m_subscriptions->isEnabledAt(row))
            return false;
        break;
    case Failing:
        if (!m_subscriptions->isFailingAt(row))
            return false;
        break;
    case GivesUpSoon:
        if (!m_subscriptions->givesUpSoonAt(row))
            return false;
        break;
    }
    return m_needle.isEmpty() || m_subscriptions->matchesSearch(row, m_needle);
}

bool SubscriptionFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (m_subscriptions && m_sorted->table()) {
        const int tableRow = m_sorted->tableRowAt(sourceRow);
        if (m_useAcceptedCache && size_t(tableRow) < m_acceptedByTableRow.size())
            return m_acceptedByTableRow[size_t(tableRow)] != 0;
        return acceptsTableRow(tableRow);
    }

    // Generic path through roles, for other sources with the same roles.
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex first = source->index(sourceRow, 0, sourceParent);
    switch (m_quick) {
    case All:
        break;
    case Enabled:
        if (!first.data(SubscriptionTableModel::EnabledRole).toBool())
            return false;
        break;
    case Disabled:
        if (first.data(SubscriptionTableModel::EnabledRole).toBool())
            return false;
        break;
    case Failing:
        if (!first.data(SubscriptionTableModel::FailingRole).toBool())
            return false;
        break;
    case GivesUpSoon:
        if (!first.data(SubscriptionTableModel::GivesUpSoonRole).toBool())
            return false;
        break;
    }
    if (m_needle.isEmpty())
        return true;
    const QVariant haystack = first.data(SubscriptionTableModel::SearchTextRole);
    if (haystack.isValid())
        return haystack.toString().contains(m_needle.needle());
    for (int c = 0; c < source->columnCount(sourceParent); ++c)
        if (source->index(sourceRow, c, sourceParent)
                .data()
                .toString()
                .contains(m_needle.needle(), Qt::CaseInsensitive))
            return true;
    return false;
}
