#include "ui/SecretReissueDialog.h"

#include "api/ApiClient.h"
#include "models/TimeText.h"
#include "journal/JournalRecorder.h"
#include "reissue/ReissueJobStore.h"
#include "reissue/SecretReissue.h"
#include "ui/EventChecklist.h"
#include "ui/SecretField.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

SecretReissueDialog::SecretReissueDialog(ApiClient &client, JournalRecorder &recorder, const Clock &clock,
                                         QClipboard *clipboard, int clipboardClearMs, QWidget *parent)
    : QDialog(parent)
    , m_jobs(std::make_unique<ReissueJobStore>(recorder.journal()))
    , m_runner(std::make_unique<SecretReissue>(client, recorder, *m_jobs, clock))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_eventsLabel(new QLabel(tr("&Events of the copy:"), this))
    , m_events(new EventChecklist(this))
    , m_progress(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_secretBox(new QWidget(this))
    , m_secret(new SecretField(clipboard, clipboardClearMs, m_secretBox))
    , m_customerNote(new QPlainTextEdit(m_secretBox))
    , m_copyCustomerNote(new QPushButton(tr("Copy te&xt for the customer"), m_secretBox))
    , m_stored(new QCheckBox(tr("I have &stored the secret or given it to the customer"), m_secretBox))
    , m_start(new QPushButton(tr("C&reate copy"), this))
    , m_cutOver(new QPushButton(tr("C&ut over now"), this))
    , m_retry(new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("&Try again"), this))
    , m_cancelJob(new QPushButton(tr("Ca&ncel re-issue"), this))
    , m_close(new QPushButton(tr("C&lose"), this))
{
    setWindowTitle(tr("Re-issue Secret"));
    setAccessibleName(tr("Re-issue secret"));
    setMinimumWidth(520);
    // Names for findChild in tests.
    m_text->setObjectName(QStringLiteral("reissueText"));
    m_events->setObjectName(QStringLiteral("reissueEvents"));
    m_progress->setObjectName(QStringLiteral("reissueProgress"));
    m_secret->setNames(QStringLiteral("reissueSecret"), QStringLiteral("reissueCopySecretButton"),
                       tr("New client secret"));
    m_customerNote->setObjectName(QStringLiteral("reissueCustomerNote"));
    m_stored->setObjectName(QStringLiteral("reissueStored"));
    m_start->setObjectName(QStringLiteral("reissueStartButton"));
    m_cutOver->setObjectName(QStringLiteral("reissueCutOverButton"));
    m_retry->setObjectName(QStringLiteral("reissueRetryButton"));
    m_cancelJob->setObjectName(QStringLiteral("reissueCancelJobButton"));
    m_close->setObjectName(QStringLiteral("reissueCloseButton"));

    auto *layout = new QVBoxLayout(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text);
    m_eventsLabel->setBuddy(m_events);
    layout->addWidget(m_eventsLabel);
    layout->addWidget(m_events, 1);

    auto *secretLayout = new QVBoxLayout(m_secretBox);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->addWidget(m_secret);
    auto *customerLabel = new QLabel(tr("For the customer (holds no secret):"), m_secretBox);
    secretLayout->addWidget(customerLabel);
    m_customerNote->setReadOnly(true);
    m_customerNote->setAccessibleName(tr("Text for the customer"));
    m_customerNote->setFixedHeight(m_customerNote->fontMetrics().lineSpacing() * 6);
    secretLayout->addWidget(m_customerNote);
    secretLayout->addWidget(m_copyCustomerNote, 0, Qt::AlignLeft);
    secretLayout->addWidget(m_stored);
    layout->addWidget(m_secretBox);

    m_progress->setWordWrap(true);
    layout->addWidget(m_progress);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    layout->addWidget(m_busy);

    // Word-wrapped texts need less height at the dialog's real width than its size hint assumes:
    // what is left over goes below them, not between them.
    layout->addStretch(1);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_start, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cutOver, QDialogButtonBox::ActionRole);
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancelJob, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);

    connect(m_start, &QPushButton::clicked, this, &SecretReissueDialog::begin);
    connect(m_cutOver, &QPushButton::clicked, this, [this] {
        showStage(Stage::Busy);
        m_runner->cutOver();
    });
    connect(m_retry, &QPushButton::clicked, this, [this] { continueJob(m_runner->job().id); });
    connect(m_cancelJob, &QPushButton::clicked, this, [this] {
        showStage(Stage::Busy);
        m_runner->cancel(m_runner->job().id);
    });
    connect(m_close, &QPushButton::clicked, this, &SecretReissueDialog::reject);
    connect(m_copyCustomerNote, &QPushButton::clicked, this, [this, clipboard] {
        if (clipboard)
            clipboard->setText(m_customerNote->toPlainText());
    });
    connect(m_stored, &QCheckBox::toggled, this, [this](bool stored) {
        if (!stored)
            return;
        m_stored->setEnabled(false);  // kept from now on: it cannot be un-stored
        m_runner->confirmSecretShown();
    });

    connect(m_runner.get(), &SecretReissue::progress, this, [this](const QString &text) { m_progress->setText(text); });
    connect(m_runner.get(), &SecretReissue::secretReady, this, &SecretReissueDialog::showSecret);
    connect(m_runner.get(), &SecretReissue::waitingForCutover, this, [this] { showStage(Stage::WaitingForCutover); });
    connect(m_runner.get(), &SecretReissue::stepStored, this, &SecretReissueDialog::jobChanged);
    connect(m_runner.get(), &SecretReissue::waitingForDrain, this, &SecretReissueDialog::showDrain);
    connect(m_runner.get(), &SecretReissue::finished, this, [this] {
        Q_EMIT subscriptionsChanged();
        showStage(Stage::Finished);
    });
    connect(m_runner.get(), &SecretReissue::failed, this, [this](const QString &message) {
        m_progress->setText(message);
        Q_EMIT subscriptionsChanged();
        showStage(Stage::Failed);
    });
}

