// DeliveryScheduler on a FakeClock: the retry schedule is exact and fast to test. Deliveries go over
// real HTTP to a DemoReceiver on loopback; only the clock is fake.
#include "common/SystemClock.h"
#include "kit/FakeClock.h"
#include "sandbox/DeliveryScheduler.h"
#include "common/DeliverySigner.h"
#include "sandbox/DeliveryStore.h"
#include "sandbox/DeliveryTransport.h"
#include "sandbox/DemoReceiver.h"
#include "sandbox/EventPublisher.h"
#include "sandbox/SandboxDatabase.h"
#include "sandbox/SubscriptionStore.h"
#include "common/TargetAddressRule.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {
constexpr qint64 hour = 3'600'000;
}

// Everything the scheduler needs, on one temp database; "restart" rebuilds it on the same file.
struct Rig
{
    explicit Rig(const QString &dbPath, FakeClock &clock, bool allowPrivate = true, qint64 timeoutMs = 5000)
    {
        QString error;
        ok = database.open(dbPath, &error);
        subscriptions = std::make_unique<SubscriptionStore>(database);
        deliveries = std::make_unique<DeliveryStore>(database);
        transport = std::make_unique<DeliveryTransport>(wallClock, timeoutMs, allowPrivate);
        scheduler = std::make_unique<DeliveryScheduler>(*deliveries, *subscriptions, *transport, clock);
        publisher = std::make_unique<EventPublisher>(database, *subscriptions, *deliveries, clock,
                                                     DeliverySchedule{hour, 48 * hour}, scheduler.get());
    }
    bool ok = false;
    SystemClock wallClock;  // the attempts' timeouts run in real time; the schedule on the fake clock
    SandboxDatabase database;
    std::unique_ptr<SubscriptionStore> subscriptions;
    std::unique_ptr<DeliveryStore> deliveries;
    std::unique_ptr<DeliveryTransport> transport;
    std::unique_ptr<DeliveryScheduler> scheduler;
    std::unique_ptr<EventPublisher> publisher;
};

