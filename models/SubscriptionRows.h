#pragma once

#include "api/Subscription.h"
#include "api/SubscriptionPatch.h"
#include "api/SubscriptionSearch.h"
#include "models/SubscriptionSortKeys.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

// The rows of the subscriptions table as plain data: the server's values in display order, the
// id-to-row index, and the optimistic overlay of writes in flight. No Qt model API here: every call
// that changes rows says which rows changed. Removals, insertions and resets must be announced to
// views before they happen, so a refresh is planned first (planMerge) and then applied step by step;
// the presenter announces each step around apply().
//
// Rows whose id is null are shown but cannot be edited; a refresh keys them by their order among
// the id-less rows of the list so that they stay stable.
class SubscriptionRows
{
public:
    struct Row
    {
        explicit Row(Subscription s)
            : server(std::move(s))
        { }
        Subscription server;  // as the server last said
        // Lower-cased URL and description as shown, for search and sort; built lazily (shares the
        // original's data when it is lower-case already, as most URLs are).
        mutable QString lowerUrl;
        mutable QString lowerDescription;
        mutable bool lowered = false;
    };
    struct PendingWrite
    {
        SubscriptionPatch patch;  // optimistic values shown while in flight
        quint64 ticket = 0;  // latest write; only its answer ends the pending state
    };

    // One step of a refresh, in row numbers that are valid once the steps before it are applied.
    struct Step
    {
        enum Kind {
            Reset,  // every row replaced (the server reordered rows, or a diff would be too scattered)
            Remove,  // rows first..last go
            Insert,  // new rows at first..last
            Update,  // rows first..last hold new server values
        };
        Kind kind = Update;
        int first = 0;
        int last = -1;
        bool operator==(const Step &) const = default;
    };

    // A fresh server list matched against the current rows, and the steps that turn the rows into it.
    class Merge
    {
    public:
        const std::vector<Step> &steps() const { return m_steps; }

    private:
        friend class SubscriptionRows;
        // The caller's list, not a copy: the steps move its values into the rows and the caller
        // frees the rest, so a big refresh costs no extra copy or free (known events are carried
        // over into it).
        SubscriptionList *m_list = nullptr;
        std::vector<Step> m_steps;
    };

    // What a write-in-flight call did: whether the id is known, and which row to repaint (-1: none).
    struct OverlayChange
    {
        bool knownId = false;
        int row = -1;
        quint64 ticket = 0;  // setPending only: the new write's ticket (0: nothing was marked)
    };

    // A contiguous run of rows.
    struct Range
    {
        int first = 0;
        int last = -1;
        bool operator==(const Range &) const = default;
    };

    int size() const { return int(m_rows.size()); }
    bool isEmpty() const { return m_rows.empty(); }
    // No rows and no write state left: clearing would change nothing.
    bool isBlank() const { return m_rows.empty() && m_pending.isEmpty() && m_errors.isEmpty(); }
    const Row &at(int row) const { return m_rows[size_t(row)]; }
    int rowForId(qint64 id) const { return m_idToRow.value(id, -1); }

    // Rows whose server value carries the delivery summary.
    int healthRowCount() const { return m_healthRows; }
    // Whether any row's events are known (the vendor's list answers never carry them).
    bool anyEventsKnown() const;

    // --- the server's values -------------------------------------------------------------------
    // Plans replacing the rows with the server's list: removals in contiguous runs (bottom-up), new
    // rows in one insert per contiguous batch, updates of changed rows (each run of changed rows as
    // its own step, in list order, so that whoever handles one update never meets changed values it
    // was not told about yet), or one reset when the server reordered rows or the runs would be many.
    // An entry without events keeps its row's known events. `list` must outlive the merge.
    Merge planMerge(SubscriptionList &list) const;
    void apply(Merge &merge, const Step &step);
    // After the last step: drops the write state of ids the list no longer has.
    // Between planMerge and finish, rows may come and go only through apply(): the steps' row
    // numbers count on it.
    void finish(Merge &merge);
    // planMerge, every step and finish at once; returns the steps taken.
    std::vector<Step> merge(SubscriptionList &&list);

