#include "journal/JournalSchema.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Runs `statements` in one transaction; all or none.
Result<> inTransaction(QSqlDatabase &db, const QStringList &statements)
{
    if (!db.transaction())
        return unexpected(db.lastError().text());
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            const QString why = q.lastError().text();
            q.finish();
            db.rollback();
            return unexpected(why);
        }
    }
    q.finish();
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return unexpected(why);
    }
    return {};
}

}  // namespace

const char *JournalSchema::columns()
{
    return "seq, kind, subscription_id, body, bulk_job, created_ms, state, send_count, sent_ms, finished_ms, error, "
           "result_id, before_values, os_user, profile, server";
}

Result<> JournalSchema::prepare(QSqlDatabase &db, const QString &filePath)
{
    QSqlQuery q(db);
    const auto damaged = [&](const QString &why) {
        return unexpected(tr("The pending-writes journal %1 is damaged (%2). Move it away to start a new one; its "
                             "unconfirmed writes are then lost.")
                              .arg(native(filePath), why));
    };
    const auto failed = [&](const QString &what) {
        return unexpected(
            tr("The pending-writes journal %1 could not %2: %3").arg(native(filePath), what, q.lastError().text()));
    };

    // The first statement reads the header: a file that is not SQLite fails here.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next())
        return unexpected(tr("The pending-writes journal %1 is damaged or not a journal (%2). Move it away to start "
                             "a new one; its unconfirmed writes are then lost.")
                              .arg(native(filePath), q.lastError().text()));
    if (q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return unexpected(tr("The pending-writes journal %1 cannot use write-ahead logging (mode %2).")
                              .arg(native(filePath), q.value(0).toString()));
    q.finish();
    // FULL: a commit is synced to disk before the call returns, so a power loss keeps it too.
    if (!q.exec(QStringLiteral("PRAGMA synchronous=FULL")))
        return failed(tr("be configured"));

    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return damaged(q.lastError().text());
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    q.finish();
    if (!problems.isEmpty())
        return damaged(problems.mid(0, 3).join(QStringLiteral("; ")));

    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return failed(tr("be read"));
    const int version = q.value(0).toInt();
    q.finish();
    if (version > kVersion)
        return unexpected(
            tr("The pending-writes journal %1 was written by a newer version of this program (format %2).")
                .arg(native(filePath))
                .arg(version));
    if (version == 0) {
        // A new file, or an SQLite file of someone else: only an empty database becomes a journal.
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
            return failed(tr("be read"));
        const int objects = q.value(0).toInt();
        q.finish();
        if (objects != 0)
            return unexpected(
                tr("The file %1 is an SQLite database but not a pending-writes journal.").arg(native(filePath)));
        return create(db, filePath);
    }
    if (version == 1) {
        if (auto upgraded = upgradeFrom1(db, filePath); !upgraded)
            return upgraded;
    }
    if (version <= 2)
        return upgradeFrom2(db, filePath);
    return {};
}

Result<> JournalSchema::create(QSqlDatabase &db, const QString &filePath)
{
    const auto created =
        inTransaction(db,
                      {QStringLiteral("CREATE TABLE journal ("
                                      " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                                      " kind TEXT NOT NULL,"
                                      " subscription_id INTEGER,"
                                      " body TEXT NOT NULL,"
                                      " bulk_job TEXT NOT NULL DEFAULT '',"
                                      " created_ms INTEGER,"
                                      " state TEXT NOT NULL,"
                                      " send_count INTEGER NOT NULL DEFAULT 0,"
                                      " sent_ms INTEGER,"
                                      " finished_ms INTEGER,"
                                      " error TEXT,"
                                      " result_id INTEGER,"
                                      " before_values TEXT NOT NULL DEFAULT '{}',"
                                      " os_user TEXT NOT NULL DEFAULT '',"
                                      " profile TEXT NOT NULL DEFAULT '',"
                                      " server TEXT NOT NULL DEFAULT '')"),
                       QStringLiteral("CREATE INDEX journal_state ON journal(state)"),
                       QStringLiteral("CREATE INDEX journal_created ON journal(created_ms)"),
                       QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                       reissueJobsTable(), QStringLiteral("PRAGMA user_version=%1").arg(kVersion)});
    if (!created)
        return unexpected(
            tr("The pending-writes journal %1 could not be created: %2").arg(native(filePath), created.error()));
    return {};
}

Result<> JournalSchema::upgradeFrom1(QSqlDatabase &db, const QString &filePath)
{
    // Writes recorded before format 2 keep empty origins and an empty `before`: nobody noted them.
    const auto upgraded =
        inTransaction(db,
                      {QStringLiteral("ALTER TABLE journal ADD COLUMN before_values TEXT NOT NULL DEFAULT '{}'"),
                       QStringLiteral("ALTER TABLE journal ADD COLUMN os_user TEXT NOT NULL DEFAULT ''"),
                       QStringLiteral("ALTER TABLE journal ADD COLUMN profile TEXT NOT NULL DEFAULT ''"),
                       QStringLiteral("ALTER TABLE journal ADD COLUMN server TEXT NOT NULL DEFAULT ''"),
                       QStringLiteral("CREATE INDEX journal_created ON journal(created_ms)"),
                       QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                       QStringLiteral("PRAGMA user_version=2")});
    if (!upgraded)
        return unexpected(tr("The pending-writes journal %1 could not be upgraded to the current format: %2")
                              .arg(native(filePath), upgraded.error()));
    return {};
}

Result<> JournalSchema::upgradeFrom2(QSqlDatabase &db, const QString &filePath)
{
    const auto upgraded =
        inTransaction(db, {reissueJobsTable(), QStringLiteral("PRAGMA user_version=%1").arg(kVersion)});
    if (!upgraded)
        return unexpected(tr("The pending-writes journal %1 could not be upgraded to the current format: %2")
                              .arg(native(filePath), upgraded.error()));
    return {};
}

QString JournalSchema::reissueJobsTable()
{
    // One row per secret re-issue. Its writes are journal entries whose bulk_job is the row's id.
    // No secret is ever stored: a copy whose secret was not shown is deleted and made again.
    return QStringLiteral("CREATE TABLE reissue_jobs ("
                          " id TEXT PRIMARY KEY,"
                          " old_id INTEGER NOT NULL,"
                          " url TEXT NOT NULL,"
                          " description TEXT,"
                          " events TEXT NOT NULL,"
                          " sibling_ids TEXT NOT NULL,"
                          " new_id INTEGER,"
                          " step TEXT NOT NULL,"
                          " started_ms INTEGER NOT NULL,"
                          " cutover_ms INTEGER,"
                          " finished_ms INTEGER,"
                          " note TEXT NOT NULL DEFAULT '')");
}
