// Watched subscriptions are told about on the desktop: a window against a real webhook-sandbox (on
// a FakeClock, so that the minute's reload comes when the test says) and a real notification
// service on the test's private session bus (with-keyring.sh runs this in dbus-run-session): a
// second bus connection owns org.freedesktop.Notifications and records every Notify.

#include "kit/FailingEndpoint.h"
#include "kit/FakeClock.h"
#include "kit/LiveConsole.h"
#include "kit/MainWindowParts.h"
#include "kit/SandboxHttp.h"
#include "kit/SandboxProcess.h"
#include "kit/ScriptedHttpServer.h"
#include "kit/ServerCalls.h"

#include "ui/ListRefreshSchedule.h"

#include <QAbstractItemModelTester>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QTest>

#include <memory>

using namespace MainWindowParts;

namespace {
constexpr int kWait = 30'000;
constexpr qint64 kIntervalMs = ListRefreshSchedule::defaultIntervalSeconds * 1000;
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
}  // namespace

// The notification service as a desktop has it, reduced to recording what it is asked to show.
class NotificationListener : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Shown
    {
        uint id;
        QString summary;
        QString body;
        QStringList actions;
    };
    QList<Shown> shown;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout)
    {
        Q_UNUSED(appName);
        Q_UNUSED(replacesId);
        Q_UNUSED(appIcon);
        Q_UNUSED(hints);
        Q_UNUSED(expireTimeout);
        const uint id = uint(shown.size()) + 100;
        shown.append({id, summary, body, actions});
        return id;
    }
};

class TstWatchAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void watchedFailingAndRecoveringAreTold();
    void clickingTheNotificationSelectsTheSubscription();
    void severalAtOnceAreOneNotification();

private:
    std::unique_ptr<MainWindow> makeWindow();
    void reloadList(const MainWindow &w);
    std::optional<qint64> createBreaking();
    bool waitFailing(qint64 id, bool failing);

    LiveConsole m_live;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<NotificationListener> m_listener;
    QString m_busName;
};

