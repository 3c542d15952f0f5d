#pragma once

#include <QDateTime>
#include <QString>

// Sandbox extension: delivery health carried on subscription objects when the server offers it.
// JSON fields: last_delivery_at, last_delivery_status ("delivered" | "retrying" | "failed" | null),
// failing_since, pending_retries, next_retry_at, gives_up_at. Absent fields stay invalid/zero.
struct DeliverySummary
{
    QDateTime lastDeliveryAt;
    QString lastDeliveryStatus;
    QDateTime failingSince;  // set while the most recent deliveries fail
    int pendingRetries = 0;
    QDateTime nextRetryAt;
    QDateTime givesUpAt;  // the first of the deliveries still being retried is dropped then

    bool isFailing() const { return failingSince.isValid(); }
    bool operator==(const DeliverySummary &) const = default;
};
