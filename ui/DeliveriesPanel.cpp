#include "ui/DeliveriesPanel.h"

#include "common/Clock.h"
#include "models/DeliveryAttemptTableModel.h"
#include "models/DeliveryTableModel.h"
#include "models/TimeText.h"
#include "ui/DeliverySummaryText.h"
#include "ui/RetryTimelineWidget.h"
#include "ui/StatePanel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// A widget under its label (the label is its buddy, for the mnemonic and screen readers).
QWidget *labelledBox(QLabel *title, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    title->setParent(box);
    title->setBuddy(content);
    layout->addWidget(title);
    layout->addWidget(content);
    return box;
}

}  // namespace

DeliveriesPanel::DeliveriesPanel(ApiClient *api, Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_feed(new DeliveriesFeed(api, clock, this))
    , m_clock(clock)
    , m_bar(new QWidget(this))
    , m_footer(new QWidget(this))
    , m_filter(new QComboBox(m_bar))
    , m_filterLabel(new QLabel(m_bar))
    , m_refreshButton(new QToolButton(m_bar))
    , m_testButton(new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), QString(), m_bar))
    , m_prevButton(new QToolButton(m_bar))
    , m_nextButton(new QToolButton(m_bar))
    , m_pageLabel(new QLabel(m_bar))
    , m_message(new QLabel(this))
    , m_updated(new QLabel(m_bar))
    , m_stack(new QStackedWidget(this))
    , m_statePanel(new StatePanel(m_stack))
    , m_notePage(new QWidget(m_stack))
    , m_note(new QLabel(m_notePage))
    , m_noteDetail(new QLabel(m_notePage))
    , m_content(new QWidget(m_stack))
    , m_table(new QTableView(m_content))
    , m_detailTitle(new QLabel(m_content))
    , m_retryButton(new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), QString(), m_content))
    , m_copyButton(new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), QString(), m_content))
    , m_timeline(new RetryTimelineWidget(clock, m_content))
    , m_attemptTable(new QTableView(m_content))
    , m_payload(new QPlainTextEdit(m_content))
    , m_attemptsLabel(new QLabel(this))
    , m_payloadLabel(new QLabel(this))
{
    // Names for findChild in tests.
    m_feed->setObjectName(QStringLiteral("deliveriesFeed"));
    m_filter->setObjectName(QStringLiteral("deliveryStatusFilter"));
    m_refreshButton->setObjectName(QStringLiteral("reloadDeliveriesButton"));
    m_testButton->setObjectName(QStringLiteral("sendTestEventButton"));
    m_prevButton->setObjectName(QStringLiteral("previousDeliveriesPageButton"));
    m_nextButton->setObjectName(QStringLiteral("nextDeliveriesPageButton"));
    m_pageLabel->setObjectName(QStringLiteral("deliveriesPageLabel"));
    m_message->setObjectName(QStringLiteral("deliveriesMessage"));
    m_updated->setObjectName(QStringLiteral("deliveriesUpdatedLabel"));
    m_statePanel->setObjectName(QStringLiteral("deliveriesStatePanel"));
    m_note->setObjectName(QStringLiteral("deliveriesNote"));
    m_table->setObjectName(QStringLiteral("deliveriesTable"));
    m_detailTitle->setObjectName(QStringLiteral("deliveryTitle"));
    m_retryButton->setObjectName(QStringLiteral("retryDeliveryButton"));
    m_copyButton->setObjectName(QStringLiteral("copyDeliverySummaryButton"));
    m_timeline->setObjectName(QStringLiteral("deliveryTimeline"));
    m_attemptTable->setObjectName(QStringLiteral("deliveryAttemptsTable"));
    m_payload->setObjectName(QStringLiteral("deliveryPayload"));

    // Top bar: filter, refresh, test event, paging.
    for (const char *status : {"", "pending", "retrying", "delivered", "failed"})
        m_filter->addItem(QString(), QString::fromLatin1(status));
    m_filterLabel->setBuddy(m_filter);
    m_refreshButton->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    m_prevButton->setArrowType(Qt::LeftArrow);
    m_nextButton->setArrowType(Qt::RightArrow);
    m_updated->setForegroundRole(QPalette::PlaceholderText);
    auto *bar = new QHBoxLayout(m_bar);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_filterLabel);
    bar->addWidget(m_filter);
    bar->addWidget(m_refreshButton);
    bar->addWidget(m_testButton);
    bar->addStretch(1);
    // The time of the refresh and the paging go under the list: beside the filter and the test
    // button they made the pane wider than a small screen has room for.
    auto *footer = new QHBoxLayout(m_footer);
    footer->setContentsMargins(0, 0, 0, 0);
    footer->addWidget(m_updated);
    footer->addStretch(1);
    footer->addWidget(m_prevButton);
    footer->addWidget(m_pageLabel);
    footer->addWidget(m_nextButton);

    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);

    // The calm note for servers without the delivery extensions.
    m_note->setWordWrap(true);
    m_note->setAlignment(Qt::AlignCenter);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *noteIcon = new QLabel(m_notePage);
    noteIcon->setAlignment(Qt::AlignCenter);
    noteIcon->setPixmap(QIcon(QStringLiteral(":/icons/info.svg")).pixmap(QSize(40, 40), devicePixelRatioF()));
    m_noteDetail->setWordWrap(true);
    m_noteDetail->setAlignment(Qt::AlignCenter);
    m_noteDetail->setForegroundRole(QPalette::PlaceholderText);
    auto *noteLayout = new QVBoxLayout(m_notePage);
    noteLayout->addStretch(1);
    noteLayout->addWidget(noteIcon);
    noteLayout->addWidget(m_note);
    noteLayout->addWidget(m_noteDetail);
    noteLayout->addStretch(2);

    // Content: the deliveries table over the selected delivery's detail.
    m_table->setModel(m_feed->deliveryModel());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DeliveryTableModel::LastResultColumn, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);

    m_attemptTable->setModel(m_feed->attemptModel());
    m_attemptTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attemptTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attemptTable->verticalHeader()->hide();
    m_attemptTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_attemptTable->horizontalHeader()->setSectionResizeMode(DeliveryAttemptTableModel::ResponseColumn,
                                                             QHeaderView::Stretch);
    m_attemptTable->setAlternatingRowColors(true);

    m_payload->setReadOnly(true);
    m_payload->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_payload->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    QFont titleFont = m_detailTitle->font();
    titleFont.setBold(true);
    m_detailTitle->setFont(titleFont);
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailTitle->setWordWrap(true);  // a long event name must not widen the window

    auto *detail = new QWidget(m_content);
    // The title over the buttons: beside them it made the pane wider than a small screen leaves
    // it, and the divider between list and details jumped when this tab opened.
    auto *detailHeader = new QHBoxLayout;
    detailHeader->addWidget(m_retryButton);
    detailHeader->addWidget(m_copyButton);
    detailHeader->addStretch(1);
    auto *attemptsBox = labelledBox(m_attemptsLabel, m_attemptTable, detail);
    auto *payloadBox = labelledBox(m_payloadLabel, m_payload, detail);
    auto *detailSplit = new QSplitter(Qt::Horizontal, detail);
    detailSplit->addWidget(attemptsBox);
    detailSplit->addWidget(payloadBox);
    detailSplit->setStretchFactor(0, 3);
    detailSplit->setStretchFactor(1, 2);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addLayout(detailHeader);
    detailLayout->addWidget(m_timeline);
    detailLayout->addWidget(detailSplit, 1);

    auto *split = new QSplitter(Qt::Vertical, m_content);
    split->addWidget(m_table);
    split->addWidget(detail);
    // The deliveries table gets the larger share; attempts and payload may shrink to a few lines
    // (their default hints asked for 190 px each and left room for two or three deliveries on a
    // 700 px screen) and can be made larger with the splitter.
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    for (QWidget *view : {static_cast<QWidget *>(m_attemptTable), static_cast<QWidget *>(m_payload)})
        view->setMinimumHeight(4 * view->fontMetrics().height());
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
    layout->addWidget(m_footer);

    setTabOrder(m_filter, m_refreshButton);
    setTabOrder(m_refreshButton, m_testButton);
    setTabOrder(m_testButton, m_prevButton);
    setTabOrder(m_prevButton, m_nextButton);
    setTabOrder(m_nextButton, m_table);
    setTabOrder(m_table, m_retryButton);
    setTabOrder(m_retryButton, m_copyButton);
    setTabOrder(m_copyButton, m_attemptTable);
    setTabOrder(m_attemptTable, m_payload);

    // Clicks go to the feed; what it reports comes back through its signals.
    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_feed->setStatusFilter(m_filter->itemData(index).toString()); });
    connect(m_refreshButton, &QToolButton::clicked, m_feed, &DeliveriesFeed::refresh);
    connect(m_testButton, &QPushButton::clicked, m_feed, &DeliveriesFeed::sendTestEvent);
    connect(m_prevButton, &QToolButton::clicked, m_feed, &DeliveriesFeed::previousPage);
    connect(m_nextButton, &QToolButton::clicked, m_feed, &DeliveriesFeed::nextPage);
    connect(m_retryButton, &QPushButton::clicked, m_feed, &DeliveriesFeed::retrySelected);
    connect(m_copyButton, &QPushButton::clicked, this, &DeliveriesPanel::copySummary);
    connect(m_statePanel, &StatePanel::retryRequested, m_feed, &DeliveriesFeed::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DeliveriesPanel::onViewSelectionChanged);

    connect(m_feed, &DeliveriesFeed::stateChanged, this, &DeliveriesPanel::showState);
    connect(m_feed, &DeliveriesFeed::subscriptionChanged, this, &DeliveriesPanel::onSubscriptionChanged);
    connect(m_feed, &DeliveriesFeed::subscriptionEnabledChanged, this, &DeliveriesPanel::showRetriesPaused);
    connect(m_feed, &DeliveriesFeed::pageLoaded, this, &DeliveriesPanel::onPageLoaded);
    connect(m_feed, &DeliveriesFeed::reloading, this, [this] { m_updated->setText(tr("Loading…")); });
    connect(m_feed, &DeliveriesFeed::pageFailed, this, &DeliveriesPanel::showPageFailed);
    connect(m_feed, &DeliveriesFeed::selectedDeliveryChanged, this, &DeliveriesPanel::showSelection);
    connect(m_feed, &DeliveriesFeed::detailFailed, this, [this](qint64 deliveryId, const ApiError &error) {
        setMessage(tr("Could not load delivery %1: %2").arg(deliveryId).arg(error.message()), true);
    });
    connect(m_feed, &DeliveriesFeed::actionStarted, this, &DeliveriesPanel::showActionStarted);
    connect(m_feed, &DeliveriesFeed::actionFinished, this, &DeliveriesPanel::showActionFinished);
    connect(m_feed, &DeliveriesFeed::actionFailed, this, &DeliveriesPanel::showActionFailed);
    connect(m_feed, &DeliveriesFeed::relativeTimesChanged, m_timeline, qOverload<>(&QWidget::update));
    connect(m_feed->deliveryModel(), &DeliveryTableModel::pageChanged, this, &DeliveriesPanel::updatePaging);

    m_headerMinimum = m_table->horizontalHeader()->minimumSectionSize();
    retranslate();
    onSubscriptionChanged();
}

