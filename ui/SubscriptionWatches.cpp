#include "ui/SubscriptionWatches.h"

#include "models/SubscriptionTableModel.h"

#include <QSettings>
#include <QUrl>
#include <QVariant>

#include <algorithm>

SubscriptionWatches::SubscriptionWatches(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{ }

bool SubscriptionWatches::hasStoredWatches() const
{
    return m_settings && !m_connection.isEmpty() && m_settings->contains(settingsKey(m_connection));
}

// A profile name may hold "/" (a group separator in QSettings): encoded, it stays one key.
QString SubscriptionWatches::settingsKey(const QString &connection)
{
    return QStringLiteral("watches/") + QString::fromLatin1(QUrl::toPercentEncoding(connection));
}

void SubscriptionWatches::setConnection(const QString &connection)
{
    m_connection = connection;
    QSet<qint64> ids;
    if (m_settings && !connection.isEmpty()) {
        const QVariantList stored = m_settings->value(settingsKey(connection)).toList();
        for (const QVariant &v : stored) {
            bool ok = false;
            const qint64 id = v.toLongLong(&ok);
            if (ok)
                ids.insert(id);
        }
    }
    m_ids = ids;
    Q_EMIT changed(m_ids);
}

void SubscriptionWatches::watch(const QList<qint64> &ids)
{
    replace(m_ids + QSet<qint64>(ids.cbegin(), ids.cend()));
}

void SubscriptionWatches::unwatch(const QList<qint64> &ids)
{
    replace(m_ids - QSet<qint64>(ids.cbegin(), ids.cend()));
}

void SubscriptionWatches::toggle(const QList<qint64> &ids)
{
    const bool allWatched = std::all_of(ids.cbegin(), ids.cend(), [this](qint64 id) { return isWatched(id); });
    if (allWatched)
        unwatch(ids);
    else
        watch(ids);
}

int SubscriptionWatches::watchFailing(const SubscriptionTableModel &model)
{
    return watchWhere(model, [&model](int row) { return model.isFailingAt(row); });
}

int SubscriptionWatches::watchAll(const SubscriptionTableModel &model)
{
    return watchWhere(model, [](int) { return true; });
}

int SubscriptionWatches::watchWhere(const SubscriptionTableModel &model, const std::function<bool(int)> &rowMatches)
{
    QList<qint64> added;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto &id = model.serverSubscriptionAt(row).id;
        if (id && rowMatches(row) && !isWatched(*id))
            added << *id;
    }
    watch(added);
    return int(added.size());
}

void SubscriptionWatches::dropVanished(const SubscriptionTableModel &model)
{
    QSet<qint64> kept;
    for (qint64 id : std::as_const(m_ids)) {
        if (model.rowForId(id) >= 0)
            kept.insert(id);
    }
    replace(kept);
}

void SubscriptionWatches::replace(const QSet<qint64> &ids)
{
    if (ids == m_ids || m_connection.isEmpty())
        return;
    m_ids = ids;
    if (m_settings) {
        QList<qint64> sorted(m_ids.cbegin(), m_ids.cend());
        std::sort(sorted.begin(), sorted.end());
        QVariantList stored;
        for (qint64 id : sorted)
            stored << id;
        m_settings->setValue(settingsKey(m_connection), stored);
    }
    Q_EMIT changed(m_ids);
}
