// Over the usual size of a room, on purpose: the queue's one loop (admit, pump, send, complete,
// requeue) and its waiters read best in one place. Pacing is BucketLimiter's, retry decisions
// RetryPolicy's, the order of one subscription's writes WriteOrder's, bulk progress and ETA
// BulkJobTracker's.
#include "api/RequestQueue.h"

#include "api/RateLimitHeaders.h"
#include "api/RequestTransport.h"
#include "api/WaitBudget.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>
#include <deque>
#include <limits>
#include <vector>

Q_LOGGING_CATEGORY(lcQueue, "webhook.api.queue", QtWarningMsg)

namespace {
HttpResponse abortedResponse(const QString &why)
{
    HttpResponse r;
    r.outcome = HttpResponse::Outcome::Aborted;
    r.errorString = why;
    return r;
}
}  // namespace

struct RequestQueue::Waiter
{
    RequestId id = 0;
    QPointer<QObject> context;
    bool hasContext = false;
    Completion done;
    BulkJobId job = 0;
    QMetaObject::Connection contextWatch;
};

struct RequestQueue::Entry
{
    QueuedRequest request;
    std::vector<Waiter> waiters;
    RequestLane lane = RequestLane::Interactive;
    int failures = 0;  // 5xx, timeouts, network errors (429s are not failures)
    int requeues429 = 0;
    int sends = 0;
    qint64 notBefore = 0;  // backoff: not sent before this monotonic time
    quint64 sendId = 0;  // non-zero while in flight
    qint64 sentAt = 0;
    qint64 attemptTimeoutMs = 0;  // the timeout the send on the wire was given
    bool sentAsBulk = false;
    WaitBudget budget;  // the whole wait for the answer, shared by the attempts
};

struct RequestQueue::Bucket
{
    QString key;
    BucketLimiter limiter;
    std::deque<std::shared_ptr<Entry>> lanes[2];  // [Interactive], [Bulk]

    std::deque<std::shared_ptr<Entry>> &lane(RequestLane l) { return lanes[l == RequestLane::Bulk ? 1 : 0]; }
    const std::deque<std::shared_ptr<Entry>> &lane(RequestLane l) const
    {
        return lanes[l == RequestLane::Bulk ? 1 : 0];
    }
};

RequestQueue::RequestQueue(Clock *clock, const RateLimitPolicy &policy, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_policy(policy)
    , m_bulkJobs(
          clock, [this](BulkJobId job, const QString &lastBucket) { return bucketLoads(job, lastBucket); },
          [this](const BulkJobProgress &progress, bool justFinished) {
              Q_EMIT bulkJobProgressChanged(progress);
              if (justFinished)
                  Q_EMIT bulkJobFinished(progress);
          })
{
    Q_ASSERT(clock);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RequestQueue::pump);
    // A fake clock jumps: re-check deadlines then. The real clock never emits this.
    connect(m_clock, &Clock::advanced, this, &RequestQueue::pump);
}

RequestQueue::~RequestQueue()
{
    if (m_transport) {
        disconnect(m_transport, nullptr, this, nullptr);
        const auto ids = m_inFlight.keys();
        for (quint64 id : ids)
            m_transport->abort(id);
    }
    for (auto &entry : m_byWaiter) {
        for (auto &w : entry->waiters)
            QObject::disconnect(w.contextWatch);
    }
}

void RequestQueue::setTransport(RequestTransport *transport)
{
    if (m_transport)
        disconnect(m_transport, nullptr, this, nullptr);
    m_transport = transport;
    if (m_transport)
        connect(m_transport, &RequestTransport::finished, this, &RequestQueue::onFinished);
    schedulePump();
}

void RequestQueue::setPolicy(const RateLimitPolicy &policy)
{
    m_policy = policy;
    for (auto &[key, bucket] : m_buckets) {
        const auto limit = m_policy.limitFor(key);
        bucket->limiter.setPolicy(limit.limit, limit.windowMs, marginFor(limit.windowMs), !m_policy.isChosen(key));
    }
    schedulePump();
    Q_EMIT stateChanged();
}

