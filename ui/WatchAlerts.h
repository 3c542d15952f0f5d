#pragma once

#include "models/RowChangeMarks.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

class SubscriptionTableModel;
class SubscriptionWatches;

// Decides what to tell about watched subscriptions when the list is loaded again: one started
// failing, one recovered (the changes the table model found), or one of its deliveries is dropped
// within the table's give-up warning (told once per give-up time). Nothing is told on the first
// load of a connection: it has nothing to compare with. What one update finds is told at once: one
// notification for one subscription, one summing up several (so a bad minute is not a flood).
class WatchAlerts : public QObject
{
    Q_OBJECT
public:
    WatchAlerts(const SubscriptionTableModel &model, const SubscriptionWatches &watches, QObject *parent = nullptr);

    // A new connection: its first load is the first look again.
    void reset();

public Q_SLOTS:
    // After each whole load of the list.
    void listLoaded();

Q_SIGNALS:
    // Plain translated texts for a desktop notification.
    void alert(qint64 id, const QString &summary, const QString &body);

private:
    struct Alert
    {
        qint64 id = 0;
        QString summary;  // "Subscription 12 started failing"
        QString body;  // its URL and when
    };
    void rowsChanged(const RowChangeMarks::Changes &changes);
    void tell(const QList<Alert> &alerts);
    void checkGiveUps(bool tellThem);
    QString urlOf(int row) const;

    const SubscriptionTableModel &m_model;
    const SubscriptionWatches &m_watches;
    bool m_firstLookDone = false;
    QHash<qint64, QDateTime> m_toldGiveUp;  // the give-up time already told, per id
};
