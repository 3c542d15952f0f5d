#include "sandbox/SandboxDatabase.h"

#include "sandbox/DatabaseError.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

SandboxDatabase::~SandboxDatabase()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SandboxDatabase::open(const QString &path, QString *error)
{
    m_path = path;
    // A unique connection name per instance: tests may open several databases in one process.
    m_connectionName = QStringLiteral("sandbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    database.setDatabaseName(path);
    // Another process (keys create) may hold the write lock for a moment: wait instead of failing.
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!database.open()) {
        if (error)
            *error = QCoreApplication::translate("SandboxDatabase", "Cannot open the database %1: %2")
                         .arg(path, database.lastError().text());
        return false;
    }
    QSqlQuery pragma(database);
    pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    // A damaged file is never served: a list would come back short with a 200, a damaged keys
    // table would answer every key with 401. Checked before anything reads or writes it.
    QStringList problems;
    if (!pragma.exec(QStringLiteral("PRAGMA quick_check"))) {
        problems << pragma.lastError().text();
    } else {
        while (pragma.next()) {
            if (pragma.value(0).toString() != QLatin1String("ok"))
                problems << pragma.value(0).toString();
        }
    }
    pragma.finish();
    if (!problems.isEmpty()) {
        if (error) {
            *error = QCoreApplication::translate("SandboxDatabase",
                                                 "The database %1 is damaged (%2). Move it away, or restore a copy; "
                                                 "the sandbox does not serve a damaged database.")
                         .arg(path, problems.mid(0, 3).join(QStringLiteral("; ")));
        }
        return false;
    }
    return createSchema(error);
}

bool SandboxDatabase::createSchema(QString *error)
{
    static const char *const statements[] = {
        "CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT)",
        "CREATE TABLE IF NOT EXISTS api_keys ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT, tenant_id INTEGER, name TEXT NOT NULL,"
        " prefix TEXT NOT NULL UNIQUE, hash BLOB NOT NULL, demo INTEGER NOT NULL DEFAULT 0,"
        " created_at INTEGER NOT NULL)",
        "CREATE TABLE IF NOT EXISTS subscriptions ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT, tenant_id INTEGER NOT NULL, url TEXT NOT NULL,"
        " description TEXT, enabled INTEGER NOT NULL DEFAULT 1, created_at INTEGER NOT NULL,"
        " client_secret TEXT NOT NULL, events TEXT NOT NULL DEFAULT '[]',"
        " last_delivery_at INTEGER, last_delivery_status TEXT, failing_since INTEGER)",
        "CREATE INDEX IF NOT EXISTS subscriptions_tenant ON subscriptions(tenant_id, id)",
        "CREATE TABLE IF NOT EXISTS events ("
        " id TEXT PRIMARY KEY, tenant_id INTEGER NOT NULL, event TEXT NOT NULL, message TEXT NOT NULL,"
        " created_at INTEGER NOT NULL)",
        "CREATE TABLE IF NOT EXISTS deliveries ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT, tenant_id INTEGER NOT NULL,"
        " subscription_id INTEGER NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,"
        " event_id TEXT NOT NULL, event TEXT NOT NULL, message_id TEXT NOT NULL, payload TEXT NOT NULL,"
        " created_at INTEGER NOT NULL, status TEXT NOT NULL, attempt_count INTEGER NOT NULL DEFAULT 0,"
        " max_attempts INTEGER NOT NULL, interval_ms INTEGER NOT NULL, first_attempt_at INTEGER NOT NULL,"
        " next_slot INTEGER NOT NULL DEFAULT 0, next_attempt_at INTEGER, gives_up_at INTEGER NOT NULL,"
        " last_status_code INTEGER, last_error TEXT, last_attempt_at INTEGER)",
        "CREATE INDEX IF NOT EXISTS deliveries_subscription ON deliveries(subscription_id, id)",
        "CREATE INDEX IF NOT EXISTS deliveries_due ON deliveries(status, next_attempt_at)",
        "CREATE TABLE IF NOT EXISTS attempts ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " delivery_id INTEGER NOT NULL REFERENCES deliveries(id) ON DELETE CASCADE,"
        " number INTEGER NOT NULL, scheduled_at INTEGER, at INTEGER NOT NULL, status_code INTEGER,"
        " duration_ms INTEGER NOT NULL, response_excerpt TEXT, error TEXT)",
        "CREATE INDEX IF NOT EXISTS attempts_delivery ON attempts(delivery_id, number)",
    };
    QSqlQuery query(db());
    for (const char *statement : statements) {
        if (!query.exec(QString::fromLatin1(statement))) {
            if (error)
                *error = QCoreApplication::translate("SandboxDatabase", "Cannot prepare the database %1: %2")
                             .arg(m_path, query.lastError().text());
            return false;
        }
    }
    return true;
}

bool SandboxDatabase::beginWrite(QString *error)
{
    if (m_inWrite) {
        if (error)
            *error = QStringLiteral("a write transaction is already open");
        return false;
    }
    QSqlQuery begin(db());
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (error)
            *error = DatabaseError::of(begin).text();
        return false;
    }
    m_inWrite = true;
    return true;
}

bool SandboxDatabase::commitWrite(QString *error)
{
    if (!m_inWrite) {
        if (error)
            *error = QStringLiteral("no write transaction is open");
        return false;
    }
    QSqlQuery commit(db());
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        if (error)
            *error = DatabaseError::of(commit).text();
        // SQLite may keep the transaction open after a failed COMMIT: end it, nothing of it stays.
        rollbackWrite();
        return false;
    }
    m_inWrite = false;
    return true;
}

void SandboxDatabase::rollbackWrite()
{
    if (!m_inWrite)
        return;
    m_inWrite = false;
    QSqlQuery rollback(db());
    rollback.exec(QStringLiteral("ROLLBACK"));
}

QString SandboxDatabase::setting(const QString &key) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

void SandboxDatabase::setSetting(const QString &key, const QString &value)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    query.exec();
}
