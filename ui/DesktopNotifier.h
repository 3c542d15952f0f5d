#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QIcon>
#include <QObject>

class NotificationsInterface;
class QSystemTrayIcon;

// Shows a desktop notification about one subscription, through the freedesktop notification
// service on the session bus, with a "Show" action. Where no service answers, a tray balloon
// if there is a system tray, else only the status bar. Clicking the notification (or the balloon)
// says which subscription it was about.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    // bus: the session bus; icon: for the tray balloon.
    DesktopNotifier(const QDBusConnection &bus, const QIcon &icon, QObject *parent = nullptr);
    ~DesktopNotifier() override;

    void notify(qint64 id, const QString &summary, const QString &body);

Q_SIGNALS:
    void activated(qint64 id);
    // The last fallback, and what the window's status bar says meanwhile.
    void statusMessage(const QString &text, int timeoutMs);

private:
    void fallBack(qint64 id, const QString &summary, const QString &body);

    NotificationsInterface *m_service;
    QIcon m_icon;
    QSystemTrayIcon *m_tray = nullptr;  // made when first needed
    qint64 m_trayId = 0;  // the subscription of the last balloon
    QHash<uint, qint64> m_shown;  // notification id -> subscription id
};
