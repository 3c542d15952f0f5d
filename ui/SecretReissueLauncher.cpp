#include "ui/SecretReissueLauncher.h"

#include "connection/Connection.h"
#include "journal/JournalRecorder.h"
#include "journal/WriteJournal.h"
#include "reissue/ReissueJobStore.h"
#include "ui/ConsoleServices.h"
#include "ui/ConsoleSession.h"
#include "ui/SecretReissueDialog.h"

SecretReissueLauncher::SecretReissueLauncher(const ConsoleServices &services, QWidget &dialogParent, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_dialogParent(dialogParent)
{ }

SecretReissueDialog *SecretReissueLauncher::openDialog(ConsoleSession &session)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        Q_EMIT statusMessage(tr("Finish or close the re-issue that is open first."), 8000);
        return nullptr;
    }
    JournalRecorder *recorder = session.connection().recorder();
    if (!recorder) {
        Q_EMIT statusMessage(tr("A secret re-issue needs the journal of changes, which is not available: %1")
                                 .arg(session.journalError()),
                             10000);
        return nullptr;
    }
    auto *dialog = new SecretReissueDialog(session.connection().client(), *recorder, *m_services.clock,
                                           m_services.clipboard, m_services.clipboardClearMs, &m_dialogParent);
    dialog->setObjectName(QStringLiteral("secretReissueDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SecretReissueDialog::subscriptionsChanged, this, &SecretReissueLauncher::subscriptionsChanged);
    connect(dialog, &SecretReissueDialog::jobChanged, this, &SecretReissueLauncher::jobChanged);
    m_dialog = dialog;
    return dialog;
}

void SecretReissueLauncher::reissue(ConsoleSession &session, const Subscription &subscription,
                                    const EventTypeList &types)
{
    if (!subscription.id)
        return;
    WriteJournal *journal = session.journal();
    if (journal) {
        ReissueJobStore jobs(*journal);
        if (const auto open = jobs.unfinishedFor(*subscription.id); open && *open)
            return continueJob(session, (*open)->id);
    }
    SecretReissueDialog *dialog = openDialog(session);
    if (!dialog)
        return;
    // The list knows the events when they were set in this session; the journal knows those set
    // from this computer before.
    std::optional<QStringList> events = subscription.events;
    if (!events)
        events = journal->knownEvents(*subscription.id);
    dialog->offer(subscription, events, types);
    dialog->open();
}

void SecretReissueLauncher::continueJob(ConsoleSession &session, const QString &jobId)
{
    SecretReissueDialog *dialog = openDialog(session);
    if (!dialog)
        return;
    dialog->open();
    dialog->continueJob(jobId);
}
