#include "ui/DeliveriesPanel.h"

#include "api/ApiClient.h"
#include "common/Clock.h"
#include "models/DeliveryAttemptTableModel.h"
#include "models/DeliveryTableModel.h"
#include "ui/RetryTimelineWidget.h"
#include "ui/StatePanel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr qint64 relativeTimesEveryMs = 30'000;
constexpr int maxBackoffFactor = 6;  // after failures, refresh at most every 6 intervals

bool isActiveStatus(const QString &status)
{
    return status == QLatin1String("retrying") || status == QLatin1String("pending");
}

QString utcText(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QString relativeText(const QDateTime &now, const QDateTime &t)
{
    const qint64 secs = now.secsTo(t);
    if (secs <= 0)
        return DeliveriesPanel::tr("due now");
    if (secs < 60)
        return DeliveriesPanel::tr("in %1 s").arg(secs);
    if (secs < 3600)
        return DeliveriesPanel::tr("in %1 min").arg(secs / 60);
    return DeliveriesPanel::tr("in %1 h %2 min").arg(secs / 3600).arg((secs % 3600) / 60);
}

QString lastResultText(const Delivery &d)
{
    QString text;
    if (d.lastStatusCode)
        text = DeliveriesPanel::tr("HTTP %1").arg(*d.lastStatusCode);
    if (!d.lastError.isEmpty())
        text = text.isEmpty() ? d.lastError : DeliveriesPanel::tr("%1: %2").arg(text, d.lastError);
    if (text.isEmpty() && !d.attempts.isEmpty()) {
        const DeliveryAttempt &last = d.attempts.last();
        if (!last.responseExcerpt.isEmpty())
            text = last.responseExcerpt.left(200).simplified();
    }
    return text;
}
// A widget under its label (the label is its buddy, for the mnemonic and screen readers).
QWidget *labelledBox(const QString &label, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(label, box);
    title->setBuddy(content);
    layout->addWidget(title);
    layout->addWidget(content);
    return box;
}

} // namespace

