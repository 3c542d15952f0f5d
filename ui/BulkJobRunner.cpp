#include "ui/BulkJobRunner.h"

#include "api/ApiClient.h"
#include "models/SubscriptionTableModel.h"

BulkJobRunner::BulkJobRunner(ApiClient *client, SubscriptionTableModel *model, QObject *parent)
    : QObject(parent), m_client(client), m_model(model)
{
    connect(m_client, &ApiClient::bulkJobProgressChanged, this, [this](const BulkJobProgress &p) {
        if (!m_running || p.job != m_job)
            return;
        // The queue knows the ETA; our own counters know what the ui has applied.
        m_progress.etaMs = p.etaMs;
        Q_EMIT progressChanged(m_progress);
    });
}

QString BulkJobRunner::describe(Action action, int count)
{
    switch (action) {
    case Action::Enable:
        return tr("Enable %n subscription(s)", nullptr, count);
    case Action::Disable:
        return tr("Disable %n subscription(s)", nullptr, count);
    case Action::Delete:
        return tr("Delete %n subscription(s)", nullptr, count);
    }
    return {};
}

bool BulkJobRunner::start(Action action, const QList<qint64> &ids)
{
    if (m_running)
        return false;
    QList<qint64> todo;
    todo.reserve(ids.size());
    for (qint64 id : ids) {
        if (m_model->rowForId(id) >= 0)
            todo.append(id);
    }
    if (todo.isEmpty())
        return false;

    m_action = action;
    m_running = true;
    m_cancelled = false;
    m_failures.clear();
    m_urls.clear();
    m_progress = BulkJobProgress();
    m_progress.label = describe(action, int(todo.size()));
    m_progress.total = int(todo.size());
    m_job = m_client->beginBulkJob(m_progress.total, m_progress.label);
    m_progress.job = m_job;
    m_outstanding = int(todo.size());

    for (qint64 id : std::as_const(todo)) {
        const int row = m_model->rowForId(id);
        m_urls.insert(id, m_model->serverSubscriptionAt(row).url);
        if (action == Action::Delete) {
            m_client->deleteSubscription(id, RequestOptions::bulk(m_job), this, [this, id](const ApiResult<Empty> &r) {
                onAnswer(id, 0, r.error, nullptr);
            });
        } else {
            const bool enable = action == Action::Enable;
            const quint64 ticket = m_model->setEnabledOptimistic(id, enable);
            SubscriptionPatch patch;
            patch.enabled = enable;
            m_client->updateSubscription(id, patch, RequestOptions::bulk(m_job), this,
                                         [this, id, ticket](const ApiResult<Subscription> &r) {
                                             onAnswer(id, ticket, r.error, r.ok() ? &*r : nullptr);
                                         });
        }
    }
    Q_EMIT progressChanged(m_progress);
    return true;
}

void BulkJobRunner::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    // Queued requests come back as Cancelled; those already sent still get their real answer.
    m_client->cancelBulkJob(m_job);
}

void BulkJobRunner::onAnswer(qint64 id, quint64 ticket, const ApiError &error, const Subscription *updated)
{
    --m_outstanding;
    if (!error.isError()) {
        ++m_progress.succeeded;
        if (m_action == Action::Delete)
            m_model->remove(id);
        else if (updated)
            m_model->confirm(id, *updated, ticket);
    } else if (error.kind == ApiError::Kind::Cancelled) {
        ++m_progress.cancelled;
        if (ticket)
            m_model->rollback(id, QString(), ticket);
    } else if (m_action == Action::Delete && error.kind == ApiError::Kind::NotFound) {
        // Already gone: that is what the user wanted.
        ++m_progress.succeeded;
        m_model->remove(id);
    } else {
        ++m_progress.failed;
        const QString reason = error.message();
        if (ticket)
            m_model->rollback(id, reason, ticket);
        Failure failure{id, m_urls.value(id), reason};
        m_failures.append(failure);
        Q_EMIT failureAdded(failure);
    }
    Q_EMIT progressChanged(m_progress);
    maybeFinish();
}

void BulkJobRunner::maybeFinish()
{
    if (m_outstanding > 0)
        return;
    m_running = false;
    m_progress.finished = true;
    m_progress.etaMs = 0;
    Q_EMIT finished(m_progress);
}
