#pragma once

#include "api/ApiError.h"
#include "api/ApiResult.h"
#include "api/Delivery.h"
#include "api/Subscription.h"

#include <QPointer>
#include <QWidget>

class ApiClient;
class Clock;
class DeliveryAttemptTableModel;
class DeliveryTableModel;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;
class RetryTimelineWidget;
class StatePanel;

// The "Deliveries" tab of a subscription: its deliveries (status filter, server-side paging), and
// for the selected one its retry timeline, attempts and payload, with Retry now, Send test event
// and Copy summary. Loads on the interactive lane, refreshes only while shown (setActive(true)) and
// no more often than refreshIntervalMs() on the injected clock, so it stays well inside the
// endpoints' budget of 50 requests a minute. A server without the delivery extensions gets a calm
// note with the documented retry policy instead of an error.
class DeliveriesPanel : public QWidget
{
    Q_OBJECT
public:
    enum class State { NoSubscription, Loading, Loaded, Empty, Error, Unsupported };
    Q_ENUM(State)

    static constexpr qint64 DefaultRefreshIntervalMs = 10'000;
    static constexpr int DefaultPageSize = 50;

    DeliveriesPanel(ApiClient *api, Clock *clock, QWidget *parent = nullptr);
    ~DeliveriesPanel() override;

    // Another connection (the main window makes an ApiClient per session); null disconnects.
    void setApiClient(ApiClient *api);
    ApiClient *apiClient() const { return m_api; }

    // Shows this subscription's deliveries (loads now when active, else when next shown).
    void setSubscription(const Subscription &subscription);
    void clearSubscription();
    // The tab is on screen: refresh while true; never while false.
    void setActive(bool active);
    bool isActive() const { return m_active; }

    // Not below the default in product code; tests may lower it.
    void setRefreshIntervalMs(qint64 ms) { m_refreshIntervalMs = ms; }
    qint64 refreshIntervalMs() const { return m_refreshIntervalMs; }
    void setPageSize(int size);
    int pageSize() const { return m_pageSize; }

    // Reloads the list (and the selected delivery) now.
    void refresh();
    // "" for all, else pending|retrying|delivered|failed.
    void setStatusFilter(const QString &status);
    QString statusFilter() const;
    void nextPage();
    void previousPage();
    void selectDelivery(qint64 deliveryId);

    // Actions (also on buttons).
    void retrySelected();
    void sendTestEvent();
    void copySummary();

    // Plain-text summary of a delivery for a support ticket.
    static QString summaryText(const Subscription &subscription, const Delivery &delivery, const QDateTime &now);

    // --- state, for tests and the main window ---
    State state() const { return m_state; }
    QString stateText() const;
    QString noteText() const;
    QString messageText() const;
    // "Updated 17:29": when the list was last refreshed.
    QString updatedText() const;
    std::optional<qint64> subscriptionId() const { return m_subscription.id; }
    std::optional<Delivery> selectedDelivery() const;
    // The selected delivery with its attempts, once its detail has arrived.
    bool hasDetail() const { return m_detail.has_value(); }
    int listRequestCount() const { return m_listRequests; }
    int detailRequestCount() const { return m_detailRequests; }

    DeliveryTableModel *deliveryModel() const { return m_deliveries; }
    DeliveryAttemptTableModel *attemptModel() const { return m_attempts; }
    QTableView *deliveryView() const { return m_table; }
    QTableView *attemptView() const { return m_attemptTable; }
    RetryTimelineWidget *timeline() const { return m_timeline; }
    QPlainTextEdit *payloadView() const { return m_payload; }
    QComboBox *statusFilterBox() const { return m_filter; }
    QPushButton *retryButton() const { return m_retryButton; }
    QPushButton *testEventButton() const { return m_testButton; }
    QPushButton *copyButton() const { return m_copyButton; }

Q_SIGNALS:
    void stateChanged(DeliveriesPanel::State state);
    // A list page arrived (first load or refresh).
    void pageLoaded();
    // The selected delivery's detail (with attempts) arrived.
    void detailLoaded(qint64 deliveryId);
    void summaryCopied(const QString &text);

private:
    void loadPage(bool quiet);
    void loadDetail(qint64 deliveryId, bool quiet);
    void onPage(quint64 generation, const ApiResult<DeliveryPage> &result);
    void onDetail(quint64 generation, qint64 deliveryId, const ApiResult<Delivery> &result);
    void onSelectionChanged();
    void onExtensionsChanged();
    void maybeRefresh();
    void setState(State state);
    void showUnsupported();
    void showDelivery(const Delivery &delivery);
    void clearDetail();
    void updateActions();
    void updatePaging();
    void setMessage(const QString &text, bool error = false);
    bool canLoad() const;

    QPointer<ApiClient> m_api;
    QPointer<Clock> m_clock;
    Subscription m_subscription;
    State m_state = State::NoSubscription;
    bool m_active = false;
    bool m_stale = false;          // needs a load when next shown
    int m_pageSize = DefaultPageSize;
    int m_offset = 0;
    qint64 m_refreshIntervalMs = DefaultRefreshIntervalMs;
    qint64 m_lastListAtMs = -1;    // clock time of the last list request
    qint64 m_lastRelativeAtMs = -1;
    quint64 m_listGeneration = 0;  // answers of an older subscription/filter/page are dropped
    quint64 m_detailGeneration = 0;
    bool m_listInFlight = false;
    bool m_detailInFlight = false;
    bool m_actionInFlight = false;
    qint64 m_selectAfterLoad = 0;  // a delivery to select once it is on the page (test event)
    std::optional<Delivery> m_detail;
    int m_listRequests = 0;
    int m_detailRequests = 0;
    int m_refreshFailures = 0;     // consecutive failed refreshes: back off

    DeliveryTableModel *m_deliveries;
    DeliveryAttemptTableModel *m_attempts;
    QTimer *m_pace;
    QWidget *m_bar;
    QComboBox *m_filter;
    QToolButton *m_refreshButton;
    QPushButton *m_testButton;
    QToolButton *m_prevButton;
    QToolButton *m_nextButton;
    QLabel *m_pageLabel;
    QLabel *m_message;
    QLabel *m_updated;
    bool m_messageIsError = false;
    QStackedWidget *m_stack;
    StatePanel *m_statePanel;
    QWidget *m_notePage;
    QLabel *m_note;
    QWidget *m_content;
    QTableView *m_table;
    QLabel *m_detailTitle;
    QPushButton *m_retryButton;
    QPushButton *m_copyButton;
    RetryTimelineWidget *m_timeline;
    QTableView *m_attemptTable;
    QPlainTextEdit *m_payload;
};