DeliveriesPanel::DeliveriesPanel(ApiClient *api, Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_clock(clock)
    , m_deliveries(new DeliveryTableModel(clock, this))
    , m_attempts(new DeliveryAttemptTableModel(this))
    , m_pace(new QTimer(this))
    , m_bar(new QWidget(this))
    , m_filter(new QComboBox(m_bar))
    , m_refreshButton(new QToolButton(m_bar))
    , m_testButton(new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("Send &test event"), m_bar))
    , m_prevButton(new QToolButton(m_bar))
    , m_nextButton(new QToolButton(m_bar))
    , m_pageLabel(new QLabel(m_bar))
    , m_message(new QLabel(this))
    , m_updated(new QLabel(m_bar))
    , m_stack(new QStackedWidget(this))
    , m_statePanel(new StatePanel(m_stack))
    , m_notePage(new QWidget(m_stack))
    , m_note(new QLabel(m_notePage))
    , m_content(new QWidget(m_stack))
    , m_table(new QTableView(m_content))
    , m_detailTitle(new QLabel(m_content))
    , m_retryButton(new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("&Retry now"), m_content))
    , m_copyButton(new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("&Copy summary"), m_content))
    , m_timeline(new RetryTimelineWidget(clock, m_content))
    , m_attemptTable(new QTableView(m_content))
    , m_payload(new QPlainTextEdit(m_content))
{
    setAccessibleName(tr("Deliveries"));

    // Top bar: filter, refresh, test event, paging.
    m_filter->addItem(tr("All"), QString());
    m_filter->addItem(tr("Pending"), QStringLiteral("pending"));
    m_filter->addItem(tr("Retrying"), QStringLiteral("retrying"));
    m_filter->addItem(tr("Delivered"), QStringLiteral("delivered"));
    m_filter->addItem(tr("Failed"), QStringLiteral("failed"));
    m_filter->setAccessibleName(tr("Delivery status filter"));
    auto *filterLabel = new QLabel(tr("&Status:"), m_bar);
    filterLabel->setBuddy(m_filter);
    m_refreshButton->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    m_refreshButton->setToolTip(tr("Reload the deliveries now"));
    m_refreshButton->setAccessibleName(tr("Reload deliveries"));
    m_testButton->setToolTip(tr("Ask the server to send a test event to this subscription's URL"));
    m_prevButton->setArrowType(Qt::LeftArrow);
    m_prevButton->setToolTip(tr("Previous page"));
    m_prevButton->setAccessibleName(tr("Previous page"));
    m_nextButton->setArrowType(Qt::RightArrow);
    m_nextButton->setToolTip(tr("Next page"));
    m_nextButton->setAccessibleName(tr("Next page"));
    m_pageLabel->setAccessibleName(tr("Deliveries shown"));
    m_updated->setAccessibleName(tr("Last refresh"));
    m_updated->setForegroundRole(QPalette::PlaceholderText);
    auto *bar = new QHBoxLayout(m_bar);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter);
    bar->addWidget(m_refreshButton);
    bar->addWidget(m_testButton);
    bar->addStretch(1);
    bar->addWidget(m_updated);
    bar->addSpacing(12);
    bar->addWidget(m_prevButton);
    bar->addWidget(m_pageLabel);
    bar->addWidget(m_nextButton);

    m_message->setAccessibleName(tr("Deliveries status message"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);

    // The calm note for servers without the delivery extensions.
    m_note->setWordWrap(true);
    m_note->setAlignment(Qt::AlignCenter);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setAccessibleName(tr("Deliveries not available"));
    auto *noteIcon = new QLabel(m_notePage);
    noteIcon->setAlignment(Qt::AlignCenter);
    noteIcon->setPixmap(QIcon(QStringLiteral(":/icons/info.svg")).pixmap(QSize(40, 40), devicePixelRatioF()));
    auto *noteDetail = new QLabel(tr("Delivery status, attempts and manual retries need a server with the delivery "
                                     "extensions, such as webhook-sandbox. Everything else works as usual."),
                                  m_notePage);
    noteDetail->setWordWrap(true);
    noteDetail->setAlignment(Qt::AlignCenter);
    noteDetail->setForegroundRole(QPalette::PlaceholderText);
    auto *noteLayout = new QVBoxLayout(m_notePage);
    noteLayout->addStretch(1);
    noteLayout->addWidget(noteIcon);
    noteLayout->addWidget(m_note);
    noteLayout->addWidget(noteDetail);
    noteLayout->addStretch(2);

    // Content: the deliveries table over the selected delivery's detail.
    m_table->setModel(m_deliveries);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DeliveryTableModel::LastResultColumn, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    m_table->setAccessibleName(tr("Deliveries"));

    m_attemptTable->setModel(m_attempts);
    m_attemptTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attemptTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attemptTable->verticalHeader()->hide();
    m_attemptTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_attemptTable->horizontalHeader()->setSectionResizeMode(DeliveryAttemptTableModel::ResponseColumn,
                                                             QHeaderView::Stretch);
    m_attemptTable->setAlternatingRowColors(true);
    m_attemptTable->setAccessibleName(tr("Delivery attempts"));

    m_payload->setReadOnly(true);
    m_payload->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_payload->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_payload->setAccessibleName(tr("Delivery payload"));
    m_payload->setPlaceholderText(tr("Select a delivery to see its payload."));

    QFont titleFont = m_detailTitle->font();
    titleFont.setBold(true);
    m_detailTitle->setFont(titleFont);
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailTitle->setAccessibleName(tr("Selected delivery"));
    m_retryButton->setToolTip(tr("Attempt this delivery again now, outside its hourly schedule"));
    m_copyButton->setToolTip(tr("Copy subscription, URL, status, attempts, last error and next retry as text"));

    auto *detail = new QWidget(m_content);
    auto *detailHeader = new QHBoxLayout;
    detailHeader->addWidget(m_detailTitle, 1);
    detailHeader->addWidget(m_retryButton);
    detailHeader->addWidget(m_copyButton);
    auto *attemptsBox = labelledBox(tr("Attempts"), m_attemptTable, detail);
    auto *payloadBox = labelledBox(tr("Payload"), m_payload, detail);
    auto *detailSplit = new QSplitter(Qt::Horizontal, detail);
    detailSplit->addWidget(attemptsBox);
    detailSplit->addWidget(payloadBox);
    detailSplit->setStretchFactor(0, 3);
    detailSplit->setStretchFactor(1, 2);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addLayout(detailHeader);
    detailLayout->addWidget(m_timeline);
    detailLayout->addWidget(detailSplit, 1);

    auto *split = new QSplitter(Qt::Vertical, m_content);
    split->addWidget(m_table);
    split->addWidget(detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(split);

    m_stack->addWidget(m_statePanel);
    m_stack->addWidget(m_notePage);
    m_stack->addWidget(m_content);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    setTabOrder(m_filter, m_refreshButton);
    setTabOrder(m_refreshButton, m_testButton);
    setTabOrder(m_testButton, m_prevButton);
    setTabOrder(m_prevButton, m_nextButton);
    setTabOrder(m_nextButton, m_table);
    setTabOrder(m_table, m_retryButton);
    setTabOrder(m_retryButton, m_copyButton);
    setTabOrder(m_copyButton, m_attemptTable);
    setTabOrder(m_attemptTable, m_payload);

    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this](int index) { setStatusFilter(m_filter->itemData(index).toString()); });
    connect(m_refreshButton, &QToolButton::clicked, this, &DeliveriesPanel::refresh);
    connect(m_testButton, &QPushButton::clicked, this, &DeliveriesPanel::sendTestEvent);
    connect(m_prevButton, &QToolButton::clicked, this, &DeliveriesPanel::previousPage);
    connect(m_nextButton, &QToolButton::clicked, this, &DeliveriesPanel::nextPage);
    connect(m_retryButton, &QPushButton::clicked, this, &DeliveriesPanel::retrySelected);
    connect(m_copyButton, &QPushButton::clicked, this, &DeliveriesPanel::copySummary);
    connect(m_statePanel, &StatePanel::retryRequested, this, &DeliveriesPanel::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DeliveriesPanel::onSelectionChanged);
    if (m_api)
        connect(m_api, &ApiClient::deliveryExtensionsChanged, this, &DeliveriesPanel::onExtensionsChanged);

    // Pacing: a coarse real-time tick (only while active) plus the fake clock's jumps in tests;
    // both only ask "is a refresh due on the clock?", so the pace is the clock's, not the timer's.
    m_pace->setInterval(1000);
    connect(m_pace, &QTimer::timeout, this, &DeliveriesPanel::maybeRefresh);
    if (m_clock)
        connect(m_clock, &Clock::advanced, this, &DeliveriesPanel::maybeRefresh);

    clearSubscription();
}

