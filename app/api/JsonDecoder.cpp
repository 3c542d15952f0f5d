#include "api/JsonDecoder.h"

#include "api/SubscriptionListReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

namespace JsonDecoder {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("JsonDecoder", text);
}

ApiError malformed(const QString &why)
{
    return ApiError::make(ApiError::Kind::MalformedBody, why);
}

// Parses a whole body; on failure sets *why.
std::optional<QJsonValue> parseBody(const QByteArray &body, QString *why)
{
    if (body.trimmed().isEmpty()) {
        *why = tr("The answer was empty.");
        return std::nullopt;
    }
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || doc.isNull()) {
        *why = tr("The answer is not valid JSON (%1 at byte %2).").arg(error.errorString()).arg(error.offset);
        return std::nullopt;
    }
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

// An integer that JSON may spell as a number (integral, within 2^53) or a decimal string.
std::optional<qint64> integerFrom(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > 9007199254740992.0)
            return std::nullopt;
        return qint64(d);
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

// Optional string field: absent/null -> nullopt; a string -> value; else error.
bool optionalString(const QJsonObject &o, QLatin1String key, std::optional<QString> *out, QString *why)
{
    const auto v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        *out = std::nullopt;
        return true;
    }
    if (!v.isString()) {
        *why = tr("The field \"%1\" is not text.").arg(key);
        return false;
    }
    *out = v.toString();
    return true;
}

bool optionalTime(const QJsonObject &o, QLatin1String key, QDateTime *out, QString *why)
{
    const auto v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        *out = QDateTime();
        return true;
    }
    if (!v.isString()) {
        *why = tr("The field \"%1\" is not a date and time.").arg(key);
        return false;
    }
    *out = parseTimestamp(v.toString());
    if (!out->isValid()) {
        *why = tr("The field \"%1\" is not a valid date and time: %2").arg(key, v.toString().left(60));
        return false;
    }
    return true;
}

bool optionalInt(const QJsonObject &o, QLatin1String key, std::optional<qint64> *out, QString *why)
{
    const auto v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        *out = std::nullopt;
        return true;
    }
    *out = integerFrom(v);
    if (!*out) {
        *why = tr("The field \"%1\" is not a whole number.").arg(key);
        return false;
    }
    return true;
}

int clampInt(qint64 v)
{
    return int(std::clamp<qint64>(v, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

std::optional<DeliveryAttempt> attemptFrom(const QJsonValue &value, QString *why)
{
    if (!value.isObject()) {
        *why = tr("A delivery attempt is not an object.");
        return std::nullopt;
    }
    const auto o = value.toObject();
    DeliveryAttempt a;
    std::optional<qint64> n;
    if (!optionalInt(o, QLatin1String("number"), &n, why))
        return std::nullopt;
    a.number = clampInt(n.value_or(0));
    if (!optionalTime(o, QLatin1String("at"), &a.at, why))
        return std::nullopt;
    if (!optionalInt(o, QLatin1String("status_code"), &n, why))
        return std::nullopt;
    if (n)
        a.statusCode = clampInt(*n);
    if (!optionalInt(o, QLatin1String("duration_ms"), &n, why))
        return std::nullopt;
    a.durationMs = n.value_or(0);
    std::optional<QString> s;
    if (!optionalString(o, QLatin1String("response_excerpt"), &s, why))
        return std::nullopt;
    a.responseExcerpt = s.value_or(QString());
    if (!optionalString(o, QLatin1String("error"), &s, why))
        return std::nullopt;
    a.error = s.value_or(QString());
    return a;
}

template<class T, class F>
ApiResult<T> decodeBody(const QByteArray &body, F &&fromValue)
{
    QString why;
    const auto value = parseBody(body, &why);
    if (!value)
        return ApiResult<T>::failure(malformed(why));
    auto decoded = fromValue(*value, &why);
    if (!decoded)
        return ApiResult<T>::failure(malformed(why));
    return ApiResult<T>::success(std::move(*decoded));
}

// A top-level array, or an object carrying the array under "items" (paged servers).
std::optional<QJsonArray> arrayFrom(const QJsonValue &value, QString *why)
{
    if (value.isArray())
        return value.toArray();
    if (value.isObject() && value.toObject().value(QLatin1String("items")).isArray())
        return value.toObject().value(QLatin1String("items")).toArray();
    *why = tr("The answer is not a list.");
    return std::nullopt;
}

// Names the position of a bad entry (outside the template, so that lupdate files the string
// under this file's context).
QString badEntry(qsizetype index, const QString &why)
{
    return tr("Entry %1 of the list: %2").arg(index + 1).arg(why);
}

// Decodes every entry of a list answer with itemFrom; the first bad entry names its position.
template<class Item, class ItemFrom>
std::optional<QList<Item>> listFrom(const QJsonValue &value, QString *why, ItemFrom itemFrom)
{
    const auto array = arrayFrom(value, why);
    if (!array)
        return std::nullopt;
    QList<Item> list;
    list.reserve(array->size());
    for (qsizetype i = 0; i < array->size(); ++i) {
        auto item = itemFrom(array->at(i), why);
        if (!item) {
            *why = badEntry(i, *why);
            return std::nullopt;
        }
        list << std::move(*item);
    }
    return list;
}

}  // namespace

QDateTime parseTimestamp(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2}):(\\d{2})(?:[.,](\\d{1,12}))?"
                       "\\s*(?:([Zz])|([+-])(\\d{2}):?(\\d{2}))?\\s*$"));
    if (text.size() > 64)
        return {};
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    int second = m.captured(6).toInt();
    if (second == 60)  // leap second: RFC 3339 allows it, QTime does not
        second = 59;
    int ms = 0;
    if (m.hasCaptured(7) && !m.captured(7).isEmpty())
        ms = (m.captured(7) + QStringLiteral("00")).left(3).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), second, ms);
    if (!date.isValid() || !time.isValid())
        return {};
    QDateTime utc(date, time, Qt::UTC);
    if (m.hasCaptured(9) && !m.captured(9).isEmpty()) {
        const int hours = m.captured(10).toInt();
        const int minutes = m.captured(11).toInt();
        if (hours > 23 || minutes > 59)
            return {};
        const int offset = (hours * 60 + minutes) * 60 * (m.captured(9) == u"-" ? -1 : 1);
        utc = utc.addSecs(-offset);  // local time minus offset = UTC
    }
    // No zone at all: the contract says UTC, so read it as UTC (tolerant).
    return utc;
}

