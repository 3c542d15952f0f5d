#include "api/RateLimitHeaders.h"

#include <limits>

#include <QHash>
#include <QList>
#include <QLocale>
#include <QRegularExpression>

namespace {

std::optional<qint64> number(const QByteArray &value)
{
    bool ok = false;
    const qint64 n = value.trimmed().toLongLong(&ok);
    if (!ok || n < 0 || n > 100'000'000'000LL)
        return std::nullopt;
    return n;
}

// First integer in a value such as "100, 100;w=60" (draft forms with policies).
std::optional<qint64> leadingNumber(const QByteArray &value)
{
    QByteArray digits;
    for (char c : value.trimmed()) {
        if (c < '0' || c > '9')
            break;
        digits += c;
    }
    return digits.isEmpty() ? std::nullopt : number(digits);
}

// One member of a Structured Field list (RFC 8941) as the rate-limit drafts use it: a bare item
// (an integer quota in the older drafts, a policy name in the newer ones) and its parameters.
// Qt has no Structured Field parser; this reads only what these headers need.
struct ListMember
{
    QByteArray item;
    QHash<QByteArray, QByteArray> params;
};

QList<ListMember> listMembers(const QByteArray &value)
{
    QList<ListMember> members;
    if (value.size() > 4096)
        return members;
    for (const QByteArray &part : value.split(',')) {
        const QList<QByteArray> pieces = part.split(';');
        ListMember member;
        member.item = pieces.first().trimmed();
        for (qsizetype i = 1; i < pieces.size(); ++i) {
            const qsizetype eq = pieces.at(i).indexOf('=');
            if (eq > 0)
                member.params.insert(pieces.at(i).left(eq).trimmed().toLower(), pieces.at(i).mid(eq + 1).trimmed());
        }
        members << member;
    }
    return members;
}

}  // namespace

std::optional<qint64> RateLimitHeaders::parseRetryAfter(const QByteArray &value, const QDateTime &utcNow)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty() || v.size() > 64)
        return std::nullopt;
    if (const auto seconds = number(v))
        return *seconds * 1000;
    // HTTP date (IMF-fixdate, RFC 850 and asctime forms). The weekday is dropped first: Qt rejects
    // a weekday that does not match the date, and RFC 850's two-digit year would make it mismatch.
    QString text = QString::fromLatin1(v).simplified();
    const qsizetype firstSpace = text.indexOf(u' ');
    if (firstSpace > 0 && text.at(0).isLetter() && !text.at(1).isDigit())
        text = text.mid(firstSpace + 1);
    static const char *const formats[] = {"dd MMM yyyy HH:mm:ss 'GMT'", "dd-MMM-yy HH:mm:ss 'GMT'",
                                          "MMM d HH:mm:ss yyyy"};
    const QLocale c = QLocale::c();
    for (const char *format : formats) {
        QDateTime when = c.toDateTime(text, QString::fromLatin1(format));
        if (!when.isValid())
            continue;
        when = QDateTime(when.date(), when.time(), Qt::UTC);
        if (when.date().year() < 1970)
            when = when.addYears(100);
        return qMax<qint64>(0, utcNow.msecsTo(when));
    }
    return std::nullopt;
}

// A count a server may state; anything above INT_MAX is nonsense and is ignored rather than cut
// short by a cast (4294967297 would otherwise become a limit of 1).
static std::optional<int> asCount(std::optional<qint64> value)
{
    if (!value || *value > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(*value);
}

RateLimitHeaders RateLimitHeaders::parse(const HttpResponse &response, const QDateTime &utcNow)
{
    RateLimitHeaders h;
    auto pick = [&](const char *x, const char *ietf) -> QByteArray {
        if (response.hasHeader(x))
            return response.header(x);
        return response.header(ietf);
    };
    if (auto v = asCount(leadingNumber(pick("X-RateLimit-Limit", "RateLimit-Limit"))))
        h.limit = *v;
    if (auto v = asCount(leadingNumber(pick("X-RateLimit-Remaining", "RateLimit-Remaining"))))
        h.remaining = *v;
    const QByteArray reset = pick("X-RateLimit-Reset", "RateLimit-Reset");
    if (auto v = leadingNumber(reset)) {
        // Delta seconds; some servers send an epoch timestamp instead.
        if (*v > 1'000'000'000)
            h.resetMs = qMax<qint64>(0, utcNow.msecsTo(QDateTime::fromSecsSinceEpoch(*v, Qt::UTC)));
        else
            h.resetMs = *v * 1000;
    }
    // Combined draft form: RateLimit: limit=100, remaining=50, reset=5
    const QByteArray combined = response.header("RateLimit");
    if (!combined.isEmpty()) {
        for (const QByteArray &part : combined.split(',')) {
            const auto kv = part.trimmed().split('=');
            if (kv.size() != 2)
                continue;
            const auto key = kv.at(0).trimmed().toLower();
            const auto value = leadingNumber(kv.at(1));
            if (!value)
                continue;
            if (key == "limit" && !h.limit)
                h.limit = asCount(value);
            else if (key == "remaining" && !h.remaining)
                h.remaining = asCount(value);
            else if (key == "reset" && !h.resetMs)
                h.resetMs = *value * 1000;
        }
    }
    // Newer draft: RateLimit: "default";r=50;t=30
    if (!combined.isEmpty() && combined.trimmed().startsWith('"')) {
        for (const ListMember &m : listMembers(combined)) {
            if (auto r = asCount(number(m.params.value("r"))); r && !h.remaining)
                h.remaining = r;
            if (auto t = number(m.params.value("t")); t && !h.resetMs)
                h.resetMs = *t * 1000;
        }
    }
    // RateLimit-Policy: 100;w=60 (older drafts) or "default";q=100;w=60 (newer). Of several
    // policies the one with the lowest rate is kept: following it never exceeds any of them over
    // its own window.
    for (const ListMember &m : listMembers(response.header("RateLimit-Policy"))) {
        const auto quota = asCount(m.params.contains("q") ? number(m.params.value("q")) : number(m.item));
        const auto windowSeconds = number(m.params.value("w"));
        if (!quota || *quota < 1 || *quota > 1'000'000 || !windowSeconds || *windowSeconds < 1
            || *windowSeconds > 366 * 86400)
            continue;
        const qint64 windowMs = *windowSeconds * 1000;
        // quota / window < kept quota / kept window, without division
        if (!h.policyQuota || qint64(*quota) * *h.policyWindowMs < qint64(*h.policyQuota) * windowMs) {
            h.policyQuota = quota;
            h.policyWindowMs = windowMs;
        }
    }
    if (response.hasHeader("Retry-After"))
        h.retryAfterMs = parseRetryAfter(response.header("Retry-After"), utcNow);
    return h;
}
