#pragma once

#include "api/Delivery.h"

#include <QString>
#include <QStringList>

// Deliveries with their attempts as CSV, one record per attempt (a delivery not tried yet gets one
// record with empty attempt fields), under stable English field names that scripts can rely on
// in every language. The same columns from webhookctl and the console.
namespace DeliveryCsv {
QStringList header();
QList<QStringList> records(const Delivery &delivery);
// The header and the records of every delivery, CRLF-ended, without a byte order mark.
QString text(const DeliveryList &deliveries);
}  // namespace DeliveryCsv
