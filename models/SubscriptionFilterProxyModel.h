#pragma once

#include "api/SubscriptionSearch.h"

#include <QPointer>
#include <QSortFilterProxyModel>
#include <QString>

#include <vector>

class SubscriptionSortProxyModel;
class SubscriptionTableModel;

// Search and quick filters over SubscriptionTableModel, sorting by its raw values on every column.
// The search is SubscriptionSearch's rule (shared with `webhookctl list --search`); it compares
// against the source model's lower-cased keys, so a keystroke costs one QString::contains per row
// and no regular expression.
//
// With a SubscriptionTableModel source the sorting is done by a SubscriptionSortProxyModel placed
// between the table and this proxy (sort() is passed down to it): that layer keeps the order up to
// date incrementally, so this proxy only filters, and a keystroke never re-sorts 100,000 rows.
// sourceModel() is then that layer; mapToTable()/mapFromTable() map straight to the table.
// Any other source model is filtered and sorted here, through the same roles.
//
// A filter change rebuilds the mapping in one pass (QSortFilterProxyModel's incremental path
// emits one insert/remove per scattered interval, which is quadratic on 100k rows). Persistent
// indexes (selection, current row) survive it.
class SubscriptionFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    // GivesUpSoon: a delivery is dropped within the table's give-up warning (rows come and go as
    // the table repaints its relative times).
    enum QuickFilter { All, Enabled, Disabled, Failing, GivesUpSoon };
    Q_ENUM(QuickFilter)

    explicit SubscriptionFilterProxyModel(QObject *parent = nullptr);
    ~SubscriptionFilterProxyModel() override;

    QString searchText() const { return m_search; }
    QuickFilter quickFilter() const { return m_quick; }

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // The sort asked for last (column -1: the table's order), wherever it is done.
    int sortedColumn() const;
    Qt::SortOrder sortedOrder() const;
    // A large table's sort is being computed off the GUI thread (SubscriptionSortProxyModel).
    bool isSorting() const;

    // Index of the table model behind this proxy (through the sorting layer when there is one).
    QModelIndex mapToTable(const QModelIndex &proxyIndex) const;
    QModelIndex mapFromTable(const QModelIndex &tableIndex) const;

public Q_SLOTS:
    void setSearchText(const QString &text);
    void setQuickFilter(QuickFilter filter);

Q_SIGNALS:
    void filterChanged();
    void sortingChanged(bool sorting);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void rebuildMapping();
    bool acceptsTableRow(int row) const;
    // Around a new order of the sorting layer: the rows let through stay the same.
    void rememberAcceptedRows();
    void forgetAcceptedRows();

    SubscriptionSortProxyModel *m_sorted;  // the sorting layer (owned)
    QPointer<SubscriptionTableModel> m_subscriptions;  // the table, when it is the source
    QString m_search;  // as typed
    SubscriptionSearch m_needle;
    QuickFilter m_quick = All;
    // Filter answers per table row, computed in table order by rebuildMapping() (or kept from the
    // mapping before a new order) and used only while the mapping is built.
    std::vector<char> m_acceptedByTableRow;
    bool m_useAcceptedCache = false;
};
