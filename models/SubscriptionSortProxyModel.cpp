#include "models/SubscriptionSortProxyModel.h"

#include "models/SubscriptionTableModel.h"

#include <QTimer>

#include <algorithm>
#include <memory>
#include <numeric>

namespace {
// Up to this many changed rows are re-placed one by one; more are checked with one pass.
constexpr int kFewRows = 64;
// Batches of at least this many rows (a load in chunks) into a large sorted table are not placed
// one batch at a time: each placement re-maps every row shown. They are sorted in once they stop.
constexpr int kLoadBatchRows = 256;
// Rows keep coming (a load, one chunk per turn of the event loop): the sort starts once they pause.
constexpr int kRestartDelayMs = 50;
}  // namespace

SubscriptionSortProxyModel::SubscriptionSortProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
    m_pool.setMaxThreadCount(1);
    m_restart.setSingleShot(true);
    m_restart.setInterval(kRestartDelayMs);
    connect(&m_restart, &QTimer::timeout, this, [this] {
        if (isSorting())
            startBackgroundSort();
    });
}

SubscriptionSortProxyModel::~SubscriptionSortProxyModel()
{
    // A sort still running posts its result to this object: let it finish first (one sort at most).
    m_pool.clear();
    m_pool.waitForDone();
}

void SubscriptionSortProxyModel::setSourceModel(QAbstractItemModel *source)
{
    stopBackgroundSort();
    beginResetModel();
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_table = qobject_cast<SubscriptionTableModel *>(source);
    QAbstractProxyModel::setSourceModel(m_table);
    if (m_table) {
        using Self = SubscriptionSortProxyModel;
        using M = QAbstractItemModel;
        m_connections << connect(m_table, &M::rowsAboutToBeInserted, this, &Self::onRowsAboutToBeInserted)
                      << connect(m_table, &M::rowsInserted, this, &Self::onRowsInserted)
                      << connect(m_table, &M::rowsAboutToBeRemoved, this, &Self::onRowsAboutToBeRemoved)
                      << connect(m_table, &M::rowsRemoved, this, &Self::onRowsRemoved)
                      << connect(m_table, &M::dataChanged, this, &Self::onDataChanged)
                      << connect(m_table, &M::layoutAboutToBeChanged, this, &Self::onSourceLayoutAboutToBeChanged)
                      << connect(m_table, &M::layoutChanged, this, &Self::onSourceLayoutChanged)
                      << connect(m_table, &M::rowsAboutToBeMoved, this, &Self::onSourceLayoutAboutToBeChanged)
                      << connect(m_table, &M::rowsMoved, this, &Self::onSourceLayoutChanged)
                      << connect(m_table, &M::modelAboutToBeReset, this, &Self::onModelAboutToBeReset)
                      << connect(m_table, &M::modelReset, this, &Self::onModelReset)
                      << connect(m_table, &QObject::destroyed, this, [this] {
                             // Silently, as QAbstractProxyModel itself does: the owner of both is
                             // usually being destroyed too, and must not be called back now.
                             m_proxyToSource.clear();
                             m_sourceToProxy.clear();
                             ++m_generation;
                             m_pendingColumn = -1;
                         });
    }
    m_proxyToSource = sortedRows();
    rebuildSourceToProxy();
    endResetModel();
}

bool SubscriptionSortProxyModel::less(int a, int b) const
{
    return SubscriptionSortKeys::before(m_table->compareRows(a, b, m_column), a, b, m_order);
}

std::vector<int> SubscriptionSortProxyModel::sortedRows() const
{
    if (m_table && m_column >= 0)
        return m_table->sortKeys(m_column).order(m_order);  // the values copied once, then sorted
    std::vector<int> rows(size_t(m_table ? m_table->rowCount() : 0));
    std::iota(rows.begin(), rows.end(), 0);
    return rows;
}

std::vector<int> SubscriptionSortProxyModel::withRowsPlaced(const std::vector<int> &base,
                                                            const std::vector<int> &rows) const
{
    std::vector<int> order;
    order.reserve(base.size());
    std::vector<char> moving(base.size(), 0);
    for (int row : rows)
        moving[size_t(row)] = 1;
    std::copy_if(base.begin(), base.end(), std::back_inserter(order),
                 [&moving](int row) { return !moving[size_t(row)]; });
    const auto lessRow = [this](int a, int b) { return less(a, b); };
    for (int row : rows)
        order.insert(std::lower_bound(order.begin(), order.end(), row, lessRow), row);
    return order;
}

