#include "models/RowChangeMarks.h"

#include "models/SubscriptionRows.h"

#include <QLocale>
#include <QStringList>

#include <vector>

namespace {

bool failing(const Subscription &s)
{
    return s.health && s.health->isFailing();
}

}  // namespace

RowChangeMarks::Summary RowChangeMarks::compare(const SubscriptionRows &rows, const SubscriptionList &fresh,
                                                const QDateTime &now)
{
    Summary summary;
    if (rows.isEmpty())
        return summary;  // the first look: nothing to compare with
    // Which old rows the fresh list still has (a flag per row: cheaper than a set of ids on 100,000
    // rows, and a server that repeats an id is not counted twice).
    std::vector<bool> kept(size_t(rows.size()), false);
    const auto mark = [&](qint64 id, Kind kind) {
        m_marks.insert(id, Mark{kind, now});
        summary.changes.insert(id, kind);
    };
    for (const Subscription &after : fresh) {
        if (!after.id)
            continue;  // id-less rows have no identity to compare
        const int r = rows.rowForId(*after.id);
        if (r < 0) {
            mark(*after.id, Kind::Added);
            ++summary.added;
            continue;
        }
        if (kept[size_t(r)])
            continue;
        kept[size_t(r)] = true;
        const SubscriptionRows::Row &row = rows.at(r);
        if (rows.pendingFor(row))
            continue;  // the user's own write is on its way: not a change made elsewhere
        const Subscription &before = row.server;
        if (!failing(before) && failing(after)) {
            mark(*after.id, Kind::StartedFailing);
            ++summary.startedFailing;
        } else if (failing(before) && after.health && !failing(after)) {
            // Only a summary that says "not failing" is a recovery; a missing one says nothing.
            mark(*after.id, Kind::Recovered);
            ++summary.recovered;
        } else if (before.enabled != after.enabled) {
            mark(*after.id, after.enabled ? Kind::Enabled : Kind::Disabled);
            ++summary.enabledChanged;
        } else if (before.url != after.url || before.description != after.description) {
            mark(*after.id, Kind::Edited);
            ++summary.edited;
        }
    }
    for (int r = 0; r < rows.size(); ++r) {
        // A row with a write in flight may be the user's own delete.
        if (!kept[size_t(r)] && rows.at(r).server.id && !rows.pendingFor(rows.at(r))) {
            m_marks.remove(*rows.at(r).server.id);
            ++summary.removed;
        }
    }
    return summary;
}

QList<qint64> RowChangeMarks::expire(const QDateTime &now)
{
    QList<qint64> gone;
    for (auto it = m_marks.begin(); it != m_marks.end();) {
        if (it->seenAt.secsTo(now) >= m_holdSeconds) {
            gone << it.key();
            it = m_marks.erase(it);
        } else {
            ++it;
        }
    }
    return gone;
}

QColor RowChangeMarks::background(Kind kind)
{
    switch (kind) {
    case Kind::StartedFailing:
        return QColor(220, 50, 47, 60);
    case Kind::Recovered:
        return QColor(40, 160, 60, 60);
    default:
        return QColor(50, 120, 220, 50);
    }
}

QString RowChangeMarks::describe(const Mark &mark, const QLocale &locale)
{
    const QString at = locale.toString(mark.seenAt.toLocalTime().time(), QLocale::ShortFormat);
    switch (mark.kind) {
    case Kind::Added:
        return tr("Added elsewhere, seen at %1").arg(at);
    case Kind::StartedFailing:
        return tr("Started failing, seen at %1").arg(at);
    case Kind::Recovered:
        return tr("Recovered, seen at %1").arg(at);
    case Kind::Enabled:
        return tr("Enabled elsewhere, seen at %1").arg(at);
    case Kind::Disabled:
        return tr("Disabled elsewhere, seen at %1").arg(at);
    case Kind::Edited:
        return tr("Changed elsewhere, seen at %1").arg(at);
    }
    return {};
}

QString RowChangeMarks::describe(const Summary &summary)
{
    QStringList parts;
    if (summary.startedFailing > 0)
        parts << tr("%n started failing", nullptr, summary.startedFailing);
    if (summary.recovered > 0)
        parts << tr("%n recovered", nullptr, summary.recovered);
    if (summary.added > 0)
        parts << tr("%n new", nullptr, summary.added);
    if (summary.removed > 0)
        parts << tr("%n removed", nullptr, summary.removed);
    if (summary.enabledChanged > 0)
        parts << tr("%n enabled or disabled", nullptr, summary.enabledChanged);
    if (summary.edited > 0)
        parts << tr("%n changed", nullptr, summary.edited);
    if (parts.isEmpty())
        return {};
    return tr("Since the last update: %1.").arg(parts.join(QLatin1String(", ")));
}
