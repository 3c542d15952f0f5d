#include "models/SubscriptionTableModel.h"

#include "common/Clock.h"
#include "models/DeliveryTableModel.h"
#include "models/RelativeTimeText.h"
#include "models/TimeText.h"

#include <QFont>

#include <limits>
#include <utility>

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
    Qt::CheckStateRole,
    Qt::ToolTipRole,
    Qt::DecorationRole,
    Qt::FontRole,
    SubscriptionTableModel::SortRole,
    SubscriptionTableModel::SubscriptionRole,
    SubscriptionTableModel::ServerSubscriptionRole,
    SubscriptionTableModel::PendingRole,
    SubscriptionTableModel::ErrorRole,
    SubscriptionTableModel::FailingRole,
    SubscriptionTableModel::EnabledRole,
    SubscriptionTableModel::SearchTextRole,
};

}  // namespace

SubscriptionTableModel::SubscriptionTableModel(QObject *parent)
    : SubscriptionTableModel(nullptr, parent)
{ }

SubscriptionTableModel::SubscriptionTableModel(const Clock *clock, QObject *parent)
    : QAbstractTableModel(parent)
{
    setClock(clock);
}

SubscriptionTableModel::~SubscriptionTableModel() = default;

int SubscriptionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int SubscriptionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QHash<int, QByteArray> SubscriptionTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(IdRole, "subscriptionId");
    names.insert(SubscriptionRole, "subscription");
    names.insert(ServerSubscriptionRole, "serverSubscription");
    names.insert(PendingRole, "pending");
    names.insert(ErrorRole, "error");
    names.insert(FailingRole, "failing");
    names.insert(EnabledRole, "enabled");
    names.insert(SearchTextRole, "searchText");
    names.insert(EditableRole, "editable");
    return names;
}

void SubscriptionTableModel::retranslate()
{
    m_locale = QLocale();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(m_rows.size() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void SubscriptionTableModel::setLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    m_locale = locale;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(m_rows.size() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void SubscriptionTableModel::setClock(const Clock *clock)
{
    if (m_clock)
        disconnect(m_clock, nullptr, this, nullptr);
    m_clock = clock;
    // A fake clock that jumps repaints relative times at once; with the system clock the ui
    // calls refreshRelativeTimes() from a coarse timer.
    if (m_clock)
        connect(m_clock, &Clock::advanced, this, &SubscriptionTableModel::refreshRelativeTimes);
    refreshRelativeTimes();
}

void SubscriptionTableModel::refreshRelativeTimes()
{
    if (m_rows.isEmpty() || m_rows.healthRowCount() == 0)
        return;
    Q_EMIT dataChanged(index(0, HealthColumn), index(m_rows.size() - 1, HealthColumn),
                       {Qt::DisplayRole, Qt::ToolTipRole});
}

QDateTime SubscriptionTableModel::now() const
{
    return m_clock ? m_clock->utcNow() : QDateTime::currentDateTimeUtc();
}

// ---- data -------------------------------------------------------------------------------------

QVariant SubscriptionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("ID");
    case UrlColumn:
        return tr("URL");
    case DescriptionColumn:
        return tr("Description");
    case EventsColumn:
        // Asked on hover only (no cached value to refresh), so a scan that stops at the first
        // known row is cheap enough.
        if (role == Qt::ToolTipRole && !m_rows.isEmpty() && !m_rows.anyEventsKnown())
            return tr("The server has not reported any subscription's events, so this column is empty. "
                      "Events you set in this console appear here.");
        return tr("Events");
    case EnabledColumn:
        return tr("Enabled");
    case CreatedColumn:
        return tr("Created");
    case HealthColumn:
        return role == Qt::ToolTipRole ? tr("Delivery health reported by the server") : tr("Health");
    }
    return {};
}

Qt::ItemFlags SubscriptionTableModel::flags(const QModelIndex &index) const
{
    if (!isCell(this, index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    // Rows without an id cannot be addressed on the server: shown, never checkable.
    if (index.column() == EnabledColumn && m_rows.at(index.row()).server.id)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool SubscriptionTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != EnabledColumn || !isCell(this, index))
        return false;
    const Row &row = m_rows.at(index.row());
    if (!row.server.id)
        return false;
    const bool enabled = value.toInt() == Qt::Checked;
    // Nothing changes here: the ui sends the PATCH and marks the row pending.
    Q_EMIT enabledToggleRequested(*row.server.id, enabled);
    return true;
}

QVariant SubscriptionTableModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(this, index))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::CheckStateRole:
        if (column == EnabledColumn)
            return m_rows.shownEnabled(row) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::DecorationRole:
        if (column == HealthColumn)
            return healthDecoration(row);
        if (column == EnabledColumn && m_rows.pendingFor(row))
            return m_icons.decoration(StatusIconSet::Pending);
        if (column == EnabledColumn && !m_rows.errorFor(row).isEmpty())
            return m_icons.decoration(StatusIconSet::Error);
        return {};
    case Qt::FontRole:
        if (m_rows.pendingFor(row)) {
            QFont font;
            font.setItalic(true);  // the pending mark: the shown value is not confirmed yet
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == IdColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::AccessibleDescriptionRole:
        if (m_rows.pendingFor(row))
            return tr("Saving");
        return {};
    case SortRole:
        return sortData(row, column);
    case IdRole:
        return row.server.id ? QVariant(*row.server.id) : QVariant();
    case SubscriptionRole:
        return QVariant::fromValue(subscriptionAt(index.row()));
    case ServerSubscriptionRole:
        return QVariant::fromValue(row.server);
    case PendingRole:
        return m_rows.pendingFor(row) != nullptr;
    case ErrorRole:
        return m_rows.errorFor(row);
    case FailingRole:
        return row.server.health && row.server.health->isFailing();
    case EnabledRole:
        return m_rows.shownEnabled(row);
    case SearchTextRole:
        return m_rows.searchText(row);
    case EditableRole:
        return row.server.id.has_value();
    }
    return {};
}

