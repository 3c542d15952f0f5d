#include "ui/QueuePanel.h"

#include "api/RequestQueue.h"
#include "api/RequestTransport.h"
#include "common/Duration.h"
#include "models/TimeText.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

QueuePanel::QueuePanel(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table->setColumnCount(7);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumSize(820, 180);
    layout->addWidget(m_table);
    m_tick.setInterval(500);  // countdowns move while the panel is open
    connect(&m_tick, &QTimer::timeout, this, &QueuePanel::refresh);
    retranslate();
}

void QueuePanel::retranslate()
{
    setAccessibleName(tr("Request queue details"));
    m_title->setText(tr("<b>Request queue</b> — rate-limit budget per endpoint"));
    m_table->setHorizontalHeaderLabels({tr("Endpoint"), tr("Used / limit"), tr("Queued (interactive)"),
                                        tr("Queued (bulk)"), tr("In flight"), tr("429s / retries"),
                                        tr("Waiting because")});
    m_table->setAccessibleName(tr("Rate-limit budget per endpoint"));
}

void QueuePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QFrame::changeEvent(event);
}

void QueuePanel::setQueue(RequestQueue *queue)
{
    if (m_queue)
        disconnect(m_queue, nullptr, this, nullptr);
    m_queue = queue;
    if (m_queue)
        connect(m_queue, &RequestQueue::stateChanged, this, [this] {
            if (isVisible())
                refresh();
        });
    refresh();
}

void QueuePanel::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    refresh();
    m_tick.start();
}

void QueuePanel::hideEvent(QHideEvent *event)
{
    m_tick.stop();
    QFrame::hideEvent(event);
}

void QueuePanel::refresh()
{
    if (!m_queue) {
        m_summary->setText(tr("Not connected."));
        m_table->setRowCount(0);
        return;
    }
    const QList<BucketState> states = m_queue->snapshot();
    const QLocale locale;
    m_summary->setText(tr("%n request(s) waiting or in flight.", nullptr, m_queue->pendingCount()));
    m_table->setRowCount(int(states.size()));
    for (int row = 0; row < states.size(); ++row) {
        const BucketState &s = states.at(row);
        auto set = [&](int column, const QString &text, const QString &tip = {}) {
            auto *item = m_table->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, column, item);
            }
            item->setText(text);
            item->setToolTip(tip.isEmpty() ? text : tip);
        };
        set(0, s.bucket);
        set(1,
            tr("%1 / %2 per %3")
                .arg(locale.toString(s.sentInWindow), locale.toString(s.limit), Duration::format(s.windowMs)));
        set(2, locale.toString(s.queuedInteractive));
        set(3, locale.toString(s.queuedBulk));
        set(4, locale.toString(s.inFlight));
        set(5, tr("%1 / %2").arg(locale.toString(s.count429), locale.toString(s.retries)));
        QString why = s.throttledReason;
        if (why.isEmpty() && s.nextFreeSlotInMs > 0 && (s.queuedInteractive + s.queuedBulk) > 0)
            why = tr("Budget used up: next free slot in %1").arg(Duration::format(s.nextFreeSlotInMs));
        if (why.isEmpty())
            why = (s.queuedInteractive + s.queuedBulk) > 0 ? tr("Sending") : tr("—");
        QString tip = why;
        if (s.nextFreeSlot.isValid() && s.nextFreeSlotInMs > 0)
            tip += QLatin1Char('\n') + tr("Next free slot at %1").arg(TimeText::timeOfDay(s.nextFreeSlot, locale));
        set(6, why, tip);
    }
    m_table->resizeColumnsToContents();
}
