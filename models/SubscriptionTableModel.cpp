#include "SubscriptionTableModel.h"

#include "common/Clock.h"
#include "models/RelativeTimeText.h"

#include <QFont>
#include <QSet>

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

int threeWay(qint64 a, qint64 b) { return a < b ? -1 : (a > b ? 1 : 0); }

int compareText(const QString &a, const QString &b)
{
    const int ci = a.compare(b, Qt::CaseInsensitive);
    return ci != 0 ? ci : a.compare(b, Qt::CaseSensitive);
}

// Severity rank for sorting the Health column: failing > retrying > ok > no summary.
int healthRank(const std::optional<DeliverySummary> &h)
{
    if (!h)
        return 0;
    if (h->isFailing())
        return 3;
    if (h->pendingRetries > 0 || h->lastDeliveryStatus == QLatin1String("retrying"))
        return 2;
    return 1;
}

const QList<int> kRowRoles = {
    Qt::DisplayRole, Qt::CheckStateRole, Qt::ToolTipRole, Qt::DecorationRole, Qt::FontRole,
    SubscriptionTableModel::SortRole, SubscriptionTableModel::SubscriptionRole,
    SubscriptionTableModel::ServerSubscriptionRole, SubscriptionTableModel::PendingRole,
    SubscriptionTableModel::ErrorRole, SubscriptionTableModel::FailingRole,
    SubscriptionTableModel::EnabledRole, SubscriptionTableModel::SearchTextRole,
};

// Above this many separate insert/remove runs in one refresh, a reset is cheaper than the runs
// (each run moves the tail of the row vector).
constexpr int kMaxDiffRuns = 64;

} // namespace

SubscriptionTableModel::SubscriptionTableModel(QObject *parent)
    : SubscriptionTableModel(nullptr, parent)
{
}

SubscriptionTableModel::SubscriptionTableModel(const Clock *clock, QObject *parent)
    : QAbstractTableModel(parent)
{
    setClock(clock);
}

SubscriptionTableModel::~SubscriptionTableModel() = default;

int SubscriptionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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

