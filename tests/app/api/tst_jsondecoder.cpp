// JsonDecoder: tolerant where the contract is loose, a clear MalformedBody error for anything that
// is not the documented shape, and no crash on hostile input (random bytes, mutations, deep nesting).

#include "api/JsonDecoder.h"

#include <QRandomGenerator>
#include <QTest>

class TestJsonDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullSubscription();
    void looseSubscription();
    void documentedAnswersLeaveEventsUnknown();
    void timestamps_data();
    void timestamps();
    void wrongShapesAreClearErrors_data();
    void wrongShapesAreClearErrors();
    void lists();
    void eventTypes();
    void createdSubscription();
    void deliveries();
    void errorBodies();
    void hostileInputNeverCrashes();
};

// Definitions outside the class body: moc 6.4 mis-parses raw strings containing // inside it.
void TestJsonDecoder::fullSubscription()
{
    const auto r = JsonDecoder::subscription(R"({"id": 7, "url": "https://example.com/h", "description": "Orders",
        "enabled": false, "created_at": "2026-11-27T16:08:00Z", "events": ["order.created"],
        "last_delivery_at": "2026-11-27T17:00:00.250Z", "last_delivery_status": "retrying",
        "failing_since": "2026-11-27T16:30:00Z", "pending_retries": 3, "next_retry_at": null,
        "something_new": {"x": 1}})");
    QVERIFY2(r.ok(), qPrintable(r.error.detail));
    QCOMPARE(r->id, std::optional<qint64>(7));
    QCOMPARE(r->url, QStringLiteral("https://example.com/h"));
    QCOMPARE(r->description, std::optional<QString>(QStringLiteral("Orders")));
    QCOMPARE(r->enabled, false);
    QCOMPARE(r->createdAt, QDateTime(QDate(2026, 11, 27), QTime(16, 8), Qt::UTC));
    QCOMPARE(r->events, std::optional<QStringList>(QStringList{QStringLiteral("order.created")}));
    QVERIFY(r->health);
    QCOMPARE(r->health->lastDeliveryStatus, QStringLiteral("retrying"));
    QCOMPARE(r->health->lastDeliveryAt, QDateTime(QDate(2026, 11, 27), QTime(17, 0, 0, 250), Qt::UTC));
    QCOMPARE(r->health->pendingRetries, 3);
    QVERIFY(r->health->isFailing());
    QVERIFY(!r->health->nextRetryAt.isValid());
}

