#include "reissue/ReissueJobStore.h"

#include "journal/WriteJournal.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

constexpr auto kColumns = "id, old_id, url, description, events, sibling_ids, new_id, step, started_ms, cutover_ms, "
                          "finished_ms, note";

QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeOf(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QString idsText(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(double(id));
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

// QtSql binds a null QString as SQL NULL; the text columns that must not be NULL get "".
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariantList mutableValues(const ReissueJob &job)
{
    return {job.newId ? QVariant(*job.newId) : QVariant(QMetaType::fromType<qint64>()), ReissueJob::stepName(job.step),
            msOrNull(job.cutoverAt), msOrNull(job.finishedAt), text(job.note)};
}

}  // namespace

ReissueJobStore::ReissueJobStore(WriteJournal &journal)
    : m_journal(journal)
{ }

Result<> ReissueJobStore::run(QSqlQuery &query, const QString &what)
{
    if (!query.exec()) {
        return unexpected(tr("The secret re-issue could not be %1 in the journal %2: %3")
                              .arg(what, QDir::toNativeSeparators(m_journal.filePath()), query.lastError().text()));
    }
    return {};
}

Result<> ReissueJobStore::add(const ReissueJob &job)
{
    QSqlQuery q(QSqlDatabase::database(m_journal.connectionName(), false));
    q.prepare(QStringLiteral("INSERT INTO reissue_jobs (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(QLatin1String(kColumns)));
    const QVariantList head{
        job.id,
        job.oldId,
        text(job.url),
        job.description ? QVariant(*job.description) : QVariant(QMetaType::fromType<QString>()),
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(job.events)).toJson(QJsonDocument::Compact)),
        idsText(job.siblingIds)};
    const QVariantList rest = mutableValues(job);
    for (const QVariant &v : head)
        q.addBindValue(v);
    q.addBindValue(rest.at(0));
    q.addBindValue(rest.at(1));
    q.addBindValue(job.startedAt.toMSecsSinceEpoch());
    q.addBindValue(rest.at(2));
    q.addBindValue(rest.at(3));
    q.addBindValue(rest.at(4));
    return run(q, tr("recorded"));
}

Result<> ReissueJobStore::save(const ReissueJob &job)
{
    QSqlQuery q(QSqlDatabase::database(m_journal.connectionName(), false));
    q.prepare(QStringLiteral(
        "UPDATE reissue_jobs SET new_id = ?, step = ?, cutover_ms = ?, finished_ms = ?, note = ? WHERE id = ?"));
    for (const QVariant &v : mutableValues(job))
        q.addBindValue(v);
    q.addBindValue(job.id);
    if (auto ran = run(q, tr("updated")); !ran)
        return ran;
    if (q.numRowsAffected() != 1)
        return unexpected(tr("The secret re-issue %1 is not in the journal %2 any more.")
                              .arg(job.id, QDir::toNativeSeparators(m_journal.filePath())));
    return {};
}

Result<std::optional<ReissueJob>> ReissueJobStore::find(const QString &id)
{
    const auto rows = select(QStringLiteral("id = ?"), {id});
    if (!rows)
        return unexpected(rows.error());
    return rows->isEmpty() ? std::optional<ReissueJob>() : std::optional<ReissueJob>(rows->constFirst());
}

Result<QList<ReissueJob>> ReissueJobStore::unfinished()
{
    return select(QStringLiteral("finished_ms IS NULL"), {});
}

Result<std::optional<ReissueJob>> ReissueJobStore::unfinishedFor(qint64 subscriptionId)
{
    const auto rows =
        select(QStringLiteral("finished_ms IS NULL AND (old_id = ? OR new_id = ?)"), {subscriptionId, subscriptionId});
    if (!rows)
        return unexpected(rows.error());
    return rows->isEmpty() ? std::optional<ReissueJob>() : std::optional<ReissueJob>(rows->constLast());
}

Result<QList<ReissueJob>> ReissueJobStore::select(const QString &where, const QVariantList &bindings)
{
    QSqlQuery q(QSqlDatabase::database(m_journal.connectionName(), false));
    q.prepare(QStringLiteral("SELECT %1 FROM reissue_jobs WHERE %2 ORDER BY started_ms, id")
                  .arg(QLatin1String(kColumns), where));
    for (const QVariant &b : bindings)
        q.addBindValue(b);
    if (auto ran = run(q, tr("read")); !ran)
        return unexpected(ran.error());
    QList<ReissueJob> jobs;
    while (q.next()) {
        auto job = fromRow(q);
        if (!job)
            return unexpected(
                tr("The journal %1 is damaged: %2").arg(QDir::toNativeSeparators(m_journal.filePath()), job.error()));
        jobs.append(*job);
    }
    return jobs;
}

Result<ReissueJob> ReissueJobStore::fromRow(const QSqlQuery &q)
{
    ReissueJob job;
    job.id = q.value(0).toString();
    job.oldId = q.value(1).toLongLong();
    job.url = q.value(2).toString();
    if (!q.value(3).isNull())
        job.description = q.value(3).toString();
    const QJsonDocument events = QJsonDocument::fromJson(q.value(4).toString().toUtf8());
    const QJsonDocument siblings = QJsonDocument::fromJson(q.value(5).toString().toUtf8());
    const auto step = ReissueJob::stepFromName(q.value(7).toString());
    if (!events.isArray() || !siblings.isArray() || !step)
        return unexpected(tr("secret re-issue %1 cannot be read").arg(job.id));
    for (const QJsonValue &v : events.array())
        job.events << v.toString();
    for (const QJsonValue &v : siblings.array())
        job.siblingIds << qint64(v.toDouble());
    if (!q.value(6).isNull())
        job.newId = q.value(6).toLongLong();
    job.step = *step;
    job.startedAt = timeOf(q.value(8));
    job.cutoverAt = timeOf(q.value(9));
    job.finishedAt = timeOf(q.value(10));
    job.note = q.value(11).toString();
    return job;
}