DeliveriesPanel::~DeliveriesPanel() = default;

void DeliveriesPanel::setPageSize(int size)
{
    m_pageSize = std::clamp(size, 1, 500);
}

void DeliveriesPanel::setApiClient(ApiClient *api)
{
    if (m_api == api)
        return;
    if (m_api)
        disconnect(m_api, nullptr, this, nullptr);
    m_api = api;
    if (m_api)
        connect(m_api, &ApiClient::deliveryExtensionsChanged, this, &DeliveriesPanel::onExtensionsChanged);
    // Nothing of the old connection's answers or capability applies any more.
    m_bar->show();
    clearSubscription();
}

bool DeliveriesPanel::canLoad() const
{
    return m_api && m_subscription.id.has_value();
}

void DeliveriesPanel::setSubscription(const Subscription &subscription)
{
    const bool same = subscription.id && m_subscription.id == subscription.id;
    m_subscription = subscription;
    if (same && m_state != State::NoSubscription)
        return;  // same subscription again (a refresh of the list): keep page, filter and selection

    ++m_listGeneration;
    ++m_detailGeneration;
    m_listInFlight = m_detailInFlight = false;
    m_offset = 0;
    m_selectAfterLoad = 0;
    m_lastListAtMs = -1;
    m_refreshFailures = 0;
    m_deliveries->clear();
    clearDetail();
    setMessage({});
    m_updated->clear();
    updatePaging();

    if (!subscription.id) {
        m_stale = false;
        m_statePanel->showEmpty(tr("No deliveries to show"),
                                tr("This subscription has no id, so its deliveries cannot be looked up."));
        m_stack->setCurrentWidget(m_statePanel);
        setState(State::NoSubscription);
        return;
    }
    if (m_api && m_api->deliveryExtensions() == ApiClient::Extensions::Unsupported) {
        showUnsupported();
        return;
    }
    // Only load for a tab on screen: a hidden tab loads when it is shown.
    m_stale = true;
    if (m_active)
        loadPage(false);
    else {
        m_statePanel->showLoading(tr("Loading deliveries…"));
        m_stack->setCurrentWidget(m_statePanel);
        setState(State::Loading);
    }
}

