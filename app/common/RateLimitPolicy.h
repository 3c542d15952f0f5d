#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// Which limit applies to which bucket. A bucket is a method plus a route template, e.g.
// "GET /api/v1/webhooks/{id}": one bucket for all ids. The documented defaults are 50 requests a
// minute per endpoint and 100 a minute for PATCH; a profile or the command line may override them.
class RateLimitPolicy
{
public:
    struct Limit
    {
        int limit = 50;
        qint64 windowMs = 60'000;
        bool operator==(const Limit &) const = default;
    };

    // The vendor documentation's limits.
    static RateLimitPolicy documented();

    static QString bucketKey(const QString &method, const QString &routeTemplate);

    Limit limitFor(const QString &bucket) const;
    // True when the bucket's limit was chosen here (an override or another window) rather than
    // taken from the documentation: a server may then only lower it, never raise it.
    bool isChosen(const QString &bucket) const;

    // Keeps every limit but applies it over windowMs instead of a minute (tests, compressed demos).
    void setWindow(qint64 windowMs);
    qint64 window() const { return m_windowMs; }

    // Parses "PATCH /api/v1/webhooks/{id}=100/1m" and sets that bucket. On failure returns false,
    // sets *error to a plain-language reason and leaves the policy unchanged.
    bool addOverride(const QString &spec, QString *error);
    void setOverride(const QString &bucket, Limit limit) { m_overrides.insert(bucket, limit); }
    QStringList overrideSpecs() const;

private:
    int m_defaultLimit = 50;
    int m_patchLimit = 100;
    qint64 m_windowMs = 60'000;
    QHash<QString, Limit> m_overrides;
};
