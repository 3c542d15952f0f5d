#include "ui/ReissueBanner.h"

#include "journal/WriteJournal.h"
#include "models/TimeText.h"
#include "reissue/ReissueJobStore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

ReissueBanner::ReissueBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    // A line or two above the lists, never more than its text needs.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    setObjectName(QStringLiteral("reissueBanner"));
    m_text->setObjectName(QStringLiteral("reissueBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    connect(m_text, &QLabel::linkActivated, this, &ReissueBanner::continueRequested);
    hide();
}

void ReissueBanner::setJournal(WriteJournal *journal)
{
    m_journal = journal;
    refresh();
}

void ReissueBanner::refresh()
{
    if (!m_journal || !m_journal->isOpen()) {
        hide();
        return;
    }
    ReissueJobStore store(*m_journal);
    const auto jobs = store.unfinished();
    if (!jobs || jobs->isEmpty()) {
        hide();
        return;
    }
    QStringList lines;
    for (const ReissueJob &job : *jobs) {
        QString state;
        switch (job.step) {
        case ReissueJob::Step::Started:
        case ReissueJob::Step::Created:
        case ReissueJob::Step::Prepared:
            state = tr("its new secret is not marked as stored yet");
            break;
        case ReissueJob::Step::SecretShown:
            state = tr("copy %1 waits for the cut-over").arg(*job.newId);
            break;
        case ReissueJob::Step::CuttingOver:
            state = tr("the cut-over to %1 was interrupted").arg(*job.newId);
            break;
        case ReissueJob::Step::CutOver:
            state = tr("%1 is in use; delete %2 when its retries are over, at the latest after %3")
                        .arg(*job.newId)
                        .arg(job.oldId)
                        .arg(TimeText::format(job.deleteDueAt()));
            break;
        case ReissueJob::Step::Done:
        case ReissueJob::Step::Cancelled:
            continue;
        }
        lines << tr("Secret re-issue of subscription %1: %2. <a href=\"%3\">Continue…</a>")
                     .arg(job.oldId)
                     .arg(state.toHtmlEscaped(), job.id.toHtmlEscaped());
    }
    m_text->setText(lines.join(QStringLiteral("<br>")));
    setVisible(!lines.isEmpty());
}

void ReissueBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}
