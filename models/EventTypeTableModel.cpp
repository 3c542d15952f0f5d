#include "models/EventTypeTableModel.h"

#include <QSortFilterProxyModel>

namespace {

// A valid index of this flat model. (checkIndex() would warn on the invalid indexes views and
// QAbstractItemModelTester pass on purpose.)
bool isCell(const QAbstractItemModel *model, const QModelIndex &index)
{
    return index.isValid() && index.model() == model && index.row() < model->rowCount()
        && index.column() < model->columnCount();
}

}  // namespace

EventTypeTableModel::EventTypeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int EventTypeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_types.size());
}

int EventTypeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTypeTableModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(this, index))
        return {};
    const EventType &type = m_types.at(index.row());
    const QString &text = index.column() == EventColumn ? type.event : type.description;
    switch (role) {
    case Qt::DisplayRole:
        return text;
    case Qt::ToolTipRole:
        return index.column() == DescriptionColumn && !text.isEmpty() ? text : QVariant();
    case SortRole:
        return text.toLower();
    case EventTypeRole:
        return QVariant::fromValue(type);
    case EventNameRole:
        return type.event;
    }
    return {};
}

void EventTypeTableModel::retranslate()
{
    // The cells are the server's texts: only the titles change.
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QVariant EventTypeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EventColumn:
        return tr("Event");
    case DescriptionColumn:
        return tr("Description");
    }
    return {};
}

QHash<int, QByteArray> EventTypeTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(EventTypeRole, "eventType");
    names.insert(EventNameRole, "eventName");
    return names;
}

void EventTypeTableModel::setEventTypes(const EventTypeList &types)
{
    if (types == m_types)
        return;  // a refresh that changed nothing keeps selection and scroll
    // The list is small and comes once per connection: a reset is the honest signal.
    beginResetModel();
    m_types = types;
    m_rowForEvent.clear();
    m_rowForEvent.reserve(m_types.size());
    for (int r = 0; r < m_types.size(); ++r)
        m_rowForEvent.insert(m_types.at(r).event, r);
    endResetModel();
}

void EventTypeTableModel::clear()
{
    if (m_types.isEmpty())
        return;
    beginResetModel();
    m_types.clear();
    m_rowForEvent.clear();
    endResetModel();
}

int EventTypeTableModel::rowForEvent(const QString &event) const
{
    return m_rowForEvent.value(event, -1);
}

QSortFilterProxyModel *EventTypeTableModel::makeSearchProxy(EventTypeTableModel *source, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setFilterKeyColumn(-1);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortRole(SortRole);
    proxy->setDynamicSortFilter(true);
    // The search box text is a plain substring: use setFilterFixedString(text) on it.
    return proxy;
}