class TestDeliveryScheduler : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<DemoReceiver> m_receiver;
    std::unique_ptr<Rig> m_rig;
    QString m_base;
    qint64 m_tenant = 7;
    qint64 m_subscriptionId = 0;

    QString dbPath() const { return m_dir->path() + QStringLiteral("/s.sqlite"); }
    qint64 nowMs() const { return m_clock->utcNow().toMSecsSinceEpoch(); }

    StoredSubscription subscribe(const QString &pathAndQuery, bool enabled = true)
    {
        m_subscriptionId = 0;
        const StoredSubscription s =
            *m_rig->subscriptions->create(m_tenant, m_base + pathAndQuery, QStringLiteral("test"), enabled,
                                          {QStringLiteral("order_items.shipped")}, nowMs());
        m_subscriptionId = s.id;
        return s;
    }
    // Publishes one event and returns the id of the single delivery it made.
    qint64 publish()
    {
        const auto published =
            m_rig->publisher->publish(m_tenant, QStringLiteral("order_items.shipped"),
                                      QJsonObject{{QStringLiteral("order_item_id"), QStringLiteral("OI-1")}});
        if (!published.ok() || published.deliveryIds.size() != 1)
            return 0;
        return published.deliveryIds.first();
    }
    StoredDelivery delivery(qint64 id) { return m_rig->deliveries->get(id, true)->value_or(StoredDelivery{}); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock = std::make_unique<FakeClock>();
        m_clock->setUtcStart(QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC));
        m_receiver = std::make_unique<DemoReceiver>();
        const quint16 port = m_receiver->listen(QHostAddress(QHostAddress::LocalHost), 0);
        QVERIFY(port > 0);
        m_base = QStringLiteral("http://127.0.0.1:%1").arg(port);
        m_rig = std::make_unique<Rig>(dbPath(), *m_clock);
        QVERIFY(m_rig->ok);
        m_rig->scheduler->start();
    }
    void cleanup()
    {
        m_rig.reset();
        m_receiver.reset();
        m_clock.reset();
        m_dir.reset();
    }

    void fullScheduleThen49AttemptsThenFailed()
    {
        subscribe(QStringLiteral("/status/500"));
        const qint64 first = nowMs();
        const qint64 id = publish();
        QVERIFY(id > 0);
        QTRY_COMPARE_WITH_TIMEOUT(delivery(id).attemptCount, 1, 20000);
        for (int k = 1; k < 49; ++k) {
            StoredDelivery d = delivery(id);
            QCOMPARE(d.status, QStringLiteral("retrying"));
            QCOMPARE(d.nextAttemptAtMs.value_or(-1), first + k * hour);
            // Not a millisecond early...
            m_clock->advance(hour - 1);
            QCOMPARE(m_rig->scheduler->inFlight(), 0);  // polled at once: a wrongly due attempt would be on its way
            QCOMPARE(delivery(id).attemptCount, k);
            // ...and on time.
            m_clock->advance(1);
            QTRY_COMPARE_WITH_TIMEOUT(delivery(id).attemptCount, k + 1, 20000);
        }
        const StoredDelivery d = delivery(id);
        QCOMPARE(d.status, QStringLiteral("failed"));
        QVERIFY(!d.nextAttemptAtMs);
        QCOMPARE(d.attempts.size(), 49);
        for (int k = 0; k < 49; ++k) {
            QCOMPARE(d.attempts[k].number, k + 1);
            QCOMPARE(d.attempts[k].scheduledAtMs.value_or(-1), first + k * hour);
            QCOMPARE(d.attempts[k].atMs, first + k * hour);
            QCOMPARE(d.attempts[k].statusCode.value_or(0), 500);
            QVERIFY(d.attempts[k].responseExcerpt.contains(QStringLiteral("500")));
        }
        QCOMPARE(d.givesUpAtMs, first + 48 * hour);
        QCOMPARE(m_receiver->receivedCount(), 49);
        m_clock->advance(10 * hour);
        QCOMPARE(m_rig->scheduler->inFlight(), 0);  // polled at once: a wrongly due attempt would be on its way
        QCOMPARE(m_receiver->receivedCount(), 49);
        const StoredSubscription s = *m_rig->subscriptions->find(d.subscriptionId);
        QCOMPARE(s.lastDeliveryStatus, QStringLiteral("failed"));
        QCOMPARE(s.failingSinceMs.value_or(-1), first);
        QCOMPARE(s.pendingRetries, 0);
    }

    void lateAttemptDoesNotShiftTheSchedule()
    {
        subscribe(QStringLiteral("/status/503"));
        const qint64 first = nowMs();
        const qint64 id = publish();
        QTRY_COMPARE_WITH_TIMEOUT(delivery(id).attemptCount, 1, 20000);
        // The event loop was busy: slot 1 runs 20 minutes late...
        m_clock->advance(hour + 20 * 60'000);
        QTRY_COMPARE_WITH_TIMEOUT(delivery(id).attemptCount, 2, 20000);
        QCOMPARE(delivery(id).attempts[1].atMs, first + hour + 20 * 60'000);
        // ...but slot 2 is still due at first + 2 h.
        QCOMPARE(delivery(id).nextAttemptAtMs.value_or(-1), first + 2 * hour);
    }

    void successStopsRetries()
    {
        subscribe(QStringLiteral("/hooks?mode=flaky"));
        const qint64 first = nowMs();
        const qint64 id = publish();
        QTRY_COMPARE_WITH_TIMEOUT(delivery(id).attemptCount, 1, 20000);
        m_clock->advance(hour);
        QTRY_COMPARE_WITH_TIMEOUT(delivery(id).attemptCount, 2, 20000);
        m_clock->advance(hour);
        QTRY_COMPARE_WITH_TIMEOUT(delivery(id).attemptCount, 3, 20000);
        const StoredDelivery d = delivery(id);
        QCOMPARE(d.status, QStringLiteral("delivered"));
        QCOMPARE(d.lastStatusCode.value_or(0), 200);
        QCOMPARE(d.attempts[2].atMs, first + 2 * hour);
        QVERIFY(!d.nextAttemptAtMs);
        const StoredSubscription s = *m_rig->subscriptions->find(d.subscriptionId);
        QCOMPARE(s.lastDeliveryStatus, QStringLiteral("delivered"));
        QVERIFY(!s.failingSinceMs);
        m_clock->advance(5 * hour);
        QCOMPARE(m_rig->scheduler->inFlight(), 0);  // polled at once: a wrongly due attempt would be on its way
        QCOMPARE(m_receiver->receivedCount(), 3);
    }

    void disabledSubscriptionHoldsRetriesUntilReenabled()
    {
        const StoredSubscription s = subscribe(QStringLiteral("/status/500"));
        const qint64 first = nowMs();
        const qint64 id = publish();
        QTRY_COMPARE_WITH_TIMEOUT(delivery(id).attemptCount, 1, 20000);
        SubscriptionStore::Patch off;
        off.enabled = false;
        m_rig->subscriptions->update(m_tenant, s.id, off);
        // No new deliveries for a disabled subscription.
        QCOMPARE(m_rig->publisher->publish(m_tenant, QStringLiteral("order_items.shipped"), QJsonObject())
                     .deliveryIds.size(),
                 qsizetype(0));
        m_clock->advance(3 * hour + 60'000);
        QCOMPARE(m_rig->scheduler->inFlight(), 0);  // polled at once: a wrongly due attempt would be on its way
        QCOMPARE(delivery(id).attemptCount, 1);
        QCOMPARE(delivery(id).status, QStringLiteral("retrying"));

        SubscriptionStore::Patch on;
        on.enabled = true;
        m_rig->subscriptions->update(m_tenant, s.id, on);
        m_rig->scheduler->subscriptionEnabled(s.id);
        QTRY_COMPARE_WITH_TIMEOUT(delivery(id).attemptCount, 2, 20000);
        const StoredDelivery d = delivery(id);
        // It continues on the schedule: the missed slots 1 and 2 are skipped, slot 3 runs now.
        QCOMPARE(d.attempts[1].scheduledAtMs.value_or(-1), first + 3 * hour);
        QCOMPARE(d.nextAttemptAtMs.value_or(-1), first + 4 * hour);
    }

    void retriesOutsideTheWindowFailWhenReenabled()
    {
        const StoredSubscription s = subscribe(QStringLiteral("/status/500"));
        const qint64 id = publish();
        QTRY_COMPARE_WITH_TIMEOUT(delivery(id).attemptCount, 1, 20000);
        SubscriptionStore::Patch off;
        off.enabled = false;
        m_rig->subscriptions->update(m_tenant, s.id, off);
        m_clock->advance(50 * hour);
        SubscriptionStore::Patch on;
        on.enabled = true;
        m_rig->subscriptions->update(m_tenant, s.id, on);
        m_rig->scheduler->subscriptionEnabled(s.id);
        QTRY_COMPARE(delivery(id).status, QStringLiteral("failed"));
        QCOMPARE(delivery(id).attemptCount, 1);
        QCOMPARE(m_receiver->receivedCount(), 1);
    }

    void deletingTheSubscriptionStopsRetries()
    {
        const StoredSubscription s = subscribe(QStringLiteral("/status/500"));
        const qint64 id = publish();
        QTRY_COMPARE_WITH_TIMEOUT(delivery(id).attemptCount, 1, 20000);
        QCOMPARE(m_rig->subscriptions->remove(m_tenant, s.id).value(), true);
        QCOMPARE(m_rig->deliveries->get(id).value(), std::nullopt);
        m_clock->advance(3 * hour);
        QCOMPARE(m_rig->scheduler->inFlight(), 0);  // polled at once: a wrongly due attempt would be on its way
        QCOMPARE(m_receiver->receivedCount(), 1);
    }

    void restartResumesAtTheDueTime()
    {
        subscribe(QStringLiteral("/status/500"));
        const qint64 first = nowMs();
        const qint64 id = publish();
        QTRY_COMPARE_WITH_TIMEOUT(delivery(id).attemptCount, 1, 20000);
        // "Crash": the scheduler goes away without any shutdown work, the database stays.
        m_rig.reset();
        m_clock->advance(30 * 60'000);
        m_rig = std::make_unique<Rig>(dbPath(), *m_clock);
        m_rig->scheduler->start();
        QCOMPARE(m_rig->scheduler->inFlight(), 0);  // polled at once: a wrongly due attempt would be on its way
        QCOMPARE(delivery(id).attemptCount, 1);  // not due yet: nothing is sent twice
        m_clock->advance(30 * 60'000);
        QTRY_COMPARE_WITH_TIMEOUT(delivery(id).attemptCount, 2, 20000);
        QCOMPARE(delivery(id).attempts[1].scheduledAtMs.value_or(-1), first + hour);

        // Down for 5.5 hours: one attempt for the latest missed slot, not one per missed slot.
        m_rig.reset();
        m_clock->advance(5 * hour + 30 * 60'000);
        m_rig = std::make_unique<Rig>(dbPath(), *m_clock);
        m_rig->scheduler->start();
        QTRY_COMPARE_WITH_TIMEOUT(delivery(id).attemptCount, 3, 20000);
        QCOMPARE(m_rig->scheduler->inFlight(), 0);  // polled at once: a wrongly due attempt would be on its way
        QCOMPARE(delivery(id).attemptCount, 3);
        QCOMPARE(delivery(id).attempts[2].scheduledAtMs.value_or(-1), first + 6 * hour);
        QCOMPARE(delivery(id).nextAttemptAtMs.value_or(-1), first + 7 * hour);
    }

    void manualRetryIsAnExtraAttempt()
    {
        subscribe(QStringLiteral("/status/500"));
        const qint64 first = nowMs();
        const qint64 id = publish();
        QTRY_COMPARE_WITH_TIMEOUT(delivery(id).attemptCount, 1, 20000);
        QVERIFY(m_rig->scheduler->retryNow(id));
        QTRY_COMPARE_WITH_TIMEOUT(delivery(id).attemptCount, 2, 20000);
        const StoredDelivery d = delivery(id);
        QVERIFY(!d.attempts[1].scheduledAtMs);
        QCOMPARE(d.status, QStringLiteral("retrying"));
        QCOMPARE(d.nextAttemptAtMs.value_or(-1), first + hour);
        QVERIFY(!m_rig->scheduler->retryNow(424242));
    }

    void deliveriesAreSignedPerStandardWebhooks()
    {
        const StoredSubscription s = subscribe(QStringLiteral("/hooks?mode=ok"));
        QSignalSpy spy(m_receiver.get(), &DemoReceiver::received);
        const qint64 id = publish();
        QVERIFY(spy.wait(20000));
        const auto received = spy.at(0).at(0).value<DemoReceiver::Received>();
        const QByteArray msgId = received.header("webhook-id");
        const QByteArray timestamp = received.header("webhook-timestamp");
        const QByteArray signature = received.header("webhook-signature");
        QVERIFY(msgId.startsWith("msg_"));
        QCOMPARE(timestamp.toLongLong(), nowMs() / 1000);
        QVERIFY(signature.startsWith("v1,"));
        // Independent check: HMAC-SHA256 with the base64-decoded part of whsec_..., over id.timestamp.body.
        QVERIFY(s.clientSecret.startsWith(QStringLiteral("whsec_")));
        const QByteArray key = QByteArray::fromBase64(s.clientSecret.mid(6).toLatin1());
        const QByteArray expected = QMessageAuthenticationCode::hash(msgId + '.' + timestamp + '.' + received.body, key,
                                                                     QCryptographicHash::Sha256)
                                        .toBase64();
        QCOMPARE(signature.mid(3), expected);
        const QJsonObject payload = QJsonDocument::fromJson(received.body).object();
        QCOMPARE(payload.value(QStringLiteral("event")).toString(), QStringLiteral("order_items.shipped"));
        QCOMPARE(payload.value(QStringLiteral("subscription_id")).toInteger(), s.id);
        QVERIFY(payload.value(QStringLiteral("id")).toString().startsWith(QStringLiteral("evt_")));
        QCOMPARE(payload.value(QStringLiteral("timestamp")).toString(), QStringLiteral("2026-11-27T09:00:00.000Z"));
        QCOMPARE(payload.value(QStringLiteral("message")).toObject().value(QStringLiteral("order_item_id")).toString(),
                 QStringLiteral("OI-1"));
        QTRY_COMPARE(delivery(id).status, QStringLiteral("delivered"));
    }

    void privateTargetsAreRefusedUnlessAllowed()
    {
        m_rig.reset();
        m_rig = std::make_unique<Rig>(dbPath(), *m_clock, false);
        subscribe(QStringLiteral("/hooks?mode=ok"));
        const qint64 id = publish();
        QTRY_COMPARE_WITH_TIMEOUT(delivery(id).attemptCount, 1, 20000);
        QVERIFY(delivery(id).lastError.contains(QStringLiteral("private or loopback")));
        QCOMPARE(m_receiver->receivedCount(), 0);
        QVERIFY(TargetAddressRule::isPrivateAddress(QHostAddress(QStringLiteral("10.1.2.3"))));
        QVERIFY(TargetAddressRule::isPrivateAddress(QHostAddress(QStringLiteral("192.168.0.1"))));
        QVERIFY(TargetAddressRule::isPrivateAddress(QHostAddress(QStringLiteral("172.20.0.1"))));
        QVERIFY(TargetAddressRule::isPrivateAddress(QHostAddress(QStringLiteral("169.254.169.254"))));
        QVERIFY(TargetAddressRule::isPrivateAddress(QHostAddress(QStringLiteral("::1"))));
        QVERIFY(TargetAddressRule::isPrivateAddress(QHostAddress(QStringLiteral("fd00::1"))));
        QVERIFY(!TargetAddressRule::isPrivateAddress(QHostAddress(QStringLiteral("93.184.216.34"))));
    }

    void redirectsAreNotFollowed()
    {
        subscribe(QStringLiteral("/hooks?mode=redirect"));
        const qint64 id = publish();
        QTRY_COMPARE_WITH_TIMEOUT(delivery(id).attemptCount, 1, 20000);
        QCOMPARE(delivery(id).lastStatusCode.value_or(0), 302);
        QCOMPARE(delivery(id).status, QStringLiteral("retrying"));
        // A followed redirect would have ended the attempt with the target's answer, not the 302.
        QCOMPARE(m_receiver->receivedCount(), 1);
    }

    void anUnansweredAttemptTimesOut()
    {
        m_rig.reset();
        m_rig = std::make_unique<Rig>(dbPath(), *m_clock, true, 300);
        subscribe(QStringLiteral("/hooks?mode=slow"));
        const qint64 id = publish();
        QTRY_COMPARE_WITH_TIMEOUT(delivery(id).attemptCount, 1, 20000);
        QVERIFY(!delivery(id).lastStatusCode);
        QVERIFY2(delivery(id).lastError.contains(QStringLiteral("Timed out")), qPrintable(delivery(id).lastError));
    }

    void signerMatchesTheStandardWebhooksExample()
    {
        // The example from the Standard Webhooks specification.
        const QByteArray signature =
            DeliverySigner::signature(QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"),
                                      "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, R"({"test": 2432232314})");
        QCOMPARE(signature, QByteArray("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="));
    }
};

QTEST_GUILESS_MAIN(TestDeliveryScheduler)
#include "tst_deliveryscheduler.moc"
