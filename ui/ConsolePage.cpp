#include "ui/ConsolePage.h"

#include "journal/WriteJournal.h"
#include "models/ActivityTableModel.h"
#include "models/SubscriptionTableModel.h"
#include "ui/ActivityFeed.h"
#include "ui/ActivityWidget.h"
#include "ui/ConsoleSession.h"
#include "ui/DeliveriesPanel.h"
#include "ui/DetailsPane.h"
#include "ui/EndpointCheckPanel.h"
#include "ui/EventTypesWidget.h"
#include "ui/ReissueBanner.h"
#include "ui/SubscriptionListWidget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

ConsolePage::ConsolePage(Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_activityModel(new ActivityTableModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_reissueBanner = new ReissueBanner(this);
    connect(m_reissueBanner, &ReissueBanner::continueRequested, this, &ConsolePage::reissueContinueRequested);
    layout->addWidget(m_reissueBanner);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    m_listTabs = new QTabWidget(m_splitter);
    m_list = new SubscriptionListWidget(clock, m_listTabs);
    m_list->setObjectName(QStringLiteral("subscriptionList"));
    connect(m_list, &SubscriptionListWidget::currentChanged, this, [this] {
        if (const auto row = m_list->currentRowWithoutId())
            m_details->showRowWithoutId(*row);
        else
            m_details->showSubscription(m_list->currentId());
        m_subscriptionActivity->setSubscription(m_list->currentId());
        updateDeliveriesPanel();
        Q_EMIT actionsChanged();
    });
    connect(m_list, &SubscriptionListWidget::actionsChanged, this, &ConsolePage::actionsChanged);
    // The shown subscription enabled or disabled on the server: its deliveries pause or go on.
    // Only a change of the current row matters (a bulk job or a load changes many others).
    connect(m_list->model(), &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const auto id = m_list->currentId();
                const int row = id ? m_list->model()->rowForId(*id) : -1;
                if (row >= topLeft.row() && row <= bottomRight.row())
                    updateDeliveriesPanel();
            });
    connect(m_list, &SubscriptionListWidget::refreshRequested, this, &ConsolePage::refresh);
    connect(m_list, &SubscriptionListWidget::statusMessage, this, &ConsolePage::statusMessage);
    m_listTabs->addTab(m_list, QString());
    m_eventTypes = new EventTypesWidget(m_listTabs);
    m_eventTypes->setObjectName(QStringLiteral("eventTypeList"));
    connect(m_eventTypes, &EventTypesWidget::loaded, this,
            [this](const EventTypeList &types) { m_details->setEventTypes(types); });
    connect(m_eventTypes, &EventTypesWidget::statusMessage, this, &ConsolePage::statusMessage);
    m_listTabs->addTab(m_eventTypes, QString());
    m_activity = new ActivityWidget(*m_activityModel, ActivityWidget::Mode::AllChanges, m_listTabs);
    m_activity->setObjectName(QStringLiteral("activityList"));
    m_listTabs->addTab(m_activity, QString());
    connect(m_listTabs, &QTabWidget::currentChanged, this, &ConsolePage::updateActivityFeed);
    connect(m_activity, &ActivityWidget::keepDaysChanged, this, &ConsolePage::setKeepDays);
    connect(m_activity, &ActivityWidget::subscriptionActivated, this, [this](qint64 id) {
        showSubscriptions();
        m_list->selectIds({id});
    });

    m_details = new DetailsPane(m_splitter);
    m_details->setObjectName(QStringLiteral("detailsPane"));
    connect(m_details, &DetailsPane::statusMessage, this,
            [this](const QString &text) { Q_EMIT statusMessage(text, 8000); });
    connect(m_details, &DetailsPane::dirtyChanged, this, &ConsolePage::actionsChanged);
    // The deliveries of the selected subscription, refreshed only while their tab is shown.
    m_deliveries = new DeliveriesPanel(nullptr, &clock, m_details);
    m_deliveries->setObjectName(QStringLiteral("deliveriesPanel"));
    m_details->setDeliveriesWidget(m_deliveries);
    connect(m_details->tabs(), &QTabWidget::currentChanged, this, &ConsolePage::updateDeliveriesPanel);
    // The endpoint check of the selected subscription's URL; its result also goes into the
    // deliveries' copied summary for a ticket.
    m_endpointCheck = new EndpointCheckPanel(clock, m_details);
    m_endpointCheck->setObjectName(QStringLiteral("endpointCheckPanel"));
    m_details->tabs()->addTab(m_endpointCheck, QString());
    connect(m_endpointCheck, &EndpointCheckPanel::statusMessage, this,
            [this](const QString &text) { Q_EMIT statusMessage(text, 8000); });
    connect(m_endpointCheck, &EndpointCheckPanel::finished, this,
            [this] { m_deliveries->setEndpointCheckText(m_endpointCheck->resultText()); });
    m_subscriptionActivity = new ActivityWidget(*m_activityModel, ActivityWidget::Mode::OneSubscription, m_details);
    m_subscriptionActivity->setObjectName(QStringLiteral("subscriptionActivity"));
    m_details->tabs()->addTab(m_subscriptionActivity, QString());
    connect(m_details->tabs(), &QTabWidget::currentChanged, this, &ConsolePage::updateActivityFeed);

    m_splitter->addWidget(m_listTabs);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({760, 480});

    // Tab order: the list (search, table, filters), then the details editor.
    setTabOrder(m_list, m_details);
    retranslate();
}

