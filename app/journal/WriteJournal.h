#pragma once

#include "common/Result.h"
#include "journal/JournalEntry.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <limits>
#include <optional>

class Clock;
class QSqlQuery;

// The crash-safe journal of pending writes, one file per profile.
//
// Every write the user asks for is recorded here BEFORE it is sent, marked sent when it is handed to
// the network, and marked done (or failed) when the server answered. After a crash or kill -9 the
// next start lists exactly the writes that were not confirmed. Resuming hands each of them out once;
// a create that went out without an answer is never handed out for resuming, because re-sending it
// could create a duplicate: the user checks on the server first, then discards or requeue()s it.
//
// Finished writes stay (kDefaultKeepDays, or the file's own setting) as the activity log of this
// computer: who changed what, the values before and after, and how it ended.
//
// Storage: SQLite (QtSql) in WAL mode with synchronous=FULL, so every committed call survives a
// process kill and a power loss. The file holds no API key (it never receives one) and is made
// readable by its owner only. A damaged or foreign file is refused by open() with a clear error.
//
// Not thread-safe: use one instance from one thread. Two processes on one file are safe for the
// data (SQLite locking), but each instance hands out resumable entries independently.
class WriteJournal : public QObject
{
    Q_OBJECT
public:
    // The journal file of a profile inside `directory` (e.g. the app's data directory). Any profile
    // name maps to a distinct, safe file name.
    static QString filePathFor(const QString &directory, const QString &profileName);

    // How long finished writes are kept (the activity log of this computer), unless the journal's
    // own setting says otherwise.
    static constexpr int kDefaultKeepDays = 90;
    static constexpr int kMinKeepDays = 1;
    static constexpr int kMaxKeepDays = 3650;

    WriteJournal(const QString &filePath, const Clock &clock, QObject *parent = nullptr);
    ~WriteJournal() override;

    // Opens (creating the file and its directory when missing) and checks the whole journal. On
    // failure returns false and lastError() says what is wrong; the file is left as it was.
    bool open();
    void close();
    bool isOpen() const { return m_open; }
    QString filePath() const { return m_filePath; }
    // The QtSql connection of the open file, for the stores that keep their own table in it
    // (ReissueJobStore). Use from this object's thread only.
    QString connectionName() const { return m_connectionName; }
    // The last failure of any call, in plain words; empty after a success.
    QString lastError() const { return m_lastError; }

    // Who records from now on: stamped on every write recorded by this instance.
    void setOrigin(const JournalOrigin &origin) { m_origin = origin; }

    // Record intended writes before sending them. Returns the entries' sequence numbers, or
    // nullopt on failure (then nothing was recorded: a batch is one transaction).
    std::optional<qint64> record(const JournalWrite &write);
    std::optional<QList<qint64>> recordBatch(const QList<JournalWrite> &writes);

    // State changes. Each is committed (and synced) before it returns true.
    bool markSent(qint64 seq);
    // markSent for many entries in one transaction (one sync to disk instead of one per entry:
    // a bulk job of 300 items would otherwise spend its first event-loop turn syncing). All or none.
    bool markSentBatch(const QList<qint64> &seqs);
    bool markDone(qint64 seq, std::optional<qint64> resultId = std::nullopt);
    bool markFailed(qint64 seq, const QString &error);
    // The user decided to send a write again: an uncertain create they checked, or a failed write.
    // It becomes Recorded and will be handed out once more by takeForResume().
    bool requeue(qint64 seq);
    // The user chose not to send: one entry (unconfirmed or failed), every unconfirmed one, or a
    // bulk job's unconfirmed ones become Discarded. They stay in the activity log until purged.
    bool discard(qint64 seq);
    bool discardUnconfirmed();  // not those of secret re-issues
    bool discardBulkJob(const QString &bulkJobId);
    // Removes an entry that never became a write of its own (a toggle folded into a newer one
    // before it was sent).
    bool drop(qint64 seq);
    // Takes over the entries of a journal an earlier version filed under another name (see
    // JournalLocation::legacyNames), then removes that file. All entries, states and times are kept
    // (with new sequence numbers); adopting the same file twice (a crash before its removal) adds
    // nothing twice. Returns how many entries were taken over (0 when there is no such file).
    Result<int> adopt(const QString &legacyFilePath);
    // Housekeeping: remove done, failed and discarded entries finished before `before`. Returns how many.
    std::optional<int> purgeFinished(const QDateTime &before);

    // How many days finished writes are kept (kDefaultKeepDays until set). The setting lives in the
    // file, so both programs working on one profile keep its history equally long.
    Result<int> keepDays();
    Result<> setKeepDays(int days);

    std::optional<JournalEntry> entry(qint64 seq);
    // The writes recorded since `since`, oldest first; with an id, those that changed (or created)
    // that subscription only. This is the activity log: the changes made from this computer.
    std::optional<QList<JournalEntry>> recordedSince(const QDateTime &since,
                                                     std::optional<qint64> subscriptionId = std::nullopt);
    // The newest `limit` entries with a sequence number from `fromSeq` up to (not including)
    // `beforeSeq`, oldest first: what a view of the log reads in slices, and again after a change
    // (from its oldest unfinished entry on).
    std::optional<QList<JournalEntry>> newestFrom(qint64 fromSeq, int limit,
                                                  qint64 beforeSeq = std::numeric_limits<qint64>::max());
    // Everything not confirmed yet (Recorded or Sent), oldest first: what the next start shows.
    // The writes of secret re-issues are not in it: their job resumes them (unconfirmedOfJob).
    std::optional<QList<JournalEntry>> unconfirmed();
    std::optional<QList<JournalEntry>> unconfirmedOfJob(const QString &jobId);
    // The events this computer last set on the subscription (a confirmed edit, or the create that
    // made it), or nullopt when none were: the API itself never reports them.
    std::optional<QStringList> knownEvents(qint64 subscriptionId);
    // Creates that were sent without an answer: shown as "check on the server", never resumed.
    std::optional<QList<JournalEntry>> uncertain();
    std::optional<QList<JournalEntry>> failed();
    std::optional<QList<JournalEntry>> all();
    std::optional<int> unconfirmedCount();

    // The unconfirmed entries to re-send, oldest first, each handed out once by this instance
    // (a second call returns only what was recorded or requeued since). Uncertain creates are left out.
    std::optional<QList<JournalEntry>> takeForResume();

Q_SIGNALS:
    // Something was recorded, changed state or was removed.
    void changed();

private:
    // A state as a plain word in the user's language, for messages ("sent", not the stored name).
    static QString stateText(JournalEntry::State state);
    bool fail(const QString &message);
    bool failQuery(const QSqlQuery &query, const QString &what);
    bool exec(QSqlQuery &query, const QString &what);
    bool createOrCheckSchema();
    std::optional<QList<JournalEntry>> select(const QString &where, const QVariantList &bindings);
    std::optional<JournalEntry> entryFromRow(const QSqlQuery &query);
    bool updateState(qint64 seq, const QString &setClause, const QVariantList &bindings, const QStringList &fromStates,
                     const QString &what);
    // Runs one UPDATE or DELETE; the number of rows it changed (changed() when any), or nullopt.
    std::optional<int> change(const QString &statement, const QVariantList &bindings, const QString &what);
    bool discardWhere(const QString &where, const QVariantList &bindings, const QString &what);
    QVariant nowMs() const;

    QString m_filePath;
    const Clock &m_clock;
    QString m_connectionName;
    bool m_open = false;
    QString m_lastError;
    QSet<qint64> m_handedOut;
    JournalOrigin m_origin;
};
