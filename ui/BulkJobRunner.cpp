#include "ui/BulkJobRunner.h"

#include "api/ApiClient.h"
#include "journal/JournalCodec.h"
#include "models/SubscriptionTableModel.h"
#include "journal/JournaledWrites.h"

#include <QUuid>

BulkJobRunner::BulkJobRunner(JournaledWrites *writes, SubscriptionTableModel *model, QObject *parent)
    : QObject(parent)
    , m_writes(writes)
    , m_model(model)
{
    connect(m_writes->client(), &ApiClient::bulkJobProgressChanged, this, [this](const BulkJobProgress &p) {
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
    case Action::Resume:
        return tr("Resume %n pending change(s)", nullptr, count);
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

    // Record the whole job before anything is sent: a crash from here on leaves it in the journal.
    const QString journalJob = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QList<JournalWrite> writes;
    writes.reserve(todo.size());
    for (qint64 id : std::as_const(todo)) {
        JournalWrite write = action == Action::Delete ? JournalCodec::remove(id, journalJob)
                                                      : JournalCodec::toggle(id, action == Action::Enable, journalJob);
        write.before = JournalCodec::snapshot(m_model->subscriptionAt(m_model->rowForId(id)));
        writes.append(std::move(write));
    }
    const auto seqs = m_writes->recordBatch(writes);
    if (!seqs) {
        Q_EMIT refused(m_writes->lastError());
        return false;
    }

    begin(action, int(todo.size()));
    for (int i = 0; i < todo.size(); ++i) {
        const qint64 id = todo.at(i);
        const qint64 seq = seqs->at(i);
        const int row = m_model->rowForId(id);
        m_urls.insert(id, m_model->serverSubscriptionAt(row).url);
        RequestId request = 0;
        quint64 ticket = 0;
        if (action == Action::Delete) {
            request = m_writes->sendRecordedDelete(
                seq, writes.at(i), RequestOptions::bulk(m_job), this,
                [this, id](const ApiResult<Empty> &r) { onAnswer(id, 0, r.error, nullptr); });
        } else {
            const bool enable = action == Action::Enable;
            ticket = m_model->setEnabledOptimistic(id, enable);
            SubscriptionPatch patch;
            patch.enabled = enable;
            request = m_writes->sendRecordedUpdate(seq, writes.at(i), patch, RequestOptions::bulk(m_job), this,
                                                   [this, id, ticket](const ApiResult<Subscription> &r) {
                                                       onAnswer(id, ticket, r.error, r.ok() ? &*r : nullptr);
                                                   });
        }
        if (request == 0)  // the journal broke mid-way: this item was not sent (and is marked failed)
            onAnswer(id, ticket, ApiError::make(ApiError::Kind::InvalidInput, m_writes->lastError()), nullptr);
    }
    Q_EMIT progressChanged(m_progress);
    return true;
}

void BulkJobRunner::begin(Action action, int total)
{
    m_action = action;
    m_running = true;
    m_cancelled = false;
    m_failures.clear();
    m_urls.clear();
    m_progress = BulkJobProgress();
    m_progress.label = describe(action, total);
    m_progress.total = total;
    m_job = m_writes->client()->beginBulkJob(m_progress.total, m_progress.label);
    m_progress.job = m_job;
    m_outstanding = total;
}

bool BulkJobRunner::resume(const QList<JournalEntry> &entries)
{
    if (m_running)
        return false;
    QList<JournalEntry> todo;
    for (const JournalEntry &e : entries) {
        if (e.isUnconfirmed() && !e.isUncertain())
            todo.append(e);
    }
    if (todo.isEmpty())
        return false;
    begin(Action::Resume, int(todo.size()));
    for (const JournalEntry &entry : std::as_const(todo)) {
        const RequestId request =
            m_writes->resend(entry, RequestOptions::bulk(m_job), this,
                             [this, entry](const ApiError &error, const std::optional<Subscription> &s) {
                                 onResumeAnswer(entry, error, s);
                             });
        if (request == 0)
            onResumeAnswer(entry, ApiError::make(ApiError::Kind::InvalidInput, m_writes->lastError()), std::nullopt);
    }
    Q_EMIT progressChanged(m_progress);
    return true;
}

void BulkJobRunner::onResumeAnswer(const JournalEntry &entry, const ApiError &error,
                                   const std::optional<Subscription> &result)
{
    --m_outstanding;
    const JournalWrite &w = entry.write;
    const bool isDelete = w.kind == JournalWrite::Kind::Delete;
    if (!error.isError() || (isDelete && error.kind == ApiError::Kind::NotFound)) {
        ++m_progress.succeeded;
        if (isDelete && w.subscriptionId)
            m_model->remove(*w.subscriptionId);
        else if (result && result->id && m_model->rowForId(*result->id) >= 0)
            m_model->upsert(*result);
    } else if (error.kind == ApiError::Kind::Cancelled) {
        ++m_progress.cancelled;
    } else {
        ++m_progress.failed;
        Failure failure{w.subscriptionId.value_or(0), JournalCodec::describe(w), error.message()};
        m_failures.append(failure);
        Q_EMIT failureAdded(failure);
    }
    Q_EMIT progressChanged(m_progress);
    maybeFinish();
}

void BulkJobRunner::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    // Queued requests come back as Cancelled; those already sent still get their real answer.
    m_writes->client()->cancelBulkJob(m_job);
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
