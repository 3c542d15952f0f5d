#include "models/DeliveryTableModel.h"

#include "common/Clock.h"
#include "models/RelativeTimeText.h"
#include "models/TimeText.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace {

// A valid index of this flat model. (checkIndex() would warn on the invalid indexes views and
// QAbstractItemModelTester pass on purpose.)
bool isCell(const QAbstractItemModel *model, const QModelIndex &index)
{
    return index.isValid() && index.model() == model && index.row() < model->rowCount()
        && index.column() < model->columnCount();
}

const QList<int> kRowRoles = {
    Qt::DisplayRole,
    Qt::ToolTipRole,
    Qt::DecorationRole,
    DeliveryTableModel::SortRole,
    DeliveryTableModel::DeliveryRole,
    DeliveryTableModel::StatusRole,
    DeliveryTableModel::StatusTextRole,
};

}  // namespace

DeliveryTableModel::DeliveryTableModel(QObject *parent)
    : DeliveryTableModel(nullptr, parent)
{ }

DeliveryTableModel::DeliveryTableModel(const Clock *clock, QObject *parent)
    : QAbstractTableModel(parent)
{
    setClock(clock);
}

DeliveryTableModel::Status DeliveryTableModel::statusFromString(const QString &status)
{
    if (status == QLatin1String("pending"))
        return Pending;
    if (status == QLatin1String("retrying"))
        return Retrying;
    if (status == QLatin1String("delivered"))
        return Delivered;
    if (status == QLatin1String("failed"))
        return Failed;
    return Unknown;
}

QString DeliveryTableModel::statusDisplayName(Status status)
{
    switch (status) {
    case Pending:
        return tr("Pending");
    case Retrying:
        return tr("Retrying");
    case Delivered:
        return tr("Delivered");
    case Failed:
        return tr("Failed");
    case Unknown:
        break;
    }
    return tr("Unknown");
}

int DeliveryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeliveryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QHash<int, QByteArray> DeliveryTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(IdRole, "deliveryId");
    names.insert(DeliveryRole, "delivery");
    names.insert(StatusRole, "status");
    names.insert(StatusTextRole, "statusText");
    return names;
}

void DeliveryTableModel::retranslate()
{
    m_locale = QLocale();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole});
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void DeliveryTableModel::setLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    m_locale = locale;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

void DeliveryTableModel::setClock(const Clock *clock)
{
    if (m_clock)
        disconnect(m_clock, nullptr, this, nullptr);
    m_clock = clock;
    // A fake clock that jumps repaints relative times at once; with the system clock the ui
    // calls refreshRelativeTimes() from a coarse timer.
    if (m_clock)
        connect(m_clock, &Clock::advanced, this, &DeliveryTableModel::refreshRelativeTimes);
    refreshRelativeTimes();
}

QDateTime DeliveryTableModel::now() const
{
    return m_clock ? m_clock->utcNow() : QDateTime::currentDateTimeUtc();
}

void DeliveryTableModel::refreshRelativeTimes()
{
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, NextAttemptColumn), index(int(m_rows.size()) - 1, GivesUpAtColumn), {Qt::ToolTipRole});
}

void DeliveryTableModel::setRetriesPaused(bool paused)
{
    if (m_retriesPaused == paused)
        return;
    m_retriesPaused = paused;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, NextAttemptColumn), index(int(m_rows.size()) - 1, NextAttemptColumn),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

QVariant DeliveryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == AttemptsColumn)
        return tr("Attempts made, of the most the server makes (the first one plus hourly retries for 48 hours)");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EventColumn:
        return tr("Event");
    case CreatedColumn:
        return tr("Created");
    case StatusColumn:
        return tr("Status");
    case AttemptsColumn:
        return tr("Attempts");
    case LastResultColumn:
        return tr("Last result");
    case NextAttemptColumn:
        return tr("Next attempt");
    case GivesUpAtColumn:
        return tr("Gives up at");
    }
    return {};
}

QString DeliveryTableModel::formatTime(const QDateTime &utc, QLocale::FormatType format) const
{
    // The long form only where a tooltip explains a cell's short time.
    return format == QLocale::LongFormat ? TimeText::longFormat(utc, m_locale) : TimeText::format(utc, m_locale);
}

