#include "ui/RetryTimelineLayout.h"

#include <QtMath>

#include <algorithm>

namespace {
constexpr qint64 documentedIntervalMs = 3'600'000;  // "Retries are performed hourly"
constexpr qreal axisTick = 3;

bool isActive(const QString &status)
{
    return status == QLatin1String("retrying") || status == QLatin1String("pending");
}
}  // namespace

RetryTimelineLayout::RetryTimelineLayout(const Delivery &delivery, const QSizeF &size, const Metrics &metrics)
    : m_delivery(delivery)
    , m_metrics(metrics)
    , m_size(size)
{
    m_slotCount = std::max(1, delivery.maxAttempts);
    if (m_slotCount > 1 && delivery.createdAt.isValid() && delivery.givesUpAt.isValid()) {
        const qint64 span = delivery.createdAt.msecsTo(delivery.givesUpAt);
        if (span > 0)
            m_intervalMs = std::max<qint64>(1, span / (m_slotCount - 1));
    } else {
        m_intervalMs = documentedIntervalMs;
    }

    m_attemptsMade = std::max(0, delivery.attemptCount);
    m_slotAttempt.resize(m_slotCount);
    for (const DeliveryAttempt &attempt : delivery.attempts) {
        if (attempt.number < 1)
            continue;
        m_attemptsMade = std::max(m_attemptsMade, attempt.number);
        // Later attempts win a shared (overflow) slot: the newest outcome is what matters.
        const int slot = slotForAttempt(attempt.number);
        if (!m_slotAttempt[slot] || m_slotAttempt[slot]->number <= attempt.number)
            m_slotAttempt[slot] = attempt;
    }

    const qreal m = metrics.margin;
    const qreal width = std::max<qreal>(0, size.width() - 2 * m);
    qreal y = m;
    m_header = QRectF(m, y, width, metrics.lineHeight);
    y += metrics.lineHeight + metrics.rowGap;
    m_markerRow = QRectF(m, y, width, metrics.markerHeight);
    y += metrics.markerHeight;

    // Whole-pixel slots keep the edges crisp; only very narrow widgets fall back to fractions.
    m_slotWidth = std::floor(width / m_slotCount);
    if (m_slotWidth < metrics.minSlotWidth)
        m_slotWidth = width / m_slotCount;
    m_strip = QRectF(m, y, m_slotWidth * m_slotCount, metrics.stripHeight);
    y += metrics.stripHeight;
    m_axis = QRectF(m, y, width, axisTick + metrics.lineHeight);
    y += m_axis.height() + metrics.rowGap;
    m_legend = QRectF(m, y, width, metrics.lineHeight);
}

QSizeF RetryTimelineLayout::preferredSize(int slotCount, const Metrics &metrics)
{
    const qreal height = 2 * metrics.margin + metrics.lineHeight + metrics.rowGap + metrics.markerHeight
        + metrics.stripHeight + axisTick + metrics.lineHeight + metrics.rowGap + metrics.lineHeight;
    return {2 * metrics.margin + 12.0 * std::max(1, slotCount), height};
}

QSizeF RetryTimelineLayout::minimumSize(int slotCount, const Metrics &metrics)
{
    const QSizeF preferred = preferredSize(slotCount, metrics);
    return {2 * metrics.margin + metrics.minSlotWidth * std::max(1, slotCount), preferred.height()};
}

RetryTimelineLayout::SlotState RetryTimelineLayout::outcomeOf(const DeliveryAttempt &attempt)
{
    if (!attempt.statusCode)
        return SlotState::NetworkError;
    const int code = *attempt.statusCode;
    return code >= 200 && code < 300 ? SlotState::Success : SlotState::HttpError;
}

int RetryTimelineLayout::remainingRetries() const
{
    if (!isActive(m_delivery.status))
        return 0;
    // The first attempt is not a retry: 49 attempts are 1 + 48 retries.
    return std::max(0, m_slotCount - std::max(1, m_attemptsMade));
}

QRectF RetryTimelineLayout::slotRect(int index) const
{
    if (index < 0 || index >= m_slotCount)
        return {};
    const qreal gap = m_slotWidth >= 6 ? 1 : 0;
    return QRectF(m_strip.left() + index * m_slotWidth, m_strip.top(), m_slotWidth - gap, m_strip.height());
}

int RetryTimelineLayout::slotForAttempt(int number) const
{
    return std::clamp(number - 1, 0, m_slotCount - 1);
}

