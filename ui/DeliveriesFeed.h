#pragma once

#include "api/ApiError.h"
#include "api/ApiResult.h"
#include "api/Delivery.h"
#include "api/Subscription.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <optional>

class ApiClient;
class Clock;
class DeliveryAttemptTableModel;
class DeliveryTableModel;
class QTimer;

// The deliveries of one subscription as data, without widgets: a page of them (status filter,
// server-side paging) and the selected one's detail with its attempts, fed into two table models;
// refreshes on the injected clock while active; Retry now and Send test event. The view
// (DeliveriesPanel) forwards clicks and shows what the signals report.
//
// Requests go on the interactive lane, only while active and no more often than
// refreshIntervalMs() (longer after failed refreshes, so a struggling server is not pressed), so
// the tab stays well inside the endpoints' budget of 50 requests a minute. A 429 is waited out by
// the request queue; one that outlasts it fails the refresh like any other error.
//
// Every list request gets a new generation: only the newest one's answer is applied, so a late
// answer for another subscription, filter, page or connection is dropped. A server without the
// delivery extensions is detected once per connection (by ApiClient) and reported as
// State::Unsupported, after which nothing more is asked of it.
//
// It is a controller in ui/ rather than part of the core because it feeds DeliveryTableModel and
// DeliveryAttemptTableModel, and the core may not depend on models (ui -> models -> core).
class DeliveriesFeed : public QObject
{
    Q_OBJECT
public:
    enum class State { NoSubscription, Loading, Loaded, Empty, Error, Unsupported };
    Q_ENUM(State)
    enum class Action { Retry, TestEvent };
    Q_ENUM(Action)

    static constexpr qint64 DefaultRefreshIntervalMs = 10'000;
    static constexpr int DefaultPageSize = 50;
    // After failed refreshes the interval grows by one step per failure, up to this many intervals.
    static constexpr int MaxBackoffFactor = 6;

    DeliveriesFeed(ApiClient *api, Clock *clock, QObject *parent = nullptr);
    ~DeliveriesFeed() override;

    // Another connection (one ApiClient per session); null disconnects. Starts over.
    void setApiClient(ApiClient *api);
    ApiClient *apiClient() const;

    // The same subscription again keeps page, filter and selection; another one starts over and
    // loads now when active, else when next activated.
    void setSubscription(const Subscription &subscription);
    void clearSubscription();
    bool hasSubscription() const { return m_hasSubscription; }
    const Subscription &subscription() const { return m_subscription; }
    std::optional<qint64> subscriptionId() const { return m_subscription.id; }
    // A connection and a subscription id: requests can be made.
    bool canLoad() const;

    // Refreshes while true; never while false.
    void setActive(bool active);
    bool isActive() const { return m_active; }

    // Not below the default in product code; tests may lower it.
    void setRefreshIntervalMs(qint64 ms) { m_refreshIntervalMs = ms; }
    qint64 refreshIntervalMs() const { return m_refreshIntervalMs; }
    void setPageSize(int size);
    int pageSize() const { return m_pageSize; }

    // Reloads the page now (and forgets earlier failures).
    void refresh();
    // "" for all, else pending|retrying|delivered|failed. Back to the first page.
    void setStatusFilter(const QString &status);
    QString statusFilter() const { return m_statusFilter; }
    void nextPage();
    void previousPage();
    int offset() const { return m_offset; }
    bool hasPreviousPage() const { return m_offset > 0; }
    bool hasNextPage() const;

    // Selects a delivery of the page and loads its detail; one not on the page (yet) is selected
    // when a later page holds it.
    void selectDelivery(qint64 deliveryId);
    void clearSelection();
    qint64 selectedDeliveryId() const { return m_selectedId; }
    // The selected delivery: its detail (with attempts) once it has arrived, else the list's row.
    std::optional<Delivery> selectedDelivery() const;
    bool hasDetail() const { return m_detail.has_value(); }

    // Actions, one at a time.
    void retrySelected();
    void sendTestEvent();
    bool isActionInFlight() const { return m_actionInFlight; }

    State state() const { return m_state; }
    // Why the last load failed (State::Error, or a failed refresh of shown rows).
    ApiError lastError() const { return m_lastError; }
    // The clock's UTC time when the shown page arrived; invalid before.
    QDateTime lastUpdated() const { return m_lastUpdated; }

