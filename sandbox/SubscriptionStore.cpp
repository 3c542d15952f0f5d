#include "sandbox/SubscriptionStore.h"

#include "sandbox/SandboxDatabase.h"
#include "sandbox/SandboxTransaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
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

// nullopt when the text is not a JSON array of strings: the row is damaged.
std::optional<QStringList> eventsFromJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    QStringList events;
    for (const QJsonValue &value : document.array()) {
        if (!value.isString())
            return std::nullopt;
        events << value.toString();
    }
    return events;
}

std::optional<qint64> optionalMs(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

// The current row of query, or an error naming the row when a column cannot be read.
StoreResult<StoredSubscription> fromQuery(const QSqlQuery &query,
                                          QHash<QString, std::optional<QStringList>> *parsedEvents = nullptr)
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
    std::optional<QStringList> events;
    if (parsedEvents) {
        auto it = parsedEvents->constFind(eventsText);
        if (it == parsedEvents->constEnd())
            it = parsedEvents->insert(eventsText, eventsFromJson(eventsText));
        events = *it;
    } else {
        events = eventsFromJson(eventsText);
    }
    if (!events || s.url.isEmpty()) {
        return unexpected(DatabaseError::of(
            query.lastQuery(), QStringLiteral("subscription %1: the stored row cannot be read").arg(s.id)));
    }
    s.events = *events;
    s.lastDeliveryAtMs = optionalMs(query.value(8));
    s.lastDeliveryStatus = query.value(9).toString();
    s.failingSinceMs = optionalMs(query.value(10));
    return s;
}