std::optional<Subscription> subscriptionFrom(const QJsonValue &value, QString *why)
{
    QString dummy;
    if (!why)
        why = &dummy;
    if (!value.isObject()) {
        *why = tr("A subscription is not an object.");
        return std::nullopt;
    }
    const auto o = value.toObject();
    Subscription s;

    const auto id = o.value(QLatin1String("id"));
    if (!id.isUndefined() && !id.isNull()) {
        s.id = integerFrom(id);
        if (!s.id) {
            *why = tr("A subscription's \"id\" is not a whole number.");
            return std::nullopt;
        }
    }
    const auto url = o.value(QLatin1String("url"));
    if (!url.isString()) {
        *why = url.isUndefined() ? tr("A subscription has no \"url\".") : tr("A subscription's \"url\" is not text.");
        return std::nullopt;
    }
    s.url = url.toString();
    if (!optionalString(o, QLatin1String("description"), &s.description, why))
        return std::nullopt;
    const auto enabled = o.value(QLatin1String("enabled"));
    if (!enabled.isUndefined() && !enabled.isNull()) {
        if (!enabled.isBool()) {
            *why = tr("A subscription's \"enabled\" is not true or false.");
            return std::nullopt;
        }
        s.enabled = enabled.toBool();
    }
    // created_at is documented as required; a server that omits it still gets its row shown.
    if (!optionalTime(o, QLatin1String("created_at"), &s.createdAt, why))
        return std::nullopt;
    const auto events = o.value(QLatin1String("events"));
    if (!events.isUndefined() && !events.isNull()) {
        if (!events.isArray()) {
            *why = tr("A subscription's \"events\" is not a list.");
            return std::nullopt;
        }
        QStringList list;
        for (const auto &e : events.toArray()) {
            if (!e.isString()) {
                *why = tr("A subscription's \"events\" holds something that is not text.");
                return std::nullopt;
            }
            list << e.toString();
        }
        s.events = list;
    }

    static const QLatin1String healthKeys[] = {QLatin1String("last_delivery_at"), QLatin1String("last_delivery_status"),
                                               QLatin1String("failing_since"),    QLatin1String("pending_retries"),
                                               QLatin1String("next_retry_at"),    QLatin1String("gives_up_at")};
    bool hasHealth = false;
    for (const auto &key : healthKeys)
        hasHealth = hasHealth || o.contains(key);
    if (hasHealth) {
        DeliverySummary h;
        std::optional<QString> status;
        std::optional<qint64> pending;
        if (!optionalTime(o, QLatin1String("last_delivery_at"), &h.lastDeliveryAt, why)
            || !optionalString(o, QLatin1String("last_delivery_status"), &status, why)
            || !optionalTime(o, QLatin1String("failing_since"), &h.failingSince, why)
            || !optionalInt(o, QLatin1String("pending_retries"), &pending, why)
            || !optionalTime(o, QLatin1String("next_retry_at"), &h.nextRetryAt, why)
            || !optionalTime(o, QLatin1String("gives_up_at"), &h.givesUpAt, why))
            return std::nullopt;
        h.lastDeliveryStatus = status.value_or(QString());
        h.pendingRetries = clampInt(qMax<qint64>(0, pending.value_or(0)));
        s.health = h;
    }
    return s;
}

