#pragma once

#include "sandbox/DatabaseError.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

class SandboxDatabase;

// API keys: each key is its own tenant (demo keys share the demo tenant). Only a SHA-256 hash of
// a key is stored; the key itself is shown once, when created. Keys look like
// "sbx_<12 hex id>_<43 base64url secret>": the id finds the row, the hash is compared in constant time.
class ApiKeyStore
{
public:
    explicit ApiKeyStore(SandboxDatabase &database);

    // Creates a key named name as a new tenant and returns it (empty on failure).
    QByteArray create(const QString &name, QString *error = nullptr);
    // Creates another key for the demo tenant (creating the tenant on first use); *tenantId receives it.
    QByteArray createDemoKey(qint64 *tenantId, QString *error = nullptr);

    // The tenant of a presented key, or nullopt. Reads the database on a cache miss, so keys created
    // by another process while the server runs are accepted; a failed read is an error, not a
    // wrong key.
    StoreResult<std::optional<qint64>> authenticate(const QByteArray &presentedKey);

    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

private:
    struct Entry
    {
        qint64 tenantId = 0;
        QByteArray hash;
    };
    QByteArray insertKey(const QString &name, std::optional<qint64> tenantId, bool demo, qint64 *tenantOut,
                         QString *error);

    SandboxDatabase &m_database;
    QHash<QByteArray, Entry> m_cache;  // prefix -> entry
};
