#pragma once

#include "api/ApiResult.h"
#include "api/Subscription.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>

class JournaledWrites;
class SubscriptionTableModel;

// One-click enable/disable. Each toggle shows at once (optimistic, with the model's pending mark)
// and sends one PATCH {"enabled": ...} on the interactive lane. Per subscription at most one PATCH
// is in flight; clicks meanwhile only change the desired state, and when the in-flight answer
// arrives the latest desired state is sent if the server does not hold it yet. So any burst of
// clicks leaves exactly the last choice on the server. A failure returns the row to the server's
// state with the error next to it. Every PATCH goes through JournaledWrites (recorded before it is
// sent); without a usable journal the click is refused and the row keeps the server's state.
class EnabledToggler : public QObject
{
    Q_OBJECT
public:
    EnabledToggler(JournaledWrites *writes, SubscriptionTableModel *model, QObject *parent = nullptr);

    // Asks for `enabled` on subscription `id`. Returns false for an unknown or id-less row, or when
    // the write is refused (no journal: settled(id, false, why) says so).
    bool setEnabled(qint64 id, bool enabled);
    bool isBusy(qint64 id) const { return m_states.contains(id); }
    int busyCount() const { return int(m_states.size()); }

Q_SIGNALS:
    // The server holds the last choice (ok) or the change was rolled back (error text).
    void settled(qint64 id, bool ok, const QString &error);

private:
    struct State
    {
        bool desired = false;
        bool sent = false;
        bool inFlight = false;
        quint64 ticket = 0;  // the model's ticket of the latest optimistic change
        quint64 sentTicket = 0;  // the ticket of the change in flight
        QJsonObject before;  // the row as shown just before the latest click
    };
    bool send(qint64 id);
    void onAnswer(qint64 id, const ApiResult<Subscription> &result);

    JournaledWrites *m_writes;
    SubscriptionTableModel *m_model;
    QHash<qint64, State> m_states;
};
