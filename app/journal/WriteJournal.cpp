// One class, one purpose: the journal's SQLite storage (schema, strict row reading, every state
// change, adoption of older files). It is longer than most rooms because each state change is a
// small transaction of its own with its own error text; splitting them would scatter one schema.
#include "journal/WriteJournal.h"

#include "common/Clock.h"
#include "journal/JournalCodec.h"
#include "journal/JournalSchema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace {

constexpr auto kKeepDaysKey = "keep_days";

// What marking an entry sent changes (markSent and markSentBatch): state, send count, time.
QString markSentClause()
{
    return QStringLiteral("state = ?, send_count = send_count + 1, sent_ms = ?");
}

QStringList unconfirmedStates()
{
    return {JournalEntry::stateName(JournalEntry::State::Recorded), JournalEntry::stateName(JournalEntry::State::Sent)};
}

// Writes of a secret re-issue belong to its job (SecretReissue resumes and settles them), not to
// the pending writes that Resume re-sends one by one.
QString outsideReissueJobs()
{
    return QStringLiteral("bulk_job NOT IN (SELECT id FROM reissue_jobs)");
}

QString placeholders(int n)
{
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

// Strict reading of a nullable integer column: a tampered row with text in it is damage, not 0.
bool readOptionalInt(const QVariant &v, std::optional<qint64> *out)
{
    if (v.isNull()) {
        *out = std::nullopt;
        return true;
    }
    if (v.typeId() == QMetaType::QString || v.typeId() == QMetaType::QByteArray)
        return false;
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    if (!ok)
        return false;
    *out = n;
    return true;
}

QDateTime fromMs(const std::optional<qint64> &ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC) : QDateTime();
}

}  // namespace

QString WriteJournal::filePathFor(const QString &directory, const QString &profileName)
{
    // Plain names stay readable; anything else (slashes, spaces, non-ASCII, very long) is hashed.
    // The two prefixes keep the two forms from ever colliding.
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    QString stem;
    if (plain.match(profileName).hasMatch()) {
        stem = QStringLiteral("p-") + profileName;
    } else {
        stem = QStringLiteral("h-")
            + QString::fromLatin1(
                   QCryptographicHash::hash(profileName.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
    }
    return QDir(directory).filePath(QStringLiteral("journal-%1.sqlite").arg(stem));
}

WriteJournal::WriteJournal(const QString &filePath, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath)
    , m_clock(clock)
    , m_connectionName(QStringLiteral("write-journal-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

WriteJournal::~WriteJournal()
{
    close();
}

bool WriteJournal::fail(const QString &message)
{
    m_lastError = message;
    return false;
}

bool WriteJournal::failQuery(const QSqlQuery &query, const QString &what)
{
    return fail(tr("The pending-writes journal %1 could not %2: %3")
                    .arg(QDir::toNativeSeparators(m_filePath), what, query.lastError().text()));
}

bool WriteJournal::exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return failQuery(query, what);
    return true;
}

QVariant WriteJournal::nowMs() const
{
    const QDateTime now = m_clock.utcNow();
    return now.isValid() ? QVariant(now.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

bool WriteJournal::open()
{
    if (m_open)
        return true;
    m_lastError.clear();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(tr("The SQLite driver of Qt is missing (on Debian: install libqt6sql6-sqlite)."));

    const QFileInfo info(m_filePath);
    if (info.exists() && !info.isFile())
        return fail(tr("The pending-writes journal %1 is not a file.").arg(QDir::toNativeSeparators(m_filePath)));
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("Cannot create the folder %1 for the pending-writes journal.")
                        .arg(QDir::toNativeSeparators(info.absolutePath())));
    const bool existed = info.exists();

    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_filePath);
        // Another process (webhookctl next to the console) may hold the lock for a moment.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            fail(tr("The pending-writes journal %1 could not be opened: %2")
                     .arg(QDir::toNativeSeparators(m_filePath), db.lastError().text()));
        } else {
            ok = createOrCheckSchema();
        }
        if (!ok)
            db.close();
    }
    if (!ok) {
        QSqlDatabase::removeDatabase(m_connectionName);
        if (!existed) {
            // Leave nothing behind that we created ourselves.
            QFile::remove(m_filePath);
        }
        return false;
    }
    // Subscription URLs and descriptions are customer data: owner only (SQLite gives -wal/-shm the same mode).
    QFile::setPermissions(m_filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_open = true;
    return true;
}

bool WriteJournal::createOrCheckSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const auto prepared = JournalSchema::prepare(db, m_filePath);
    if (!prepared)
        return fail(prepared.error());
    // Read every row once: a damaged entry is reported now, at start, not in the middle of a resume.
    m_open = true;  // select() needs it
    const auto rows = select(QString(), {});
    m_open = false;
    return rows.has_value();
}