QVariant SubscriptionTableModel::displayData(const Row &row, int column) const
{
    switch (column) {
    case IdColumn:
        // Ids are identifiers, not quantities: no group separators.
        return row.server.id ? QString::number(*row.server.id) : QStringLiteral("\u2014");
    case UrlColumn:
        return m_rows.shownUrl(row);
    case DescriptionColumn:
        return m_rows.shownDescription(row).value_or(QString());
    case EventsColumn: {
        const auto events = m_rows.shownEvents(row);
        return events ? events->join(QLatin1String(", ")) : QString();
    }
    case EnabledColumn: {
        const SubscriptionRows::PendingWrite *p = m_rows.pendingFor(row);
        if (p && p->patch.enabled)
            return tr("Saving\u2026");
        const QString error = m_rows.errorFor(row);
        if (!error.isEmpty())
            return error;
        return QString();
    }
    case CreatedColumn:
        return formatTime(row.server.createdAt, QLocale::ShortFormat);
    case HealthColumn:
        return healthText(row);
    }
    return {};
}

QVariant SubscriptionTableModel::sortData(const Row &row, int column) const
{
    switch (column) {
    case IdColumn:
        return row.server.id ? *row.server.id : std::numeric_limits<qint64>::min();
    case UrlColumn:
        return m_rows.shownUrl(row);
    case DescriptionColumn:
        return m_rows.shownDescription(row).value_or(QString());
    case EventsColumn: {
        const auto events = m_rows.shownEvents(row);
        return events ? events->join(QLatin1Char(',')) : QString();
    }
    case EnabledColumn:
        return m_rows.shownEnabled(row);
    case CreatedColumn:
        return row.server.createdAt;
    case HealthColumn:
        return int(SubscriptionRows::healthScore(row.server.health));
    }
    return {};
}

QVariant SubscriptionTableModel::toolTip(const Row &row, int column) const
{
    const QString error = m_rows.errorFor(row);
    switch (column) {
    case IdColumn:
        if (!row.server.id)
            return tr("The server sent this subscription without an id: it cannot be changed here.");
        break;
    case UrlColumn:
        return error.isEmpty() ? m_rows.shownUrl(row) : m_rows.shownUrl(row) + QLatin1Char('\n') + error;
    case DescriptionColumn:
        if (!m_rows.shownDescription(row))
            return error.isEmpty() ? tr("No description") : error;
        break;
    case EventsColumn:
        if (!m_rows.shownEvents(row))
            return tr(
                "The server has not reported this subscription's events; select the subscription to ask for them.");
        break;
    case EnabledColumn:
        if (m_rows.pendingFor(row))
            return tr("Saving: waiting for the server to confirm.");
        break;
    case CreatedColumn:
        if (error.isEmpty())
            return formatTime(row.server.createdAt, QLocale::LongFormat);
        break;
    case HealthColumn:
        if (error.isEmpty())
            return healthToolTip(row);
        break;
    }
    return error.isEmpty() ? QVariant() : QVariant(error);
}

QString SubscriptionTableModel::formatTime(const QDateTime &utc, QLocale::FormatType format) const
{
    // The long form only where a tooltip explains a cell's short time.
    return format == QLocale::LongFormat ? TimeText::longFormat(utc, m_locale) : TimeText::format(utc, m_locale);
}

