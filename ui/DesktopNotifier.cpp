#include "ui/DesktopNotifier.h"

#include "ui/NotificationsInterface.h"

#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QSystemTrayIcon>

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, const QIcon &icon, QObject *parent)
    : QObject(parent)
    , m_service(new NotificationsInterface(bus, this))
    , m_icon(icon)
{
    // Any action of ours means "show me this subscription"; other programs' ids are not in m_shown.
    connect(m_service, &NotificationsInterface::ActionInvoked, this, [this](uint id, const QString &) {
        if (const auto it = m_shown.constFind(id); it != m_shown.cend())
            Q_EMIT activated(it.value());
    });
    connect(m_service, &NotificationsInterface::NotificationClosed, this,
            [this](uint id, uint) { m_shown.remove(id); });
}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::notify(qint64 id, const QString &summary, const QString &body)
{
    const QStringList actions{QStringLiteral("default"), tr("Show")};
    const QVariantMap hints{
        {QStringLiteral("desktop-entry"), QStringLiteral("io.github.webhookconsole.WebhookConsole")}};
    const QDBusPendingCall call =
        m_service->asyncCall(QStringLiteral("Notify"), QStringLiteral("Webhook Console"), uint(0),
                             QStringLiteral("webhook-console"), summary, body, actions, hints, int(-1));
    auto *watcher = new QDBusPendingCallWatcher(call, this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, id, summary, body](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError()) {
            fallBack(id, summary, body);
            return;
        }
        m_shown.insert(reply.value(), id);
        Q_EMIT statusMessage(summary, 10000);
    });
}

void DesktopNotifier::fallBack(qint64 id, const QString &summary, const QString &body)
{
    Q_EMIT statusMessage(summary, 30000);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(m_icon, this);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { Q_EMIT activated(m_trayId); });
        m_tray->show();
    }
    m_trayId = id;
    m_tray->showMessage(summary, body, QSystemTrayIcon::Warning);
}