std::optional<JournalEntry> WriteJournal::entryFromRow(const QSqlQuery &q)
{
    const auto damaged = [&](const QString &why) -> std::optional<JournalEntry> {
        fail(tr("The pending-writes journal %1 has a damaged entry %2: %3")
                 .arg(QDir::toNativeSeparators(m_filePath), q.value(0).toString(), why));
        return std::nullopt;
    };
    JournalEntry e;
    std::optional<qint64> seq;
    if (!readOptionalInt(q.value(0), &seq) || !seq)
        return damaged(tr("no sequence number"));
    e.seq = *seq;
    const auto kind = JournalEntry::kindFromName(q.value(1).toString());
    if (!kind)
        return damaged(tr("unknown kind \"%1\"").arg(q.value(1).toString().left(40)));
    e.write.kind = *kind;
    if (!readOptionalInt(q.value(2), &e.write.subscriptionId))
        return damaged(tr("the subscription id is not a number"));
    if (e.write.kind != JournalWrite::Kind::Create && !e.write.subscriptionId)
        return damaged(tr("a %1 without a subscription id").arg(JournalEntry::kindName(e.write.kind)));
    QJsonParseError parseError;
    const QJsonDocument body = QJsonDocument::fromJson(q.value(3).toString().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !body.isObject())
        return damaged(tr("the body is not a JSON object"));
    e.write.body = body.object();
    e.write.bulkJobId = q.value(4).toString();
    std::optional<qint64> created, sent, finished, count;
    if (!readOptionalInt(q.value(5), &created) || !readOptionalInt(q.value(8), &sent)
        || !readOptionalInt(q.value(9), &finished))
        return damaged(tr("a time is not a number"));
    e.createdAt = fromMs(created);
    e.sentAt = fromMs(sent);
    e.finishedAt = fromMs(finished);
    const auto state = JournalEntry::stateFromName(q.value(6).toString());
    if (!state)
        return damaged(tr("unknown state \"%1\"").arg(q.value(6).toString().left(40)));
    e.state = *state;
    if (!readOptionalInt(q.value(7), &count) || !count || *count < 0 || *count > std::numeric_limits<int>::max())
        return damaged(tr("the send count is not a number"));
    e.sendCount = int(*count);
    e.error = q.value(10).toString();
    if (!readOptionalInt(q.value(11), &e.resultId))
        return damaged(tr("the result id is not a number"));
    const QJsonDocument before = QJsonDocument::fromJson(q.value(12).toString().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !before.isObject())
        return damaged(tr("the values before the change are not a JSON object"));
    e.write.before = before.object();
    e.origin.osUser = q.value(13).toString();
    e.origin.profile = q.value(14).toString();
    e.origin.server = q.value(15).toString();
    return e;
}