void DeliveriesPanel::clearSubscription()
{
    ++m_listGeneration;
    ++m_detailGeneration;
    m_listInFlight = m_detailInFlight = false;
    m_subscription = Subscription();
    m_stale = false;
    m_deliveries->clear();
    clearDetail();
    setMessage({});
    m_statePanel->showEmpty(tr("No subscription selected"), tr("Select a subscription to see its deliveries."));
    m_stack->setCurrentWidget(m_statePanel);
    setState(State::NoSubscription);
    updatePaging();
}

void DeliveriesPanel::setActive(bool active)
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

void DeliveriesPanel::refresh()
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

QString DeliveriesPanel::statusFilter() const
{
    return m_filter->currentData().toString();
}

void DeliveriesPanel::setStatusFilter(const QString &status)
{
    const int index = std::max(0, m_filter->findData(status));
    if (m_filter->currentIndex() != index) {
        m_filter->setCurrentIndex(index);  // comes back here through currentIndexChanged
        return;
    }
    ++m_listGeneration;
    m_listInFlight = false;
    m_offset = 0;
    m_deliveries->clear();
    clearDetail();
    if (!canLoad() || m_state == State::Unsupported)
        return;
    m_stale = true;
    if (m_active)
        loadPage(false);
}

void DeliveriesPanel::nextPage()
{
    if (m_offset + m_deliveries->rowCount() >= m_deliveries->total())
        return;
    m_offset += m_pageSize;
    ++m_listGeneration;
    m_listInFlight = false;
    loadPage(false);
}

void DeliveriesPanel::previousPage()
{
    if (m_offset == 0)
        return;
    m_offset = std::max(0, m_offset - m_pageSize);
    ++m_listGeneration;
    m_listInFlight = false;
    loadPage(false);
}

void DeliveriesPanel::loadPage(bool quiet)
{
    if (!canLoad())
        return;
    if (m_api->deliveryExtensions() == ApiClient::Extensions::Unsupported) {
        showUnsupported();
        return;
    }
    if (!quiet) {
        if (m_deliveries->rowCount() == 0) {
            m_statePanel->showLoading(tr("Loading deliveries…"));
            m_stack->setCurrentWidget(m_statePanel);
            setState(State::Loading);
        } else {
            m_updated->setText(tr("Loading…"));
        }
    }
    m_stale = false;
    m_listInFlight = true;
    m_lastListAtMs = m_clock ? m_clock->monotonicMs() : 0;
    ++m_listRequests;
    const quint64 generation = m_listGeneration;
    m_api->listDeliveries(*m_subscription.id, statusFilter(), m_pageSize, m_offset, RequestLane::Interactive, this,
                          [this, generation](const ApiResult<DeliveryPage> &result) { onPage(generation, result); });
}