QString SubscriptionTableModel::relativeTime(const QDateTime &t) const
{
    return RelativeTimeText::format(t, now());
}

QString SubscriptionTableModel::healthText(const Row &row) const
{
    const auto &h = row.server.health;
    if (!h)
        return QString();
    QStringList parts;
    const QDateTime current = now();
    if (h->isFailing()) {
        // A duration, not "since 3 hours ago": it reads right in every language.
        const qint64 failingFor = h->failingSince.secsTo(current);
        parts << (failingFor < 60 ? tr("Failing since just now")
                                  : tr("Failing for %1").arg(RelativeTimeText::amount(failingFor)));
    }
    if (h->pendingRetries > 0)
        parts << (h->pendingRetries == 1 ? tr("1 pending retry")
                                         : tr("%1 pending retries").arg(m_locale.toString(h->pendingRetries)));
    if (h->nextRetryAt.isValid()) {
        // The summary is as old as the last load: a retry time that has passed was due, and what
        // came of it is only known after the next update.
        parts << (h->nextRetryAt <= current ? tr("retry due, waiting for the next update")
                                            : tr("next retry %1").arg(relativeTime(h->nextRetryAt)));
    }
    if (parts.isEmpty())
        return healthStateText(*h);
    return parts.join(QLatin1String(", "));
}

QString SubscriptionTableModel::healthStateText(const DeliverySummary &h)
{
    if (h.isFailing())
        return tr("Failing");
    if (h.pendingRetries > 0 || h.lastDeliveryStatus == QLatin1String("retrying"))
        return tr("Retrying");
    if (!h.lastDeliveryAt.isValid() && h.lastDeliveryStatus.isEmpty())
        return tr("No deliveries yet");
    return tr("OK");
}

// The server's status word in the user's language; a word this console does not know, as given.
QString SubscriptionTableModel::statusName(const QString &status)
{
    if (status.isEmpty())
        return tr("unknown");
    const DeliveryTableModel::Status known = DeliveryTableModel::statusFromString(status);
    return known == DeliveryTableModel::Unknown ? status : DeliveryTableModel::statusDisplayName(known);
}

QString SubscriptionTableModel::healthToolTip(const Row &row) const
{
    const auto &h = row.server.health;
    if (!h)
        return tr("The server does not report delivery health.");
    QStringList lines;
    if (h->isFailing())
        lines << tr("Failing since: %1").arg(formatTime(h->failingSince, QLocale::ShortFormat));
    if (h->lastDeliveryAt.isValid())
        lines << tr("Last delivery: %1 (%2)")
                     .arg(formatTime(h->lastDeliveryAt, QLocale::ShortFormat), statusName(h->lastDeliveryStatus));
    lines << tr("Pending retries: %1").arg(m_locale.toString(h->pendingRetries));
    if (h->nextRetryAt.isValid())
        lines << tr("Next retry: %1").arg(formatTime(h->nextRetryAt, QLocale::ShortFormat));
    return lines.join(QLatin1Char('\n'));
}

QVariant SubscriptionTableModel::healthDecoration(const Row &row) const
{
    switch (SubscriptionRows::healthRank(row.server.health)) {
    case 3:
        return m_icons.decoration(StatusIconSet::Failing);
    case 2:
        return m_icons.decoration(StatusIconSet::Retrying);
    case 1:
        return m_icons.decoration(StatusIconSet::Ok);
    }
    return {};
}

// ---- lookup -----------------------------------------------------------------------------------

QModelIndex SubscriptionTableModel::indexForId(qint64 id, int column) const
{
    const int r = rowForId(id);
    return r < 0 ? QModelIndex() : index(r, column);
}

// compareRows() passes its column on as a sort key.
static_assert(int(SubscriptionRows::SortKey::Id) == SubscriptionTableModel::IdColumn
              && int(SubscriptionRows::SortKey::Url) == SubscriptionTableModel::UrlColumn
              && int(SubscriptionRows::SortKey::Description) == SubscriptionTableModel::DescriptionColumn
              && int(SubscriptionRows::SortKey::Events) == SubscriptionTableModel::EventsColumn
              && int(SubscriptionRows::SortKey::Enabled) == SubscriptionTableModel::EnabledColumn
              && int(SubscriptionRows::SortKey::Created) == SubscriptionTableModel::CreatedColumn
              && int(SubscriptionRows::SortKey::Health) == SubscriptionTableModel::HealthColumn);

// ---- signals ----------------------------------------------------------------------------------

void SubscriptionTableModel::announceHealth()
{
    const bool has = m_rows.healthRowCount() > 0;
    if (has == m_hasHealth)
        return;
    m_hasHealth = has;
    Q_EMIT hasHealthChanged(has);
}

