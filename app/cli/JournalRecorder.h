#pragma once

#include "journal/JournalUsers.h"
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

// webhookctl's side of the pending-writes journal. A write is recorded before it is queued, marked
// sent when its request really leaves (through the GatedTransport's gate; a send whose mark cannot
// be stored does not go out), and settled by the server's answer: done, failed with the reason, or,
// for a create that may have reached the server without an answer, left "sent" for the user to
// check (never re-sent blindly).
class JournalRecorder final : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Done,       // the server confirmed it
        Failed,     // the server refused it, or it failed for good (the reason is in the journal)
        Uncertain,  // a create that went out without an answer: still "sent", to be checked
        NotSent,    // cancelled before it went out: still pending for `webhookctl resume`
    };

    // Describes the journal in messages: "profile staging" or "server https://...".
    JournalRecorder(WriteJournal &journal, GatedTransport &transport, const QString &owner,
                    QObject *parent = nullptr);
    ~JournalRecorder() override;

    WriteJournal &journal() { return m_journal; }
    QString owner() const { return m_owner; }
    QString lastError() const;
    // The webhookctl processes working on this journal (this one registers in CommandLine).
    JournalUsers &users() { return m_users; }

    std::optional<qint64> record(const JournalWrite &write);
    std::optional<QList<qint64>> recordBatch(const QList<JournalWrite> &writes);

    // Entry `seq` travels as the request for `write` (PATCH/DELETE /api/v1/webhooks/{id} or POST
    // /api/v1/webhooks/): it is marked sent each time that request goes out, until settled.
    void expectSend(qint64 seq, const JournalWrite &write);

    // The final answer for entry `seq` (resultId: the id a create got).
    Outcome settle(qint64 seq, JournalWrite::Kind kind, const ApiError &error,
                   std::optional<qint64> resultId = std::nullopt);
    // Why entry `seq` was not sent (its sent mark could not be stored), or empty.
    QString refusal(qint64 seq) const { return m_refusals.value(seq); }

    // Journal writes that failed AFTER the request went out (the write itself happened); the
    // command prints them so the user knows `pending` may list such an entry wrongly.
    QStringList takeProblems();

    // A new bulk job id for the journal ("disable-1a2b3c4d").
    static QString newBulkJobId(const QString &command);

private:
    QString beforeSend(const HttpRequestSpec &request);
    static QString requestKey(const QByteArray &method, const QString &path);
    static QString requestKeyOf(const JournalWrite &write);
    void forget(qint64 seq);

    WriteJournal &m_journal;
    GatedTransport &m_transport;
    QString m_owner;
    JournalUsers m_users;
    QHash<QString, QList<qint64>> m_expected;  // request key -> entries waiting for it, oldest first
    QHash<qint64, QString> m_keyOf;
    QSet<qint64> m_sent;
    QHash<qint64, QString> m_refusals;
    QStringList m_problems;
};
