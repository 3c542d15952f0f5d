#include "reissue/SecretReissue.h"

#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "common/Clock.h"
#include "journal/JournalCodec.h"
#include "journal/JournalRecorder.h"
#include "journal/WriteJournal.h"
#include "reissue/ReissueJobStore.h"

#include <QSet>

namespace {

// A lost create answer is looked for and cleaned up, then the copy made again; twice lost in one
// run means something is wrong with the connection, and the person should know.
constexpr int kMaxCopies = 3;

}  // namespace

SecretReissue::SecretReissue(ApiClient &client, JournalRecorder &recorder, ReissueJobStore &jobs, const Clock &clock,
                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_recorder(recorder)
    , m_jobs(jobs)
    , m_clock(clock)
{ }

SecretReissue::~SecretReissue() = default;

void SecretReissue::fail(const QString &message)
{
    m_busy = false;
    m_secret.clear();
    Q_EMIT failed(message);
}

void SecretReissue::failApi(const QString &what, const ApiError &error)
{
    fail(what + QStringLiteral(": ") + error.message());
}

bool SecretReissue::store(ReissueJob::Step step)
{
    const ReissueJob before = m_job;
    m_job.step = step;
    if (step == ReissueJob::Step::Done || step == ReissueJob::Step::Cancelled)
        m_job.finishedAt = m_clock.utcNow();
    if (auto saved = m_jobs.save(m_job); !saved) {
        m_job = before;
        fail(saved.error());
        return false;
    }
    Q_EMIT stepStored(step);
    return true;
}

void SecretReissue::start(qint64 oldId, const std::optional<QStringList> &events)
{
    m_busy = true;
    m_copies = 0;
    const auto running = m_jobs.unfinishedFor(oldId);
    if (!running)
        return fail(running.error());
    if (*running) {
        return fail(tr("Subscription %1 already has a secret re-issue under way (%2). Continue that one instead.")
                        .arg(oldId)
                        .arg((*running)->id));
    }
    std::optional<QStringList> copyEvents = events;
    if (!copyEvents)
        copyEvents = m_recorder.journal().knownEvents(oldId);
    if (!copyEvents) {
        return fail(tr("The events of subscription %1 are not known on this computer: the API never reports them, "
                       "and they were not set from here. Say which events the copy gets.")
                        .arg(oldId));
    }
    Q_EMIT progress(tr("Reading subscription %1…").arg(oldId));
    m_client.listSubscriptions(RequestLane::Interactive, this,
                               [this, oldId, events = *copyEvents](const ApiResult<SubscriptionList> &list) {
                                   if (!list.ok())
                                       return failApi(tr("The subscriptions could not be read"), list.error);
                                   begin(oldId, *list, events);
                               });
}

void SecretReissue::begin(qint64 oldId, const SubscriptionList &list, const QStringList &events)
{
    const auto old = std::find_if(list.cbegin(), list.cend(), [oldId](const Subscription &s) { return s.id == oldId; });
    if (old == list.cend())
        return fail(tr("Subscription %1 does not exist on the server.").arg(oldId));
    ReissueJob job;
    job.id = ReissueJob::makeId();
    job.oldId = oldId;
    job.url = old->url;
    job.description = old->description;
    job.events = events;
    for (const Subscription &s : list) {
        if (s.id && *s.id != oldId && s.url == old->url)
            job.siblingIds << *s.id;
    }
    job.startedAt = m_clock.utcNow();
    if (auto added = m_jobs.add(job); !added)
        return fail(added.error() + u' ' + tr("Nothing was sent."));
    m_job = job;
    Q_EMIT stepStored(m_job.step);
    makeCopy();
}

void SecretReissue::makeCopy()
{
    if (++m_copies > kMaxCopies) {
        return fail(tr("The answer to the copy's create was lost %1 times in a row; the connection is not reliable "
                       "enough right now. Try again later: lost copies are cleaned up first.")
                        .arg(kMaxCopies));
    }
    Q_EMIT progress(tr("Creating a copy of subscription %1…").arg(m_job.oldId));
    const SubscriptionDraft draft{m_job.url, m_job.description, m_job.events};
    const JournalWrite write = JournalCodec::create(draft, m_job.id);
    const auto seq = m_recorder.record(write);
    if (!seq)
        return fail(m_recorder.lastError() + u' ' + tr("Nothing was sent."));
    m_recorder.expectSend(*seq, write);
    // The documented create takes the URL and description only; events and enabled follow in a PATCH.
    m_client.createSubscription(
        m_job.url, m_job.description, RequestLane::Interactive, this,
        [this, seq = *seq](const ApiResult<CreatedSubscription> &created) {
            const auto outcome = m_recorder.settle(seq, created.ok() ? ApiError() : created.error,
                                                   created.ok() ? created->subscription.id : std::nullopt);
            if (outcome == JournalRecorder::Outcome::Uncertain) {
                // The server may have made it, but its secret is lost with the answer.
                m_recorder.journal().discard(seq);
                return cleanUpThenCopy();
            }
            if (!created.ok()) {
                const QString refusal = m_recorder.refusal(seq);
                return refusal.isEmpty() ? failApi(tr("The copy could not be created"), created.error) : fail(refusal);
            }
            if (!created->subscription.id) {
                return fail(tr("The server created the copy without saying its id, so it cannot be prepared. "
                               "Continuing the re-issue deletes it and tries again."));
            }
            m_job.newId = created->subscription.id;
            if (!store(ReissueJob::Step::Created))
                return;
            prepareCopy(created->clientSecret);
        });
}

void SecretReissue::prepareCopy(const QString &secret)
{
    m_secret = secret;
    Q_EMIT progress(tr("Disabling the copy %1 and setting its events…").arg(*m_job.newId));
    SubscriptionPatch p;
    p.events = m_job.events;
    p.enabled = false;
    patch(*m_job.newId, p, [this](const ApiResult<Subscription> &result) {
        if (!result.ok())
            return failApi(tr("The copy %1 could not be prepared").arg(*m_job.newId), result.error);
        if (!store(ReissueJob::Step::Prepared))
            return;
        m_busy = false;
        Q_EMIT secretReady(m_secret);
    });
}

void SecretReissue::confirmSecretShown()
{
    if (m_job.step != ReissueJob::Step::Prepared || m_secret.isEmpty())
        return;
    m_secret.clear();
    if (store(ReissueJob::Step::SecretShown))
        Q_EMIT waitingForCutover();
}

void SecretReissue::cleanUpThenCopy()
{
    Q_EMIT progress(tr("Looking for copies whose secret was never shown…"));
    deleteCopies([this] {
        m_job.newId.reset();
        if (store(ReissueJob::Step::Started))
            makeCopy();
    });
}

void SecretReissue::deleteCopies(const std::function<void()> &then)
{
    // Every copy of this job goes: the one it knows, and any whose create answer was lost.
    m_client.listSubscriptions(RequestLane::Interactive, this, [this, then](const ApiResult<SubscriptionList> &list) {
        if (!list.ok())
            return failApi(tr("The subscriptions could not be read"), list.error);
        const auto copies = copiesIn(*list);
        if (!copies)
            return fail(copies.error());
        deleteEach(*copies, then);
    });
}

Result<QList<qint64>> SecretReissue::copiesIn(const SubscriptionList &list)
{
    // Another re-issue's subscriptions are never this job's, even at the same URL.
    const auto others = m_jobs.unfinished();
    if (!others)
        return unexpected(others.error());
    QSet<qint64> theirs;
    for (const ReissueJob &other : *others) {
        if (other.id == m_job.id)
            continue;
        theirs.insert(other.oldId);
        if (other.newId)
            theirs.insert(*other.newId);
    }
    QList<qint64> copies;
    for (const Subscription &s : list) {
        if (s.id && *s.id != m_job.oldId && s.url == m_job.url && s.description == m_job.description
            && !m_job.siblingIds.contains(*s.id) && !theirs.contains(*s.id))
            copies << *s.id;
    }
    return copies;
}

void SecretReissue::deleteEach(QList<qint64> ids, const std::function<void()> &then)
{
    if (ids.isEmpty())
        return then();
    const qint64 id = ids.takeFirst();
    Q_EMIT progress(tr("Deleting the unused copy %1…").arg(id));
    remove(id, [this, ids, then] { deleteEach(ids, then); });
}

void SecretReissue::cutOver()
{
    if (m_job.step != ReissueJob::Step::SecretShown && m_job.step != ReissueJob::Step::CuttingOver)
        return;
    m_busy = true;
    if (m_job.step == ReissueJob::Step::SecretShown) {
        m_job.cutoverAt = m_clock.utcNow();
        if (!store(ReissueJob::Step::CuttingOver))
            return;
    }
    Q_EMIT progress(tr("Enabling the copy %1…").arg(*m_job.newId));
    SubscriptionPatch enable;
    enable.enabled = true;
    patch(*m_job.newId, enable, [this](const ApiResult<Subscription> &result) {
        if (!result.ok())
            return failApi(tr("The copy %1 could not be enabled").arg(*m_job.newId), result.error);
        disableOld();
    });
}

void SecretReissue::disableOld()
{
    Q_EMIT progress(tr("Disabling the old subscription %1…").arg(m_job.oldId));
    SubscriptionPatch disable;
    disable.enabled = false;
    patch(m_job.oldId, disable, [this](const ApiResult<Subscription> &result) {
        // Deleted by someone else meanwhile: it gets no events either way.
        if (!result.ok() && result.error.kind != ApiError::Kind::NotFound)
            return failApi(tr("The old subscription %1 could not be disabled").arg(m_job.oldId), result.error);
        if (store(ReissueJob::Step::CutOver))
            checkDrain();
    });
}

void SecretReissue::checkDrain()
{
    m_busy = true;
    if (m_clock.utcNow() >= m_job.deleteDueAt())
        return deleteOld();
    Q_EMIT progress(tr("Checking the old subscription's pending retries…"));
    m_client.getSubscription(m_job.oldId, RequestLane::Interactive, this, [this](const ApiResult<Subscription> &old) {
        if (!old.ok() && old.error.kind == ApiError::Kind::NotFound)
            return deleteOld();
        if (!old.ok())
            return failApi(tr("The old subscription %1 could not be read").arg(m_job.oldId), old.error);
        // The health extension tells whether retries are still due; the documented API does not,
        // so then the whole retry window is waited out.
        if (old->health && old->health->pendingRetries == 0)
            return deleteOld();
        m_busy = false;
        Q_EMIT waitingForDrain(m_job.deleteDueAt(), old->health ? old->health->pendingRetries : -1);
    });
}

void SecretReissue::deleteOld()
{
    Q_EMIT progress(tr("Deleting the old subscription %1…").arg(m_job.oldId));
    remove(m_job.oldId, [this] {
        if (!store(ReissueJob::Step::Done))
            return;
        m_busy = false;
        Q_EMIT finished();
    });
}

void SecretReissue::cancel(const QString &jobId)
{
    m_busy = true;
    if (!load(jobId))
        return;
    if (m_job.isFinished()) {
        m_busy = false;
        return Q_EMIT finished();
    }
    if (m_job.step >= ReissueJob::Step::CuttingOver) {
        return fail(tr("Re-issue %1 is past its cut-over: subscription %2 is in use. It can only be finished now.")
                        .arg(m_job.id)
                        .arg(*m_job.newId));
    }
    m_secret.clear();
    m_job.note = tr("cancelled before the cut-over");
    Q_EMIT progress(tr("Looking for the copies to delete…"));
    deleteCopies([this] {
        if (!store(ReissueJob::Step::Cancelled))
            return;
        m_busy = false;
        Q_EMIT finished();
    });
}

bool SecretReissue::load(const QString &jobId)
{
    const auto found = m_jobs.find(jobId);
    if (!found) {
        fail(found.error());
        return false;
    }
    if (!*found) {
        fail(tr("There is no secret re-issue %1 in the journal of %2.").arg(jobId, m_recorder.owner()));
        return false;
    }
    if (m_job.id != jobId)
        m_secret.clear();
    m_job = **found;
    // Writes of the job left unanswered by a crash: the step they belong to is done again, so they
    // are closed as discarded (the log then says that the server may have applied them).
    const auto leftovers = m_recorder.journal().unconfirmedOfJob(jobId);
    if (!leftovers) {
        fail(m_recorder.journal().lastError());
        return false;
    }
    for (const JournalEntry &e : *leftovers) {
        if (!m_recorder.journal().discard(e.seq)) {
            fail(m_recorder.journal().lastError());
            return false;
        }
    }
    return true;
}

QString SecretReissue::customerNote(const ReissueJob &job)
{
    return tr("Your webhook endpoint %1 gets a new signing secret. Its subscription id changes from %2 to %3; "
              "deliveries carry the new id and are signed with the new secret once we switch over, which we do when "
              "you say you are ready. For a short while you may receive an event twice, from both subscriptions: "
              "deduplicate on the payload's \"id\".")
        .arg(job.url)
        .arg(job.oldId)
        .arg(job.newId ? QString::number(*job.newId) : QStringLiteral("?"));
}

void SecretReissue::resume(const QString &jobId)
{
    m_busy = true;
    m_copies = 0;
    if (!load(jobId))
        return;
    switch (m_job.step) {
    case ReissueJob::Step::Started:
    case ReissueJob::Step::Created:
    case ReissueJob::Step::Prepared:
        // Nobody saw the secret of the copy (if it was made at all): it goes, a new one is made.
        return cleanUpThenCopy();
    case ReissueJob::Step::SecretShown:
        m_busy = false;
        return Q_EMIT waitingForCutover();
    case ReissueJob::Step::CuttingOver:
        return cutOver();
    case ReissueJob::Step::CutOver:
        return checkDrain();
    case ReissueJob::Step::Done:
    case ReissueJob::Step::Cancelled:
        m_busy = false;
        return Q_EMIT finished();
    }
}

void SecretReissue::patch(qint64 id, const SubscriptionPatch &p, Then<Subscription> then)
{
    const JournalWrite write = JournalCodec::update(id, p, m_job.id);
    const auto seq = m_recorder.record(write);
    if (!seq)
        return fail(m_recorder.lastError() + u' ' + tr("Nothing was sent."));
    m_recorder.expectSend(*seq, write);
    m_client.updateSubscription(
        id, p, RequestLane::Interactive, this, [this, seq = *seq, then](const ApiResult<Subscription> &result) {
            m_recorder.settle(seq, result.ok() ? ApiError() : result.error, std::nullopt,
                              result.ok() ? std::optional<bool>(result->enabled) : std::nullopt);
            const QString refusal = m_recorder.refusal(seq);
            if (!refusal.isEmpty())
                return fail(refusal);
            then(result);
        });
}

void SecretReissue::remove(qint64 id, const std::function<void()> &then)
{
    const JournalWrite write = JournalCodec::remove(id, m_job.id);
    const auto seq = m_recorder.record(write);
    if (!seq)
        return fail(m_recorder.lastError() + u' ' + tr("Nothing was sent."));
    m_recorder.expectSend(*seq, write);
    m_client.deleteSubscription(
        id, RequestLane::Interactive, this, [this, id, seq = *seq, then](const ApiResult<Empty> &result) {
            const auto outcome = m_recorder.settle(seq, result.ok() ? ApiError() : result.error);
            if (outcome != JournalRecorder::Outcome::Done) {
                const QString refusal = m_recorder.refusal(seq);
                return refusal.isEmpty() ? failApi(tr("Subscription %1 could not be deleted").arg(id), result.error)
                                         : fail(refusal);
            }
            then();
        });
}
