#include "models/SubscriptionRows.h"

#include <algorithm>
#include <limits>
#include <utility>

namespace {

// Above this many separate insert/remove runs in one refresh, a reset is cheaper than the runs
// (each run moves the tail of the row vector).
constexpr int kMaxDiffRuns = 64;

int healthOf(const Subscription &s)
{
    return s.health.has_value() ? 1 : 0;
}

}  // namespace

bool SubscriptionRows::anyEventsKnown() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.server.events.has_value(); });
}

// ---- refresh from the server ------------------------------------------------------------------

SubscriptionRows::Merge SubscriptionRows::planMerge(SubscriptionList &next) const
{
    Merge merge;
    const int n = int(next.size());
    merge.m_list = &next;

    if (m_rows.empty()) {
        // First load: one insert for the whole list.
        if (n > 0)
            merge.m_steps.push_back({Step::Insert, 0, n - 1});
        return merge;
    }

    // Match each new subscription to an old row: by id, or by order among the id-less rows.
    const int oldCount = int(m_rows.size());
    std::vector<int> oldNullRows;
    for (int r = 0; r < oldCount; ++r)
        if (!m_rows[size_t(r)].server.id)
            oldNullRows.push_back(r);
    std::vector<int> match(size_t(n), -1);
    std::vector<char> kept(size_t(oldCount), 0);
    size_t nullOrdinal = 0;
    bool ordered = true;
    int lastMatched = -1;
    for (int i = 0; i < n; ++i) {
        const Subscription &s = std::as_const(next)[i];
        int old = -1;
        if (s.id) {
            // A duplicate id in the answer matches only once; the second copy becomes a new row.
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
        if (match[size_t(i)] >= 0 && !std::as_const(next)[i].events)
            next[i].events = m_rows[size_t(match[size_t(i)])].server.events;
    }

    if (!ordered || runs > kMaxDiffRuns) {
        merge.m_steps.push_back({Step::Reset, 0, n - 1});
        return merge;
    }

    // 1. Removals, bottom-up, one step per contiguous run.
    for (int r = oldCount - 1; r >= 0;) {
        if (kept[size_t(r)]) {
            --r;
            continue;
        }
        const int last = r;
        while (r >= 0 && !kept[size_t(r)])
            --r;
        merge.m_steps.push_back({Step::Remove, r + 1, last});
    }

    // 2. The new list in order: once the removals are done, the row of entry i is i. Matched rows
    // that differ form update runs; unmatched entries form insert runs.
    int changedFirst = -1;
    const auto endChangedRun = [&](int end) {
        if (changedFirst >= 0)
            merge.m_steps.push_back({Step::Update, changedFirst, end - 1});
        changedFirst = -1;
    };
    for (int i = 0; i < n;) {
        if (match[size_t(i)] >= 0) {
            if (!(m_rows[size_t(match[size_t(i)])].server == std::as_const(next)[i])) {
                if (changedFirst < 0)
                    changedFirst = i;
            } else {
                endChangedRun(i);
            }
            ++i;
            continue;
        }
        endChangedRun(i);
        int j = i;
        while (j < n && match[size_t(j)] < 0)
            ++j;
        merge.m_steps.push_back({Step::Insert, i, j - 1});
        i = j;
    }
    endChangedRun(n);
    return merge;
}

void SubscriptionRows::apply(Merge &merge, const Step &step)
{
    SubscriptionList &next = *merge.m_list;
    switch (step.kind) {
    case Step::Reset: {
        std::vector<Row> rows;
        rows.reserve(size_t(next.size()));
        for (Subscription &s : next)
            rows.push_back(Row{std::move(s)});
        m_rows = std::move(rows);
        m_idToRow.clear();
        m_idToRow.reserve(qsizetype(m_rows.size()));
        rebuildIndexFrom(0);
        recountHealth();
        break;
    }
    case Step::Remove:
        // Write state stays until finish(): the id may live on in another row (duplicates).
        for (int k = step.first; k <= step.last; ++k) {
            const Row &row = m_rows[size_t(k)];
            if (row.server.id)
                m_idToRow.remove(*row.server.id);
            m_healthRows -= healthOf(row.server);
        }
        m_rows.erase(m_rows.begin() + step.first, m_rows.begin() + step.last + 1);
        rebuildIndexFrom(step.first);
        break;
    case Step::Insert:
        insertRows(step.first, next, step.first, step.last - step.first + 1);
        break;
    case Step::Update:
        for (int k = step.first; k <= step.last; ++k) {
            Row &row = m_rows[size_t(k)];
            m_healthRows += healthOf(next[k]) - healthOf(row.server);
            row.server = std::move(next[k]);
            row.lowered = false;
        }
        break;
    }
}

void SubscriptionRows::finish(Merge &merge)
{
    merge.m_list = nullptr;
    // Pending writes, errors and answered tickets of ids the server no longer lists are dropped;
    // writes to listed ids survive the refresh (their overlay keeps showing the user's choice).
    // The rows now hold exactly the list's ids, so they tell which ids are present.
    if (m_pending.isEmpty() && m_errors.isEmpty() && m_settledTicket.isEmpty())
        return;
    QSet<qint64> present;
    present.reserve(qsizetype(m_rows.size()));
    for (const Row &r : m_rows)
        if (r.server.id)
            present.insert(*r.server.id);
    dropVanished(present);
}

std::vector<SubscriptionRows::Step> SubscriptionRows::merge(SubscriptionList &&list)
{
    Merge plan = planMerge(list);
    for (const Step &step : plan.steps())
        apply(plan, step);
    finish(plan);
    return plan.steps();
}

void SubscriptionRows::dropVanished(const QSet<qint64> &present)
{
    for (auto it = m_pending.begin(); it != m_pending.end();)
        it = present.contains(it.key()) ? std::next(it) : m_pending.erase(it);
    for (auto it = m_errors.begin(); it != m_errors.end();)
        it = present.contains(it.key()) ? std::next(it) : m_errors.erase(it);
    for (auto it = m_settledTicket.begin(); it != m_settledTicket.end();)
        it = present.contains(it.key()) ? std::next(it) : m_settledTicket.erase(it);
}

// ---- rows in and out --------------------------------------------------------------------------

void SubscriptionRows::insertRows(int first, SubscriptionList &list, int from, int count)
{
    Subscription *const values = list.data() + from;  // detaches once, not per element
    if (first == int(m_rows.size())) {
        // At the end (a first load): no tail to move, no batch to build.
        m_rows.reserve(m_rows.size() + size_t(count));
        for (int k = 0; k < count; ++k) {
            m_healthRows += healthOf(values[k]);
            m_rows.push_back(Row{std::move(values[k])});
        }
    } else {
        std::vector<Row> batch;
        batch.reserve(size_t(count));
        for (int k = 0; k < count; ++k) {
            m_healthRows += healthOf(values[k]);
            batch.push_back(Row{std::move(values[k])});
        }
        m_rows.insert(m_rows.begin() + first, std::make_move_iterator(batch.begin()),
                      std::make_move_iterator(batch.end()));
    }
    if (first == 0)
        m_idToRow.reserve(qsizetype(m_rows.size()));
    rebuildIndexFrom(first);
}

void SubscriptionRows::append(const SubscriptionList &chunk)
{
    if (chunk.isEmpty())
        return;
    const int first = int(m_rows.size());
    // Grow geometrically: reserving the exact size per chunk would move every row on every chunk
    // (O(n) per chunk, ~25 ms at 100,000 rows).
    const size_t needed = m_rows.size() + size_t(chunk.size());
    if (m_rows.capacity() < needed)
        m_rows.reserve(std::max(needed, m_rows.capacity() * 2));
    for (const Subscription &s : chunk) {
        m_healthRows += healthOf(s);
        m_rows.push_back(Row{s});
    }
    rebuildIndexFrom(first);
}

void SubscriptionRows::append(const Subscription &subscription)
{
    const int r = int(m_rows.size());
    m_healthRows += healthOf(subscription);
    m_rows.push_back(Row{subscription});
    rebuildIndexFrom(r);
}

bool SubscriptionRows::adoptServerValue(int row, Subscription &&server)
{
    Row &r = m_rows[size_t(row)];
    if (!server.events)
        server.events = r.server.events;  // an answer without events keeps the known ones
    if (r.server == server)
        return false;
    m_healthRows += healthOf(server) - healthOf(r.server);
    r.server = std::move(server);
    r.lowered = false;
    return true;
}

void SubscriptionRows::removeRows(int first, int last)
{
    for (int r = first; r <= last; ++r) {
        const Row &row = m_rows[size_t(r)];
        m_healthRows -= healthOf(row.server);
        if (row.server.id) {
            m_idToRow.remove(*row.server.id);
            forgetWrites(*row.server.id);
        }
    }
    m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
    rebuildIndexFrom(first);
}

std::vector<SubscriptionRows::Range> SubscriptionRows::runsForIds(const QList<qint64> &ids) const
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
    std::vector<Range> runs;
    for (int k = int(rows.size()) - 1; k >= 0;) {
        const int last = rows[size_t(k)];
        int first = last;
        while (k > 0 && rows[size_t(k - 1)] == first - 1) {
            --k;
            first = rows[size_t(k)];
        }
        --k;
        runs.push_back({first, last});
    }
    return runs;
}

