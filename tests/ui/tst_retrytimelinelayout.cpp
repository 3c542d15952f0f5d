// Geometry of the retry timeline: slot of each attempt, slot states, marks, remaining retries.

#include "ui/RetryTimelineLayout.h"

#include <QTest>

using SlotState = RetryTimelineLayout::SlotState;

namespace {
const QDateTime created(QDate(2026, 11, 27), QTime(8, 0), Qt::UTC);

DeliveryAttempt attempt(int number, std::optional<int> status, const QString &error = {})
{
    DeliveryAttempt a;
    a.number = number;
    a.at = created.addSecs(3600LL * (number - 1));
    a.statusCode = status;
    a.error = error;
    a.durationMs = 120;
    return a;
}

// The documented policy: 49 attempts, hourly, gives up 48 h after the first.
Delivery delivery(const QString &status, const QList<DeliveryAttempt> &attempts)
{
    Delivery d;
    d.id = 7;
    d.event = QStringLiteral("order.created");
    d.createdAt = created;
    d.status = status;
    d.maxAttempts = 49;
    d.attemptCount = int(attempts.size());
    d.attempts = attempts;
    d.givesUpAt = created.addSecs(48 * 3600);
    if (status == QLatin1String("retrying") || status == QLatin1String("pending"))
        d.nextAttemptAt = created.addSecs(3600LL * attempts.size());
    return d;
}

QList<DeliveryAttempt> failures(int count)
{
    QList<DeliveryAttempt> list;
    for (int i = 1; i <= count; ++i)
        list << (i % 3 == 0 ? attempt(i, std::nullopt, QStringLiteral("connection refused")) : attempt(i, 500));
    return list;
}

const QSizeF size(600, 100);
}  // namespace

class TestRetryTimelineLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void documentedWindowHas49HourlySlots()
    {
        const RetryTimelineLayout layout(delivery(QStringLiteral("retrying"), failures(1)), size);
        QCOMPARE(layout.slotCount(), 49);
        QCOMPARE(layout.intervalMs(), 3'600'000);
        QCOMPARE(layout.scheduledAt(0), created);
        QCOMPARE(layout.scheduledAt(48), created.addSecs(48 * 3600));
    }

    void compressedWindowKeepsSlotCount()
    {
        Delivery d = delivery(QStringLiteral("retrying"), failures(2));
        d.givesUpAt = created.addMSecs(48 * 500);  // --retry-interval 500ms --retry-window 24s
        const RetryTimelineLayout layout(d, size);
        QCOMPARE(layout.slotCount(), 49);
        QCOMPARE(layout.intervalMs(), 500);
    }

    void otherPolicyGivesOtherSlotCount()
    {
        Delivery d = delivery(QStringLiteral("retrying"), failures(1));
        d.maxAttempts = 5;
        d.givesUpAt = created.addSecs(4 * 600);
        const RetryTimelineLayout layout(d, size);
        QCOMPARE(layout.slotCount(), 5);
        QCOMPARE(layout.intervalMs(), 600'000);
        QCOMPARE(layout.tickSlots(), (QList<int>{0, 1, 2, 3, 4}));
        QCOMPARE(layout.remainingRetries(), 4);
    }

    void missingScheduleFallsBackToHourly()
    {
        Delivery d = delivery(QStringLiteral("pending"), {});
        d.givesUpAt = QDateTime();
        const RetryTimelineLayout layout(d, size);
        QCOMPARE(layout.intervalMs(), 3'600'000);
    }

    void slotsTileTheStripLeftToRight()
    {
        const RetryTimelineLayout layout(delivery(QStringLiteral("retrying"), failures(3)), size);
        // 592 px of width / 49 slots: 12 px per slot, whole pixels.
        QCOMPARE(layout.slotWidth(), 12.0);
        QCOMPARE(layout.stripRect().width(), 49 * 12.0);
        for (int i = 0; i < layout.slotCount(); ++i) {
            const QRectF r = layout.slotRect(i);
            QVERIFY(layout.stripRect().contains(r));
            QCOMPARE(r.left(), layout.stripRect().left() + i * 12.0);
            QCOMPARE(r.width(), 11.0);  // one pixel gap
            QCOMPARE(layout.slotAt(r.center()), i);
        }
        QVERIFY(!layout.slotRect(49).isValid());
        QVERIFY(!layout.slotRect(-1).isValid());
        QCOMPARE(layout.slotAt(QPointF(layout.stripRect().right() + 1, layout.stripRect().center().y())), -1);
        QCOMPARE(layout.slotAt(QPointF(20, layout.legendRect().center().y())), -1);
        // Rows do not overlap and come in order.
        QVERIFY(layout.headerRect().bottom() <= layout.markerRowRect().top());
        QVERIFY(layout.markerRowRect().bottom() <= layout.stripRect().top());
        QVERIFY(layout.stripRect().bottom() <= layout.axisRect().top());
        QVERIFY(layout.axisRect().bottom() <= layout.legendRect().top());
        QVERIFY(layout.legendRect().bottom() <= RetryTimelineLayout::preferredSize(49).height());
    }

    void narrowWidgetUsesFractionalSlots()
    {
        const RetryTimelineLayout layout(delivery(QStringLiteral("retrying"), failures(3)), QSizeF(150, 100));
        QVERIFY(layout.slotWidth() < 4);
        QVERIFY(layout.stripRect().right() <= 150 - 4 + 0.001);
        QCOMPARE(layout.slotRect(0).width(), layout.slotWidth());  // no gap when slots are tiny
    }

    void attemptGoesToItsNumberedSlot()
    {
        const RetryTimelineLayout layout(delivery(QStringLiteral("retrying"), failures(5)), size);
        QCOMPARE(layout.slotForAttempt(1), 0);
        QCOMPARE(layout.slotForAttempt(5), 4);
        QCOMPARE(layout.slotForAttempt(49), 48);
        QCOMPARE(layout.slotForAttempt(60), 48);  // manual retries after the window share the last slot
        QCOMPARE(layout.slotForAttempt(0), 0);
        QCOMPARE(layout.attemptRect(3), layout.slotRect(2));
    }

    void retryingDelivery()
    {
        const RetryTimelineLayout layout(delivery(QStringLiteral("retrying"), failures(37)), size);
        QCOMPARE(layout.attemptsMade(), 37);
        QCOMPARE(layout.remainingRetries(), 12);
        QCOMPARE(layout.slotState(0), SlotState::HttpError);
        QCOMPARE(layout.slotState(2), SlotState::NetworkError);
        QCOMPARE(layout.slotState(35), SlotState::NetworkError);  // attempt 36 (divisible by 3)
        QCOMPARE(layout.slotState(36), SlotState::HttpError);
        QCOMPARE(layout.slotState(37), SlotState::Next);
        QCOMPARE(layout.slotState(38), SlotState::Scheduled);
        QCOMPARE(layout.slotState(48), SlotState::Scheduled);
        QCOMPARE(layout.nextSlot(), 37);
        const QPolygonF marker = layout.nextMarker();
        QCOMPARE(marker.size(), 3);
        QCOMPARE(marker.boundingRect().center().x(), layout.slotRect(37).center().x());
        QVERIFY(layout.markerRowRect().contains(marker.boundingRect()));
        QCOMPARE(layout.attemptInSlot(4)->number, 5);
        QVERIFY(!layout.attemptInSlot(40));
    }

    void deliveredDelivery()
    {
        QList<DeliveryAttempt> attempts = failures(2);
        attempts << attempt(3, 200);
        const RetryTimelineLayout layout(delivery(QStringLiteral("delivered"), attempts), size);
        QCOMPARE(layout.remainingRetries(), 0);
        QCOMPARE(layout.nextSlot(), -1);
        QVERIFY(layout.nextMarker().isEmpty());
        QCOMPARE(layout.slotState(0), SlotState::HttpError);
        QCOMPARE(layout.slotState(2), SlotState::Success);
        QCOMPARE(layout.slotState(3), SlotState::Unused);
        QCOMPARE(layout.slotState(48), SlotState::Unused);
    }

    void failedDelivery()
    {
        const RetryTimelineLayout layout(delivery(QStringLiteral("failed"), failures(49)), size);
        QCOMPARE(layout.attemptsMade(), 49);
        QCOMPARE(layout.remainingRetries(), 0);
        QCOMPARE(layout.nextSlot(), -1);
        for (int i = 0; i < 49; ++i)
            QVERIFY(layout.slotState(i) == SlotState::HttpError || layout.slotState(i) == SlotState::NetworkError);
        const QLineF giveUp = layout.giveUpLine();
        QCOMPARE(giveUp.x1(), layout.stripRect().right());
        QCOMPARE(giveUp.x2(), giveUp.x1());
        QVERIFY(giveUp.y1() <= layout.stripRect().top() && giveUp.y2() >= layout.stripRect().bottom());
    }

    void pendingDeliveryCountsRetriesAfterFirstAttempt()
    {
        const RetryTimelineLayout layout(delivery(QStringLiteral("pending"), {}), size);
        QCOMPARE(layout.attemptsMade(), 0);
        QCOMPARE(layout.remainingRetries(), 48);
        QCOMPARE(layout.nextSlot(), 0);
        QCOMPARE(layout.slotState(0), SlotState::Next);
        QCOMPARE(layout.slotState(1), SlotState::Scheduled);
    }

    void listItemWithoutAttemptsUsesLastResult()
    {
        Delivery d = delivery(QStringLiteral("retrying"), failures(4));
        d.attempts.clear();
        d.lastStatusCode = 503;
        const RetryTimelineLayout layout(d, size);
        QCOMPARE(layout.attemptsMade(), 4);
        QCOMPARE(layout.slotState(0), SlotState::PastUnknown);
        QCOMPARE(layout.slotState(3), SlotState::HttpError);
        QCOMPARE(layout.slotState(4), SlotState::Next);

        d.lastStatusCode.reset();
        d.lastError = QStringLiteral("timeout");
        QCOMPARE(RetryTimelineLayout(d, size).slotState(3), SlotState::NetworkError);

        Delivery ok = delivery(QStringLiteral("delivered"), failures(2));
        ok.attempts.clear();
        QCOMPARE(RetryTimelineLayout(ok, size).slotState(1), SlotState::Success);
    }

    void manualRetryAfterGivingUpStaysInLastSlot()
    {
        QList<DeliveryAttempt> attempts = failures(49);
        attempts << attempt(50, 200);
        Delivery d = delivery(QStringLiteral("delivered"), attempts);
        const RetryTimelineLayout layout(d, size);
        QCOMPARE(layout.attemptsMade(), 50);
        QCOMPARE(layout.slotState(48), SlotState::Success);
        QCOMPARE(layout.attemptInSlot(48)->number, 50);

        // Retried again and waiting: the next mark sits on the last slot, not past the strip.
        d.status = QStringLiteral("retrying");
        const RetryTimelineLayout retrying(d, size);
        QCOMPARE(retrying.nextSlot(), 48);
        QCOMPARE(retrying.remainingRetries(), 0);
    }

    void outcomeClassification()
    {
        QCOMPARE(RetryTimelineLayout::outcomeOf(attempt(1, 200)), SlotState::Success);
        QCOMPARE(RetryTimelineLayout::outcomeOf(attempt(1, 204)), SlotState::Success);
        QCOMPARE(RetryTimelineLayout::outcomeOf(attempt(1, 301)), SlotState::HttpError);
        QCOMPARE(RetryTimelineLayout::outcomeOf(attempt(1, 404)), SlotState::HttpError);
        QCOMPARE(RetryTimelineLayout::outcomeOf(attempt(1, 500)), SlotState::HttpError);
        QCOMPARE(RetryTimelineLayout::outcomeOf(attempt(1, std::nullopt, QStringLiteral("timeout"))),
                 SlotState::NetworkError);
    }

    void ticksAtQuarterDays()
    {
        const RetryTimelineLayout layout(delivery(QStringLiteral("retrying"), failures(1)), size);
        QCOMPARE(layout.tickSlots(), (QList<int>{0, 12, 24, 36, 48}));
        Delivery single = delivery(QStringLiteral("pending"), {});
        single.maxAttempts = 1;
        QCOMPARE(RetryTimelineLayout(single, size).tickSlots(), QList<int>{0});
    }

    void everyTickKeepsItsLabel()
    {
        // About the width the deliveries tab gives the timeline on a 1024 px screen.
        const RetryTimelineLayout layout(delivery(QStringLiteral("retrying"), failures(1)), QSizeF(450, 120));
        const QList<QRectF> scale = layout.tickLabelRects({8, 20, 20, 20, 20});
        QCOMPARE(scale.size(), 5);
        for (const QRectF &r : scale)
            QVERIFY(!r.isEmpty());
        for (qsizetype i = 1; i < scale.size(); ++i)
            QVERIFY(scale.at(i - 1).right() < scale.at(i).left());
        QCOMPARE(scale.last().right(), layout.stripRect().right());
        QCOMPARE(scale.first().left(), layout.stripRect().left());
        // "48h · gives up ..." is wider than a quarter of the strip: the give-up text loses, the
        // tick before it ("36h") stays.
        const QList<QRectF> withGiveUp = layout.tickLabelRects({8, 20, 20, 20, 220});
        QVERIFY(withGiveUp.last().isEmpty());
        for (qsizetype i = 0; i < 4; ++i)
            QCOMPARE(withGiveUp.at(i), scale.at(i));
        // Wide enough, it fits after the last tick label.
        const RetryTimelineLayout wide(delivery(QStringLiteral("retrying"), failures(1)), QSizeF(1400, 120));
        const QList<QRectF> roomy = wide.tickLabelRects({8, 20, 20, 20, 220});
        QVERIFY(!roomy.last().isEmpty());
        QVERIFY(roomy.at(3).right() < roomy.last().left());
    }

    void legendItemsDoNotOverlap()
    {
        const RetryTimelineLayout layout(delivery(QStringLiteral("retrying"), failures(1)), size);
        for (int i = 0; i < 5; ++i) {
            const QRectF swatch = layout.legendSwatch(i, 5);
            const QRectF text = layout.legendTextRect(i, 5);
            QVERIFY(layout.legendRect().contains(swatch));
            QVERIFY(text.left() > swatch.right());
            if (i > 0)
                QVERIFY(swatch.left() > layout.legendTextRect(i - 1, 5).right());
        }
    }
};

QTEST_GUILESS_MAIN(TestRetryTimelineLayout)
#include "tst_retrytimelinelayout.moc"