std::optional<EventType> eventTypeFrom(const QJsonValue &value, QString *why)
{
    QString dummy;
    if (!why)
        why = &dummy;
    if (!value.isObject()) {
        *why = tr("An event type is not an object.");
        return std::nullopt;
    }
    const auto o = value.toObject();
    const auto event = o.value(QLatin1String("event"));
    if (!event.isString() || event.toString().isEmpty()) {
        *why = tr("An event type has no \"event\" name.");
        return std::nullopt;
    }
    std::optional<QString> description;
    if (!optionalString(o, QLatin1String("description"), &description, why))
        return std::nullopt;
    return EventType{event.toString(), description.value_or(QString())};
}

std::optional<Delivery> deliveryFrom(const QJsonValue &value, QString *why)
{
    QString dummy;
    if (!why)
        why = &dummy;
    if (!value.isObject()) {
        *why = tr("A delivery is not an object.");
        return std::nullopt;
    }
    const auto o = value.toObject();
    Delivery d;
    const auto id = integerFrom(o.value(QLatin1String("id")));
    if (!id) {
        *why = tr("A delivery has no numeric \"id\".");
        return std::nullopt;
    }
    d.id = *id;
    std::optional<QString> s;
    std::optional<qint64> n;
    // event_id: text in the contract, tolerated as a number.
    const auto eventId = o.value(QLatin1String("event_id"));
    if (eventId.isDouble()) {
        if (const auto i = integerFrom(eventId))
            d.eventId = QString::number(*i);
    } else if (!optionalString(o, QLatin1String("event_id"), &s, why)) {
        return std::nullopt;
    } else {
        d.eventId = s.value_or(QString());
    }
    if (!optionalString(o, QLatin1String("event"), &s, why))
        return std::nullopt;
    d.event = s.value_or(QString());
    if (!optionalTime(o, QLatin1String("created_at"), &d.createdAt, why))
        return std::nullopt;
    if (!optionalString(o, QLatin1String("status"), &s, why))
        return std::nullopt;
    d.status = s.value_or(QString());
    if (!optionalInt(o, QLatin1String("attempt_count"), &n, why))
        return std::nullopt;
    d.attemptCount = clampInt(n.value_or(0));
    if (!optionalInt(o, QLatin1String("max_attempts"), &n, why))
        return std::nullopt;
    if (n)
        d.maxAttempts = clampInt(*n);
    if (!optionalInt(o, QLatin1String("last_status_code"), &n, why))
        return std::nullopt;
    if (n)
        d.lastStatusCode = clampInt(*n);
    if (!optionalString(o, QLatin1String("last_error"), &s, why))
        return std::nullopt;
    d.lastError = s.value_or(QString());
    if (!optionalTime(o, QLatin1String("next_attempt_at"), &d.nextAttemptAt, why)
        || !optionalTime(o, QLatin1String("gives_up_at"), &d.givesUpAt, why))
        return std::nullopt;
    const auto payload = o.value(QLatin1String("payload"));
    if (payload.isObject())
        d.payload = payload.toObject();
    else if (!payload.isUndefined() && !payload.isNull())
        d.payload = QJsonObject{{QStringLiteral("value"), payload}};  // keep odd payloads visible
    const auto attempts = o.value(QLatin1String("attempts"));
    if (!attempts.isUndefined() && !attempts.isNull()) {
        if (!attempts.isArray()) {
            *why = tr("A delivery's \"attempts\" is not a list.");
            return std::nullopt;
        }
        for (const auto &a : attempts.toArray()) {
            auto attempt = attemptFrom(a, why);
            if (!attempt)
                return std::nullopt;
            d.attempts << *attempt;
        }
    }
    return d;
}

ApiResult<Subscription> subscription(const QByteArray &body)
{
    return decodeBody<Subscription>(body, [](const QJsonValue &v, QString *why) { return subscriptionFrom(v, why); });
}

ApiResult<SubscriptionList> subscriptionList(const QByteArray &body)
{
    // The common case (well-formed JSON, every entry good) without building a QJsonDocument, which
    // alone costs more than the whole fast read; anything else, errors included, takes the
    // QJsonDocument path, so messages and tolerance stay that path's.
    if (auto list = SubscriptionListReader::read(body))
        return ApiResult<SubscriptionList>::success(std::move(*list));
    return subscriptionListFromDocument(body);
}

