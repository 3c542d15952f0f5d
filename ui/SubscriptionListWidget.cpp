#include "ui/SubscriptionListWidget.h"

#include "common/Clock.h"

#include "api/ApiClient.h"
#include "models/SubscriptionChunkFeeder.h"
#include "models/SubscriptionFilterProxyModel.h"
#include "models/HealthText.h"
#include "models/RelativeTimeText.h"
#include "models/SubscriptionTableModel.h"
#include "models/TimeText.h"
#include "ui/BulkProgressPanel.h"
#include "ui/ConsoleSession.h"
#include "ui/ListRefreshSchedule.h"
#include "ui/StatePanel.h"
#include "ui/SubscriptionRowActions.h"
#include "ui/SubscriptionCountBar.h"
#include "ui/SubscriptionFilterBar.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

SubscriptionListWidget::SubscriptionListWidget(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_model(new SubscriptionTableModel(&clock, this))
    , m_proxy(new SubscriptionFilterProxyModel(this))
    , m_feeder(new SubscriptionChunkFeeder(m_model, this))
    , m_schedule(new ListRefreshSchedule(clock, this))
    , m_actions(new SubscriptionRowActions(*m_model, *this, this))
{
    connect(m_actions, &SubscriptionRowActions::statusMessage, this, &SubscriptionListWidget::statusMessage);
    connect(m_actions, &SubscriptionRowActions::actionsChanged, this, &SubscriptionListWidget::actionsChanged);
    connect(m_actions, &SubscriptionRowActions::refreshRequested, this, &SubscriptionListWidget::refreshRequested);
    m_proxy->setSourceModel(m_model);
    m_feeder->setTargetChunkMs(6);  // a chunk plus the repaint that follows it stay within a frame
    connect(m_feeder, &SubscriptionChunkFeeder::progress, this, [this](int fed, int total) {
        Q_EMIT statusMessage(
            tr("Loading subscriptions… %1 of %2").arg(QLocale().toString(fed), QLocale().toString(total)), 0);
        updateListState();
        updateCountLabel();
    });
    connect(m_feeder, &SubscriptionChunkFeeder::finished, this, [this] { finishLoad(m_model->rowCount()); });

    auto *v = new QVBoxLayout(this);
    m_filterBar = new SubscriptionFilterBar(this);
    using Proxy = SubscriptionFilterProxyModel;
    connect(m_filterBar, &SubscriptionFilterBar::searchTextChanged, m_proxy, &Proxy::setSearchText);
    connect(m_filterBar, &SubscriptionFilterBar::quickFilterChosen, m_proxy, &Proxy::setQuickFilter);
    connect(m_filterBar, &SubscriptionFilterBar::quickFilterChosen, this, [this](Proxy::QuickFilter filter) {
        // The most urgent first: the Health order puts the soonest give-up first within a severity.
        if (filter == Proxy::GivesUpSoon)
            m_table->sortByColumn(SubscriptionTableModel::HealthColumn, Qt::DescendingOrder);
    });
    v->addWidget(m_filterBar);

    // An error of a reload while rows are shown: keep the rows, say what failed, offer Retry.
    m_messageBar = new QWidget(this);
    auto *mb = new QHBoxLayout(m_messageBar);
    mb->setContentsMargins(4, 2, 4, 2);
    auto *mbIcon = new QLabel(m_messageBar);
    mbIcon->setPixmap(QIcon(QStringLiteral(":/icons/warning.svg")).pixmap(QSize(16, 16), devicePixelRatioF()));
    m_messageText = new QLabel(m_messageBar);
    m_messageText->setWordWrap(true);
    m_retry = new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), QString(), m_messageBar);
    connect(m_retry, &QPushButton::clicked, this, &SubscriptionListWidget::refreshRequested);
    mb->addWidget(mbIcon);
    mb->addWidget(m_messageText, 1);
    mb->addWidget(m_retry);
    m_messageBar->hide();
    v->addWidget(m_messageBar);

    m_listStack = new QStackedWidget(this);
    buildTable();
    m_listStack->addWidget(m_table);
    m_listState = new StatePanel(m_listStack);
    m_listState->setObjectName(QStringLiteral("subscriptionListState"));
    connect(m_listState, &StatePanel::retryRequested, this, &SubscriptionListWidget::refreshRequested);
    m_listStack->addWidget(m_listState);
    v->addWidget(m_listStack, 1);

    // Under the list, not beside the search field: on a narrow screen (and in German) the search
    // row has no room left for them.
    m_countBar = new SubscriptionCountBar(this);
    v->addWidget(m_countBar);

    m_bulkPanel = new BulkProgressPanel(this);
    m_bulkPanel->setObjectName(QStringLiteral("bulkProgress"));
    v->addWidget(m_bulkPanel);
    setTabOrder(m_filterBar->searchField(), m_table);

    connect(m_model, &SubscriptionTableModel::enabledToggleRequested, m_actions, &SubscriptionRowActions::setEnabled);
    connect(m_model, &SubscriptionTableModel::hasHealthChanged, this,
            [this](bool has) { m_table->setColumnHidden(SubscriptionTableModel::HealthColumn, !has); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, [this] {
            updateListState();
            updateCountLabel();
        });
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateListState();
        updateCountLabel();
    });
    // The total counts rows the filter hides: a delete removes a row the proxy already hid while
    // it was pending, so only the model tells.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &SubscriptionListWidget::updateCountLabel);
    connect(m_proxy, &SubscriptionFilterProxyModel::filterChanged, this, [this] {
        updateListState();
        updateCountLabel();
    });
    // What a refresh found changed elsewhere; the rows themselves carry the marks.
    connect(m_model, &SubscriptionTableModel::changesSeen, this, [this](const RowChangeMarks::Summary &changes) {
        Q_EMIT statusMessage(RowChangeMarks::describe(changes), 15000);
    });
    // Relative times in the Health column ("failing for 3 hours") move on, and change marks go.
    m_relativeTimeTicker.setInterval(30'000);
    connect(&m_relativeTimeTicker, &QTimer::timeout, m_model, &SubscriptionTableModel::refreshRelativeTimes);
    m_relativeTimeTicker.start();
    m_schedule->setStarter([this] { return startAutomaticLoad(); });
    connect(m_schedule, &ListRefreshSchedule::changed, this, [this] {
        m_countBar->setRefreshState(m_clock.utcNow().toLocalTime(), m_schedule->lastError(),
                                    m_schedule->secondsToNext());
    });
    retranslate();
}

