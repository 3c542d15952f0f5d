#include "sandbox/SandboxJson.h"

#include <QDateTime>
#include <QJsonDocument>

#include <cstdio>

namespace SandboxJson {

QString timestamp(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonValue timestampOrNull(const std::optional<qint64> &msSinceEpoch)
{
    return msSinceEpoch ? QJsonValue(timestamp(*msSinceEpoch)) : QJsonValue(QJsonValue::Null);
}

QString compact(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // Scalars: wrap in an array and strip the brackets.
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

QJsonObject detail(const QString &message)
{
    return QJsonObject{{QStringLiteral("detail"), message}};
}

QJsonObject validationError(const QJsonArray &loc, const QString &message, const QString &type)
{
    return QJsonObject{{QStringLiteral("loc"), loc}, {QStringLiteral("msg"), message}, {QStringLiteral("type"), type}};
}

QJsonObject subscription(const StoredSubscription &s, bool withSecret, Fields fields)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), s.id);
    o.insert(QStringLiteral("url"), s.url);
    o.insert(QStringLiteral("description"), s.description ? QJsonValue(*s.description) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("enabled"), s.enabled);
    o.insert(QStringLiteral("created_at"), timestamp(s.createdAtMs));
    if (fields == Fields::All) {
        o.insert(QStringLiteral("events"), QJsonArray::fromStringList(s.events));
        // Extension: delivery health in one call.
        o.insert(QStringLiteral("last_delivery_at"), timestampOrNull(s.lastDeliveryAtMs));
        o.insert(QStringLiteral("last_delivery_status"),
                 s.lastDeliveryStatus.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.lastDeliveryStatus));
        o.insert(QStringLiteral("failing_since"), timestampOrNull(s.failingSinceMs));
        o.insert(QStringLiteral("pending_retries"), s.pendingRetries);
        o.insert(QStringLiteral("next_retry_at"), timestampOrNull(s.nextRetryAtMs));
        o.insert(QStringLiteral("gives_up_at"), timestampOrNull(s.givesUpAtMs));
    }
    if (withSecret)
        o.insert(QStringLiteral("client_secret"), s.clientSecret);
    return o;
}

void appendString(QByteArray &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            switch (c) {
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xF];
            }
        } else {
            out += c;
        }
    }
    out += '"';
}

void appendTimestamp(QByteArray &out, qint64 ms)
{
    // Civil date from days since the epoch (H. Hinnant's algorithm).
    qint64 days = ms >= 0 ? ms / 86'400'000 : (ms - 86'399'999) / 86'400'000;
    qint64 rem = ms - days * 86'400'000;
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    const qint64 y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    char buffer[40];
    const int n = std::snprintf(buffer, sizeof buffer, "\"%04lld-%02lld-%02lldT%02lld:%02lld:%02lld.%03lldZ\"",
                                static_cast<long long>(y), static_cast<long long>(m), static_cast<long long>(d),
                                static_cast<long long>(rem / 3'600'000), static_cast<long long>(rem / 60'000 % 60),
                                static_cast<long long>(rem / 1000 % 60), static_cast<long long>(rem % 1000));
    out.append(buffer, n);
}

namespace {
void appendTimestampOrNull(QByteArray &out, const std::optional<qint64> &ms)
{
    if (ms)
        appendTimestamp(out, *ms);
    else
        out += "null";
}
}  // namespace

void appendSubscription(QByteArray &out, const StoredSubscription &s, bool withSecret, Fields fields)
{
    out += "{\"id\":";
    out += QByteArray::number(s.id);
    out += ",\"url\":";
    appendString(out, s.url);
    out += ",\"description\":";
    if (s.description)
        appendString(out, *s.description);
    else
        out += "null";
    out += s.enabled ? ",\"enabled\":true" : ",\"enabled\":false";
    out += ",\"created_at\":";
    appendTimestamp(out, s.createdAtMs);
    if (fields == Fields::All) {
        out += ",\"events\":[";
        for (qsizetype i = 0; i < s.events.size(); ++i) {
            if (i)
                out += ',';
            appendString(out, s.events[i]);
        }
        out += "],\"last_delivery_at\":";
        appendTimestampOrNull(out, s.lastDeliveryAtMs);
        out += ",\"last_delivery_status\":";
        if (s.lastDeliveryStatus.isEmpty())
            out += "null";
        else
            appendString(out, s.lastDeliveryStatus);
        out += ",\"failing_since\":";
        appendTimestampOrNull(out, s.failingSinceMs);
        out += ",\"pending_retries\":";
        out += QByteArray::number(s.pendingRetries);
        out += ",\"next_retry_at\":";
        appendTimestampOrNull(out, s.nextRetryAtMs);
        out += ",\"gives_up_at\":";
        appendTimestampOrNull(out, s.givesUpAtMs);
    }
    if (withSecret) {
        out += ",\"client_secret\":";
        appendString(out, s.clientSecret);
    }
    out += '}';
}

QJsonObject delivery(const StoredDelivery &d, bool withAttempts)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), d.id);
    o.insert(QStringLiteral("subscription_id"), d.subscriptionId);
    o.insert(QStringLiteral("event_id"), d.eventId);
    o.insert(QStringLiteral("event"), d.event);
    o.insert(QStringLiteral("message_id"), d.messageId);
    o.insert(QStringLiteral("created_at"), timestamp(d.createdAtMs));
    o.insert(QStringLiteral("status"), d.status);
    o.insert(QStringLiteral("attempt_count"), d.attemptCount);
    o.insert(QStringLiteral("max_attempts"), d.maxAttempts);
    o.insert(QStringLiteral("last_status_code"),
             d.lastStatusCode ? QJsonValue(*d.lastStatusCode) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("last_error"),
             d.lastError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.lastError));
    o.insert(QStringLiteral("last_attempt_at"), timestampOrNull(d.lastAttemptAtMs));
    o.insert(QStringLiteral("next_attempt_at"),
             d.isActive() ? timestampOrNull(d.nextAttemptAtMs) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("gives_up_at"), timestamp(d.givesUpAtMs));
    o.insert(QStringLiteral("payload"), QJsonDocument::fromJson(d.payload).object());
    if (withAttempts) {
        QJsonArray attempts;
        for (const StoredAttempt &a : d.attempts) {
            QJsonObject ao;
            ao.insert(QStringLiteral("number"), a.number);
            ao.insert(QStringLiteral("at"), timestamp(a.atMs));
            ao.insert(QStringLiteral("scheduled_at"), timestampOrNull(a.scheduledAtMs));
            ao.insert(QStringLiteral("status_code"),
                      a.statusCode ? QJsonValue(*a.statusCode) : QJsonValue(QJsonValue::Null));
            ao.insert(QStringLiteral("duration_ms"), a.durationMs);
            ao.insert(QStringLiteral("response_excerpt"),
                      a.responseExcerpt.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.responseExcerpt));
            ao.insert(QStringLiteral("error"), a.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.error));
            attempts.append(ao);
        }
        o.insert(QStringLiteral("attempts"), attempts);
    }
    return o;
}

}  // namespace SandboxJson
