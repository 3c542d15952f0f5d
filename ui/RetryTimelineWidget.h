#pragma once

#include "api/Delivery.h"
#include "ui/RetryTimelineLayout.h"

#include <QPointer>
#include <QWidget>

class Clock;

// Where a delivery stands in its retry window, at a glance: the window's hourly slots (max_attempts
// of them), past attempts coloured by outcome, the next attempt marked with a triangle, the give-up
// time at the window's end, and how many retries are left. Geometry lives in RetryTimelineLayout.
class RetryTimelineWidget : public QWidget
{
    Q_OBJECT
public:
    // The clock gives "now" for relative times ("in 23 min"); it may be null (system time then).
    explicit RetryTimelineWidget(Clock *clock, QWidget *parent = nullptr);

    void setDelivery(const Delivery &delivery);
    void clear();
    bool hasDelivery() const { return m_hasDelivery; }
    const Delivery &delivery() const { return m_delivery; }

    // Tests turn text off so that reference images do not depend on font rendering.
    // The subscription is disabled: attempts wait until it is enabled again (the retry window
    // still ends when it would have).
    void setRetriesPaused(bool paused);
    void setTextVisible(bool visible);
    bool isTextVisible() const { return m_textVisible; }

    RetryTimelineLayout currentLayout() const;

    // The one-line status ("Retrying: attempt 37 of 49 failed (HTTP 500), next attempt ...").
    QString summaryText() const;
    // "12 retries left", "no retries needed", "no retries left".
    QString remainingText() const;
    // "gives up 28 Nov 2026 14:00" / "gave up ...".
    QString giveUpText() const;
    QString slotToolTip(int slot) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    // The texts are composed when painted; a new language or locale sets the accessible ones again.
    void changeEvent(QEvent *event) override;

private:
    RetryTimelineLayout::Metrics metrics() const;
    QDateTime now() const;
    QString formatTime(const QDateTime &utc) const;
    QString relativeTo(const QDateTime &utc) const;
    QString outcomeText(const DeliveryAttempt &attempt) const;
    QString lastOutcomeText() const;
    void updateAccessibility();

    QPointer<Clock> m_clock;
    Delivery m_delivery;
    bool m_hasDelivery = false;
    bool m_textVisible = true;
    bool m_retriesPaused = false;
};
