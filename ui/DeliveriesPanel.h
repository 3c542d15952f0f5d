#pragma once

#include "api/ApiError.h"
#include "api/Delivery.h"
#include "api/Subscription.h"
#include "ui/DeliveriesFeed.h"

#include <QPointer>
#include <QWidget>

class ApiClient;
class QAction;
class Clock;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;
class RetryTimelineWidget;
class StatePanel;

// The "Deliveries" tab of a subscription: its deliveries (status filter, paging), and for the
// selected one its retry timeline, attempts and payload, with Retry now, Send test event and Copy
// summary. Only the view: what to load and when is DeliveriesFeed's, which the panel owns; the
// panel forwards clicks to it and shows what it reports. A server without the delivery extensions
// gets a calm note with the documented retry policy instead of an error.
class DeliveriesPanel : public QWidget
{
    Q_OBJECT
public:
    using State = DeliveriesFeed::State;

    DeliveriesPanel(ApiClient *api, Clock *clock, QWidget *parent = nullptr);
    ~DeliveriesPanel() override;

    // What the main window drives; see DeliveriesFeed.
    void setApiClient(ApiClient *api) { m_feed->setApiClient(api); }
    ApiClient *apiClient() const { return m_feed->apiClient(); }
    void setSubscription(const Subscription &subscription) { m_feed->setSubscription(subscription); }
    void clearSubscription() { m_feed->clearSubscription(); }
    std::optional<qint64> subscriptionId() const { return m_feed->subscriptionId(); }
    // The tab is on screen: refresh while true; never while false.
    void setActive(bool active) { m_feed->setActive(active); }
    bool isActive() const { return m_feed->isActive(); }

    // Actions (also on buttons and the filter box).
    void refresh() { m_feed->refresh(); }
    // "" for all, else pending|retrying|delivered|failed.
    void setStatusFilter(const QString &status);
    QString statusFilter() const;
    void retrySelected() { m_feed->retrySelected(); }
    void sendTestEvent() { m_feed->sendTestEvent(); }
    void copySummary();
    // The endpoint check of the shown subscription's URL, added to the copied summary (empty: none).
    void setEndpointCheckText(const QString &text) { m_endpointCheckText = text; }
    // The loaded page and its state, for what reads it (the export).
    const DeliveriesFeed *feed() const { return m_feed; }
    // An action on the deliveries list's context menu.
    void addListAction(QAction *action);

Q_SIGNALS:
    void summaryCopied(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void keepStretchedTitlesWhole();
    void showState();
    void showSelection();
    void showDelivery(const Delivery &delivery);
    void showPageFailed(const ApiError &error);
    void showActionStarted(DeliveriesFeed::Action action, qint64 deliveryId);
    void showActionFinished(DeliveriesFeed::Action action, qint64 deliveryId);
    void showActionFailed(DeliveriesFeed::Action action, qint64 deliveryId, const ApiError &error);
    void onPageLoaded();
    void onSubscriptionChanged();
    void onViewSelectionChanged();
    void updateActions();
    void updatePaging();
    void setMessage(const QString &text, bool error = false);
    void showRetriesPaused();

    DeliveriesFeed *m_feed;
    QPointer<Clock> m_clock;
    bool m_syncingSelection = false;  // the view follows the feed: not a click to forward
    bool m_messageIsError = false;
    int m_headerMinimum = 0;  // the style's minimum section size
    QWidget *m_bar;
    QWidget *m_footer;  // under the list: refresh time and paging
    QComboBox *m_filter;
    QLabel *m_filterLabel;
    QToolButton *m_refreshButton;
    QPushButton *m_testButton;
    QToolButton *m_prevButton;
    QToolButton *m_nextButton;
    QLabel *m_pageLabel;
    QLabel *m_message;
    QLabel *m_updated;
    QStackedWidget *m_stack;
    StatePanel *m_statePanel;
    QWidget *m_notePage;
    QLabel *m_note;
    QLabel *m_noteDetail;
    QWidget *m_content;
    QTableView *m_table;
    QLabel *m_detailTitle;
    QPushButton *m_retryButton;
    QPushButton *m_copyButton;
    RetryTimelineWidget *m_timeline;
    QTableView *m_attemptTable;
    QPlainTextEdit *m_payload;
    QLabel *m_attemptsLabel;
    QLabel *m_payloadLabel;
    QString m_endpointCheckText;
};
