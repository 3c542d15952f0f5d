#pragma once

#include "api/HttpResponse.h"
#include "api/RequestLane.h"

#include <QString>

// A failed attempt that the queue is about to try again (RequestQueue::retrying), for a line on
// a terminal: what went wrong, which attempt comes next, and after how long a pause.
struct RetryNotice
{
    QString bucket;
    RequestLane lane = RequestLane::Interactive;
    HttpResponse::Outcome outcome = HttpResponse::Outcome::Http;
    int status = 0;  // the HTTP status when outcome is Http (a 5xx)
    QString errorString;  // the transport's detail for other outcomes
    qint64 attemptTimeoutMs = 0;  // the failed attempt's own timeout (0: the transport's default)
    int nextAttempt = 2;  // 1-based
    int maxAttempts = 4;
    qint64 delayMs = 0;  // the pause before it
};
