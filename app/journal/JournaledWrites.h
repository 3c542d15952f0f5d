#pragma once

#include "api/ApiClient.h"
#include "journal/JournalEntry.h"
#include "journal/JournalRecorder.h"
#include "journal/JournalUsers.h"
#include "journal/WriteJournal.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

// The callback-style writer over the journal's one rule (JournalRecorder): every write is recorded
// in the journal BEFORE it is handed to the ApiClient, marked sent when its request really leaves
// (not when it is queued), and settled by the answer: done, failed, or (a create whose answer
// never came: a timeout, a dropped connection, an unreadable 2xx) left Sent, so that the next
// start flags it instead of re-sending it. Without a journal every write is refused (nothing is
// ever sent unrecorded). While writes are in flight this program is a registered user of the
// journal (JournalUsers), so that another program's resume leaves them alone; it unregisters when
// the last one is answered.
class JournaledWrites : public QObject
{
    Q_OBJECT
public:
    // `recorder` may be null (no journal could be opened): then canWrite() is false and refusal()
    // says why.
    JournaledWrites(ApiClient *client, JournalRecorder *recorder, QObject *parent = nullptr);
    ~JournaledWrites() override;

    ApiClient *client() const { return m_client; }
    WriteJournal *journal() const { return m_recorder ? &m_recorder->journal() : nullptr; }
    bool canWrite() const;
    // Why writes are refused (translated); empty while canWrite().
    QString refusal() const;
    void setRefusal(const QString &why) { m_refusal = why; }

    // Record and send in one. Each returns the request id, or 0 when the write was refused (then
    // nothing was sent, the callback never runs and lastError() says why). `before` is the
    // subscription as the user saw it (JournalCodec::snapshot), kept for the activity log; empty
    // when not known.
    RequestId toggle(qint64 id, bool enabled, const QJsonObject &before, RequestOptions options, QObject *context,
                     ApiClient::Callback<Subscription> done);
    RequestId edit(qint64 id, const SubscriptionPatch &patch, const QJsonObject &before, RequestOptions options,
                   QObject *context, ApiClient::Callback<Subscription> done);
    RequestId create(const SubscriptionDraft &draft, RequestOptions options, QObject *context,
                     ApiClient::Callback<CreatedSubscription> done);
    RequestId remove(qint64 id, const QJsonObject &before, RequestOptions options, QObject *context,
                     ApiClient::Callback<Empty> done);

    // Bulk jobs record every item in one transaction first (one sync, not one per item), then send
    // the recorded writes; each is marked sent as its request leaves.
    std::optional<QList<qint64>> recordBatch(const QList<JournalWrite> &writes);
    RequestId sendRecordedUpdate(qint64 seq, const JournalWrite &write, const SubscriptionPatch &patch,
                                 RequestOptions options, QObject *context, ApiClient::Callback<Subscription> done);
    RequestId sendRecordedDelete(qint64 seq, const JournalWrite &write, RequestOptions options, QObject *context,
                                 ApiClient::Callback<Empty> done);

    // Sends one unconfirmed journal entry again (resume). `done` gets the error (None on success)
    // and, for a toggle/edit/create, the server's subscription. Returns 0 (and marks the entry
    // failed) when its body cannot be read back.
    using ResendCallback = std::function<void(const ApiError &error, const std::optional<Subscription> &result)>;
    RequestId resend(const JournalEntry &entry, RequestOptions options, QObject *context, ResendCallback done);

    // Writes of this session that were handed to the client and are not answered yet.
    int pendingCount() const { return int(m_pending.size()); }
    // Cancels every pending write: those that never left are marked failed ("cancelled"); those
    // already on the wire stay Sent, since the server may have applied them.
    void cancelPending();
    // From now on, answers that only say "cancelled" (the window closes) leave entries as they are,
    // so that the next start offers them ("keep for next time").
    void keepUnanswered() { m_keepUnanswered = true; }

    QString lastError() const { return m_lastError; }

    // Other programs (webhookctl, another console) sending this journal's writes right now: their
    // unconfirmed entries are under way, so Resume must wait.
    QList<JournalUsers::User> otherUsers() const;
    // Whether this program is registered as a user of the journal (it has writes in flight).
    bool isRegisteredUser() const;
    // Before resuming: registers this program as the journal's only user, in one step with the
    // check (see JournalUsers::claimAlone). Returns the other users; empty means claimed.
    Result<QList<JournalUsers::User>> claimForResume();
    // Gives up that claim when nothing was sent after all.
    void releaseIfIdle() { leaveUsersIfIdle(); }

Q_SIGNALS:
    void pendingCountChanged(int count);
    // Marking an entry failed at the journal level (disk full, file removed): said once per failure.
    void journalProblem(const QString &message);

private:
    std::optional<qint64> recordOne(const JournalWrite &write);
    void track(qint64 seq, JournalWrite::Kind kind, RequestId request);
    void untrack(qint64 seq);
    // Applies the answer to the entry: done, failed, or (an unanswered create) left Sent.
    void settle(qint64 seq, const JournalWrite &write, const ApiError &error, std::optional<qint64> resultId,
                std::optional<bool> enabledNow);
    RequestId submitUpdate(qint64 seq, const JournalWrite &write, qint64 id, const SubscriptionPatch &patch,
                           RequestOptions options, QObject *context, ApiClient::Callback<Subscription> done);
    RequestId submitDelete(qint64 seq, const JournalWrite &write, qint64 id, RequestOptions options, QObject *context,
                           ApiClient::Callback<Empty> done);
    RequestId submitCreate(qint64 seq, const JournalWrite &write, const SubscriptionDraft &draft,
                           RequestOptions options, QObject *context, ApiClient::Callback<CreatedSubscription> done);
    bool refuse(const QString &why);
    bool enterUsers();
    void leaveUsersIfIdle();

    QPointer<ApiClient> m_client;
    QPointer<JournalRecorder> m_recorder;
    QString m_refusal;
    QString m_lastError;
    struct Pending
    {
        RequestId request = 0;
        JournalWrite::Kind kind = JournalWrite::Kind::Edit;
    };
    QHash<qint64, Pending> m_pending;  // journal seq -> the request carrying it
    bool m_keepUnanswered = false;
    std::unique_ptr<JournalUsers> m_users;  // null without a journal
};
