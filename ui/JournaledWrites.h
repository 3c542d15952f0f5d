#pragma once

#include "api/ApiClient.h"
#include "journal/JournalEntry.h"
#include "journal/JournalUsers.h"
#include "journal/WriteJournal.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>


// The console's only way to send a write (toggle, edit, create, delete, resume): every write is
// recorded in the profile's WriteJournal BEFORE it is handed to the ApiClient, marked sent when it
// is handed over (queued counts as sent: from then on it may reach the server), and marked done or
// failed when the answer comes. A create whose answer never came (timeout, dropped connection, an
// unreadable 2xx) stays Sent: it may exist on the server, so the next start flags it instead of
// re-sending it. Without an open journal every write is refused (nothing is ever sent unrecorded).
// While writes are in flight the console is a registered user of the journal (JournalUsers), so
// that `webhookctl resume` leaves them alone; it unregisters when the last one is answered.
class JournaledWrites : public QObject
{
    Q_OBJECT
public:
    // `journal` may be null or closed: then canWrite() is false and refusal() says why.
    JournaledWrites(ApiClient *client, WriteJournal *journal, QObject *parent = nullptr);
    ~JournaledWrites() override;

    ApiClient *client() const { return m_client; }
    WriteJournal *journal() const { return m_journal; }
    bool canWrite() const;
    // Why writes are refused (translated); empty while canWrite().
    QString refusal() const;
    void setRefusal(const QString &why) { m_refusal = why; }

    // Record and send in one. Each returns the request id, or 0 when the write was refused (then
    // nothing was sent, the callback never runs and lastError() says why).
    RequestId toggle(qint64 id, bool enabled, RequestOptions options, QObject *context,
                     ApiClient::Callback<Subscription> done);
    RequestId edit(qint64 id, const SubscriptionPatch &patch, RequestOptions options, QObject *context,
                   ApiClient::Callback<Subscription> done);
    RequestId create(const SubscriptionDraft &draft, RequestOptions options, QObject *context,
                     ApiClient::Callback<CreatedSubscription> done);
    RequestId remove(qint64 id, RequestOptions options, QObject *context, ApiClient::Callback<Empty> done);

    // Bulk jobs record every item in one transaction first and mark them all sent in a second
    // one (one sync each, not one per item), then send the recorded writes.
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
    // Cancels every pending write: queued ones are marked failed ("cancelled"); a create that may
    // already be on the wire stays Sent (uncertain).
    void cancelPending();
    // From now on, answers that only say "cancelled" (the window closes) leave entries as they are,
    // so that the next start offers them ("keep for next time").
    void keepUnanswered() { m_keepUnanswered = true; }

    QString lastError() const { return m_lastError; }

    // Other programs (webhookctl, another console) sending this journal's writes right now: their
    // unconfirmed entries are under way, so Resume must wait.
    QList<JournalUsers::User> otherUsers() const;
    // Whether this console is registered as a user of the journal (it has writes in flight).
    bool isRegisteredUser() const;

Q_SIGNALS:
    void pendingCountChanged(int count);
    // Marking an entry failed at the journal level (disk full, file removed): said once per failure.
    void journalProblem(const QString &message);

private:
    std::optional<qint64> recordOne(const JournalWrite &write);
    bool markSent(qint64 seq);
    void track(qint64 seq, JournalWrite::Kind kind, RequestId request);
    void untrack(qint64 seq);
    // Applies the answer to the entry: done, failed, or (an unanswered create) left Sent.
    void settle(qint64 seq, const JournalWrite &write, const ApiError &error, std::optional<qint64> resultId,
                std::optional<bool> enabledNow);
    // markedSent: the entry was marked sent already (recordBatch), else it is marked here.
    RequestId submitUpdate(qint64 seq, const JournalWrite &write, qint64 id, const SubscriptionPatch &patch,
                           RequestOptions options, QObject *context, ApiClient::Callback<Subscription> done,
                           bool markedSent = false);
    RequestId submitDelete(qint64 seq, const JournalWrite &write, qint64 id, RequestOptions options,
                           QObject *context, ApiClient::Callback<Empty> done, bool markedSent = false);
    RequestId submitCreate(qint64 seq, const JournalWrite &write, const SubscriptionDraft &draft,
                           RequestOptions options, QObject *context, ApiClient::Callback<CreatedSubscription> done);
    bool refuse(const QString &why);
    bool enterUsers();
    void leaveUsersIfIdle();

    QPointer<ApiClient> m_client;
    QPointer<WriteJournal> m_journal;
    QString m_refusal;
    QString m_lastError;
    struct Pending {
        RequestId request = 0;
        JournalWrite::Kind kind = JournalWrite::Kind::Edit;
    };
    QHash<qint64, Pending> m_pending;  // journal seq -> the request carrying it
    bool m_keepUnanswered = false;
    std::unique_ptr<JournalUsers> m_users;  // null without a journal
};