void SubscriptionRows::clear()
{
    m_rows.clear();
    m_idToRow.clear();
    m_pending.clear();
    m_errors.clear();
    m_settledTicket.clear();
    m_healthRows = 0;
}

void SubscriptionRows::rebuildIndexFrom(int firstRow)
{
    // Only rows at or after firstRow moved: earlier entries stay valid.
    for (int r = firstRow; r < int(m_rows.size()); ++r) {
        if (m_rows[size_t(r)].server.id)
            m_idToRow.insert(*m_rows[size_t(r)].server.id, r);
    }
}

void SubscriptionRows::recountHealth()
{
    m_healthRows =
        int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.server.health.has_value(); }));
}

void SubscriptionRows::forgetWrites(qint64 id)
{
    m_pending.remove(id);
    m_errors.remove(id);
    m_settledTicket.remove(id);
}

// ---- writes in flight -------------------------------------------------------------------------

SubscriptionRows::OverlayChange SubscriptionRows::setPending(qint64 id, const SubscriptionPatch &patch)
{
    const int r = rowForId(id);
    if (r < 0 || patch.isEmpty())
        return {r >= 0, -1, 0};
    // Not operator[]: GCC 12 wrongly warns (maybe-uninitialized) on its default-built value.
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        it = m_pending.insert(id, PendingWrite());
    PendingWrite &p = *it;
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
    return {true, r, p.ticket};
}