void SubscriptionListWidget::retranslate()
{
    m_messageText->setAccessibleName(tr("Load error"));
    m_retry->setText(tr("Retry"));
    m_retry->setAccessibleName(tr("Retry loading"));
    m_table->setAccessibleName(tr("Subscriptions"));
    m_model->retranslate();
}

void SubscriptionListWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateListState();
    }
    QWidget::changeEvent(event);
}

SubscriptionListWidget::~SubscriptionListWidget()
{
    // The models are deleted with the children, when this widget is half gone: their last signals
    // (the sorting layer resets when its source goes) must not reach it.
    disconnect(m_proxy, nullptr, this, nullptr);
    disconnect(m_model, nullptr, this, nullptr);
}

void SubscriptionListWidget::buildTable()
{
    m_table = new QTableView(m_listStack);
    m_table->setObjectName(QStringLiteral("subscriptionTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SubscriptionTableModel::IdColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);  // Tab leaves the table, arrows move inside
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setObjectName(QStringLiteral("subscriptionHeader"));
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->resizeSection(SubscriptionTableModel::IdColumn, 48);
    header->resizeSection(SubscriptionTableModel::EnabledColumn, 124);  // the switch, the pending mark, "Saving…"
    // The usual health texts fit whole in either language (longer ones elide; the tooltip has it all).
    int healthWidth = 0;
    for (const QString &text : {HealthText::tr("No deliveries yet"), HealthText::tr("Failing since just now"),
                                HealthText::tr("Failing for %1").arg(RelativeTimeText::amount(3 * 3600))})
        healthWidth = std::max(healthWidth, m_table->fontMetrics().horizontalAdvance(text));
    const int iconWidth = m_table->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_table);
    header->resizeSection(SubscriptionTableModel::HealthColumn, std::max(175, healthWidth + iconWidth + 32));
    header->resizeSection(SubscriptionTableModel::UrlColumn, 240);
    header->resizeSection(SubscriptionTableModel::DescriptionColumn, 200);
    header->resizeSection(SubscriptionTableModel::EventsColumn, 160);
    header->resizeSection(SubscriptionTableModel::CreatedColumn, 150);
    // What support staff look at first sits first: the switch and the health next to the ID.
    header->moveSection(header->visualIndex(SubscriptionTableModel::EnabledColumn), 1);
    header->moveSection(header->visualIndex(SubscriptionTableModel::HealthColumn), 2);
    m_table->setColumnHidden(SubscriptionTableModel::HealthColumn, true);
    placeWatchColumn();
    // Space toggles the current row wherever the cursor is in the row (not only on the checkbox).
    auto *space = new QAction(m_table);
    space->setShortcut(QKeySequence(Qt::Key_Space));
    space->setShortcutContext(Qt::WidgetShortcut);
    connect(space, &QAction::triggered, this, &SubscriptionListWidget::toggleCurrent);
    m_table->addAction(space);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_table->indexAt(pos);
        if (!index.isValid())
            return;
        if (!m_table->selectionModel()->isSelected(index))
            m_table->selectionModel()->setCurrentIndex(index,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        Q_EMIT contextMenuRequested(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SubscriptionListWidget::announceCurrent);
    // A filter can take the current row away without the selection model saying so (its current
    // index just becomes invalid): the details must not go on showing a row the list hides.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SubscriptionListWidget::announceCurrent);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SubscriptionListWidget::announceCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SubscriptionListWidget::actionsChanged);
}

QList<QAction *> SubscriptionListWidget::filterActions() const
{
    return m_filterBar->filterActions();
}

void SubscriptionListWidget::setSession(ConsoleSession *session)
{
    m_actions->setSession(nullptr);  // cancels the old session's bulk job
    m_bulkPanel->setRunner(nullptr);
    m_feeder->cancel();
    // The old session's answers are dropped with it: nothing is loading any more.
    m_loading = false;
    m_session = nullptr;
    m_model->clear();
    m_lastLoadError.clear();
    m_messageBar->hide();
    m_countBar->setLoadedAt(QDateTime());
    m_session = session;
    m_schedule->setActive(session != nullptr);
    if (!session)
        return;
    m_actions->setSession(session);
    m_bulkPanel->setRunner(m_actions->bulkRunner());
}

// ---------------------------------------------------------------------------------------------
// Loading

void SubscriptionListWidget::reload()
{
    if (!m_session || m_loading)
        return;
    load(RequestLane::Interactive);
}

// The schedule's reload: on the bulk lane, so it never delays a click, and quiet (the count bar
// says when the list was updated). The same path as a click, so drafts and overlays stay.
bool SubscriptionListWidget::startAutomaticLoad()
{
    if (!m_session || m_loading || isBulkRunning())
        return false;
    load(RequestLane::Bulk);
    return true;
}

void SubscriptionListWidget::load(RequestLane lane)
{
    m_loading = true;
    m_automaticLoad = lane == RequestLane::Bulk;
    if (!m_automaticLoad) {
        m_lastLoadError.clear();
        updateListState();
        Q_EMIT statusMessage(tr("Loading subscriptions…"), 0);
    }
    ConsoleSession *session = m_session;
    session->client()->listSubscriptions(lane, session, [this, session](const ApiResult<SubscriptionList> &result) {
        if (session != m_session)
            return;
        if (!result.ok()) {
            m_loading = false;
            ++m_loadCount;
            // An automatic failure is said by the count bar with its next try; a click's here.
            if (!m_automaticLoad) {
                m_lastLoadError = result.error.message();  // with a certificate's details for TLS errors
                Q_EMIT statusMessage(tr("Loading subscriptions failed."), 10000);
            }
            m_schedule->loadFinished(false, result.error.message(), m_automaticLoad);
            updateListState();
            updateCountLabel();
            Q_EMIT actionsChanged();
            return;
        }
        if (m_model->rowCount() == 0 && result->size() > SubscriptionChunkFeeder::defaultChunkRows) {
            // A first load of a big list: in chunks, so the window stays responsive throughout.
            m_feeder->start(*result);
            updateListState();
            return;
        }
        // Keeps pending writes' overlays; the details pane keeps its drafts.
        m_feeder->cancel();
        m_model->setSubscriptions(*result);
        finishLoad(int(result->size()));
    });
}

void SubscriptionListWidget::finishLoad(int loaded)
{
    m_loading = false;
    ++m_loadCount;
    m_lastLoadError.clear();
    m_countBar->setLoadedAt(m_clock.utcNow().toLocalTime());
    m_table->setColumnHidden(SubscriptionTableModel::HealthColumn, !m_model->hasHealth());
    if (!m_automaticLoad)
        Q_EMIT statusMessage(tr("Loaded %n subscription(s).", nullptr, loaded), 5000);
    m_schedule->loadFinished(true, QString(), m_automaticLoad);
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0 && m_table->isVisible())
        m_table->selectionModel()->setCurrentIndex(m_proxy->index(0, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateListState();
    updateCountLabel();
    Q_EMIT actionsChanged();
    Q_EMIT listLoaded();
}

void SubscriptionListWidget::updateListState()
{
    const bool hasRows = m_model->rowCount() > 0;
    m_messageBar->setVisible(hasRows && !m_lastLoadError.isEmpty());
    if (hasRows && !m_lastLoadError.isEmpty())
        m_messageText->setText(tr("Reloading failed: %1 The list shows the last loaded state.").arg(m_lastLoadError));
    if (!hasRows) {
        if (m_loading || (!m_session))
            m_listState->showLoading(tr("Loading subscriptions…"));
        else if (!m_lastLoadError.isEmpty())
            m_listState->showError(tr("The subscriptions could not be loaded."), m_lastLoadError);
        else
            m_listState->showEmpty(tr("No subscriptions yet."),
                                   tr("Create the first one with New Subscription (%1).")
                                       .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
        m_listStack->setCurrentWidget(m_listState);
        return;
    }
    if (m_proxy->rowCount() == 0) {
        m_listState->showEmpty(tr("No subscription matches."),
                               tr("Clear the search or choose All (Ctrl+1) to see every subscription."));
        m_listStack->setCurrentWidget(m_listState);
        return;
    }
    m_listStack->setCurrentWidget(m_table);
}

void SubscriptionListWidget::updateCountLabel()
{
    m_countBar->setCounts(m_proxy->rowCount(), m_model->rowCount());
}

QByteArray SubscriptionListWidget::headerState() const
{
    return m_table->horizontalHeader()->saveState();
}

void SubscriptionListWidget::restoreHeaderState(const QByteArray &state)
{
    m_table->horizontalHeader()->restoreState(state);
    // The Health column follows the server, whatever the saved header says.
    m_table->setColumnHidden(SubscriptionTableModel::HealthColumn, !m_model->hasHealth());
    placeWatchColumn();
}

// The star leads the row, also after restoring a header saved before it existed (which appends it
// last, where it would stretch).
void SubscriptionListWidget::placeWatchColumn()
{
    QHeaderView *header = m_table->horizontalHeader();
    const int star = SubscriptionTableModel::WatchColumn;
    header->setSectionHidden(star, false);
    header->moveSection(header->visualIndex(star), 0);
    // As wide as the header's star needs with its margins (the cells' star is no wider).
    header->resizeSection(star,
                          std::max(header->sectionSizeHint(star),
                                   m_table->fontMetrics().horizontalAdvance(QStringLiteral("\u2605")) + 20));
}

// ---------------------------------------------------------------------------------------------
// Selection

void SubscriptionListWidget::announceCurrent()
{
    const std::optional<qint64> id = currentId();
    // Rows without an id are told apart by their place: each is shown on its own.
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QPersistentModelIndex rowWithoutId =
        !id && current.isValid() ? QPersistentModelIndex(current.siblingAtColumn(0)) : QPersistentModelIndex();
    if (id == m_announcedCurrent && rowWithoutId == m_announcedRowWithoutId)
        return;
    m_announcedCurrent = id;
    m_announcedRowWithoutId = rowWithoutId;
    Q_EMIT currentChanged();
}

std::optional<qint64> SubscriptionListWidget::currentId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const QVariant id = current.siblingAtColumn(0).data(SubscriptionTableModel::IdRole);
    if (!id.isValid())
        return std::nullopt;
    return id.toLongLong();
}

std::optional<Subscription> SubscriptionListWidget::currentRowWithoutId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || current.siblingAtColumn(0).data(SubscriptionTableModel::IdRole).isValid())
        return std::nullopt;
    return current.data(SubscriptionTableModel::ServerSubscriptionRole).value<Subscription>();
}

QList<qint64> SubscriptionListWidget::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &index : rows) {
        const QVariant id = index.data(SubscriptionTableModel::IdRole);
        if (id.isValid())
            ids.append(id.toLongLong());
    }
    if (ids.isEmpty()) {
        if (const auto id = currentId())
            ids.append(*id);
    }
    return ids;
}

