// EventCatalogue: the default marketplace catalogue and catalogue files.
#include "kit/SandboxProcess.h"
#include "kit/SandboxHttp.h"
#include "sandbox/EventCatalogue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QtTest>

class TestEventCatalogue : public QObject
{
    Q_OBJECT

private:
    static QString writeFile(QTemporaryDir &dir, const QByteArray &content)
    {
        const QString path = dir.filePath(QStringLiteral("types.json"));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(content);
        return path;
    }

private Q_SLOTS:
    void defaultsAreAMarketplaceCatalogue()
    {
        const EventCatalogue catalogue = EventCatalogue::defaults();
        QVERIFY(catalogue.types().size() >= 10);
        for (const char *event : {"order_items.shipped", "order_items.cancelled", "order_items.returned",
                                  "orders.created", "products.updated"})
            QVERIFY2(catalogue.contains(QLatin1String(event)), event);
        for (const EventType &type : catalogue.types()) {
            QVERIFY(!type.description.isEmpty());
            QVERIFY(type.event.size() <= 255);
        }
        QVERIFY(!catalogue.contains(EventCatalogue::testEventType()));
        QVERIFY(EventCatalogue::exampleMessage(QStringLiteral("order_items.shipped"), 3)
                    .contains(QStringLiteral("tracking_number")));
    }

    void loadsAFile()
    {
        QTemporaryDir dir;
        EventCatalogue catalogue = EventCatalogue::defaults();
        QString error;
        QVERIFY(catalogue.loadFromFile(
            writeFile(dir, R"([{"event":"invoices.created","description":"An invoice was issued."}])"), &error));
        QCOMPARE(catalogue.types().size(), 1);
        QVERIFY(catalogue.contains(QStringLiteral("invoices.created")));
        QVERIFY(!catalogue.contains(QStringLiteral("orders.created")));
    }

    void rejectsBadFilesAndKeepsTheCatalogue_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not JSON") << QByteArray("events: yes");
        QTest::newRow("an object") << QByteArray(R"({"event":"x"})");
        QTest::newRow("no name") << QByteArray(R"([{"description":"x"}])");
        QTest::newRow("name too long") << QByteArray("[{\"event\":\"" + QByteArray(256, 'e') + "\"}]");
    }
    void rejectsBadFilesAndKeepsTheCatalogue()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        EventCatalogue catalogue = EventCatalogue::defaults();
        const qsizetype before = catalogue.types().size();
        QString error;
        QVERIFY(!catalogue.loadFromFile(writeFile(dir, content), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(catalogue.types().size(), before);
        QVERIFY(!catalogue.loadFromFile(dir.filePath(QStringLiteral("missing.json")), &error));
    }

    void theSandboxServesACatalogueFile()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, R"([{"event":"invoices.created","description":"An invoice was issued."}])");
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--event-types"), path, QStringLiteral("--quiet")}));
        SandboxHttp http(sandbox.baseUrl());
        const QJsonArray types = http.get(QStringLiteral("/api/v1/webhooks/types"), sandbox.apiKey()).json().array();
        QCOMPARE(types.size(), 1);
        QCOMPARE(types[0].toObject().value(QStringLiteral("event")).toString(), QStringLiteral("invoices.created"));
        QCOMPARE(http.post(QStringLiteral("/api/v1/webhooks/"), sandbox.apiKey(),
                           R"({"url":"https:\/\/i.example","events":["orders.created"]})")
                     .status,
                 422);
        QCOMPARE(http.post(QStringLiteral("/api/v1/webhooks/"), sandbox.apiKey(),
                           R"({"url":"https:\/\/i.example","events":["invoices.created"]})")
                     .status,
                 200);
    }
};

QTEST_GUILESS_MAIN(TestEventCatalogue)
#include "tst_eventcatalogue.moc"
