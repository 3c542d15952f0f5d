#include "ui/QueueStatusWidget.h"

#include "api/RequestQueue.h"
#include "api/RequestTransport.h"
#include "common/Duration.h"
#include "ui/QueuePanel.h"

#include <QEvent>
#include <QLocale>
#include <QScreen>

QueueStatusWidget::QueueStatusWidget(QWidget *parent)
    : QToolButton(parent)
    , m_panel(new QueuePanel(this))
{
    // A popup window of its own: closes on a click outside or Escape.
    m_panel->setWindowFlags(Qt::Popup);
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIcon(QIcon(QStringLiteral(":/icons/queue.svg")));
    setAccessibleName(tr("Request queue"));
    setToolTip(tr("Requests waiting for the rate limit. Click for each endpoint's budget."));
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(100);
    connect(&m_coalesce, &QTimer::timeout, this, &QueueStatusWidget::updateText);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &QueueStatusWidget::updateText);
    connect(this, &QToolButton::clicked, this, &QueueStatusWidget::showPanel);
    updateText();
}

void QueueStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Request queue"));
        setToolTip(tr("Requests waiting for the rate limit. Click for each endpoint's budget."));
        updateText();
    }
    QToolButton::changeEvent(event);
}

void QueueStatusWidget::setQueue(RequestQueue *queue)
{
    if (m_queue)
        disconnect(m_queue, nullptr, this, nullptr);
    m_queue = queue;
    if (m_queue)
        connect(m_queue, &RequestQueue::stateChanged, this, [this] {
            if (!m_coalesce.isActive())
                m_coalesce.start();
        });
    m_panel->setQueue(queue);
    updateText();
}

void QueueStatusWidget::updateText()
{
    if (!m_queue) {
        setText(tr("Not connected"));
        m_countdown.stop();
        return;
    }
    int queued = 0;
    qint64 nextFree = 0;
    QString reason;
    for (const BucketState &s : m_queue->snapshot()) {
        const int waiting = s.queuedInteractive + s.queuedBulk;
        queued += waiting;
        if (waiting > 0 && s.nextFreeSlotInMs > 0 && (nextFree == 0 || s.nextFreeSlotInMs < nextFree)) {
            nextFree = s.nextFreeSlotInMs;
            reason = s.throttledReason;
        }
    }
    const int pending = m_queue->pendingCount();
    if (pending == 0) {
        setText(tr("Queue idle"));
    } else if (nextFree > 0) {
        // Whole seconds for the status bar; the panel has the detail.
        setText(
            tr("%n queued · next slot in %1", nullptr, queued).arg(Duration::format(((nextFree + 999) / 1000) * 1000)));
    } else {
        setText(tr("%n request(s) in progress", nullptr, pending));
    }
    setToolTip(reason.isEmpty() ? tr("Requests waiting for the rate limit. Click for each endpoint's budget.")
                                : tr("Throttled: %1\nClick for each endpoint's budget.").arg(reason));
    if (nextFree > 0)
        m_countdown.start();
    else
        m_countdown.stop();
}

void QueueStatusWidget::showPanel()
{
    m_panel->refresh();
    m_panel->adjustSize();
    const QSize size = m_panel->sizeHint();
    QPoint pos = mapToGlobal(QPoint(width() - size.width(), -size.height()));
    if (const QScreen *s = screen()) {
        const QRect avail = s->availableGeometry();
        pos.setX(qBound(avail.left(), pos.x(), qMax(avail.left(), avail.right() - size.width())));
        pos.setY(qBound(avail.top(), pos.y(), qMax(avail.top(), avail.bottom() - size.height())));
    }
    m_panel->move(pos);
    m_panel->show();
}
