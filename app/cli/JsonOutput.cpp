#include "cli/JsonOutput.h"

#include "api/SubscriptionJson.h"

#include <QJsonDocument>

namespace JsonOutput {

namespace {

QJsonValue timeOrNull(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(timestamp(utc)) : QJsonValue(QJsonValue::Null);
}

}  // namespace

QJsonValue timestampOrNull(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(timestamp(utc)) : QJsonValue(QJsonValue::Null);
}

QJsonValue idOrNull(const std::optional<qint64> &id)
{
    return id ? QJsonValue(double(*id)) : QJsonValue(QJsonValue::Null);
}

QString timestamp(const QDateTime &utc)
{
    return SubscriptionJson::timestamp(utc);
}

QJsonObject subscription(const Subscription &s)
{
    return SubscriptionJson::encode(s);
}

QJsonArray subscriptions(const SubscriptionList &list)
{
    QJsonArray a;
    for (const Subscription &s : list)
        a.append(subscription(s));
    return a;
}

QJsonObject created(const CreatedSubscription &c)
{
    QJsonObject o = subscription(c.subscription);
    o.insert(QStringLiteral("client_secret"), c.clientSecret);
    return o;
}

QJsonArray eventTypes(const EventTypeList &types)
{
    QJsonArray a;
    for (const EventType &t : types)
        a.append(QJsonObject{{QStringLiteral("event"), t.event}, {QStringLiteral("description"), t.description}});
    return a;
}

QJsonObject delivery(const Delivery &d)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), double(d.id));
    o.insert(QStringLiteral("event_id"), d.eventId);
    o.insert(QStringLiteral("event"), d.event);
    o.insert(QStringLiteral("created_at"), timeOrNull(d.createdAt));
    o.insert(QStringLiteral("status"), d.status);
    o.insert(QStringLiteral("attempt_count"), d.attemptCount);
    o.insert(QStringLiteral("max_attempts"), d.maxAttempts);
    o.insert(QStringLiteral("last_status_code"),
             d.lastStatusCode ? QJsonValue(*d.lastStatusCode) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("last_error"),
             d.lastError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.lastError));
    o.insert(QStringLiteral("next_attempt_at"), timeOrNull(d.nextAttemptAt));
    o.insert(QStringLiteral("gives_up_at"), timeOrNull(d.givesUpAt));
    o.insert(QStringLiteral("payload"), d.payload);
    if (!d.attempts.isEmpty()) {
        QJsonArray attempts;
        for (const DeliveryAttempt &a : d.attempts) {
            attempts.append(QJsonObject{
                {QStringLiteral("number"), a.number},
                {QStringLiteral("at"), timeOrNull(a.at)},
                {QStringLiteral("status_code"),
                 a.statusCode ? QJsonValue(*a.statusCode) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("duration_ms"), double(a.durationMs)},
                {QStringLiteral("response_excerpt"),
                 a.responseExcerpt.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.responseExcerpt)},
                {QStringLiteral("error"), a.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.error)},
            });
        }
        o.insert(QStringLiteral("attempts"), attempts);
    }
    return o;
}

QJsonObject deliveryPage(const DeliveryPage &page)
{
    QJsonArray items;
    for (const Delivery &d : page.items)
        items.append(delivery(d));
    return QJsonObject{{QStringLiteral("items"), items},
                       {QStringLiteral("total"), page.total},
                       {QStringLiteral("limit"), page.limit},
                       {QStringLiteral("offset"), page.offset}};
}

void writeSubscriptions(QTextStream &out, const SubscriptionList &list)
{
    if (list.isEmpty()) {
        out << "[\n]\n";
        return;
    }
    out << "[\n";
    for (qsizetype i = 0; i < list.size(); ++i) {
        // An object indented one level deeper, as QJsonDocument::Indented writes an array's items.
        const QList<QByteArray> lines =
            QJsonDocument(subscription(list[i])).toJson(QJsonDocument::Indented).chopped(1).split('\n');
        for (qsizetype j = 0; j < lines.size(); ++j)
            out << "    " << lines[j] << (j + 1 < lines.size() ? "\n" : "");
        out << (i + 1 < list.size() ? ",\n" : "\n");
    }
    out << "]\n";
}

QByteArray toText(const QJsonValue &value)
{
    QJsonDocument doc;
    if (value.isArray())
        doc.setArray(value.toArray());
    else
        doc.setObject(value.toObject());
    return doc.toJson(QJsonDocument::Indented);
}

}  // namespace JsonOutput
