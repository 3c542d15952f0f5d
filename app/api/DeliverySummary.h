#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

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
    // How urgent a subscription's health is, for ordering: 3 failing, 2 retrying, 1 delivering,
    // 0 no health reported (the vendor's API). The console's Health column and list --sort share it.
    static int urgency(const std::optional<DeliverySummary> &health)
    {
        if (!health)
            return 0;
        if (health->isFailing())
            return 3;
        return health->pendingRetries > 0 || health->lastDeliveryStatus == QLatin1String("retrying") ? 2 : 1;
    }
    bool operator==(const DeliverySummary &) const = default;
};
