#pragma once

#include "api/EventType.h"

#include <QAbstractTableModel>

// The event types of the connected server: name and description. Search it through a
// QSortFilterProxyModel with filterKeyColumn -1 and case-insensitive matching
// (see makeSearchProxy()).
class QSortFilterProxyModel;

class EventTypeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { EventColumn, DescriptionColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole + 1,  // lower-cased text, for stable case-insensitive sorting
        EventTypeRole,  // the whole EventType
        EventNameRole,  // QString event name
    };
    Q_ENUM(Role)

    explicit EventTypeTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // After a language change: the header titles again.
    void retranslate();
    // Replaces the list (a reset: the types come once per connection or refresh).
    void setEventTypes(const EventTypeList &types);
    void clear();
    const EventTypeList &eventTypes() const { return m_types; }
    EventType eventTypeAt(int row) const { return m_types.value(row); }
    int rowForEvent(const QString &event) const;  // -1 when unknown

    // A proxy set up for the search box: all columns, case-insensitive, fixed-string filter,
    // sorted by SortRole. Owned by `parent`.
    static QSortFilterProxyModel *makeSearchProxy(EventTypeTableModel *source, QObject *parent);

private:
    EventTypeList m_types;
    QHash<QString, int> m_rowForEvent;
};