void DeliveriesPanel::showEvent(QShowEvent *event)
{
    keepStretchedTitlesWhole();  // the headers measure their titles in their final font once shown
    QWidget::showEvent(event);
}

// A stretched column gives up width when the pane is narrow, but never below its title.
void DeliveriesPanel::keepStretchedTitlesWhole()
{
    const std::pair<QHeaderView *, int> stretched[] = {
        {m_table->horizontalHeader(), DeliveryTableModel::LastResultColumn},
        {m_attemptTable->horizontalHeader(), DeliveryAttemptTableModel::ResponseColumn},
    };
    for (const auto &[header, column] : stretched) {
        header->setMinimumSectionSize(m_headerMinimum);  // the hint is bounded by the minimum
        const int title = header->sectionSizeHint(column);
        header->setMinimumSectionSize(std::max(m_headerMinimum, title));
        // Without room to stretch into, the section keeps the size it has.
        if (header->sectionSize(column) < title)
            header->resizeSection(column, title);
    }
}

DeliveriesPanel::~DeliveriesPanel() = default;

void DeliveriesPanel::retranslate()
{
    setAccessibleName(tr("Deliveries"));
    const QString filters[] = {tr("All"), tr("Pending"), tr("Retrying"), tr("Delivered"), tr("Failed")};
    for (int i = 0; i < m_filter->count(); ++i)
        m_filter->setItemText(i, filters[i]);
    m_filter->setAccessibleName(tr("Delivery status filter"));
    m_filterLabel->setText(tr("&Status:"));
    m_refreshButton->setToolTip(tr("Reload the deliveries now"));
    m_refreshButton->setAccessibleName(tr("Reload deliveries"));
    m_testButton->setText(tr("Send &test event"));
    m_testButton->setToolTip(tr("Ask the server to send a test event to this subscription's URL"));
    m_prevButton->setToolTip(tr("Previous page"));
    m_prevButton->setAccessibleName(tr("Previous page"));
    m_nextButton->setToolTip(tr("Next page"));
    m_nextButton->setAccessibleName(tr("Next page"));
    m_pageLabel->setAccessibleName(tr("Deliveries shown"));
    m_updated->setAccessibleName(tr("Last refresh"));
    m_message->setAccessibleName(tr("Deliveries status message"));
    m_note->setAccessibleName(tr("Deliveries not available"));
    m_noteDetail->setText(tr("Delivery status, attempts and manual retries need a server with the delivery "
                             "extensions, such as webhook-sandbox. Everything else works as usual."));
    m_table->setAccessibleName(tr("Deliveries"));
    m_attemptTable->setAccessibleName(tr("Delivery attempts"));
    m_payload->setAccessibleName(tr("Delivery payload"));
    m_payload->setPlaceholderText(tr("Select a delivery to see its payload."));
    m_detailTitle->setAccessibleName(tr("Selected delivery"));
    m_retryButton->setText(tr("&Retry now"));
    m_retryButton->setToolTip(tr("Attempt this delivery again now, outside its hourly schedule"));
    m_copyButton->setText(tr("&Copy summary"));
    m_copyButton->setToolTip(tr("Copy subscription, URL, status, attempts, last error and next retry as text"));
    m_attemptsLabel->setText(tr("Attempts"));
    m_payloadLabel->setText(tr("Payload"));
    keepStretchedTitlesWhole();
}

void DeliveriesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_feed->deliveryModel()->retranslate();
        m_feed->attemptModel()->retranslate();
        retranslate();
        const QDateTime updated = m_feed->lastUpdated();
        if (!m_updated->text().isEmpty() && updated.isValid())
            m_updated->setText(
                tr("Updated %1").arg(locale().toString(updated.toLocalTime().time(), QLocale::ShortFormat)));
        updatePaging();
        showState();
        showSelection();
    }
    QWidget::changeEvent(event);
}

void DeliveriesPanel::setStatusFilter(const QString &status)
{
    const int index = std::max(0, m_filter->findData(status));
    if (m_filter->currentIndex() != index)
        m_filter->setCurrentIndex(index);  // reaches the feed through currentIndexChanged
    else
        m_feed->setStatusFilter(m_filter->itemData(index).toString());
}

QString DeliveriesPanel::statusFilter() const
{
    return m_feed->statusFilter();
}

void DeliveriesPanel::showRetriesPaused()
{
    // The server makes no attempt for a disabled subscription: say so rather than show retries that
    // come due and pass.
    const bool paused = m_feed->hasSubscription() && !m_feed->subscription().enabled;
    m_feed->deliveryModel()->setRetriesPaused(paused);
    m_timeline->setRetriesPaused(paused);
}

