// Longer than most rooms: this is a complete strict JSON scanner (strings, numbers, UTF-8, nesting)
// fused with the one document shape it reads. The fusion is the point: the list answer is decoded
// in one pass over its bytes, which is what makes it fast; a separate tokenizer would hand back
// tokens the reader then walks again. Anything it does not accept goes to the QJsonDocument path.
#include "api/SubscriptionListReader.h"

#include <QVarLengthArray>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace {

// Deeper documents are left to QJsonDocument (its own limit is 1024).
constexpr int kMaxDepth = 200;

// Bodies this large are left to the QJsonDocument path (its parser counts in int).
constexpr qsizetype kMaxBody = qsizetype(1) << 30;

constexpr bool isDigit(uchar c)
{
    return c >= '0' && c <= '9';
}

// The length of the well-formed UTF-8 sequence at p (p[0] >= 0x80), or 0. Strict (Unicode table
// 3-7: no overlong forms, no surrogates, nothing above U+10FFFF), like Qt's JSON parser.
int utf8Length(const uchar *p, const uchar *end)
{
    const uchar c = p[0];
    const qsizetype avail = end - p;
    const auto cont = [](uchar b) { return (b & 0xC0) == 0x80; };
    if (c >= 0xC2 && c <= 0xDF)
        return avail >= 2 && cont(p[1]) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (avail < 3 || !cont(p[2]))
            return 0;
        const uchar lo = c == 0xE0 ? 0xA0 : 0x80;
        const uchar hi = c == 0xED ? 0x9F : 0xBF;
        return p[1] >= lo && p[1] <= hi ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (avail < 4 || !cont(p[2]) || !cont(p[3]))
            return 0;
        const uchar lo = c == 0xF0 ? 0x90 : 0x80;
        const uchar hi = c == 0xF4 ? 0x8F : 0xBF;
        return p[1] >= lo && p[1] <= hi ? 4 : 0;
    }
    return 0;
}

