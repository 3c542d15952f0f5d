#include "ui/DeliveriesFeed.h"

#include "api/ApiClient.h"
#include "common/Clock.h"
#include "models/DeliveryAttemptTableModel.h"
#include "models/DeliveryTableModel.h"

#include <QTimer>

#include <algorithm>

namespace {
constexpr qint64 relativeTimesEveryMs = 30'000;
constexpr int paceTickMs = 1000;
}  // namespace

DeliveriesFeed::DeliveriesFeed(ApiClient *api, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_clock(clock)
    , m_deliveries(new DeliveryTableModel(clock, this))
    , m_attempts(new DeliveryAttemptTableModel(this))
    , m_pace(new QTimer(this))
{
    // Pacing: a coarse real-time tick (only while active) plus the fake clock's jumps in tests;
    // both only ask "is a refresh due on the clock?", so the pace is the clock's, not the timer's.
    m_pace->setInterval(paceTickMs);
    connect(m_pace, &QTimer::timeout, this, &DeliveriesFeed::maybeRefresh);
    if (m_clock)
        connect(m_clock, &Clock::advanced, this, &DeliveriesFeed::maybeRefresh);
    if (m_api)
        connect(m_api, &ApiClient::deliveryExtensionsChanged, this, &DeliveriesFeed::onExtensionsChanged);
}

DeliveriesFeed::~DeliveriesFeed() = default;

void DeliveriesFeed::setApiClient(ApiClient *api)
{
    if (m_api == api)
        return;
    if (m_api)
        disconnect(m_api, nullptr, this, nullptr);
    m_api = api;
    if (m_api)
        connect(m_api, &ApiClient::deliveryExtensionsChanged, this, &DeliveriesFeed::onExtensionsChanged);
    // Nothing of the old connection's answers or capability applies any more.
    clearSubscription();
}

ApiClient *DeliveriesFeed::apiClient() const
{
    return m_api;
}

bool DeliveriesFeed::canLoad() const
{
    return m_api && m_subscription.id.has_value();
}

void DeliveriesFeed::setPageSize(int size)
{
    m_pageSize = std::clamp(size, 1, 500);
}

bool DeliveriesFeed::hasNextPage() const
{
    return m_offset + m_deliveries->rowCount() < m_deliveries->total();
}

qint64 DeliveriesFeed::nextRefreshDueMs() const
{
    if (m_lastListAtMs < 0)
        return -1;
    return m_lastListAtMs + m_refreshIntervalMs * std::min(MaxBackoffFactor, 1 + m_refreshFailures);
}

void DeliveriesFeed::startOver()
{
    ++m_scope;
    dropListAnswers();
    m_offset = 0;
    m_selectAfterLoad = 0;
    m_lastListAtMs = -1;
    m_refreshFailures = 0;
    m_lastError = {};
    m_lastUpdated = {};
    m_deliveries->clear();
    clearSelection();
}

void DeliveriesFeed::dropListAnswers()
{
    ++m_listGeneration;
    m_listInFlight = false;
}

void DeliveriesFeed::setSubscription(const Subscription &subscription)
{
    const bool same = subscription.id && m_subscription.id == subscription.id && m_state != State::NoSubscription;
    const bool enabledChanged = m_subscription.enabled != subscription.enabled;
    m_subscription = subscription;
    m_hasSubscription = true;
    if (same) {
        // The same subscription again (a refresh of the list): keep page, filter and selection.
        if (enabledChanged)
            Q_EMIT subscriptionEnabledChanged();
        return;
    }

    startOver();
    if (!subscription.id) {
        m_stale = false;
        setState(State::NoSubscription);
    } else if (m_api && m_api->deliveryExtensions() == ApiClient::Extensions::Unsupported) {
        showUnsupported();
    } else {
        // Only load while active: an inactive feed loads when it is activated.
        m_stale = true;
        if (m_active)
            loadPage(false);
        else
            setState(State::Loading);
    }
    Q_EMIT subscriptionChanged();
}

void DeliveriesFeed::clearSubscription()
{
    startOver();
    m_subscription = Subscription();
    m_hasSubscription = false;
    m_stale = false;
    setState(State::NoSubscription);
    Q_EMIT subscriptionChanged();
}

void DeliveriesFeed::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    if (!active) {
        m_pace->stop();
        return;
    }
    m_pace->start();
    if (m_stale && canLoad() && m_state != State::Unsupported)
        loadPage(m_deliveries->rowCount() > 0);
    else
        maybeRefresh();
}

