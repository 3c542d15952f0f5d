#pragma once

#include "api/BulkJobProgress.h"
#include "api/HttpResponse.h"

#include <QList>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <vector>

class Clock;
class SlidingWindowLog;

// The request queue's bulk jobs: how many requests each job announced, submitted and got answered
// (succeeded, failed, cancelled), when it is finished, and how long it still needs. The remaining
// time is estimated by simulating the limiter on a copy of each bucket's log that holds work of the
// job. The queue owns the tracker: it reports submissions and answers, and hands out a snapshot of
// its buckets on demand; the tracker publishes every change of a job's progress.
class BulkJobTracker
{
public:
    // What the estimate needs to know of one bucket, as the queue sees it now.
    struct BucketLoad
    {
        QString key;
        const SlidingWindowLog *log = nullptr;  // copied, never changed
        int queued = 0;  // both lanes
        int inFlight = 0;
        qint64 latencyMs = -1;  // typical answer time; -1 unknown
        qint64 frozenUntil = 0;  // a 429 froze the bucket until then
        qint64 lastBulkSend = 0;  // the pacing mark
        int reserve = 0;  // slots per window bulk work leaves free
        bool pacing = false;  // bulk sends are spread once the window is half full ...
        qint64 paceMs = 0;  // ... one per this interval
    };
    // The buckets that the job's remaining work passes through: every bucket holding queued work
    // of `job`, and `lastBucket`, where its announced but unsubmitted work will go.
    using LoadSource = std::function<std::vector<BucketLoad>(BulkJobId job, const QString &lastBucket)>;
    // Called with the new progress of a job after every change; `justFinished` once, when it ends.
    using Publisher = std::function<void(const BulkJobProgress &progress, bool justFinished)>;

    BulkJobTracker(const Clock *clock, LoadSource loads, Publisher publish);
    ~BulkJobTracker();

    BulkJobId begin(int total, const QString &label);

    // A request of `job` is being submitted to `bucket`.
    enum class Admission {
        NoJob,  // unknown job: the request runs outside any job
        Cancelled,  // the job was cancelled: answer the request as cancelled (already counted)
        Admitted,  // counted as submitted and awaiting its answer
    };
    Admission admit(BulkJobId job, const QString &bucket);
    // One request of the job got its final answer (Aborted counts as cancelled).
    void answered(BulkJobId job, const HttpResponse &response);
    // Cancelling takes two calls around the queue's own work: beginCancel marks the job (false:
    // unknown job) so that nothing more is admitted; after the queue answered the requests it
    // dropped, finishCancel counts the announced but never submitted work as cancelled.
    bool beginCancel(BulkJobId job);
    void finishCancel(BulkJobId job);
    // Recomputes the job's state and publishes it.
    void publish(BulkJobId job);

    BulkJobProgress progress(BulkJobId job) const;
    QList<BulkJobProgress> jobs() const;
    QList<BulkJobId> unfinishedJobs() const;

    // Time until the last of `load.queued` queued requests plus `extraBulk` more would be answered,
    // simulating the limiter (window, reserve, pacing, a 429 freeze) on a copy of the log.
    static qint64 estimateDrainMs(const BucketLoad &load, int extraBulk, qint64 now);

private:
    struct Job;
    Job *find(BulkJobId job) const;
    void updateEta(Job &job, qint64 now);

    const Clock *m_clock;
    LoadSource m_loads;
    Publisher m_publish;
    std::map<BulkJobId, std::unique_ptr<Job>> m_jobs;
    BulkJobId m_nextJobId = 1;
};