    // Refresh pacing on the clock: failed refreshes in a row, and when the next one is due
    // (monotonic ms; -1 when none has been made yet, i.e. due at once).
    int consecutiveFailures() const { return m_refreshFailures; }
    qint64 nextRefreshDueMs() const;

    // What the feed has asked of the server and thrown away: its pacing and its dropping of stale
    // answers are promises, and these counts are how they are checked.
    int listRequestCount() const { return m_listRequests; }
    int detailRequestCount() const { return m_detailRequests; }
    // Answers that arrived after a newer request had been made, and were dropped.
    int staleAnswerCount() const { return m_staleAnswers; }

    DeliveryTableModel *deliveryModel() const { return m_deliveries; }
    DeliveryAttemptTableModel *attemptModel() const { return m_attempts; }

Q_SIGNALS:
    void stateChanged(DeliveriesFeed::State state);
    // Started over: another subscription, none, or another connection.
    void subscriptionChanged();
    // The same subscription was enabled or disabled (its deliveries wait while it is disabled).
    void subscriptionEnabledChanged();
    // A page arrived (first load or refresh; also an empty one).
    void pageLoaded();
    // A visible reload of a page whose rows stay shown until the answer.
    void reloading();
    // A list request failed: in State::Error when nothing was shown, else the rows stay.
    void pageFailed(const ApiError &error);
    // The selection moved, or the selected delivery's data changed (detail, retry).
    void selectedDeliveryChanged();
    // The selected delivery's detail (with attempts) arrived.
    void detailLoaded(qint64 deliveryId);
    void detailFailed(qint64 deliveryId, const ApiError &error);
    // deliveryId: the delivery retried; for a test event 0 when started, the new delivery's id when
    // finished. A failure with ApiError::Kind::NotSupported comes after State::Unsupported.
    void actionStarted(DeliveriesFeed::Action action, qint64 deliveryId);
    void actionFinished(DeliveriesFeed::Action action, qint64 deliveryId);
    void actionFailed(DeliveriesFeed::Action action, qint64 deliveryId, const ApiError &error);
    // Relative times ("in 5 min") moved on: the model has updated its rows; views redraw theirs.
    void relativeTimesChanged();

private:
    void startOver();
    void dropListAnswers();
    void loadPage(bool quiet);
    void loadDetail(qint64 deliveryId);
    void onPage(quint64 generation, const ApiResult<DeliveryPage> &result);
    void onDetail(quint64 generation, qint64 deliveryId, const ApiResult<Delivery> &result);
    void onRetried(quint64 scope, qint64 deliveryId, const ApiResult<Delivery> &result);
    void onTestEventSent(quint64 scope, const ApiResult<qint64> &result);
    void selectAfterPage();
    void resetDetail();
    void onExtensionsChanged();
    void maybeRefresh();
    void setState(State state);
    void showUnsupported();

    QPointer<ApiClient> m_api;
    QPointer<Clock> m_clock;
    Subscription m_subscription;
    bool m_hasSubscription = false;
    State m_state = State::NoSubscription;
    bool m_active = false;
    bool m_stale = false;  // needs a load when next activated
    QString m_statusFilter;
    int m_pageSize = DefaultPageSize;
    int m_offset = 0;
    qint64 m_refreshIntervalMs = DefaultRefreshIntervalMs;
    qint64 m_lastListAtMs = -1;  // clock time of the last list request
    qint64 m_lastRelativeAtMs = -1;
    quint64 m_scope = 0;  // subscription, filter, page, connection: what action answers apply to
    quint64 m_listGeneration = 0;  // one per list request: only the newest answer is applied
    quint64 m_detailGeneration = 0;
    bool m_listInFlight = false;
    bool m_detailInFlight = false;
    bool m_actionInFlight = false;
    qint64 m_selectedId = 0;
    qint64 m_selectAfterLoad = 0;  // a delivery to select once it is on the page (test event)
    std::optional<Delivery> m_detail;
    ApiError m_lastError;
    QDateTime m_lastUpdated;
    int m_refreshFailures = 0;
    int m_listRequests = 0;
    int m_detailRequests = 0;
    int m_staleAnswers = 0;

    DeliveryTableModel *m_deliveries;
    DeliveryAttemptTableModel *m_attempts;
    QTimer *m_pace;
};
