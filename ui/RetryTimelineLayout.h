#pragma once

#include "api/Delivery.h"

#include <QLineF>
#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>

#include <optional>

// Sizes (in device-independent pixels) the layout works with; the widget derives lineHeight from its font.
struct RetryTimelineMetrics
{
    qreal margin = 4;
    qreal lineHeight = 16;  // height of one text line (header, axis, legend)
    qreal markerHeight = 8;  // the row above the strip that holds the next-attempt triangle
    qreal stripHeight = 20;
    qreal rowGap = 3;
    qreal minSlotWidth = 4;
};

// The geometry of a retry timeline, free of painting and text so that it can be unit-tested.
//
// The delivery window is drawn as max_attempts slots (49 for "hourly, for up to 48 hours"): slot k
// (0-based) holds attempt k+1, scheduled at created_at + k * interval. Attempts are placed by their
// number, not their time, so a late or manual attempt still lands in its own slot; attempts beyond
// the last slot (manual retries after giving up) share the last slot.
//
// Rows from top to bottom: header (text), marker row (the "next attempt" triangle), the slot strip,
// the axis (ticks and labels, the give-up label), the legend.
class RetryTimelineLayout
{
public:
    enum class SlotState {
        Success,  // an attempt got a 2xx answer
        HttpError,  // an attempt got a non-2xx HTTP status
        NetworkError,  // an attempt got no HTTP answer (refused, timeout, TLS ...)
        PastUnknown,  // attempted, outcome not in this answer (list items carry no attempts)
        Next,  // the next attempt
        Scheduled,  // a later attempt that will happen if the next ones fail
        Unused,  // not needed any more (delivered early) or never made (failed early)
    };

    using Metrics = RetryTimelineMetrics;

    RetryTimelineLayout() = default;
    RetryTimelineLayout(const Delivery &delivery, const QSizeF &size, const Metrics &metrics = {});

    // Size that shows every slot at a comfortable width.
    static QSizeF preferredSize(int slotCount, const Metrics &metrics = {});
    static QSizeF minimumSize(int slotCount, const Metrics &metrics = {});

    // Outcome of one attempt: success (2xx), HTTP error, network error.
    static SlotState outcomeOf(const DeliveryAttempt &attempt);

    int slotCount() const { return m_slotCount; }
    // The retry interval the schedule implies: (gives_up_at - created_at) / (max_attempts - 1).
    // Falls back to the documented hour when the delivery does not say.
    qint64 intervalMs() const { return m_intervalMs; }
    // Attempts made so far (the larger of attempt_count and the highest attempt number seen).
    int attemptsMade() const { return m_attemptsMade; }
    // Retries still to come: 0 when delivered or failed.
    int remainingRetries() const;

    QRectF headerRect() const { return m_header; }
    QRectF markerRowRect() const { return m_markerRow; }
    QRectF stripRect() const { return m_strip; }
    QRectF axisRect() const { return m_axis; }
    QRectF legendRect() const { return m_legend; }

    qreal slotWidth() const { return m_slotWidth; }
    // The slot's rectangle, with a small gap to its neighbours when slots are wide enough.
    QRectF slotRect(int index) const;
    // The 0-based slot that shows attempt `number` (1-based), clamped to the strip.
    int slotForAttempt(int number) const;
    QRectF attemptRect(int number) const { return slotRect(slotForAttempt(number)); }
    SlotState slotState(int index) const;
    // The attempt drawn in a slot, if it is in this answer.
    std::optional<DeliveryAttempt> attemptInSlot(int index) const;
    // When the attempt of a slot is (or was) scheduled.
    QDateTime scheduledAt(int index) const;
    // The slot under a point (strip and marker row), or -1.
    int slotAt(const QPointF &point) const;

    // The next attempt's slot, or -1 when no attempt is to come.
    int nextSlot() const;
    // Downward triangle over the next slot (empty polygon when there is none).
    QPolygonF nextMarker() const;
    // The end of the window, where the sender gives up: a vertical line at the strip's right edge.
    QLineF giveUpLine() const;
    // Slots that get an axis tick and label (first, last, and evenly between: 0, 12, 24, 36, 48).
    QList<int> tickSlots() const;
    // Where the labels of tickSlots() go, given their text widths: the first starts at the strip's
    // left edge, the last ends at its right edge, the others are centred on their tick. A label
    // that would touch its left neighbour gets an empty rectangle (not drawn); the ticks come
    // first, so a wide last label is the one that loses, never a tick of the scale.
    QList<QRectF> tickLabelRects(const QList<qreal> &widths) const;
    // Legend swatch i (of count) inside the legend row; text goes to its right.
    QRectF legendSwatch(int i, int count) const;
    QRectF legendTextRect(int i, int count) const;

private:
    Delivery m_delivery;
    Metrics m_metrics;
    QSizeF m_size;
    int m_slotCount = 1;
    qint64 m_intervalMs = 3'600'000;
    int m_attemptsMade = 0;
    qreal m_slotWidth = 0;
    QRectF m_header, m_markerRow, m_strip, m_axis, m_legend;
    QList<std::optional<DeliveryAttempt>> m_slotAttempt;
};
