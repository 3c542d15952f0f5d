#pragma once

#include <QDateTime>
#include <QString>

// What one rate-limit bucket is doing right now, for the UI's status panel and the CLI.
struct BucketState
{
    QString bucket;  // "PATCH /api/v1/webhooks/{id}"
    int sentInWindow = 0;  // sends counted in the current rolling window (incl. server corrections)
    int limit = 0;
    qint64 windowMs = 0;
    int queuedInteractive = 0;
    int queuedBulk = 0;
    int inFlight = 0;
    qint64 nextFreeSlotInMs = 0;  // 0: a request could go now
    QDateTime nextFreeSlot;  // the same as wall-clock UTC time
    QString throttledReason;  // empty, or plain words: "Server asked to wait (429) 7 s" ...
    int count429 = 0;  // 429 answers seen since the queue was created
    int retries = 0;  // automatic retries sent (5xx, timeouts, network errors)
};