void TestJsonDecoder::looseSubscription()
{
    // id null, description null, enabled missing (= true), no events, no summary.
    auto r = JsonDecoder::subscription(
        R"({"id": null, "url": "https://a", "description": null, "created_at": "2026-11-27T16:08:00+01:00"})");
    QVERIFY(r.ok());
    QVERIFY(!r->id);
    QVERIFY(!r->isEditable());
    QVERIFY(!r->description);
    QVERIFY(r->enabled);
    QVERIFY(!r->events);
    QVERIFY(!r->health);
    QCOMPARE(r->createdAt, QDateTime(QDate(2026, 11, 27), QTime(15, 8), Qt::UTC));
    // id missing entirely, created_at missing: still shown.
    r = JsonDecoder::subscription(R"({"url": "https://a"})");
    QVERIFY(r.ok());
    QVERIFY(!r->id);
    QVERIFY(!r->createdAt.isValid());
    // An id sent as a decimal string is read.
    r = JsonDecoder::subscription(R"({"id": "12", "url": "https://a"})");
    QVERIFY(r.ok());
    QCOMPARE(*r->id, 12);
    r = JsonDecoder::subscription(R"({"id": 12, "url": "https://a", "events": []})");
    QCOMPARE(r->events, std::optional<QStringList>(QStringList{}));
}

void TestJsonDecoder::documentedAnswersLeaveEventsUnknown()
{
    // The vendor's answers (GET, PATCH, POST, list) carry no "events": unknown, never "none".
    const auto one = JsonDecoder::subscription(
        R"({"url": "https://a", "id": 3, "description": null, "enabled": true, "created_at": "2026-11-27T16:08:00Z"})");
    QVERIFY(one.ok());
    QVERIFY(!one->events.has_value());
    const auto created = JsonDecoder::createdSubscription(
        R"({"url": "https://a", "id": 3, "created_at": "2026-11-27T16:08:00Z", "client_secret": "whsec_x"})");
    QVERIFY(created.ok());
    QVERIFY(!created->subscription.events.has_value());
    const QByteArray list = R"([{"url": "https://a", "id": 1}, {"url": "https://b", "id": 2, "events": []},
                                {"url": "https://c", "id": 3, "events": null}])";
    for (const auto &decoded : {JsonDecoder::subscriptionList(list), JsonDecoder::subscriptionListFromDocument(list)}) {
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->size(), 3);
        QVERIFY(!decoded->at(0).events.has_value());
        QCOMPARE(decoded->at(1).events, std::optional<QStringList>(QStringList{}));
        QVERIFY(!decoded->at(2).events.has_value());
        QVERIFY(decoded->at(0) != decoded->at(1));
    }
}

void TestJsonDecoder::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime base(QDate(2026, 11, 27), QTime(16, 8, 0), Qt::UTC);
    QTest::newRow("Z") << QStringLiteral("2026-11-27T16:08:00Z") << base;
    QTest::newRow("millis") << QStringLiteral("2026-11-27T16:08:00.123Z") << base.addMSecs(123);
    QTest::newRow("micros") << QStringLiteral("2026-11-27T16:08:00.123456Z") << base.addMSecs(123);
    QTest::newRow("one digit") << QStringLiteral("2026-11-27T16:08:00.5Z") << base.addMSecs(500);
    QTest::newRow("lower case") << QStringLiteral("2026-11-27t16:08:00z") << base;
    QTest::newRow("space") << QStringLiteral("2026-11-27 16:08:00Z") << base;
    QTest::newRow("offset") << QStringLiteral("2026-11-27T17:08:00+01:00") << base;
    QTest::newRow("negative offset") << QStringLiteral("2026-11-27T11:08:00-05:00") << base;
    QTest::newRow("-00:00") << QStringLiteral("2026-11-27T16:08:00-00:00") << base;
    QTest::newRow("naive = UTC") << QStringLiteral("2026-11-27T16:08:00") << base;
    QTest::newRow("leap second") << QStringLiteral("2016-12-31T23:59:60Z")
                                 << QDateTime(QDate(2016, 12, 31), QTime(23, 59, 59), Qt::UTC);
    QTest::newRow("garbage") << QStringLiteral("yesterday") << QDateTime();
    QTest::newRow("bad month") << QStringLiteral("2026-13-27T16:08:00Z") << QDateTime();
    QTest::newRow("bad offset") << QStringLiteral("2026-11-27T16:08:00+25:00") << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
}

void TestJsonDecoder::timestamps()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    QCOMPARE(JsonDecoder::parseTimestamp(text), expected);
}

void TestJsonDecoder::wrongShapesAreClearErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("no url") << QByteArray(R"({"id": 1})");
    QTest::newRow("url number") << QByteArray(R"({"url": 5})");
    QTest::newRow("id fraction") << QByteArray(R"({"id": 1.5, "url": "x"})");
    QTest::newRow("id huge") << QByteArray(R"({"id": 1e300, "url": "x"})");
    QTest::newRow("id object") << QByteArray(R"({"id": {}, "url": "x"})");
    QTest::newRow("enabled string") << QByteArray(R"({"url": "x", "enabled": "yes"})");
    QTest::newRow("description number") << QByteArray(R"({"url": "x", "description": 3})");
    QTest::newRow("events string") << QByteArray(R"({"url": "x", "events": "a"})");
    QTest::newRow("events numbers") << QByteArray(R"({"url": "x", "events": [1]})");
    QTest::newRow("created_at bad") << QByteArray(R"({"url": "x", "created_at": "soon"})");
    QTest::newRow("pending_retries text") << QByteArray(R"({"url": "x", "pending_retries": "many"})");
    QTest::newRow("truncated") << QByteArray(R"({"url": "x", "id": 1)");
}

void TestJsonDecoder::wrongShapesAreClearErrors()
{
    QFETCH(QByteArray, body);
    const auto r = JsonDecoder::subscription(body);
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, ApiError::Kind::MalformedBody);
    QVERIFY(!r.error.detail.isEmpty());
    QVERIFY(!r.error.message().isEmpty());
}

