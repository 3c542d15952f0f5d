#pragma once

#include <QAbstractProxyModel>
#include <QList>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <vector>

class SubscriptionTableModel;

// The sorting layer under SubscriptionFilterProxyModel: a permutation of the subscriptions table,
// kept sorted by one column's raw value (SubscriptionTableModel::compareRows; ties keep the
// server's order, in both directions).
//
// Why a layer of its own: QSortFilterProxyModel re-sorts every accepted row on each filter change
// (std::stable_sort through two virtual index() calls and a virtual lessThan per comparison: about
// 1.7 million of them on 100,000 rows, far over a keystroke's budget). Here the order is kept
// all the time and updated incrementally, so the filter proxy above only filters, and a keystroke
// costs one pass over the rows:
//   - appended rows (a load in chunks) are placed by binary search: O(k log n) comparisons;
//   - changed rows (a toggle, an edit) are re-placed only when they left their place;
//   - removed rows cost one pass, no comparisons;
//   - reversing the order of the sorted column costs one pass.
// Moves are announced as one layoutChanged (persistent indexes follow their rows), never as one
// signal per scattered row.
//
// A sort by another column orders every row: on a large table that is longer than a frame, so it
// runs on a worker thread over a copy of the column's values (SubscriptionSortKeys) while the old
// order stays in place and usable, and the column's header says it is sorting. The newest click
// wins; rows changed meanwhile are placed again when the order arrives; rows added or removed
// meanwhile start the sort again over the new rows once they stop changing. Large batches into a
// large sorted table (a load in chunks) are not placed batch by batch: they wait at the end for
// one such sort.
class SubscriptionSortProxyModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit SubscriptionSortProxyModel(QObject *parent = nullptr);
    ~SubscriptionSortProxyModel() override;

    // The source must be a SubscriptionTableModel (others are refused: no source).
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    SubscriptionTableModel *table() const { return m_table; }

    // column -1: the table's own order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // The sort asked for last (in place, or still being computed).
    int sortColumn() const { return isSorting() ? m_pendingColumn : m_column; }
    Qt::SortOrder sortOrder() const { return isSorting() ? m_pendingOrder : m_order; }
    bool isSorting() const { return m_pendingColumn >= 0; }
    // Tables with at least this many rows are sorted on a worker thread (default: where one sort
    // could take longer than a frame).
    void setBackgroundSortFrom(int rows) { m_backgroundFrom = rows; }

    // The table row shown at a row of this model (no QModelIndex, for the filter's hot loop).
    int tableRowAt(int row) const { return m_proxyToSource[size_t(row)]; }

    // QAbstractItemModel / QAbstractProxyModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    // The header of a column being sorted says so.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void sortingChanged(bool sorting);

private:
    bool less(int a, int b) const;
    std::vector<int> sortedRows() const;
    void rebuildSourceToProxy();
    // Installs a new order of the same rows; persistent indexes follow their rows. The caller
    // wraps it in layoutAboutToBeChanged/layoutChanged.
    void applyOrder(std::vector<int> order);
    void relayout(std::vector<int> order);
    // An order with these rows taken out and put back in their places by the current sort (few rows).
    std::vector<int> withRowsPlaced(const std::vector<int> &base, const std::vector<int> &rows) const;

    void startBackgroundSort();
    void finishBackgroundSort(quint64 generation, std::vector<int> order);
    void stopBackgroundSort();  // the newest click, or no sort any more
    void restartBackgroundSortSoon();  // rows came or went: the running sort's values are stale
    void setSortingHeader(int column, bool sorting);

    void onRowsAboutToBeInserted(const QModelIndex &parent, int first, int last);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void onSourceLayoutAboutToBeChanged();
    void onSourceLayoutChanged();
    void onModelAboutToBeReset();
    void onModelReset();

    QPointer<SubscriptionTableModel> m_table;
    QList<QMetaObject::Connection> m_connections;
    std::vector<int> m_proxyToSource;  // row of this model -> table row
    std::vector<int> m_sourceToProxy;  // table row -> row of this model
    int m_column = -1;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    // Persistent indexes saved across a layout change of the table.
    QModelIndexList m_layoutProxyIndexes;
    QList<QPersistentModelIndex> m_layoutSourceIndexes;

    // The sort on the worker thread: which one, and which table rows changed since its values were
    // taken (too many: it starts again instead).
    QThreadPool m_pool;
    int m_backgroundFrom = 10000;
    quint64 m_generation = 0;  // a result of an older generation is dropped
    int m_pendingColumn = -1;
    Qt::SortOrder m_pendingOrder = Qt::AscendingOrder;
    std::vector<int> m_changedDuringSort;
    QTimer m_restart;
};
