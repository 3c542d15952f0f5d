#pragma once

#include "api/ApiError.h"
#include "api/BulkJobProgress.h"
#include "api/Subscription.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class ApiClient;
class SubscriptionTableModel;

// Enables, disables or deletes many subscriptions as one bulk job. Every request goes on the bulk
// lane, so the request queue paces them within the rate limits and lets a person's clicks go
// first. Rows show their new state at once (pending); each answer confirms or rolls back its row.
class BulkJobRunner : public QObject
{
    Q_OBJECT
public:
    enum class Action { Enable, Disable, Delete };
    Q_ENUM(Action)

    struct Failure {
        qint64 id = 0;
        QString url;
        QString reason;
    };

    BulkJobRunner(ApiClient *client, SubscriptionTableModel *model, QObject *parent = nullptr);

    // Starts a job over `ids` (unknown ids are skipped). Returns false when a job is running or
    // nothing is left to do.
    bool start(Action action, const QList<qint64> &ids);
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

private:
    void onAnswer(qint64 id, quint64 ticket, const ApiError &error, const Subscription *updated);
    void maybeFinish();

    ApiClient *m_client;
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
