// Slightly over the usual size of a room: one presenter of one table. The rows and their merging
// live in SubscriptionRows, the wording in HealthText and WatchStar, the change marks in
// RowChangeMarks; what is left is Qt's model API over them, role by role.
#include "models/SubscriptionTableModel.h"

#include "common/Clock.h"
#include "models/HealthText.h"
#include "models/TimeText.h"
#include "models/WatchStar.h"

#include <QColor>
#include <QFont>

#include <algorithm>
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
    Qt::BackgroundRole,
    SubscriptionTableModel::ChangeRole,
    SubscriptionTableModel::GivesUpSoonRole,
    SubscriptionTableModel::WatchedRole,
};

const QList<int> kMarkRoles = {Qt::BackgroundRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole,
                               SubscriptionTableModel::ChangeRole};

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
    names.insert(ChangeRole, "change");
    names.insert(GivesUpSoonRole, "givesUpSoon");
    names.insert(WatchedRole, "watched");
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
    expireMarks();
    if (m_rows.isEmpty() || m_rows.healthRowCount() == 0)
        return;
    Q_EMIT dataChanged(index(0, HealthColumn), index(m_rows.size() - 1, HealthColumn),
                       {Qt::DisplayRole, Qt::ToolTipRole, GivesUpSoonRole});
}

void SubscriptionTableModel::setGiveUpWarningSeconds(qint64 seconds)
{
    if (seconds == m_giveUpWarningSeconds)
        return;
    m_giveUpWarningSeconds = seconds;
    if (!m_rows.isEmpty() && m_rows.healthRowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows.size() - 1, ColumnCount - 1), {Qt::DisplayRole, GivesUpSoonRole});
}

bool SubscriptionTableModel::givesUpSoonAt(int row) const
{
    const auto &h = m_rows.at(row).server.health;
    return h && HealthText::givesUpWithin(*h, now(), m_giveUpWarningSeconds);
}

void SubscriptionTableModel::setWatchedIds(const QSet<qint64> &ids)
{
    // Only the rows whose star changes are repainted (and re-sorted when sorted by it).
    QSet<qint64> changed = ids;
    changed.unite(m_watched);
    changed.subtract(QSet<qint64>(ids).intersect(m_watched));
    m_watched = ids;
    emitIdsChanged(changed.values(), WatchColumn, WatchColumn, WatchStar::roles(WatchedRole, SortRole));
}

bool SubscriptionTableModel::isWatchedAt(int row) const
{
    const auto &id = m_rows.at(row).server.id;
    return id && m_watched.contains(*id);
}

int SubscriptionTableModel::compareRows(int left, int right, int column) const
{
    if (column == WatchColumn)
        return int(isWatchedAt(left)) - int(isWatchedAt(right));
    return m_rows.compare(left, right, SubscriptionRows::SortKey(column));
}

SubscriptionSortKeys SubscriptionTableModel::sortKeys(int column) const
{
    if (column != WatchColumn)
        return m_rows.sortKeys(SubscriptionRows::SortKey(column));
    std::vector<SubscriptionSortKeys::Value> values(static_cast<size_t>(rowCount()));
    for (int row = 0; row < rowCount(); ++row)
        values[size_t(row)].numbers[0] = isWatchedAt(row);
    return SubscriptionSortKeys(SubscriptionSortKeys::Rule::Numbers, std::move(values));
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
    case WatchColumn:
        return role == Qt::ToolTipRole ? WatchStar::headerToolTip() : WatchStar::text(true);
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
        if (column == WatchColumn)
            return int(Qt::AlignCenter);
        return {};
    case Qt::AccessibleTextRole:
        if (column == WatchColumn && row.server.id)
            return WatchStar::accessibleText(m_watched.contains(*row.server.id));
        return {};
    case Qt::AccessibleDescriptionRole:
        if (m_rows.pendingFor(row))
            return tr("Saving");
        return data(index, ChangeRole);
    case Qt::BackgroundRole: {
        const RowChangeMarks::Mark *mark = row.server.id ? m_marks.markFor(*row.server.id) : nullptr;
        return mark ? QVariant(RowChangeMarks::background(mark->kind)) : QVariant();
    }
    case ChangeRole: {
        const RowChangeMarks::Mark *mark = row.server.id ? m_marks.markFor(*row.server.id) : nullptr;
        return mark ? RowChangeMarks::describe(*mark, m_locale) : QString();
    }
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
    case GivesUpSoonRole:
        return givesUpSoonAt(index.row());
    case WatchedRole:
        return isWatchedAt(index.row());
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
        return row.server.health ? HealthText::cell(*row.server.health, now(), m_locale, m_giveUpWarningSeconds)
                                 : QString();
    case WatchColumn:
        return row.server.id ? WatchStar::text(m_watched.contains(*row.server.id)) : QString();
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
    case WatchColumn:
        return row.server.id && m_watched.contains(*row.server.id);
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
        if (const RowChangeMarks::Mark *mark = m_marks.markFor(*row.server.id); mark && error.isEmpty())
            return RowChangeMarks::describe(*mark, m_locale);
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
            return HealthText::toolTip(row.server.health, m_locale);
        break;
    case WatchColumn:
        if (row.server.id)
            return WatchStar::toolTip(m_watched.contains(*row.server.id));
        break;
    }
    return error.isEmpty() ? QVariant() : QVariant(error);
}

QString SubscriptionTableModel::formatTime(const QDateTime &utc, QLocale::FormatType format) const
{
    // The long form only where a tooltip explains a cell's short time.
    return format == QLocale::LongFormat ? TimeText::longFormat(utc, m_locale) : TimeText::format(utc, m_locale);
}

QVariant SubscriptionTableModel::healthDecoration(const Row &row) const
{
    switch (DeliverySummary::urgency(row.server.health)) {
    case 3:
        return m_icons.decoration(StatusIconSet::Failing);
    case 2:
        return m_icons.decoration(StatusIconSet::Retrying);
    case 1:
        return m_icons.decoration(StatusIconSet::Ok);
    }
    return {};
}

void SubscriptionTableModel::expireMarks()
{
    if (!m_marks.isEmpty())
        emitIdsChanged(m_marks.expire(now()), 0, ColumnCount - 1, kMarkRoles);
}

void SubscriptionTableModel::emitIdsChanged(const QList<qint64> &ids, int firstColumn, int lastColumn,
                                            const QList<int> &roles)
{
    // One signal per contiguous run of rows.
    for (const SubscriptionRows::Range &run : m_rows.runsForIds(ids))
        Q_EMIT dataChanged(index(run.first, firstColumn), index(run.last, lastColumn), roles);
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
    const RowChangeMarks::Summary changes = m_marks.compare(m_rows, list, now());
    SubscriptionRows::Merge merge = m_rows.planMerge(list);
    for (const SubscriptionRows::Step &step : merge.steps())
        applyMergeStep(merge, step);
    m_rows.finish(merge);
    announceHealth();
    if (!changes.isEmpty()) {
        Q_EMIT changesSeen(changes);
        Q_EMIT rowChangesSeen(changes.changes);
    }
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

void SubscriptionTableModel::prepareSearchKeys(int first, int count) const
{
    const int end = std::min(first + count, m_rows.size());
    for (int row = std::max(0, first); row < end; ++row)
        m_rows.ensureLowered(m_rows.at(row));
}

void SubscriptionTableModel::clear()
{
    if (m_rows.isBlank())
        return;
    beginResetModel();
    m_rows.clear();
    m_marks.clear();
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
