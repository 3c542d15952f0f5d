#pragma once

// Seeds subscriptions straight into a sandbox's SQLite file; the running server reads it live.
// For tests and benchmarks that need thousands of rows, which the API would take minutes to make
// at the documented rate limit. Tenant 1 owns the sandbox's first key (SandboxProcess::apiKey()).

#include "sandbox/SandboxDatabase.h"
#include "sandbox/SubscriptionStore.h"

#include <QDateTime>
#include <QStringList>

#include <functional>

namespace SandboxSeeder {

struct Row
{
    QString url;
    QString description;
    bool enabled = true;
    QStringList events;
};

// Creates `count` subscriptions, row(i) for each, in one transaction. False (and *error) on failure.
inline bool seed(const QString &dbPath, int count, const std::function<Row(int)> &row, QString *error,
                 qint64 tenantId = 1)
{
    SandboxDatabase database;
    if (!database.open(dbPath, error))
        return false;
    SubscriptionStore store(database);
    if (!database.db().transaction()) {
        *error = QStringLiteral("cannot start a transaction");
        return false;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < count; ++i) {
        const Row r = row(i);
        store.create(tenantId, r.url, r.description, r.enabled, r.events, now - qint64(i) * 1000);
    }
    if (!database.db().commit()) {
        *error = QStringLiteral("cannot commit");
        return false;
    }
    return true;
}

}  // namespace SandboxSeeder
