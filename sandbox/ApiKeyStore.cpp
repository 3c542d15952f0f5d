#include "sandbox/ApiKeyStore.h"

#include "sandbox/SandboxDatabase.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator *generator = QRandomGenerator::system();
    for (int i = 0; i < count; ++i)
        bytes[i] = char(generator->bounded(256));
    return bytes;
}

QByteArray hashKey(const QByteArray &key)
{
    return QCryptographicHash::hash(key, QCryptographicHash::Sha256);
}

// "sbx_<prefix>_<secret>" -> prefix, or empty when the shape is wrong.
QByteArray prefixOf(const QByteArray &key)
{
    if (!key.startsWith("sbx_") || key.size() > 200)
        return {};
    const qsizetype end = key.indexOf('_', 4);
    if (end != 16)
        return {};
    return key.mid(4, 12);
}
}  // namespace

ApiKeyStore::ApiKeyStore(SandboxDatabase &database)
    : m_database(database)
{ }

bool ApiKeyStore::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QByteArray ApiKeyStore::create(const QString &name, QString *error)
{
    return insertKey(name, std::nullopt, false, nullptr, error);
}

QByteArray ApiKeyStore::createDemoKey(qint64 *tenantId, QString *error)
{
    QSqlQuery query(m_database.db());
    query.exec(QStringLiteral("SELECT tenant_id FROM api_keys WHERE demo = 1 ORDER BY id LIMIT 1"));
    std::optional<qint64> existing;
    if (query.next())
        existing = query.value(0).toLongLong();
    return insertKey(QStringLiteral("demo"), existing, true, tenantId, error);
}

QByteArray ApiKeyStore::insertKey(const QString &name, std::optional<qint64> tenantId, bool demo, qint64 *tenantOut,
                                  QString *error)
{
    const QByteArray prefix = randomBytes(6).toHex();
    const QByteArray secret = randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray key = "sbx_" + prefix + '_' + secret;

    QSqlDatabase db = m_database.db();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO api_keys(tenant_id, name, prefix, hash, demo, created_at) "
                                 "VALUES(?, ?, ?, ?, ?, ?)"));
    query.addBindValue(tenantId ? QVariant(*tenantId) : QVariant());
    query.addBindValue(name);
    query.addBindValue(QString::fromLatin1(prefix));
    query.addBindValue(hashKey(key));
    query.addBindValue(demo ? 1 : 0);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec()) {
        if (error)
            *error = QCoreApplication::translate("ApiKeyStore", "Cannot store the new key: %1")
                         .arg(query.lastError().text());
        return {};
    }
    const qint64 rowId = query.lastInsertId().toLongLong();
    qint64 tenant = tenantId.value_or(rowId);
    if (!tenantId) {
        // A new tenant is numbered after the key that founded it.
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE api_keys SET tenant_id = ? WHERE id = ?"));
        update.addBindValue(tenant);
        update.addBindValue(rowId);
        update.exec();
    }
    if (tenantOut)
        *tenantOut = tenant;
    return key;
}

StoreResult<std::optional<qint64>> ApiKeyStore::authenticate(const QByteArray &presentedKey)
{
    const std::optional<qint64> rejected;
    const QByteArray prefix = prefixOf(presentedKey);
    if (prefix.isEmpty())
        return rejected;
    const QByteArray presentedHash = hashKey(presentedKey);
    auto it = m_cache.constFind(prefix);
    if (it == m_cache.constEnd()) {
        // The prefix is bound, never part of the statement: the error names no part of a key.
        QSqlQuery query(m_database.db());
        if (!query.prepare(QStringLiteral("SELECT tenant_id, hash FROM api_keys WHERE prefix = ?")))
            return unexpected(DatabaseError::of(query));
        query.addBindValue(QString::fromLatin1(prefix));
        if (!query.exec())
            return unexpected(DatabaseError::of(query));
        if (!query.next()) {
            if (query.lastError().isValid())
                return unexpected(DatabaseError::of(query));
            return rejected;
        }
        it = m_cache.insert(prefix, Entry{query.value(0).toLongLong(), query.value(1).toByteArray()});
    }
    if (!constantTimeEquals(it->hash, presentedHash))
        return rejected;
    return std::optional<qint64>(it->tenantId);
}