void TestJsonDecoder::lists()
{
    auto r = JsonDecoder::subscriptionList(R"([{"id": 1, "url": "a"}, {"id": null, "url": "b"}])");
    QVERIFY(r.ok());
    QCOMPARE(r->size(), 2);
    r = JsonDecoder::subscriptionList(R"({"items": [{"id": 1, "url": "a"}], "total": 1})");
    QVERIFY(r.ok());
    QCOMPARE(r->size(), 1);
    r = JsonDecoder::subscriptionList(R"([{"id": 1, "url": "a"}, 7])");
    QVERIFY(!r.ok());
    QVERIFY(r.error.detail.contains(QStringLiteral("2")));
    r = JsonDecoder::subscriptionList(R"({"id": 1})");
    QVERIFY(!r.ok());
    QVERIFY(JsonDecoder::subscriptionList("[]").ok());
}

void TestJsonDecoder::eventTypes()
{
    auto r = JsonDecoder::eventTypes(
        R"([{"event": "order.created", "description": "An order", "x": 1}, {"event": "b", "description": null}])");
    QVERIFY(r.ok());
    QCOMPARE(r->size(), 2);
    QCOMPARE(r->at(0), (EventType{QStringLiteral("order.created"), QStringLiteral("An order")}));
    QVERIFY(!JsonDecoder::eventTypes(R"([{"description": "no name"}])").ok());
    QVERIFY(!JsonDecoder::eventTypes(R"("types")").ok());
}

void TestJsonDecoder::createdSubscription()
{
    auto r = JsonDecoder::createdSubscription(
        R"({"id": 3, "url": "https://a", "created_at": "2026-11-27T16:08:00Z", "client_secret": "whsec_x"})");
    QVERIFY(r.ok());
    QCOMPARE(r->clientSecret, QStringLiteral("whsec_x"));
    QCOMPARE(*r->subscription.id, 3);
    r = JsonDecoder::createdSubscription(R"({"id": 3, "url": "https://a"})");
    QVERIFY(!r.ok());
    QVERIFY(r.error.detail.contains(QStringLiteral("client_secret")));
}

void TestJsonDecoder::deliveries()
{
    const QByteArray item =
        R"({"id": 9, "event_id": "evt_1", "event": "order.created", "created_at": "2026-11-27T16:08:00Z",
        "status": "retrying", "attempt_count": 2, "max_attempts": 49, "last_status_code": 500, "last_error": null,
        "next_attempt_at": "2026-11-27T17:08:00Z", "gives_up_at": "2026-11-29T16:08:00Z", "payload": {"a": 1}})";
    auto page = JsonDecoder::deliveryPage("{\"items\": [" + item + "], \"total\": 12, \"limit\": 1, \"offset\": 3}");
    QVERIFY2(page.ok(), qPrintable(page.error.detail));
    QCOMPARE(page->items.size(), 1);
    QCOMPARE(page->total, 12);
    QCOMPARE(page->offset, 3);
    const Delivery &d = page->items.first();
    QCOMPARE(d.id, 9);
    QCOMPARE(d.status, QStringLiteral("retrying"));
    QCOMPARE(d.lastStatusCode, std::optional<int>(500));
    QVERIFY(d.lastError.isEmpty());
    QCOMPARE(d.payload.value(QStringLiteral("a")).toInt(), 1);
    QVERIFY(d.attempts.isEmpty());

    QByteArray detail = item;
    detail.chop(1);
    detail += R"(, "attempts": [{"number": 1, "at": "2026-11-27T16:08:01Z", "status_code": 500, "duration_ms": 12,
        "response_excerpt": "oops", "error": null}, {"number": 2, "at": "2026-11-27T17:08:01Z", "status_code": null,
        "duration_ms": 10000, "response_excerpt": null, "error": "timeout"}]})";
    auto one = JsonDecoder::delivery(detail);
    QVERIFY2(one.ok(), qPrintable(one.error.detail));
    QCOMPARE(one->attempts.size(), 2);
    QCOMPARE(one->attempts[0].statusCode, std::optional<int>(500));
    QCOMPARE(one->attempts[1].error, QStringLiteral("timeout"));
    QVERIFY(!one->attempts[1].statusCode);

    QVERIFY(!JsonDecoder::delivery(R"({"event": "x"})").ok());
    QVERIFY(!JsonDecoder::delivery(R"({"id": 1, "attempts": {}})").ok());
    QCOMPARE(*JsonDecoder::testEventDeliveryId(R"({"delivery_id": 44})"), 44);
    QVERIFY(!JsonDecoder::testEventDeliveryId(R"({"id": 44})").ok());
}