    // Appends rows (no diff); the new rows are size()..size() + count - 1 before the call.
    void append(const SubscriptionList &chunk);
    void append(const Subscription &subscription);
    // Takes a server answer for one row; an answer without events keeps the known ones.
    // Returns whether the row changed.
    bool adoptServerValue(int row, Subscription &&server);
    // Removes rows first..last together with their write state.
    void removeRows(int first, int last);
    // Rows of the known ids as contiguous runs, bottom-up, so that removing them in this order
    // keeps the remaining row numbers valid.
    std::vector<Range> runsForIds(const QList<qint64> &ids) const;
    void clear();

    // --- writes in flight ----------------------------------------------------------------------
    // Marks the fields of `patch` as pending and shows their values at once. The ticket (> 0)
    // identifies this write; 0 when the id is unknown or the patch is empty. A later write to the
    // same row supersedes the earlier ones: only the latest ticket's answer ends the pending state.
    OverlayChange setPending(qint64 id, const SubscriptionPatch &patch);
    // The server accepted a write: adopt its value (ticket 0: the latest write). An answer older
    // than one already applied is ignored.
    OverlayChange confirm(qint64 id, const Subscription &serverSubscription, quint64 ticket = 0);
    // A write failed: back to the server's value with the error (ticket 0: the latest write). An
    // older ticket failing while a newer write is in flight changes nothing visible.
    OverlayChange rollback(qint64 id, const QString &errorText, quint64 ticket = 0);
    OverlayChange clearError(qint64 id);

    // --- values as shown (server value with the overlay) ---------------------------------------
    const PendingWrite *pendingFor(const Row &row) const
    {
        if (m_pending.isEmpty() || !row.server.id)
            return nullptr;
        const auto it = m_pending.constFind(*row.server.id);
        return it == m_pending.cend() ? nullptr : &it.value();
    }
    QString errorFor(const Row &row) const;
    bool shownEnabled(const Row &row) const
    {
        const PendingWrite *p = pendingFor(row);
        return p && p->patch.enabled ? *p->patch.enabled : row.server.enabled;
    }
    QString shownUrl(const Row &row) const
    {
        const PendingWrite *p = pendingFor(row);
        return p && p->patch.url ? *p->patch.url : row.server.url;
    }
    std::optional<QString> shownDescription(const Row &row) const;
    std::optional<QStringList> shownEvents(const Row &row) const;
    Subscription shownSubscription(int row) const;
    // Builds the row's lower-cased keys if a change made them stale.
    void ensureLowered(const Row &row) const
    {
        if (!row.lowered)
            lower(row);
    }
    // "id\nurl\ndescription", lower-cased, as shown.
    QString searchText(const Row &row) const;
    // The shared search rule (SubscriptionSearch) over the row's values as shown.
    bool matchesSearch(int row, const SubscriptionSearch &search) const;

    // --- order ---------------------------------------------------------------------------------
    // What rows can be ordered by (in the table's column order).
    enum class SortKey { Id, Url, Description, Events, Enabled, Created, Health };
    // Three-way comparison of two rows by a value as shown; 0 for an unknown key. Health: severity,
    // then the sooner give-up time, then the number of pending retries.
    int compare(int left, int right, SortKey key) const;
    // The values compare() compares, of one row or of all (for a sort off the GUI thread).
    static SubscriptionSortKeys::Rule ruleOf(SortKey key);
    SubscriptionSortKeys::Value sortValue(int row, SortKey key) const;
    SubscriptionSortKeys sortKeys(SortKey key) const;
    // Severity (DeliverySummary::urgency) first, then the number of pending retries.
    static qint64 healthScore(const std::optional<DeliverySummary> &health);

private:
    void lower(const Row &row) const;
    void rebuildIndexFrom(int firstRow);
    void insertRows(int first, SubscriptionList &list, int from, int count);
    void forgetWrites(qint64 id);
    void dropVanished(const QSet<qint64> &present);
    void recountHealth();

    std::vector<Row> m_rows;
    QHash<qint64, int> m_idToRow;
    QHash<qint64, PendingWrite> m_pending;  // few entries: only rows with a write in flight
    QHash<qint64, QString> m_errors;  // last write error per id
    QHash<qint64, quint64> m_settledTicket;  // latest answered ticket per id, to drop stale answers
    int m_healthRows = 0;
    quint64 m_nextTicket = 1;
};
