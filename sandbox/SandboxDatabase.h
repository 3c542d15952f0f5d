#pragma once

#include <QSqlDatabase>
#include <QString>

// One SQLite connection to the sandbox database, in WAL mode so that `keys create` in another
// process can write while a server runs. Creates the schema on first open.
class SandboxDatabase
{
public:
    SandboxDatabase() = default;
    ~SandboxDatabase();
    SandboxDatabase(const SandboxDatabase &) = delete;
    SandboxDatabase &operator=(const SandboxDatabase &) = delete;

    // Opens (creating if needed) the file at path. On failure returns false and sets *error.
    bool open(const QString &path, QString *error);
    QSqlDatabase db() const { return QSqlDatabase::database(m_connectionName, false); }
    QString path() const { return m_path; }

    // A write transaction, BEGIN IMMEDIATE: the write lock is taken before anything is read, so no
    // other connection (`keys create`, a seeder) can commit between a read and the writes built on
    // it. Not nestable. Use it through SandboxTransaction, which rolls back what is not committed.
    bool beginWrite(QString *error);
    bool commitWrite(QString *error);
    void rollbackWrite();
    bool inWriteTransaction() const { return m_inWrite; }

    // Small key/value settings (e.g. the demo receiver's last port).
    QString setting(const QString &key) const;
    void setSetting(const QString &key, const QString &value);

    // Bumped by every write of the stores in this process, so that answers built from the
    // database (the subscription list) can be cached until anything changes.
    quint64 generation() const { return m_generation; }
    void bumpGeneration() { ++m_generation; }

private:
    bool createSchema(QString *error);

    quint64 m_generation = 0;
    bool m_inWrite = false;
    QString m_connectionName;
    QString m_path;
};
