#pragma once

// The parts of a DeliveriesPanel that tests drive and check, found as they are on screen (see
// kit/Parts.h). What the panel shows is read from its widgets; what it holds (state, selection,
// models, request counts) from its feed, the non-visual DeliveriesFeed it owns.

#include "kit/Parts.h"
#include "ui/DeliveriesFeed.h"
#include "ui/DeliveriesPanel.h"
#include "ui/RetryTimelineWidget.h"
#include "ui/StatePanel.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

namespace DeliveriesPanelParts {

using Parts::part;

inline DeliveriesFeed *feed(const DeliveriesPanel &panel)
{
    return part<DeliveriesFeed>(panel, QStringLiteral("deliveriesFeed"));
}

inline DeliveriesFeed::State state(const DeliveriesPanel &panel)
{
    return feed(panel)->state();
}

// Makes current, row by row, the first subscription of `subscriptions` whose deliveries the panel
// then shows; false when none has any.
inline bool selectFirstWithDeliveries(QTableView *subscriptions, const DeliveriesPanel &panel)
{
    const QAbstractItemModel *deliveries = part<QTableView>(panel, QStringLiteral("deliveriesTable"))->model();
    for (int row = 0; row < subscriptions->model()->rowCount(); ++row) {
        subscriptions->setCurrentIndex(subscriptions->model()->index(row, 0));
        if (QTest::qWaitFor([&] { return deliveries->rowCount() > 0; }, 3000))
            return true;
    }
    return false;
}

inline QString labelText(const DeliveriesPanel &panel, const QString &name)
{
    return part<QLabel>(panel, name)->text();
}

// The calm note shown by a server without the delivery extensions.
inline QString noteText(const DeliveriesPanel &panel)
{
    return labelText(panel, QStringLiteral("deliveriesNote"));
}

// The message under the bar: what an action did, or why a refresh failed.
inline QString messageText(const DeliveriesPanel &panel)
{
    return labelText(panel, QStringLiteral("deliveriesMessage"));
}

// "Updated 17:29": when the list was last refreshed.
inline QString updatedText(const DeliveriesPanel &panel)
{
    return labelText(panel, QStringLiteral("deliveriesUpdatedLabel"));
}

// What stands in the panel's place for its state: the note, the rows shown ("1–2 of 3"), or the
// title of the loading, empty or error state.
inline QString stateText(const DeliveriesPanel &panel)
{
    switch (state(panel)) {
    case DeliveriesFeed::State::Unsupported:
        return noteText(panel);
    case DeliveriesFeed::State::Loaded:
        return labelText(panel, QStringLiteral("deliveriesPageLabel"));
    default:
        return part<StatePanel>(panel, QStringLiteral("deliveriesStatePanel"))->title();
    }
}

inline QPushButton *testEventButton(const DeliveriesPanel &panel)
{
    return part<QPushButton>(panel, QStringLiteral("sendTestEventButton"));
}

inline QPushButton *retryButton(const DeliveriesPanel &panel)
{
    return part<QPushButton>(panel, QStringLiteral("retryDeliveryButton"));
}

inline QPushButton *copyButton(const DeliveriesPanel &panel)
{
    return part<QPushButton>(panel, QStringLiteral("copyDeliverySummaryButton"));
}

inline QToolButton *reloadButton(const DeliveriesPanel &panel)
{
    return part<QToolButton>(panel, QStringLiteral("reloadDeliveriesButton"));
}

inline QToolButton *previousPageButton(const DeliveriesPanel &panel)
{
    return part<QToolButton>(panel, QStringLiteral("previousDeliveriesPageButton"));
}

inline QToolButton *nextPageButton(const DeliveriesPanel &panel)
{
    return part<QToolButton>(panel, QStringLiteral("nextDeliveriesPageButton"));
}

inline QComboBox *statusFilterBox(const DeliveriesPanel &panel)
{
    return part<QComboBox>(panel, QStringLiteral("deliveryStatusFilter"));
}

inline QTableView *deliveriesTable(const DeliveriesPanel &panel)
{
    return part<QTableView>(panel, QStringLiteral("deliveriesTable"));
}

inline RetryTimelineWidget *timeline(const DeliveriesPanel &panel)
{
    return part<RetryTimelineWidget>(panel, QStringLiteral("deliveryTimeline"));
}

inline QPlainTextEdit *payloadView(const DeliveriesPanel &panel)
{
    return part<QPlainTextEdit>(panel, QStringLiteral("deliveryPayload"));
}

// The feed's pacing tick: it runs only while the panel is shown, and each tick asks whether a
// refresh is due on the clock. The feed's only timer.
inline QTimer *paceTimer(const DeliveriesPanel &panel)
{
    return feed(panel)->findChild<QTimer *>(QString(), Qt::FindDirectChildrenOnly);
}

}  // namespace DeliveriesPanelParts
