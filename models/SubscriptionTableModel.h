#pragma once

#include "api/Subscription.h"
#include "api/SubscriptionPatch.h"
#include "models/RowChangeMarks.h"
#include "models/StatusIconSet.h"
#include "models/SubscriptionRows.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>
#include <QPointer>
#include <QSet>

#include <optional>
#include <vector>

class Clock;

// The subscriptions table. Pure data in, signals out: the model never talks to the network.
// It presents a SubscriptionRows (rows, id index, diff and overlay logic) through Qt's model API,
// turning each change it reports into the matching signals.
//
// Each row keeps the server's value of the subscription plus an optional optimistic overlay (the
// fields of a write in flight). The view shows the overlay at once with a pending mark; confirm()
// adopts the server's answer, rollback() returns to the server's value and records the error.
// A refresh (setSubscriptions) replaces the server values but keeps overlays of pending writes.
//
// Rows whose id is null are shown but cannot be edited or toggled; they are keyed by their order
// among the id-less rows of the list so that refreshes keep them stable.
class SubscriptionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        UrlColumn,
        DescriptionColumn,
        EventsColumn,
        EnabledColumn,  // checkable (Qt::CheckStateRole)
        CreatedColumn,  // local time, locale format
        HealthColumn,  // only meaningful when the server sends the delivery summary
        WatchColumn,  // the star of a watched subscription; last, so that the older columns keep their numbers
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1,  // raw value per column (qint64, QString, bool, QDateTime, int rank)
        IdRole,  // qint64, or an invalid QVariant for a null id
        SubscriptionRole,  // Subscription as shown (server value with the pending overlay)
        ServerSubscriptionRole,  // Subscription as last confirmed by the server
        PendingRole,  // bool: a write for this row is in flight
        ErrorRole,  // QString: last write error of this row (empty: none)
        FailingRole,  // bool: the delivery summary says deliveries fail
        EnabledRole,  // bool: enabled as shown (with the overlay)
        SearchTextRole,  // QString: lower-cased "id url description", for fast filtering
        EditableRole,  // bool: the row has an id and can be changed
        ChangeRole,  // QString: what a refresh found changed elsewhere, while the row is marked (empty: none)
        GivesUpSoonRole,  // bool: a delivery of this row is dropped within the give-up warning
        WatchedRole,  // bool: the user watches this subscription (see setWatchedIds)
    };
    Q_ENUM(Role)

    explicit SubscriptionTableModel(QObject *parent = nullptr);
    // clock: source of "now" for relative times in the Health column (may be null: system time).
    explicit SubscriptionTableModel(const Clock *clock, QObject *parent = nullptr);
    ~SubscriptionTableModel() override;

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Only Qt::CheckStateRole on the Enabled column: emits enabledToggleRequested, changes nothing.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

    // Locale for dates and numbers (not the global default, so tests and the ui choose).
    void setLocale(const QLocale &locale);
    // After a language change: the header titles and every cell's text again, with dates and
    // numbers in the default QLocale.
    void retranslate();
    QLocale locale() const { return m_locale; }
    void setClock(const Clock *clock);

    // A delivery dropped within this time "gives up soon": said in the Health column, and the
    // quick filter of that name shows those rows.
    static constexpr qint64 defaultGiveUpWarningSeconds = 6 * 3600;
    void setGiveUpWarningSeconds(qint64 seconds);
    qint64 giveUpWarningSeconds() const { return m_giveUpWarningSeconds; }

    // The subscriptions the user watches, shown as a star; the ui decides and keeps the set.
    void setWatchedIds(const QSet<qint64> &ids);
    bool isWatchedAt(int row) const;

    // Whether the server provides the delivery summary (any loaded row carries it).
    bool hasHealth() const { return m_hasHealth; }

    // --- loading -------------------------------------------------------------------------------
    // Replaces the list with the server's and marks, for a while, the rows that changed elsewhere
    // (changesSeen says what changed). Diffs against the current rows: removals in contiguous
    // runs, new rows in one beginInsertRows per contiguous batch, dataChanged (with roles) for
    // changed rows. Pending overlays survive. Falls back to a reset when the server reorders rows.
    // An entry without events keeps its row's known events (the vendor's answers never carry them).
    void setSubscriptions(const SubscriptionList &list);
    void setSubscriptions(SubscriptionList &&list);
    // Incremental loading for huge lists: appends a chunk with one beginInsertRows. The ui feeds
    // chunks from a zero-timer so the event loop never stalls. Rows are not diffed (fresh load).
    void appendBatch(const SubscriptionList &chunk);
    // Builds the lower-cased search keys of rows [first, first + count) now, instead of at the
    // first search keystroke: the chunk feeder does it with each chunk, inside its frame budget.
    void prepareSearchKeys(int first, int count) const;
    void clear();

    // Inserts or replaces one subscription (by id; null ids are always appended). Without events, it
    // keeps the row's known events, as confirm() does.
    void upsert(const Subscription &subscription);
    bool remove(qint64 id);
    // Removes several ids, one beginRemoveRows per contiguous run.
    int removeIds(const QList<qint64> &ids);

    // --- writes in flight ----------------------------------------------------------------------
    // Marks the fields of `patch` as pending and shows their values at once. Returns a ticket
    // (> 0) identifying this write, or 0 when the id is unknown or the row is not editable.
    // A later write to the same row supersedes the earlier ones: only the latest ticket's
    // confirm/rollback ends the pending state, so two quick clicks show exactly the last choice.
    quint64 setPending(qint64 id, const SubscriptionPatch &patch);
    quint64 setEnabledOptimistic(qint64 id, bool enabled);
    // The server accepted a write: adopt its value. ticket 0 means "the latest write".
    // Returns false for an unknown id.
    bool confirm(qint64 id, const Subscription &serverSubscription, quint64 ticket = 0);
    // A write failed: back to the server's value, error shown on the row (ticket 0: latest).
    // An older ticket failing while a newer write is in flight changes nothing visible.
    bool rollback(qint64 id, const QString &errorText, quint64 ticket = 0);
    void clearError(qint64 id);

    // --- lookup --------------------------------------------------------------------------------
    int rowForId(qint64 id) const { return m_rows.rowForId(id); }  // O(1); -1 when unknown
    QModelIndex indexForId(qint64 id, int column = 0) const;
    // Value as shown (overlay applied) / as the server last said. Row must be valid.
    Subscription subscriptionAt(int row) const { return m_rows.shownSubscription(row); }
    const Subscription &serverSubscriptionAt(int row) const { return m_rows.at(row).server; }
    bool isPending(int row) const { return m_rows.pendingFor(m_rows.at(row)) != nullptr; }
    QString errorAt(int row) const { return m_rows.errorFor(m_rows.at(row)); }

    // Fast paths for SubscriptionFilterProxyModel (no QVariant per row). Row must be valid.
    QString searchTextAt(int row) const { return m_rows.searchText(m_rows.at(row)); }
    // The shared search rule (SubscriptionSearch). No allocation per row once the row's keys are built.
    bool matchesSearch(int row, const SubscriptionSearch &search) const { return m_rows.matchesSearch(row, search); }
    bool isEnabledAt(int row) const { return m_rows.shownEnabled(m_rows.at(row)); }  // as shown
    bool givesUpSoonAt(int row) const;
    bool isFailingAt(int row) const
    {
        const auto &h = m_rows.at(row).server.health;
        return h && h->isFailing();
    }
    // Three-way comparison of two rows by a column's raw value (what SortRole holds).
    int compareRows(int left, int right, int column) const;
    // What compareRows() compares, for every row: a copy that another thread may sort.
    SubscriptionSortKeys sortKeys(int column) const;

