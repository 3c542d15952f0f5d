#include "ui/WatchAlerts.h"

#include "models/SubscriptionTableModel.h"
#include "models/TimeText.h"
#include "ui/SubscriptionWatches.h"

#include <algorithm>

WatchAlerts::WatchAlerts(const SubscriptionTableModel &model, const SubscriptionWatches &watches, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_watches(watches)
{
    connect(&model, &SubscriptionTableModel::rowChangesSeen, this, &WatchAlerts::rowsChanged);
}

void WatchAlerts::reset()
{
    m_firstLookDone = false;
    m_toldGiveUp.clear();
}

void WatchAlerts::listLoaded()
{
    // The first load only learns the give-up times already known, so that they are not told.
    checkGiveUps(m_firstLookDone);
    m_firstLookDone = true;
}

QString WatchAlerts::urlOf(int row) const
{
    return m_model.subscriptionAt(row).url;
}

void WatchAlerts::tell(const QList<Alert> &alerts)
{
    if (alerts.size() == 1)
        Q_EMIT alert(alerts.constFirst().id, alerts.constFirst().summary, alerts.constFirst().body);
    if (alerts.size() <= 1)
        return;
    // Several at once: one notification that lists them; Show goes to the first.
    constexpr qsizetype kListed = 5;
    QStringList lines;
    for (qsizetype i = 0; i < alerts.size() && i < kListed; ++i)
        lines << alerts.at(i).summary;
    if (alerts.size() > kListed) {
        const int more = int(alerts.size() - kListed);
        lines << tr("and %n more", nullptr, more);
    }
    const int count = int(alerts.size());
    Q_EMIT alert(alerts.constFirst().id, tr("%n watched subscription(s) changed", nullptr, count),
                 lines.join(QLatin1Char('\n')));
}

void WatchAlerts::rowsChanged(const RowChangeMarks::Changes &changes)
{
    QList<Alert> alerts;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const qint64 id = it.key();
        const int row = m_model.rowForId(id);
        if (!m_watches.isWatched(id) || row < 0)
            continue;
        switch (it.value()) {
        case RowChangeMarks::Kind::StartedFailing: {
            const auto &health = m_model.serverSubscriptionAt(row).health;
            QString body = urlOf(row);
            if (health && health->failingSince.isValid())
                body += QLatin1Char('\n') + tr("Failing since %1").arg(TimeText::format(health->failingSince));
            alerts.append({id, tr("Subscription %1 started failing").arg(id), body});
            break;
        }
        case RowChangeMarks::Kind::Recovered:
            alerts.append({id, tr("Subscription %1 recovered").arg(id),
                           urlOf(row) + QLatin1Char('\n') + tr("Deliveries succeed again.")});
            break;
        default:
            break;
        }
    }
    // In id order, so that the summary reads the same on every run.
    std::sort(alerts.begin(), alerts.end(), [](const Alert &a, const Alert &b) { return a.id < b.id; });
    tell(alerts);
}

void WatchAlerts::checkGiveUps(bool tellThem)
{
    QList<qint64> watched = m_watches.ids().values();
    std::sort(watched.begin(), watched.end());
    QList<Alert> alerts;
    for (qint64 id : std::as_const(watched)) {
        const int row = m_model.rowForId(id);
        if (row < 0 || !m_model.givesUpSoonAt(row))
            continue;
        const QDateTime givesUpAt = m_model.serverSubscriptionAt(row).health->givesUpAt;
        if (m_toldGiveUp.value(id) == givesUpAt)
            continue;
        m_toldGiveUp.insert(id, givesUpAt);
        if (tellThem)
            alerts.append({id, tr("Subscription %1 gives up soon").arg(id),
                           urlOf(row) + QLatin1Char('\n')
                               + tr("A delivery is dropped at %1 unless a retry succeeds first.")
                                     .arg(TimeText::format(givesUpAt))});
    }
    tell(alerts);
}