void DeliveriesFeed::refresh()
{
    if (!canLoad())
        return;
    if (m_api->deliveryExtensions() == ApiClient::Extensions::Unsupported) {
        showUnsupported();
        return;
    }
    m_refreshFailures = 0;
    loadPage(m_deliveries->rowCount() > 0);
}

void DeliveriesFeed::setStatusFilter(const QString &status)
{
    m_statusFilter = status;
    ++m_scope;
    dropListAnswers();
    m_offset = 0;
    m_deliveries->clear();
    clearSelection();
    if (!canLoad() || m_state == State::Unsupported)
        return;
    m_stale = true;
    if (m_active)
        loadPage(false);
}

void DeliveriesFeed::nextPage()
{
    if (!hasNextPage())
        return;
    m_offset += m_pageSize;
    ++m_scope;
    loadPage(false);
}

void DeliveriesFeed::previousPage()
{
    if (m_offset == 0)
        return;
    m_offset = std::max(0, m_offset - m_pageSize);
    ++m_scope;
    loadPage(false);
}

void DeliveriesFeed::loadPage(bool quiet)
{
    if (!canLoad())
        return;
    if (m_api->deliveryExtensions() == ApiClient::Extensions::Unsupported) {
        showUnsupported();
        return;
    }
    if (!quiet) {
        if (m_deliveries->rowCount() == 0)
            setState(State::Loading);
        else
            Q_EMIT reloading();
    }
    m_stale = false;
    dropListAnswers();  // a newer request wins over any still on its way
    m_listInFlight = true;
    m_lastListAtMs = m_clock ? m_clock->monotonicMs() : 0;
    ++m_listRequests;
    const quint64 generation = m_listGeneration;
    m_api->listDeliveries(*m_subscription.id, m_statusFilter, m_pageSize, m_offset, RequestLane::Interactive, this,
                          [this, generation](const ApiResult<DeliveryPage> &result) { onPage(generation, result); });
}

void DeliveriesFeed::onPage(quint64 generation, const ApiResult<DeliveryPage> &result)
{
    if (generation != m_listGeneration) {
        ++m_staleAnswers;  // for another subscription, filter, page or connection, or overtaken
        return;
    }
    m_listInFlight = false;
    if (!result.ok()) {
        if (result.error.kind == ApiError::Kind::NotSupported) {
            showUnsupported();
            return;
        }
        if (result.error.kind == ApiError::Kind::Cancelled)
            return;
        ++m_refreshFailures;
        m_lastError = result.error;
        if (m_deliveries->rowCount() == 0)
            setState(State::Error);
        Q_EMIT pageFailed(result.error);
        return;
    }
    m_refreshFailures = 0;
    m_lastError = {};
    const DeliveryPage &page = *result.value;
    // The page ran past the end (deliveries went away): show the last page instead.
    if (page.items.isEmpty() && page.total > 0 && m_offset > 0) {
        m_offset = std::max(0, (page.total - 1) / m_pageSize * m_pageSize);
        ++m_scope;
        loadPage(true);
        return;
    }
    m_deliveries->setPage(page);
    if (m_clock)
        m_lastUpdated = m_clock->utcNow();
    if (m_selectedId && m_deliveries->rowForId(m_selectedId) < 0)
        clearSelection();  // it left the page
    if (m_deliveries->rowCount() == 0) {
        setState(State::Empty);
        Q_EMIT pageLoaded();
        return;
    }
    setState(State::Loaded);
    selectAfterPage();
    Q_EMIT pageLoaded();
}