public Q_SLOTS:
    // Relative times ("failing since 3 hours") changed: repaints the Health column and lets change
    // marks that have been shown long enough go.
    void refreshRelativeTimes();

Q_SIGNALS:
    // The user clicked the checkbox (or pressed Space) on an editable row. Nothing is sent: the ui
    // layer sends the PATCH and calls setEnabledOptimistic/confirm/rollback.
    void enabledToggleRequested(qint64 id, bool enabled);
    void hasHealthChanged(bool hasHealth);
    // A refresh found changes made elsewhere (never on the first load).
    void changesSeen(const RowChangeMarks::Summary &summary);
    // The same refresh's changes per id, for following single subscriptions.
    void rowChangesSeen(const RowChangeMarks::Changes &changes);

private:
    using Row = SubscriptionRows::Row;

    void applyMergeStep(SubscriptionRows::Merge &merge, const SubscriptionRows::Step &step);
    void announceHealth();
    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;
    QVariant toolTip(const Row &row, int column) const;
    QVariant healthDecoration(const Row &row) const;
    QString formatTime(const QDateTime &utc, QLocale::FormatType format) const;
    QDateTime now() const;
    void emitRowsChanged(int first, int last);
    void emitIdsChanged(const QList<qint64> &ids, int firstColumn, int lastColumn, const QList<int> &roles);
    void expireMarks();

    SubscriptionRows m_rows;  // rows, id index and overlays; this class only presents them
    bool m_hasHealth = false;  // as last announced by hasHealthChanged
    QLocale m_locale;
    QPointer<const Clock> m_clock;  // not owned; may go away first
    StatusIconSet m_icons;
    RowChangeMarks m_marks;
    qint64 m_giveUpWarningSeconds = defaultGiveUpWarningSeconds;
    QSet<qint64> m_watched;
};
