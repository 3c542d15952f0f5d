#pragma once

#include "api/RequestOptions.h"

#include <QString>

// Progress of one bulk job (e.g. "disable 300 subscriptions"), with an ETA from the limiter.
struct BulkJobProgress
{
    BulkJobId job = 0;
    QString label;
    int total = 0;  // announced when the job began (grows if more is submitted)
    int succeeded = 0;
    int failed = 0;
    int cancelled = 0;
    qint64 etaMs = -1;  // -1 unknown; else the limiter's estimate until the last request is answered
    bool finished = false;

    int done() const { return succeeded + failed + cancelled; }
    int remaining() const { return total > done() ? total - done() : 0; }
};
