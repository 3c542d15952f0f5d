#pragma once

#include "api/Delivery.h"
#include "api/Subscription.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// The plain-text summary of one delivery that the deliveries panel copies for a support ticket:
// subscription, URL, status, attempts, last error and next retry, with absolute UTC times. The
// texts keep the panel's translation context, where the catalogue has them.
class DeliverySummaryText
{
    Q_DECLARE_TR_FUNCTIONS(DeliveriesPanel)
public:
    static QString compose(const Subscription &subscription, const Delivery &delivery, const QDateTime &now);
};