void DeliveriesPanel::onSubscriptionChanged()
{
    showRetriesPaused();
    setMessage({});
    m_updated->clear();
    updatePaging();
    showState();
    showSelection();
}

void DeliveriesPanel::showState()
{
    const State state = m_feed->state();
    m_bar->setVisible(state != State::NoSubscription && state != State::Unsupported);
    m_footer->setVisible(m_bar->isVisibleTo(this));
    switch (state) {
    case State::NoSubscription:
        if (m_feed->hasSubscription())
            m_statePanel->showEmpty(tr("No deliveries to show"),
                                    tr("This subscription has no id, so its deliveries cannot be looked up."));
        else
            m_statePanel->showEmpty(tr("No subscription selected"), tr("Select a subscription to see its deliveries."));
        m_stack->setCurrentWidget(m_statePanel);
        break;
    case State::Loading:
        m_statePanel->showLoading(tr("Loading deliveries…"));
        m_stack->setCurrentWidget(m_statePanel);
        break;
    case State::Empty: {
        const QString status = m_feed->statusFilter();
        QString title = tr("No deliveries yet");
        if (status == QLatin1String("pending"))
            title = tr("No pending deliveries");
        else if (status == QLatin1String("retrying"))
            title = tr("No deliveries are being retried");
        else if (status == QLatin1String("delivered"))
            title = tr("No delivered deliveries");
        else if (status == QLatin1String("failed"))
            title = tr("No failed deliveries");
        m_statePanel->showEmpty(title,
                                tr("Deliveries appear here when an event is sent to this subscription. "
                                   "\"Send test event\" sends one now."));
        m_stack->setCurrentWidget(m_statePanel);
        break;
    }
    case State::Error:
        m_statePanel->showError(tr("Could not load deliveries"), m_feed->lastError().message());
        m_stack->setCurrentWidget(m_statePanel);
        break;
    case State::Loaded:
        m_stack->setCurrentWidget(m_content);
        break;
    case State::Unsupported:
        setMessage({});  // a note, not an error
        m_note->setText(
            tr("This server does not report deliveries. Its documented retry policy: hourly, for up to 48 hours."));
        m_stack->setCurrentWidget(m_notePage);
        break;
    }
    updateActions();
}

