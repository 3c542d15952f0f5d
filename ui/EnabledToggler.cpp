#include "ui/EnabledToggler.h"

#include "api/ApiClient.h"
#include "journal/JournalCodec.h"
#include "journal/JournaledWrites.h"
#include "models/SubscriptionTableModel.h"

EnabledToggler::EnabledToggler(JournaledWrites *writes, SubscriptionTableModel *model, QObject *parent)
    : QObject(parent)
    , m_writes(writes)
    , m_model(model)
{ }

bool EnabledToggler::setEnabled(qint64 id, bool enabled)
{
    if (m_model->rowForId(id) < 0)
        return false;
    if (!m_writes->canWrite()) {
        Q_EMIT settled(id, false, m_writes->refusal());
        return false;
    }
    const QJsonObject before = JournalCodec::snapshot(m_model->subscriptionAt(m_model->rowForId(id)));
    const quint64 ticket = m_model->setEnabledOptimistic(id, enabled);
    if (ticket == 0)
        return false;
    m_model->clearError(id);
    State &state = m_states[id];
    state.desired = enabled;
    state.ticket = ticket;
    state.before = before;
    if (!state.inFlight)
        return send(id);
    return true;
}

bool EnabledToggler::send(qint64 id)
{
    State &state = m_states[id];
    state.inFlight = true;
    state.sent = state.desired;
    state.sentTicket = state.ticket;
    const RequestId request =
        m_writes->toggle(id, state.sent, state.before, RequestLane::Interactive, this,
                         [this, id](const ApiResult<Subscription> &result) { onAnswer(id, result); });
    if (request != 0)
        return true;
    // Not recorded, so not sent: back to the server's state, with the reason next to the row.
    const quint64 ticket = state.ticket;
    m_states.remove(id);
    const QString why = m_writes->lastError();
    m_model->rollback(id, why, ticket);
    Q_EMIT settled(id, false, why);
    return false;
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
