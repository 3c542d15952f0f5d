#pragma once

#include "api/EventType.h"
#include "api/Subscription.h"
#include "reissue/ReissueJob.h"

#include <QDialog>

#include <memory>
#include <optional>

class ApiClient;
class Clock;
class EventChecklist;
class JournalRecorder;
class QCheckBox;
class QClipboard;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class ReissueJobStore;
class SecretField;
class SecretReissue;

// Re-issue secret: the guided copy, secret, cut-over and clean-up of one subscription
// (SecretReissue), in one dialog that can be closed and opened again at any step. The secret is
// shown once, with a copy button whose clipboard copy is cleared after a while, beside a text for
// the customer; only when the person ticks that they stored it is the copy kept (closing before
// that makes the next attempt start with a new copy and a new secret). While a request of the job
// is under way the dialog stays open, so that no step is left half-answered.
class SecretReissueDialog : public QDialog
{
    Q_OBJECT
public:
    SecretReissueDialog(ApiClient &client, JournalRecorder &recorder, const Clock &clock, QClipboard *clipboard,
                        int clipboardClearMs, QWidget *parent = nullptr);
    ~SecretReissueDialog() override;

    // Offers a new re-issue of `subscription`. `events`: its events where known (set from this
    // computer); otherwise the person chooses them from `types`.
    void offer(const Subscription &subscription, const std::optional<QStringList> &events, const EventTypeList &types);
    // Goes on with the stored job `jobId` where it stopped.
    void continueJob(const QString &jobId);

    const ReissueJob &job() const;

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    // A subscription was created, changed or deleted: the list is worth refreshing.
    void subscriptionsChanged();
    // The job reached a step (stored in the journal): the reminders are worth reading again.
    void jobChanged();

private:
    enum class Stage { Offer, Busy, Secret, WaitingForCutover, WaitingForDrain, Finished, Failed };
    void begin();
    void showStage(Stage stage);
    void showSecret(const QString &secret);
    void showDrain(const QDateTime &deleteDueAt, int pendingRetries);

    std::unique_ptr<ReissueJobStore> m_jobs;
    std::unique_ptr<SecretReissue> m_runner;
    qint64 m_oldId = 0;
    Stage m_stage = Stage::Offer;

    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_eventsLabel;
    EventChecklist *m_events;
    QLabel *m_progress;
    QProgressBar *m_busy;
    QWidget *m_secretBox;
    SecretField *m_secret;
    QPlainTextEdit *m_customerNote;
    QPushButton *m_copyCustomerNote;
    QCheckBox *m_stored;
    QPushButton *m_start;
    QPushButton *m_cutOver;
    QPushButton *m_retry;
    QPushButton *m_cancelJob;
    QPushButton *m_close;
};
