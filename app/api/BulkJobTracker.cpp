#include "api/BulkJobTracker.h"

#include "common/Clock.h"
#include "common/SlidingWindowLog.h"

#include <limits>
#include <utility>

struct BulkJobTracker::Job
{
    BulkJobProgress progress;
    int submitted = 0;
    int pending = 0;  // submitted requests not yet answered
    QString lastBucket;
    bool cancelled = false;
    qint64 etaComputedAt = std::numeric_limits<qint64>::min() / 2;
    qint64 etaComputed = -1;
};

BulkJobTracker::BulkJobTracker(const Clock *clock, LoadSource loads, Publisher publish)
    : m_clock(clock)
    , m_loads(std::move(loads))
    , m_publish(std::move(publish))
{
    Q_ASSERT(clock);
}

BulkJobTracker::~BulkJobTracker() = default;

BulkJobTracker::Job *BulkJobTracker::find(BulkJobId job) const
{
    const auto it = m_jobs.find(job);
    return it == m_jobs.end() ? nullptr : it->second.get();
}

BulkJobId BulkJobTracker::begin(int total, const QString &label)
{
    auto job = std::make_unique<Job>();
    const BulkJobId id = m_nextJobId++;
    job->progress.job = id;
    job->progress.label = label;
    job->progress.total = qMax(0, total);
    m_jobs.emplace(id, std::move(job));
    publish(id);
    return id;
}

BulkJobTracker::Admission BulkJobTracker::admit(BulkJobId jobId, const QString &bucket)
{
    Job *job = find(jobId);
    if (!job)
        return Admission::NoJob;
    if (job->cancelled)
        return Admission::Cancelled;
    job->submitted++;
    job->lastBucket = bucket;
    if (job->submitted > job->progress.total)
        job->progress.total = job->submitted;
    job->progress.finished = false;
    job->pending++;
    return Admission::Admitted;
}

void BulkJobTracker::answered(BulkJobId jobId, const HttpResponse &response)
{
    Job *job = jobId ? find(jobId) : nullptr;
    if (!job)
        return;
    job->pending = qMax(0, job->pending - 1);
    if (response.outcome == HttpResponse::Outcome::Aborted)
        job->progress.cancelled++;
    else if (response.outcome == HttpResponse::Outcome::Http && response.status >= 200 && response.status < 300)
        job->progress.succeeded++;
    else
        job->progress.failed++;
    publish(jobId);
}

bool BulkJobTracker::beginCancel(BulkJobId jobId)
{
    Job *job = find(jobId);
    if (!job)
        return false;
    job->cancelled = true;
    return true;
}

void BulkJobTracker::finishCancel(BulkJobId jobId)
{
    Job *job = find(jobId);
    if (!job)
        return;
    // Work announced but never submitted will not come: count it as cancelled.
    const int unsubmitted = qMax(0, job->progress.total - job->submitted);
    job->progress.cancelled += unsubmitted;
    job->submitted += unsubmitted;
    publish(jobId);
}

void BulkJobTracker::publish(BulkJobId jobId)
{
    Job *job = find(jobId);
    if (!job)
        return;
    const bool wasFinished = job->progress.finished;
    job->progress.finished =
        job->pending == 0 && job->submitted >= job->progress.total && job->progress.done() >= job->progress.total;
    updateEta(*job, m_clock->monotonicMs());
    const BulkJobProgress progress = job->progress;
    m_publish(progress, progress.finished && !wasFinished);
}

BulkJobProgress BulkJobTracker::progress(BulkJobId job) const
{
    const Job *j = find(job);
    return j ? j->progress : BulkJobProgress{};
}

QList<BulkJobProgress> BulkJobTracker::jobs() const
{
    QList<BulkJobProgress> list;
    for (const auto &[id, job] : m_jobs)
        list << job->progress;
    return list;
}

QList<BulkJobId> BulkJobTracker::unfinishedJobs() const
{
    QList<BulkJobId> list;
    for (const auto &[id, job] : m_jobs) {
        if (!job->progress.finished)
            list << id;
    }
    return list;
}

void BulkJobTracker::updateEta(Job &job, qint64 now)
{
    if (job.progress.finished) {
        job.progress.etaMs = 0;
        return;
    }
    // The estimate simulates the limiter: recompute it at most every 250 ms, count down between.
    if (now - job.etaComputedAt < 250 && job.etaComputed >= 0) {
        job.progress.etaMs = qMax<qint64>(0, job.etaComputed - (now - job.etaComputedAt));
        return;
    }
    const int unsubmitted = qMax(0, job.progress.total - job.submitted);
    if (job.lastBucket.isEmpty()) {
        job.progress.etaMs = -1;
        return;
    }
    // The job ends when the queue of its bucket drains (everything queued there goes first or
    // alongside), plus whatever was announced but not yet submitted.
    qint64 eta = 0;
    for (const BucketLoad &load : m_loads(job.progress.job, job.lastBucket))
        eta = qMax(eta, estimateDrainMs(load, load.key == job.lastBucket ? unsubmitted : 0, now));
    job.progress.etaMs = eta;
    job.etaComputed = eta;
    job.etaComputedAt = now;
}

qint64 BulkJobTracker::estimateDrainMs(const BucketLoad &load, int extraBulk, qint64 now)
{
    const int n = load.queued + qMax(0, extraBulk);
    const qint64 latency = qMax<qint64>(0, load.latencyMs);
    if (n == 0)
        return load.inFlight > 0 ? latency : 0;
    SlidingWindowLog copy = *load.log;  // simulate the limiter on a copy
    qint64 t = qMax(now, load.frozenUntil);
    qint64 last = load.lastBulkSend;
    const int simulated = qMin(n, 5000);
    for (int i = 0; i < simulated; ++i) {
        t = copy.nextFreeAt(t, load.reserve);
        if (load.pacing && copy.countAt(t) >= copy.limit() / 2 && t < last + load.paceMs)
            t = copy.nextFreeAt(last + load.paceMs, load.reserve);
        copy.record(t);
        last = t;
    }
    if (n > simulated) {
        const int perWindow = qMax(1, copy.limit() - load.reserve);
        t += qint64(double(n - simulated) * double(copy.windowMs()) / perWindow);
    }
    return t - now + latency;
}
