#include "sandbox/DeliveryStore.h"

#include "sandbox/SandboxDatabase.h"
#include "sandbox/SandboxJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
const QString deliveryColumns = QStringLiteral(
    "SELECT d.id, d.tenant_id, d.subscription_id, d.event_id, d.event, d.message_id, d.payload, d.created_at,"
    " d.status, d.attempt_count, d.max_attempts, d.interval_ms, d.first_attempt_at, d.next_slot,"
    " d.next_attempt_at, d.gives_up_at, d.last_status_code, d.last_error, d.last_attempt_at FROM deliveries d ");

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &byte : raw)
        byte = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

StoredDelivery fromQuery(const QSqlQuery &q)
{
    StoredDelivery d;
    d.id = q.value(0).toLongLong();
    d.tenantId = q.value(1).toLongLong();
    d.subscriptionId = q.value(2).toLongLong();
    d.eventId = q.value(3).toString();
    d.event = q.value(4).toString();
    d.messageId = q.value(5).toString();
    d.payload = q.value(6).toString().toUtf8();
    d.createdAtMs = q.value(7).toLongLong();
    d.status = q.value(8).toString();
    d.attemptCount = q.value(9).toInt();
    d.maxAttempts = q.value(10).toInt();
    d.intervalMs = q.value(11).toLongLong();
    d.firstAttemptAtMs = q.value(12).toLongLong();
    d.nextSlot = q.value(13).toInt();
    if (!q.value(14).isNull())
        d.nextAttemptAtMs = q.value(14).toLongLong();
    d.givesUpAtMs = q.value(15).toLongLong();
    if (!q.value(16).isNull())
        d.lastStatusCode = q.value(16).toInt();
    d.lastError = q.value(17).toString();
    if (!q.value(18).isNull())
        d.lastAttemptAtMs = q.value(18).toLongLong();
    return d;
}

QString excludeClause(const QSet<qint64> &exclude)
{
    if (exclude.isEmpty())
        return {};
    QStringList ids;
    for (qint64 id : exclude)
        ids << QString::number(id);
    return QStringLiteral(" AND d.id NOT IN (") + ids.join(u',') + u')';
}

// URLs are bound as values (see bindUrls), never written into the statement.
QString excludeUrlsClause(const QSet<QString> &excludeUrls)
{
    if (excludeUrls.isEmpty())
        return {};
    QStringList marks;
    for (qsizetype i = 0; i < excludeUrls.size(); ++i)
        marks << QStringLiteral("?");
    return QStringLiteral(" AND s.url NOT IN (") + marks.join(u',') + u')';
}

void bindUrls(QSqlQuery &query, const QSet<QString> &excludeUrls)
{
    for (const QString &url : excludeUrls)
        query.addBindValue(url);
}
}  // namespace

DeliveryStore::DeliveryStore(SandboxDatabase &database)
    : m_database(database)
{ }

DeliveryStore::CreatedEvent DeliveryStore::createEvent(const NewEvent &event, const QList<StoredSubscription> &targets,
                                                       const DeliverySchedule &schedule)
{
    CreatedEvent created;
    if (!m_database.inWriteTransaction()) {
        created.error = QStringLiteral("an event is only stored inside a transaction");
        return created;
    }
    m_database.bumpGeneration();
    const QString eventId = QStringLiteral("evt_") + randomHex(12);
    QSqlQuery insertEvent(m_database.db());
    insertEvent.prepare(
        QStringLiteral("INSERT INTO events(id, tenant_id, event, message, created_at) VALUES(?, ?, ?, ?, ?)"));
    insertEvent.addBindValue(eventId);
    insertEvent.addBindValue(event.tenantId);
    insertEvent.addBindValue(event.event);
    insertEvent.addBindValue(SandboxJson::compact(event.message));
    insertEvent.addBindValue(event.timeMs);
    if (!insertEvent.exec()) {
        created.error = DatabaseError::of(insertEvent).text();
        return created;
    }

    // Every delivery's body is the same but for subscription_id: serialise it once and splice the id
    // in. The keys are in QJsonObject's (sorted) order, so the text equals a whole serialisation.
    QByteArray head = QJsonDocument(QJsonObject{{QStringLiteral("event"), event.event},
                                                {QStringLiteral("id"), eventId},
                                                {QStringLiteral("message"), event.message}})
                          .toJson(QJsonDocument::Compact);
    head.chop(1);  // the closing brace
    head += ",\"subscription_id\":";
    const QByteArray tail = ",\"timestamp\":\"" + SandboxJson::timestamp(event.timeMs).toLatin1() + "\"}";

    const int maxAttempts = schedule.maxAttempts();
    const qint64 givesUpAt = event.timeMs + qint64(maxAttempts - 1) * schedule.intervalMs;
    // Prepared once for all targets: a fan-out to thousands stays a matter of milliseconds.
    QSqlQuery insert(m_database.db());
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO deliveries(tenant_id, subscription_id, event_id, event, message_id, payload, created_at,"
            " status, attempt_count, max_attempts, interval_ms, first_attempt_at, next_slot, next_attempt_at,"
            " gives_up_at) VALUES(?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?, 0, ?, ?)"))) {
        created.error = DatabaseError::of(insert).text();
        return created;
    }
    created.deliveryIds.reserve(targets.size());
    for (const StoredSubscription &subscription : targets) {
        insert.bindValue(0, subscription.tenantId);
        insert.bindValue(1, subscription.id);
        insert.bindValue(2, eventId);
        insert.bindValue(3, event.event);
        insert.bindValue(4, QStringLiteral("msg_") + randomHex(12));
        insert.bindValue(5, QString::fromUtf8(head + QByteArray::number(subscription.id) + tail));
        insert.bindValue(6, event.timeMs);
        insert.bindValue(7, maxAttempts);
        insert.bindValue(8, schedule.intervalMs);
        insert.bindValue(9, event.timeMs);
        insert.bindValue(10, event.timeMs);
        insert.bindValue(11, givesUpAt);
        if (!insert.exec()) {
            created.error = DatabaseError::of(insert).text();
            created.deliveryIds.clear();
            return created;
        }
        created.deliveryIds.append(insert.lastInsertId().toLongLong());
    }
    created.eventId = eventId;
    return created;
}

