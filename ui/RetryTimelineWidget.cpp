#include "ui/RetryTimelineWidget.h"

#include "common/Clock.h"
#include "common/Duration.h"
#include "models/TimeText.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace {
using SlotState = RetryTimelineLayout::SlotState;

struct TimelineColors
{
    QColor success, httpError, networkError, networkStroke, unknown, next, scheduled, unused, text, giveUp;
};

// Outcome colours keep their hue in both themes; only their lightness follows the palette, so the
// marks stay readable on a dark window as on a light one.
TimelineColors colorsFor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    TimelineColors c;
    c.text = palette.color(QPalette::WindowText);
    c.success = dark ? QColor(0x4c, 0xc3, 0x8a) : QColor(0x2e, 0x9e, 0x5b);
    c.httpError = dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd6, 0x45, 0x45);
    c.networkError = dark ? QColor(0xff, 0xb4, 0x54) : QColor(0xe0, 0x8a, 0x00);
    c.networkStroke = dark ? QColor(0x5a, 0x36, 0x00) : QColor(0x6b, 0x3f, 0x00);
    c.unknown = c.text;
    c.unknown.setAlpha(110);
    c.next = palette.color(QPalette::Highlight);
    c.scheduled = c.text;
    c.scheduled.setAlpha(90);
    c.unused = c.text;
    c.unused.setAlpha(22);
    c.giveUp = c.text;
    return c;
}

// Axis offsets in the unit people think of: "12h", "48h" rather than "2d".
QString offsetLabel(qint64 ms)
{
    if (ms > 0 && ms % 3'600'000 == 0)
        return QString::number(ms / 3'600'000) + QStringLiteral("h");
    return Duration::format(ms);
}

bool isActive(const QString &status)
{
    return status == QLatin1String("retrying") || status == QLatin1String("pending");
}