std::optional<QList<JournalEntry>> WriteJournal::select(const QString &where, const QVariantList &bindings)
{
    if (!m_open) {
        fail(tr("The pending-writes journal is not open."));
        return std::nullopt;
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT %1 FROM journal").arg(QLatin1String(JournalSchema::columns()));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" ORDER BY seq");
    if (!q.prepare(sql)) {
        failQuery(q, tr("be read"));
        return std::nullopt;
    }
    for (const QVariant &b : bindings)
        q.addBindValue(b);
    if (!exec(q, tr("be read")))
        return std::nullopt;
    QList<JournalEntry> out;
    while (q.next()) {
        auto e = entryFromRow(q);
        if (!e)
            return std::nullopt;
        out.append(std::move(*e));
    }
    // A damaged page can surface in the middle of the scan: next() then stops with an error.
    if (q.lastError().isValid()) {
        failQuery(q, tr("be read"));
        return std::nullopt;
    }
    m_lastError.clear();
    return out;
}

std::optional<qint64> WriteJournal::record(const JournalWrite &write)
{
    auto seqs = recordBatch({write});
    if (!seqs)
        return std::nullopt;
    return seqs->value(0);
}

std::optional<QList<qint64>> WriteJournal::recordBatch(const QList<JournalWrite> &writes)
{
    if (!m_open) {
        fail(tr("The pending-writes journal is not open."));
        return std::nullopt;
    }
    for (const JournalWrite &w : writes) {
        if (w.kind != JournalWrite::Kind::Create && !w.subscriptionId) {
            fail(tr("A %1 needs the id of the subscription it changes.").arg(JournalEntry::kindName(w.kind)));
            return std::nullopt;
        }
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        fail(tr("The pending-writes journal %1 could not start a transaction: %2")
                 .arg(QDir::toNativeSeparators(m_filePath), db.lastError().text()));
        return std::nullopt;
    }
    QList<qint64> seqs;
    {
        QSqlQuery q(db);
        if (!q.prepare(
                QStringLiteral("INSERT INTO journal (kind, subscription_id, body, bulk_job, created_ms, state,"
                               " before_values, os_user, profile, server) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
            failQuery(q, tr("be written"));
            db.rollback();
            return std::nullopt;
        }
        const QVariant now = nowMs();
        for (const JournalWrite &w : writes) {
            q.addBindValue(JournalEntry::kindName(w.kind));
            q.addBindValue(w.subscriptionId ? QVariant(*w.subscriptionId) : QVariant(QMetaType::fromType<qint64>()));
            q.addBindValue(QString::fromUtf8(QJsonDocument(w.body).toJson(QJsonDocument::Compact)));
            q.addBindValue(w.bulkJobId.isNull() ? QStringLiteral("") : w.bulkJobId);
            q.addBindValue(now);
            q.addBindValue(JournalEntry::stateName(JournalEntry::State::Recorded));
            q.addBindValue(QString::fromUtf8(QJsonDocument(w.before).toJson(QJsonDocument::Compact)));
            // A null QString would bind as SQL NULL; the columns hold '' for "not known".
            q.addBindValue(m_origin.osUser.isNull() ? QStringLiteral("") : m_origin.osUser);
            q.addBindValue(m_origin.profile.isNull() ? QStringLiteral("") : m_origin.profile);
            q.addBindValue(m_origin.server.isNull() ? QStringLiteral("") : m_origin.server);
            if (!exec(q, tr("be written"))) {
                q.finish();
                db.rollback();
                return std::nullopt;
            }
            seqs.append(q.lastInsertId().toLongLong());
        }
    }
    if (!db.commit()) {
        fail(tr("The pending-writes journal %1 could not be written: %2")
                 .arg(QDir::toNativeSeparators(m_filePath), db.lastError().text()));
        db.rollback();
        return std::nullopt;
    }
    m_lastError.clear();
    Q_EMIT changed();
    return seqs;
}

QString WriteJournal::stateText(JournalEntry::State state)
{
    switch (state) {
    case JournalEntry::State::Recorded:
        return tr("waiting");
    case JournalEntry::State::Sent:
        return tr("sent");
    case JournalEntry::State::Done:
        return tr("done");
    case JournalEntry::State::Failed:
        return tr("failed");
    case JournalEntry::State::Discarded:
        return tr("discarded");
    }
    return QString();
}

bool WriteJournal::updateState(qint64 seq, const QString &setClause, const QVariantList &bindings,
                               const QStringList &fromStates, const QString &what)
{
    if (!m_open)
        return fail(tr("The pending-writes journal is not open."));
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.prepare(QStringLiteral("UPDATE journal SET %1 WHERE seq = ? AND state IN (%2)")
                       .arg(setClause, placeholders(int(fromStates.size())))))
        return failQuery(q, tr("be written"));
    for (const QVariant &b : bindings)
        q.addBindValue(b);
    q.addBindValue(seq);
    for (const QString &s : fromStates)
        q.addBindValue(s);
    if (!exec(q, tr("be written")))
        return false;
    if (q.numRowsAffected() != 1)
        return fail(tr("The pending-writes journal has no entry %1 that can be marked %2.").arg(seq).arg(what));
    m_lastError.clear();
    Q_EMIT changed();
    return true;
}

bool WriteJournal::markSent(qint64 seq)
{
    return updateState(seq, markSentClause(), {JournalEntry::stateName(JournalEntry::State::Sent), nowMs()},
                       unconfirmedStates(), stateText(JournalEntry::State::Sent));
}

bool WriteJournal::markSentBatch(const QList<qint64> &seqs)
{
    if (!m_open)
        return fail(tr("The pending-writes journal is not open."));
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return fail(tr("The pending-writes journal %1 could not start a transaction: %2")
                        .arg(QDir::toNativeSeparators(m_filePath), db.lastError().text()));
    {
        // One prepared statement for the whole batch (parsing the SQL per entry costs more than
        // the update itself).
        QSqlQuery q(db);
        const QStringList from = unconfirmedStates();
        if (!q.prepare(QStringLiteral("UPDATE journal SET %1 WHERE seq = ? AND state IN (%2)")
                           .arg(markSentClause(), placeholders(int(from.size()))))) {
            failQuery(q, tr("be written"));
            db.rollback();
            return false;
        }
        const QVariant sent = JournalEntry::stateName(JournalEntry::State::Sent);
        const QVariant now = nowMs();
        for (qint64 seq : seqs) {
            q.addBindValue(sent);
            q.addBindValue(now);
            q.addBindValue(seq);
            for (const QString &state : from)
                q.addBindValue(state);
            if (!exec(q, tr("be written"))) {
                const QString why = m_lastError;
                q.finish();
                db.rollback();
                return fail(why);
            }
            if (q.numRowsAffected() != 1) {
                q.finish();
                db.rollback();
                return fail(tr("The pending-writes journal has no entry %1 that can be marked %2.")
                                .arg(seq)
                                .arg(stateText(JournalEntry::State::Sent)));
            }
        }
    }
    if (!db.commit()) {
        const QString why = tr("The pending-writes journal %1 could not be written: %2")
                                .arg(QDir::toNativeSeparators(m_filePath), db.lastError().text());
        db.rollback();
        return fail(why);
    }
    m_lastError.clear();
    Q_EMIT changed();
    return true;
}

bool WriteJournal::markDone(qint64 seq, std::optional<qint64> resultId)
{
    return updateState(seq, QStringLiteral("state = ?, finished_ms = ?, error = NULL, result_id = ?"),
                       {JournalEntry::stateName(JournalEntry::State::Done), nowMs(),
                        resultId ? QVariant(*resultId) : QVariant(QMetaType::fromType<qint64>())},
                       unconfirmedStates(), stateText(JournalEntry::State::Done));
}

bool WriteJournal::markFailed(qint64 seq, const QString &error)
{
    return updateState(seq, QStringLiteral("state = ?, finished_ms = ?, error = ?"),
                       {JournalEntry::stateName(JournalEntry::State::Failed), nowMs(), error}, unconfirmedStates(),
                       stateText(JournalEntry::State::Failed));
}

bool WriteJournal::requeue(qint64 seq)
{
    const bool ok = updateState(
        seq, QStringLiteral("state = ?, finished_ms = NULL, error = NULL"),
        {JournalEntry::stateName(JournalEntry::State::Recorded)},
        {JournalEntry::stateName(JournalEntry::State::Sent), JournalEntry::stateName(JournalEntry::State::Failed)},
        stateText(JournalEntry::State::Recorded));
    if (ok)
        m_handedOut.remove(seq);
    return ok;
}

std::optional<int> WriteJournal::change(const QString &statement, const QVariantList &bindings, const QString &what)
{
    if (!m_open) {
        fail(tr("The pending-writes journal is not open."));
        return std::nullopt;
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.prepare(statement)) {
        failQuery(q, what);
        return std::nullopt;
    }
    for (const QVariant &b : bindings)
        q.addBindValue(b);
    if (!exec(q, what))
        return std::nullopt;
    const int n = q.numRowsAffected();
    m_lastError.clear();
    if (n > 0)
        Q_EMIT changed();
    return n;
}

bool WriteJournal::discard(qint64 seq)
{
    return updateState(seq, QStringLiteral("state = ?, finished_ms = ?"),
                       {JournalEntry::stateName(JournalEntry::State::Discarded), nowMs()},
                       unconfirmedStates() << JournalEntry::stateName(JournalEntry::State::Failed),
                       stateText(JournalEntry::State::Discarded));
}

bool WriteJournal::discardWhere(const QString &where, const QVariantList &bindings, const QString &what)
{
    const QStringList states = unconfirmedStates();
    const QString sql = QStringLiteral("UPDATE journal SET state = ?, finished_ms = ? WHERE state IN (?, ?)%1")
                            .arg(where.isEmpty() ? QString() : QStringLiteral(" AND ") + where);
    return change(sql,
                  QVariantList{JournalEntry::stateName(JournalEntry::State::Discarded), nowMs(), states.at(0),
                               states.at(1)}
                      + bindings,
                  what)
        .has_value();
}

bool WriteJournal::discardUnconfirmed()
{
    return discardWhere(outsideReissueJobs(), {}, tr("discard the unconfirmed writes"));
}

bool WriteJournal::discardBulkJob(const QString &bulkJobId)
{
    return discardWhere(QStringLiteral("bulk_job = ?"), {bulkJobId}, tr("discard a bulk job"));
}

bool WriteJournal::drop(qint64 seq)
{
    return change(QStringLiteral("DELETE FROM journal WHERE seq = ?"), {seq}, tr("discard an entry")).has_value();
}

Result<int> WriteJournal::adopt(const QString &legacyFilePath)
{
    if (!m_open)
        return unexpected(tr("The pending-writes journal is not open."));
    if (!QFileInfo::exists(legacyFilePath) || QFileInfo(legacyFilePath) == QFileInfo(m_filePath))
        return 0;
    {
        // Checked like any journal first: a damaged or foreign file is reported, never merged.
        WriteJournal legacy(legacyFilePath, m_clock);
        if (!legacy.open())
            return unexpected(legacy.lastError());
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("ATTACH DATABASE ? AS legacy"));
    q.addBindValue(legacyFilePath);
    if (!exec(q, tr("read the older journal %1").arg(QDir::toNativeSeparators(legacyFilePath))))
        return unexpected(m_lastError);
    const QString source = QFileInfo(legacyFilePath).fileName();
    int adopted = 0;
    // Only this journal is written, in one transaction: the entries and the note of which were
    // taken over commit together, so a crash before the old file is removed repeats nothing.
    bool ok = db.transaction();
    ok = ok
        && q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS main.adopted ("
                                 " source TEXT NOT NULL, seq INTEGER NOT NULL, created_ms INTEGER,"
                                 " PRIMARY KEY (source, seq, created_ms))"));
    if (ok) {
        q.prepare(QStringLiteral(
            "INSERT INTO main.journal (kind, subscription_id, body, bulk_job, created_ms, state, send_count,"
            " sent_ms, finished_ms, error, result_id, before_values, os_user, profile, server)"
            " SELECT kind, subscription_id, body, bulk_job, created_ms, state, send_count, sent_ms, finished_ms,"
            " error, result_id, before_values, os_user, profile, server FROM legacy.journal l WHERE NOT EXISTS (SELECT "
            "1 FROM main.adopted a"
            " WHERE a.source = ? AND a.seq = l.seq AND a.created_ms IS l.created_ms) ORDER BY l.seq"));
        q.addBindValue(source);
        ok = q.exec();
        adopted = ok ? q.numRowsAffected() : 0;
    }
    if (ok) {
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO main.adopted SELECT ?, seq, created_ms FROM legacy.journal"));
        q.addBindValue(source);
        ok = q.exec();
    }
    const QString error = ok ? QString() : (q.lastError().isValid() ? q.lastError().text() : db.lastError().text());
    if (ok)
        ok = db.commit();
    else
        db.rollback();
    q.finish();
    q.exec(QStringLiteral("DETACH DATABASE legacy"));
    if (!ok) {
        return unexpected(tr("The pending-writes journal %1 could not take over the older journal %2: %3")
                              .arg(QDir::toNativeSeparators(m_filePath), QDir::toNativeSeparators(legacyFilePath),
                                   error.isEmpty() ? db.lastError().text() : error));
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(legacyFilePath + suffix);
    QDir().rmdir(legacyFilePath + QStringLiteral(".users"));
    m_lastError.clear();
    if (adopted > 0)
        Q_EMIT changed();
    return adopted;
}

std::optional<int> WriteJournal::purgeFinished(const QDateTime &before)
{
    const auto purged = change(
        QStringLiteral("DELETE FROM journal WHERE state IN (?, ?, ?) AND (finished_ms IS NULL OR finished_ms < ?)"),
        {JournalEntry::stateName(JournalEntry::State::Done), JournalEntry::stateName(JournalEntry::State::Failed),
         JournalEntry::stateName(JournalEntry::State::Discarded), before.toMSecsSinceEpoch()},
        tr("be cleaned up"));
    if (!purged)
        return std::nullopt;
    // Finished re-issues go with their writes.
    if (!change(QStringLiteral("DELETE FROM reissue_jobs WHERE finished_ms IS NOT NULL AND finished_ms < ?"),
                {before.toMSecsSinceEpoch()}, tr("be cleaned up")))
        return std::nullopt;
    return purged;
}

Result<int> WriteJournal::keepDays()
{
    if (!m_open)
        return unexpected(tr("The pending-writes journal is not open."));
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(QLatin1String(kKeepDaysKey));
    if (!exec(q, tr("be read")))
        return unexpected(m_lastError);
    if (!q.next())
        return kDefaultKeepDays;
    bool ok = false;
    const int days = q.value(0).toString().toInt(&ok);
    // A hand-edited value out of range falls back to the default rather than purging everything.
    return ok && days >= kMinKeepDays && days <= kMaxKeepDays ? days : kDefaultKeepDays;
}

Result<> WriteJournal::setKeepDays(int days)
{
    if (!m_open)
        return unexpected(tr("The pending-writes journal is not open."));
    if (days < kMinKeepDays || days > kMaxKeepDays)
        return unexpected(tr("Changes can be kept from %1 to %2 days.").arg(kMinKeepDays).arg(kMaxKeepDays));
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"));
    q.addBindValue(QLatin1String(kKeepDaysKey));
    q.addBindValue(QString::number(days));
    if (!exec(q, tr("be written")))
        return unexpected(m_lastError);
    m_lastError.clear();
    return {};
}

std::optional<QList<JournalEntry>> WriteJournal::recordedSince(const QDateTime &since,
                                                               std::optional<qint64> subscriptionId)
{
    QString where = QStringLiteral("created_ms >= ?");
    QVariantList bindings{since.toMSecsSinceEpoch()};
    if (subscriptionId) {
        // JournalEntry::subjectId() in SQL: a create is about the subscription it made.
        where += QStringLiteral(" AND (subscription_id = ? OR result_id = ?)");
        bindings << *subscriptionId << *subscriptionId;
    }
    return select(where, bindings);
}

std::optional<QList<JournalEntry>> WriteJournal::newestFrom(qint64 fromSeq, int limit, qint64 beforeSeq)
{
    return select(
        QStringLiteral("seq IN (SELECT seq FROM journal WHERE seq >= ? AND seq < ? ORDER BY seq DESC LIMIT ?)"),
        {fromSeq, beforeSeq, limit});
}

std::optional<JournalEntry> WriteJournal::entry(qint64 seq)
{
    auto rows = select(QStringLiteral("seq = ?"), {seq});
    if (!rows)
        return std::nullopt;
    if (rows->isEmpty()) {
        fail(tr("The pending-writes journal has no entry %1.").arg(seq));
        return std::nullopt;
    }
    return rows->first();
}

std::optional<QList<JournalEntry>> WriteJournal::unconfirmed()
{
    const QStringList states = unconfirmedStates();
    return select(QStringLiteral("state IN (?, ?) AND ") + outsideReissueJobs(), {states.at(0), states.at(1)});
}

std::optional<QList<JournalEntry>> WriteJournal::unconfirmedOfJob(const QString &jobId)
{
    const QStringList states = unconfirmedStates();
    return select(QStringLiteral("state IN (?, ?) AND bulk_job = ?"), {states.at(0), states.at(1), jobId});
}

std::optional<QList<JournalEntry>> WriteJournal::uncertain()
{
    return select(
        QStringLiteral("state = ? AND kind = ? AND ") + outsideReissueJobs(),
        {JournalEntry::stateName(JournalEntry::State::Sent), JournalEntry::kindName(JournalWrite::Kind::Create)});
}

std::optional<QStringList> WriteJournal::knownEvents(qint64 subscriptionId)
{
    // The newest confirmed write that set them: an edit of the subscription, or the create that
    // made it. Candidates are narrowed in SQL, the body is read as JSON here.
    const auto rows =
        select(QStringLiteral("state = ? AND body LIKE '%\"events\"%' AND ((kind = ? AND "
                              "subscription_id = ?) OR (kind = ? AND result_id = ?))"),
               {JournalEntry::stateName(JournalEntry::State::Done), JournalEntry::kindName(JournalWrite::Kind::Edit),
                subscriptionId, JournalEntry::kindName(JournalWrite::Kind::Create), subscriptionId});
    if (!rows)
        return std::nullopt;
    for (auto it = rows->crbegin(); it != rows->crend(); ++it) {
        const auto events = it->write.kind == JournalWrite::Kind::Create
            ? JournalCodec::draftOf(it->write).value_or(SubscriptionDraft()).events
            : JournalCodec::patchOf(it->write).value_or(SubscriptionPatch()).events;
        if (events)
            return events;
    }
    return std::nullopt;
}

std::optional<QList<JournalEntry>> WriteJournal::failed()
{
    return select(QStringLiteral("state = ?"), {JournalEntry::stateName(JournalEntry::State::Failed)});
}

std::optional<QList<JournalEntry>> WriteJournal::all()
{
    return select(QString(), {});
}

std::optional<int> WriteJournal::unconfirmedCount()
{
    auto rows = unconfirmed();
    if (!rows)
        return std::nullopt;
    return int(rows->size());
}

std::optional<QList<JournalEntry>> WriteJournal::takeForResume()
{
    auto rows = unconfirmed();
    if (!rows)
        return std::nullopt;
    QList<JournalEntry> out;
    for (const JournalEntry &e : *rows) {
        if (e.isUncertain() || m_handedOut.contains(e.seq))
            continue;
        m_handedOut.insert(e.seq);
        out.append(e);
    }
    return out;
}

void WriteJournal::close()
{
    if (!QSqlDatabase::contains(m_connectionName)) {
        m_open = false;
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_open = false;
    m_handedOut.clear();
}