void RequestQueue::setBulkReserve(int reserved)
{
    m_bulkRules.reserve = qMax(0, reserved);
    schedulePump();
}

void RequestQueue::setMaxInFlightPerBucket(int n)
{
    m_bulkRules.maxInFlight = qMax(1, n);
    schedulePump();
}

void RequestQueue::setWindowMarginMs(qint64 ms)
{
    m_marginMs = qMax<qint64>(0, ms);
    setPolicy(m_policy);
}

void RequestQueue::setBulkPacing(bool on)
{
    m_bulkRules.pacing = on;
    schedulePump();
}

qint64 RequestQueue::marginFor(qint64 windowMs) const
{
    Q_UNUSED(windowMs);
    return qMax<qint64>(0, m_marginMs);
}

RequestQueue::Bucket &RequestQueue::bucketFor(const QString &key)
{
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        auto bucket = std::make_unique<Bucket>();
        bucket->key = key;
        const auto limit = m_policy.limitFor(key);
        bucket->limiter.setPolicy(limit.limit, limit.windowMs, marginFor(limit.windowMs), !m_policy.isChosen(key));
        it = m_buckets.emplace(key, std::move(bucket)).first;
    }
    return *it->second;
}

RequestId RequestQueue::submit(const QueuedRequest &request, QObject *context, Completion done)
{
    const RequestId id = m_nextRequestId++;
    Waiter waiter;
    waiter.id = id;
    waiter.context = context;
    waiter.hasContext = context != nullptr;
    waiter.done = std::move(done);
    waiter.job = request.bulkJob;
    if (context) {
        // A destroyed context cancels its request silently: nobody is left to tell.
        waiter.contextWatch = connect(context, &QObject::destroyed, this, [this, id] { removeWaiter(id, false); });
    }

    using Admission = BulkJobTracker::Admission;
    const Admission admission = request.bulkJob ? m_bulkJobs.admit(request.bulkJob, request.bucket) : Admission::NoJob;
    if (admission == Admission::Cancelled) {
        // Work for a cancelled job is answered as cancelled right away (already counted).
        QObject::disconnect(waiter.contextWatch);
        waiter.job = 0;
        deliver(std::move(waiter), abortedResponse(tr("The bulk job was cancelled.")), true);
        return id;
    }
    if (admission == Admission::NoJob)
        waiter.job = 0;

    Bucket &bucket = bucketFor(request.bucket);
    const bool interactive = request.lane == RequestLane::Interactive;
    // Coalesce with an identical GET that is queued or in flight.
    const QString coalesceIndex =
        request.coalesceKey.isEmpty() ? QString() : request.bucket + u'\n' + request.coalesceKey;
    if (!coalesceIndex.isEmpty()) {
        if (auto target = m_coalesce.value(coalesceIndex).lock(); target && !target->waiters.empty()) {
            target->waiters.push_back(std::move(waiter));
            m_byWaiter.insert(id, target);
            if (interactive)
                promote(target.get());
            schedulePump();
            Q_EMIT stateChanged();
            return id;
        }
    }
    // Supersede a still-queued PATCH of the same fields of the same subscription: the newer body
    // wins, and the callers of the older one get the newer answer (the server's final state).
    const QString supersedeIndex =
        request.supersedeKey.isEmpty() ? QString() : request.bucket + u'\n' + request.supersedeKey;
    if (!supersedeIndex.isEmpty()) {
        if (auto target = m_supersede.value(supersedeIndex).lock();
            target && !target->waiters.empty() && target->sendId == 0) {
            target->request.http = request.http;
            target->waiters.push_back(std::move(waiter));
            m_byWaiter.insert(id, target);
            if (interactive)
                promote(target.get());
            schedulePump();
            Q_EMIT stateChanged();
            return id;
        }
    }

    auto entry = std::make_shared<Entry>();
    entry->request = request;
    entry->lane = request.lane;
    entry->budget = WaitBudget(request.waitLimitMs, request.http.timeoutMs);
    entry->waiters.push_back(std::move(waiter));
    m_byWaiter.insert(id, entry);
    if (!coalesceIndex.isEmpty())
        m_coalesce.insert(coalesceIndex, entry);
    if (!supersedeIndex.isEmpty())
        m_supersede.insert(supersedeIndex, entry);
    bucket.lane(entry->lane).push_back(entry);
    if (!request.orderKey.isEmpty()) {
        const auto earlier = m_order.add(request.orderKey, entry.get());
        // A click must not wait behind bulk pacing for the writes it has to follow.
        if (interactive) {
            for (Entry *e : earlier)
                promote(e);
        }
    }
    pump();
    Q_EMIT stateChanged();
    if (admission == Admission::Admitted)
        m_bulkJobs.publish(request.bulkJob);
    return id;
}

