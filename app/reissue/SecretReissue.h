#pragma once

#include "api/ApiResult.h"
#include "api/Subscription.h"
#include "common/Result.h"
#include "journal/JournalEntry.h"
#include "reissue/ReissueJob.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class ApiClient;
class ApiError;
class Clock;
class JournalRecorder;
class ReissueJobStore;
struct SubscriptionPatch;

// Runs one secret re-issue (ReissueJob) over the six documented endpoints: copy the subscription
// (POST, then PATCH its events and enabled=false, since a POST takes neither), hand out the new
// secret once, cut over (enable the copy, then disable the old one, so that no event falls between
// them; the customer dedupes on the payload's id during the overlap) and delete the old one when
// its retries are over. Every write goes through the journal's one rule (JournalRecorder) under
// the job's id; each step is stored before the next begins, so that resume() after a crash or a
// kill -9 goes on where it stopped and leaves exactly one copy.
//
// webhook-console (SecretReissueDialog) and webhookctl (reissue-secret) drive it alike. One
// runner drives one job at a time; after failed() the job stays where it was and resume() takes
// it up again.
class SecretReissue : public QObject
{
    Q_OBJECT
public:
    SecretReissue(ApiClient &client, JournalRecorder &recorder, ReissueJobStore &jobs, const Clock &clock,
                  QObject *parent = nullptr);
    ~SecretReissue() override;

    // Begins a re-issue of subscription `oldId`. `events` are the copy's events; nullopt takes the
    // ones this computer last set (WriteJournal::knownEvents) and fails when it never set any,
    // since the API never reports them.
    void start(qint64 oldId, const std::optional<QStringList> &events);
    // Takes up the stored job `jobId` where it stopped.
    void resume(const QString &jobId);
    // The person has the secret (secretReady): from now on the copy is kept.
    void confirmSecretShown();
    // Enables the copy and disables the old one (after secretReady was confirmed), then deletes the
    // old one if its retries are already over.
    void cutOver();
    // Gives up the stored job `jobId` before its cut-over: deletes its copies and ends it; the old
    // subscription is untouched. After the cut-over it fails: go on instead.
    void cancel(const QString &jobId);

    // What the customer is told, in plain words: the new id, the new secret, the overlap.
    static QString customerNote(const ReissueJob &job);

    const ReissueJob &job() const { return m_job; }
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // What is happening now, in plain words.
    void progress(const QString &text);
    // The copy is ready and disabled: show `secret` once, then call confirmSecretShown().
    void secretReady(const QString &secret);
    // Waiting for the person to cut over (cutOver()).
    void waitingForCutover();
    // Cut over; the old subscription is deleted at `deleteDueAt` at the latest (resume() then), or
    // as soon as its `pendingRetries` are over (-1: the server does not tell).
    void waitingForDrain(const QDateTime &deleteDueAt, int pendingRetries);
    // Done or cancelled.
    void finished();
    // The job stopped where it was; `message` says why in plain words.
    void failed(const QString &message);
    // A step was stored.
    void stepStored(ReissueJob::Step step);

private:
    template<class T>
    using Then = std::function<void(const ApiResult<T> &)>;

    void begin(qint64 oldId, const SubscriptionList &list, const QStringList &events);
    void makeCopy();
    void prepareCopy(const QString &secret);
    void cleanUpThenCopy();
    // The job's copies in a list answer: its URL and description, made after the job began (not
    // one of the subscriptions that had that URL then), and not another re-issue's.
    Result<QList<qint64>> copiesIn(const SubscriptionList &list);
    void deleteEach(QList<qint64> ids, const std::function<void()> &then);
    // Lists the subscriptions and deletes the job's copies (copiesIn), then `then`.
    void deleteCopies(const std::function<void()> &then);
    void disableOld();
    void checkDrain();
    void deleteOld();
    bool store(ReissueJob::Step step);
    bool load(const QString &jobId);
    void fail(const QString &message);
    void failApi(const QString &what, const ApiError &error);
    // Journaled writes of this job: recorded, sent, settled; `then` gets the answer, the failure
    // already noted in the journal.
    void patch(qint64 id, const SubscriptionPatch &patch, Then<Subscription> then);
    void remove(qint64 id, const std::function<void()> &then);

    ApiClient &m_client;
    JournalRecorder &m_recorder;
    ReissueJobStore &m_jobs;
    const Clock &m_clock;
    ReissueJob m_job;
    QString m_secret;  // between the copy's creation and confirmSecretShown(); never stored
    int m_copies = 0;  // creates this run sent for the job: a bound on retrying lost answers
    bool m_busy = false;
};
