#pragma once

#include <QSortFilterProxyModel>
#include <QString>

// Search and quick filters over SubscriptionTableModel, sorting by its SortRole on every column.
// The search is a case-insensitive substring match over id, URL and description; it compares
// against the source model's precomputed lower-cased SearchTextRole, so a keystroke costs one
// QString::contains per row and no regular expression.
class SubscriptionFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum QuickFilter { All, Enabled, Disabled, Failing };
    Q_ENUM(QuickFilter)

    explicit SubscriptionFilterProxyModel(QObject *parent = nullptr);

    QString searchText() const { return m_search; }
    QuickFilter quickFilter() const { return m_quick; }

public Q_SLOTS:
    void setSearchText(const QString &text);
    void setQuickFilter(QuickFilter filter);

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;       // as typed
    QString m_needle;       // trimmed, lower-cased
    QuickFilter m_quick = All;
};
