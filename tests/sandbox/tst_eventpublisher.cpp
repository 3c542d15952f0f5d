// EventPublisher through the real webhook-sandbox over loopback HTTP and its real SQLite file: an
// event and all its deliveries are committed together, so kill -9 at any moment of a fan-out to
// 1,500 subscribers leaves the event whole (one delivery per matching subscriber) or absent, a
// restart does not change that, and a 202 answer means the event is whole on disk. In process, on
// a real SQLite file: a delivery that cannot be written takes its event back with it.
#include "kit/FakeClock.h"
#include "kit/SandboxProcess.h"
#include "kit/SandboxSeeder.h"
#include "kit/SandboxHttp.h"
#include "sandbox/DeliveryStore.h"
#include "sandbox/EventPublisher.h"
#include "sandbox/SandboxDatabase.h"
#include "sandbox/SubscriptionStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QSqlQuery>
#include <QtTest>

#include <algorithm>
#include <memory>

namespace {
constexpr int matching = 1500;
constexpr int disabled = 40;  // list the type but are disabled: no delivery
constexpr int otherType = 40;  // enabled, another type: no delivery
constexpr int timeoutMs = 120'000;  // generous: a loaded 2-core machine under AddressSanitizer
const QString eventType = QStringLiteral("orders.created");

// What the database file holds for tenant 1.
struct Stored
{
    QList<qint64> matchingIds;  // the subscribers an orders.created event must reach
    QHash<QString, QList<qint64>> deliveriesByEvent;  // event id -> subscription ids of its deliveries, sorted
    int orphanDeliveries = 0;  // deliveries whose event is not stored
};

Stored readStored(const QString &dbPath)
{
    Stored stored;
    SandboxDatabase database;
    QString error;
    if (!database.open(dbPath, &error))
        return stored;
    QSqlQuery query(database.db());
    // Matched in the test from the stored rows, independently of the server's own selection.
    query.exec(QStringLiteral("SELECT id, enabled, events FROM subscriptions WHERE tenant_id = 1 ORDER BY id"));
    while (query.next()) {
        const QJsonArray events = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).array();
        if (query.value(1).toInt() == 1 && events.contains(eventType))
            stored.matchingIds.append(query.value(0).toLongLong());
    }
    query.exec(QStringLiteral("SELECT id FROM events WHERE tenant_id = 1"));
    while (query.next())
        stored.deliveriesByEvent.insert(query.value(0).toString(), {});
    query.exec(QStringLiteral("SELECT event_id, subscription_id FROM deliveries WHERE tenant_id = 1"));
    while (query.next()) {
        const auto it = stored.deliveriesByEvent.find(query.value(0).toString());
        if (it == stored.deliveriesByEvent.end())
            ++stored.orphanDeliveries;
        else
            it->append(query.value(1).toLongLong());
    }
    for (QList<qint64> &ids : stored.deliveriesByEvent)
        std::sort(ids.begin(), ids.end());
    return stored;
}

SandboxSeeder::Row subscriber(int i)
{
    SandboxSeeder::Row row;
    // A loopback target without --allow-private-targets: every attempt is refused at once, so
    // nothing leaves the machine and no receiver is needed.
    row.url = QStringLiteral("http://127.0.0.1:9/hooks/%1").arg(i);
    row.description = QStringLiteral("fan-out %1").arg(i);
    row.enabled = i < matching || i >= matching + disabled;
    row.events = {i < matching + disabled ? eventType : QStringLiteral("orders.paid")};
    return row;
}
}  // namespace

class TestEventPublisher : public QObject
{
    Q_OBJECT

private:
    int m_kills = 0;
    int m_whole = 0;
    int m_absent = 0;
    int m_answered = 0;

    static QStringList serveArgs() { return {QStringLiteral("--quiet")}; }