void DeliveriesPanel::onPage(quint64 generation, const ApiResult<DeliveryPage> &result)
{
    if (generation != m_listGeneration)
        return;  // an answer for another subscription, filter or page
    m_listInFlight = false;
    if (!result.ok()) {
        if (result.error.kind == ApiError::Kind::NotSupported) {
            showUnsupported();
            return;
        }
        if (result.error.kind == ApiError::Kind::Cancelled)
            return;
        ++m_refreshFailures;
        if (m_deliveries->rowCount() == 0) {
            m_statePanel->showError(tr("Could not load deliveries"), result.error.message());
            m_stack->setCurrentWidget(m_statePanel);
            setState(State::Error);
        } else {
            setMessage(tr("Could not refresh the deliveries: %1").arg(result.error.message()), true);
        }
        return;
    }
    m_refreshFailures = 0;
    const DeliveryPage &page = *result.value;
    // The page ran past the end (deliveries went away): show the last page instead.
    if (page.items.isEmpty() && page.total > 0 && m_offset > 0) {
        m_offset = std::max(0, (page.total - 1) / m_pageSize * m_pageSize);
        ++m_listGeneration;
        loadPage(true);
        return;
    }
    m_deliveries->setPage(page);
    updatePaging();
    if (m_clock)
        m_updated->setText(tr("Updated %1").arg(locale().toString(m_clock->utcNow().toLocalTime().time(), QLocale::ShortFormat)));
    if (m_messageIsError)
        setMessage({});  // the failure is over; action messages stay until the next action

    if (m_deliveries->rowCount() == 0) {
        const QString status = statusFilter();
        QString title = tr("No deliveries yet");
        if (status == QLatin1String("pending"))
            title = tr("No pending deliveries");
        else if (status == QLatin1String("retrying"))
            title = tr("No deliveries are being retried");
        else if (status == QLatin1String("delivered"))
            title = tr("No delivered deliveries");
        else if (status == QLatin1String("failed"))
            title = tr("No failed deliveries");
        m_statePanel->showEmpty(title, tr("Deliveries appear here when an event is sent to this subscription. "
                                          "\"Send test event\" sends one now."));
        m_stack->setCurrentWidget(m_statePanel);
        clearDetail();
        setState(State::Empty);
        Q_EMIT pageLoaded();
        return;
    }
    m_stack->setCurrentWidget(m_content);
    setState(State::Loaded);

    int row = -1;
    if (m_selectAfterLoad) {
        row = m_deliveries->rowForId(m_selectAfterLoad);
        if (row >= 0)
            m_selectAfterLoad = 0;
    }
    if (row < 0 && m_detail)
        row = m_deliveries->rowForId(m_detail->id);
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (row < 0 && !selected.isEmpty())
        row = selected.first().row();
    if (row < 0)
        row = 0;  // most people want the newest delivery at once

    const qint64 id = m_deliveries->deliveryAt(row).id;
    const bool alreadySelected = !selected.isEmpty() && selected.first().row() == row;
    if (!alreadySelected) {
        selectDelivery(id);  // loads the detail through onSelectionChanged
    } else if (m_detail && m_detail->id == id) {
        // Refresh the detail only when the list says something changed: saves the detail budget.
        const Delivery &listed = m_deliveries->deliveryAt(row);
        if ((listed.attemptCount != m_detail->attemptCount || listed.status != m_detail->status
             || listed.nextAttemptAt != m_detail->nextAttemptAt) && !m_detailInFlight)
            loadDetail(id, true);
    } else if (!m_detailInFlight) {
        loadDetail(id, true);
    }
    Q_EMIT pageLoaded();
}

void DeliveriesPanel::selectDelivery(qint64 deliveryId)
{
    const int row = m_deliveries->rowForId(deliveryId);
    if (row < 0) {
        m_selectAfterLoad = deliveryId;
        return;
    }
    m_table->selectionModel()->setCurrentIndex(m_deliveries->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(m_deliveries->index(row, 0));
}

std::optional<Delivery> DeliveriesPanel::selectedDelivery() const
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return std::nullopt;
    const Delivery &listed = m_deliveries->deliveryAt(selected.first().row());
    if (m_detail && m_detail->id == listed.id)
        return m_detail;
    return listed;
}

void DeliveriesPanel::onSelectionChanged()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        clearDetail();
        return;
    }
    const Delivery &listed = m_deliveries->deliveryAt(selected.first().row());
    if (m_detail && m_detail->id == listed.id)
        return;
    // Show what the list knows at once; the attempts follow with the detail.
    m_detail.reset();
    m_attempts->clear();
    showDelivery(listed);
    loadDetail(listed.id, false);
}