// Keeps the selection on a refreshed page, or selects what was asked for (a test event's
// delivery), or else the newest delivery: most people want to see it at once.
void DeliveriesFeed::selectAfterPage()
{
    qint64 id = 0;
    if (m_selectAfterLoad && m_deliveries->rowForId(m_selectAfterLoad) >= 0) {
        id = m_selectAfterLoad;
        m_selectAfterLoad = 0;
    } else if (m_selectedId) {
        id = m_selectedId;
    } else {
        id = m_deliveries->deliveryAt(0).id;
    }
    if (id != m_selectedId) {
        selectDelivery(id);
        return;
    }
    if (m_detailInFlight)
        return;
    if (!m_detail) {
        loadDetail(id);
        return;
    }
    // Ask for the detail again only when the list says something changed: saves the detail budget.
    const Delivery &listed = m_deliveries->deliveryAt(m_deliveries->rowForId(id));
    if (listed.attemptCount != m_detail->attemptCount || listed.status != m_detail->status
        || listed.nextAttemptAt != m_detail->nextAttemptAt)
        loadDetail(id);
}

void DeliveriesFeed::selectDelivery(qint64 deliveryId)
{
    if (deliveryId == m_selectedId)
        return;
    if (m_deliveries->rowForId(deliveryId) < 0) {
        m_selectAfterLoad = deliveryId;
        return;
    }
    resetDetail();
    m_selectedId = deliveryId;
    // The list's row is shown at once; the attempts follow with the detail.
    Q_EMIT selectedDeliveryChanged();
    loadDetail(deliveryId);
}

void DeliveriesFeed::clearSelection()
{
    if (!m_selectedId && !m_detail && !m_detailInFlight)
        return;
    resetDetail();
    m_selectedId = 0;
    Q_EMIT selectedDeliveryChanged();
}

void DeliveriesFeed::resetDetail()
{
    ++m_detailGeneration;
    m_detailInFlight = false;
    m_detail.reset();
    m_attempts->clear();
}

std::optional<Delivery> DeliveriesFeed::selectedDelivery() const
{
    if (!m_selectedId)
        return std::nullopt;
    if (m_detail && m_detail->id == m_selectedId)
        return m_detail;
    const int row = m_deliveries->rowForId(m_selectedId);
    if (row < 0)
        return std::nullopt;
    return m_deliveries->deliveryAt(row);
}

void DeliveriesFeed::loadDetail(qint64 deliveryId)
{
    if (!canLoad())
        return;
    ++m_detailGeneration;
    m_detailInFlight = true;
    ++m_detailRequests;
    const quint64 generation = m_detailGeneration;
    m_api->getDelivery(*m_subscription.id, deliveryId, RequestLane::Interactive, this,
                       [this, generation, deliveryId](const ApiResult<Delivery> &result) {
                           onDetail(generation, deliveryId, result);
                       });
}

void DeliveriesFeed::onDetail(quint64 generation, qint64 deliveryId, const ApiResult<Delivery> &result)
{
    if (generation != m_detailGeneration) {
        ++m_staleAnswers;
        return;
    }
    m_detailInFlight = false;
    if (!result.ok()) {
        if (result.error.kind == ApiError::Kind::NotSupported)
            showUnsupported();
        else if (result.error.kind != ApiError::Kind::Cancelled)
            Q_EMIT detailFailed(deliveryId, result.error);
        return;
    }
    if (m_selectedId != deliveryId)
        return;  // the selection moved on meanwhile
    m_detail = *result.value;
    m_deliveries->updateDelivery(*m_detail);
    m_attempts->setDelivery(*m_detail);
    Q_EMIT selectedDeliveryChanged();
    Q_EMIT detailLoaded(deliveryId);
}