void ConsolePage::retranslate()
{
    m_listTabs->setAccessibleName(tr("Lists"));
    m_listTabs->setTabText(m_listTabs->indexOf(m_list), tr("Subscriptions"));
    m_listTabs->setTabText(m_listTabs->indexOf(m_eventTypes), tr("Event Types"));
    m_details->setAccessibleName(tr("Subscription details"));
    m_details->tabs()->setTabText(m_details->tabs()->indexOf(m_endpointCheck), tr("Endpoint"));
    m_listTabs->setTabText(m_listTabs->indexOf(m_activity), tr("Activity"));
    m_details->tabs()->setTabText(m_details->tabs()->indexOf(m_subscriptionActivity), tr("Activity"));
}

void ConsolePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_activityModel->retranslate();
        if (m_activityFeed)
            m_activityFeed->languageChanged();
    }
    QWidget::changeEvent(event);
}

void ConsolePage::setConfirmHandler(const ConfirmQuestion::Handler &handler)
{
    m_list->setConfirmHandler(handler);
    m_details->setConfirmHandler(handler);
    m_endpointCheck->setConfirmHandler(handler);
}

void ConsolePage::setSession(ConsoleSession *session)
{
    m_session = session;
    m_list->setSession(session);
    m_eventTypes->setSession(session);
    delete m_activityFeed;
    m_activityFeed = nullptr;
    m_activityModel->clear();
    m_reissueBanner->setJournal(session ? session->journal() : nullptr);
    if (session && session->journal()) {
        m_activityFeed = new ActivityFeed(*session->journal(), *m_activityModel, this);
        connect(m_activityFeed, &ActivityFeed::problem, this,
                [this](const QString &why) { Q_EMIT statusMessage(why, 10000); });
        const auto keepDays = session->journal()->keepDays();
        m_activity->setKeepDays(keepDays ? *keepDays : WriteJournal::kDefaultKeepDays);
        m_activity->setUnavailable(QString());
        m_subscriptionActivity->setUnavailable(QString());
        updateActivityFeed();
    } else {
        const QString why = session ? session->journalError() : QString();
        m_activity->setUnavailable(why);
        m_subscriptionActivity->setUnavailable(why);
    }
    if (!session) {
        m_details->setSession(nullptr, nullptr);
        m_deliveries->setApiClient(nullptr);
        return;
    }
    m_details->setSession(session->client(), m_list->model(), session->writes());
    m_deliveries->setApiClient(session->client());
}

void ConsolePage::refresh()
{
    if (!m_session)
        return;
    m_list->reload();
    m_eventTypes->reload();
    m_details->reload();
    // Another program may have moved a re-issue on meanwhile.
    refreshReminders();
}

void ConsolePage::refreshReminders()
{
    m_reissueBanner->refresh();
}

void ConsolePage::showSubscriptions()
{
    m_listTabs->setCurrentWidget(m_list);
    m_list->focusTable();
}

void ConsolePage::showEventTypes()
{
    m_listTabs->setCurrentWidget(m_eventTypes);
    m_eventTypes->focusTable();
}

void ConsolePage::showActivity()
{
    m_listTabs->setCurrentWidget(m_activity);
    m_activity->table()->setFocus(Qt::OtherFocusReason);
}

void ConsolePage::updateActivityFeed()
{
    if (m_activityFeed)
        m_activityFeed->setActive(m_listTabs->currentWidget() == m_activity
                                  || m_details->tabs()->currentWidget() == m_subscriptionActivity);
}

void ConsolePage::setKeepDays(int days)
{
    if (!m_session || !m_session->journal())
        return;
    const auto set = m_session->journal()->setKeepDays(days);
    if (!set)
        Q_EMIT statusMessage(set.error(), 10000);
    else
        Q_EMIT statusMessage(tr("Changes are kept for %n day(s) from now on.", nullptr, days), 8000);
}

void ConsolePage::focusSearch()
{
    if (m_listTabs->currentWidget() == m_activity)
        m_activity->focusSearch();
    else if (m_listTabs->currentWidget() == m_eventTypes)
        m_eventTypes->focusSearch();
    else
        m_list->focusSearch();
}

void ConsolePage::selectAllSubscriptions()
{
    if (m_listTabs->currentWidget() == m_list)
        m_list->selectAll();
}

void ConsolePage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("subscriptionHeader"), m_list->headerState());
    settings.setValue(QStringLiteral("eventTypeHeader"), m_eventTypes->headerState());
}

void ConsolePage::restoreState(const QSettings &settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_list->restoreHeaderState(settings.value(QStringLiteral("subscriptionHeader")).toByteArray());
    m_eventTypes->restoreHeaderState(settings.value(QStringLiteral("eventTypeHeader")).toByteArray());
}

void ConsolePage::updateDeliveriesPanel()
{
    const auto id = m_list->currentId();
    const SubscriptionTableModel *model = m_list->model();
    const int row = id ? model->rowForId(*id) : -1;
    const bool shown = m_session && row >= 0 && m_details->tabs()->currentWidget() == m_deliveries;
    // A row without an id has a URL too.
    const auto withoutId = m_list->currentRowWithoutId();
    const std::optional<Subscription> current = row >= 0 ? std::optional(model->subscriptionAt(row)) : withoutId;
    m_endpointCheck->showTarget(current ? QUrl(current->url) : QUrl(),
                                current ? current->events.value_or(QStringList()) : QStringList());
    m_deliveries->setEndpointCheckText(m_endpointCheck->resultText());
    if (row < 0) {
        m_deliveries->setActive(false);
        m_deliveries->clearSubscription();
        return;
    }
    // Also for the same subscription: the feed keeps its page and learns whether it is enabled.
    m_deliveries->setSubscription(model->serverSubscriptionAt(row));
    // Never refresh in the background: only while the tab is on screen.
    m_deliveries->setActive(shown);
}