StoreResult<std::optional<StoredDelivery>> DeliveryStore::get(qint64 id, bool withAttempts) const
{
    QSqlQuery query(m_database.db());
    if (!query.prepare(deliveryColumns + QStringLiteral("WHERE d.id = ?")))
        return unexpected(DatabaseError::of(query));
    query.addBindValue(id);
    if (!query.exec())
        return unexpected(DatabaseError::of(query));
    if (!query.next()) {
        if (query.lastError().isValid())
            return unexpected(DatabaseError::of(query));
        return std::optional<StoredDelivery>();
    }
    StoredDelivery delivery = fromQuery(query);
    if (withAttempts) {
        QSqlQuery attempts(m_database.db());
        if (!attempts.prepare(
                QStringLiteral("SELECT number, scheduled_at, at, status_code, duration_ms,"
                               " response_excerpt, error FROM attempts WHERE delivery_id = ? ORDER BY number")))
            return unexpected(DatabaseError::of(attempts));
        attempts.addBindValue(id);
        if (!attempts.exec())
            return unexpected(DatabaseError::of(attempts));
        while (attempts.next()) {
            StoredAttempt a;
            a.number = attempts.value(0).toInt();
            if (!attempts.value(1).isNull())
                a.scheduledAtMs = attempts.value(1).toLongLong();
            a.atMs = attempts.value(2).toLongLong();
            if (!attempts.value(3).isNull())
                a.statusCode = attempts.value(3).toInt();
            a.durationMs = attempts.value(4).toLongLong();
            a.responseExcerpt = attempts.value(5).toString();
            a.error = attempts.value(6).toString();
            delivery.attempts.append(a);
        }
        if (attempts.lastError().isValid())
            return unexpected(DatabaseError::of(attempts));
    }
    return std::optional<StoredDelivery>(std::move(delivery));
}

StoreResult<DeliveryStore::Page> DeliveryStore::list(qint64 subscriptionId, const QString &statusFilter, int limit,
                                                     int offset) const
{
    Page page;
    const QString where = statusFilter.isEmpty() ? QStringLiteral("WHERE d.subscription_id = ?")
                                                 : QStringLiteral("WHERE d.subscription_id = ? AND d.status = ?");
    QSqlQuery count(m_database.db());
    if (!count.prepare(QStringLiteral("SELECT COUNT(*) FROM deliveries d ") + where))
        return unexpected(DatabaseError::of(count));
    count.addBindValue(subscriptionId);
    if (!statusFilter.isEmpty())
        count.addBindValue(statusFilter);
    if (!count.exec() || !count.next())
        return unexpected(DatabaseError::of(count));
    page.total = count.value(0).toInt();

    QSqlQuery query(m_database.db());
    query.setForwardOnly(true);
    if (!query.prepare(deliveryColumns + where + QStringLiteral(" ORDER BY d.id DESC LIMIT ? OFFSET ?")))
        return unexpected(DatabaseError::of(query));
    query.addBindValue(subscriptionId);
    if (!statusFilter.isEmpty())
        query.addBindValue(statusFilter);
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec())
        return unexpected(DatabaseError::of(query));
    while (query.next())
        page.items.append(fromQuery(query));
    if (query.lastError().isValid())
        return unexpected(DatabaseError::of(query));
    return page;
}