void DeliveriesFeed::maybeRefresh()
{
    if (!m_active || !canLoad() || !m_clock)
        return;
    if (m_state == State::Unsupported || m_state == State::NoSubscription)
        return;
    const qint64 now = m_clock->monotonicMs();
    if (m_lastRelativeAtMs < 0 || now - m_lastRelativeAtMs >= relativeTimesEveryMs) {
        m_lastRelativeAtMs = now;
        m_deliveries->refreshRelativeTimes();
        Q_EMIT relativeTimesChanged();
    }
    if (m_listInFlight || m_detailInFlight || m_actionInFlight)
        return;  // never pile up requests: the next tick comes soon enough
    const qint64 due = nextRefreshDueMs();
    if (due < 0 || now >= due)
        loadPage(true);
}

void DeliveriesFeed::onExtensionsChanged()
{
    if (!m_api)
        return;
    const auto extensions = m_api->deliveryExtensions();
    if (extensions == ApiClient::Extensions::Unsupported) {
        if (m_subscription.id)
            showUnsupported();
    } else if (extensions == ApiClient::Extensions::Unknown && m_state == State::Unsupported) {
        // The same client on a new connection: detect again.
        m_stale = true;
        setState(State::Loading);
        if (m_active)
            loadPage(false);
    }
}

void DeliveriesFeed::showUnsupported()
{
    ++m_scope;
    dropListAnswers();
    m_stale = false;
    m_selectAfterLoad = 0;
    m_deliveries->clear();
    clearSelection();
    setState(State::Unsupported);
}

void DeliveriesFeed::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void DeliveriesFeed::retrySelected()
{
    const auto delivery = selectedDelivery();
    if (!delivery || !canLoad() || m_actionInFlight || m_state == State::Unsupported)
        return;
    m_actionInFlight = true;
    const qint64 id = delivery->id;
    const quint64 scope = m_scope;
    Q_EMIT actionStarted(Action::Retry, id);
    m_api->retryDelivery(*m_subscription.id, id, RequestLane::Interactive, this,
                         [this, id, scope](const ApiResult<Delivery> &result) { onRetried(scope, id, result); });
}

void DeliveriesFeed::onRetried(quint64 scope, qint64 deliveryId, const ApiResult<Delivery> &result)
{
    m_actionInFlight = false;
    if (!result.ok()) {
        if (result.error.kind == ApiError::Kind::NotSupported)
            showUnsupported();
        Q_EMIT actionFailed(Action::Retry, deliveryId, result.error);
        return;
    }
    Q_EMIT actionFinished(Action::Retry, deliveryId);
    if (scope != m_scope)
        return;  // another subscription, filter or page is shown by now
    Delivery updated = *result.value;
    // The retry answer carries no attempts: keep the known ones until the detail is fetched again.
    if (updated.attempts.isEmpty() && m_detail && m_detail->id == deliveryId)
        updated.attempts = m_detail->attempts;
    m_deliveries->updateDelivery(updated);
    if (m_selectedId == deliveryId) {
        m_detail = updated;
        m_attempts->setDelivery(updated);
        Q_EMIT selectedDeliveryChanged();
        loadDetail(deliveryId);
    }
}

void DeliveriesFeed::sendTestEvent()
{
    if (!canLoad() || m_actionInFlight || m_state == State::Unsupported)
        return;
    m_actionInFlight = true;
    const quint64 scope = m_scope;
    Q_EMIT actionStarted(Action::TestEvent, 0);
    m_api->sendTestEvent(*m_subscription.id, RequestLane::Interactive, this,
                         [this, scope](const ApiResult<qint64> &result) { onTestEventSent(scope, result); });
}

void DeliveriesFeed::onTestEventSent(quint64 scope, const ApiResult<qint64> &result)
{
    m_actionInFlight = false;
    if (!result.ok()) {
        if (result.error.kind == ApiError::Kind::NotSupported)
            showUnsupported();
        Q_EMIT actionFailed(Action::TestEvent, 0, result.error);
        return;
    }
    Q_EMIT actionFinished(Action::TestEvent, *result.value);
    if (scope != m_scope)
        return;
    // Show it: newest deliveries come first, so go to the first page.
    m_selectAfterLoad = *result.value;
    if (m_offset != 0) {
        m_offset = 0;
        ++m_scope;
    }
    loadPage(true);
}