    // Every stored event has exactly one delivery per matching subscriber, and none is left over.
    static bool allWholeOrAbsent(const Stored &stored, QString *why)
    {
        if (stored.matchingIds.size() != matching) {
            *why = QStringLiteral("%1 matching subscribers seeded, %2 expected")
                       .arg(stored.matchingIds.size())
                       .arg(matching);
            return false;
        }
        if (stored.orphanDeliveries != 0) {
            *why = QStringLiteral("%1 deliveries without their event").arg(stored.orphanDeliveries);
            return false;
        }
        for (auto it = stored.deliveriesByEvent.cbegin(); it != stored.deliveriesByEvent.cend(); ++it) {
            if (it.value() != stored.matchingIds) {
                *why = QStringLiteral("event %1 is stored with %2 of its %3 deliveries")
                           .arg(it.key())
                           .arg(it.value().size())
                           .arg(matching);
                return false;
            }
        }
        return true;
    }

private Q_SLOTS:
    void killDuringFanOutLeavesEachEventWholeOrAbsent_data()
    {
        QTest::addColumn<int>("killAfterMs");  // after the request went out; -1: once the event is visible
        // The moments only need to differ: on a fast machine the later ones fall after the commit,
        // on a slow one the early ones fall before the request is read. The last row kills as soon
        // as the event can be seen in the file: an event visible before its deliveries are all
        // written would be caught half-made.
        for (int ms : {0, 5, 10, 20, 35, 50, 90, 150, 250})
            QTest::addRow("%d ms", ms) << ms;
        QTest::addRow("event visible") << -1;
    }