SubscriptionRows::OverlayChange SubscriptionRows::confirm(qint64 id, const Subscription &serverSubscription,
                                                          quint64 ticket)
{
    const int r = rowForId(id);
    if (r < 0)
        return {};
    // An answer older than one already applied carries a stale server value: ignore it.
    if (ticket != 0 && ticket < m_settledTicket.value(id, 0))
        return {true, -1, 0};
    Row &row = m_rows[size_t(r)];
    Subscription server = serverSubscription;
    server.id = id;  // the row stays addressable even if the answer omitted the id
    // The list endpoint does not send events; keep the ones we know when the answer omits them.
    if (!server.events)
        server.events = row.server.events;
    if (!server.health)
        server.health = row.server.health;

    const auto it = m_pending.find(id);
    if (it != m_pending.end() && (ticket == 0 || ticket == it->ticket)) {
        m_settledTicket.insert(id, it->ticket);
        m_pending.erase(it);
        m_errors.remove(id);
    } else if (ticket != 0) {
        m_settledTicket.insert(id, std::max(ticket, m_settledTicket.value(id, 0)));
    }
    m_healthRows += healthOf(server) - healthOf(row.server);
    row.server = std::move(server);
    row.lowered = false;
    return {true, r, 0};
}

SubscriptionRows::OverlayChange SubscriptionRows::rollback(qint64 id, const QString &errorText, quint64 ticket)
{
    const int r = rowForId(id);
    if (r < 0)
        return {};
    const auto it = m_pending.find(id);
    if (it != m_pending.end()) {
        // An older write failed while a newer one is in flight: the newer one decides.
        if (ticket != 0 && ticket != it->ticket)
            return {true, -1, 0};
        m_settledTicket.insert(id, it->ticket);
        m_pending.erase(it);
    } else if (ticket != 0 && ticket <= m_settledTicket.value(id, 0)) {
        return {true, -1, 0};
    }
    if (!errorText.isEmpty())
        m_errors.insert(id, errorText);
    m_rows[size_t(r)].lowered = false;
    return {true, r, 0};
}

SubscriptionRows::OverlayChange SubscriptionRows::clearError(qint64 id)
{
    const int r = rowForId(id);
    if (!m_errors.remove(id))
        return {r >= 0, -1, 0};
    return {r >= 0, r, 0};
}

