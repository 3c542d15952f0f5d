#pragma once

#include <QDBusAbstractInterface>

// The freedesktop notification service (org.freedesktop.Notifications) as a D-Bus proxy, so that
// its signals connect like any Qt signal. Calls go through asyncCall("Notify", ...).
class NotificationsInterface : public QDBusAbstractInterface
{
    Q_OBJECT
public:
    static const char *const interfaceName;
    static QString serviceName();
    static QString objectPath();

    explicit NotificationsInterface(const QDBusConnection &bus, QObject *parent = nullptr);

Q_SIGNALS:
    // The user chose an action of a notification ("default": clicked its body).
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);
};
