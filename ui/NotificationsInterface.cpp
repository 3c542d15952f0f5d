#include "ui/NotificationsInterface.h"

const char *const NotificationsInterface::interfaceName = "org.freedesktop.Notifications";

QString NotificationsInterface::serviceName()
{
    return QStringLiteral("org.freedesktop.Notifications");
}

QString NotificationsInterface::objectPath()
{
    return QStringLiteral("/org/freedesktop/Notifications");
}

NotificationsInterface::NotificationsInterface(const QDBusConnection &bus, QObject *parent)
    : QDBusAbstractInterface(serviceName(), objectPath(), interfaceName, bus, parent)
{ }