int hexValue(uchar c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

quint32 hashBytes(const uchar *p, qsizetype n)
{
    quint32 h = 2166136261u;  // FNV-1a
    for (qsizetype i = 0; i < n; ++i)
        h = (h ^ p[i]) * 16777619u;
    return h;
}

// Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

int daysInMonth(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
        return 29;
    return days[m - 1];
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

}  // namespace

SubscriptionListReader::SubscriptionListReader(QByteArrayView body)
    : m_p(reinterpret_cast<const uchar *>(body.data()))
    , m_end(reinterpret_cast<const uchar *>(body.data()) + body.size())
{ }

std::optional<SubscriptionList> SubscriptionListReader::read(QByteArrayView body)
{
    if (body.isEmpty() || body.size() > kMaxBody)
        return std::nullopt;
    SubscriptionListReader reader(body);
    SubscriptionList list;
    if (!reader.readDocument(&list))
        return std::nullopt;
    return list;
}

// ^\s*(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,12}))?\s*(?:([Zz])|([+-])(\d{2}):?(\d{2}))?\s*$
// (JsonDecoder::parseTimestamp's pattern; \s and \d are ASCII there too), then the same checks.
QDateTime SubscriptionListReader::parseTimestamp(QByteArrayView text)
{
    if (text.size() > 64)
        return {};
    const char *p = text.data();
    const char *const e = p + text.size();
    const auto isSpace = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    const auto skipSpaces = [&] {
        while (p < e && isSpace(*p))
            ++p;
    };
    const auto number = [&](int digits, int *out) {
        if (e - p < digits)
            return false;
        int v = 0;
        for (int i = 0; i < digits; ++i) {
            if (!isDigit(uchar(p[i])))
                return false;
            v = v * 10 + (p[i] - '0');
        }
        p += digits;
        *out = v;
        return true;
    };
    const auto literal = [&](char c) {
        if (p < e && *p == c) {
            ++p;
            return true;
        }
        return false;
    };
    skipSpaces();
    int year, month, day, hour, minute, second;
    if (!number(4, &year) || !literal('-') || !number(2, &month) || !literal('-') || !number(2, &day))
        return {};
    if (p == e || (*p != 'T' && *p != 't' && *p != ' '))
        return {};
    ++p;
    if (!number(2, &hour) || !literal(':') || !number(2, &minute) || !literal(':') || !number(2, &second))
        return {};
    int ms = 0;
    if (p < e && (*p == '.' || *p == ',')) {
        ++p;
        const char *const digits = p;
        while (p < e && isDigit(uchar(*p)))
            ++p;
        const qsizetype n = p - digits;
        if (n < 1 || n > 12)
            return {};
        for (int i = 0; i < 3; ++i)  // the first three digits, truncated, right-padded with zeros
            ms = ms * 10 + (i < n ? digits[i] - '0' : 0);
    }
    skipSpaces();
    int offsetSign = 0, offsetHours = 0, offsetMinutes = 0;
    if (p < e && (*p == 'Z' || *p == 'z')) {
        ++p;
    } else if (p < e && (*p == '+' || *p == '-')) {
        offsetSign = *p == '-' ? -1 : 1;
        ++p;
        if (!number(2, &offsetHours))
            return {};
        literal(':');
        if (!number(2, &offsetMinutes))
            return {};
    }
    skipSpaces();
    if (p != e)
        return {};

    if (second == 60)  // leap second, as JsonDecoder reads it
        second = 59;
    // QDate: no year 0; QTime: 0-23, 0-59, 0-59.
    if (year == 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59
        || second > 59)
        return {};
    if (offsetSign && (offsetHours > 23 || offsetMinutes > 59))
        return {};
    const qint64 offsetSeconds = qint64(offsetSign) * (offsetHours * 60 + offsetMinutes) * 60;
    const qint64 msecs = daysFromCivil(year, month, day) * 86400000
        + ((qint64(hour) * 60 + minute) * 60 + second - offsetSeconds) * 1000 + ms;
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

void SubscriptionListReader::skipSpace()
{
    while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
        ++m_p;
}

bool SubscriptionListReader::expect(uchar c)
{
    if (m_p < m_end && *m_p == c) {
        ++m_p;
        return true;
    }
    return false;
}

bool SubscriptionListReader::skipLiteral(const char *word, qsizetype size)
{
    if (m_end - m_p < size || std::memcmp(m_p, word, size_t(size)) != 0)
        return false;
    m_p += size;
    return true;
}

bool SubscriptionListReader::scanString(Span *out)
{
    if (m_p >= m_end || *m_p != '"')
        return false;
    const uchar *p = m_p + 1;
    out->begin = p;
    out->escaped = false;
    out->ascii = true;
    for (;;) {
        // Runs of plain printable ASCII, 16 bytes at a time where possible.
#ifdef __SSE2__
        const __m128i quote = _mm_set1_epi8('"');
        const __m128i backslash = _mm_set1_epi8('\\');
        const __m128i space = _mm_set1_epi8(0x20);
        while (m_end - p >= 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            // Signed compare: bytes >= 0x80 are negative, so "< 0x20" also catches them.
            const __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                                 _mm_cmplt_epi8(v, space));
            const int mask = _mm_movemask_epi8(special);
            if (mask) {
                p += __builtin_ctz(unsigned(mask));
                break;
            }
            p += 16;
        }
#endif
        while (p < m_end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\')
            ++p;
        if (p >= m_end)
            return false;  // unterminated
        const uchar c = *p;
        if (c == '"') {
            out->end = p;
            m_p = p + 1;
            return true;
        }
        if (c == '\\') {
            if (m_end - p < 2)
                return false;
            switch (p[1]) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                p += 2;
                break;
            case 'u':
                if (m_end - p < 6 || hexValue(p[2]) < 0 || hexValue(p[3]) < 0 || hexValue(p[4]) < 0
                    || hexValue(p[5]) < 0)
                    return false;
                p += 6;
                break;
            default:
                return false;  // Qt takes "\a" as "a"; RFC 8259 does not: the slow path decides
            }
            out->escaped = true;
            continue;
        }
        if (c < 0x20)
            return false;  // raw control character: Qt keeps it, RFC 8259 does not
        const int n = utf8Length(p, m_end);
        if (!n)
            return false;
        out->ascii = false;
        p += n;
    }
}

// RFC 8259 number; *value is what QJsonValue::toDouble() gives for it. Fails where Qt's parser
// fails (out of double range) and, conservatively, where the two could differ (underflow).
bool SubscriptionListReader::scanNumber(double *value)
{
    const uchar *const start = m_p;
    const uchar *p = m_p;
    const bool negative = p < m_end && *p == '-';
    if (negative)
        ++p;
    if (p >= m_end)
        return false;
    const uchar *const intStart = p;
    if (*p == '0') {
        ++p;
    } else if (*p >= '1' && *p <= '9') {
        while (p < m_end && isDigit(*p))
            ++p;
    } else {
        return false;
    }
    const uchar *const intEnd = p;
    bool integral = true;
    if (p < m_end && *p == '.') {
        integral = false;
        const uchar *const digits = ++p;
        while (p < m_end && isDigit(*p))
            ++p;
        if (p == digits)
            return false;
    }
    if (p < m_end && (*p == 'e' || *p == 'E')) {
        integral = false;
        ++p;
        if (p < m_end && (*p == '+' || *p == '-'))
            ++p;
        const uchar *const digits = p;
        while (p < m_end && isDigit(*p))
            ++p;
        if (p == digits)
            return false;
    }
    if (p >= m_end)
        return false;  // a number cannot end the document
    m_p = p;
    if (integral && intEnd - intStart <= 18) {
        // Qt stores it as a qint64; toDouble() converts that.
        qint64 v = 0;
        for (const uchar *q = intStart; q < intEnd; ++q)
            v = v * 10 + (*q - '0');
        *value = double(negative ? -v : v);
        return true;
    }
    double d = 0;
    const auto [end, ec] = std::from_chars(reinterpret_cast<const char *>(start), reinterpret_cast<const char *>(p), d);
    if (ec != std::errc() || end != reinterpret_cast<const char *>(p) || !std::isfinite(d))
        return false;
    if (d == 0) {
        // Underflow to zero is an error for Qt: leave any zero spelled with a non-zero digit to it.
        for (const uchar *q = intStart; q < p && *q != 'e' && *q != 'E'; ++q) {
            if (*q >= '1' && *q <= '9')
                return false;
        }
    }
    *value = d;
    return true;
}

bool SubscriptionListReader::skipValue(int depth)
{
    if (m_p >= m_end)
        return false;
    switch (*m_p) {
    case '"': {
        Span s;
        return scanString(&s);
    }
    case 't':
        return skipLiteral("true", 4);
    case 'f':
        return skipLiteral("false", 5);
    case 'n':
        return skipLiteral("null", 4);
    case '[': {
        if (depth >= kMaxDepth)
            return false;
        ++m_p;
        skipSpace();
        if (expect(']'))
            return true;
        for (;;) {
            if (!skipValue(depth + 1))
                return false;
            skipSpace();
            if (expect(']'))
                return true;
            if (!expect(','))
                return false;
            skipSpace();
        }
    }
    case '{': {
        if (depth >= kMaxDepth)
            return false;
        ++m_p;
        skipSpace();
        if (expect('}'))
            return true;
        for (;;) {
            Span key;
            if (!scanString(&key))
                return false;
            skipSpace();
            if (!expect(':'))
                return false;
            skipSpace();
            if (!skipValue(depth + 1))
                return false;
            skipSpace();
            if (expect('}'))
                return true;
            if (!expect(','))
                return false;
            skipSpace();
        }
    }
    default: {
        double d;
        return scanNumber(&d);
    }
    }
}

QString SubscriptionListReader::toString(const Span &s)
{
    if (!s.escaped) {
        if (s.ascii)
            return QString::fromLatin1(reinterpret_cast<const char *>(s.begin), s.size());
        return QString::fromUtf8(reinterpret_cast<const char *>(s.begin), s.size());  // validated
    }
    // As Qt's parser does: every \uXXXX is one UTF-16 unit (a lone surrogate stays as it is).
    QString out(s.size(), Qt::Uninitialized);
    char16_t *const first = reinterpret_cast<char16_t *>(out.data());
    char16_t *o = first;
    const uchar *p = s.begin;
    while (p < s.end) {
        const uchar c = *p;
        if (c == '\\') {
            const uchar e = p[1];
            p += 2;
            switch (e) {
            case 'b':
                *o++ = 0x08;
                break;
            case 'f':
                *o++ = 0x0C;
                break;
            case 'n':
                *o++ = 0x0A;
                break;
            case 'r':
                *o++ = 0x0D;
                break;
            case 't':
                *o++ = 0x09;
                break;
            case 'u':
                *o++ =
                    char16_t((hexValue(p[0]) << 12) | (hexValue(p[1]) << 8) | (hexValue(p[2]) << 4) | hexValue(p[3]));
                p += 4;
                break;
            default:  // " \ /
                *o++ = e;
                break;
            }
        } else if (c < 0x80) {
            *o++ = c;
            ++p;
        } else {
            const int n = utf8Length(p, s.end);
            char32_t cp = n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
            for (int i = 1; i < n; ++i)
                cp = (cp << 6) | (p[i] & 0x3F);
            p += n;
            if (cp > 0xFFFF) {
                *o++ = QChar::highSurrogate(cp);
                *o++ = QChar::lowSurrogate(cp);
            } else {
                *o++ = char16_t(cp);
            }
        }
    }
    out.truncate(o - first);
    return out;
}

QString SubscriptionListReader::sharedString(const Span &s)
{
    const qsizetype n = s.size();
    if (s.escaped || !s.ascii || n > qsizetype(sizeof(CachedString::bytes)))
        return toString(s);
    const quint32 h = hashBytes(s.begin, n);
    CachedString &slot = m_strings[h % m_strings.size()];
    // An unused slot (hash 0, size 0) never matches: "" hashes to the FNV offset basis.
    if (slot.hash == h && slot.size == n && std::memcmp(slot.bytes, s.begin, size_t(n)) == 0)
        return slot.value;
    slot.hash = h;
    slot.size = quint8(n);
    std::memcpy(slot.bytes, s.begin, size_t(n));
    slot.value = toString(s);
    return slot.value;
}

bool SubscriptionListReader::readOptionalString(std::optional<QString> *out, bool shared)
{
    if (m_p < m_end && *m_p == 'n') {
        *out = std::nullopt;
        return skipLiteral("null", 4);
    }
    Span s;
    if (!scanString(&s))
        return false;
    *out = shared ? sharedString(s) : toString(s);
    return true;
}

bool SubscriptionListReader::readOptionalTime(QDateTime *out)
{
    if (m_p < m_end && *m_p == 'n') {
        *out = QDateTime();
        return skipLiteral("null", 4);
    }
    Span s;
    if (!scanString(&s))
        return false;
    if (!s.escaped) {
        *out = parseTimestamp(QByteArrayView(s.begin, s.size()));
    } else {
        // Escaped: any non-ASCII character fails the pattern, ASCII reads as bytes.
        const QString text = toString(s);
        const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
        *out = ascii ? parseTimestamp(text.toLatin1()) : QDateTime();
    }
    return out->isValid();  // an invalid time is an error: the slow path words it
}

bool SubscriptionListReader::readOptionalInteger(std::optional<qint64> *out)
{
    if (m_p >= m_end)
        return false;
    if (*m_p == 'n') {
        *out = std::nullopt;
        return skipLiteral("null", 4);
    }
    if (*m_p == '"') {
        // A decimal string: exactly JsonDecoder's reading of it (rare, so no fast path).
        Span s;
        if (!scanString(&s))
            return false;
        bool ok = false;
        const qint64 n = toString(s).trimmed().toLongLong(&ok);
        if (!ok)
            return false;
        *out = n;
        return true;
    }
    double d;
    if (!scanNumber(&d))
        return false;
    *out = integralDouble(d);
    return out->has_value();
}

bool SubscriptionListReader::readEvents(std::optional<QStringList> *out)
{
    if (m_p < m_end && *m_p == 'n') {
        *out = std::nullopt;
        return skipLiteral("null", 4);
    }
    const uchar *const start = m_p;
    if (!expect('['))
        return false;
    QVarLengthArray<Span, 8> items;
    skipSpace();
    if (!expect(']')) {
        for (;;) {
            Span s;
            if (!scanString(&s))
                return false;  // also: something that is not text
            items.append(s);
            skipSpace();
            if (expect(']'))
                break;
            if (!expect(','))
                return false;
            skipSpace();
        }
    }
    const auto build = [&] {
        QStringList list;
        list.reserve(items.size());
        for (const Span &s : items)
            list.append(sharedString(s));
        return list;
    };
    // Rows repeat the same few event lists: share one QStringList per distinct spelling.
    const qsizetype n = m_p - start;
    if (n > qsizetype(sizeof(CachedList::bytes))) {
        *out = build();
        return true;
    }
    const quint32 h = hashBytes(start, n);
    CachedList &slot = m_lists[h % m_lists.size()];
    if (slot.hash != h || slot.size != n || std::memcmp(slot.bytes, start, size_t(n)) != 0) {
        slot.hash = h;
        slot.size = quint8(n);
        std::memcpy(slot.bytes, start, size_t(n));
        slot.value = build();
    }
    *out = slot.value;
    return true;
}

// At '{'. Mirrors JsonDecoder::subscriptionFrom; a key seen twice takes its last value (as
// QJsonObject does), and any value the slow path would reject fails the fast path.
bool SubscriptionListReader::readSubscription(Subscription *out)
{
    if (!expect('{'))
        return false;
    Subscription &s = *out;
    bool haveUrl = false;
    bool haveHealth = false;
    DeliverySummary health;
    std::optional<QString> status;
    std::optional<qint64> pending;
    skipSpace();
    if (!expect('}')) {
        for (;;) {
            Span key;
            if (!scanString(&key) || key.escaped)
                return false;  // an escaped key could spell a known one: the slow path decides
            skipSpace();
            if (!expect(':'))
                return false;
            skipSpace();
            if (m_p >= m_end)
                return false;
            const auto is = [&key](const char *name, qsizetype size) {
                return key.size() == size && std::memcmp(key.begin, name, size_t(size)) == 0;
            };
#define WEBHOOK_KEY(name) is(name, sizeof(name) - 1)
            bool ok;
            if (WEBHOOK_KEY("id")) {
                ok = readOptionalInteger(&s.id);
            } else if (WEBHOOK_KEY("url")) {
                Span url;
                ok = scanString(&url);
                if (ok)
                    s.url = toString(url);
                haveUrl = true;
            } else if (WEBHOOK_KEY("description")) {
                ok = readOptionalString(&s.description, false);
            } else if (WEBHOOK_KEY("enabled")) {
                s.enabled = *m_p != 'f';  // null: the default (true)
                ok = *m_p == 't'  ? skipLiteral("true", 4)
                    : *m_p == 'f' ? skipLiteral("false", 5)
                                  : skipLiteral("null", 4);
            } else if (WEBHOOK_KEY("created_at")) {
                ok = readOptionalTime(&s.createdAt);
            } else if (WEBHOOK_KEY("events")) {
                ok = readEvents(&s.events);
            } else if (WEBHOOK_KEY("last_delivery_at")) {
                haveHealth = true;
                ok = readOptionalTime(&health.lastDeliveryAt);
            } else if (WEBHOOK_KEY("last_delivery_status")) {
                haveHealth = true;
                ok = readOptionalString(&status, true);
            } else if (WEBHOOK_KEY("failing_since")) {
                haveHealth = true;
                ok = readOptionalTime(&health.failingSince);
            } else if (WEBHOOK_KEY("pending_retries")) {
                haveHealth = true;
                ok = readOptionalInteger(&pending);
            } else if (WEBHOOK_KEY("next_retry_at")) {
                haveHealth = true;
                ok = readOptionalTime(&health.nextRetryAt);
            } else if (WEBHOOK_KEY("gives_up_at")) {
                haveHealth = true;
                ok = readOptionalTime(&health.givesUpAt);
            } else {
                ok = skipValue(2);
            }
#undef WEBHOOK_KEY
            if (!ok)
                return false;
            skipSpace();
            if (expect('}'))
                break;
            if (!expect(','))
                return false;
            skipSpace();
        }
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

// At '['.
bool SubscriptionListReader::readList(SubscriptionList *out)
{
    if (!expect('['))
        return false;
    skipSpace();
    if (expect(']'))
        return true;
    const uchar *const first = m_p;
    for (;;) {
        if (out->size() == out->capacity()) {
            // Grow geometrically, but no further than the rest of the body at the bytes per entry
            // so far (+3%): a list read whole ends with little slack. The cap keeps an odd body
            // (small entries first, one huge one last) from reserving more than doubling would.
            const qsizetype done = out->size();
            qsizetype more = std::max<qsizetype>(16, 2 * done);
            if (done > 0) {
                const qsizetype perEntry = std::max<qsizetype>(1, (m_p - first) / done);
                const qsizetype rest = (m_end - m_p) / perEntry;
                more = std::min(more, rest + rest / 32 + 16);
            }
            out->reserve(done + more);
        }
        if (!readSubscription(&out->emplaceBack()))
            return false;
        skipSpace();
        if (expect(']'))
            return true;
        if (!expect(','))
            return false;
        skipSpace();
    }
}

bool SubscriptionListReader::readDocument(SubscriptionList *out)
{
    skipSpace();
    if (m_p >= m_end)
        return false;
    if (*m_p == '[') {
        if (!readList(out))
            return false;
    } else if (*m_p == '{') {
        // {"items": [..], ...}: the last "items" counts, other members are skipped.
        ++m_p;
        bool haveItems = false;
        skipSpace();
        if (!expect('}')) {
            for (;;) {
                Span key;
                if (!scanString(&key) || key.escaped)
                    return false;
                skipSpace();
                if (!expect(':'))
                    return false;
                skipSpace();
                const bool items = key.size() == 5 && std::memcmp(key.begin, "items", 5) == 0;
                if (items && m_p < m_end && *m_p == '[') {
                    out->clear();
                    if (!readList(out))
                        return false;
                    haveItems = true;
                } else {
                    if (!skipValue(1))
                        return false;
                    if (items)
                        haveItems = false;
                }
                skipSpace();
                if (expect('}'))
                    break;
                if (!expect(','))
                    return false;
                skipSpace();
            }
        }
        if (!haveItems)
            return false;
    } else {
        return false;
    }
    skipSpace();
    return m_p == m_end;
}