bool RequestQueue::cancel(RequestId id)
{
    if (!m_byWaiter.contains(id))
        return false;
    removeWaiter(id, true);
    return true;
}

void RequestQueue::cancelAll()
{
    const auto ids = m_byWaiter.keys();
    for (RequestId id : ids)
        removeWaiter(id, true);
    const auto jobs = m_bulkJobs.unfinishedJobs();
    for (BulkJobId job : jobs)
        cancelBulkJob(job, CancelScope::Everything);
}

void RequestQueue::removeWaiter(RequestId id, bool notify)
{
    auto entry = m_byWaiter.take(id);
    if (!entry)
        return;
    auto it = std::find_if(entry->waiters.begin(), entry->waiters.end(), [id](const Waiter &w) { return w.id == id; });
    if (it == entry->waiters.end())
        return;
    Waiter waiter = std::move(*it);
    entry->waiters.erase(it);
    QObject::disconnect(waiter.contextWatch);
    const auto response = abortedResponse(tr("Cancelled."));
    if (notify) {
        deliver(std::move(waiter), response, true);  // also counts it for its job
    } else {
        m_bulkJobs.answered(waiter.job, response);
    }

    if (entry->waiters.empty()) {
        Bucket &bucket = bucketFor(entry->request.bucket);
        dropIndices(entry);
        if (entry->sendId == 0) {
            auto &queue = bucket.lane(entry->lane);
            queue.erase(std::remove(queue.begin(), queue.end(), entry), queue.end());
        } else if (m_transport) {
            // The send stays counted in the window: the server may have seen it.
            m_transport->abort(entry->sendId);
        }
    }
    schedulePump();
    Q_EMIT stateChanged();
}

BulkJobId RequestQueue::beginBulkJob(int total, const QString &label)
{
    return m_bulkJobs.begin(total, label);
}

void RequestQueue::cancelBulkJob(BulkJobId jobId, CancelScope scope)
{
    if (!m_bulkJobs.beginCancel(jobId))
        return;
    QList<RequestId> queued;
    QList<RequestId> onTheWire;
    for (auto it = m_byWaiter.constBegin(); it != m_byWaiter.constEnd(); ++it) {
        for (const auto &w : it.value()->waiters) {
            if (w.id == it.key() && w.job == jobId)
                (it.value()->sendId == 0 ? queued : onTheWire) << it.key();
        }
    }
    // The queued ones go first: aborting a send frees its slot, and nothing of this job may take it.
    for (RequestId id : std::as_const(queued))
        removeWaiter(id, true);
    if (scope == CancelScope::Everything) {
        for (RequestId id : std::as_const(onTheWire))
            removeWaiter(id, true);
    }
    m_bulkJobs.finishCancel(jobId);
}

BulkJobProgress RequestQueue::bulkJobProgress(BulkJobId job) const
{
    return m_bulkJobs.progress(job);
}

QList<BulkJobProgress> RequestQueue::bulkJobs() const
{
    return m_bulkJobs.jobs();
}

void RequestQueue::schedulePump()
{
    // Pump from the event loop, not from inside the caller (cancel, setPolicy, ...).
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pumpScheduled = false;
            pump();
        },
        Qt::QueuedConnection);
}

