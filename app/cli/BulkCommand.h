#pragma once

#include "api/ApiError.h"
#include "api/RequestOptions.h"
#include "cli/CommandGroup.h"
#include "journal/JournalEntry.h"

#include <QHash>
#include <QList>
#include <QMap>

#include <memory>

class ProgressLine;

// enable ID..., disable ID..., delete ID...: ids from arguments and stdin ("-"), all checked before
// anything is sent, then one request per id on the bulk lane of the request queue (which paces
// them within the rate limit). A progress line with an ETA on a terminal, a summary at the end,
// and a non-zero exit code when anything failed. The job is recorded in the pending-writes journal
// (one transaction) before anything is sent; each item is marked sent, then done or failed.
class BulkCommand final : public CommandGroup
{
    Q_OBJECT
public:
    BulkCommand(CliIo &io, const CliServices &services, const QCommandLineParser &parser, QObject *parent = nullptr);
    ~BulkCommand() override;

    void start(const QString &command, const QStringList &arguments) override;
    // Cancels what has not been sent yet (it stays pending in the journal); answers already on
    // their way are awaited and counted, and the summary says how many were not sent.
    void interrupt() override;

private:
    void submitAll();
    void onAnswered(qint64 id, const ApiError &error);
    void summarize();

    QString m_command;
    QList<qint64> m_ids;
    QMap<qint64, ApiError> m_failures;
    QHash<qint64, qint64> m_seqs;  // subscription id -> journal entry
    QMap<qint64, QString> m_refusals;  // not sent: the journal could not mark them sent
    int m_succeeded = 0;
    int m_answered = 0;
    int m_cancelled = 0;
    bool m_interrupted = false;
    BulkJobId m_job = 0;
    std::unique_ptr<ProgressLine> m_progress;
};