// ---- values as shown --------------------------------------------------------------------------

QString SubscriptionRows::errorFor(const Row &row) const
{
    if (m_errors.isEmpty() || !row.server.id)
        return QString();
    return m_errors.value(*row.server.id);
}

std::optional<QString> SubscriptionRows::shownDescription(const Row &row) const
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

std::optional<QStringList> SubscriptionRows::shownEvents(const Row &row) const
{
    const PendingWrite *p = pendingFor(row);
    return p && p->patch.events ? p->patch.events : row.server.events;
}

Subscription SubscriptionRows::shownSubscription(int row) const
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

void SubscriptionRows::lower(const Row &row) const
{
    const QString url = shownUrl(row);
    row.lowerUrl = url.isLower() ? url : url.toLower();
    const QString description = shownDescription(row).value_or(QString());
    row.lowerDescription = description.isLower() ? description : description.toLower();
    row.lowered = true;
}

QString SubscriptionRows::searchText(const Row &row) const
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

bool SubscriptionRows::matchesSearch(int row, const SubscriptionSearch &search) const
{
    const Row &r = m_rows[size_t(row)];
    ensureLowered(r);
    return search.matchesLowered(r.lowerUrl, r.lowerDescription, r.server.id);
}

// ---- order ------------------------------------------------------------------------------------

qint64 SubscriptionRows::healthScore(const std::optional<DeliverySummary> &h)
{
    return qint64(DeliverySummary::urgency(h)) * 1000000 + (h ? std::min(h->pendingRetries, 999999) : 0);
}

SubscriptionSortKeys::Rule SubscriptionRows::ruleOf(SortKey key)
{
    switch (key) {
    case SortKey::Url:
    case SortKey::Description:
        return SubscriptionSortKeys::Rule::Text;
    case SortKey::Events:
        return SubscriptionSortKeys::Rule::TextList;
    case SortKey::Id:
    case SortKey::Enabled:
    case SortKey::Created:
    case SortKey::Health:
        break;
    }
    return SubscriptionSortKeys::Rule::Numbers;
}

SubscriptionSortKeys::Value SubscriptionRows::sortValue(int row, SortKey key) const
{
    constexpr qint64 kFirst = std::numeric_limits<qint64>::min();  // unknown values sort first
    const Row &r = m_rows[size_t(row)];
    SubscriptionSortKeys::Value v;
    switch (key) {
    case SortKey::Id:
        v.numbers[0] = r.server.id.value_or(kFirst);
        break;
    case SortKey::Url:
        ensureLowered(r);
        v.text = r.lowerUrl;
        v.tie = shownUrl(r);
        break;
    case SortKey::Description:
        ensureLowered(r);
        v.text = r.lowerDescription;
        v.tie = shownDescription(r).value_or(QString());
        break;
    case SortKey::Events:
        v.list = shownEvents(r).value_or(QStringList());  // unknown (not sent) sorts with empty
        break;
    case SortKey::Enabled:
        v.numbers[0] = shownEnabled(r);
        break;
    case SortKey::Created:
        v.numbers[0] = r.server.createdAt.isValid() ? r.server.createdAt.toMSecsSinceEpoch() : kFirst;
        break;
    case SortKey::Health: {
        // Severity; within it, the sooner a delivery gives up the more urgent the row; then the
        // number of pending retries.
        const auto &h = r.server.health;
        const QDateTime givesUp = h ? h->givesUpAt : QDateTime();
        v.numbers[0] = DeliverySummary::urgency(h);
        v.numbers[1] = givesUp.isValid() ? -givesUp.toMSecsSinceEpoch() : kFirst;
        v.numbers[2] = healthScore(h);
        break;
    }
    }
    return v;
}

SubscriptionSortKeys SubscriptionRows::sortKeys(SortKey key) const
{
    std::vector<SubscriptionSortKeys::Value> values;
    values.reserve(m_rows.size());
    for (int row = 0; row < int(m_rows.size()); ++row)
        values.push_back(sortValue(row, key));
    return SubscriptionSortKeys(ruleOf(key), std::move(values));
}

int SubscriptionRows::compare(int left, int right, SortKey key) const
{
    return SubscriptionSortKeys::compare(sortValue(left, key), sortValue(right, key), ruleOf(key));
}
