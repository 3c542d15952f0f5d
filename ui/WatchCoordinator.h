#pragma once

#include <QObject>
#include <QString>

class ConsoleSession;
class DesktopNotifier;
class QAction;
class QDBusConnection;
class QIcon;
class QSettings;
class SubscriptionListWidget;
class SubscriptionWatches;
class WatchAlerts;

// Ties watching together for the window: the star and the two actions change the watched set
// (SubscriptionWatches), the table shows it, what an update finds is decided by WatchAlerts and sent
// by DesktopNotifier. The window hands in its parts and shows what this reports.
class WatchCoordinator : public QObject
{
    Q_OBJECT
public:
    WatchCoordinator(QSettings *settings, SubscriptionListWidget &list, QAction &watchSelected, QAction &watchFailing,
                     const QDBusConnection &bus, const QIcon &icon, QObject *parent = nullptr);

    // A new connection (null: none): its watches, and its first load is a first look again.
    void setSession(const ConsoleSession *session);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);
    // A notification was clicked: the window should come up on this subscription.
    void showRequested(qint64 id);

private:
    void listLoaded();

    SubscriptionListWidget &m_list;
    SubscriptionWatches *m_watches;
    WatchAlerts *m_alerts;
    DesktopNotifier *m_notifier;
    bool m_watchAllOnFirstLoad = false;  // the demo's first load, until it happened
};