// Every row of an executed query; a step that fails (a damaged page) is an error, not the end.
StoreResult<QList<StoredSubscription>> allRows(QSqlQuery &query)
{
    QList<StoredSubscription> rows;
    // Many rows share the same events text: parse each distinct one once.
    QHash<QString, std::optional<QStringList>> parsedEvents;
    while (query.next()) {
        StoreResult<StoredSubscription> row = fromQuery(query, &parsedEvents);
        if (!row)
            return unexpected(row.error());
        rows.append(std::move(row.value()));
    }
    if (query.lastError().isValid())
        return unexpected(DatabaseError::of(query));
    return rows;
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

StoreResult<> SubscriptionStore::fillSummaries(QList<StoredSubscription> &subscriptions, qint64 tenantId,
                                               std::optional<qint64> onlyId) const
{
    if (subscriptions.isEmpty())
        return {};
    QSqlQuery query(m_database.db());
    QString sql =
        QStringLiteral("SELECT subscription_id, COUNT(*), MIN(next_attempt_at), MIN(gives_up_at) FROM deliveries "
                       "WHERE tenant_id = ? AND status = 'retrying'");
    if (onlyId)
        sql += QStringLiteral(" AND subscription_id = ?");
    sql += QStringLiteral(" GROUP BY subscription_id");
    if (!query.prepare(sql))
        return unexpected(DatabaseError::of(query));
    query.addBindValue(tenantId);
    if (onlyId)
        query.addBindValue(*onlyId);
    if (!query.exec())
        return unexpected(DatabaseError::of(query));
    struct Retries
    {
        int count = 0;
        QVariant nextAt;
        QVariant givesUpAt;
    };
    QHash<qint64, Retries> retries;
    while (query.next())
        retries.insert(query.value(0).toLongLong(), {query.value(1).toInt(), query.value(2), query.value(3)});
    if (query.lastError().isValid())
        return unexpected(DatabaseError::of(query));
    for (StoredSubscription &s : subscriptions) {
        const auto it = retries.constFind(s.id);
        if (it == retries.constEnd())
            continue;
        s.pendingRetries = it->count;
        s.nextRetryAtMs = optionalMs(it->nextAt);
        s.givesUpAtMs = optionalMs(it->givesUpAt);
    }
    return {};
}

StoreResult<QList<StoredSubscription>> SubscriptionStore::list(qint64 tenantId) const
{
    QSqlQuery query(m_database.db());
    query.setForwardOnly(true);
    if (!query.prepare(selectColumns + QStringLiteral("WHERE tenant_id = ? ORDER BY id")))
        return unexpected(DatabaseError::of(query));
    query.addBindValue(tenantId);
    if (!query.exec())
        return unexpected(DatabaseError::of(query));
    StoreResult<QList<StoredSubscription>> rows = allRows(query);
    if (!rows)
        return rows;
    if (const StoreResult<> filled = fillSummaries(rows.value(), tenantId, std::nullopt); !filled)
        return unexpected(filled.error());
    return rows;
}

StoreResult<std::optional<StoredSubscription>> SubscriptionStore::get(qint64 tenantId, qint64 id) const
{
    StoreResult<std::optional<StoredSubscription>> found = load(id);
    if (found && *found && (*found)->tenantId != tenantId)
        return std::optional<StoredSubscription>();
    return found;
}

std::optional<StoredSubscription> SubscriptionStore::find(qint64 id) const
{
    const StoreResult<std::optional<StoredSubscription>> found = load(id);
    return found ? *found : std::nullopt;
}

StoreResult<std::optional<StoredSubscription>> SubscriptionStore::load(qint64 id) const
{
    QSqlQuery query(m_database.db());
    if (!query.prepare(selectColumns + QStringLiteral("WHERE id = ?")))
        return unexpected(DatabaseError::of(query));
    query.addBindValue(id);
    if (!query.exec())
        return unexpected(DatabaseError::of(query));
    StoreResult<QList<StoredSubscription>> rows = allRows(query);
    if (!rows)
        return unexpected(rows.error());
    if (rows->isEmpty())
        return std::optional<StoredSubscription>();
    if (const StoreResult<> filled = fillSummaries(rows.value(), rows->first().tenantId, id); !filled)
        return unexpected(filled.error());
    return std::optional<StoredSubscription>(rows->first());
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

StoreResult<StoredSubscription> SubscriptionStore::create(qint64 tenantId, const QString &url,
                                                          const std::optional<QString> &description, bool enabled,
                                                          const QStringList &events, qint64 nowMs)
{
    QSqlQuery query(m_database.db());
    if (!query.prepare(QStringLiteral("INSERT INTO subscriptions(tenant_id, url, description, enabled, created_at,"
                                      " client_secret, events) VALUES(?, ?, ?, ?, ?, ?, ?)")))
        return unexpected(DatabaseError::of(query));
    query.addBindValue(tenantId);
    query.addBindValue(url);
    query.addBindValue(description ? QVariant(*description) : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(enabled ? 1 : 0);
    query.addBindValue(nowMs);
    query.addBindValue(newClientSecret());
    query.addBindValue(eventsToJson(events));
    m_database.bumpGeneration();
    if (!query.exec())
        return unexpected(DatabaseError::of(query));
    const qint64 id = query.lastInsertId().toLongLong();
    const StoreResult<std::optional<StoredSubscription>> created = load(id);
    if (!created)
        return unexpected(created.error());
    if (!*created)  // stored, yet not there: as much a failure of the database as an error code
        return unexpected(
            DatabaseError::of(selectColumns + QStringLiteral("WHERE id = ?"),
                              QStringLiteral("subscription %1 was stored but cannot be read back").arg(id)));
    return **created;
}

StoreResult<std::optional<StoredSubscription>> SubscriptionStore::update(qint64 tenantId, qint64 id, const Patch &patch)
{
    const StoreResult<std::optional<StoredSubscription>> before = get(tenantId, id);
    if (!before || !*before)
        return before;
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
    if (sets.isEmpty())
        return before;
    m_database.bumpGeneration();
    QSqlQuery query(m_database.db());
    if (!query.prepare(QStringLiteral("UPDATE subscriptions SET ") + sets.join(QStringLiteral(", "))
                       + QStringLiteral(" WHERE id = ? AND tenant_id = ?")))
        return unexpected(DatabaseError::of(query));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(id);
    query.addBindValue(tenantId);
    if (!query.exec())
        return unexpected(DatabaseError::of(query));
    return get(tenantId, id);
}

StoreResult<bool> SubscriptionStore::remove(qint64 tenantId, qint64 id)
{
    m_database.bumpGeneration();
    SandboxTransaction transaction(m_database);
    QString error;
    if (!transaction.begin(&error))
        return unexpected(DatabaseError{QString(), error});  // names the statement already
    QSqlQuery query(m_database.db());
    // The subscription's deliveries and their attempts go with it; a failure leaves all of it.
    static const char *const statements[] = {
        ("DELETE FROM attempts WHERE delivery_id IN "
         "(SELECT id FROM deliveries WHERE subscription_id = ? AND tenant_id = ?)"),
        "DELETE FROM deliveries WHERE subscription_id = ? AND tenant_id = ?",
        "DELETE FROM subscriptions WHERE id = ? AND tenant_id = ?",
    };
    for (const char *statement : statements) {
        if (!query.prepare(QString::fromLatin1(statement)))
            return unexpected(DatabaseError::of(query));
        query.addBindValue(id);
        query.addBindValue(tenantId);
        if (!query.exec())
            return unexpected(DatabaseError::of(query));
    }
    const bool removed = query.numRowsAffected() > 0;
    if (!transaction.commit(&error))
        return unexpected(DatabaseError{QString(), error});
    return removed;
}

StoreResult<QList<StoredSubscription>> SubscriptionStore::subscribersOf(qint64 tenantId, const QString &event) const
{
    QSqlQuery query(m_database.db());
    query.setForwardOnly(true);
    if (!query.prepare(selectColumns
                       + QStringLiteral("WHERE tenant_id = ? AND enabled = 1 AND events LIKE ? ORDER BY id")))
        return unexpected(DatabaseError::of(query));
    query.addBindValue(tenantId);
    // A cheap pre-filter; the exact match is checked on the parsed list.
    query.addBindValue(QStringLiteral("%\"") + event + QStringLiteral("\"%"));
    if (!query.exec())
        return unexpected(DatabaseError::of(query));
    StoreResult<QList<StoredSubscription>> rows = allRows(query);
    if (rows)
        rows.value().removeIf([&event](const StoredSubscription &s) { return !s.events.contains(event); });
    return rows;
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