void SubscriptionSortProxyModel::rebuildSourceToProxy()
{
    m_sourceToProxy.assign(m_proxyToSource.size(), 0);
    for (size_t i = 0; i < m_proxyToSource.size(); ++i)
        m_sourceToProxy[size_t(m_proxyToSource[i])] = int(i);
}

void SubscriptionSortProxyModel::applyOrder(std::vector<int> order)
{
    const QModelIndexList from = persistentIndexList();
    std::vector<int> tableRows;
    tableRows.reserve(size_t(from.size()));
    for (const QModelIndex &index : from)
        tableRows.push_back(m_proxyToSource[size_t(index.row())]);
    m_proxyToSource = std::move(order);
    rebuildSourceToProxy();
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i)
        to << createIndex(m_sourceToProxy[size_t(tableRows[size_t(i)])], from[i].column());
    changePersistentIndexList(from, to);
}

void SubscriptionSortProxyModel::relayout(std::vector<int> order)
{
    if (order == m_proxyToSource)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    applyOrder(std::move(order));
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void SubscriptionSortProxyModel::sort(int column, Qt::SortOrder order)
{
    if (!m_table || column >= m_table->columnCount())
        column = -1;
    stopBackgroundSort();  // the newest click wins
    if (column == m_column && (order == m_order || column < 0)) {
        m_order = order;
        return;
    }
    // A large table is ordered on the worker thread; the same column in the other direction is one
    // pass over the current order, any other column a sort.
    if (column >= 0 && rowCount() >= m_backgroundFrom) {
        m_pendingColumn = column;
        m_pendingOrder = order;
        setSortingHeader(column, true);
        startBackgroundSort();
        return;
    }
    if (column >= 0 && column == m_column) {
        m_order = order;
        relayout(m_table->sortKeys(column).reversed(m_proxyToSource));
        return;
    }
    m_column = column;
    m_order = order;
    relayout(sortedRows());
}

void SubscriptionSortProxyModel::startBackgroundSort()
{
    const quint64 generation = ++m_generation;
    m_changedDuringSort.clear();
    auto keys = std::make_shared<const SubscriptionSortKeys>(m_table->sortKeys(m_pendingColumn));
    // The other direction of the column in place: the current order is sorted by it already.
    const bool reversal = m_pendingColumn == m_column;
    std::vector<int> sorted;
    if (reversal)
        sorted = m_proxyToSource;
    m_pool.start([this, keys, sorted = std::move(sorted), reversal, order = m_pendingOrder, generation] {
        auto rows = std::make_shared<std::vector<int>>(reversal ? keys->reversed(sorted) : keys->order(order));
        QMetaObject::invokeMethod(
            this, [this, generation, rows] { finishBackgroundSort(generation, std::move(*rows)); },
            Qt::QueuedConnection);
    });
}

void SubscriptionSortProxyModel::finishBackgroundSort(quint64 generation, std::vector<int> order)
{
    if (generation != m_generation || !isSorting() || order.size() != m_proxyToSource.size())
        return;  // a newer click, or rows came or went: a newer sort is on its way
    const int column = m_pendingColumn;
    m_column = m_pendingColumn;
    m_order = m_pendingOrder;
    m_pendingColumn = -1;
    std::vector<int> changed = std::move(m_changedDuringSort);
    m_changedDuringSort.clear();
    if (!changed.empty()) {
        // Rows that changed while the worker sorted their old values go where they belong now.
        std::sort(changed.begin(), changed.end());
        changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
        order = withRowsPlaced(order, changed);
    }
    relayout(std::move(order));
    setSortingHeader(column, false);
}

void SubscriptionSortProxyModel::stopBackgroundSort()
{
    if (!isSorting())
        return;
    const int column = m_pendingColumn;
    ++m_generation;
    m_pendingColumn = -1;
    m_changedDuringSort.clear();
    m_restart.stop();
    setSortingHeader(column, false);
}

void SubscriptionSortProxyModel::restartBackgroundSortSoon()
{
    ++m_generation;
    m_changedDuringSort.clear();
    m_restart.start();  // (again): once the rows stop changing
}

void SubscriptionSortProxyModel::setSortingHeader(int column, bool sorting)
{
    Q_EMIT headerDataChanged(Qt::Horizontal, column, column);
    Q_EMIT sortingChanged(sorting);
}

QVariant SubscriptionSortProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const QVariant value = QAbstractProxyModel::headerData(section, orientation, role);
    if (!isSorting() || orientation != Qt::Horizontal || section != m_pendingColumn)
        return value;
    if (role == Qt::DisplayRole)
        return QString(value.toString() + QStringLiteral(" \u2026"));
    if (role == Qt::ToolTipRole)
        return tr("Sorting…");
    return value;
}