ApiResult<SubscriptionList> subscriptionListFromDocument(const QByteArray &body)
{
    return decodeBody<SubscriptionList>(
        body, [](const QJsonValue &v, QString *why) { return listFrom<Subscription>(v, why, subscriptionFrom); });
}

ApiResult<EventTypeList> eventTypes(const QByteArray &body)
{
    return decodeBody<EventTypeList>(
        body, [](const QJsonValue &v, QString *why) { return listFrom<EventType>(v, why, eventTypeFrom); });
}

ApiResult<CreatedSubscription> createdSubscription(const QByteArray &body)
{
    return decodeBody<CreatedSubscription>(
        body, [](const QJsonValue &v, QString *why) -> std::optional<CreatedSubscription> {
            auto s = subscriptionFrom(v, why);
            if (!s)
                return std::nullopt;
            const auto secret = v.toObject().value(QLatin1String("client_secret"));
            if (!secret.isString()) {
                *why = tr("The new subscription came without its \"client_secret\".");
                return std::nullopt;
            }
            return CreatedSubscription{std::move(*s), secret.toString()};
        });
}

ApiResult<Delivery> delivery(const QByteArray &body)
{
    return decodeBody<Delivery>(body, [](const QJsonValue &v, QString *why) { return deliveryFrom(v, why); });
}

ApiResult<DeliveryPage> deliveryPage(const QByteArray &body)
{
    return decodeBody<DeliveryPage>(body, [](const QJsonValue &v, QString *why) -> std::optional<DeliveryPage> {
        auto items = listFrom<Delivery>(v, why, deliveryFrom);
        if (!items)
            return std::nullopt;
        DeliveryPage page;
        page.items = std::move(*items);
        page.total = int(page.items.size());
        page.limit = int(page.items.size());
        if (v.isObject()) {
            const auto o = v.toObject();
            std::optional<qint64> n;
            if (!optionalInt(o, QLatin1String("total"), &n, why))
                return std::nullopt;
            if (n)
                page.total = clampInt(qMax<qint64>(0, *n));
            if (!optionalInt(o, QLatin1String("limit"), &n, why))
                return std::nullopt;
            if (n)
                page.limit = clampInt(qMax<qint64>(0, *n));
            if (!optionalInt(o, QLatin1String("offset"), &n, why))
                return std::nullopt;
            if (n)
                page.offset = clampInt(qMax<qint64>(0, *n));
        }
        return page;
    });
}

ApiResult<qint64> testEventDeliveryId(const QByteArray &body)
{
    return decodeBody<qint64>(body, [](const QJsonValue &v, QString *why) -> std::optional<qint64> {
        const auto id = v.isObject() ? integerFrom(v.toObject().value(QLatin1String("delivery_id"))) : std::nullopt;
        if (!id)
            *why = tr("The answer carries no \"delivery_id\".");
        return id;
    });
}

ErrorBody errorBody(const QByteArray &body)
{
    ErrorBody out;
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        // Not JSON (a proxy's HTML page, plain text): keep a short, single-line excerpt.
        out.detail = QString::fromUtf8(body.left(200)).simplified();
        return out;
    }
    const auto detail = doc.object().value(QLatin1String("detail"));
    if (detail.isString()) {
        out.detail = detail.toString().left(1000);
    } else if (detail.isArray()) {
        QStringList messages;
        for (const auto &item : detail.toArray()) {
            if (!item.isObject())
                continue;
            const auto o = item.toObject();
            const QString msg = o.value(QLatin1String("msg")).toString().left(500);
            QString field;
            const auto loc = o.value(QLatin1String("loc")).toArray();
            for (qsizetype i = loc.size() - 1; i >= 0; --i) {
                if (loc.at(i).isString() && loc.at(i).toString() != u"body") {
                    field = loc.at(i).toString().left(100);
                    break;
                }
            }
            if (field.isEmpty() && !loc.isEmpty())
                field = QStringLiteral("body");
            if (!msg.isEmpty())
                messages << (field.isEmpty() ? msg : field + QStringLiteral(": ") + msg);
            if (!field.isEmpty() && !msg.isEmpty()) {
                auto &existing = out.fieldErrors[field];
                existing = existing.isEmpty() ? msg : existing + QStringLiteral("; ") + msg;
            }
            if (out.fieldErrors.size() > 50)
                break;
        }
        out.detail = messages.join(QStringLiteral("; ")).left(2000);
    } else if (detail.isObject()) {
        const auto msg = detail.toObject().value(QLatin1String("msg"));
        out.detail = msg.isString() ? msg.toString().left(1000) : QString();
    }
    return out;
}

}  // namespace JsonDecoder
