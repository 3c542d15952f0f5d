#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>

class QSettings;
class SubscriptionTableModel;

// The subscriptions the user watches on one connection, kept in the settings per connection
// ("watches/<connection>": a list of ids), so that they survive a restart. Only the set lives here;
// the table shows it as a star and WatchAlerts decides what to tell about it.
class SubscriptionWatches : public QObject
{
    Q_OBJECT
public:
    // settings: where the watches are kept (null: in memory only, for this run).
    explicit SubscriptionWatches(QSettings *settings, QObject *parent = nullptr);

    // The connection whose watches these are: a profile's name, or another stable name of a
    // connection without a profile. Empty: no connection, no watches.
    void setConnection(const QString &connection);
    QString connection() const { return m_connection; }

    bool isWatched(qint64 id) const { return m_ids.contains(id); }
    QSet<qint64> ids() const { return m_ids; }

    void watch(const QList<qint64> &ids);
    void unwatch(const QList<qint64> &ids);
    // Like a star on a selection: watches them all unless all are watched, then watches none.
    void toggle(const QList<qint64> &ids);
    // Watches every subscription whose deliveries fail now; returns how many were not yet watched.
    int watchFailing(const SubscriptionTableModel &model);
    // Watches every subscription with an id; returns how many were not yet watched.
    int watchAll(const SubscriptionTableModel &model);
    // After a whole list was loaded: ids the server no longer has are forgotten.
    void dropVanished(const SubscriptionTableModel &model);

    // Whether this connection's watches were ever kept (an empty set counts): the demo watches
    // everything on its first start, to show what watching does, but never again.
    bool hasStoredWatches() const;

    static QString settingsKey(const QString &connection);

Q_SIGNALS:
    void changed(const QSet<qint64> &ids);

private:
    void replace(const QSet<qint64> &ids);
    int watchWhere(const SubscriptionTableModel &model, const std::function<bool(int)> &rowMatches);

    QSettings *m_settings;
    QString m_connection;
    QSet<qint64> m_ids;
};
