#include "ui/EnabledToggler.h"

#include "api/ApiClient.h"
#include "models/SubscriptionTableModel.h"

EnabledToggler::EnabledToggler(ApiClient *client, SubscriptionTableModel *model, QObject *parent)
    : QObject(parent), m_client(client), m_model(model)
{
}

bool EnabledToggler::setEnabled(qint64 id, bool enabled)
{
    if (m_model->rowForId(id) < 0)
        return false;
    const quint64 ticket = m_model->setEnabledOptimistic(id, enabled);
    if (ticket == 0)
        return false;
    m_model->clearError(id);
    State &state = m_states[id];
    state.desired = enabled;
    state.ticket = ticket;
    if (!state.inFlight)
        send(id);
    return true;
}

void EnabledToggler::send(qint64 id)
{
    State &state = m_states[id];
    state.inFlight = true;
    state.sent = state.desired;
    state.sentTicket = state.ticket;
    SubscriptionPatch patch;
    patch.enabled = state.sent;
    m_client->updateSubscription(id, patch, RequestLane::Interactive, this,
                                 [this, id](const ApiResult<Subscription> &result) { onAnswer(id, result); });
}

void EnabledToggler::onAnswer(qint64 id, const ApiResult<Subscription> &result)
{
    auto it = m_states.find(id);
    if (it == m_states.end())
        return;
    it->inFlight = false;
    const State state = *it;
    const int row = m_model->rowForId(id);
    if (row < 0) {  // deleted meanwhile
        m_states.erase(it);
        return;
    }
    if (result.ok()) {
        if (result->enabled == state.desired) {
            m_states.erase(it);
            m_model->confirm(id, *result, state.ticket);
            Q_EMIT settled(id, true, {});
        } else {
            // A newer click wants the other state: adopt the answer as the server's value (with
            // the older ticket, so the pending overlay stays) and send the latest choice.
            m_model->confirm(id, *result, state.sentTicket);
            send(id);
        }
        return;
    }
    const bool serverHolds = m_model->serverSubscriptionAt(row).enabled;
    if (state.desired != state.sent && state.desired != serverHolds) {
        // The failed request was already outdated; the latest choice still deserves its own try.
        send(id);
        return;
    }
    m_states.erase(it);
    if (state.desired == serverHolds && state.desired != state.sent) {
        // The user clicked back to what the server has: nothing is lost, no error to show.
        m_model->rollback(id, QString(), state.ticket);
        Q_EMIT settled(id, true, {});
        return;
    }
    const QString message = result.error.message();
    m_model->rollback(id, message, state.ticket);
    Q_EMIT settled(id, false, message);
}
