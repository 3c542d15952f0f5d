#include "journal/JournaledWrites.h"

#include "journal/JournalCodec.h"
#include "journal/WriteJournal.h"

namespace {

// No HTTP answer was read: the request may or may not have been applied by the server.
bool answerUnknown(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Cancelled:
        return true;
    case ApiError::Kind::MalformedBody:
        // A 2xx whose body we could not read: it was most likely applied.
        return error.httpStatus == 0 || (error.httpStatus >= 200 && error.httpStatus < 300);
    default:
        return false;
    }
}

// A change whose answer never came (or could not be read) may have been applied anyway: say so
// instead of a plain "failed"; a refresh shows the server's state.
ApiError withUnknownOutcomeNote(ApiError error)
{
    if (!error.isError() || error.kind == ApiError::Kind::Cancelled || !answerUnknown(error))
        return error;
    const QString note = JournaledWrites::tr("it may have been applied anyway: refresh (F5) to see the server's state");
    error.detail = error.detail.isEmpty() ? note : error.detail + QStringLiteral("; ") + note;
    return error;
}

}  // namespace

JournaledWrites::JournaledWrites(ApiClient *client, JournalRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_recorder(recorder)
    , m_users(recorder ? std::make_unique<JournalUsers>(recorder->journal().filePath()) : nullptr)
{ }

JournaledWrites::~JournaledWrites() = default;

QList<JournalUsers::User> JournaledWrites::otherUsers() const
{
    return m_users ? m_users->others() : QList<JournalUsers::User>();
}

bool JournaledWrites::isRegisteredUser() const
{
    return m_users && m_users->isEntered();
}

Result<QList<JournalUsers::User>> JournaledWrites::claimForResume()
{
    if (!m_users)
        return unexpected(refusal());
    return m_users->claimAlone();
}

// Registered before a write is recorded or sent, so that a `webhookctl resume` started meanwhile
// sees that these writes are under way rather than abandoned.
bool JournaledWrites::enterUsers()
{
    QString error;
    if (!m_users || m_users->enter(&error))
        return true;
    return refuse(tr("The change was not sent: %1").arg(error));
}

// Every path that sends (recordOne, recordBatch, resend) entered before it, and nothing refuses
// between a record and its track(), so leaving when nothing is pending never unregisters a write
// that is about to go out.
void JournaledWrites::leaveUsersIfIdle()
{
    if (m_users && m_pending.isEmpty())
        m_users->leave();
}

bool JournaledWrites::canWrite() const
{
    return m_client && m_recorder && m_recorder->journal().isOpen();
}

QString JournaledWrites::refusal() const
{
    if (canWrite())
        return {};
    if (!m_refusal.isEmpty())
        return m_refusal;
    if (m_recorder && !m_recorder->lastError().isEmpty())
        return tr("Changes are not sent because the journal of pending changes cannot be used: %1")
            .arg(m_recorder->lastError());
    return tr("Changes are not sent because there is no journal of pending changes for this connection.");
}

bool JournaledWrites::refuse(const QString &why)
{
    m_lastError = why;
    leaveUsersIfIdle();  // a refused write leaves nothing in flight
    return false;
}

std::optional<qint64> JournaledWrites::recordOne(const JournalWrite &write)
{
    if (!canWrite()) {
        refuse(refusal());
        return std::nullopt;
    }
    if (!enterUsers())
        return std::nullopt;
    const auto seq = m_recorder->record(write);
    if (!seq) {
        refuse(tr("The change was not sent because it could not be recorded in the journal: %1")
                   .arg(m_recorder->lastError()));
        return std::nullopt;
    }
    m_lastError.clear();
    return seq;
}

std::optional<QList<qint64>> JournaledWrites::recordBatch(const QList<JournalWrite> &writes)
{
    if (!canWrite()) {
        refuse(refusal());
        return std::nullopt;
    }
    if (!enterUsers())
        return std::nullopt;
    auto seqs = m_recorder->recordBatch(writes);
    if (!seqs) {
        refuse(tr("The changes were not sent because they could not be recorded in the journal: %1")
                   .arg(m_recorder->lastError()));
        return std::nullopt;
    }
    m_lastError.clear();
    return seqs;
}

void JournaledWrites::track(qint64 seq, JournalWrite::Kind kind, RequestId request)
{
    m_pending.insert(seq, Pending{request, kind});
    Q_EMIT pendingCountChanged(pendingCount());
}

void JournaledWrites::untrack(qint64 seq)
{
    if (m_pending.remove(seq)) {
        leaveUsersIfIdle();
        Q_EMIT pendingCountChanged(pendingCount());
    }
}

void JournaledWrites::settle(qint64 seq, const JournalWrite &write, const ApiError &error,
                             std::optional<qint64> resultId, std::optional<bool> enabledNow)
{
    Q_UNUSED(write)
    const bool wasPending = m_pending.contains(seq);
    untrack(seq);
    if (!m_recorder)
        return;
    const auto outcome = m_recorder->settle(seq, error, resultId, enabledNow);
    // Cancelled before it left: the user's cancel is final, unless the window closes and keeps
    // its writes for the next start (or cancelPending() settled it already).
    if (outcome == JournalRecorder::Outcome::NotSent && wasPending && !m_keepUnanswered
        && !m_recorder->journal().markFailed(seq, tr("Cancelled before it was sent."))) {
        Q_EMIT journalProblem(m_recorder->lastError());
    }
}

// Every request goes out with this object as its context, so that the journal is settled even
// when the widget that asked (a dialog, the details pane) is gone by the time the answer comes.
RequestId JournaledWrites::submitUpdate(qint64 seq, const JournalWrite &write, qint64 id,
                                        const SubscriptionPatch &patch, RequestOptions options, QObject *context,
                                        ApiClient::Callback<Subscription> done)
{
    m_recorder->expectSend(seq, write);
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    const RequestId request = m_client->updateSubscription(
        id, patch, options, this, [this, seq, write, guard, hasContext, done](const ApiResult<Subscription> &r) {
            settle(seq, write, r.error, std::nullopt, r.ok() ? std::optional<bool>(r->enabled) : std::nullopt);
            if (!done || (hasContext && !guard))
                return;
            if (r.ok()) {
                done(r);
                return;
            }
            ApiResult<Subscription> answer = r;
            answer.error = withUnknownOutcomeNote(r.error);
            done(answer);
        });
    track(seq, write.kind, request);
    return request;
}

RequestId JournaledWrites::submitDelete(qint64 seq, const JournalWrite &write, qint64 id, RequestOptions options,
                                        QObject *context, ApiClient::Callback<Empty> done)
{
    m_recorder->expectSend(seq, write);
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    const RequestId request = m_client->deleteSubscription(
        id, options, this, [this, seq, write, guard, hasContext, done](const ApiResult<Empty> &r) {
            settle(seq, write, r.error, std::nullopt, std::nullopt);
            if (!done || (hasContext && !guard))
                return;
            ApiResult<Empty> answer = r;
            answer.error = withUnknownOutcomeNote(r.error);
            done(answer);
        });
    track(seq, write.kind, request);
    return request;
}

RequestId JournaledWrites::submitCreate(qint64 seq, const JournalWrite &write, const SubscriptionDraft &draft,
                                        RequestOptions options, QObject *context,
                                        ApiClient::Callback<CreatedSubscription> done)
{
    m_recorder->expectSend(seq, write);
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    const RequestId request = m_client->createSubscription(
        draft, options, this, [this, seq, write, guard, hasContext, done](const ApiResult<CreatedSubscription> &r) {
            settle(seq, write, r.error, r.ok() ? r->subscription.id : std::nullopt, std::nullopt);
            if (done && (!hasContext || guard))
                done(r);
        });
    track(seq, write.kind, request);
    return request;
}

RequestId JournaledWrites::toggle(qint64 id, bool enabled, const QJsonObject &before, RequestOptions options,
                                  QObject *context, ApiClient::Callback<Subscription> done)
{
    JournalWrite write = JournalCodec::toggle(id, enabled);
    write.before = before;
    const auto seq = recordOne(write);
    if (!seq)
        return 0;
    SubscriptionPatch patch;
    patch.enabled = enabled;
    return submitUpdate(*seq, write, id, patch, options, context, std::move(done));
}

RequestId JournaledWrites::edit(qint64 id, const SubscriptionPatch &patch, const QJsonObject &before,
                                RequestOptions options, QObject *context, ApiClient::Callback<Subscription> done)
{
    JournalWrite write = JournalCodec::edit(id, patch);
    write.before = before;
    const auto seq = recordOne(write);
    if (!seq)
        return 0;
    return submitUpdate(*seq, write, id, patch, options, context, std::move(done));
}

RequestId JournaledWrites::create(const SubscriptionDraft &draft, RequestOptions options, QObject *context,
                                  ApiClient::Callback<CreatedSubscription> done)
{
    const JournalWrite write = JournalCodec::create(draft);
    const auto seq = recordOne(write);
    if (!seq)
        return 0;
    return submitCreate(*seq, write, draft, options, context, std::move(done));
}

RequestId JournaledWrites::remove(qint64 id, const QJsonObject &before, RequestOptions options, QObject *context,
                                  ApiClient::Callback<Empty> done)
{
    JournalWrite write = JournalCodec::remove(id);
    write.before = before;
    const auto seq = recordOne(write);
    if (!seq)
        return 0;
    return submitDelete(*seq, write, id, options, context, std::move(done));
}

RequestId JournaledWrites::sendRecordedUpdate(qint64 seq, const JournalWrite &write, const SubscriptionPatch &patch,
                                              RequestOptions options, QObject *context,
                                              ApiClient::Callback<Subscription> done)
{
    if (!canWrite() || !write.subscriptionId)
        return 0;
    return submitUpdate(seq, write, *write.subscriptionId, patch, options, context, std::move(done));
}

RequestId JournaledWrites::sendRecordedDelete(qint64 seq, const JournalWrite &write, RequestOptions options,
                                              QObject *context, ApiClient::Callback<Empty> done)
{
    if (!canWrite() || !write.subscriptionId)
        return 0;
    return submitDelete(seq, write, *write.subscriptionId, options, context, std::move(done));
}

RequestId JournaledWrites::resend(const JournalEntry &entry, RequestOptions options, QObject *context,
                                  ResendCallback done)
{
    if (!canWrite()) {
        refuse(refusal());
        return 0;
    }
    if (!enterUsers())
        return 0;
    // Never blindly again: an uncertain create needs the user's check first (WriteJournal::requeue).
    if (entry.isUncertain()) {
        refuse(tr("A create that may exist on the server is not sent again."));
        return 0;
    }
    const JournalWrite &write = entry.write;
    auto unreadable = [this, &entry] {
        refuse(tr("The recorded change cannot be read back."));
        m_recorder->journal().markFailed(entry.seq, m_lastError);
        return RequestId(0);
    };
    switch (write.kind) {
    case JournalWrite::Kind::Toggle:
    case JournalWrite::Kind::Edit: {
        const auto patch = JournalCodec::patchOf(write);
        if (!patch || !write.subscriptionId)
            return unreadable();
        return submitUpdate(entry.seq, write, *write.subscriptionId, *patch, options, context,
                            [done](const ApiResult<Subscription> &r) {
                                if (done)
                                    done(r.error, r.ok() ? std::optional<Subscription>(*r) : std::nullopt);
                            });
    }
    case JournalWrite::Kind::Create: {
        const auto draft = JournalCodec::draftOf(write);
        if (!draft)
            return unreadable();
        return submitCreate(entry.seq, write, *draft, options, context,
                            [done](const ApiResult<CreatedSubscription> &r) {
                                if (done)
                                    done(r.error, r.ok() ? std::optional<Subscription>(r->subscription) : std::nullopt);
                            });
    }
    case JournalWrite::Kind::Delete:
        if (!write.subscriptionId)
            return unreadable();
        return submitDelete(entry.seq, write, *write.subscriptionId, options, context,
                            [done](const ApiResult<Empty> &r) {
                                if (done)
                                    done(r.error, std::nullopt);
                            });
    }
    return unreadable();
}

void JournaledWrites::cancelPending()
{
    const auto pending = m_pending;
    m_pending.clear();
    // What never left goes first: aborting a send frees its slot, and none of these may take it.
    for (const bool onTheWire : {false, true}) {
        for (auto it = pending.constBegin(); it != pending.constEnd(); ++it) {
            const bool left = m_recorder && m_recorder->wasSent(it.key());
            if (left != onTheWire)
                continue;
            if (m_client)
                m_client->cancel(it->request);
            // Settled here, not in the (deferred) cancelled answer: the window may be gone by then.
            // One that left may have been applied: it stays Sent, for the next start to show.
            if (m_recorder && !left
                && !m_recorder->journal().markFailed(it.key(), tr("Cancelled when the window was closed.")))
                Q_EMIT journalProblem(m_recorder->lastError());
        }
    }
    leaveUsersIfIdle();
    Q_EMIT pendingCountChanged(0);
}
