#pragma once

#include "ui/ConfirmQuestion.h"

#include <QPointer>
#include <QWidget>

class ActivityFeed;
class ActivityTableModel;
class ActivityWidget;
class Clock;
class ConsoleSession;
class DeliveriesPanel;
class DetailsPane;
class EndpointCheckPanel;
class EventTypesWidget;
class QSettings;
class QSplitter;
class QTabWidget;
class ReissueBanner;
class SubscriptionListWidget;

// The console of one connection: the lists (subscriptions, event types) beside the details of the
// current subscription and its deliveries. The window's actions act on its parts.
class ConsolePage : public QWidget
{
    Q_OBJECT
public:
    explicit ConsolePage(Clock &clock, QWidget *parent = nullptr);

    // The list and the details pane ask through it; the window passes its own on.
    void setConfirmHandler(const ConfirmQuestion::Handler &handler);
    // Lets go of the previous session's rows, types and drafts; null: none.
    void setSession(ConsoleSession *session);

    SubscriptionListWidget *list() const { return m_list; }
    EventTypesWidget *eventTypes() const { return m_eventTypes; }
    DetailsPane *details() const { return m_details; }
    DeliveriesPanel *deliveries() const { return m_deliveries; }
    EndpointCheckPanel *endpointCheck() const { return m_endpointCheck; }
    ActivityWidget *activity() const { return m_activity; }
    ActivityWidget *subscriptionActivity() const { return m_subscriptionActivity; }

    void showSubscriptions();
    void showEventTypes();
    void showActivity();
    // The search field of the shown list.
    void focusSearch();
    void selectAllSubscriptions();

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

public Q_SLOTS:
    // Reloads the lists and the current subscription; the details pane keeps what the user typed.
    void refresh();
    // Reads the unfinished secret re-issues again (a job reached a step).
    void refreshReminders();

Q_SIGNALS:
    // What the window's actions can act on may have changed: selection, drafts, a bulk job, a load.
    void actionsChanged();
    void statusMessage(const QString &text, int timeoutMs);
    // "Continue…" on the reminder of an unfinished secret re-issue.
    void reissueContinueRequested(const QString &jobId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateDeliveriesPanel();
    // The activity feed reads the journal only while one of its views is on screen.
    void updateActivityFeed();
    void setKeepDays(int days);

    QPointer<ConsoleSession> m_session;
    ReissueBanner *m_reissueBanner;
    QSplitter *m_splitter;
    QTabWidget *m_listTabs;
    SubscriptionListWidget *m_list;
    EventTypesWidget *m_eventTypes;
    DetailsPane *m_details;
    DeliveriesPanel *m_deliveries;
    EndpointCheckPanel *m_endpointCheck;
    ActivityTableModel *m_activityModel;
    ActivityWidget *m_activity;
    ActivityWidget *m_subscriptionActivity;
    ActivityFeed *m_activityFeed = nullptr;  // per session; none without a journal
};
