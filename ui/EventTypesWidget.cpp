#include "ui/EventTypesWidget.h"

#include "ui/SearchField.h"

#include "api/ApiClient.h"
#include "models/EventTypeTableModel.h"
#include "ui/ConsoleSession.h"
#include "ui/StatePanel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

EventTypesWidget::EventTypesWidget(QWidget *parent)
    : QWidget(parent)
    , m_types(new EventTypeTableModel(this))
    , m_typesProxy(EventTypeTableModel::makeSearchProxy(m_types, this))
{
    auto *v = new QVBoxLayout(this);
    m_typesSearch = new SearchField(QString(), QString(), this);
    m_typesSearch->setObjectName(QStringLiteral("eventTypeSearchEdit"));
    connect(m_typesSearch, &QLineEdit::textChanged, m_typesProxy, &QSortFilterProxyModel::setFilterFixedString);
    v->addWidget(m_typesSearch);
    m_typesStack = new QStackedWidget(this);
    m_typesTable = new QTableView(m_typesStack);
    m_typesTable->setObjectName(QStringLiteral("eventTypeTable"));
    m_typesTable->setModel(m_typesProxy);
    m_typesTable->setSortingEnabled(true);
    m_typesTable->sortByColumn(EventTypeTableModel::EventColumn, Qt::AscendingOrder);
    m_typesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_typesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_typesTable->setAlternatingRowColors(true);
    m_typesTable->setTabKeyNavigation(false);
    m_typesTable->verticalHeader()->hide();
    m_typesTable->horizontalHeader()->setStretchLastSection(true);
    m_typesTable->horizontalHeader()->resizeSection(EventTypeTableModel::EventColumn, 240);
    m_typesStack->addWidget(m_typesTable);
    m_typesState = new StatePanel(m_typesStack);
    m_typesState->setObjectName(QStringLiteral("eventTypeListState"));
    connect(m_typesState, &StatePanel::retryRequested, this, &EventTypesWidget::reload);
    m_typesStack->addWidget(m_typesState);
    v->addWidget(m_typesStack, 1);
    retranslate();
}

void EventTypesWidget::retranslate()
{
    m_typesSearch->setPlaceholderText(tr("Search event types (Ctrl+F)"));
    m_typesSearch->setAccessibleName(tr("Search event types"));
    m_typesTable->setAccessibleName(tr("Event types"));
    m_types->retranslate();
    // What the list says instead of rows, said again from its state.
    if (m_typesStack->currentWidget() != m_typesState)
        return;
    if (m_loading)
        m_typesState->showLoading(tr("Loading event types…"));
    else if (!m_lastError.isEmpty())
        m_typesState->showError(tr("The event types could not be loaded."), m_lastError);
    else
        m_typesState->showEmpty(tr("This server has no event types."), QString());
}

void EventTypesWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EventTypesWidget::setSession(ConsoleSession *session)
{
    // The old session's answers are dropped with it: nothing is loading any more.
    m_loading = false;
    m_types->clear();
    m_lastError.clear();
    m_session = session;
}

const EventTypeList &EventTypesWidget::eventTypes() const
{
    return m_types->eventTypes();
}

QByteArray EventTypesWidget::headerState() const
{
    return m_typesTable->horizontalHeader()->saveState();
}

void EventTypesWidget::restoreHeaderState(const QByteArray &state)
{
    m_typesTable->horizontalHeader()->restoreState(state);
}

void EventTypesWidget::focusSearch()
{
    m_typesSearch->setFocus();
    m_typesSearch->selectAll();
}

void EventTypesWidget::focusTable()
{
    m_typesTable->setFocus();
}

void EventTypesWidget::reload()
{
    if (!m_session || m_loading)
        return;
    m_loading = true;
    if (m_types->rowCount() == 0) {
        m_typesState->showLoading(tr("Loading event types…"));
        m_typesStack->setCurrentWidget(m_typesState);
    }
    ConsoleSession *session = m_session;
    session->client()->listEventTypes(
        RequestLane::Interactive, session, [this, session](const ApiResult<EventTypeList> &result) {
            if (session != m_session)
                return;
            m_loading = false;
            if (!result.ok()) {
                m_lastError = result.error.message();
                if (m_types->rowCount() == 0) {
                    m_typesState->showError(tr("The event types could not be loaded."), m_lastError);
                    m_typesStack->setCurrentWidget(m_typesState);
                } else {
                    Q_EMIT statusMessage(tr("Reloading event types failed: %1").arg(m_lastError), 10000);
                }
                return;
            }
            m_lastError.clear();
            m_types->setEventTypes(*result);
            QStringList names;
            for (const EventType &t : *result)
                names.append(t.event);
            session->client()->validator().setKnownEventTypes(names);
            Q_EMIT loaded(*result);
            if (result->isEmpty()) {
                m_typesState->showEmpty(tr("This server has no event types."), QString());
                m_typesStack->setCurrentWidget(m_typesState);
            } else {
                m_typesStack->setCurrentWidget(m_typesTable);
            }
        });
}