// Draws one slot; network errors get a diagonal stroke so they differ from HTTP errors by shape too.
void paintSlot(QPainter &p, const QRectF &rect, SlotState state, const TimelineColors &c)
{
    p.setPen(Qt::NoPen);
    switch (state) {
    case SlotState::Success:
        p.fillRect(rect, c.success);
        break;
    case SlotState::HttpError:
        p.fillRect(rect, c.httpError);
        break;
    case SlotState::NetworkError:
        p.fillRect(rect, c.networkError);
        p.setPen(QPen(c.networkStroke, 1.5));
        p.drawLine(rect.bottomLeft() + QPointF(1, -1), rect.topRight() + QPointF(-1, 1));
        break;
    case SlotState::PastUnknown:
        p.fillRect(rect, c.unknown);
        break;
    case SlotState::Next: {
        QColor fill = c.next;
        fill.setAlpha(70);
        p.fillRect(rect, fill);
        p.setPen(QPen(c.next, 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect.adjusted(1, 1, -1, -1));
        break;
    }
    case SlotState::Scheduled:
        p.setPen(QPen(c.scheduled, 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
        break;
    case SlotState::Unused:
        p.fillRect(rect, c.unused);
        break;
    }
}
}  // namespace

RetryTimelineWidget::RetryTimelineWidget(Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
{
    setAccessibleName(tr("Retry timeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    if (clock)
        connect(clock, &Clock::advanced, this, qOverload<>(&QWidget::update));
    updateAccessibility();
}

void RetryTimelineWidget::setDelivery(const Delivery &delivery)
{
    m_delivery = delivery;
    m_hasDelivery = true;
    updateAccessibility();
    updateGeometry();
    update();
}

void RetryTimelineWidget::clear()
{
    m_delivery = Delivery();
    m_hasDelivery = false;
    updateAccessibility();
    update();
}

void RetryTimelineWidget::setRetriesPaused(bool paused)
{
    if (m_retriesPaused == paused)
        return;
    m_retriesPaused = paused;
    updateAccessibility();
    update();
}

void RetryTimelineWidget::setTextVisible(bool visible)
{
    m_textVisible = visible;
    update();
}

RetryTimelineLayout::Metrics RetryTimelineWidget::metrics() const
{
    RetryTimelineLayout::Metrics m;
    m.lineHeight = fontMetrics().height() + 2;
    return m;
}

RetryTimelineLayout RetryTimelineWidget::currentLayout() const
{
    return RetryTimelineLayout(m_delivery, QSizeF(size()), metrics());
}

QSize RetryTimelineWidget::sizeHint() const
{
    return RetryTimelineLayout::preferredSize(m_delivery.maxAttempts, metrics()).toSize();
}

QSize RetryTimelineWidget::minimumSizeHint() const
{
    return RetryTimelineLayout::minimumSize(m_delivery.maxAttempts, metrics()).toSize();
}

QDateTime RetryTimelineWidget::now() const
{
    return m_clock ? m_clock->utcNow() : QDateTime::currentDateTimeUtc();
}

QString RetryTimelineWidget::formatTime(const QDateTime &utc) const
{
    if (!utc.isValid())
        return tr("unknown time");
    return TimeText::format(utc);
}

QString RetryTimelineWidget::relativeTo(const QDateTime &utc) const
{
    if (!utc.isValid())
        return {};
    const qint64 secs = now().secsTo(utc);
    if (secs <= 0)
        return tr("due now");
    if (secs < 60)
        return tr("in %1 s").arg(secs);
    if (secs < 3600)
        return tr("in %1 min").arg(secs / 60);
    const qint64 hours = secs / 3600;
    const qint64 minutes = (secs % 3600) / 60;
    return minutes ? tr("in %1 h %2 min").arg(hours).arg(minutes) : tr("in %1 h").arg(hours);
}

QString RetryTimelineWidget::outcomeText(const DeliveryAttempt &attempt) const
{
    if (attempt.statusCode)
        return tr("HTTP %1").arg(*attempt.statusCode);
    return attempt.error.isEmpty() ? tr("no response") : attempt.error;
}

QString RetryTimelineWidget::lastOutcomeText() const
{
    if (m_delivery.lastStatusCode)
        return tr("HTTP %1").arg(*m_delivery.lastStatusCode);
    return m_delivery.lastError;
}

QString RetryTimelineWidget::summaryText() const
{
    if (!m_hasDelivery)
        return tr("No delivery selected");
    const RetryTimelineLayout layout(m_delivery, QSizeF(size()), metrics());
    const int made = layout.attemptsMade();
    const int total = layout.slotCount();
    const QString status = m_delivery.status;
    const QString last = lastOutcomeText();
    if (status == QLatin1String("delivered"))
        return tr("Delivered on attempt %1 of %2").arg(made).arg(total);
    if (status == QLatin1String("failed")) {
        const QString text =
            made == 1 ? tr("Failed: gave up after 1 attempt") : tr("Failed: gave up after %1 attempts").arg(made);
        return last.isEmpty() ? text : tr("%1 (last: %2)").arg(text, last);
    }
    if (isActive(status) && m_retriesPaused) {
        const QString paused = made == 0
            ? tr("Paused: no attempt while the subscription is disabled")
            : tr("Paused after attempt %1 of %2: no retry while the subscription is disabled").arg(made).arg(total);
        return m_delivery.givesUpAt.isValid()
            ? tr("%1; the retry window ends %2").arg(paused, formatTime(m_delivery.givesUpAt))
            : paused;
    }
    if (isActive(status)) {
        const QString nextText = m_delivery.nextAttemptAt.isValid()
            ? tr("next attempt %1 (%2)").arg(formatTime(m_delivery.nextAttemptAt), relativeTo(m_delivery.nextAttemptAt))
            : tr("next attempt not scheduled");
        if (made == 0)
            return m_delivery.nextAttemptAt.isValid()
                ? tr("Pending: first attempt %1 (%2)")
                      .arg(formatTime(m_delivery.nextAttemptAt), relativeTo(m_delivery.nextAttemptAt))
                : tr("Pending: first attempt not scheduled");
        const QString failed = last.isEmpty()
            ? tr("Retrying: attempt %1 of %2 failed").arg(made).arg(total)
            : tr("Retrying: attempt %1 of %2 failed (%3)").arg(made).arg(total).arg(last);
        return tr("%1, %2").arg(failed, nextText);
    }
    return tr("Status: %1").arg(status);
}

QString RetryTimelineWidget::remainingText() const
{
    if (!m_hasDelivery)
        return {};
    const RetryTimelineLayout layout(m_delivery, QSizeF(size()), metrics());
    if (m_delivery.status == QLatin1String("delivered"))
        return tr("no retries needed");
    if (!isActive(m_delivery.status))
        return tr("no retries left");
    const int remaining = layout.remainingRetries();
    return remaining == 1 ? tr("1 retry left") : tr("%1 retries left").arg(remaining);
}

QString RetryTimelineWidget::giveUpText() const
{
    if (!m_hasDelivery || !m_delivery.givesUpAt.isValid())
        return {};
    if (m_delivery.status == QLatin1String("failed"))
        return tr("gave up %1").arg(formatTime(m_delivery.givesUpAt));
    if (m_delivery.status == QLatin1String("delivered"))
        return tr("window ends %1").arg(formatTime(m_delivery.givesUpAt));
    return tr("gives up %1").arg(formatTime(m_delivery.givesUpAt));
}

QString RetryTimelineWidget::slotToolTip(int slot) const
{
    const RetryTimelineLayout layout = currentLayout();
    if (!m_hasDelivery || slot < 0 || slot >= layout.slotCount())
        return {};
    QString text = tr("Attempt %1 of %2").arg(slot + 1).arg(layout.slotCount());
    const auto attempt = layout.attemptInSlot(slot);
    switch (layout.slotState(slot)) {
    case SlotState::Success:
    case SlotState::HttpError:
    case SlotState::NetworkError:
        if (attempt) {
            if (attempt->number != slot + 1)
                text = tr("Attempt %1 (manual retry)").arg(attempt->number);
            text += QLatin1Char('\n') + formatTime(attempt->at);
            text += QLatin1Char('\n') + tr("%1 after %2 ms").arg(outcomeText(*attempt)).arg(attempt->durationMs);
            if (attempt->statusCode && !attempt->error.isEmpty())
                text += QLatin1Char('\n') + attempt->error;
            if (!attempt->responseExcerpt.isEmpty())
                text += QLatin1Char('\n') + attempt->responseExcerpt.left(120).simplified();
        } else {
            text += QLatin1Char('\n')
                + (m_delivery.status == QLatin1String("delivered") ? tr("delivered") : lastOutcomeText());
        }
        break;
    case SlotState::PastUnknown:
        text += QLatin1Char('\n') + tr("made (details not loaded)");
        break;
    case SlotState::Next: {
        const QDateTime at = m_delivery.nextAttemptAt.isValid() ? m_delivery.nextAttemptAt : layout.scheduledAt(slot);
        text += QLatin1Char('\n')
            + (m_retriesPaused ? tr("next attempt: paused while the subscription is disabled")
                               : tr("next attempt: %1 (%2)").arg(formatTime(at), relativeTo(at)));
        break;
    }
    case SlotState::Scheduled:
        text += QLatin1Char('\n')
            + tr("scheduled for %1 if the earlier attempts fail").arg(formatTime(layout.scheduledAt(slot)));
        break;
    case SlotState::Unused:
        text += QLatin1Char('\n')
            + (m_delivery.status == QLatin1String("delivered") ? tr("not needed: delivered earlier") : tr("not made"));
        break;
    }
    return text;
}

void RetryTimelineWidget::updateAccessibility()
{
    if (!m_hasDelivery) {
        setAccessibleDescription(summaryText());
        setToolTip(QString());
        return;
    }
    QStringList parts{summaryText(), remainingText()};
    const QString giveUp = giveUpText();
    if (!giveUp.isEmpty())
        parts << giveUp;
    setAccessibleDescription(parts.join(QStringLiteral(". ")));
}

bool RetryTimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int slot = currentLayout().slotAt(help->pos());
        const QString text = slot >= 0 ? slotToolTip(slot) : (m_hasDelivery ? accessibleDescription() : QString());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void RetryTimelineWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setAccessibleName(tr("Retry timeline"));
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LocaleChange
        || event->type() == QEvent::LanguageChange) {
        updateGeometry();
        updateAccessibility();
    }
    QWidget::changeEvent(event);
}

void RetryTimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    const TimelineColors colors = colorsFor(palette());
    const RetryTimelineLayout layout = currentLayout();

    if (!m_hasDelivery) {
        if (m_textVisible) {
            p.setPen(colors.scheduled);
            p.drawText(rect(), Qt::AlignCenter, summaryText());
        }
        return;
    }

    // Header: status on the left, the remaining retries (the number people look for) on the right.
    if (m_textVisible) {
        QFont bold = font();
        bold.setBold(true);
        const QString remaining = remainingText();
        const int remainingWidth = QFontMetrics(bold).horizontalAdvance(remaining);
        p.setFont(bold);
        p.setPen(isActive(m_delivery.status) ? colors.next : colors.text);
        p.drawText(layout.headerRect(), Qt::AlignRight | Qt::AlignVCenter, remaining);
        p.setFont(font());
        p.setPen(colors.text);
        const QRectF left = layout.headerRect().adjusted(0, 0, -(remainingWidth + 12), 0);
        p.drawText(left, Qt::AlignLeft | Qt::AlignVCenter,
                   fontMetrics().elidedText(summaryText(), Qt::ElideRight, int(left.width())));
    }

    // Slots are pixel-aligned rectangles: no antialiasing, so edges stay crisp at any scale.
    p.setRenderHint(QPainter::Antialiasing, false);
    for (int i = 0; i < layout.slotCount(); ++i)
        paintSlot(p, layout.slotRect(i), layout.slotState(i), colors);
    p.setRenderHint(QPainter::Antialiasing, true);

    const QPolygonF marker = layout.nextMarker();
    if (!marker.isEmpty()) {
        p.setPen(Qt::NoPen);
        p.setBrush(colors.next);
        p.drawPolygon(marker);
    }

    // The end of the window: solid in the error colour once the sender has given up.
    const bool failed = m_delivery.status == QLatin1String("failed");
    p.setPen(QPen(failed ? colors.httpError : colors.giveUp, 2, Qt::SolidLine, Qt::FlatCap));
    p.drawLine(layout.giveUpLine());

    // Axis: ticks under the slots, labelled with the offset from the first attempt.
    const QList<int> ticks = layout.tickSlots();
    p.setPen(QPen(colors.scheduled, 1));
    for (int slot : ticks) {
        const qreal x = layout.slotRect(slot).center().x();
        p.drawLine(QPointF(x, layout.stripRect().bottom()), QPointF(x, layout.stripRect().bottom() + 3));
    }
    if (m_textVisible) {
        p.setPen(colors.text);
        QStringList labels;
        QList<qreal> widths;
        for (int slot : ticks) {
            labels << (slot == 0 ? QStringLiteral("0") : offsetLabel(qint64(slot) * layout.intervalMs()));
            widths << fontMetrics().horizontalAdvance(labels.last()) + 2;
        }
        // The give-up time goes after the end of the scale when it fits; the scale keeps every
        // tick (the time is in the tooltip and the deliveries table as well).
        const QString giveUp = giveUpText();
        QList<QRectF> rects = layout.tickLabelRects(widths);
        if (!giveUp.isEmpty() && ticks.size() > 1) {
            QList<qreal> withGiveUp = widths;
            const QString endLabel = labels.last() + QStringLiteral(" · ") + giveUp;
            withGiveUp.last() = fontMetrics().horizontalAdvance(endLabel) + 2;
            const QList<QRectF> tried = layout.tickLabelRects(withGiveUp);
            if (!tried.last().isEmpty() && tried.count(QRectF()) == rects.count(QRectF())) {
                labels.last() = endLabel;
                rects = tried;
            }
        }
        for (qsizetype i = 0; i < rects.size(); ++i) {
            if (!rects.at(i).isEmpty())
                p.drawText(rects.at(i), Qt::AlignLeft | Qt::AlignTop, labels.at(i));
        }
    }

    // Legend: the same marks as the strip, so the colours never need explaining elsewhere.
    const struct
    {
        SlotState state;
        QString text;
    } legend[] = {
        {SlotState::Success, tr("Delivered")},          {SlotState::HttpError, tr("HTTP error")},
        {SlotState::NetworkError, tr("Network error")}, {SlotState::Next, tr("Next attempt")},
        {SlotState::Scheduled, tr("Scheduled")},
    };
    const int count = int(std::size(legend));
    for (int i = 0; i < count; ++i) {
        p.setRenderHint(QPainter::Antialiasing, false);
        paintSlot(p, layout.legendSwatch(i, count), legend[i].state, colors);
        p.setRenderHint(QPainter::Antialiasing, true);
        if (m_textVisible) {
            p.setPen(colors.text);
            const QRectF textRect = layout.legendTextRect(i, count);
            p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                       fontMetrics().elidedText(legend[i].text, Qt::ElideRight, int(textRect.width())));
        }
    }
}