void TstWatchAlerts::init()
{
    const QString problem = m_live.start(
        {QStringLiteral("--rate-window"), QStringLiteral("1s"), QStringLiteral("--allow-private-targets")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_clock = std::make_unique<FakeClock>();

    m_busName = QStringLiteral("notification-listener");
    QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, m_busName);
    QVERIFY2(bus.isConnected(), "no session bus: run under tests/with-keyring.sh");
    m_listener = std::make_unique<NotificationListener>();
    QVERIFY(bus.registerObject(kPath, m_listener.get(), QDBusConnection::ExportAllSlots));
    QVERIFY(bus.registerService(kService));
}

void TstWatchAlerts::cleanup()
{
    QDBusConnection bus(m_busName);
    bus.unregisterService(kService);
    bus.unregisterObject(kPath);
    QDBusConnection::disconnectFromBus(m_busName);
    m_listener.reset();
    m_live.stop();
}

std::unique_ptr<MainWindow> TstWatchAlerts::makeWindow()
{
    auto w = m_live.makeWindow(ConfirmQuestion::ask, m_clock.get());
    return m_live.connect(*w) ? std::move(w) : nullptr;
}

// The minute passes: the list reloads by itself.
void TstWatchAlerts::reloadList(const MainWindow &w)
{
    const int before = subscriptionList(w)->loadCount();
    m_clock->advance(kIntervalMs);
    QTRY_VERIFY_WITH_TIMEOUT(subscriptionList(w)->loadCount() > before, kWait);
}

// A subscription whose deliveries go to a closed port on this machine, so they fail at once.
std::optional<qint64> TstWatchAlerts::createBreaking()
{
    return ServerCalls::create(m_live.helper->client(), FailingEndpoint::refusedUrl(), QStringLiteral("Breaks soon"));
}

bool TstWatchAlerts::waitFailing(qint64 id, bool failing)
{
    return FailingEndpoint::waitUntil(*m_live.sandbox, id, failing);
}

void TstWatchAlerts::watchedFailingAndRecoveringAreTold()
{
    const auto watched = createBreaking();
    const auto unwatched = createBreaking();
    QVERIFY(watched && unwatched);
    auto w = makeWindow();
    QVERIFY(w);
    subscriptionList(*w)->selectIds({*watched});
    action(*w, QStringLiteral("actionWatch"))->trigger();
    QVERIFY(subscriptionModel(*w)->indexForId(*watched).data(SubscriptionTableModel::WatchedRole).toBool());
    QVERIFY(!subscriptionModel(*w)->indexForId(*unwatched).data(SubscriptionTableModel::WatchedRole).toBool());

    // Elsewhere, deliveries to both fail.
    SandboxHttp http(m_live.sandbox->baseUrl());
    const QByteArray key = m_live.sandbox->apiKey();
    for (qint64 id : {*watched, *unwatched})
        QCOMPARE(http.post(QStringLiteral("/api/v1/webhooks/%1/test").arg(id), key, "{}").status, 202);
    QVERIFY(waitFailing(*watched, true));
    QVERIFY(waitFailing(*unwatched, true));
    reloadList(*w);
    QTRY_COMPARE_WITH_TIMEOUT(m_listener->shown.size(), 1, kWait);
    const NotificationListener::Shown failing = m_listener->shown.constFirst();
    QCOMPARE(failing.summary, QStringLiteral("Subscription %1 started failing").arg(*watched));
    QVERIFY2(failing.body.contains(QStringLiteral("http://127.0.0.1:")), qPrintable(failing.body));
    QVERIFY2(failing.body.contains(QStringLiteral("Failing since ")), qPrintable(failing.body));
    QCOMPARE(failing.actions, (QStringList{QStringLiteral("default"), QStringLiteral("Show")}));

    // The endpoint comes back: its URL now answers 200, and the next delivery succeeds.
    ScriptedHttpServer receiver(
        [](const ScriptedHttpServer::Request &) { return ScriptedHttpServer::response(200, "{}"); });
    const QByteArray patch =
        QStringLiteral(R"({"url":"%1"})").arg(receiver.url().toString() + QStringLiteral("/hook")).toUtf8();
    QCOMPARE(http.patch(QStringLiteral("/api/v1/webhooks/%1").arg(*watched), key, patch).status, 200);
    QCOMPARE(http.post(QStringLiteral("/api/v1/webhooks/%1/test").arg(*watched), key, "{}").status, 202);
    QVERIFY(waitFailing(*watched, false));
    reloadList(*w);
    QTRY_COMPARE_WITH_TIMEOUT(m_listener->shown.size(), 2, kWait);
    QCOMPARE(m_listener->shown.at(1).summary, QStringLiteral("Subscription %1 recovered").arg(*watched));

    // Another quiet minute tells nothing new, and never anything about the unwatched one.
    reloadList(*w);
    QCOMPARE(m_listener->shown.size(), 2);
    for (const auto &shown : std::as_const(m_listener->shown))
        QVERIFY(!shown.summary.contains(QString::number(*unwatched)));
}

void TstWatchAlerts::clickingTheNotificationSelectsTheSubscription()
{
    const auto watched = createBreaking();
    const auto other = ServerCalls::create(m_live.helper->client(), QStringLiteral("https://hooks.example.com/other"));
    QVERIFY(watched && other);
    auto w = makeWindow();
    QVERIFY(w);
    subscriptionList(*w)->selectIds({*watched});
    action(*w, QStringLiteral("actionWatch"))->trigger();
    subscriptionList(*w)->selectIds({*other});
    SandboxHttp http(m_live.sandbox->baseUrl());
    QCOMPARE(http.post(QStringLiteral("/api/v1/webhooks/%1/test").arg(*watched), m_live.sandbox->apiKey(), "{}").status,
             202);
    QVERIFY(waitFailing(*watched, true));
    reloadList(*w);
    QTRY_COMPARE_WITH_TIMEOUT(m_listener->shown.size(), 1, kWait);
    QCOMPARE(subscriptionList(*w)->currentId(), other);

    // The user clicks it on the desktop.
    QDBusMessage clicked = QDBusMessage::createSignal(kPath, kService, QStringLiteral("ActionInvoked"));
    clicked << m_listener->shown.constFirst().id << QStringLiteral("default");
    QVERIFY(QDBusConnection(m_busName).send(clicked));
    QTRY_COMPARE_WITH_TIMEOUT(subscriptionList(*w)->currentId(), watched, kWait);
    QVERIFY(w->isVisible());
}

void TstWatchAlerts::severalAtOnceAreOneNotification()
{
    const auto first = createBreaking();
    const auto second = createBreaking();
    QVERIFY(first && second);
    auto w = makeWindow();
    QVERIFY(w);
    action(*w, QStringLiteral("actionSelectAll"))->trigger();
    action(*w, QStringLiteral("actionWatch"))->trigger();
    SandboxHttp http(m_live.sandbox->baseUrl());
    for (qint64 id : {*first, *second}) {
        QCOMPARE(http.post(QStringLiteral("/api/v1/webhooks/%1/test").arg(id), m_live.sandbox->apiKey(), "{}").status,
                 202);
        QVERIFY(waitFailing(id, true));
    }
    reloadList(*w);
    QTRY_COMPARE_WITH_TIMEOUT(m_listener->shown.size(), 1, kWait);
    const NotificationListener::Shown shown = m_listener->shown.constFirst();
    QVERIFY2(shown.summary.startsWith(QStringLiteral("2 watched subscription")), qPrintable(shown.summary));
    QCOMPARE(shown.body.split(u'\n'),
             (QStringList{QStringLiteral("Subscription %1 started failing").arg(*first),
                          QStringLiteral("Subscription %1 started failing").arg(*second)}));
}

QTEST_MAIN(TstWatchAlerts)
#include "tst_watchalerts.moc"
