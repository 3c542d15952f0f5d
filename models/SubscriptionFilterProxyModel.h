#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>
#include <QString>
#include <QTimer>

#include <vector>

class SubscriptionTableModel;

// Search and quick filters over SubscriptionTableModel, sorting by its SortRole on every column.
// The search is a case-insensitive substring match over id, URL and description; it compares
// against the source model's precomputed lower-cased SearchTextRole, so a keystroke costs one
// QString::contains per row and no regular expression. With a SubscriptionTableModel source it
// reads rows directly (no QVariant per row) and sorts by a per-column rank cache, so re-sorting
// the rows a keystroke brings back costs integer comparisons. Other sources work through roles.
//
// Large data sets: a filter change rebuilds the mapping in one pass (QSortFilterProxyModel's
// incremental path emits one insert/remove per scattered interval, which is quadratic on 100k
// rows). A large batch appended to the source while sorted (SubscriptionTableModel::appendBatch)
// is added unsorted at the end and the whole proxy is re-sorted once, shortly after the last batch
// (see bulkResortDelayMs), instead of one interval insert per row.
class SubscriptionFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum QuickFilter { All, Enabled, Disabled, Failing };
    Q_ENUM(QuickFilter)

    explicit SubscriptionFilterProxyModel(QObject *parent = nullptr);

    QString searchText() const { return m_search; }
    QuickFilter quickFilter() const { return m_quick; }

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Batches of at least this many appended rows take the deferred re-sort path.
    static constexpr int bulkInsertRows = 256;
    // Delay of the single re-sort after a run of large batches (restarted by each batch).
    void setBulkResortDelayMs(int ms) { m_bulkResort.setInterval(ms); }
    // True while appended rows wait for the deferred re-sort.
    bool isResortPending() const { return m_bulkResort.isActive(); }
    // Re-sorts now if a deferred re-sort is pending (e.g. when the last batch is in).
    void flushPendingResort();

public Q_SLOTS:
    void setSearchText(const QString &text);
    void setQuickFilter(QuickFilter filter);

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void invalidateRanks();
    void ensureRanks() const;
    void buildRanks(int column) const;
    void onRowsAboutToBeInserted(const QModelIndex &parent, int first, int last);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    bool rankLess(int a, int b) const;
    void renumberRanks(size_t from, size_t to) const;
    void rebuildMapping();

    QPointer<SubscriptionTableModel> m_subscriptions;  // the source when it is one (fast paths)
    QList<QMetaObject::Connection> m_sourceConnections;
    mutable std::vector<int> m_rank;   // source row -> position when sorted by m_rankColumn
    mutable std::vector<int> m_order;  // positions -> source row (the inverse of m_rank)
    mutable int m_rankColumn = -1;
    mutable bool m_rankValid = false;
    QString m_search;       // as typed
    QString m_needle;       // trimmed, lower-cased
    bool m_needleIsDigits = false;
    QuickFilter m_quick = All;
    bool m_bulkAppend = false;      // the append in progress takes the deferred re-sort path
    bool m_refilterOnResort = false; // rows changed while dynamic sorting was off
    QTimer m_bulkResort;
};
