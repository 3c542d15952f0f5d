#include "sandbox/SubscriptionStore.h"

#include "sandbox/SandboxDatabase.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

namespace {
const QString selectColumns =
    QStringLiteral("SELECT id, tenant_id, url, description, enabled, created_at, client_secret, events,"
                   " last_delivery_at, last_delivery_status, failing_since FROM subscriptions ");

QString eventsToJson(const QStringList &events)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(events)).toJson(QJsonDocument::Compact));
}

QStringList eventsFromJson(const QString &text)
{
    QStringList events;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array)
        events << value.toString();
    return events;
}

std::optional<qint64> optionalMs(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

StoredSubscription fromQuery(const QSqlQuery &query, QHash<QString, QStringList> *parsedEvents = nullptr)
{
    StoredSubscription s;
    s.id = query.value(0).toLongLong();
    s.tenantId = query.value(1).toLongLong();
    s.url = query.value(2).toString();
    if (!query.value(3).isNull())
        s.description = query.value(3).toString();
    s.enabled = query.value(4).toInt() != 0;
    s.createdAtMs = query.value(5).toLongLong();
    s.clientSecret = query.value(6).toString();
    const QString eventsText = query.value(7).toString();
    if (parsedEvents) {
        auto it = parsedEvents->constFind(eventsText);
        if (it == parsedEvents->constEnd())
            it = parsedEvents->insert(eventsText, eventsFromJson(eventsText));
        s.events = *it;
    } else {
        s.events = eventsFromJson(eventsText);
    }
    s.lastDeliveryAtMs = optionalMs(query.value(8));
    s.lastDeliveryStatus = query.value(9).toString();
    s.failingSinceMs = optionalMs(query.value(10));
    return s;
}
}  // namespace

SubscriptionStore::SubscriptionStore(SandboxDatabase &database)
    : m_database(database)
{ }