QList<StoredDelivery> DeliveryStore::due(qint64 nowMs, const QSet<qint64> &exclude, const QSet<QString> &excludeUrls,
                                         int limit) const
{
    QList<StoredDelivery> result;
    QSqlQuery query(m_database.db());
    query.setForwardOnly(true);
    query.prepare(deliveryColumns
                  + QStringLiteral("JOIN subscriptions s ON s.id = d.subscription_id"
                                   " WHERE d.status IN ('pending', 'retrying') AND d.next_attempt_at <= ?"
                                   " AND s.enabled = 1")
                  + excludeClause(exclude) + excludeUrlsClause(excludeUrls)
                  + QStringLiteral(" ORDER BY d.next_attempt_at, d.id LIMIT ?"));
    query.addBindValue(nowMs);
    bindUrls(query, excludeUrls);
    query.addBindValue(limit);
    if (query.exec()) {
        while (query.next())
            result.append(fromQuery(query));
    }
    return result;
}

std::optional<qint64> DeliveryStore::nextDueAt(const QSet<qint64> &exclude, const QSet<QString> &excludeUrls) const
{
    QSqlQuery query(m_database.db());
    query.prepare(QStringLiteral("SELECT MIN(d.next_attempt_at) FROM deliveries d"
                                 " JOIN subscriptions s ON s.id = d.subscription_id"
                                 " WHERE d.status IN ('pending', 'retrying') AND s.enabled = 1")
                  + excludeClause(exclude) + excludeUrlsClause(excludeUrls));
    bindUrls(query, excludeUrls);
    if (query.exec() && query.next() && !query.value(0).isNull())
        return query.value(0).toLongLong();
    return std::nullopt;
}

void DeliveryStore::saveAttempt(const StoredDelivery &d, const StoredAttempt &a)
{
    m_database.bumpGeneration();
    QSqlDatabase db = m_database.db();
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO attempts(delivery_id, number, scheduled_at, at, status_code,"
                                 " duration_ms, response_excerpt, error) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(d.id);
    query.addBindValue(a.number);
    query.addBindValue(nullable(a.scheduledAtMs));
    query.addBindValue(a.atMs);
    query.addBindValue(a.statusCode ? QVariant(*a.statusCode) : QVariant(QMetaType(QMetaType::Int)));
    query.addBindValue(a.durationMs);
    query.addBindValue(a.responseExcerpt.isNull() ? QVariant(QMetaType(QMetaType::QString))
                                                  : QVariant(a.responseExcerpt));
    query.addBindValue(a.error.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(a.error));
    query.exec();

    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE deliveries SET status = ?, attempt_count = ?, next_slot = ?,"
                                  " next_attempt_at = ?, last_status_code = ?, last_error = ?, last_attempt_at = ?"
                                  " WHERE id = ?"));
    update.addBindValue(d.status);
    update.addBindValue(d.attemptCount);
    update.addBindValue(d.nextSlot);
    update.addBindValue(nullable(d.nextAttemptAtMs));
    update.addBindValue(d.lastStatusCode ? QVariant(*d.lastStatusCode) : QVariant(QMetaType(QMetaType::Int)));
    update.addBindValue(d.lastError.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(d.lastError));
    update.addBindValue(nullable(d.lastAttemptAtMs));
    update.addBindValue(d.id);
    update.exec();
    db.commit();
}

int DeliveryStore::catchUp(qint64 nowMs, std::optional<qint64> subscriptionId)
{
    QSqlQuery query(m_database.db());
    QString sql = deliveryColumns
        + QStringLiteral("WHERE d.status IN ('pending', 'retrying')"
                         " AND d.next_attempt_at <= ? - d.interval_ms");
    if (subscriptionId)
        sql += QStringLiteral(" AND d.subscription_id = ?");
    query.prepare(sql);
    query.addBindValue(nowMs);
    if (subscriptionId)
        query.addBindValue(*subscriptionId);
    if (!query.exec())
        return 0;
    QList<StoredDelivery> stale;
    while (query.next())
        stale.append(fromQuery(query));
    if (!stale.isEmpty())
        m_database.bumpGeneration();
    QSqlDatabase db = m_database.db();
    db.transaction();
    for (const StoredDelivery &d : std::as_const(stale)) {
        const qint64 latestSlot = (nowMs - d.firstAttemptAtMs) / std::max<qint64>(1, d.intervalMs);
        QSqlQuery update(db);
        if (latestSlot >= d.maxAttempts) {
            update.prepare(QStringLiteral("UPDATE deliveries SET status = 'failed', next_attempt_at = NULL,"
                                          " last_error = COALESCE(last_error, ?) WHERE id = ?"));
            update.addBindValue(QStringLiteral("The retry window ended before the delivery could be attempted."));
            update.addBindValue(d.id);
        } else {
            update.prepare(QStringLiteral("UPDATE deliveries SET next_slot = ?, next_attempt_at = ? WHERE id = ?"));
            update.addBindValue(int(latestSlot));
            update.addBindValue(d.firstAttemptAtMs + latestSlot * d.intervalMs);
            update.addBindValue(d.id);
        }
        update.exec();
    }
    db.commit();
    return int(stale.size());
}