void SubscriptionTableModel::setLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    m_locale = locale;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole});
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
    if (m_rows.empty() || m_healthRows == 0)
        return;
    Q_EMIT dataChanged(index(0, HealthColumn), index(int(m_rows.size()) - 1, HealthColumn),
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
    case IdColumn: return tr("ID");
    case UrlColumn: return tr("URL");
    case DescriptionColumn: return tr("Description");
    case EventsColumn:
        // Asked on hover only (no cached value to refresh), so a scan that stops at the first
        // known row is cheap enough.
        if (role == Qt::ToolTipRole && !m_rows.empty()
            && std::none_of(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.server.events.has_value(); }))
            return tr("The server has not reported any subscription's events, so this column is empty. "
                      "Events you set in this console appear here.");
        return tr("Events");
    case EnabledColumn: return tr("Enabled");
    case CreatedColumn: return tr("Created");
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
    if (index.column() == EnabledColumn && m_rows[size_t(index.row())].server.id)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool SubscriptionTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != EnabledColumn
        || !isCell(this, index))
        return false;
    const Row &row = m_rows[size_t(index.row())];
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
    const Row &row = m_rows[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::CheckStateRole:
        if (column == EnabledColumn)
            return shownEnabled(row) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::DecorationRole:
        if (column == HealthColumn)
            return healthDecoration(row);
        if (column == EnabledColumn && pendingFor(row))
            return m_icons.decoration(StatusIconSet::Pending);
        if (column == EnabledColumn && !errorFor(row).isEmpty())
            return m_icons.decoration(StatusIconSet::Error);
        return {};
    case Qt::FontRole:
        if (pendingFor(row)) {
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
        if (pendingFor(row))
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
        return pendingFor(row) != nullptr;
    case ErrorRole:
        return errorFor(row);
    case FailingRole:
        return row.server.health && row.server.health->isFailing();
    case EnabledRole:
        return shownEnabled(row);
    case SearchTextRole:
        return searchText(row);
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
        return shownUrl(row);
    case DescriptionColumn:
        return shownDescription(row).value_or(QString());
    case EventsColumn: {
        const auto events = shownEvents(row);
        return events ? events->join(QLatin1String(", ")) : QString();
    }
    case EnabledColumn: {
        const PendingWrite *p = pendingFor(row);
        if (p && p->patch.enabled)
            return tr("Saving\u2026");
        const QString error = errorFor(row);
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
        return shownUrl(row);
    case DescriptionColumn:
        return shownDescription(row).value_or(QString());
    case EventsColumn: {
        const auto events = shownEvents(row);
        return events ? events->join(QLatin1Char(',')) : QString();
    }
    case EnabledColumn:
        return shownEnabled(row);
    case CreatedColumn:
        return row.server.createdAt;
    case HealthColumn:
        return healthRank(row.server.health) * 1000000
               + (row.server.health ? std::min(row.server.health->pendingRetries, 999999) : 0);
    }
    return {};
}

QVariant SubscriptionTableModel::toolTip(const Row &row, int column) const
{
    const QString error = errorFor(row);
    switch (column) {
    case IdColumn:
        if (!row.server.id)
            return tr("The server sent this subscription without an id: it cannot be changed here.");
        break;
    case UrlColumn:
        return error.isEmpty() ? shownUrl(row) : shownUrl(row) + QLatin1Char('\n') + error;
    case DescriptionColumn:
        if (!shownDescription(row))
            return error.isEmpty() ? tr("No description") : error;
        break;
    case EventsColumn:
        if (!shownEvents(row))
            return tr("The server has not reported this subscription's events; select the subscription to ask for them.");
        break;
    case EnabledColumn:
        if (pendingFor(row))
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
    if (!utc.isValid())
        return QString();
    return m_locale.toString(utc.toLocalTime(), format);
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
    if (h->isFailing())
        parts << tr("Failing since %1").arg(relativeTime(h->failingSince));
    if (h->pendingRetries > 0)
        parts << (h->pendingRetries == 1 ? tr("1 pending retry")
                                         : tr("%1 pending retries").arg(m_locale.toString(h->pendingRetries)));
    if (h->nextRetryAt.isValid())
        parts << tr("next retry %1").arg(relativeTime(h->nextRetryAt));
    if (parts.isEmpty()) {
        if (h->lastDeliveryStatus == QLatin1String("retrying"))
            return tr("Retrying");
        if (!h->lastDeliveryAt.isValid() && h->lastDeliveryStatus.isEmpty())
            return tr("No deliveries yet");
        return tr("OK");
    }
    return parts.join(QLatin1String(", "));
}

QString SubscriptionTableModel::healthToolTip(const Row &row) const
{
    const auto &h = row.server.health;
    if (!h)
        return tr("The server does not report delivery health.");
    QStringList lines;
    if (h->isFailing())
        lines << tr("Failing since: %1").arg(formatTime(h->failingSince, QLocale::LongFormat));
    if (h->lastDeliveryAt.isValid())
        lines << tr("Last delivery: %1 (%2)")
                     .arg(formatTime(h->lastDeliveryAt, QLocale::LongFormat),
                          h->lastDeliveryStatus.isEmpty() ? tr("unknown") : h->lastDeliveryStatus);
    lines << tr("Pending retries: %1").arg(m_locale.toString(h->pendingRetries));
    if (h->nextRetryAt.isValid())
        lines << tr("Next retry: %1").arg(formatTime(h->nextRetryAt, QLocale::LongFormat));
    return lines.join(QLatin1Char('\n'));
}

QVariant SubscriptionTableModel::healthDecoration(const Row &row) const
{
    switch (healthRank(row.server.health)) {
    case 3: return m_icons.decoration(StatusIconSet::Failing);
    case 2: return m_icons.decoration(StatusIconSet::Retrying);
    case 1: return m_icons.decoration(StatusIconSet::Ok);
    }
    return {};
}

// ---- shown values (server value with the pending overlay) --------------------------------------

const SubscriptionTableModel::PendingWrite *SubscriptionTableModel::pendingFor(const Row &row) const
{
    if (m_pending.isEmpty() || !row.server.id)
        return nullptr;
    const auto it = m_pending.constFind(*row.server.id);
    return it == m_pending.cend() ? nullptr : &it.value();
}

QString SubscriptionTableModel::errorFor(const Row &row) const
{
    if (m_errors.isEmpty() || !row.server.id)
        return QString();
    return m_errors.value(*row.server.id);
}

bool SubscriptionTableModel::shownEnabled(const Row &row) const
{
    const PendingWrite *p = pendingFor(row);
    return p && p->patch.enabled ? *p->patch.enabled : row.server.enabled;
}

QString SubscriptionTableModel::shownUrl(const Row &row) const
{
    const PendingWrite *p = pendingFor(row);
    return p && p->patch.url ? *p->patch.url : row.server.url;
}

std::optional<QString> SubscriptionTableModel::shownDescription(const Row &row) const
{
    const PendingWrite *p = pendingFor(row);
    if (p && p->patch.description) {
        // An engaged null QString in a patch means "set to null".
        if (p->patch.description->isNull())
            return std::nullopt;
        return *p->patch.description;
    }
    return row.server.description;
}

std::optional<QStringList> SubscriptionTableModel::shownEvents(const Row &row) const
{
    const PendingWrite *p = pendingFor(row);
    return p && p->patch.events ? p->patch.events : row.server.events;
}

void SubscriptionTableModel::ensureLowered(const Row &row) const
{
    if (row.lowered)
        return;
    const QString url = shownUrl(row);
    row.lowerUrl = url.isLower() ? url : url.toLower();
    const QString description = shownDescription(row).value_or(QString());
    row.lowerDescription = description.isLower() ? description : description.toLower();
    row.lowered = true;
}

QString SubscriptionTableModel::searchText(const Row &row) const
{
    ensureLowered(row);
    QString s;
    if (row.server.id)
        s += QString::number(*row.server.id);
    s += QLatin1Char('\n');
    s += row.lowerUrl;
    s += QLatin1Char('\n');
    s += row.lowerDescription;
    return s;
}

// ---- lookup -----------------------------------------------------------------------------------

int SubscriptionTableModel::rowForId(qint64 id) const
{
    return m_idToRow.value(id, -1);
}

QModelIndex SubscriptionTableModel::indexForId(qint64 id, int column) const
{
    const int r = rowForId(id);
    return r < 0 ? QModelIndex() : index(r, column);
}

Subscription SubscriptionTableModel::subscriptionAt(int row) const
{
    const Row &r = m_rows[size_t(row)];
    Subscription s = r.server;
    if (pendingFor(r)) {
        s.enabled = shownEnabled(r);
        s.url = shownUrl(r);
        s.description = shownDescription(r);
        s.events = shownEvents(r);
    }
    return s;
}

const Subscription &SubscriptionTableModel::serverSubscriptionAt(int row) const
{
    return m_rows[size_t(row)].server;
}

bool SubscriptionTableModel::isPending(int row) const
{
    return pendingFor(m_rows[size_t(row)]) != nullptr;
}

QString SubscriptionTableModel::errorAt(int row) const
{
    return errorFor(m_rows[size_t(row)]);
}

QString SubscriptionTableModel::searchTextAt(int row) const
{
    return searchText(m_rows[size_t(row)]);
}

bool SubscriptionTableModel::matchesSearch(int row, const QString &lowerNeedle, bool needleIsDigits) const
{
    const Row &r = m_rows[size_t(row)];
    ensureLowered(r);
    if (r.lowerUrl.contains(lowerNeedle) || r.lowerDescription.contains(lowerNeedle))
        return true;
    return needleIsDigits && r.server.id && QString::number(*r.server.id).contains(lowerNeedle);
}

bool SubscriptionTableModel::isEnabledAt(int row) const
{
    return shownEnabled(m_rows[size_t(row)]);
}

bool SubscriptionTableModel::isFailingAt(int row) const
{
    const auto &h = m_rows[size_t(row)].server.health;
    return h && h->isFailing();
}

int SubscriptionTableModel::compareRows(int left, int right, int column) const
{
    const Row &a = m_rows[size_t(left)];
    const Row &b = m_rows[size_t(right)];
    switch (column) {
    case IdColumn: {
        const qint64 x = a.server.id.value_or(std::numeric_limits<qint64>::min());
        const qint64 y = b.server.id.value_or(std::numeric_limits<qint64>::min());
        return threeWay(x, y);
    }
    case UrlColumn: {
        ensureLowered(a);
        ensureLowered(b);
        const int c = a.lowerUrl.compare(b.lowerUrl);
        return c != 0 ? c : shownUrl(a).compare(shownUrl(b));
    }
    case DescriptionColumn: {
        ensureLowered(a);
        ensureLowered(b);
        const int c = a.lowerDescription.compare(b.lowerDescription);
        return c != 0 ? c : shownDescription(a).value_or(QString()).compare(shownDescription(b).value_or(QString()));
    }
    case EventsColumn: {
        // Element by element, case-insensitively; unknown (not sent) sorts with empty.
        const auto x = shownEvents(a), y = shownEvents(b);
        const qsizetype nx = x ? x->size() : 0, ny = y ? y->size() : 0;
        for (qsizetype i = 0; i < nx && i < ny; ++i) {
            const int c = compareText(x->at(i), y->at(i));
            if (c != 0)
                return c;
        }
        return threeWay(nx, ny);
    }
    case EnabledColumn:
        return threeWay(shownEnabled(a), shownEnabled(b));
    case CreatedColumn: {
        // Invalid times sort first.
        const qint64 x = a.server.createdAt.isValid() ? a.server.createdAt.toMSecsSinceEpoch()
                                                      : std::numeric_limits<qint64>::min();
        const qint64 y = b.server.createdAt.isValid() ? b.server.createdAt.toMSecsSinceEpoch()
                                                      : std::numeric_limits<qint64>::min();
        return threeWay(x, y);
    }
    case HealthColumn: {
        const auto score = [](const Row &r) {
            return qint64(healthRank(r.server.health)) * 1000000
                   + (r.server.health ? std::min(r.server.health->pendingRetries, 999999) : 0);
        };
        return threeWay(score(a), score(b));
    }
    }
    return 0;
}

// ---- index maintenance ------------------------------------------------------------------------

void SubscriptionTableModel::rebuildIndexFrom(int firstRow)
{
    // Only rows at or after firstRow moved: earlier entries stay valid (Wireshark-style tail fixup).
    for (int r = firstRow; r < int(m_rows.size()); ++r) {
        if (m_rows[size_t(r)].server.id)
            m_idToRow.insert(*m_rows[size_t(r)].server.id, r);
    }
}

void SubscriptionTableModel::recountHealth()
{
    const bool had = m_healthRows > 0;
    m_healthRows = int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                                     [](const Row &r) { return r.server.health.has_value(); }));
    if (had != (m_healthRows > 0))
        Q_EMIT hasHealthChanged(m_healthRows > 0);
}

