#pragma once

#include "api/ApiError.h"
#include "api/RequestOptions.h"
#include "cli/CommandGroup.h"
#include "journal/JournalRecorder.h"
#include "journal/JournalEntry.h"

#include <QJsonArray>
#include <QList>

#include <memory>
#include <optional>

class ProgressLine;
struct CreatedSubscription;

// pending, resume, requeue SEQ..., discard SEQ...|--all: the pending-writes journal of the profile
// (or server) in use. `resume` sends each unconfirmed write once, on the bulk lane with a progress
// line and a summary; creates that went out without an answer are never re-sent: they are listed
// for the user to check on the server, then requeue or discard them.
class JournalCommands final : public CommandGroup
{
    Q_OBJECT
public:
    JournalCommands(CliIo &io, const CliServices &services, const QCommandLineParser &parser,
                    QObject *parent = nullptr);
    ~JournalCommands() override;

    void start(const QString &command, const QStringList &arguments) override;
    // resume: cancels what has not been sent yet (it stays pending) and prints the summary.
    void interrupt() override;

    // Short state for people: "not sent yet", "sent, no answer", "sent, no answer: check on the
    // server before resuming", "confirmed", "failed: ...".
    static QString stateText(const JournalEntry &entry);

private:
    void pending();
    void requeue(const QStringList &arguments);
    void discard(const QStringList &arguments);
    // The SEQ arguments as journal entry numbers; nullopt (after failing with a usage error) when
    // one is not a number.
    std::optional<QList<qint64>> parseSeqs(const QStringList &arguments);
    void resume();
    bool confirm(const QString &question);
    void printUncertain(const QList<JournalEntry> &uncertain);
    void startResume();
    void sendNext(int lane);
    void sendEntry(int lane, const JournalEntry &entry);
    void sendEventsAfterCreate(int lane, const JournalEntry &entry, const CreatedSubscription &created);
    void answered(int lane, const JournalEntry &entry, JournalRecorder::Outcome outcome, const ApiError &error);
    void summarizeResume();

    struct Failure
    {
        JournalEntry entry;
        QString message;
        QString errorName;
        int httpStatus = 0;
    };

    QList<JournalEntry> m_toSend;
    QList<JournalEntry> m_uncertain;  // creates to check (before and during this resume)
    QList<QList<JournalEntry>> m_lanes;  // one per target, sent one after another
    QList<int> m_nextInLane;
    QList<Failure> m_failures;
    QJsonArray m_created;  // creates confirmed now: id, url, client secret
    QStringList m_createdText;
    int m_outstanding = 0;
    int m_succeeded = 0;
    int m_notSent = 0;
    bool m_interrupted = false;
    bool m_refused = false;
    BulkJobId m_job = 0;
    std::unique_ptr<ProgressLine> m_progress;
};