SecretReissueDialog::~SecretReissueDialog() = default;

const ReissueJob &SecretReissueDialog::job() const
{
    return m_runner->job();
}

void SecretReissueDialog::offer(const Subscription &subscription, const std::optional<QStringList> &events,
                                const EventTypeList &types)
{
    m_oldId = subscription.id.value_or(0);
    m_title->setText(tr("Re-issue the secret of subscription %1").arg(m_oldId));
    QString text = tr("The API shows a subscription's secret only when it is created, so a new secret needs a new "
                      "subscription. This makes a copy of %1 with the same URL, description and events, disabled, "
                      "and shows its secret once. When the customer is ready, cut over: the copy is enabled and %2 "
                      "disabled. %2 is deleted when its retries are over, at the latest %n hour(s) after the cut-over.",
                      nullptr, int(ReissueJob::kRetryWindowSecs / 3600))
                       .arg(subscription.url)
                       .arg(m_oldId);
    m_events->setEventTypes(types);
    if (events) {
        m_events->setChecked(*events);
        text += u'\n'
            + tr("The copy gets its events: %1.")
                  .arg(events->isEmpty() ? tr("none") : events->join(QStringLiteral(", ")));
    } else {
        text += u'\n'
            + tr("The API never reports a subscription's events and they were not set from this computer: "
                 "choose the events the copy gets.");
    }
    m_text->setText(text);
    m_eventsLabel->setVisible(!events);
    m_events->setVisible(!events);
    showStage(Stage::Offer);
}

void SecretReissueDialog::begin()
{
    showStage(Stage::Busy);
    m_runner->start(m_oldId, m_events->checked());
}

void SecretReissueDialog::continueJob(const QString &jobId)
{
    m_events->hide();
    m_eventsLabel->hide();
    showStage(Stage::Busy);
    m_runner->resume(jobId);
    const ReissueJob &job = m_runner->job();
    if (!job.id.isEmpty()) {
        m_oldId = job.oldId;
        m_title->setText(tr("Re-issue the secret of subscription %1").arg(job.oldId));
    }
}

void SecretReissueDialog::showSecret(const QString &secret)
{
    const ReissueJob &job = m_runner->job();
    Q_EMIT subscriptionsChanged();
    m_secret->setSecret(secret);
    m_customerNote->setPlainText(SecretReissue::customerNote(job));
    m_stored->setChecked(false);
    m_stored->setEnabled(true);
    showStage(Stage::Secret);
}

