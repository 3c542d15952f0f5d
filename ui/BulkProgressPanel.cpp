#include "ui/BulkProgressPanel.h"

#include "common/Duration.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

BulkProgressPanel::BulkProgressPanel(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_text(new QLabel(this))
    , m_cancel(new QPushButton(QIcon(QStringLiteral(":/icons/cancel.svg")), QString(), this))
    , m_close(new QPushButton(this))
    , m_failures(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *row = new QHBoxLayout;
    m_bar->setTextVisible(true);
    row->addWidget(m_bar, 1);
    row->addWidget(m_cancel);
    row->addWidget(m_close);
    layout->addLayout(row);
    m_text->setWordWrap(true);
    layout->addWidget(m_text);
    m_failures->setMaximumHeight(m_failures->fontMetrics().lineSpacing() * 6);
    m_failures->hide();
    layout->addWidget(m_failures);
    m_close->hide();
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->cancel();
        m_cancel->setEnabled(false);
    });
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    retranslate();
    hide();
}

void BulkProgressPanel::retranslate()
{
    setAccessibleName(tr("Bulk job progress"));
    m_bar->setAccessibleName(tr("Bulk job progress"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel bulk job"));
    m_cancel->setToolTip(tr("Stop the job: requests not sent yet are dropped (Ctrl+Shift+X)"));
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close bulk job report"));
    m_text->setAccessibleName(tr("Bulk job status"));
    m_failures->setAccessibleName(tr("Failed items"));
}

void BulkProgressPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The shown job's counts, said again; the failures' reasons are the server's words.
        if (m_runner && isVisibleTo(parentWidget())) {
            BulkJobProgress p = m_runner->progress();
            p.label = BulkJobRunner::describe(m_runner->action(), p.total);
            update(p);
        }
    }
    QWidget::changeEvent(event);
}

void BulkProgressPanel::setRunner(BulkJobRunner *runner)
{
    if (m_runner)
        disconnect(m_runner, nullptr, this, nullptr);
    m_runner = runner;
    if (!runner) {
        hide();
        return;
    }
    connect(runner, &BulkJobRunner::progressChanged, this, &BulkProgressPanel::update);
    connect(runner, &BulkJobRunner::finished, this, &BulkProgressPanel::update);
    connect(runner, &BulkJobRunner::failureAdded, this, [this](const BulkJobRunner::Failure &f) {
        m_failures->addItem(tr("#%1 %2: %3").arg(f.id).arg(f.url, f.reason));
        m_failures->show();
    });
    connect(runner, &BulkJobRunner::progressChanged, this, [this](const BulkJobProgress &p) {
        // A new job: start from a clean report.
        if (p.done() == 0) {
            m_failures->clear();
            m_failures->hide();
            m_cancel->setEnabled(true);
            m_cancel->show();
            m_close->hide();
            show();
        }
    });
}

QString BulkProgressPanel::statusText() const
{
    return m_text->text();
}

void BulkProgressPanel::update(const BulkJobProgress &p)
{
    const QLocale locale;
    m_bar->setRange(0, qMax(1, p.total));
    m_bar->setValue(p.done());
    m_bar->setFormat(tr("%1 of %2").arg(locale.toString(p.done()), locale.toString(p.total)));
    QString text;
    if (p.finished) {
        text = tr("%1: finished. %2 done, %3 failed, %4 cancelled.")
                   .arg(p.label, locale.toString(p.succeeded), locale.toString(p.failed), locale.toString(p.cancelled));
        m_cancel->hide();
        m_close->show();
        if (p.failed == 0)
            m_failures->hide();
    } else {
        text = tr("%1: %2 done, %3 failed").arg(p.label, locale.toString(p.succeeded), locale.toString(p.failed));
        if (p.etaMs > 0)
            text += QLatin1String(" · ") + tr("about %1 left").arg(Duration::format(((p.etaMs + 999) / 1000) * 1000));
        else if (p.etaMs < 0)
            text += QLatin1String(" · ") + tr("estimating time left…");
        if (m_runner && !m_cancel->isEnabled())
            text += QLatin1String(" · ") + tr("cancelling…");
    }
    m_text->setText(text);
    show();
}
