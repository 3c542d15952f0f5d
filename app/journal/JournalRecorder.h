#pragma once

#include "journal/JournalEntry.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <optional>

class ApiError;
class GatedTransport;
class WriteJournal;
struct HttpRequestSpec;

// The one rule by which both programs journal a write. A write is recorded before it is queued,
// marked sent each time its request really leaves (through the GatedTransport's gate; a send whose
// mark cannot be stored does not go out: nothing is sent unrecorded), and settled by its answer.
// Queued is not sent: a write still waiting for its rate-limit slot when the program dies never
// left, so it is resumed, not flagged as "may exist on the server".
class JournalRecorder final : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Done,  // the server confirmed it (or, for a delete, the subscription is gone)
        Replaced,  // a toggle the queue folded into a newer one: dropped from the journal
        Failed,  // the server refused it, or it failed for good (the reason is in the journal)
        Uncertain,  // a create that went out without an answer: still "sent", to be checked
        Unanswered,  // it went out, then we stopped waiting: still "sent", its outcome unknown
        NotSent,  // cancelled before it went out: still "recorded", resumable
    };

    // `owner` describes the journal in messages: "profile staging" or "server https://...".
    JournalRecorder(WriteJournal &journal, GatedTransport &transport, const QString &owner, QObject *parent = nullptr);
    ~JournalRecorder() override;

    WriteJournal &journal() { return m_journal; }
    QString owner() const { return m_owner; }
    QString lastError() const;

    std::optional<qint64> record(const JournalWrite &write);
    std::optional<QList<qint64>> recordBatch(const QList<JournalWrite> &writes);

    // Entry `seq` travels as the request for `write` (PATCH/DELETE /api/v1/webhooks/{id} or POST
    // /api/v1/webhooks/): it is marked sent each time that request goes out, until settled.
    void expectSend(qint64 seq, const JournalWrite &write);
    // Whether entry `seq`'s request has left at least once (until it is settled).
    bool wasSent(qint64 seq) const { return m_sent.contains(seq); }

    // The final answer for entry `seq` (expected with expectSend). resultId: the id a create got;
    // enabledNow: the enabled flag the server answered a PATCH with.
    Outcome settle(qint64 seq, const ApiError &error, std::optional<qint64> resultId = std::nullopt,
                   std::optional<bool> enabledNow = std::nullopt);
    // Why entry `seq` was not sent (its sent mark could not be stored), or empty. Kept after
    // settle() so that a caller can report it.
    QString refusal(qint64 seq) const { return m_refusals.value(seq); }

    // Journal writes that failed AFTER the request went out (the write itself happened); the
    // caller reports them so the user knows `pending` may list such an entry wrongly.
    QStringList takeProblems();

    // A new bulk job id for the journal ("disable-1a2b3c4d").
    static QString newBulkJobId(const QString &command);

Q_SIGNALS:
    // A journal update after the request went out failed (see takeProblems()).
    void problem(const QString &message);

private:
    QString beforeSend(const HttpRequestSpec &request);
    static QString requestKeyOf(const JournalWrite &write);
    static QString requestKeyOf(const HttpRequestSpec &request);
    void forget(qint64 seq);
    void addProblem(const QString &message);

    WriteJournal &m_journal;
    GatedTransport &m_transport;
    QString m_owner;
    QHash<QString, QList<qint64>> m_expected;  // request key -> entries waiting for it, oldest first
    QHash<qint64, JournalWrite> m_writes;  // expected entries
    QSet<qint64> m_sent;
    QHash<qint64, QString> m_refusals;
    QStringList m_problems;
};
