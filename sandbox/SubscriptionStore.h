#pragma once

#include "sandbox/DatabaseError.h"
#include "sandbox/StoredSubscription.h"

#include <QList>

class SandboxDatabase;

// Subscriptions per tenant in SQLite. Every read and write is scoped to a tenant, so one key
// never sees another key's subscriptions (the API answers 404 for them). What the API reads and
// writes comes back as a StoreResult: a failed statement or an unreadable row is an error, never a
// shorter list or a "not found".
class SubscriptionStore
{
public:
    explicit SubscriptionStore(SandboxDatabase &database);

    StoreResult<QList<StoredSubscription>> list(qint64 tenantId) const;
    // nullopt when the tenant has no such subscription.
    StoreResult<std::optional<StoredSubscription>> get(qint64 tenantId, qint64 id) const;
    // Without tenant scope, for the delivery scheduler: a failed read reads as absent (the
    // scheduler looks again at its next attempt).
    std::optional<StoredSubscription> find(qint64 id) const;
    int count(qint64 tenantId) const;

    StoreResult<StoredSubscription> create(qint64 tenantId, const QString &url,
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
    // The updated subscription, or nullopt when the tenant has no such subscription.
    StoreResult<std::optional<StoredSubscription>> update(qint64 tenantId, qint64 id, const Patch &patch);
    // Deletes the subscription with its deliveries (which stops their retries), all or nothing.
    // False when the tenant has no such subscription.
    StoreResult<bool> remove(qint64 tenantId, qint64 id);

    // Enabled subscriptions of the tenant whose events list contains event.
    StoreResult<QList<StoredSubscription>> subscribersOf(qint64 tenantId, const QString &event) const;

    // Keeps the summary columns up to date after an attempt.
    void recordOutcome(qint64 id, qint64 atMs, const QString &deliveryStatus);
    // Replaces "old" with "replacement" at the start of URLs of a tenant (the demo receiver's port).
    void rewriteUrlPrefix(qint64 tenantId, const QString &old, const QString &replacement);

    static QString newClientSecret();

private:
    StoreResult<std::optional<StoredSubscription>> load(qint64 id) const;
    StoreResult<> fillSummaries(QList<StoredSubscription> &subscriptions, qint64 tenantId,
                                std::optional<qint64> onlyId) const;

    SandboxDatabase &m_database;
};