QModelIndex SubscriptionSortProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex SubscriptionSortProxyModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex SubscriptionSortProxyModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int SubscriptionSortProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_proxyToSource.size());
}

int SubscriptionSortProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_table ? 0 : m_table->columnCount();
}

bool SubscriptionSortProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QModelIndex SubscriptionSortProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_table || !proxyIndex.isValid() || size_t(proxyIndex.row()) >= m_proxyToSource.size())
        return {};
    return m_table->index(m_proxyToSource[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex SubscriptionSortProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    // Rows the table announced but this model has not placed yet map to nothing.
    if (!sourceIndex.isValid() || size_t(sourceIndex.row()) >= m_sourceToProxy.size())
        return {};
    return createIndex(m_sourceToProxy[size_t(sourceIndex.row())], sourceIndex.column());
}

void SubscriptionSortProxyModel::onRowsAboutToBeInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    // Unsorted: the table's positions. Sorted: appended at the end, then moved into place by one
    // layout change (one signal for the batch, not one per scattered row).
    const int n = rowCount();
    if (m_column < 0)
        beginInsertRows({}, first, last);
    else
        beginInsertRows({}, n, n + last - first);
}

void SubscriptionSortProxyModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    for (int &row : m_proxyToSource)
        if (row >= first)
            row += count;
    std::vector<int> added(static_cast<size_t>(count));
    std::iota(added.begin(), added.end(), first);
    const auto at = m_column < 0 ? m_proxyToSource.begin() + first : m_proxyToSource.end();
    m_proxyToSource.insert(at, added.begin(), added.end());
    rebuildSourceToProxy();
    endInsertRows();
    if (m_column >= 0 && count >= kLoadBatchRows && rowCount() >= m_backgroundFrom) {
        // A batch of a large load: it stays where it was added, at the end, and the whole table is
        // sorted on the worker once the batches stop (the header says so meanwhile).
        if (!isSorting()) {
            m_pendingColumn = m_column;
            m_pendingOrder = m_order;
            setSortingHeader(m_pendingColumn, true);
        }
        m_column = -1;
    }
    if (isSorting())
        restartBackgroundSortSoon();
    if (m_column < 0)
        return;

    // Place the new rows: sort them (k log k), then find each one's place among the old rows by
    // binary search (k log n); the old rows are already sorted.
    const auto lessRow = [this](int a, int b) { return less(a, b); };
    std::sort(added.begin(), added.end(), lessRow);
    const auto oldEnd = m_proxyToSource.end() - count;
    std::vector<int> merged;
    merged.reserve(m_proxyToSource.size());
    auto from = m_proxyToSource.begin();
    for (int row : added) {
        const auto place = std::lower_bound(from, oldEnd, row, lessRow);
        merged.insert(merged.end(), from, place);
        merged.push_back(row);
        from = place;
    }
    merged.insert(merged.end(), from, oldEnd);
    relayout(std::move(merged));
}

void SubscriptionSortProxyModel::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    int low = rowCount(), high = -1;
    for (int row = first; row <= last; ++row) {
        low = std::min(low, m_sourceToProxy[size_t(row)]);
        high = std::max(high, m_sourceToProxy[size_t(row)]);
    }
    if (high - low + 1 == count) {
        beginRemoveRows({}, low, high);
        return;
    }
    // Scattered: move them to the end in one layout change, then remove them as one block.
    std::vector<int> order;
    order.reserve(m_proxyToSource.size());
    std::copy_if(m_proxyToSource.begin(), m_proxyToSource.end(), std::back_inserter(order),
                 [first, last](int row) { return row < first || row > last; });
    std::copy_if(m_proxyToSource.begin(), m_proxyToSource.end(), std::back_inserter(order),
                 [first, last](int row) { return row >= first && row <= last; });
    relayout(std::move(order));
    beginRemoveRows({}, rowCount() - count, rowCount() - 1);
}

