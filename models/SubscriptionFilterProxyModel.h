#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>
#include <QString>

#include <vector>

class SubscriptionTableModel;

// Search and quick filters over SubscriptionTableModel, sorting by its SortRole on every column.
// The search is a case-insensitive substring match over id, URL and description; it compares
// against the source model's precomputed lower-cased SearchTextRole, so a keystroke costs one
// QString::contains per row and no regular expression. With a SubscriptionTableModel source it
// reads rows directly (no QVariant per row) and sorts by a per-column rank cache, so re-sorting
// the rows a keystroke brings back costs integer comparisons. Other sources work through roles.
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

    QPointer<SubscriptionTableModel> m_subscriptions;  // the source when it is one (fast paths)
    QList<QMetaObject::Connection> m_sourceConnections;
    mutable std::vector<int> m_rank;  // source row -> position when sorted by m_rankColumn
    mutable int m_rankColumn = -1;
    mutable bool m_rankValid = false;
    QString m_search;       // as typed
    QString m_needle;       // trimmed, lower-cased
    QuickFilter m_quick = All;
};