void RequestQueue::pump()
{
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    bool sentSomething = false;
    qint64 wakeAt = BucketLimiter::Never;
    do {
        m_pumpAgain = false;
        wakeAt = BucketLimiter::Never;
        const qint64 now = m_clock->monotonicMs();
        for (auto &[key, bucket] : m_buckets) {
            while (trySendFrom(*bucket, now, &wakeAt))
                sentSomething = true;
        }
    } while (m_pumpAgain);
    m_pumping = false;

    const qint64 now = m_clock->monotonicMs();
    if (wakeAt == BucketLimiter::Never) {
        m_timer.stop();
    } else {
        const qint64 delay = std::clamp<qint64>(wakeAt - now, 0, std::numeric_limits<int>::max());
        m_timer.start(int(delay));
    }
    if (sentSomething)
        Q_EMIT stateChanged();
}

bool RequestQueue::trySendFrom(Bucket &bucket, qint64 now, qint64 *wakeAt)
{
    auto &interactive = bucket.lane(RequestLane::Interactive);
    auto &bulk = bucket.lane(RequestLane::Bulk);
    if (interactive.empty() && bulk.empty())
        return false;
    if (!m_transport)
        return false;
    if (bucket.limiter.frozenUntil() > now) {
        *wakeAt = qMin(*wakeAt, bucket.limiter.frozenUntil());
        return false;
    }
    auto firstReady = [&](std::deque<std::shared_ptr<Entry>> &queue) -> std::shared_ptr<Entry> {
        for (const auto &e : queue) {
            if (!e->request.orderKey.isEmpty() && !m_order.isNext(e->request.orderKey, e.get()))
                continue;  // the earlier write's final answer wakes the queue
            if (e->notBefore <= now)
                return e;
            *wakeAt = qMin(*wakeAt, e->notBefore);
        }
        return nullptr;
    };
    if (auto entry = firstReady(interactive)) {
        const qint64 at = bucket.limiter.interactiveSendAt(now);
        if (at <= now) {
            send(bucket, entry, now);
            return true;
        }
        *wakeAt = qMin(*wakeAt, at);
        return false;  // nothing from the bulk lane may overtake it
    }
    if (auto entry = firstReady(bulk)) {
        // Never while the in-flight cap holds: the next answer wakes the queue again.
        const qint64 at = bucket.limiter.bulkSendAt(now, m_bulkRules);
        if (at <= now) {
            send(bucket, entry, now);
            return true;
        }
        *wakeAt = qMin(*wakeAt, at);
    }
    return false;
}

void RequestQueue::send(Bucket &bucket, std::shared_ptr<Entry> entry, qint64 now)
{
    auto &queue = bucket.lane(entry->lane);
    queue.erase(std::find(queue.begin(), queue.end(), entry));
    entry->sentAsBulk = entry->lane == RequestLane::Bulk;
    bucket.limiter.recordSend(now, entry->sentAsBulk);
    entry->sends++;
    entry->sentAt = now;
    entry->sendId = m_nextSendId++;
    // Once on the wire it can no longer be superseded (only coalesced with).
    if (!entry->request.supersedeKey.isEmpty())
        m_supersede.remove(entry->request.bucket + u'\n' + entry->request.supersedeKey);
    m_inFlight.insert(entry->sendId, entry);
    Q_EMIT requestSent(bucket.key, entry->lane, now, entry->sends);
    HttpRequestSpec spec = entry->request.http;
    if (entry->budget.isLimited())
        spec.timeoutMs = entry->budget.nextAttemptTimeoutMs(!m_retry.mayRetry(spec.method, entry->failures));
    entry->attemptTimeoutMs = spec.timeoutMs;
    m_transport->start(entry->sendId, spec);
}

