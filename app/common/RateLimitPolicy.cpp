#include "common/RateLimitPolicy.h"

#include "common/Duration.h"

#include <QCoreApplication>
#include <QRegularExpression>

RateLimitPolicy RateLimitPolicy::documented()
{
    return RateLimitPolicy();
}

QString RateLimitPolicy::bucketKey(const QString &method, const QString &routeTemplate)
{
    return method.toUpper() + u' ' + routeTemplate;
}

RateLimitPolicy::Limit RateLimitPolicy::limitFor(const QString &bucket) const
{
    const auto it = m_overrides.constFind(bucket);
    if (it != m_overrides.constEnd())
        return *it;
    const bool isPatch = bucket.startsWith(u"PATCH ");
    return Limit{isPatch ? m_patchLimit : m_defaultLimit, m_windowMs};
}

void RateLimitPolicy::setWindow(qint64 windowMs)
{
    if (windowMs > 0)
        m_windowMs = windowMs;
}

bool RateLimitPolicy::addOverride(const QString &spec, QString *error)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(GET|POST|PATCH|DELETE|PUT)\\s+(/\\S*)\\s*=\\s*(\\d{1,7})\\s*/\\s*(\\S+)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(spec);
    if (!match.hasMatch()) {
        if (error)
            *error = QCoreApplication::translate(
                         "RateLimitPolicy",
                         "Cannot read the rate limit \"%1\". Write it as METHOD /route=COUNT/WINDOW, "
                         "for example \"PATCH /api/v1/webhooks/{id}=100/1m\".")
                         .arg(spec);
        return false;
    }
    const int count = match.captured(3).toInt();
    const auto window = Duration::parseMs(match.captured(4));
    if (count <= 0 || !window) {
        if (error)
            *error = QCoreApplication::translate(
                         "RateLimitPolicy",
                         "The rate limit \"%1\" needs a count above zero and a window such as 250ms, 6s or 1m.")
                         .arg(spec);
        return false;
    }
    m_overrides.insert(bucketKey(match.captured(1), match.captured(2)), Limit{count, *window});
    return true;
}

QStringList RateLimitPolicy::overrideSpecs() const
{
    QStringList specs;
    for (auto it = m_overrides.constBegin(); it != m_overrides.constEnd(); ++it)
        specs << it.key() + u'=' + QString::number(it->limit) + u'/' + Duration::format(it->windowMs);
    specs.sort();
    return specs;
}

bool RateLimitPolicy::isChosen(const QString &bucket) const
{
    return m_windowMs != 60'000 || m_overrides.contains(bucket);
}
