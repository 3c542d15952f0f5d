#pragma once

#include "api/Subscription.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>

class SubscriptionRows;

// What changed in the subscriptions list between two looks at the server, so that the table can
// mark those rows for a moment: a row someone else added, health that turned failing or
// recovered, an enabled flag or a URL or description changed elsewhere. Rows with a write of this
// console in flight are not marked (their change is the user's own), nor is anything on the first
// load. Removed rows cannot be marked (they are gone): they are only counted.
class RowChangeMarks
{
    Q_DECLARE_TR_FUNCTIONS(RowChangeMarks)

public:
    enum class Kind { Added, StartedFailing, Recovered, Enabled, Disabled, Edited };
    struct Mark
    {
        Kind kind = Kind::Edited;
        QDateTime seenAt;  // UTC, when the refresh showed it
    };
    // What each row's change was, by id (removed rows are not in it).
    using Changes = QHash<qint64, Kind>;
    struct Summary
    {
        Changes changes;  // the same look per id, for those who follow single subscriptions
        int added = 0;
        int startedFailing = 0;
        int recovered = 0;
        int enabledChanged = 0;
        int edited = 0;
        int removed = 0;
        bool isEmpty() const { return added + startedFailing + recovered + enabledChanged + edited + removed == 0; }
        bool operator==(const Summary &) const = default;
    };
    // How long a mark stays after the refresh that found the change: long enough to be seen after
    // an automatic refresh, short enough that the marks mean "just now".
    static constexpr qint64 defaultHoldSeconds = 120;
    explicit RowChangeMarks(qint64 holdSeconds = defaultHoldSeconds)
        : m_holdSeconds(holdSeconds)
    { }

    // Compares the rows about to be replaced with the server's fresh list and marks what changed
    // elsewhere (a newer change of a row replaces its older mark). Returns what this look found.
    Summary compare(const SubscriptionRows &rows, const SubscriptionList &fresh, const QDateTime &now);

    const Mark *markFor(qint64 id) const
    {
        const auto it = m_marks.constFind(id);
        return it == m_marks.cend() ? nullptr : &it.value();
    }
    bool isEmpty() const { return m_marks.isEmpty(); }
    // Drops the marks older than the hold time; returns their ids.
    QList<qint64> expire(const QDateTime &now);
    void forget(qint64 id) { m_marks.remove(id); }
    void clear() { m_marks.clear(); }

    // The row's tint: translucent, so that it reads on light and dark palettes alike and the
    // selection still shows.
    static QColor background(Kind kind);
    // "Started failing at 14:02", for a tooltip and for screen readers.
    static QString describe(const Mark &mark, const QLocale &locale);
    // "Since the last update: 2 started failing, 1 new, 1 removed." Empty for an empty summary.
    static QString describe(const Summary &summary);

private:
    qint64 m_holdSeconds;
    QHash<qint64, Mark> m_marks;
};
