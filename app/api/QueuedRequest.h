#pragma once

#include "api/HttpRequestSpec.h"
#include "api/RequestOptions.h"

#include <QString>

// One request handed to the RequestQueue.
struct QueuedRequest
{
    HttpRequestSpec http;
    QString bucket;  // RateLimitPolicy::bucketKey(method, route template)
    RequestLane lane = RequestLane::Interactive;
    BulkJobId bulkJob = 0;
    // Non-empty for GETs: an identical GET queued or in flight is shared instead of sent twice.
    QString coalesceKey;
    // Non-empty for PATCHes: a still-queued request with the same key (same subscription, same
    // fields) takes the newer body instead of sending both. Its callers get the newer answer.
    QString supersedeKey;
    // Non-empty for writes to one resource (PATCH and DELETE of a subscription): they leave one at
    // a time, in the order submitted, so that an older write (or its retry) can never reach the
    // server after a newer one.
    QString orderKey;
    // The whole wait for its answer, retries and their pauses included (0: no limit; each attempt
    // then takes http.timeoutMs). See WaitBudget.
    qint64 waitLimitMs = 0;
};