void DeliveriesPanel::loadDetail(qint64 deliveryId, bool quiet)
{
    if (!canLoad())
        return;
    Q_UNUSED(quiet)
    ++m_detailGeneration;
    m_detailInFlight = true;
    ++m_detailRequests;
    const quint64 generation = m_detailGeneration;
    m_api->getDelivery(*m_subscription.id, deliveryId, RequestLane::Interactive, this,
                       [this, generation, deliveryId](const ApiResult<Delivery> &result) {
                           onDetail(generation, deliveryId, result);
                       });
}

void DeliveriesPanel::onDetail(quint64 generation, qint64 deliveryId, const ApiResult<Delivery> &result)
{
    if (generation != m_detailGeneration)
        return;
    m_detailInFlight = false;
    if (!result.ok()) {
        if (result.error.kind == ApiError::Kind::NotSupported)
            showUnsupported();
        else if (result.error.kind != ApiError::Kind::Cancelled)
            setMessage(tr("Could not load delivery %1: %2").arg(deliveryId).arg(result.error.message()), true);
        return;
    }
    const auto selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty() || m_deliveries->deliveryAt(selected.first().row()).id != deliveryId)
        return;  // the selection moved on meanwhile
    m_detail = *result.value;
    m_deliveries->updateDelivery(*m_detail);
    showDelivery(*m_detail);
    Q_EMIT detailLoaded(deliveryId);
}

void DeliveriesPanel::showDelivery(const Delivery &d)
{
    const QString status = DeliveryTableModel::statusDisplayName(DeliveryTableModel::statusFromString(d.status));
    m_detailTitle->setText(tr("Delivery %1 · %2 · %3").arg(d.id).arg(d.event, status.isEmpty() ? d.status : status));
    m_timeline->setDelivery(d);
    if (!d.attempts.isEmpty() || m_detail)
        m_attempts->setDelivery(d);
    const QString payload = d.payload.isEmpty() ? QString()
                                                : QString::fromUtf8(QJsonDocument(d.payload).toJson(QJsonDocument::Indented));
    if (m_payload->toPlainText() != payload)  // keeps the reader's selection and scroll on refresh
        m_payload->setPlainText(payload);
    updateActions();
}

void DeliveriesPanel::clearDetail()
{
    ++m_detailGeneration;
    m_detailInFlight = false;
    m_detail.reset();
    m_attempts->clear();
    m_timeline->clear();
    m_payload->clear();
    m_detailTitle->setText(tr("No delivery selected"));
    updateActions();
}

void DeliveriesPanel::maybeRefresh()
{
    if (!m_active || !canLoad() || !m_clock)
        return;
    if (m_state == State::Unsupported || m_state == State::NoSubscription)
        return;
    const qint64 now = m_clock->monotonicMs();
    if (m_lastRelativeAtMs < 0 || now - m_lastRelativeAtMs >= relativeTimesEveryMs) {
        m_lastRelativeAtMs = now;
        m_deliveries->refreshRelativeTimes();
        m_timeline->update();
    }
    if (m_listInFlight || m_detailInFlight || m_actionInFlight)
        return;  // never pile up requests: the next tick comes soon enough
    const qint64 interval = m_refreshIntervalMs * std::min(maxBackoffFactor, 1 + m_refreshFailures);
    if (m_lastListAtMs < 0 || now - m_lastListAtMs >= interval)
        loadPage(true);
}

void DeliveriesPanel::onExtensionsChanged()
{
    if (!m_api)
        return;
    const auto extensions = m_api->deliveryExtensions();
    if (extensions == ApiClient::Extensions::Unsupported) {
        if (m_subscription.id)
            showUnsupported();
    } else if (extensions == ApiClient::Extensions::Unknown && m_state == State::Unsupported) {
        // A new connection: detect again.
        m_bar->show();
        m_stale = true;
        m_statePanel->showLoading(tr("Loading deliveries…"));
        m_stack->setCurrentWidget(m_statePanel);
        setState(State::Loading);
        if (m_active)
            loadPage(false);
    }
}