void TestJsonDecoder::errorBodies()
{
    auto e = JsonDecoder::errorBody(
        R"({"detail":[{"loc":["body","url"],"msg":"URL scheme should be 'http' or 'https'","type":"url_scheme"},
        {"loc":["body","description"],"msg":"String should have at most 1000 characters","type":"string_too_long"}]})");
    QCOMPARE(e.fieldErrors.size(), 2);
    QCOMPARE(e.fieldErrors.value(QStringLiteral("url")), QStringLiteral("URL scheme should be 'http' or 'https'"));
    QVERIFY(e.detail.contains(QStringLiteral("description")));
    e = JsonDecoder::errorBody(R"({"detail":"Not Found"})");
    QCOMPARE(e.detail, QStringLiteral("Not Found"));
    QVERIFY(e.fieldErrors.isEmpty());
    e = JsonDecoder::errorBody("<html><body>Bad Gateway</body></html>");
    QVERIFY(e.detail.contains(QStringLiteral("Bad Gateway")));
    e = JsonDecoder::errorBody(R"({"detail":[{"loc":["body"],"msg":"Expecting value"}]})");
    QCOMPARE(e.fieldErrors.value(QStringLiteral("body")), QStringLiteral("Expecting value"));
    e = JsonDecoder::errorBody(R"({"detail":[1, null, {"loc": 5, "msg": 3}]})");
    QVERIFY(e.fieldErrors.isEmpty());
}

// Hostile input: nothing may crash, everything yields ok or a MalformedBody error.
void TestJsonDecoder::hostileInputNeverCrashes()
{
    const QList<QByteArray> seeds{
        R"({"id": 7, "url": "https://example.com/h", "description": "d", "enabled": true, "created_at": "2026-11-27T16:08:00Z", "events": ["a"], "pending_retries": 2})",
        R"([{"event": "a", "description": "b"}])",
        R"({"items": [{"id": 1, "event_id": "e", "status": "failed", "attempts": [{"number": 1}]}], "total": 1})",
        R"({"detail":[{"loc":["body","url"],"msg":"x"}]})",
    };
    QRandomGenerator rng(12345);
    const char alphabet[] = "{}[]\":,0123456789.eE-+truefalsnl \\u00zZT";
    for (int i = 0; i < 20000; ++i) {
        QByteArray body = seeds.at(i % seeds.size());
        const int mutations = 1 + int(rng.bounded(6));
        for (int m = 0; m < mutations && !body.isEmpty(); ++m) {
            const int at = int(rng.bounded(int(body.size())));
            switch (rng.bounded(4)) {
            case 0:
                body[at] = alphabet[rng.bounded(int(sizeof(alphabet) - 1))];
                break;
            case 1:
                body.remove(at, 1 + int(rng.bounded(8)));
                break;
            case 2:
                body.insert(at, alphabet[rng.bounded(int(sizeof(alphabet) - 1))]);
                break;
            default:
                body[at] = char(rng.bounded(256));
                break;
            }
        }
        for (const auto &r : {JsonDecoder::subscription(body).error, JsonDecoder::subscriptionList(body).error,
                              JsonDecoder::eventTypes(body).error, JsonDecoder::createdSubscription(body).error,
                              JsonDecoder::delivery(body).error, JsonDecoder::deliveryPage(body).error,
                              JsonDecoder::testEventDeliveryId(body).error}) {
            QVERIFY(r.kind == ApiError::Kind::None || r.kind == ApiError::Kind::MalformedBody);
        }
        JsonDecoder::errorBody(body);
    }
    // Deep nesting and large numbers.
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    QVERIFY(!JsonDecoder::subscriptionList(deep).ok());
    QVERIFY(!JsonDecoder::subscription(R"({"id": -1e309, "url": "x"})").ok());
    QVERIFY(!JsonDecoder::subscription(QByteArray("{\"url\":\"x\",\"created_at\":\"") + QByteArray(100000, '2') + "\"}")
                 .ok());
}

QTEST_GUILESS_MAIN(TestJsonDecoder)
#include "tst_jsondecoder.moc"