void SubscriptionTableModel::emitRowsChanged(int first, int last)
{
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1), kRowRoles);
}

void SubscriptionTableModel::resetTo(std::vector<Row> &&rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_idToRow.clear();
    m_idToRow.reserve(qsizetype(m_rows.size()));
    rebuildIndexFrom(0);
    endResetModel();
}

// ---- loading ----------------------------------------------------------------------------------

void SubscriptionTableModel::setSubscriptions(const SubscriptionList &list)
{
    setSubscriptions(SubscriptionList(list));
}

void SubscriptionTableModel::setSubscriptions(SubscriptionList &&list)
{
    const int n = int(list.size());
    // Pending writes, errors and answered tickets of ids the server no longer lists are dropped;
    // writes to listed ids survive the refresh (their overlay keeps showing the user's choice).
    auto dropVanished = [this](const QSet<qint64> &present) {
        for (auto it = m_pending.begin(); it != m_pending.end();)
            it = present.contains(it.key()) ? std::next(it) : m_pending.erase(it);
        for (auto it = m_errors.begin(); it != m_errors.end();)
            it = present.contains(it.key()) ? std::next(it) : m_errors.erase(it);
        for (auto it = m_settledTicket.begin(); it != m_settledTicket.end();)
            it = present.contains(it.key()) ? std::next(it) : m_settledTicket.erase(it);
    };

    if (m_rows.empty()) {
        if (n == 0)
            return;
        // First load: one insert for the whole list.
        beginInsertRows({}, 0, n - 1);
        m_rows.reserve(size_t(n));
        for (Subscription &s : list)
            m_rows.push_back(Row{std::move(s)});
        m_idToRow.reserve(n);
        rebuildIndexFrom(0);
        endInsertRows();
        if (!m_pending.isEmpty() || !m_errors.isEmpty() || !m_settledTicket.isEmpty()) {
            QSet<qint64> present;
            for (const Row &r : m_rows)
                if (r.server.id)
                    present.insert(*r.server.id);
            dropVanished(present);
        }
        recountHealth();
        return;
    }

    // Match each new subscription to an old row: by id, or by order among the id-less rows.
    const int oldCount = int(m_rows.size());
    std::vector<int> oldNullRows;
    for (int r = 0; r < oldCount; ++r)
        if (!m_rows[size_t(r)].server.id)
            oldNullRows.push_back(r);
    std::vector<int> match(size_t(n), -1);
    std::vector<char> kept(size_t(oldCount), 0);
    QSet<qint64> present;
    present.reserve(n);
    size_t nullOrdinal = 0;
    bool ordered = true;
    int lastMatched = -1;
    for (int i = 0; i < n; ++i) {
        const Subscription &s = list[i];
        int old = -1;
        if (s.id) {
            // A duplicate id in the answer matches only once; the second copy becomes a new row.
            present.insert(*s.id);
            old = m_idToRow.value(*s.id, -1);
            if (old >= 0 && kept[size_t(old)])
                old = -1;
        } else if (nullOrdinal < oldNullRows.size()) {
            old = oldNullRows[nullOrdinal++];
        }
        if (old >= 0) {
            kept[size_t(old)] = 1;
            match[size_t(i)] = old;
            if (old < lastMatched)
                ordered = false;
            lastMatched = old;
        }
    }

    // Count the runs a diff would need; reorders or scattered changes are cheaper as a reset.
    int runs = 0;
    for (int r = 0; r < oldCount; ++r)
        if (!kept[size_t(r)] && (r == 0 || kept[size_t(r - 1)]))
            ++runs;
    for (int i = 0; i < n; ++i)
        if (match[size_t(i)] < 0 && (i == 0 || match[size_t(i - 1)] >= 0))
            ++runs;

    // Answers without events (the list endpoint, the vendor's server) do not make known ones unknown.
    for (int i = 0; i < n; ++i) {
        if (match[size_t(i)] >= 0 && !std::as_const(list)[i].events)
            list[i].events = m_rows[size_t(match[size_t(i)])].server.events;
    }

    if (!ordered || runs > kMaxDiffRuns) {
        std::vector<Row> rows;
        rows.reserve(size_t(n));
        for (Subscription &s : list)
            rows.push_back(Row{std::move(s)});
        dropVanished(present);
        resetTo(std::move(rows));
        recountHealth();
        return;
    }

    // 1. Removals, bottom-up, one beginRemoveRows per contiguous run.
    for (int r = oldCount - 1; r >= 0;) {
        if (kept[size_t(r)]) {
            --r;
            continue;
        }
        const int last = r;
        while (r >= 0 && !kept[size_t(r)])
            --r;
        const int first = r + 1;
        beginRemoveRows({}, first, last);
        for (int k = first; k <= last; ++k)
            if (m_rows[size_t(k)].server.id)
                m_idToRow.remove(*m_rows[size_t(k)].server.id);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        rebuildIndexFrom(first);
        endRemoveRows();
    }
    dropVanished(present);

    // 2. Walk the new list: matched rows are now in order at `pos`; new runs are inserted there.
    // Each run of changed rows is announced as soon as it ends, before any other row changes:
    // a listener handling one dataChanged (a sorting proxy re-placing those rows by binary
    // search) must never see changed values it was not told about yet.
    int changedFirst = -1, changedLast = -1;
    const auto announceChanged = [&] {
        if (changedFirst >= 0)
            emitRowsChanged(changedFirst, changedLast);
        changedFirst = changedLast = -1;
    };
    int pos = 0;
    for (int i = 0; i < n;) {
        if (match[size_t(i)] >= 0) {
            Row &row = m_rows[size_t(pos)];
            if (!(row.server == list[i])) {
                row.server = std::move(list[i]);
                row.lowered = false;
                if (changedFirst < 0)
                    changedFirst = pos;
                changedLast = pos;
            } else {
                announceChanged();
            }
            ++pos;
            ++i;
            continue;
        }
        announceChanged();
        int j = i;
        while (j < n && match[size_t(j)] < 0)
            ++j;
        const int count = j - i;
        beginInsertRows({}, pos, pos + count - 1);
        std::vector<Row> batch;
        batch.reserve(size_t(count));
        for (int k = i; k < j; ++k)
            batch.push_back(Row{std::move(list[k])});
        m_rows.insert(m_rows.begin() + pos, std::make_move_iterator(batch.begin()),
                      std::make_move_iterator(batch.end()));
        rebuildIndexFrom(pos);
        endInsertRows();
        pos += count;
        i = j;
    }
    announceChanged();
    recountHealth();
}