void DeliveriesPanel::showUnsupported()
{
    ++m_listGeneration;
    m_listInFlight = false;
    m_stale = false;
    m_deliveries->clear();
    clearDetail();
    setMessage({});
    m_note->setText(noteText());
    m_bar->hide();
    m_stack->setCurrentWidget(m_notePage);
    setState(State::Unsupported);
}

QString DeliveriesPanel::noteText() const
{
    return tr("This server does not report deliveries. Its documented retry policy: hourly, for up to 48 hours.");
}

void DeliveriesPanel::setState(State state)
{
    if (state != State::Unsupported)
        m_bar->setVisible(state != State::NoSubscription);
    const bool changed = m_state != state;
    m_state = state;
    updateActions();
    if (changed)
        Q_EMIT stateChanged(state);
}

QString DeliveriesPanel::stateText() const
{
    switch (m_state) {
    case State::Unsupported: return m_note->text();
    case State::Loaded: return m_pageLabel->text();
    default: return m_statePanel->title();
    }
}

QString DeliveriesPanel::messageText() const
{
    return m_message->text();
}

void DeliveriesPanel::updateActions()
{
    const bool connected = canLoad() && m_state != State::Unsupported && m_state != State::NoSubscription;
    const auto selected = m_table->selectionModel()->selectedRows();
    const bool hasSelection = !selected.isEmpty();
    const QString status = hasSelection ? m_deliveries->deliveryAt(selected.first().row()).status : QString();
    m_testButton->setEnabled(connected && !m_actionInFlight);
    m_refreshButton->setEnabled(connected);
    m_filter->setEnabled(connected);
    // A delivered event needs no retry; failed and waiting ones can be pushed now.
    m_retryButton->setEnabled(connected && hasSelection && !m_actionInFlight && status != QLatin1String("delivered"));
    m_copyButton->setEnabled(hasSelection);
}

void DeliveriesPanel::updatePaging()
{
    const int rows = m_deliveries->rowCount();
    const int total = m_deliveries->total();
    if (rows == 0)
        m_pageLabel->setText(total > 0 ? tr("none of %1").arg(total) : QString());
    else
        m_pageLabel->setText(tr("%1–%2 of %3").arg(m_offset + 1).arg(m_offset + rows).arg(total));
    m_prevButton->setEnabled(m_offset > 0);
    m_nextButton->setEnabled(m_offset + rows < total);
    const bool paged = total > rows || m_offset > 0;
    m_prevButton->setVisible(paged);
    m_nextButton->setVisible(paged);
}

QString DeliveriesPanel::updatedText() const
{
    return m_updated->text();
}

void DeliveriesPanel::setMessage(const QString &text, bool error)
{
    m_messageIsError = error && !text.isEmpty();
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setForegroundRole(error ? QPalette::BrightText : QPalette::PlaceholderText);
    if (error) {
        QPalette p = m_message->palette();
        p.setColor(QPalette::BrightText, p.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                                                     : QColor(0xb0, 0x20, 0x20));
        m_message->setPalette(p);
    }
}

void DeliveriesPanel::retrySelected()
{
    const auto delivery = selectedDelivery();
    if (!delivery || !canLoad() || m_actionInFlight)
        return;
    m_actionInFlight = true;
    updateActions();
    const qint64 id = delivery->id;
    const quint64 generation = m_listGeneration;
    setMessage(tr("Asking the server to retry delivery %1…").arg(id));
    m_api->retryDelivery(*m_subscription.id, id, RequestLane::Interactive, this,
                         [this, id, generation](const ApiResult<Delivery> &result) {
                             m_actionInFlight = false;
                             updateActions();
                             if (!result.ok()) {
                                 if (result.error.kind == ApiError::Kind::NotSupported)
                                     showUnsupported();
                                 else
                                     setMessage(tr("Could not retry delivery %1: %2").arg(id).arg(result.error.message()), true);
                                 return;
                             }
                             setMessage(tr("Delivery %1 is being retried now.").arg(id));
                             if (generation != m_listGeneration)
                                 return;
                             Delivery updated = *result.value;
                             if (updated.attempts.isEmpty() && m_detail && m_detail->id == id)
                                 updated.attempts = m_detail->attempts;
                             m_deliveries->updateDelivery(updated);
                             const auto selected = selectedDelivery();
                             if (selected && selected->id == id) {
                                 m_detail = updated;
                                 showDelivery(updated);
                                 loadDetail(id, true);
                             }
                         });
}