    void killDuringFanOutLeavesEachEventWholeOrAbsent()
    {
        QFETCH(int, killAfterMs);
        SandboxProcess sandbox;
        QVERIFY(sandbox.start(serveArgs()));
        QString error;
        QVERIFY2(SandboxSeeder::seed(sandbox.dbPath(), matching + disabled + otherType, subscriber, &error),
                 qPrintable(error));
        SandboxDatabase watcher;
        QVERIFY2(watcher.open(sandbox.dbPath(), &error), qPrintable(error));
        const auto eventsVisible = [&watcher] {
            QSqlQuery count(watcher.db());
            return count.exec(QStringLiteral("SELECT COUNT(*) FROM events")) && count.next()
                && count.value(0).toInt() > 0;
        };

        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest request(sandbox.baseUrl().resolved(QUrl(QStringLiteral("/api/v1/events"))));
        request.setRawHeader("X-API-Key", sandbox.apiKey());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("event"), eventType},
                                      {QStringLiteral("message"),
                                       QJsonObject{{QStringLiteral("order_id"), QStringLiteral("O-1")}}}})
                .toJson(QJsonDocument::Compact);
        QProcess *server = sandbox.process();
        std::unique_ptr<QNetworkReply> reply(network.post(request, body));
        bool sent = false;
        connect(reply.get(), &QNetworkReply::requestSent, server, [&sent, server, killAfterMs] {
            sent = true;
            if (killAfterMs >= 0)
                QTimer::singleShot(killAfterMs, server, [server] { server->kill(); });
        });
        QTRY_VERIFY_WITH_TIMEOUT(sent, timeoutMs);
        if (killAfterMs < 0) {
            QVERIFY(QTest::qWaitFor([&] { return eventsVisible() || reply->isFinished(); }, timeoutMs));
            server->kill();
        }
        QTRY_COMPARE_WITH_TIMEOUT(server->state(), QProcess::NotRunning, timeoutMs);
        QCOMPARE(server->exitStatus(), QProcess::CrashExit);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), timeoutMs);
        ++m_kills;

        // The file as the kill left it.
        Stored stored = readStored(sandbox.dbPath());
        QString why;
        QVERIFY2(allWholeOrAbsent(stored, &why), qPrintable(why));
        QVERIFY(stored.deliveriesByEvent.size() <= 1);
        const bool whole = stored.deliveriesByEvent.size() == 1;
        whole ? ++m_whole : ++m_absent;
        // An answer came only after the commit: the event it names is whole.
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 0) {
            ++m_answered;
            QCOMPARE(status, 202);
            const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
            QVERIFY(stored.deliveriesByEvent.contains(answer.value(QStringLiteral("event_id")).toString()));
            QCOMPARE(answer.value(QStringLiteral("deliveries")).toInt(), matching);
        }
        qInfo("kill %s: event %s, answer %d", QTest::currentDataTag(), whole ? "whole" : "absent", status);

        // A restart neither completes nor removes anything, and publishing again (the publisher
        // got no answer) makes one more whole event; its 202 comes after the commit.
        QVERIFY(sandbox.restart(serveArgs()));
        const QSet<QString> before(stored.deliveriesByEvent.keyBegin(), stored.deliveriesByEvent.keyEnd());
        stored = readStored(sandbox.dbPath());
        QVERIFY2(allWholeOrAbsent(stored, &why), qPrintable(why));
        QCOMPARE(QSet<QString>(stored.deliveriesByEvent.keyBegin(), stored.deliveriesByEvent.keyEnd()), before);
        SandboxHttp http(sandbox.baseUrl());
        const SandboxReply again = http.post(QStringLiteral("/api/v1/events"), sandbox.apiKey(), body);
        QCOMPARE(again.status, 202);
        QCOMPARE(again.json().object().value(QStringLiteral("deliveries")).toInt(), matching);
        stored = readStored(sandbox.dbPath());
        QVERIFY2(allWholeOrAbsent(stored, &why), qPrintable(why));
        QVERIFY(stored.deliveriesByEvent.contains(again.json().object().value(QStringLiteral("event_id")).toString()));
        QCOMPARE(stored.deliveriesByEvent.size(), before.size() + 1);
    }

    void failedDeliveryWriteStoresNoEvent()
    {
        QTemporaryDir dir;
        SandboxDatabase database;
        QString error;
        QVERIFY2(database.open(dir.filePath(QStringLiteral("s.sqlite")), &error), qPrintable(error));
        SubscriptionStore subscriptions(database);
        DeliveryStore deliveries(database);
        FakeClock clock;
        clock.setUtcStart(QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC));
        EventPublisher publisher(database, subscriptions, deliveries, clock, DeliverySchedule{}, nullptr);
        const StoreResult<StoredSubscription> gone = subscriptions.create(
            1, QStringLiteral("https://partner.example/hook"), QStringLiteral("gone"), true, {eventType}, 0);
        QVERIFY(gone);
        QCOMPARE(subscriptions.remove(1, gone->id).value(), true);
        // The event row is written first; the delivery to a deleted subscription breaks its foreign key.
        const EventPublisher::Published failed = publisher.sendTest(*gone);
        QVERIFY(!failed.ok());
        QVERIFY(failed.eventId.isEmpty());
        QSqlQuery count(database.db());
        QVERIFY(count.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM events) + (SELECT COUNT(*) FROM deliveries)")));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 0);
        // The connection is usable afterwards: the next event is stored whole.
        const StoreResult<StoredSubscription> live = subscriptions.create(
            1, QStringLiteral("https://partner.example/live"), QStringLiteral("live"), true, {eventType}, 0);
        QVERIFY(live);
        const EventPublisher::Published published = publisher.publish(1, eventType, QJsonObject());
        QVERIFY2(published.ok(), qPrintable(published.error));
        QCOMPARE(published.deliveryIds.size(), qsizetype(1));
        QCOMPARE(deliveries.get(published.deliveryIds.first())->value().eventId, published.eventId);
    }

    void cleanupTestCase()
    {
        if (m_kills > 0)
            qInfo("%d kills during a %d-subscriber fan-out: %d events whole, %d absent, %d answered before the kill",
                  m_kills, matching, m_whole, m_absent, m_answered);
    }
};

QTEST_GUILESS_MAIN(TestEventPublisher)
#include "tst_eventpublisher.moc"