void SubscriptionTableModel::appendBatch(const SubscriptionList &chunk)
{
    if (chunk.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(chunk.size()) - 1);
    // Grow geometrically: reserving the exact size per chunk would move every row on every chunk
    // (O(n) per chunk, ~25 ms at 100,000 rows).
    const size_t needed = m_rows.size() + size_t(chunk.size());
    if (m_rows.capacity() < needed)
        m_rows.reserve(std::max(needed, m_rows.capacity() * 2));
    int withHealth = 0;
    for (const Subscription &s : chunk) {
        withHealth += s.health.has_value() ? 1 : 0;
        m_rows.push_back(Row{s});
    }
    rebuildIndexFrom(first);
    endInsertRows();
    if (withHealth > 0) {
        const bool had = m_healthRows > 0;
        m_healthRows += withHealth;
        if (!had)
            Q_EMIT hasHealthChanged(true);
    }
}

void SubscriptionTableModel::clear()
{
    if (m_rows.empty() && m_pending.isEmpty() && m_errors.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_idToRow.clear();
    m_pending.clear();
    m_errors.clear();
    m_settledTicket.clear();
    endResetModel();
    recountHealth();
}

void SubscriptionTableModel::upsert(const Subscription &subscription)
{
    const int existing = subscription.id ? rowForId(*subscription.id) : -1;
    if (existing >= 0) {
        adoptServerValue(existing, Subscription(subscription));
        return;
    }
    const int r = int(m_rows.size());
    beginInsertRows({}, r, r);
    m_rows.push_back(Row{subscription});
    rebuildIndexFrom(r);
    endInsertRows();
    recountHealth();
}

void SubscriptionTableModel::adoptServerValue(int row, Subscription &&server)
{
    Row &r = m_rows[size_t(row)];
    if (!server.events)
        server.events = r.server.events;  // an answer without events keeps the known ones
    if (r.server == server)
        return;
    const bool hadHealth = r.server.health.has_value();
    r.server = std::move(server);
    r.lowered = false;
    if (hadHealth != r.server.health.has_value())
        recountHealth();
    emitRowsChanged(row, row);
}

bool SubscriptionTableModel::remove(qint64 id)
{
    const int r = rowForId(id);
    if (r < 0)
        return false;
    beginRemoveRows({}, r, r);
    m_idToRow.remove(id);
    m_rows.erase(m_rows.begin() + r);
    m_pending.remove(id);
    m_errors.remove(id);
    m_settledTicket.remove(id);
    rebuildIndexFrom(r);
    endRemoveRows();
    recountHealth();
    return true;
}

int SubscriptionTableModel::removeIds(const QList<qint64> &ids)
{
    std::vector<int> rows;
    rows.reserve(size_t(ids.size()));
    for (qint64 id : ids) {
        const int r = rowForId(id);
        if (r >= 0)
            rows.push_back(r);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Bottom-up so that earlier row numbers stay valid; one signal pair per contiguous run.
    for (int k = int(rows.size()) - 1; k >= 0;) {
        const int last = rows[size_t(k)];
        int first = last;
        while (k > 0 && rows[size_t(k - 1)] == first - 1) {
            --k;
            first = rows[size_t(k)];
        }
        --k;
        beginRemoveRows({}, first, last);
        for (int r = first; r <= last; ++r) {
            const qint64 id = *m_rows[size_t(r)].server.id;
            m_idToRow.remove(id);
            m_pending.remove(id);
            m_errors.remove(id);
            m_settledTicket.remove(id);
        }
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        rebuildIndexFrom(first);
        endRemoveRows();
    }
    if (!rows.empty())
        recountHealth();
    return int(rows.size());
}

// ---- writes in flight -------------------------------------------------------------------------

quint64 SubscriptionTableModel::setPending(qint64 id, const SubscriptionPatch &patch)
{
    const int r = rowForId(id);
    if (r < 0 || patch.isEmpty())
        return 0;
    PendingWrite &p = m_pending[id];
    // Later values win field by field; fields of earlier writes still in flight stay shown.
    if (patch.enabled)
        p.patch.enabled = patch.enabled;
    if (patch.url)
        p.patch.url = patch.url;
    if (patch.description)
        p.patch.description = patch.description;
    if (patch.events)
        p.patch.events = patch.events;
    p.ticket = m_nextTicket++;
    m_errors.remove(id);  // a new attempt replaces the old error
    m_rows[size_t(r)].lowered = false;
    emitRowsChanged(r, r);
    return p.ticket;
}

quint64 SubscriptionTableModel::setEnabledOptimistic(qint64 id, bool enabled)
{
    SubscriptionPatch patch;
    patch.enabled = enabled;
    return setPending(id, patch);
}

bool SubscriptionTableModel::confirm(qint64 id, const Subscription &serverSubscription, quint64 ticket)
{
    const int r = rowForId(id);
    if (r < 0)
        return false;
    // An answer older than one already applied carries a stale server value: ignore it.
    if (ticket != 0 && ticket < m_settledTicket.value(id, 0))
        return true;
    Subscription server = serverSubscription;
    server.id = id;  // the row stays addressable even if the answer omitted the id
    // The list endpoint does not send events; keep the ones we know when the answer omits them.
    if (!server.events)
        server.events = m_rows[size_t(r)].server.events;
    if (!server.health)
        server.health = m_rows[size_t(r)].server.health;

    const auto it = m_pending.find(id);
    if (it != m_pending.end() && (ticket == 0 || ticket == it->ticket)) {
        m_settledTicket.insert(id, it->ticket);
        m_pending.erase(it);
        m_errors.remove(id);
    } else if (ticket != 0) {
        m_settledTicket.insert(id, std::max(ticket, m_settledTicket.value(id, 0)));
    }
    Row &row = m_rows[size_t(r)];
    const bool hadHealth = row.server.health.has_value();
    row.server = std::move(server);
    row.lowered = false;
    if (hadHealth != row.server.health.has_value())
        recountHealth();
    emitRowsChanged(r, r);
    return true;
}

bool SubscriptionTableModel::rollback(qint64 id, const QString &errorText, quint64 ticket)
{
    const int r = rowForId(id);
    if (r < 0)
        return false;
    const auto it = m_pending.find(id);
    if (it != m_pending.end()) {
        // An older write failed while a newer one is in flight: the newer one decides.
        if (ticket != 0 && ticket != it->ticket)
            return true;
        m_settledTicket.insert(id, it->ticket);
        m_pending.erase(it);
    } else if (ticket != 0 && ticket <= m_settledTicket.value(id, 0)) {
        return true;
    }
    if (!errorText.isEmpty())
        m_errors.insert(id, errorText);
    m_rows[size_t(r)].lowered = false;
    emitRowsChanged(r, r);
    return true;
}

void SubscriptionTableModel::clearError(qint64 id)
{
    if (!m_errors.remove(id))
        return;
    const int r = rowForId(id);
    if (r >= 0)
        emitRowsChanged(r, r);
}