void DeliveriesPanel::sendTestEvent()
{
    if (!canLoad() || m_actionInFlight)
        return;
    m_actionInFlight = true;
    updateActions();
    const quint64 generation = m_listGeneration;
    setMessage(tr("Sending a test event…"));
    m_api->sendTestEvent(*m_subscription.id, RequestLane::Interactive, this,
                         [this, generation](const ApiResult<qint64> &result) {
                             m_actionInFlight = false;
                             updateActions();
                             if (!result.ok()) {
                                 if (result.error.kind == ApiError::Kind::NotSupported)
                                     showUnsupported();
                                 else
                                     setMessage(tr("Could not send a test event: %1").arg(result.error.message()), true);
                                 return;
                             }
                             setMessage(tr("Test event sent as delivery %1.").arg(*result.value));
                             if (generation != m_listGeneration)
                                 return;
                             // Show it: newest deliveries come first, so go to the first page.
                             m_selectAfterLoad = *result.value;
                             m_detail.reset();
                             if (m_offset != 0) {
                                 m_offset = 0;
                                 ++m_listGeneration;
                             }
                             m_listInFlight = false;
                             loadPage(true);
                         });
}

void DeliveriesPanel::copySummary()
{
    const auto delivery = selectedDelivery();
    if (!delivery)
        return;
    const QDateTime now = m_clock ? m_clock->utcNow() : QDateTime::currentDateTimeUtc();
    const QString text = summaryText(m_subscription, *delivery, now);
    if (QClipboard *clipboard = QApplication::clipboard())
        clipboard->setText(text);
    setMessage(tr("Summary of delivery %1 copied to the clipboard.").arg(delivery->id));
    Q_EMIT summaryCopied(text);
}

QString DeliveriesPanel::summaryText(const Subscription &subscription, const Delivery &d, const QDateTime &now)
{
    const QString status = DeliveryTableModel::statusDisplayName(DeliveryTableModel::statusFromString(d.status));
    QStringList lines;
    lines << tr("Subscription: %1").arg(subscription.id ? QString::number(*subscription.id) : tr("(no id)"));
    if (subscription.description && !subscription.description->isEmpty())
        lines << tr("Description: %1").arg(*subscription.description);
    lines << tr("URL: %1").arg(subscription.url);
    lines << tr("Delivery: %1 (event %2, %3), created %4")
                 .arg(d.id)
                 .arg(d.event, d.eventId.isEmpty() ? tr("no event id") : d.eventId, utcText(d.createdAt));
    lines << tr("Status: %1").arg(status.isEmpty() ? d.status : status);
    lines << tr("Attempts: %1 of %2").arg(std::max<int>(d.attemptCount, int(d.attempts.size()))).arg(d.maxAttempts);
    const QString last = lastResultText(d);
    lines << tr("Last error: %1").arg(last.isEmpty() ? tr("none") : last);
    if (isActiveStatus(d.status) && d.nextAttemptAt.isValid())
        lines << tr("Next retry: %1 (%2)").arg(utcText(d.nextAttemptAt), relativeText(now, d.nextAttemptAt));
    else if (d.status == QLatin1String("delivered"))
        lines << tr("Next retry: none (delivered)");
    else if (d.status == QLatin1String("failed"))
        lines << tr("Next retry: none (gave up)");
    else
        lines << tr("Next retry: not scheduled");
    if (d.givesUpAt.isValid())
        lines << (d.status == QLatin1String("failed") ? tr("Gave up at: %1") : tr("Gives up at: %1")).arg(utcText(d.givesUpAt));
    return lines.join(u'\n') + u'\n';
}