void SubscriptionTableModel::emitRowsChanged(int first, int last)
{
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1), kRowRoles);
}

// ---- loading ----------------------------------------------------------------------------------

void SubscriptionTableModel::setSubscriptions(const SubscriptionList &list)
{
    setSubscriptions(SubscriptionList(list));
}

void SubscriptionTableModel::setSubscriptions(SubscriptionList &&list)
{
    SubscriptionRows::Merge merge = m_rows.planMerge(list);
    for (const SubscriptionRows::Step &step : merge.steps())
        applyMergeStep(merge, step);
    m_rows.finish(merge);
    announceHealth();
}

void SubscriptionTableModel::applyMergeStep(SubscriptionRows::Merge &merge, const SubscriptionRows::Step &step)
{
    using Step = SubscriptionRows::Step;
    switch (step.kind) {
    case Step::Reset:
        beginResetModel();
        m_rows.apply(merge, step);
        endResetModel();
        break;
    case Step::Remove:
        beginRemoveRows({}, step.first, step.last);
        m_rows.apply(merge, step);
        endRemoveRows();
        break;
    case Step::Insert:
        beginInsertRows({}, step.first, step.last);
        m_rows.apply(merge, step);
        endInsertRows();
        break;
    case Step::Update:
        m_rows.apply(merge, step);
        emitRowsChanged(step.first, step.last);
        break;
    }
}

void SubscriptionTableModel::appendBatch(const SubscriptionList &chunk)
{
    if (chunk.isEmpty())
        return;
    const int first = m_rows.size();
    beginInsertRows({}, first, first + int(chunk.size()) - 1);
    m_rows.append(chunk);
    endInsertRows();
    announceHealth();
}

void SubscriptionTableModel::clear()
{
    if (m_rows.isBlank())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    announceHealth();
}

void SubscriptionTableModel::upsert(const Subscription &subscription)
{
    const int existing = subscription.id ? rowForId(*subscription.id) : -1;
    if (existing >= 0) {
        if (m_rows.adoptServerValue(existing, Subscription(subscription))) {
            announceHealth();
            emitRowsChanged(existing, existing);
        }
        return;
    }
    const int r = m_rows.size();
    beginInsertRows({}, r, r);
    m_rows.append(subscription);
    endInsertRows();
    announceHealth();
}

bool SubscriptionTableModel::remove(qint64 id)
{
    const int r = rowForId(id);
    if (r < 0)
        return false;
    beginRemoveRows({}, r, r);
    m_rows.removeRows(r, r);
    endRemoveRows();
    announceHealth();
    return true;
}

int SubscriptionTableModel::removeIds(const QList<qint64> &ids)
{
    int removed = 0;
    // Bottom-up so that earlier row numbers stay valid; one signal pair per contiguous run.
    for (const SubscriptionRows::Range &run : m_rows.runsForIds(ids)) {
        beginRemoveRows({}, run.first, run.last);
        m_rows.removeRows(run.first, run.last);
        endRemoveRows();
        removed += run.last - run.first + 1;
    }
    if (removed > 0)
        announceHealth();
    return removed;
}

// ---- writes in flight -------------------------------------------------------------------------

quint64 SubscriptionTableModel::setPending(qint64 id, const SubscriptionPatch &patch)
{
    const SubscriptionRows::OverlayChange change = m_rows.setPending(id, patch);
    if (change.row >= 0)
        emitRowsChanged(change.row, change.row);
    return change.ticket;
}

quint64 SubscriptionTableModel::setEnabledOptimistic(qint64 id, bool enabled)
{
    SubscriptionPatch patch;
    patch.enabled = enabled;
    return setPending(id, patch);
}

bool SubscriptionTableModel::confirm(qint64 id, const Subscription &serverSubscription, quint64 ticket)
{
    const SubscriptionRows::OverlayChange change = m_rows.confirm(id, serverSubscription, ticket);
    if (change.row >= 0) {
        announceHealth();  // the answer may add or drop the delivery summary
        emitRowsChanged(change.row, change.row);
    }
    return change.knownId;
}

bool SubscriptionTableModel::rollback(qint64 id, const QString &errorText, quint64 ticket)
{
    const SubscriptionRows::OverlayChange change = m_rows.rollback(id, errorText, ticket);
    if (change.row >= 0)
        emitRowsChanged(change.row, change.row);
    return change.knownId;
}

void SubscriptionTableModel::clearError(qint64 id)
{
    const SubscriptionRows::OverlayChange change = m_rows.clearError(id);
    if (change.row >= 0)
        emitRowsChanged(change.row, change.row);
}
