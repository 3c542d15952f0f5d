#pragma once

#include "api/BucketLimiter.h"
#include "api/BucketState.h"
#include "api/BulkJobProgress.h"
#include "api/BulkJobTracker.h"
#include "api/HttpResponse.h"
#include "api/QueuedRequest.h"
#include "api/RequestTransport.h"
#include "api/RetryNotice.h"
#include "api/RetryPolicy.h"
#include "api/WriteOrder.h"
#include "common/RateLimitPolicy.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <random>

class Clock;

// Decides when each request may go, so that no rate-limit bucket ever sees more than its limit in
// ANY rolling window (sliding-window log on the injected monotonic clock, counting every send:
// retries and requests answered 429 included).
// - Two lanes per bucket: interactive first; bulk never takes the last `bulkReserve` slots.
// - 429 freezes the bucket until Retry-After (or until the window frees) and requeues the request
//   at the front without counting a failed attempt. Rate-limit headers correct the local count.
// - GET/PATCH/DELETE are retried with jittered exponential backoff (RetryPolicy); POST never.
//   A request with a wait limit shares it among its attempts and pauses (WaitBudget).
// - Identical GETs are coalesced; a queued PATCH of the same fields of the same subscription is
//   superseded by the newer one. Writes with the same order key leave one at a time, in the order
//   submitted (an interactive one pulls the earlier ones into its lane). Cancellation of one request, a bulk job, or
//   everything.
// Wake-ups: a precise QTimer for the next free slot (real clock) and Clock::advanced() (fake clock);
// it never spins the event loop.
class RequestQueue : public QObject
{
    Q_OBJECT
public:
    using Completion = std::function<void(const HttpResponse &)>;

    RequestQueue(Clock *clock, const RateLimitPolicy &policy, QObject *parent = nullptr);
    ~RequestQueue() override;

    // The transport that performs sends; set once by ApiClient (or a test's fake).
    void setTransport(RequestTransport *transport);
    RequestTransport *transport() const { return m_transport; }
    Clock *clock() const { return m_clock; }

    void setPolicy(const RateLimitPolicy &policy);  // applies to existing buckets too
    const RateLimitPolicy &policy() const { return m_policy; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    const RetryPolicy &retryPolicy() const { return m_retry; }
    // Slots per window that bulk work leaves to interactive requests (default 1).
    void setBulkReserve(int reserved);
    int bulkReserve() const { return m_bulkRules.reserve; }
    // Sends of one bucket that may be unanswered at once (default 4), so that sends are not held
    // back inside the network stack where the limiter cannot see them.
    void setMaxInFlightPerBucket(int n);
    // Extra time added to every window (default 0). Rarely needed: each send is counted at the
    // moment its answer arrives (the latest moment the server can have counted it), which already
    // absorbs network and server delays.
    void setWindowMarginMs(qint64 ms);
    // Bulk pacing (default on): once a bucket's window is half full, bulk sends are spread one per
    // slot interval (window / limit) instead of bursting when old sends expire. Slots then free up
    // evenly, so an interactive request that finds the reserve taken waits at most one interval.
    void setBulkPacing(bool on);
    bool bulkPacing() const { return m_bulkRules.pacing; }
    qint64 marginFor(qint64 windowMs) const;
    void setRandomSeed(quint32 seed) { m_rng.seed(seed); }

    // Queues one request; `done` runs once with the final answer (after retries and 429 waits), or
    // with Outcome::Aborted when cancelled. It never runs after `context` (if given) is destroyed,
    // and never from inside submit() or cancel().
    RequestId submit(const QueuedRequest &request, QObject *context, Completion done);
    bool cancel(RequestId id);
    void cancelAll();

    BulkJobId beginBulkJob(int total, const QString &label = {});
    // What cancelling a job stops: only what has not left yet (the default: nothing more is sent,
    // and answers already on their way still arrive and count), or also the sends on the wire
    // (their answers are no longer awaited).
    enum class CancelScope { Queued, Everything };
    void cancelBulkJob(BulkJobId job, CancelScope scope = CancelScope::Queued);
    BulkJobProgress bulkJobProgress(BulkJobId job) const;
    QList<BulkJobProgress> bulkJobs() const;

    QList<BucketState> snapshot() const;
    BucketState bucketState(const QString &bucket) const;
    int pendingCount() const;  // queued + in flight (distinct sends)
    bool isIdle() const { return pendingCount() == 0; }

Q_SIGNALS:
    void stateChanged();
    void bulkJobProgressChanged(const BulkJobProgress &progress);
    void bulkJobFinished(const BulkJobProgress &progress);
    // One send left the queue (for tests, benchmarks and verbose logs).
    void requestSent(const QString &bucket, RequestLane lane, qint64 atMs, int attempt);
    // An attempt failed and the request will be sent again (webhookctl shows it on a terminal).
    void retrying(const RetryNotice &notice);

private:
    struct Waiter;
    struct Entry;
    struct Bucket;

    Bucket &bucketFor(const QString &key);
    void pump();
    void schedulePump();
    void armTimer();
    bool trySendFrom(Bucket &bucket, qint64 now, qint64 *wakeAt);
    void send(Bucket &bucket, std::shared_ptr<Entry> entry, qint64 now);
    void onFinished(quint64 sendId, const HttpResponse &response);
    void complete(const std::shared_ptr<Entry> &entry, const HttpResponse &response);
    void dropIndices(const std::shared_ptr<Entry> &entry);
    void promote(Entry *entry);
    void deliver(Waiter waiter, const HttpResponse &response, bool deferred);
    void removeWaiter(RequestId id, bool notify);
    std::vector<BulkJobTracker::BucketLoad> bucketLoads(BulkJobId job, const QString &lastBucket) const;
    BucketState stateOf(const Bucket &bucket, qint64 now) const;

    Clock *m_clock;
    RateLimitPolicy m_policy;
    RetryPolicy m_retry;
    QPointer<RequestTransport> m_transport;
    BucketLimiter::BulkRules m_bulkRules;
    qint64 m_marginMs = 0;
    std::map<QString, std::unique_ptr<Bucket>> m_buckets;
    QHash<quint64, std::shared_ptr<Entry>> m_inFlight;  // by send id
    QHash<RequestId, std::shared_ptr<Entry>> m_byWaiter;  // every live waiter's entry
    QHash<QString, std::weak_ptr<Entry>> m_coalesce;  // bucket + coalesceKey -> live entry
    QHash<QString, std::weak_ptr<Entry>> m_supersede;  // bucket + supersedeKey -> queued entry
    WriteOrder<Entry> m_order;  // by orderKey
    BulkJobTracker m_bulkJobs;  // progress and ETA of bulk jobs; reads the buckets through bucketLoads
    QTimer m_timer;
    quint64 m_nextSendId = 1;
    RequestId m_nextRequestId = 1;
    bool m_pumping = false;
    bool m_pumpAgain = false;
    bool m_pumpScheduled = false;
    std::mt19937 m_rng{20261127u};
};
