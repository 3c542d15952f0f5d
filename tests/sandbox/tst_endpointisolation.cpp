// Per-endpoint isolation of deliveries: an endpoint that never answers must not delay or fail
// deliveries to another endpoint, even one on the same host and port, and a timeout measures the
// endpoint, not time spent waiting for a connection. Real HTTP over loopback to one DemoReceiver
// (one host:port) with a hanging path (mode=slow) and a healthy path (mode=ok); real SQLite.
#include "common/SystemClock.h"
#include "kit/FakeClock.h"
#include "sandbox/DeliveryScheduler.h"
#include "sandbox/DeliveryStore.h"
#include "sandbox/DeliveryTransport.h"
#include "sandbox/DemoReceiver.h"
#include "sandbox/EventPublisher.h"
#include "sandbox/SandboxDatabase.h"
#include "sandbox/SubscriptionStore.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <memory>

namespace {
constexpr qint64 hour = 3'600'000;
const QString eventType = QStringLiteral("order_items.shipped");
}  // namespace

class TestEndpointIsolation : public QObject
{
    Q_OBJECT

private:
    SystemClock m_wallClock;  // the attempts' deadlines run in real time
    std::unique_ptr<DemoReceiver> m_receiver;
    QString m_base;

    QUrl url(const QString &pathAndQuery) const { return QUrl(m_base + pathAndQuery); }

private Q_SLOTS:
    void init()
    {
        m_receiver = std::make_unique<DemoReceiver>();
        const quint16 port = m_receiver->listen(QHostAddress(QHostAddress::LocalHost), 0);
        QVERIFY(port > 0);
        m_base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    }
    void cleanup() { m_receiver.reset(); }