QString DeliveryTableModel::relativeTime(const QDateTime &t) const
{
    return RelativeTimeText::format(t, now());
}

QVariant DeliveryTableModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(this, index))
        return {};
    const Delivery &d = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(d, index.column());
    case Qt::ToolTipRole:
        return toolTip(d, index.column());
    case Qt::DecorationRole:
        if (index.column() != StatusColumn)
            return {};
        switch (statusFromString(d.status)) {
        case Delivered:
            return m_icons.decoration(StatusIconSet::Ok);
        case Retrying:
            return m_icons.decoration(StatusIconSet::Retrying);
        case Failed:
            return m_icons.decoration(StatusIconSet::Failing);
        case Pending:
            return m_icons.decoration(StatusIconSet::Pending);
        case Unknown:
            return {};
        }
        return {};
    case SortRole:
        return sortData(d, index.column());
    case IdRole:
        return d.id;
    case DeliveryRole:
        return QVariant::fromValue(d);
    case StatusRole:
        return int(statusFromString(d.status));
    case StatusTextRole:
        return d.status;
    }
    return {};
}

QVariant DeliveryTableModel::displayData(const Delivery &d, int column) const
{
    switch (column) {
    case EventColumn:
        return d.event;
    case CreatedColumn:
        return formatTime(d.createdAt);
    case StatusColumn: {
        const Status s = statusFromString(d.status);
        return s == Unknown && !d.status.isEmpty() ? d.status : statusDisplayName(s);
    }
    case AttemptsColumn:
        return tr("%1 of %2").arg(m_locale.toString(d.attemptCount), m_locale.toString(d.maxAttempts));
    case LastResultColumn:
        if (d.lastStatusCode)
            return tr("HTTP %1").arg(*d.lastStatusCode);
        if (!d.lastError.isEmpty())
            return d.lastError;
        return d.attemptCount == 0 ? tr("Not attempted yet") : QString();
    case NextAttemptColumn: {
        const Status s = statusFromString(d.status);
        if (m_retriesPaused && (s == Pending || s == Retrying))
            return tr("Paused (subscription disabled)");
        return d.nextAttemptAt.isValid() ? formatTime(d.nextAttemptAt) : QStringLiteral("\u2014");
    }
    case GivesUpAtColumn:
        return formatTime(d.givesUpAt);
    }
    return {};
}

QVariant DeliveryTableModel::sortData(const Delivery &d, int column) const
{
    switch (column) {
    case EventColumn:
        return d.event;
    case CreatedColumn:
        return d.createdAt;
    case StatusColumn:
        return int(statusFromString(d.status));
    case AttemptsColumn:
        return d.attemptCount;
    case LastResultColumn:
        // HTTP statuses sort numerically before errors (which sort by text).
        return d.lastStatusCode ? QString::asprintf("0%03d", *d.lastStatusCode) : QLatin1String("1") + d.lastError;
    case NextAttemptColumn:
        return d.nextAttemptAt;
    case GivesUpAtColumn:
        return d.givesUpAt;
    }
    return {};
}

QVariant DeliveryTableModel::toolTip(const Delivery &d, int column) const
{
    switch (column) {
    case CreatedColumn:
        return formatTime(d.createdAt, QLocale::LongFormat);
    case LastResultColumn:
        if (d.lastStatusCode && !d.lastError.isEmpty())
            return d.lastError;
        return d.lastError.isEmpty() ? QVariant() : QVariant(d.lastError);
    case NextAttemptColumn:
        if (!d.nextAttemptAt.isValid())
            return {};
        return tr("%1 (%2)").arg(formatTime(d.nextAttemptAt), relativeTime(d.nextAttemptAt));
    case GivesUpAtColumn:
        if (!d.givesUpAt.isValid())
            return {};
        return tr("%1 (%2)").arg(formatTime(d.givesUpAt), relativeTime(d.givesUpAt));
    case AttemptsColumn: {
        const int remaining = std::max(0, d.maxAttempts - d.attemptCount);
        const Status s = statusFromString(d.status);
        if (s == Delivered || s == Failed)
            return {};
        return remaining == 1 ? tr("1 attempt left") : tr("%1 attempts left").arg(remaining);
    }
    }
    return {};
}