void SecretReissueDialog::showDrain(const QDateTime &deleteDueAt, int pendingRetries)
{
    const ReissueJob &job = m_runner->job();
    const QString due = TimeText::format(deleteDueAt);
    QString text = tr("Cut over: subscription %1 is enabled, %2 is disabled.").arg(*job.newId).arg(job.oldId) + u' ';
    if (pendingRetries > 0)
        text += tr("%n delivery(s) to %1 are still being retried. It is deleted when they are over, at the latest "
                   "after %2: open this again from the reminder above the list.",
                   nullptr, pendingRetries)
                    .arg(job.oldId)
                    .arg(due);
    else
        text += tr("This server does not tell when %1's retries are over; it can be deleted after %2: open this "
                   "again from the reminder above the list.")
                    .arg(job.oldId)
                    .arg(due);
    m_progress->setText(text);
    Q_EMIT subscriptionsChanged();
    showStage(Stage::WaitingForDrain);
}

void SecretReissueDialog::showStage(Stage stage)
{
    m_stage = stage;
    const ReissueJob &job = m_runner->job();
    const bool offer = stage == Stage::Offer;
    m_start->setVisible(offer);
    m_start->setDefault(offer);
    m_busy->setVisible(stage == Stage::Busy);
    m_secretBox->setVisible(stage == Stage::Secret
                            || (stage == Stage::WaitingForCutover && !m_secret->secret().isEmpty()));
    m_cutOver->setVisible(stage == Stage::Secret || stage == Stage::WaitingForCutover);
    m_cutOver->setEnabled(stage == Stage::WaitingForCutover);
    m_cancelJob->setVisible(stage == Stage::Secret || stage == Stage::WaitingForCutover
                            || (stage == Stage::Failed && !job.id.isEmpty() && !job.isFinished()
                                && job.step < ReissueJob::Step::CuttingOver));
    m_retry->setVisible(stage == Stage::Failed && !job.id.isEmpty() && !job.isFinished());
    m_retry->setText(stage == Stage::WaitingForDrain ? tr("Check &again") : tr("&Try again"));
    if (stage == Stage::WaitingForDrain)
        m_retry->setVisible(true);
    m_close->setEnabled(stage != Stage::Busy);
    m_close->setText(stage == Stage::WaitingForCutover ? tr("&Later") : tr("C&lose"));
    if (offer)
        m_progress->clear();
    if (stage == Stage::Secret)
        m_progress->setText(tr("Subscription %1 is ready and disabled. Give the customer its secret and the text "
                               "below. Until you tick that it is stored, closing this window throws this secret away: "
                               "the next attempt makes a new copy with a new secret.")
                                .arg(*job.newId));
    if (stage == Stage::WaitingForCutover)
        m_progress->setText(tr("Subscription %1 waits, disabled, for the cut-over. Cut over when the customer uses the "
                               "new secret and id; until then %2 goes on working. Later, continue from the reminder "
                               "above the list.")
                                .arg(*job.newId)
                                .arg(job.oldId));
    if (stage == Stage::Finished)
        m_progress->setText(job.step == ReissueJob::Step::Cancelled
                                ? tr("Cancelled: the copy was deleted; subscription %1 is unchanged.").arg(job.oldId)
                                : tr("Done: subscription %1 replaces %2, which was deleted.")
                                      .arg(job.newId.value_or(0))
                                      .arg(job.oldId));
    if (stage == Stage::Failed && !job.id.isEmpty() && !job.isFinished())
        m_progress->setText(m_progress->text() + u' '
                            + tr("Nothing is lost: the re-issue goes on from this step when you try again."));
    // Parts appear and go with the stage: the dialog takes the size they need.
    adjustSize();
    if (stage == Stage::Secret)
        m_secret->copyButton()->setFocus();
    else if (offer)
        m_start->setFocus();
    else if (m_close->isEnabled())
        m_close->setFocus();
}

void SecretReissueDialog::reject()
{
    // A request of the job is under way: its answer must be noted before the dialog goes.
    if (m_stage == Stage::Busy)
        return;
    QDialog::reject();
}