void DeliveriesPanel::onPageLoaded()
{
    updatePaging();
    const QDateTime updated = m_feed->lastUpdated();
    if (updated.isValid())
        m_updated->setText(tr("Updated %1").arg(TimeText::timeOfDay(updated)));
    if (m_messageIsError)
        setMessage({});  // the failure is over; action messages stay until the next action
    showState();
    showSelection();  // a reordered page resets the view's selection
}

void DeliveriesPanel::showPageFailed(const ApiError &error)
{
    if (m_feed->state() == State::Error)
        showState();  // nothing to show: the error takes the place of the list
    else
        setMessage(tr("Could not refresh the deliveries: %1").arg(error.message()), true);
}

void DeliveriesPanel::onViewSelectionChanged()
{
    if (m_syncingSelection)
        return;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty())
        m_feed->clearSelection();
    else
        m_feed->selectDelivery(m_feed->deliveryModel()->deliveryAt(selected.first().row()).id);
}

// The view's selection follows the feed's, and the detail shows the selected delivery.
void DeliveriesPanel::showSelection()
{
    DeliveryTableModel *model = m_feed->deliveryModel();
    const qint64 id = m_feed->selectedDeliveryId();
    const int row = id ? model->rowForId(id) : -1;
    QItemSelectionModel *selection = m_table->selectionModel();
    const QModelIndexList selected = selection->selectedRows();
    const int shownRow = selected.isEmpty() ? -1 : selected.first().row();
    if (row != shownRow) {
        const QScopedValueRollback<bool> syncing(m_syncingSelection, true);
        if (row < 0) {
            selection->clearSelection();
        } else {
            selection->setCurrentIndex(model->index(row, 0),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(model->index(row, 0));
        }
    }
    if (const auto delivery = m_feed->selectedDelivery()) {
        showDelivery(*delivery);
    } else {
        m_timeline->clear();
        m_payload->clear();
        m_detailTitle->setText(tr("No delivery selected"));
    }
    updateActions();
}

void DeliveriesPanel::showDelivery(const Delivery &d)
{
    const QString status = DeliveryTableModel::statusDisplayName(DeliveryTableModel::statusFromString(d.status));
    m_detailTitle->setText(tr("Delivery %1 · %2 · %3").arg(d.id).arg(d.event, status.isEmpty() ? d.status : status));
    m_timeline->setDelivery(d);
    const QString payload =
        d.payload.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(d.payload).toJson(QJsonDocument::Indented));
    if (m_payload->toPlainText() != payload)  // keeps the reader's selection and scroll on refresh
        m_payload->setPlainText(payload);
}