RetryTimelineLayout::SlotState RetryTimelineLayout::slotState(int index) const
{
    const bool active = isActive(m_delivery.status);
    if (active && index == nextSlot())
        return SlotState::Next;
    if (index >= 0 && index < m_slotCount && m_slotAttempt[index])
        return outcomeOf(*m_slotAttempt[index]);
    if (index < m_attemptsMade) {
        // List answers carry no attempts, but the last one's outcome is in the delivery itself.
        if (index == slotForAttempt(m_attemptsMade)) {
            if (m_delivery.status == QLatin1String("delivered"))
                return SlotState::Success;
            if (m_delivery.lastStatusCode) {
                DeliveryAttempt last;
                last.statusCode = m_delivery.lastStatusCode;
                return outcomeOf(last);
            }
            if (!m_delivery.lastError.isEmpty())
                return SlotState::NetworkError;
        }
        return SlotState::PastUnknown;
    }
    return active ? SlotState::Scheduled : SlotState::Unused;
}

std::optional<DeliveryAttempt> RetryTimelineLayout::attemptInSlot(int index) const
{
    if (index < 0 || index >= m_slotCount)
        return std::nullopt;
    return m_slotAttempt[index];
}

QDateTime RetryTimelineLayout::scheduledAt(int index) const
{
    if (!m_delivery.createdAt.isValid())
        return {};
    return m_delivery.createdAt.addMSecs(qint64(index) * m_intervalMs);
}

int RetryTimelineLayout::slotAt(const QPointF &point) const
{
    if (m_slotWidth <= 0 || point.y() < m_markerRow.top() || point.y() >= m_strip.bottom())
        return -1;
    if (point.x() < m_strip.left() || point.x() >= m_strip.right())
        return -1;
    return std::clamp(int((point.x() - m_strip.left()) / m_slotWidth), 0, m_slotCount - 1);
}

int RetryTimelineLayout::nextSlot() const
{
    if (!isActive(m_delivery.status))
        return -1;
    return std::min(m_attemptsMade, m_slotCount - 1);
}

QPolygonF RetryTimelineLayout::nextMarker() const
{
    const int slot = nextSlot();
    if (slot < 0)
        return {};
    const qreal cx = slotRect(slot).center().x();
    const qreal half = std::max<qreal>(3, m_markerRow.height() * 0.7);
    return QPolygonF({QPointF(cx - half, m_markerRow.top()), QPointF(cx + half, m_markerRow.top()),
                      QPointF(cx, m_markerRow.bottom())});
}

QLineF RetryTimelineLayout::giveUpLine() const
{
    const qreal x = m_strip.right();
    return QLineF(x, m_markerRow.top(), x, m_strip.bottom() + axisTick);
}

QList<int> RetryTimelineLayout::tickSlots() const
{
    const int last = m_slotCount - 1;
    QList<int> ticks{0};
    const int segments = std::min(4, last);
    for (int i = 1; i <= segments; ++i) {
        const int slot = int(std::lround(double(i) * last / segments));
        if (slot != ticks.last())
            ticks.append(slot);
    }
    return ticks;
}

QList<QRectF> RetryTimelineLayout::tickLabelRects(const QList<qreal> &widths) const
{
    constexpr qreal gap = 6;
    const QList<int> ticks = tickSlots();
    const QRectF row = m_axis.adjusted(0, axisTick, 0, 0);
    QList<QRectF> rects;
    qreal taken = -1e9;  // right edge of the last label placed
    for (qsizetype i = 0; i < ticks.size(); ++i) {
        const qreal width = i < widths.size() ? widths.at(i) : 0;
        qreal left = slotRect(ticks.at(i)).center().x() - width / 2;
        if (i == 0)
            left = m_strip.left();
        else if (i == ticks.size() - 1)
            left = m_strip.right() - width;
        const bool fits = left >= taken + gap && left + width <= m_strip.right() + 0.5;
        rects.append(fits ? QRectF(left, row.top(), width, row.height()) : QRectF());
        if (fits)
            taken = left + width;
    }
    return rects;
}

QRectF RetryTimelineLayout::legendSwatch(int i, int count) const
{
    if (count <= 0)
        return {};
    const qreal itemWidth = m_legend.width() / count;
    const qreal side = std::min<qreal>(10, m_legend.height() - 4);
    return QRectF(m_legend.left() + i * itemWidth, m_legend.center().y() - side / 2, side, side);
}

QRectF RetryTimelineLayout::legendTextRect(int i, int count) const
{
    if (count <= 0)
        return {};
    const qreal itemWidth = m_legend.width() / count;
    const QRectF swatch = legendSwatch(i, count);
    const qreal left = swatch.right() + 4;
    return QRectF(left, m_legend.top(), m_legend.left() + (i + 1) * itemWidth - left - 4, m_legend.height());
}