void DeliveryTableModel::rebuildIndexFrom(int firstRow)
{
    for (int r = firstRow; r < int(m_rows.size()); ++r)
        m_idToRow.insert(m_rows.at(r).id, r);
}

void DeliveryTableModel::emitRowsChanged(int first, int last)
{
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1), kRowRoles);
}

int DeliveryTableModel::rowForId(qint64 id) const
{
    return m_idToRow.value(id, -1);
}

void DeliveryTableModel::setPage(const DeliveryPage &page)
{
    m_total = page.total;
    m_limit = page.limit;
    m_offset = page.offset;

    // Deduplicate ids defensively: the index needs one row per id.
    DeliveryList items;
    items.reserve(page.items.size());
    QSet<qint64> seen;
    for (const Delivery &d : page.items)
        if (!seen.contains(d.id)) {
            seen.insert(d.id);
            items.append(d);
        }
    const int n = int(items.size());
    const int oldCount = int(m_rows.size());

    // Match by id; the diff only applies when kept rows stay in the same order.
    std::vector<int> match(size_t(n), -1);
    std::vector<char> kept(size_t(oldCount), 0);
    bool ordered = true;
    int last = -1;
    for (int i = 0; i < n; ++i) {
        const int old = rowForId(items.at(i).id);
        if (old >= 0) {
            match[size_t(i)] = old;
            kept[size_t(old)] = 1;
            ordered = ordered && old > last;
            last = old;
        }
    }
    if (!ordered || oldCount == 0) {
        if (oldCount == 0) {
            if (n > 0) {
                beginInsertRows({}, 0, n - 1);
                m_rows = items;
                rebuildIndexFrom(0);
                endInsertRows();
            }
        } else {
            beginResetModel();
            m_rows = items;
            m_idToRow.clear();
            rebuildIndexFrom(0);
            endResetModel();
        }
        Q_EMIT pageChanged();
        return;
    }

    // Removals, bottom-up, one signal pair per contiguous run.
    for (int r = oldCount - 1; r >= 0;) {
        if (kept[size_t(r)]) {
            --r;
            continue;
        }
        const int lastRow = r;
        while (r >= 0 && !kept[size_t(r)])
            --r;
        const int first = r + 1;
        beginRemoveRows({}, first, lastRow);
        for (int k = first; k <= lastRow; ++k)
            m_idToRow.remove(m_rows.at(k).id);
        m_rows.remove(first, lastRow - first + 1);
        rebuildIndexFrom(first);
        endRemoveRows();
    }

    // Kept rows are now in order; insert new runs between them, note changed rows.
    std::vector<std::pair<int, int>> changed;
    int pos = 0;
    for (int i = 0; i < n;) {
        if (match[size_t(i)] >= 0) {
            if (!(m_rows.at(pos) == items.at(i))) {
                m_rows[pos] = items.at(i);
                if (!changed.empty() && changed.back().second == pos - 1)
                    changed.back().second = pos;
                else
                    changed.emplace_back(pos, pos);
            }
            ++pos;
            ++i;
            continue;
        }
        int j = i;
        while (j < n && match[size_t(j)] < 0)
            ++j;
        beginInsertRows({}, pos, pos + (j - i) - 1);
        m_rows.insert(pos, j - i, Delivery());
        for (int k = i; k < j; ++k)
            m_rows[pos + (k - i)] = items.at(k);
        rebuildIndexFrom(pos);
        endInsertRows();
        pos += j - i;
        i = j;
    }
    for (const auto &[first, lastRow] : changed)
        emitRowsChanged(first, lastRow);
    Q_EMIT pageChanged();
}

bool DeliveryTableModel::updateDelivery(const Delivery &delivery)
{
    const int r = rowForId(delivery.id);
    if (r < 0)
        return false;
    if (m_rows.at(r) == delivery)
        return true;
    m_rows[r] = delivery;
    emitRowsChanged(r, r);
    return true;
}

void DeliveryTableModel::clear()
{
    m_total = 0;
    m_offset = 0;
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_idToRow.clear();
    endResetModel();
    Q_EMIT pageChanged();
}