void DeliveriesPanel::updateActions()
{
    const State state = m_feed->state();
    const bool connected = m_feed->canLoad() && state != State::Unsupported && state != State::NoSubscription;
    const bool busy = m_feed->isActionInFlight();
    const auto selected = m_feed->selectedDelivery();
    m_testButton->setEnabled(connected && !busy);
    m_refreshButton->setEnabled(connected);
    m_filter->setEnabled(connected);
    // A delivered event needs no retry; failed and waiting ones can be pushed now.
    m_retryButton->setEnabled(connected && selected && !busy && selected->status != QLatin1String("delivered"));
    m_copyButton->setEnabled(selected.has_value());
}

void DeliveriesPanel::updatePaging()
{
    const DeliveryTableModel *model = m_feed->deliveryModel();
    const int rows = model->rowCount();
    const int total = model->total();
    const int offset = m_feed->offset();
    if (rows == 0)
        m_pageLabel->setText(total > 0 ? tr("none of %1").arg(total) : QString());
    else
        m_pageLabel->setText(tr("%1–%2 of %3").arg(offset + 1).arg(offset + rows).arg(total));
    m_prevButton->setEnabled(m_feed->hasPreviousPage());
    m_nextButton->setEnabled(m_feed->hasNextPage());
    const bool paged = total > rows || offset > 0;
    m_prevButton->setVisible(paged);
    m_nextButton->setVisible(paged);
}

void DeliveriesPanel::setMessage(const QString &text, bool error)
{
    m_messageIsError = error && !text.isEmpty();
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setForegroundRole(error ? QPalette::BrightText : QPalette::PlaceholderText);
    if (error) {
        QPalette p = m_message->palette();
        p.setColor(QPalette::BrightText,
                   p.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x20, 0x20));
        m_message->setPalette(p);
    }
}

void DeliveriesPanel::showActionStarted(DeliveriesFeed::Action action, qint64 deliveryId)
{
    if (action == DeliveriesFeed::Action::Retry)
        setMessage(tr("Asking the server to retry delivery %1…").arg(deliveryId));
    else
        setMessage(tr("Sending a test event…"));
    updateActions();
}

void DeliveriesPanel::showActionFinished(DeliveriesFeed::Action action, qint64 deliveryId)
{
    if (action == DeliveriesFeed::Action::Retry)
        setMessage(tr("Delivery %1 is being retried now.").arg(deliveryId));
    else
        setMessage(tr("Test event sent as delivery %1.").arg(deliveryId));
    updateActions();
}

void DeliveriesPanel::showActionFailed(DeliveriesFeed::Action action, qint64 deliveryId, const ApiError &error)
{
    updateActions();
    if (error.kind == ApiError::Kind::NotSupported)
        return;  // the note says it
    if (action == DeliveriesFeed::Action::Retry)
        setMessage(tr("Could not retry delivery %1: %2").arg(deliveryId).arg(error.message()), true);
    else
        setMessage(tr("Could not send a test event: %1").arg(error.message()), true);
}

void DeliveriesPanel::addListAction(QAction *action)
{
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(action);
}

void DeliveriesPanel::copySummary()
{
    const auto delivery = m_feed->selectedDelivery();
    if (!delivery)
        return;
    const QDateTime now = m_clock ? m_clock->utcNow() : QDateTime::currentDateTimeUtc();
    QString text = DeliverySummaryText::compose(m_feed->subscription(), *delivery, now);
    if (!m_endpointCheckText.isEmpty())
        text += QLatin1Char('\n') + m_endpointCheckText;
    if (QClipboard *clipboard = QApplication::clipboard())
        clipboard->setText(text);
    setMessage(tr("Summary of delivery %1 copied to the clipboard.").arg(delivery->id));
    Q_EMIT summaryCopied(text);
}
