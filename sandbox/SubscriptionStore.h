#pragma once

#include "sandbox/StoredSubscription.h"

#include <QList>

class SandboxDatabase;

// Subscriptions per tenant in SQLite. Every read and write is scoped to a tenant, so one key
// never sees another key's subscriptions (the API answers 404 for them).
class SubscriptionStore
{
public:
    explicit SubscriptionStore(SandboxDatabase &database);

    QList<StoredSubscription> list(qint64 tenantId) const;
    std::optional<StoredSubscription> get(qint64 tenantId, qint64 id) const;
    // Without tenant scope, for the delivery scheduler.
    std::optional<StoredSubscription> find(qint64 id) const;
    int count(qint64 tenantId) const;

    std::optional<StoredSubscription> create(qint64 tenantId, const QString &url,
                                             const std::optional<QString> &description, bool enabled,
                                             const QStringList &events, qint64 nowMs);

    struct Patch
    {
        std::optional<QString> url;
        bool setDescription = false;
        std::optional<QString> description;
        std::optional<bool> enabled;
        std::optional<QStringList> events;
    };
    std::optional<StoredSubscription> update(qint64 tenantId, qint64 id, const Patch &patch);
    // Deletes the subscription with its deliveries (which stops their retries).
    bool remove(qint64 tenantId, qint64 id);

    // Enabled subscriptions of the tenant whose events list contains event.
    QList<StoredSubscription> subscribersOf(qint64 tenantId, const QString &event) const;

    // Keeps the summary columns up to date after an attempt.
    void recordOutcome(qint64 id, qint64 atMs, const QString &deliveryStatus);
    // Replaces "old" with "replacement" at the start of URLs of a tenant (the demo receiver's port).
    void rewriteUrlPrefix(qint64 tenantId, const QString &old, const QString &replacement);

    static QString newClientSecret();

private:
    void fillSummaries(QList<StoredSubscription> &subscriptions, qint64 tenantId, std::optional<qint64> onlyId) const;

    SandboxDatabase &m_database;
};
