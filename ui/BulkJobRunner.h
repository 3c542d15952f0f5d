#pragma once

#include "api/ApiError.h"
#include "api/BulkJobProgress.h"
#include "api/Subscription.h"
#include "journal/JournalEntry.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class JournaledWrites;
class SubscriptionTableModel;

// Enables, disables or deletes many subscriptions as one bulk job. Every request goes on the bulk
// lane, so the request queue paces them within the rate limits and lets a person's clicks go
// first. Rows show their new state at once (pending); each answer confirms or rolls back its row.
// The whole job is recorded in the journal (one recordBatch, one bulk job id) before the first
// request goes; each item is then marked done or failed on its own. resume() sends the unconfirmed
// entries of an earlier run (from the journal) once each, the same way.
class BulkJobRunner : public QObject
{
    Q_OBJECT
public:
    enum class Action { Enable, Disable, Delete, Resume };
    Q_ENUM(Action)

    struct Failure
    {
        qint64 id = 0;
        QString url;
        QString reason;
    };

    BulkJobRunner(JournaledWrites *writes, SubscriptionTableModel *model, QObject *parent = nullptr);

    // Starts a job over `ids` (unknown ids are skipped). Returns false when a job is running or
    // nothing is left to do, or when the job could not be recorded (refused(why) says so).
    bool start(Action action, const QList<qint64> &ids);
    // Sends these journal entries again, each once (uncertain creates are skipped). Returns false
    // when a job is running or nothing is left to send.
    bool resume(const QList<JournalEntry> &entries);
    void cancel();

    bool isRunning() const { return m_running; }
    Action action() const { return m_action; }
    BulkJobProgress progress() const { return m_progress; }
    QList<Failure> failures() const { return m_failures; }
    static QString describe(Action action, int count);

Q_SIGNALS:
    void progressChanged(const BulkJobProgress &progress);
    void failureAdded(const BulkJobRunner::Failure &failure);
    void finished(const BulkJobProgress &progress);
    // The job was not started because it could not be recorded first.
    void refused(const QString &why);

private:
    void onAnswer(qint64 id, quint64 ticket, const ApiError &error, const Subscription *updated);
    void onResumeAnswer(const JournalEntry &entry, const ApiError &error, const std::optional<Subscription> &result);
    void maybeFinish();
    void begin(Action action, int total);

    JournaledWrites *m_writes;
    SubscriptionTableModel *m_model;
    Action m_action = Action::Disable;
    BulkJobId m_job = 0;
    bool m_running = false;
    bool m_cancelled = false;
    int m_outstanding = 0;
    BulkJobProgress m_progress;
    QList<Failure> m_failures;
    QHash<qint64, QString> m_urls;
};
