#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

// The journal file's format: makes a new file a journal, checks an existing one (SQLite header,
// integrity, format version) and upgrades older formats in place. Kept apart from WriteJournal so
// that the one place that knows every table and column is short enough to read whole.
//
// Format 1: the `journal` table of writes. Format 2 adds to each write who made it and where
// (operating-system user, profile, server) and the values it replaced (`before`, a JSON object),
// and a `settings` table (how long finished writes are kept). Format 3 adds `reissue_jobs`: the
// secret re-issues in progress (ReissueJobStore), whose writes are journal entries like any other.
// Each upgrade is one transaction: a crash leaves the older format whole, and the next open
// upgrades again.
class JournalSchema
{
    Q_DECLARE_TR_FUNCTIONS(JournalSchema)
public:
    static constexpr int kVersion = 3;
    // The columns WriteJournal reads, in the order its row reader expects.
    static const char *columns();

    // Readies the open database `db` of the file `filePath` (used in messages): write-ahead
    // logging, synced commits, an integrity check, then creates or upgrades the tables. A damaged,
    // foreign or newer file is refused with a plain message and left as it was.
    static Result<> prepare(QSqlDatabase &db, const QString &filePath);

private:
    static Result<> create(QSqlDatabase &db, const QString &filePath);
    static Result<> upgradeFrom1(QSqlDatabase &db, const QString &filePath);
    static Result<> upgradeFrom2(QSqlDatabase &db, const QString &filePath);
    static QString reissueJobsTable();
};
