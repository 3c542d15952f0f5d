#pragma once

#include <QSortFilterProxyModel>

#include <optional>

// The activity log as its views show it: newest first, narrowed by a search and, in the details
// pane, to one subscription. A search of digits only is a subscription id and matches that id
// exactly (a plain substring search for "12" would find every change made at 12 o'clock or on
// the 12th); any other text is looked for, case-insensitively, in every column and the ISO time.
class ActivityFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ActivityFilterProxyModel(QObject *parent = nullptr);

    void setSearch(const QString &text);
    // Only this subscription's changes; nullopt: all of them.
    void setSubscription(std::optional<qint64> id);
    // Shows nothing (a view of one subscription while none is selected).
    void setNothing();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;  // lower-cased
    std::optional<qint64> m_searchId;  // the search was an id
    std::optional<qint64> m_subscription;
    bool m_nothing = false;
};
