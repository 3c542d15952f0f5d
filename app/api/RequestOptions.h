#pragma once

#include "api/RequestLane.h"

#include <QtGlobal>

using RequestId = quint64;  // 0 is never a valid id
using BulkJobId = quint64;  // 0: not part of a bulk job

// How one call is queued. Implicit from a lane, so `client.getSubscription(7, RequestLane::Interactive, ...)`
// reads naturally; bulk work passes RequestOptions::bulk(job).
struct RequestOptions
{
    RequestOptions(RequestLane l = RequestLane::Interactive)
        : lane(l)
    { }
    static RequestOptions bulk(BulkJobId job)
    {
        RequestOptions o(RequestLane::Bulk);
        o.bulkJob = job;
        return o;
    }

    RequestLane lane = RequestLane::Interactive;
    BulkJobId bulkJob = 0;
    qint64 timeoutMs = 0;  // one attempt; 0: the client's default timeout
    qint64 waitLimitMs = 0;  // the whole wait, retries included; 0: the client's default (WaitBudget)
};