void SubscriptionSortProxyModel::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    std::vector<int> kept;
    kept.reserve(m_proxyToSource.size());
    for (int row : m_proxyToSource) {
        if (row < first)
            kept.push_back(row);
        else if (row > last)
            kept.push_back(row - count);
    }
    m_proxyToSource = std::move(kept);
    rebuildSourceToProxy();
    endRemoveRows();
    if (isSorting())
        restartBackgroundSortSoon();
}

void SubscriptionSortProxyModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                               const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid() || m_proxyToSource.empty())
        return;
    const int top = topLeft.row(), bottom = bottomRight.row();
    if (top < 0 || size_t(bottom) >= m_sourceToProxy.size())
        return;
    const size_t n = m_proxyToSource.size();
    const bool few = bottom - top + 1 <= kFewRows;
    if (isSorting() && m_pendingColumn >= topLeft.column() && m_pendingColumn <= bottomRight.column()) {
        if (m_changedDuringSort.size() + size_t(bottom - top + 1) > size_t(kFewRows)) {
            restartBackgroundSortSoon();  // too many to place one by one: sort the new values
        } else {
            for (int row = top; row <= bottom; ++row)
                m_changedDuringSort.push_back(row);
        }
    }
    if (m_column >= topLeft.column() && m_column <= bottomRight.column()) {
        if (few) {
            // Only pairs next to a changed row can be out of order now.
            bool inPlace = true;
            for (int row = top; row <= bottom && inPlace; ++row) {
                const size_t p = size_t(m_sourceToProxy[size_t(row)]);
                inPlace =
                    (p == 0 || less(m_proxyToSource[p - 1], row)) && (p + 1 >= n || less(row, m_proxyToSource[p + 1]));
            }
            if (!inPlace) {
                std::vector<int> rows(size_t(bottom - top + 1));
                std::iota(rows.begin(), rows.end(), top);
                relayout(withRowsPlaced(m_proxyToSource, rows));
            }
        } else {
            // Many rows: their values copied once and compared in place, not two copies a pair.
            const SubscriptionSortKeys keys = m_table->sortKeys(m_column);
            if (!keys.isOrdered(m_proxyToSource, m_order))
                relayout(keys.order(m_order));
        }
    }
    if (!few) {
        Q_EMIT dataChanged(index(0, topLeft.column()), index(int(n) - 1, bottomRight.column()), roles);
        return;
    }
    for (int row = top; row <= bottom; ++row) {
        const int p = m_sourceToProxy[size_t(row)];
        Q_EMIT dataChanged(index(p, topLeft.column()), index(p, bottomRight.column()), roles);
    }
}

void SubscriptionSortProxyModel::onSourceLayoutAboutToBeChanged()
{
    Q_EMIT layoutAboutToBeChanged();
    m_layoutProxyIndexes = persistentIndexList();
    m_layoutSourceIndexes.clear();
    for (const QModelIndex &index : std::as_const(m_layoutProxyIndexes))
        m_layoutSourceIndexes << QPersistentModelIndex(mapToSource(index));
}

void SubscriptionSortProxyModel::onSourceLayoutChanged()
{
    m_proxyToSource = sortedRows();
    rebuildSourceToProxy();
    QModelIndexList to;
    to.reserve(m_layoutSourceIndexes.size());
    for (const QPersistentModelIndex &source : std::as_const(m_layoutSourceIndexes))
        to << mapFromSource(source);
    changePersistentIndexList(m_layoutProxyIndexes, to);
    m_layoutProxyIndexes.clear();
    m_layoutSourceIndexes.clear();
    Q_EMIT layoutChanged();
    if (isSorting())
        restartBackgroundSortSoon();
}

void SubscriptionSortProxyModel::onModelAboutToBeReset()
{
    beginResetModel();
}

void SubscriptionSortProxyModel::onModelReset()
{
    m_proxyToSource = sortedRows();
    rebuildSourceToProxy();
    endResetModel();
    if (isSorting())
        restartBackgroundSortSoon();
}
