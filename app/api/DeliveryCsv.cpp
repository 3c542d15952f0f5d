#include "api/DeliveryCsv.h"

#include "api/SubscriptionJson.h"
#include "common/CsvWriter.h"

namespace DeliveryCsv {

namespace {

QString timeText(const QDateTime &utc)
{
    return utc.isValid() ? SubscriptionJson::timestamp(utc) : QString();
}

}  // namespace

QStringList header()
{
    return {QStringLiteral("delivery_id"), QStringLiteral("event"),       QStringLiteral("status"),
            QStringLiteral("created_at"),  QStringLiteral("attempt"),     QStringLiteral("attempted_at"),
            QStringLiteral("http_status"), QStringLiteral("duration_ms"), QStringLiteral("error")};
}

QList<QStringList> records(const Delivery &d)
{
    // The event name and the error text come from the server: guarded like any text a user typed.
    const QStringList delivery{QString::number(d.id), CsvWriter::guardFormula(d.event), d.status,
                               timeText(d.createdAt)};
    if (d.attempts.isEmpty())
        return {delivery + QStringList{QString(), QString(), QString(), QString(), QString()}};
    QList<QStringList> out;
    for (const DeliveryAttempt &a : d.attempts) {
        out << delivery
                + QStringList{QString::number(a.number), timeText(a.at),
                              a.statusCode ? QString::number(*a.statusCode) : QString(), QString::number(a.durationMs),
                              CsvWriter::guardFormula(a.error)};
    }
    return out;
}

QString text(const DeliveryList &deliveries)
{
    QString csv = CsvWriter::record(header());
    for (const Delivery &d : deliveries) {
        for (const QStringList &r : records(d))
            csv += CsvWriter::record(r);
    }
    return csv;
}

}  // namespace DeliveryCsv
