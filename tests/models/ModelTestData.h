#pragma once

// Value builders shared by the model tests (header only, not a test itself).

#include "api/Delivery.h"
#include "api/Subscription.h"

#include <QDateTime>
#include <QString>

namespace ModelTestData {

inline QDateTime utc(int day, int hour = 12, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC);
}

inline Subscription subscription(std::optional<qint64> id, const QString &url,
                                 std::optional<QString> description = std::nullopt, bool enabled = true)
{
    Subscription s;
    s.id = id;
    s.url = url;
    s.description = description;
    s.enabled = enabled;
    s.createdAt = utc(1 + int(id.value_or(0) % 27), 10, 30);
    return s;
}

inline Subscription withId(qint64 id, bool enabled = true)
{
    return subscription(id, QStringLiteral("https://hooks.example.com/%1").arg(id),
                        QStringLiteral("Endpoint %1").arg(id), enabled);
}

inline SubscriptionList ids(std::initializer_list<qint64> list)
{
    SubscriptionList out;
    for (qint64 id : list)
        out << withId(id);
    return out;
}

inline Delivery delivery(qint64 id, const QString &status, int attempts = 1)
{
    Delivery d;
    d.id = id;
    d.eventId = QStringLiteral("evt_%1").arg(id);
    d.event = QStringLiteral("order.created");
    d.createdAt = utc(27, 10);
    d.status = status;
    d.attemptCount = attempts;
    d.maxAttempts = 49;
    d.givesUpAt = utc(29, 10);
    return d;
}

}  // namespace ModelTestData