    // More hung attempts than a QNetworkAccessManager opens connections per host, then one to a
    // healthy path of the same host: it is answered while every hung attempt is still hanging.
    void aHungEndpointDoesNotHoldUpAnotherOnTheSameHost()
    {
        int hungFinished = 0;
        std::optional<DeliveryTransport::Result> healthy;
        DeliveryTransport transport(m_wallClock, 60'000, true);  // after what its callbacks write to
        for (int i = 0; i < 12; ++i)
            transport.send(url(QStringLiteral("/hang?mode=slow")), "{}", {},
                           [&hungFinished](const DeliveryTransport::Result &) { ++hungFinished; });
        QTRY_VERIFY_WITH_TIMEOUT(m_receiver->receivedCount() >= 6, 20'000);

        transport.send(url(QStringLiteral("/healthy?mode=ok")), "{}", {},
                       [&healthy](const DeliveryTransport::Result &r) { healthy = r; });
        QTRY_VERIFY_WITH_TIMEOUT(healthy.has_value() || hungFinished > 0, 90'000);
        QVERIFY2(healthy.has_value(), "the healthy attempt waited for a hung one to end");
        QCOMPARE(healthy->statusCode.value_or(0), 200);
        QVERIFY2(healthy->error.isEmpty(), qPrintable(healthy->error));
        QCOMPARE(hungFinished, 0);
    }

    // Seven attempts to one hung endpoint: one more than it gets connections. Each one times out
    // only after it was sent, so the receiver sees all seven.
    void aTimeoutStartsOnTheWireNotInTheQueue()
    {
        QList<DeliveryTransport::Result> results;
        DeliveryTransport transport(m_wallClock, 400, true);
        for (int i = 0; i < 7; ++i)
            transport.send(url(QStringLiteral("/hang?mode=slow")), "{}", {},
                           [&results](const DeliveryTransport::Result &r) { results.append(r); });
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 7, 30'000);
        for (const DeliveryTransport::Result &r : std::as_const(results))
            QVERIFY2(r.error.contains(QStringLiteral("Timed out")), qPrintable(r.error));
        QCOMPARE(m_receiver->receivedCount(), 7);
    }

    // Four attempt slots and a hanging endpoint with ten due deliveries: it takes only its share,
    // and a delivery to another endpoint is made while the hanging attempts still hang.
    void aHangingEndpointTakesOnlyItsShareOfTheSlots()
    {
        QTemporaryDir dir;
        FakeClock clock;
        clock.setUtcStart(QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC));
        SandboxDatabase database;
        QString error;
        QVERIFY2(database.open(dir.path() + QStringLiteral("/s.sqlite"), &error), qPrintable(error));
        SubscriptionStore subscriptions(database);
        DeliveryStore deliveries(database);
        int hangingFinished = 0;
        DeliveryTransport transport(m_wallClock, 60'000, true);
        DeliveryScheduler scheduler(deliveries, subscriptions, transport, clock);
        scheduler.setMaxInFlight(4);
        EventPublisher publisher(database, subscriptions, deliveries, clock, DeliverySchedule{hour, 48 * hour},
                                 &scheduler);
        const qint64 tenant = 7;
        const qint64 now = clock.utcNow().toMSecsSinceEpoch();
        const StoredSubscription hanging =
            *subscriptions.create(tenant, m_base + QStringLiteral("/hooks/hanging?mode=slow"), QStringLiteral("hangs"),
                                  true, {eventType}, now);
        for (int i = 0; i < 10; ++i)
            QVERIFY(publisher.publish(tenant, eventType, QJsonObject{}).ok());
        scheduler.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_receiver->receivedCount() >= 1, 20'000);
        connect(&scheduler, &DeliveryScheduler::attemptFinished, this, [&](qint64 id) {
            if (deliveries.get(id)->value().subscriptionId == hanging.id)
                ++hangingFinished;
        });

        const StoredSubscription other = *subscriptions.create(tenant, m_base + QStringLiteral("/hooks/other?mode=ok"),
                                                               QStringLiteral("answers"), true, {eventType}, now);
        const auto published = publisher.publish(tenant, eventType, QJsonObject{});
        QVERIFY(published.ok());
        qint64 otherId = 0;
        for (qint64 id : published.deliveryIds) {
            if (deliveries.get(id)->value().subscriptionId == other.id)
                otherId = id;
        }
        QVERIFY(otherId > 0);
        QTRY_VERIFY_WITH_TIMEOUT(deliveries.get(otherId)->value().attemptCount > 0 || hangingFinished > 0, 90'000);
        QCOMPARE(hangingFinished, 0);
        QCOMPARE(deliveries.get(otherId)->value().status, QStringLiteral("delivered"));
        QVERIFY(scheduler.inFlight() < 4);
    }

    // The case from the demo: events at a sustained rate to a hanging and a healthy path of one
    // host:port. Every delivery to the healthy path succeeds on its first attempt.
    void healthyDeliveriesSucceedFirstTimeNextToAHangingPath()
    {
        QTemporaryDir dir;
        FakeClock clock;
        clock.setUtcStart(QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC));
        SandboxDatabase database;
        QString error;
        QVERIFY2(database.open(dir.path() + QStringLiteral("/s.sqlite"), &error), qPrintable(error));
        SubscriptionStore subscriptions(database);
        DeliveryStore deliveries(database);
        DeliveryTransport transport(m_wallClock, 1500, true);  // ample for a healthy answer on a loaded machine
        DeliveryScheduler scheduler(deliveries, subscriptions, transport, clock);
        EventPublisher publisher(database, subscriptions, deliveries, clock, DeliverySchedule{hour, 48 * hour},
                                 &scheduler);
        const qint64 tenant = 7;
        const qint64 now = clock.utcNow().toMSecsSinceEpoch();
        QVERIFY(subscriptions.create(tenant, m_base + QStringLiteral("/hooks/hanging?mode=slow"),
                                     QStringLiteral("hangs"), true, {eventType}, now));
        const StoredSubscription healthy =
            *subscriptions.create(tenant, m_base + QStringLiteral("/hooks/healthy?mode=ok"), QStringLiteral("answers"),
                                  true, {eventType}, now);
        scheduler.start();

        // One event every 20 ms: the hanging path alone would need 75 connections at once.
        constexpr int events = 100;
        QList<qint64> healthyIds;
        int publishFailures = 0;
        QTimer traffic;
        traffic.setInterval(20);
        connect(&traffic, &QTimer::timeout, this, [&] {
            const auto published =
                publisher.publish(tenant, eventType, QJsonObject{{QStringLiteral("n"), healthyIds.size()}});
            if (!published.ok())
                ++publishFailures;
            for (qint64 id : published.deliveryIds) {
                if (deliveries.get(id)->value().subscriptionId == healthy.id)
                    healthyIds.append(id);
            }
            if (healthyIds.size() == events)
                traffic.stop();
        });
        traffic.start();
        QTRY_COMPARE_WITH_TIMEOUT(healthyIds.size(), events, 60'000);

        const auto attempted = [&] {
            for (qint64 id : std::as_const(healthyIds)) {
                if (deliveries.get(id)->value().attemptCount == 0)
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(attempted(), 60'000);
        for (qint64 id : std::as_const(healthyIds)) {
            const StoredDelivery d = deliveries.get(id)->value();
            QVERIFY2(d.status == u"delivered",
                     qPrintable(QStringLiteral("delivery %1: %2 after %3 attempt(s): %4")
                                    .arg(id)
                                    .arg(d.status)
                                    .arg(d.attemptCount)
                                    .arg(d.lastError)));
            QCOMPARE(d.attemptCount, 1);
        }
        QCOMPARE(publishFailures, 0);
        QVERIFY(m_receiver->receivedCount() > events);  // the hanging path was tried too
    }
};

QTEST_GUILESS_MAIN(TestEndpointIsolation)
#include "tst_endpointisolation.moc"