QString SubscriptionStore::newClientSecret()
{
    // Standard Webhooks convention: "whsec_" + base64 of the raw key bytes (24 bytes here).
    QByteArray bytes(24, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(QRandomGenerator::system()->bounded(256));
    return QStringLiteral("whsec_") + QString::fromLatin1(bytes.toBase64());
}

void SubscriptionStore::fillSummaries(QList<StoredSubscription> &subscriptions, qint64 tenantId,
                                      std::optional<qint64> onlyId) const
{
    if (subscriptions.isEmpty())
        return;
    QSqlQuery query(m_database.db());
    QString sql = QStringLiteral("SELECT subscription_id, COUNT(*), MIN(next_attempt_at) FROM deliveries "
                                 "WHERE tenant_id = ? AND status = 'retrying'");
    if (onlyId)
        sql += QStringLiteral(" AND subscription_id = ?");
    sql += QStringLiteral(" GROUP BY subscription_id");
    query.prepare(sql);
    query.addBindValue(tenantId);
    if (onlyId)
        query.addBindValue(*onlyId);
    if (!query.exec())
        return;
    QHash<qint64, QPair<int, QVariant>> retries;
    while (query.next())
        retries.insert(query.value(0).toLongLong(), {query.value(1).toInt(), query.value(2)});
    if (retries.isEmpty())
        return;
    for (StoredSubscription &s : subscriptions) {
        const auto it = retries.constFind(s.id);
        if (it == retries.constEnd())
            continue;
        s.pendingRetries = it->first;
        s.nextRetryAtMs = optionalMs(it->second);
    }
}

QList<StoredSubscription> SubscriptionStore::list(qint64 tenantId) const
{
    QList<StoredSubscription> result;
    QSqlQuery query(m_database.db());
    query.setForwardOnly(true);
    query.prepare(selectColumns + QStringLiteral("WHERE tenant_id = ? ORDER BY id"));
    query.addBindValue(tenantId);
    if (!query.exec())
        return result;
    result.reserve(count(tenantId));
    // Many rows share the same events text: parse each distinct one once.
    QHash<QString, QStringList> parsedEvents;
    while (query.next()) {
        result.append(fromQuery(query, &parsedEvents));
    }
    fillSummaries(result, tenantId, std::nullopt);
    return result;
}

std::optional<StoredSubscription> SubscriptionStore::get(qint64 tenantId, qint64 id) const
{
    std::optional<StoredSubscription> found = find(id);
    if (!found || found->tenantId != tenantId)
        return std::nullopt;
    return found;
}

std::optional<StoredSubscription> SubscriptionStore::find(qint64 id) const
{
    QSqlQuery query(m_database.db());
    query.prepare(selectColumns + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    QList<StoredSubscription> one{fromQuery(query)};
    fillSummaries(one, one.first().tenantId, id);
    return one.first();
}

int SubscriptionStore::count(qint64 tenantId) const
{
    QSqlQuery query(m_database.db());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM subscriptions WHERE tenant_id = ?"));
    query.addBindValue(tenantId);
    if (query.exec() && query.next())
        return query.value(0).toInt();
    return 0;
}

std::optional<StoredSubscription> SubscriptionStore::create(qint64 tenantId, const QString &url,
                                                            const std::optional<QString> &description, bool enabled,
                                                            const QStringList &events, qint64 nowMs)
{
    QSqlQuery query(m_database.db());
    query.prepare(QStringLiteral("INSERT INTO subscriptions(tenant_id, url, description, enabled, created_at,"
                                 " client_secret, events) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(tenantId);
    query.addBindValue(url);
    query.addBindValue(description ? QVariant(*description) : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(enabled ? 1 : 0);
    query.addBindValue(nowMs);
    query.addBindValue(newClientSecret());
    query.addBindValue(eventsToJson(events));
    m_database.bumpGeneration();
    if (!query.exec())
        return std::nullopt;
    return find(query.lastInsertId().toLongLong());
}

std::optional<StoredSubscription> SubscriptionStore::update(qint64 tenantId, qint64 id, const Patch &patch)
{
    if (!get(tenantId, id))
        return std::nullopt;
    QStringList sets;
    QVariantList values;
    if (patch.url) {
        sets << QStringLiteral("url = ?");
        values << *patch.url;
    }
    if (patch.setDescription) {
        sets << QStringLiteral("description = ?");
        values << (patch.description ? QVariant(*patch.description) : QVariant(QMetaType(QMetaType::QString)));
    }
    if (patch.enabled) {
        sets << QStringLiteral("enabled = ?");
        values << (*patch.enabled ? 1 : 0);
    }
    if (patch.events) {
        sets << QStringLiteral("events = ?");
        values << eventsToJson(*patch.events);
    }
    if (!sets.isEmpty()) {
        m_database.bumpGeneration();
        QSqlQuery query(m_database.db());
        query.prepare(QStringLiteral("UPDATE subscriptions SET ") + sets.join(QStringLiteral(", "))
                      + QStringLiteral(" WHERE id = ? AND tenant_id = ?"));
        for (const QVariant &value : std::as_const(values))
            query.addBindValue(value);
        query.addBindValue(id);
        query.addBindValue(tenantId);
        if (!query.exec())
            return std::nullopt;
    }
    return get(tenantId, id);
}

bool SubscriptionStore::remove(qint64 tenantId, qint64 id)
{
    m_database.bumpGeneration();
    QSqlDatabase db = m_database.db();
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM attempts WHERE delivery_id IN "
                                 "(SELECT id FROM deliveries WHERE subscription_id = ? AND tenant_id = ?)"));
    query.addBindValue(id);
    query.addBindValue(tenantId);
    query.exec();
    query.prepare(QStringLiteral("DELETE FROM deliveries WHERE subscription_id = ? AND tenant_id = ?"));
    query.addBindValue(id);
    query.addBindValue(tenantId);
    query.exec();
    query.prepare(QStringLiteral("DELETE FROM subscriptions WHERE id = ? AND tenant_id = ?"));
    query.addBindValue(id);
    query.addBindValue(tenantId);
    const bool ok = query.exec() && query.numRowsAffected() > 0;
    db.commit();
    return ok;
}

QList<StoredSubscription> SubscriptionStore::subscribersOf(qint64 tenantId, const QString &event) const
{
    QList<StoredSubscription> result;
    QSqlQuery query(m_database.db());
    query.setForwardOnly(true);
    query.prepare(selectColumns + QStringLiteral("WHERE tenant_id = ? AND enabled = 1 AND events LIKE ? ORDER BY id"));
    query.addBindValue(tenantId);
    // A cheap pre-filter; the exact match is checked on the parsed list.
    query.addBindValue(QStringLiteral("%\"") + event + QStringLiteral("\"%"));
    if (!query.exec())
        return result;
    // Thousands of subscribers share a few distinct events texts: parse each once.
    QHash<QString, QStringList> parsedEvents;
    while (query.next()) {
        StoredSubscription s = fromQuery(query, &parsedEvents);
        if (s.events.contains(event))
            result.append(s);
    }
    return result;
}

void SubscriptionStore::recordOutcome(qint64 id, qint64 atMs, const QString &deliveryStatus)
{
    m_database.bumpGeneration();
    QSqlQuery query(m_database.db());
    if (deliveryStatus == u"delivered") {
        query.prepare(QStringLiteral("UPDATE subscriptions SET last_delivery_at = ?, last_delivery_status = ?,"
                                     " failing_since = NULL WHERE id = ?"));
        query.addBindValue(atMs);
        query.addBindValue(deliveryStatus);
        query.addBindValue(id);
    } else {
        query.prepare(QStringLiteral("UPDATE subscriptions SET last_delivery_at = ?, last_delivery_status = ?,"
                                     " failing_since = COALESCE(failing_since, ?) WHERE id = ?"));
        query.addBindValue(atMs);
        query.addBindValue(deliveryStatus);
        query.addBindValue(atMs);
        query.addBindValue(id);
    }
    query.exec();
}

void SubscriptionStore::rewriteUrlPrefix(qint64 tenantId, const QString &old, const QString &replacement)
{
    m_database.bumpGeneration();
    QSqlQuery query(m_database.db());
    query.prepare(QStringLiteral("UPDATE subscriptions SET url = ? || substr(url, ?) "
                                 "WHERE tenant_id = ? AND substr(url, 1, ?) = ?"));
    query.addBindValue(replacement);
    query.addBindValue(old.size() + 1);
    query.addBindValue(tenantId);
    query.addBindValue(old.size());
    query.addBindValue(old);
    query.exec();
}