void RequestQueue::onFinished(quint64 sendId, const HttpResponse &response)
{
    auto entry = m_inFlight.take(sendId);
    if (!entry)
        return;
    entry->sendId = 0;
    Bucket &bucket = bucketFor(entry->request.bucket);
    const qint64 now = m_clock->monotonicMs();
    const bool answered = response.outcome == HttpResponse::Outcome::Http;
    bucket.limiter.recordAnswer(entry->sentAt, now, entry->sentAsBulk, answered);
    const RateLimitHeaders headers =
        answered ? RateLimitHeaders::parse(response, m_clock->utcNow()) : RateLimitHeaders{};
    if (bucket.limiter.applyHeaders(headers, now)) {
        qCInfo(lcQueue) << "server limit" << bucket.limiter.limit() << "per" << bucket.limiter.windowMs() << "ms for"
                        << bucket.key;
        Q_EMIT stateChanged();
    }

    if (entry->waiters.empty()) {
        // Everybody cancelled while it was on the wire.
        pump();
        return;
    }

    const bool tooMany = answered && response.status == 429;
    // A 429 is a rate-limit wait: not counted. A timeout took its whole time (a coarse timer may
    // fire up to 5 % early).
    const bool timedOut = response.outcome == HttpResponse::Outcome::Timeout && entry->attemptTimeoutMs > 0;
    if (!tooMany)
        entry->budget.spend(timedOut ? qMax(now - entry->sentAt, entry->attemptTimeoutMs) : now - entry->sentAt);
    if (tooMany) {
        const qint64 frozenUntil = bucket.limiter.freeze(headers, now);
        qCInfo(lcQueue) << "429 on" << bucket.key << "- frozen for" << (frozenUntil - now) << "ms";
        entry->requeues429++;
        if (entry->requeues429 <= m_retry.max429Requeues) {
            bucket.lane(entry->lane).push_front(entry);  // not a failed attempt: same place, first in line
            pump();
            Q_EMIT stateChanged();
            return;
        }
    } else if (m_retry.shouldRetry(response, entry->request.http.method, entry->failures)) {
        std::uniform_real_distribution<double> uniform(0.0, 1.0);
        const qint64 delay = m_retry.retryDelayMs(entry->failures + 1, uniform(m_rng), response, m_clock->utcNow());
        if (entry->budget.takeRetry(delay)) {
            entry->failures++;
            bucket.limiter.countRetry();
            entry->notBefore = now + delay;
            qCInfo(lcQueue) << "retry" << entry->failures << "of" << bucket.key << "in" << delay << "ms";
            bucket.lane(entry->lane).push_front(entry);
            Q_EMIT retrying({bucket.key, entry->lane, response.outcome, response.status, response.errorString,
                             entry->attemptTimeoutMs, entry->failures + 1, m_retry.maxAttempts, delay});
            pump();
            Q_EMIT stateChanged();
            return;
        }
        qCInfo(lcQueue) << "no retry of" << bucket.key << "- too little left of its wait";
    }
    HttpResponse answer = response;
    answer.attempts = entry->sends;
    answer.waitedMs = entry->budget.spentMs();
    complete(entry, answer);
    pump();
    Q_EMIT stateChanged();
}

// Moves a queued entry of the bulk lane to the interactive lane; one on the wire (or waiting for its
// retry) keeps its place and is counted as interactive from now on.
void RequestQueue::promote(Entry *entry)
{
    if (entry->lane == RequestLane::Interactive)
        return;
    Bucket &bucket = bucketFor(entry->request.bucket);
    auto &bulk = bucket.lane(RequestLane::Bulk);
    auto it = std::find_if(bulk.begin(), bulk.end(), [entry](const auto &e) { return e.get() == entry; });
    if (it != bulk.end()) {
        bucket.lane(RequestLane::Interactive).push_back(*it);
        bulk.erase(it);
    }
    entry->lane = RequestLane::Interactive;
}

void RequestQueue::dropIndices(const std::shared_ptr<Entry> &entry)
{
    const auto &r = entry->request;
    if (!r.orderKey.isEmpty() && m_order.remove(r.orderKey, entry.get()))
        schedulePump();
    if (!r.coalesceKey.isEmpty()) {
        const QString key = r.bucket + u'\n' + r.coalesceKey;
        if (m_coalesce.value(key).lock() == entry)
            m_coalesce.remove(key);
    }
    if (!r.supersedeKey.isEmpty()) {
        const QString key = r.bucket + u'\n' + r.supersedeKey;
        if (m_supersede.value(key).lock() == entry)
            m_supersede.remove(key);
    }
}