QList<qint64> SubscriptionListWidget::filteredIds() const
{
    QList<qint64> ids;
    ids.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QVariant id = m_proxy->index(row, 0).data(SubscriptionTableModel::IdRole);
        if (id.isValid())
            ids.append(id.toLongLong());
    }
    return ids;
}

void SubscriptionListWidget::selectIds(const QList<qint64> &ids)
{
    QItemSelection selection;
    QModelIndex first;
    for (qint64 id : ids) {
        const QModelIndex source = m_model->indexForId(id);
        const QModelIndex index = m_proxy->mapFromTable(source);
        if (!index.isValid())
            continue;
        if (!first.isValid())
            first = index;
        selection.select(index, index.siblingAtColumn(SubscriptionTableModel::ColumnCount - 1));
    }
    if (!first.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(first);
}

bool SubscriptionListWidget::isBulkRunning() const
{
    return m_actions->isBulkRunning();
}

void SubscriptionListWidget::focusSearch()
{
    m_filterBar->searchField()->setFocus();
    m_filterBar->searchField()->selectAll();
}

void SubscriptionListWidget::focusTable()
{
    m_table->setFocus();
}

void SubscriptionListWidget::selectAll()
{
    m_table->selectAll();
}

void SubscriptionListWidget::showCreated(qint64 id)
{
    updateListState();
    updateCountLabel();
    selectIds({id});
}

// ---------------------------------------------------------------------------------------------
// Acting on rows (SubscriptionRowActions decides)

void SubscriptionListWidget::setConfirmHandler(ConfirmQuestion::Handler handler)
{
    m_actions->setConfirmHandler(std::move(handler));
}

void SubscriptionListWidget::toggleCurrent()
{
    if (const auto id = currentId())
        m_actions->toggle(*id);
}

void SubscriptionListWidget::enableSelected()
{
    m_actions->setEnabledFor(selectedIds(), true);
}

void SubscriptionListWidget::disableSelected()
{
    m_actions->setEnabledFor(selectedIds(), false);
}

void SubscriptionListWidget::bulkEnableFiltered()
{
    m_actions->changeAll(filteredIds(), true);
}

void SubscriptionListWidget::bulkDisableFiltered()
{
    m_actions->changeAll(filteredIds(), false);
}

void SubscriptionListWidget::bulkDeleteFiltered()
{
    m_actions->remove(filteredIds());
}

void SubscriptionListWidget::deleteSelected()
{
    m_actions->remove(selectedIds());
}

void SubscriptionListWidget::cancelBulk()
{
    m_actions->cancelBulk();
}

bool SubscriptionListWidget::resumeWrites(const QList<JournalEntry> &entries)
{
    return m_actions->resume(entries);
}
