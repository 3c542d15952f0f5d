#include "SimdjsonListReader.h"

#include "api/SubscriptionListReader.h"

#include <simdjson.h>

#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>

namespace ondemand = simdjson::ondemand;

namespace {

// Deeper values are left to QJsonDocument (its own limit is 1024).
constexpr int kMaxDepth = 200;

constexpr qsizetype kMaxBody = qsizetype(1) << 30;
constexpr qsizetype kPadding = 64;

quint32 hashBytes(std::string_view bytes)
{
    quint32 h = 2166136261u;  // FNV-1a
    for (const char c : bytes)
        h = (h ^ uchar(c)) * 16777619u;
    return h;
}

// The same test as JsonDecoder's integerFrom for a JSON number (QJsonValue::toDouble()).
std::optional<qint64> integralDouble(double d)
{
    if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > 9007199254740992.0)
        return std::nullopt;
    return qint64(d);
}

int clampInt(qint64 v)
{
    return int(std::clamp<qint64>(v, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

QString toQString(std::string_view utf8)  // simdjson has validated the UTF-8
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

// The key's text when it holds no escape: straight from the body, without On-Demand's copy into its
// string buffer (the keys are most of the strings in a list). With an escape: unescaped.
bool keyOf(ondemand::field &field, std::string_view *out)
{
    const char *const begin = field.key().raw();  // just past the opening quote
    const char *p = begin;
    while (*p != '"' && *p != '\\')  // stage 1 has checked that the string is closed
        ++p;
    if (*p == '"') {
        *out = std::string_view(begin, size_t(p - begin));
        return true;
    }
    return field.unescaped_key().get(*out) == simdjson::SUCCESS;
}

// A string value's text; without an escape straight from the body (no copy), else unescaped.
bool textOf(ondemand::value &value, std::string_view *out)
{
    const std::string_view token = value.raw_json_token();  // "..." and any white space after it
    const size_t close = token.rfind('"');
    if (token.size() >= 2 && token.front() == '"' && close != std::string_view::npos && close > 0) {
        const std::string_view inner = token.substr(1, close - 1);
        if (std::memchr(inner.data(), '\\', inner.size()) == nullptr) {
            ondemand::raw_json_string raw;
            if (value.get_raw_json_string().get(raw) != simdjson::SUCCESS)
                return false;
            *out = inner;
            return true;
        }
    }
    return value.get_string().get(*out) == simdjson::SUCCESS;
}

// One read: simdjson's On-Demand iterators over the body, plus the caches that let rows share the
// strings that repeat on every one of them (event names, statuses, whole event lists).
class Reader
{
public:
    Reader(ondemand::document &doc, const char *begin, const char *end)
        : m_doc(doc)
        , m_begin(begin)
        , m_end(end)
    { }

    bool readDocument(SubscriptionList *out);

private:
    bool readList(ondemand::array list, SubscriptionList *out);
    bool readSubscription(ondemand::value entry, Subscription *out);
    bool readEvents(ondemand::value value, std::optional<QStringList> *out);
    bool readOptionalTime(ondemand::value value, QDateTime *out);
    bool readOptionalInteger(ondemand::value value, std::optional<qint64> *out);
    bool readOptionalString(ondemand::value value, std::optional<QString> *out, bool shared);
    bool validate(ondemand::value value, int depth);  // reads a value whole, keeps nothing
    static bool readNumber(ondemand::value value, double *out);
    QString sharedString(std::string_view s);
    const char *position();

    ondemand::document &m_doc;
    const char *const m_begin;
    const char *const m_end;

    struct CachedString
    {
        quint32 hash = 0;
        std::string bytes;
        QString value;
    };
    std::array<CachedString, 128> m_strings;
    struct CachedList
    {
        quint32 hash = 0;
        std::string key;  // the items, each prefixed by its length
        QStringList value;
    };
    std::array<CachedList, 64> m_lists;
};

// A JSON number as QJsonValue::toDouble() gives it. Fails where Qt's parser fails (out of double
// range) and, conservatively, where the two could differ (underflow to zero or to a subnormal).
bool Reader::readNumber(ondemand::value value, double *out)
{
    const std::string_view token = value.raw_json_token();
    double d = 0;
    if (value.get_double().get(d) != simdjson::SUCCESS || !std::isfinite(d))
        return false;
    if (d != 0 && std::fabs(d) < DBL_MIN)
        return false;
    if (d == 0) {
        // Underflow to zero is an error for Qt: leave any zero spelled with a non-zero digit to it.
        for (const char c : token) {
            if (c == 'e' || c == 'E')
                break;
            if (c >= '1' && c <= '9')
                return false;
        }
    }
    *out = d;
    return true;
}

bool Reader::validate(ondemand::value value, int depth)
{
    ondemand::json_type type;
    if (value.type().get(type) != simdjson::SUCCESS)
        return false;
    switch (type) {
    case ondemand::json_type::array: {
        ondemand::array array;
        if (depth >= kMaxDepth || value.get_array().get(array) != simdjson::SUCCESS)
            return false;
        for (auto item : array) {
            ondemand::value v;
            if (item.get(v) != simdjson::SUCCESS || !validate(v, depth + 1))
                return false;
        }
        return true;
    }
    case ondemand::json_type::object: {
        ondemand::object object;
        if (depth >= kMaxDepth || value.get_object().get(object) != simdjson::SUCCESS)
            return false;
        for (auto member : object) {
            ondemand::field field;
            std::string_view key;
            if (std::move(member).get(field) != simdjson::SUCCESS || !keyOf(field, &key)
                || !validate(field.value(), depth + 1))
                return false;
        }
        return true;
    }
    case ondemand::json_type::number: {
        double d;
        return readNumber(value, &d);
    }
    case ondemand::json_type::string: {
        std::string_view s;
        return textOf(value, &s);
    }
    case ondemand::json_type::boolean: {
        bool b;
        return value.get_bool().get(b) == simdjson::SUCCESS;
    }
    case ondemand::json_type::null: {
        bool null = false;
        return value.is_null().get(null) == simdjson::SUCCESS && null;
    }
    }
    return false;
}

QString Reader::sharedString(std::string_view s)
{
    if (s.size() > 31)
        return toQString(s);
    const quint32 h = hashBytes(s);
    CachedString &slot = m_strings[h % m_strings.size()];
    if (slot.hash == h && slot.bytes == s)  // an unused slot never matches: "" does not hash to 0
        return slot.value;
    slot.hash = h;
    slot.bytes.assign(s);
    slot.value = toQString(s);
    return slot.value;
}

bool Reader::readOptionalString(ondemand::value value, std::optional<QString> *out, bool shared)
{
    bool null = false;
    if (value.is_null().get(null) == simdjson::SUCCESS && null) {
        *out = std::nullopt;
        return true;
    }
    std::string_view s;
    if (!textOf(value, &s))
        return false;
    *out = shared ? sharedString(s) : toQString(s);
    return true;
}

bool Reader::readOptionalTime(ondemand::value value, QDateTime *out)
{
    bool null = false;
    if (value.is_null().get(null) == simdjson::SUCCESS && null) {
        *out = QDateTime();
        return true;
    }
    std::string_view s;
    if (!textOf(value, &s))
        return false;
    // Any non-ASCII byte fails the pattern, as a non-ASCII character fails JsonDecoder's.
    *out = SubscriptionListReader::parseTimestamp(QByteArrayView(s.data(), qsizetype(s.size())));
    return out->isValid();  // an invalid time is an error: the slow path words it
}

bool Reader::readOptionalInteger(ondemand::value value, std::optional<qint64> *out)
{
    ondemand::json_type type;
    if (value.type().get(type) != simdjson::SUCCESS)
        return false;
    switch (type) {
    case ondemand::json_type::null: {
        bool null = false;
        *out = std::nullopt;
        return value.is_null().get(null) == simdjson::SUCCESS && null;
    }
    case ondemand::json_type::string: {
        // A decimal string: exactly JsonDecoder's reading of it (rare, so no fast path).
        std::string_view s;
        if (value.get_string().get(s) != simdjson::SUCCESS)
            return false;
        bool ok = false;
        const qint64 n = toQString(s).trimmed().toLongLong(&ok);
        if (!ok)
            return false;
        *out = n;
        return true;
    }
    case ondemand::json_type::number: {
        double d;
        if (!readNumber(value, &d))
            return false;
        *out = integralDouble(d);
        return out->has_value();
    }
    default:
        return false;
    }
}

bool Reader::readEvents(ondemand::value value, std::optional<QStringList> *out)
{
    bool null = false;
    if (value.is_null().get(null) == simdjson::SUCCESS && null) {
        *out = std::nullopt;
        return true;
    }
    ondemand::array array;
    if (value.get_array().get(array) != simdjson::SUCCESS)
        return false;
    // Rows repeat the same few event lists: share one QStringList per distinct list.
    QVarLengthArray<std::string_view, 8> items;
    std::string key;
    for (auto item : array) {
        std::string_view s;
        ondemand::value v;
        if (item.get(v) != simdjson::SUCCESS || !textOf(v, &s))
            return false;  // also: something that is not text
        items.append(s);
        const quint32 size = quint32(s.size());
        key.append(reinterpret_cast<const char *>(&size), sizeof size);
        key.append(s);
    }
    const auto build = [&] {
        QStringList list;
        list.reserve(items.size());
        for (const std::string_view s : items)
            list.append(sharedString(s));
        return list;
    };
    if (key.size() > 160) {
        *out = build();
        return true;
    }
    const quint32 h = hashBytes(key);
    CachedList &slot = m_lists[h % m_lists.size()];
    if (slot.hash != h || slot.key != key) {
        slot.hash = h;
        slot.key = std::move(key);
        slot.value = build();
    }
    *out = slot.value;
    return true;
}

// Mirrors JsonDecoder::subscriptionFrom; a key seen twice takes its last value (as QJsonObject
// does), and any value the slow path would reject fails the fast path.
bool Reader::readSubscription(ondemand::value entry, Subscription *out)
{
    ondemand::object object;
    if (entry.get_object().get(object) != simdjson::SUCCESS)
        return false;
    Subscription &s = *out;
    bool haveUrl = false;
    bool haveHealth = false;
    DeliverySummary health;
    std::optional<QString> status;
    std::optional<qint64> pending;
    for (auto member : object) {
        ondemand::field field;
        std::string_view key;
        if (std::move(member).get(field) != simdjson::SUCCESS || !keyOf(field, &key))
            return false;
        ondemand::value &value = field.value();
        bool ok;
        if (key == "id") {
            ok = readOptionalInteger(value, &s.id);
        } else if (key == "url") {
            std::string_view url;
            ok = textOf(value, &url);
            if (ok)
                s.url = toQString(url);
            haveUrl = true;
        } else if (key == "description") {
            ok = readOptionalString(value, &s.description, false);
        } else if (key == "enabled") {
            bool null = false;
            if (value.is_null().get(null) == simdjson::SUCCESS && null) {
                s.enabled = true;  // the default
                ok = true;
            } else {
                ok = value.get_bool().get(s.enabled) == simdjson::SUCCESS;
            }
        } else if (key == "created_at") {
            ok = readOptionalTime(value, &s.createdAt);
        } else if (key == "events") {
            ok = readEvents(value, &s.events);
        } else if (key == "last_delivery_at") {
            haveHealth = true;
            ok = readOptionalTime(value, &health.lastDeliveryAt);
        } else if (key == "last_delivery_status") {
            haveHealth = true;
            ok = readOptionalString(value, &status, true);
        } else if (key == "failing_since") {
            haveHealth = true;
            ok = readOptionalTime(value, &health.failingSince);
        } else if (key == "pending_retries") {
            haveHealth = true;
            ok = readOptionalInteger(value, &pending);
        } else if (key == "next_retry_at") {
            haveHealth = true;
            ok = readOptionalTime(value, &health.nextRetryAt);
        } else if (key == "gives_up_at") {
            haveHealth = true;
            ok = readOptionalTime(value, &health.givesUpAt);
        } else {
            ok = validate(value, 2);
        }
        if (!ok)
            return false;
    }
    if (!haveUrl)
        return false;
    if (haveHealth) {
        health.lastDeliveryStatus = status.value_or(QString());
        health.pendingRetries = clampInt(qMax<qint64>(0, pending.value_or(0)));
        s.health = std::move(health);
    }
    return true;
}

// Where the shared iterator stands in the body (its end when it is past the last token).
const char *Reader::position()
{
    const char *at = nullptr;
    return m_doc.current_location().get(at) == simdjson::SUCCESS ? at : m_end;
}

bool Reader::readList(ondemand::array list, SubscriptionList *out)
{
    const char *const first = position();
    for (auto item : list) {
        if (out->size() == out->capacity()) {
            // Grow geometrically, but no further than the rest of the body at the bytes per entry
            // so far (+3%): a list read whole ends with little slack. The cap keeps an odd body
            // (small entries first, one huge one last) from reserving more than doubling would.
            const qsizetype done = out->size();
            qsizetype more = std::max<qsizetype>(16, 2 * done);
            if (done > 0) {
                const char *const at = position();
                const qsizetype perEntry = std::max<qsizetype>(1, (at - first) / done);
                const qsizetype rest = (m_end - at) / perEntry;
                more = std::min(more, rest + rest / 32 + 16);
            }
            out->reserve(done + more);
        }
        ondemand::value entry;
        if (item.get(entry) != simdjson::SUCCESS || !readSubscription(entry, &out->emplaceBack()))
            return false;
    }
    return true;
}

bool Reader::readDocument(SubscriptionList *out)
{
    ondemand::json_type type;
    if (m_doc.type().get(type) != simdjson::SUCCESS)
        return false;
    if (type == ondemand::json_type::array) {
        ondemand::array list;
        if (m_doc.get_array().get(list) != simdjson::SUCCESS || !readList(list, out))
            return false;
    } else if (type == ondemand::json_type::object) {
        // {"items": [..], ...}: the last "items" counts, other members are validated and skipped.
        ondemand::object object;
        if (m_doc.get_object().get(object) != simdjson::SUCCESS)
            return false;
        bool haveItems = false;
        for (auto member : object) {
            ondemand::field field;
            std::string_view key;
            if (std::move(member).get(field) != simdjson::SUCCESS || !keyOf(field, &key))
                return false;
            ondemand::value &value = field.value();
            ondemand::json_type valueType;
            if (value.type().get(valueType) != simdjson::SUCCESS)
                return false;
            if (key == "items" && valueType == ondemand::json_type::array) {
                out->clear();
                ondemand::array list;
                if (value.get_array().get(list) != simdjson::SUCCESS || !readList(list, out))
                    return false;
                haveItems = true;
            } else {
                if (!validate(value, 1))
                    return false;
                if (key == "items")
                    haveItems = false;
            }
        }
        if (!haveItems)
            return false;
    } else {
        return false;
    }
    // Nothing but white space may follow: On-Demand stops at the end of the root value, so a second
    // value after it ("[] []") is only seen as a token still left.
    const char *rest = nullptr;
    return m_doc.current_location().get(rest) == simdjson::OUT_OF_BOUNDS;
}

}  // namespace

std::optional<SubscriptionList> SimdjsonListReader::read(const QByteArray &body)
{
    static_assert(kPadding >= qsizetype(simdjson::SIMDJSON_PADDING));
    if (body.isEmpty() || body.size() > kMaxBody)
        return std::nullopt;
    simdjson::padded_string copy;
    simdjson::padded_string_view view;
    if (body.capacity() - body.size() >= kPadding) {
        view = simdjson::padded_string_view(body.constData(), size_t(body.size()), size_t(body.capacity()));
    } else {
        copy = simdjson::padded_string(body.constData(), size_t(body.size()));
        view = copy;
    }
    // Kept per thread: a fresh parser's buffers cost page faults worth 10 ms per 100,000 rows.
    thread_local ondemand::parser parser;
    ondemand::document doc;
    if (parser.iterate(view).get(doc) != simdjson::SUCCESS)
        return std::nullopt;
    Reader reader(doc, view.data(), view.data() + view.size());
    SubscriptionList list;
    if (!reader.readDocument(&list))
        return std::nullopt;
    return list;
}