void RequestQueue::complete(const std::shared_ptr<Entry> &entry, const HttpResponse &response)
{
    auto waiters = std::move(entry->waiters);
    entry->waiters.clear();
    dropIndices(entry);
    for (auto &w : waiters) {
        m_byWaiter.remove(w.id);
        QObject::disconnect(w.contextWatch);
    }
    for (auto &w : waiters)
        deliver(std::move(w), response, false);
}

void RequestQueue::deliver(Waiter waiter, const HttpResponse &response, bool deferred)
{
    const BulkJobId job = waiter.job;
    auto run = [waiter = std::move(waiter), response]() {
        if (waiter.hasContext && !waiter.context)
            return;  // the receiver is gone
        if (waiter.done)
            waiter.done(response);
    };
    if (deferred) {
        QMetaObject::invokeMethod(this, run, Qt::QueuedConnection);
        m_bulkJobs.answered(job, response);
    } else {
        // Count first, so a callback that reads the job's progress sees itself counted.
        m_bulkJobs.answered(job, response);
        run();
    }
}

std::vector<BulkJobTracker::BucketLoad> RequestQueue::bucketLoads(BulkJobId job, const QString &lastBucket) const
{
    std::vector<BulkJobTracker::BucketLoad> loads;
    for (const auto &[key, bucket] : m_buckets) {
        bool hasJobWork = key == lastBucket;
        for (int l = 0; l < 2 && !hasJobWork; ++l) {
            for (const auto &e : bucket->lanes[l]) {
                if (std::any_of(e->waiters.begin(), e->waiters.end(), [&](const Waiter &w) { return w.job == job; })) {
                    hasJobWork = true;
                    break;
                }
            }
        }
        if (!hasJobWork)
            continue;
        BulkJobTracker::BucketLoad load = bucket->limiter.load(m_bulkRules);
        load.key = key;
        load.queued = int(bucket->lanes[0].size() + bucket->lanes[1].size());
        loads.push_back(std::move(load));
    }
    return loads;
}

BucketState RequestQueue::stateOf(const Bucket &bucket, qint64 now) const
{
    auto &b = const_cast<Bucket &>(bucket);  // pruning the limiter's log is not an observable change
    BucketState s = b.limiter.state(now);
    s.bucket = bucket.key;
    s.windowMs = bucket.limiter.windowMs();
    s.queuedInteractive = int(bucket.lane(RequestLane::Interactive).size());
    s.queuedBulk = int(bucket.lane(RequestLane::Bulk).size());
    if (bucket.limiter.frozenUntil() > now) {
        s.throttledReason = tr("The server asked to wait (HTTP 429).");
    } else if (s.nextFreeSlotInMs > 0 && (s.queuedInteractive + s.queuedBulk) > 0) {
        s.throttledReason =
            tr("Rate limit reached: %1 of %2 requests used in the current window.").arg(s.sentInWindow).arg(s.limit);
    }
    s.nextFreeSlot = m_clock->utcNow().addMSecs(s.nextFreeSlotInMs);
    return s;
}

QList<BucketState> RequestQueue::snapshot() const
{
    QList<BucketState> list;
    const qint64 now = m_clock->monotonicMs();
    for (const auto &[key, bucket] : m_buckets)
        list << stateOf(*bucket, now);
    return list;
}

BucketState RequestQueue::bucketState(const QString &bucket) const
{
    auto it = m_buckets.find(bucket);
    if (it == m_buckets.end()) {
        BucketState s;
        s.bucket = bucket;
        const auto limit = m_policy.limitFor(bucket);
        s.limit = limit.limit;
        s.windowMs = limit.windowMs;
        s.nextFreeSlot = m_clock->utcNow();
        return s;
    }
    return stateOf(*it->second, m_clock->monotonicMs());
}

int RequestQueue::pendingCount() const
{
    int n = int(m_inFlight.size());
    for (const auto &[key, bucket] : m_buckets)
        n += int(bucket->lanes[0].size() + bucket->lanes[1].size());
    return n;
}
