// SubscriptionListReader, the fast path of JsonDecoder::subscriptionList: whenever it accepts a body
// its list equals the QJsonDocument path's, and JsonDecoder::subscriptionList (fast path + fallback)
// gives exactly what the QJsonDocument path gives (values and errors) on every input. Hand cases
// for the JSON and RFC 3339 corners, then randomized differential runs (fixed seeds).

#include "api/JsonDecoder.h"
#include "api/SubscriptionListReader.h"

#include <QRandomGenerator>
#include <QTest>

#include <cctype>

namespace {

// Equality plus what == does not see: the time spec of every time (== compares instants only).
QString timeDifference(const char *what, const QDateTime &a, const QDateTime &b)
{
    if (a.isValid() != b.isValid()
        || (a.isValid() && (a.toMSecsSinceEpoch() != b.toMSecsSinceEpoch() || a.timeSpec() != b.timeSpec())))
        return QStringLiteral("%1: %2 vs %3")
            .arg(QLatin1String(what), a.toString(Qt::ISODateWithMs), b.toString(Qt::ISODateWithMs));
    return {};
}

QString listDifference(const SubscriptionList &a, const SubscriptionList &b)
{
    if (a.size() != b.size())
        return QStringLiteral("sizes %1 vs %2").arg(a.size()).arg(b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        const Subscription &x = a.at(i);
        const Subscription &y = b.at(i);
        QString d = timeDifference("created_at", x.createdAt, y.createdAt);
        if (d.isEmpty() && x.health && y.health) {
            d = timeDifference("last_delivery_at", x.health->lastDeliveryAt, y.health->lastDeliveryAt);
            if (d.isEmpty())
                d = timeDifference("failing_since", x.health->failingSince, y.health->failingSince);
            if (d.isEmpty())
                d = timeDifference("next_retry_at", x.health->nextRetryAt, y.health->nextRetryAt);
            if (d.isEmpty())
                d = timeDifference("gives_up_at", x.health->givesUpAt, y.health->givesUpAt);
        }
        if (d.isEmpty() && !(x == y))
            d = QStringLiteral("values differ (url %1 vs %2)").arg(x.url, y.url);
        if (!d.isEmpty())
            return QStringLiteral("entry %1: %2").arg(i).arg(d);
    }
    return {};
}

// The whole contract on one body. Returns "" or what went wrong; *handled tells whether the fast
// path took the body.
QString check(const QByteArray &body, bool *handled = nullptr)
{
    const auto fast = SubscriptionListReader::read(body);
    if (handled)
        *handled = fast.has_value();
    const auto reference = JsonDecoder::subscriptionListFromDocument(body);
    if (fast) {
        if (!reference.ok())
            return QStringLiteral("fast path accepted, QJsonDocument path failed: ") + reference.error.message();
        const QString d = listDifference(*fast, *reference);
        if (!d.isEmpty())
            return QStringLiteral("fast path differs: ") + d;
    }
    const auto decoded = JsonDecoder::subscriptionList(body);
    if (decoded.ok() != reference.ok())
        return QStringLiteral("subscriptionList ok=%1, reference ok=%2")
            .arg(int(decoded.ok()))
            .arg(int(reference.ok()));
    if (!decoded.ok()) {
        if (!(decoded.error == reference.error))
            return QStringLiteral("errors differ: %1 | %2").arg(decoded.error.message(), reference.error.message());
        return {};
    }
    const QString d = listDifference(*decoded, *reference);
    return d.isEmpty() ? QString() : QStringLiteral("subscriptionList differs: ") + d;
}

QByteArray one(const QByteArray &fields)
{
    return "[{" + fields + "}]";
}

}  // namespace

class TestSubscriptionListReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typicalList();
    void eventsAbsentIsNotEmpty();
    void handCases_data();
    void handCases();
    void strings();
    void numbers();
    void duplicateKeys();
    void timestamps_data();
    void timestamps();
    void timestampsAgainstPattern();
    void deepNesting();
    void longLists();
    void randomBodiesAgainstDocument();
    void mutatedBodiesAgainstDocument();
};

void TestSubscriptionListReader::typicalList()
{
    const QByteArray body =
        R"j([{"id":1,"url":"https://a.example/h?x=1","description":"Orders (EU)","enabled":true,)j"
        R"j("created_at":"2025-03-04T05:06:07.089Z","events":["order.created","order.paid"],)j"
        R"j("last_delivery_at":"2026-11-27T15:59:59.999Z","last_delivery_status":"delivered",)j"
        R"j("failing_since":null,"pending_retries":0,"next_retry_at":null},)j"
        R"j({"id":2,"url":"https://b.example/","description":null,"enabled":false,)j"
        R"j("created_at":"2025-03-04T05:06:07.000Z","events":["order.created","order.paid"],)j"
        R"j("last_delivery_at":"2026-11-27T15:50:00.000Z","last_delivery_status":"retrying",)j"
        R"j("failing_since":"2026-11-26T10:00:00.000Z","pending_retries":3,"next_retry_at":"2026-11-27T16:30:00.000Z",)j"
        R"j("gives_up_at":"2026-11-28T10:00:00.000Z"}])j";
    const auto list = SubscriptionListReader::read(body);
    QVERIFY(list);
    QCOMPARE(list->size(), 2);
    const Subscription &a = list->at(0);
    QCOMPARE(a.id, std::optional<qint64>(1));
    QCOMPARE(a.url, QStringLiteral("https://a.example/h?x=1"));
    QCOMPARE(a.description, std::optional<QString>(QStringLiteral("Orders (EU)")));
    QVERIFY(a.enabled);
    QCOMPARE(a.createdAt, QDateTime(QDate(2025, 3, 4), QTime(5, 6, 7, 89), Qt::UTC));
    QCOMPARE(a.createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(a.events, std::optional<QStringList>({QStringLiteral("order.created"), QStringLiteral("order.paid")}));
    QVERIFY(a.health);
    QCOMPARE(a.health->lastDeliveryStatus, QStringLiteral("delivered"));
    QVERIFY(!a.health->isFailing());
    const Subscription &b = list->at(1);
    QVERIFY(!b.description);
    QVERIFY(!b.enabled);
    QCOMPARE(b.health->pendingRetries, 3);
    QCOMPARE(b.health->failingSince, QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
    QCOMPARE(b.health->givesUpAt, QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC));
    QVERIFY(!a.health->givesUpAt.isValid());
    QCOMPARE(b.events, a.events);
    QCOMPARE(check(body), QString());
}

void TestSubscriptionListReader::eventsAbsentIsNotEmpty()
{
    // The vendor's list never sends "events": that must read as unknown, not as "no events".
    const QByteArray body = R"j([{"id":1,"url":"u"},{"id":2,"url":"u","events":[]},{"id":3,"url":"u","events":null}])j";
    const auto list = SubscriptionListReader::read(body);
    QVERIFY(list);
    QCOMPARE(list->size(), 3);
    QVERIFY(!list->at(0).events.has_value());
    QCOMPARE(list->at(1).events, std::optional<QStringList>(QStringList{}));
    QVERIFY(!list->at(2).events.has_value());
    QCOMPARE(check(body), QString());
}

void TestSubscriptionListReader::handCases_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("fast");  // whether the fast path is expected to take it

    // Shapes.
    QTest::newRow("empty list") << QByteArray("[]") << true;
    QTest::newRow("empty list, spaces") << QByteArray(" \t\r\n[ \n ] \r\n") << true;
    QTest::newRow("items form") << QByteArray(R"({"total": 1, "items": [{"url": "u"}], "next": {"a": [1, 2]}})")
                                << true;
    QTest::newRow("items form, empty") << QByteArray(R"({"items": []})") << true;
    QTest::newRow("items form, items last of two") << QByteArray(R"({"items": 5, "items": [{"url": "u"}]})") << true;
    QTest::newRow("items form, non-list items last")
        << QByteArray(R"({"items": [{"url": "u"}], "items": {}})") << false;
    QTest::newRow("object without items") << QByteArray(R"({"url": "u"})") << false;
    QTest::newRow("empty object") << QByteArray("{}") << false;
    QTest::newRow("scalar top level") << QByteArray("1") << false;
    QTest::newRow("string top level") << QByteArray(R"("x")") << false;
    QTest::newRow("empty body") << QByteArray() << false;
    QTest::newRow("blank body") << QByteArray(" \n ") << false;
    QTest::newRow("entry not an object") << QByteArray(R"([{"url": "u"}, 3])") << false;
    QTest::newRow("trailing garbage") << QByteArray("[] x") << false;
    QTest::newRow("trailing NUL") << QByteArray("[]\0", 3) << false;
    QTest::newRow("trailing vertical tab") << QByteArray("[]\v") << false;
    QTest::newRow("two documents") << QByteArray("[][]") << false;
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF[]") << false;  // Qt skips it; left to Qt
    QTest::newRow("unterminated") << QByteArray(R"([{"url": "u"})") << false;
    QTest::newRow("trailing comma") << QByteArray(R"([{"url": "u"},])") << false;
    QTest::newRow("trailing comma in object") << QByteArray(R"([{"url": "u",}])") << false;
    QTest::newRow("missing colon") << QByteArray(R"([{"url" "u"}])") << false;
    QTest::newRow("single quotes") << QByteArray("[{'url': 'u'}]") << false;

    // Loose fields.
    QTest::newRow("only url") << one(R"("url": "u")") << true;
    QTest::newRow("no url") << one(R"("id": 1)") << false;
    QTest::newRow("url null") << one(R"("url": null)") << false;
    QTest::newRow("url number") << one(R"("url": 5)") << false;
    QTest::newRow("all null") << one(R"("id": null, "url": "u", "description": null, "enabled": null,
        "created_at": null, "events": null, "last_delivery_at": null, "last_delivery_status": null,
        "failing_since": null, "pending_retries": null, "next_retry_at": null)")
                              << true;
    QTest::newRow("one health key") << one(R"("url": "u", "next_retry_at": null)") << true;
    QTest::newRow("negative pending") << one(R"("url": "u", "pending_retries": -5)") << true;
    QTest::newRow("huge pending") << one(R"("url": "u", "pending_retries": 9000000000000)") << true;
    QTest::newRow("pending as text") << one(R"("url": "u", "pending_retries": " 4 ")") << true;
    QTest::newRow("pending bool") << one(R"("url": "u", "pending_retries": true)") << false;
    QTest::newRow("status number") << one(R"("url": "u", "last_delivery_status": 1)") << false;
    QTest::newRow("enabled false") << one(R"("url": "u", "enabled": false)") << true;
    QTest::newRow("enabled text") << one(R"("url": "u", "enabled": "yes")") << false;
    QTest::newRow("enabled number") << one(R"("url": "u", "enabled": 1)") << false;
    QTest::newRow("description number") << one(R"("url": "u", "description": 2)") << false;
    QTest::newRow("events empty") << one(R"("url": "u", "events": [])") << true;
    QTest::newRow("events spaced") << one(R"("url": "u", "events": [ "a" , "b" ])") << true;
    QTest::newRow("events with null") << one(R"("url": "u", "events": ["a", null])") << false;
    QTest::newRow("events object") << one(R"("url": "u", "events": {})") << false;
    QTest::newRow("created_at number") << one(R"("url": "u", "created_at": 17)") << false;
    QTest::newRow("created_at bad") << one(R"("url": "u", "created_at": "yesterday")") << false;
    QTest::newRow("unknown nested") << one(R"("url": "u", "x": {"a": [1, {"b": [true, false, null, "s\n"]}], "c": {}},
        "y": [[], [[]], {}], "z": -1.5e-3)")
                                    << true;
    QTest::newRow("client_secret ignored") << one(R"("url": "u", "client_secret": "s")") << true;
}

void TestSubscriptionListReader::handCases()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, fast);
    bool handled = false;
    QCOMPARE(check(body, &handled), QString());
    QCOMPARE(handled, fast);
}

void TestSubscriptionListReader::strings()
{
    struct Case
    {
        QByteArray json;  // the url value as written
        QString expected;
        bool fast;
    };
    const Case cases[] = {
        {R"("a\"b\\c\/d\be\ff\ng\rh\ti")", QStringLiteral("a\"b\\c/d\be\ff\ng\rh\ti"), true},
        {R"("\u0041\u00e9\u20AC")", QString::fromUtf8("A\xC3\xA9\xE2\x82\xAC"), true},
        {R"("\ud83d\ude00")", QString::fromUtf8("\xF0\x9F\x98\x80"), true},
        {R"("\ud800x")", QString(QChar(0xD800)) + QLatin1Char('x'), true},  // lone surrogate kept, like Qt
        {R"("\udc00")", QString(QChar(0xDC00)), true},
        {R"("a\u0000b")", QString(QLatin1Char('a')) + QChar(0) + QLatin1Char('b'), true},
        {"\"\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\xF4\x8F\xBF\xBF\"",
         QString::fromUtf8("\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\xF4\x8F\xBF\xBF"), true},
        {"\"\xEF\xBF\xBF\"", QString(QChar(0xFFFF)), true},  // a noncharacter: Qt keeps it too
        {"\"\xC3\xA9\\n\"", QString::fromUtf8("\xC3\xA9\n"), true},
        {R"("0123456789abcdef0123456789abcdef\"0123456789abcdef")",
         QStringLiteral("0123456789abcdef0123456789abcdef\"0123456789abcdef"), true},
        {"\"\xC0\x80\"", {}, false},  // overlong
        {"\"\xED\xA0\x80\"", {}, false},  // surrogate in UTF-8
        {"\"\xF4\x90\x80\x80\"", {}, false},  // above U+10FFFF
        {"\"\xF5\x80\x80\x80\"", {}, false},
        {"\"\xE2\x82\"", {}, false},  // truncated
        {"\"\x80\"", {}, false},  // lone continuation
        {"\"\xFF\"", {}, false},
        {"\"a\tb\"", {}, false},  // raw control character (Qt accepts it: slow path)
        {R"("\a")", {}, false},  // unknown escape (Qt accepts it: slow path)
        {R"("\u12")", {}, false},
        {R"("\u12G4")", {}, false},
        {R"("\)", {}, false},
    };
    for (const Case &c : cases) {
        const QByteArray body = one("\"url\": " + c.json);
        bool handled = false;
        QCOMPARE(check(body, &handled), QString());
        QVERIFY2(handled == c.fast, body.constData());
        if (c.fast)
            QCOMPARE(SubscriptionListReader::read(body)->at(0).url, c.expected);
    }
    // An escaped key could spell a known one: left to the slow path, which reads it as "url".
    bool handled = true;
    QCOMPARE(check(R"([{"\u0075rl": "u"}])", &handled), QString());
    QVERIFY(!handled);
    QVERIFY(JsonDecoder::subscriptionList(R"([{"\u0075rl": "u"}])").ok());
    // Non-ASCII keys are just unknown keys.
    QCOMPARE(check(one("\"url\": \"u\", \"\xC3\xA9t\xC3\xA9\": 1"), &handled), QString());
    QVERIFY(handled);
}

void TestSubscriptionListReader::numbers()
{
    struct Case
    {
        QByteArray id;
        std::optional<qint64> expected;  // nullopt: the fast path declines
    };
    const Case cases[] = {
        {"7", 7},
        {"0", 0},
        {"-0", 0},
        {"-12", -12},
        {"1.0", 1},
        {"1.000e1", 10},
        {"1e2", 100},
        {"1E+2", 100},
        {"100e-2", 1},
        {"9007199254740992", 9007199254740992},
        {"-9007199254740992", -9007199254740992},
        {"9007199254740993", 9007199254740992},  // as a double, like QJsonValue::toDouble()
        {"123456789012345678", std::nullopt},  // fits a qint64, but above 2^53
        {"9007199254740994", std::nullopt},  // above 2^53: an error
        {"7.5", std::nullopt},
        {"1e400", std::nullopt},
        {"01", std::nullopt},
        {"1.", std::nullopt},
        {".5", std::nullopt},
        {"+1", std::nullopt},
        {"-", std::nullopt},
        {"1e", std::nullopt},
        {"0x10", std::nullopt},
        {"\"12\"", 12},
        {"\" 12 \"", 12},
        {"\"+12\"", 12},
        {"\"-0012\"", -12},
        {"\"12a\"", std::nullopt},
        {"\"\"", std::nullopt},
        {"\"99999999999999999999\"", std::nullopt},
        {"true", std::nullopt},
        {"[]", std::nullopt},
    };
    for (const Case &c : cases) {
        const QByteArray body = one("\"id\": " + c.id + ", \"url\": \"u\"");
        bool handled = false;
        QCOMPARE(check(body, &handled), QString());
        QVERIFY2(handled == c.expected.has_value(), body.constData());
        if (c.expected)
            QCOMPARE(SubscriptionListReader::read(body)->at(0).id, c.expected);
    }
    // Numbers in unknown fields only need to be valid JSON that Qt accepts.
    const char *const valid[] = {"0",
                                 "-0",
                                 "-0.0",
                                 "1.5",
                                 "-1.5e-3",
                                 "2E10",
                                 "1e308",
                                 "1e-300",
                                 "0e-999",
                                 "123456789012345678901234567890",
                                 "-9223372036854775808",
                                 "9223372036854775808"};
    for (const char *n : valid) {
        bool handled = false;
        QCOMPARE(check(one(QByteArray("\"url\": \"u\", \"n\": [") + n + "]"), &handled), QString());
        QVERIFY2(handled, n);
    }
    const char *const declined[] = {"1e309", "-1e309", "1e-400", "01", "1.", ".5", "-", "+1", "1e+", "--1", "1.e3"};
    for (const char *n : declined) {
        bool handled = true;
        QCOMPARE(check(one(QByteArray("\"url\": \"u\", \"n\": ") + n), &handled), QString());
        QVERIFY2(!handled, n);
    }
}

void TestSubscriptionListReader::duplicateKeys()
{
    // QJsonObject keeps the last value of a key given twice; so does the fast path.
    const QByteArray bodies[] = {
        one(R"("id": 1, "url": "a", "id": 2, "url": "b")"),
        one(R"("id": 1, "url": "a", "id": null)"),
        one(R"("enabled": false, "url": "a", "enabled": null)"),
        one(R"("enabled": true, "url": "a", "enabled": false)"),
        one(R"("events": ["x"], "url": "a", "events": null)"),
        one(R"("events": null, "url": "a", "events": ["y", "z"])"),
        one(R"("description": "d", "url": "a", "description": null)"),
        one(R"("created_at": "2026-01-01T00:00:00Z", "url": "a", "created_at": null)"),
        one(R"("pending_retries": 3, "url": "a", "pending_retries": null)"),
        one(R"("last_delivery_status": "failed", "url": "a", "last_delivery_status": "delivered")"),
        one(R"("url": "a", "x": 1, "x": {"y": 2})"),
    };
    for (const QByteArray &body : bodies) {
        bool handled = false;
        QCOMPARE(check(body, &handled), QString());
        QVERIFY2(handled, body.constData());
    }
    QCOMPARE(SubscriptionListReader::read(bodies[0])->at(0).id, std::optional<qint64>(2));
    QCOMPARE(SubscriptionListReader::read(bodies[0])->at(0).url, QStringLiteral("b"));
    QVERIFY(SubscriptionListReader::read(bodies[2])->at(0).enabled);
    // A later bad value spoils an earlier good one (the slow path words the error).
    bool handled = true;
    QCOMPARE(check(one(R"("id": 1, "url": "a", "id": "x")"), &handled), QString());
    QVERIFY(!handled);
    QVERIFY(!JsonDecoder::subscriptionList(one(R"("id": 1, "url": "a", "id": "x")")).ok());
}

void TestSubscriptionListReader::timestamps_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QDateTime>("expected");  // invalid: rejected
    const QDateTime base(QDate(2026, 11, 27), QTime(16, 8, 0), Qt::UTC);
    QTest::newRow("Z") << QByteArray("2026-11-27T16:08:00Z") << base;
    QTest::newRow("z, t") << QByteArray("2026-11-27t16:08:00z") << base;
    QTest::newRow("space separator") << QByteArray("2026-11-27 16:08:00Z") << base;
    QTest::newRow("no zone") << QByteArray("2026-11-27T16:08:00") << base;
    QTest::newRow("ms") << QByteArray("2026-11-27T16:08:00.123Z") << base.addMSecs(123);
    QTest::newRow("one digit") << QByteArray("2026-11-27T16:08:00.5Z") << base.addMSecs(500);
    QTest::newRow("comma, 12 digits") << QByteArray("2026-11-27T16:08:00,987654321012Z") << base.addMSecs(987);
    QTest::newRow("13 digits") << QByteArray("2026-11-27T16:08:00.9876543210123Z") << QDateTime();
    QTest::newRow("dot, no digits") << QByteArray("2026-11-27T16:08:00.Z") << QDateTime();
    QTest::newRow("+01:00") << QByteArray("2026-11-27T17:08:00+01:00") << base;
    QTest::newRow("-0530") << QByteArray("2026-11-27T10:38:00-0530") << base;
    QTest::newRow("-00:00") << QByteArray("2026-11-27T16:08:00-00:00") << base;
    QTest::newRow("+23:59") << QByteArray("2026-11-28T16:07:00+23:59") << base;
    QTest::newRow("+24:00") << QByteArray("2026-11-27T16:08:00+24:00") << QDateTime();
    QTest::newRow("+01:60") << QByteArray("2026-11-27T16:08:00+01:60") << QDateTime();
    QTest::newRow("+1:00") << QByteArray("2026-11-27T16:08:00+1:00") << QDateTime();
    QTest::newRow("spaces around") << QByteArray(" \t2026-11-27T16:08:00 Z \r\n") << base;
    QTest::newRow("leap second") << QByteArray("2016-12-31T23:59:60Z")
                                 << QDateTime(QDate(2016, 12, 31), QTime(23, 59, 59), Qt::UTC);
    QTest::newRow("second 61") << QByteArray("2016-12-31T23:59:61Z") << QDateTime();
    QTest::newRow("hour 24") << QByteArray("2026-11-27T24:00:00Z") << QDateTime();
    QTest::newRow("Feb 29 leap") << QByteArray("2024-02-29T00:00:00Z")
                                 << QDateTime(QDate(2024, 2, 29), QTime(0, 0), Qt::UTC);
    QTest::newRow("Feb 29 2100") << QByteArray("2100-02-29T00:00:00Z") << QDateTime();
    QTest::newRow("Feb 29 2000") << QByteArray("2000-02-29T00:00:00Z")
                                 << QDateTime(QDate(2000, 2, 29), QTime(0, 0), Qt::UTC);
    QTest::newRow("Apr 31") << QByteArray("2026-04-31T00:00:00Z") << QDateTime();
    QTest::newRow("month 13") << QByteArray("2026-13-01T00:00:00Z") << QDateTime();
    QTest::newRow("year 0") << QByteArray("0000-01-01T00:00:00Z") << QDateTime();
    QTest::newRow("year 1, east") << QByteArray("0001-01-01T00:30:00+01:00")
                                  << QDateTime(QDate(1, 1, 1), QTime(0, 30), Qt::UTC).addSecs(-3600);
    QTest::newRow("year 9999, west") << QByteArray("9999-12-31T23:30:00-01:00")
                                     << QDateTime(QDate(9999, 12, 31), QTime(23, 30), Qt::UTC).addSecs(3600);
    QTest::newRow("epoch") << QByteArray("1970-01-01T00:00:00Z") << QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    QTest::newRow("before epoch") << QByteArray("1969-12-31T23:59:59.999Z")
                                  << QDateTime::fromMSecsSinceEpoch(-1, Qt::UTC);
    QTest::newRow("date only") << QByteArray("2026-11-27") << QDateTime();
    QTest::newRow("text") << QByteArray("yesterday") << QDateTime();
    QTest::newRow("too long") << QByteArray("2026-11-27T16:08:00Z") + QByteArray(45, ' ') << QDateTime();
    QTest::newRow("64 long") << QByteArray("2026-11-27T16:08:00Z") + QByteArray(44, ' ') << base;
}

void TestSubscriptionListReader::timestamps()
{
    QFETCH(QByteArray, text);
    QFETCH(QDateTime, expected);
    const QDateTime fast = SubscriptionListReader::parseTimestamp(text);
    const QDateTime slow = JsonDecoder::parseTimestamp(QString::fromLatin1(text));
    QCOMPARE(fast.isValid(), expected.isValid());
    QCOMPARE(slow.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(fast, expected);
        QCOMPARE(fast.timeSpec(), Qt::UTC);
        QCOMPARE(fast.toMSecsSinceEpoch(), slow.toMSecsSinceEpoch());
    }
    // And inside a list, raw and escaped (the slow path reads "\u00XX" the same).
    QByteArray escaped;
    for (const char c : text)
        escaped += c == '-' ? QByteArray("\\u002d")
            : c == '\n'     ? QByteArray("\\n")
            : c == '\r'     ? QByteArray("\\r")
            : c == '\t'     ? QByteArray("\\t")
                            : QByteArray(1, c);
    for (const QByteArray &json : {text, escaped}) {
        if (json.contains('\n') || json.contains('\r') || json.contains('\t'))
            continue;  // raw control characters: not strict JSON
        bool handled = false;
        QCOMPARE(check(one("\"url\": \"u\", \"created_at\": \"" + json + "\""), &handled), QString());
        QCOMPARE(handled, expected.isValid());
    }
}

// Random strings near the RFC 3339 shape against JsonDecoder::parseTimestamp's pattern.
void TestSubscriptionListReader::timestampsAgainstPattern()
{
    QRandomGenerator rng(4242);
    const QByteArray alphabet("0123456789-:.,TtZz +-\t\n\v\f\rx");
    const QByteArray templates[] = {"2026-11-27T16:08:00Z", "2026-11-27T16:08:00.123456+01:30",
                                    "0001-01-01 00:00:00-0000", "2024-02-29t23:59:60,5z",
                                    " 9999-12-31T23:59:59.999999999999 -23:59 "};
    int valid = 0;
    for (int i = 0; i < 200000; ++i) {
        QByteArray t = templates[rng.bounded(int(std::size(templates)))];
        const int edits = rng.bounded(4);
        for (int e = 0; e < edits; ++e) {
            const int pos = t.isEmpty() ? 0 : rng.bounded(int(t.size()));
            const char c = alphabet.at(rng.bounded(int(alphabet.size())));
            switch (rng.bounded(4)) {
            case 0:
                if (!t.isEmpty())
                    t[pos] = c;
                break;
            case 1:
                t.insert(pos, c);
                break;
            case 2:
                t.remove(pos, 1);
                break;
            default:
                if (pos < t.size() && std::isdigit(uchar(t.at(pos))))
                    t[pos] = char('0' + rng.bounded(10));
                break;
            }
        }
        const QDateTime fast = SubscriptionListReader::parseTimestamp(t);
        const QDateTime slow = JsonDecoder::parseTimestamp(QString::fromLatin1(t));
        QVERIFY2(fast.isValid() == slow.isValid(), t.constData());
        if (fast.isValid()) {
            ++valid;
            QVERIFY2(fast.toMSecsSinceEpoch() == slow.toMSecsSinceEpoch(), t.constData());
            QCOMPARE(fast.timeSpec(), slow.timeSpec());
        }
    }
    QVERIFY(valid > 10000);  // the generator reaches both sides
}

void TestSubscriptionListReader::deepNesting()
{
    for (int depth : {10, 150, 197, 198, 199, 300, 1030, 5000}) {
        const QByteArray nested = QByteArray(depth, '[') + QByteArray(depth, ']');
        bool handled = false;
        QCOMPARE(check(one("\"url\": \"u\", \"deep\": " + nested), &handled), QString());
        QCOMPARE(handled, depth <= 198);  // deeper ones are left to QJsonDocument
        QByteArray o;
        for (int i = 0; i < depth; ++i)
            o += "{\"a\":";
        o += "1" + QByteArray(depth, '}');
        QCOMPARE(check(one("\"url\": \"u\", \"deep\": " + o), &handled), QString());
        QCOMPARE(handled, depth <= 198);
    }
}

// Lists long enough to grow the result many times, uniform and lopsided (tiny entries first, then
// large ones: the capacity estimate from the first entries is far too high and must stay capped).
void TestSubscriptionListReader::longLists()
{
    for (const bool lopsided : {false, true}) {
        QByteArray body = "[";
        const int n = 5000;
        for (int i = 0; i < n; ++i) {
            if (i)
                body += ',';
            const bool big = lopsided && i >= n / 2;
            body += "{\"id\":" + QByteArray::number(i) + ",\"url\":\"https://h" + QByteArray::number(i) + ".example/\"";
            if (big)
                body +=
                    ",\"description\":\"" + QByteArray(2000, 'd') + "\",\"events\":[\"a\",\"b\"],\"pending_retries\":1";
            body += '}';
        }
        body += ']';
        const auto list = SubscriptionListReader::read(body);
        QVERIFY(list);
        QCOMPARE(list->size(), n);
        QCOMPARE(list->last().id, std::optional<qint64>(n - 1));
        QVERIFY2(list->capacity() <= 3 * list->size(), qPrintable(QString::number(list->capacity())));
        if (!lopsided)
            QVERIFY(list->capacity() <= list->size() + list->size() / 16 + 16);  // the estimate fits
        QCOMPARE(check(body), QString());
    }
}

namespace {

class BodyGenerator
{
public:
    explicit BodyGenerator(quint32 seed)
        : m_rng(seed)
    { }

    QByteArray body()
    {
        QByteArray out;
        const int form = int(m_rng.bounded(10));
        QByteArray list = "[" + ws();
        const int n = int(m_rng.bounded(6));
        for (int i = 0; i < n; ++i) {
            if (i)
                list += "," + ws();
            list += m_rng.bounded(40) == 0 ? value(0) : subscription();
            list += ws();
        }
        list += "]";
        if (form < 7)
            out = list;
        else
            out = "{" + ws() + "\"total\":" + ws() + "3," + ws() + "\"items\"" + ws() + ":" + ws() + list
                + (form == 9 ? ",\"next\":" + value(0) : QByteArray()) + ws() + "}";
        return ws() + out + ws();
    }

    QByteArray mutate(QByteArray b)
    {
        const int edits = 1 + int(m_rng.bounded(3));
        static const char interesting[] = "{}[]\",:\\0123456789-+.eEtrufalsn \t\n\x01\x7f\x80\xc3\xa9\xed\xf4\xff";
        for (int e = 0; e < edits; ++e) {
            const int pos = b.isEmpty() ? 0 : int(m_rng.bounded(quint32(b.size())));
            const char c = interesting[m_rng.bounded(quint32(sizeof interesting - 1))];
            switch (m_rng.bounded(4)) {
            case 0:
                if (!b.isEmpty())
                    b[pos] = c;
                break;
            case 1:
                b.insert(pos, c);
                break;
            case 2:
                b.remove(pos, 1 + int(m_rng.bounded(3)));
                break;
            default:
                b.truncate(pos);
                break;
            }
        }
        return b;
    }

private:
    QByteArray pick(std::initializer_list<const char *> options)
    {
        return QByteArray(options.begin()[m_rng.bounded(quint32(options.size()))]);
    }

    QByteArray ws() { return m_rng.bounded(4) ? QByteArray() : pick({" ", "\n", "\r\n  ", "\t"}); }

    QByteArray text()
    {
        return pick({"\"\"", "\"https://h.example/x?y=1\"", "\"a\\\"b\\\\c\\/\\n\"", "\"\\u00e9t\\u00E9\"",
                     "\"\xc3\xa9t\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80\"", "\"\\ud83d\\ude00\"", "\"\\ud800\"",
                     "\"order.created\"", "\"delivered\"", "\"12\"", "\" -7 \"", "\"x\\u0000y\""});
    }

    QByteArray time()
    {
        return pick({"\"2026-11-27T16:08:00Z\"", "\"2026-11-27T16:08:00.123Z\"", "\"2026-11-27t16:08:00+01:00\"",
                     "\"2026-11-27 16:08:00,5-0530\"", "\"2016-12-31T23:59:60Z\"", "\"2026-11-27T16:08:00\"",
                     "\"0001-01-01T00:00:00+01:00\"", "\"2026-02-30T00:00:00Z\"",
                     "\"2026-11-27T16:08:00.1234567890123Z\"", "\"\\u0032026-11-27T16:08:00Z\"",
                     "\" 2026-11-27T16:08:00Z \"", "\"soon\"", "null", "7"});
    }

    QByteArray number()
    {
        return pick({"0", "-0", "1", "-1", "42", "1.0", "1.5", "1e2", "-2E-2", "9007199254740992", "9007199254740993",
                     "9007199254740994", "123456789012345678901234567890", "1e400", "-0.0", "3000000000"});
    }

    QByteArray value(int depth)
    {
        switch (m_rng.bounded(depth > 3 ? 6u : 8u)) {
        case 0:
            return "null";
        case 1:
            return pick({"true", "false"});
        case 2:
            return number();
        case 3:
            return text();
        case 4:
            return time();
        case 5:
            return m_rng.bounded(2) ? "[]" : "{}";
        case 6: {
            QByteArray a = "[" + ws();
            const int n = int(m_rng.bounded(4));
            for (int i = 0; i < n; ++i)
                a += (i ? "," + ws() : QByteArray()) + value(depth + 1) + ws();
            return a + "]";
        }
        default: {
            QByteArray o = "{" + ws();
            const int n = int(m_rng.bounded(4));
            for (int i = 0; i < n; ++i)
                o += (i ? "," : "") + ws() + pick({"\"a\"", "\"url\"", "\"id\"", "\"items\"", "\"\\u0061\""}) + ws()
                    + ":" + ws() + value(depth + 1);
            return o + ws() + "}";
        }
        }
    }

    // Mostly sensible values per field, sometimes anything.
    QByteArray fieldValue(const QByteArray &key)
    {
        if (m_rng.bounded(40) == 0)
            return value(1);
        if (key == "id" || key == "pending_retries") {
            if (m_rng.bounded(3))
                return pick({"1", "0", "-3", "2.0", "1e3", "9007199254740993", "null"});
            return m_rng.bounded(5) ? number() : pick({"null", "\"17\"", "\"x\""});
        }
        if (key == "url" || key == "description" || key == "last_delivery_status")
            return m_rng.bounded(6) ? text() : pick({"null", "1"});
        if (key == "enabled")
            return pick({"true", "false", "null", "1"});
        if (key == "events") {
            if (m_rng.bounded(6) == 0)
                return pick({"null", "[]", "[1]", "{}"});
            QByteArray a = "[";
            const int n = int(m_rng.bounded(4));
            for (int i = 0; i < n; ++i)
                a += (i ? "," + ws() : QByteArray())
                    + (m_rng.bounded(3) ? pick({"\"order.created\"", "\"order.paid\""}) : text());
            return a + "]";
        }
        if (key.endsWith("_at") || key == "failing_since") {
            if (m_rng.bounded(3))
                return pick({"\"2026-11-27T16:08:00.250Z\"", "\"2026-11-27T16:08:00+02:00\"", "null"});
            return time();
        }
        return value(1);
    }

    QByteArray subscription()
    {
        static const char *const keys[] = {"id",
                                           "url",
                                           "description",
                                           "enabled",
                                           "created_at",
                                           "events",
                                           "last_delivery_at",
                                           "last_delivery_status",
                                           "failing_since",
                                           "pending_retries",
                                           "next_retry_at",
                                           "extra",
                                           "client_secret"};
        QByteArray o = "{" + ws();
        bool first = true;
        if (m_rng.bounded(10)) {  // usually a url first, so that most entries are good
            o += "\"url\":" + ws() + text();
            first = false;
        }
        for (const char *key : keys) {
            if (m_rng.bounded(3) == 0)
                continue;
            o += (first ? "" : ",") + ws() + "\"" + key + "\"" + ws() + ":" + ws() + fieldValue(key);
            first = false;
        }
        if (m_rng.bounded(8) == 0)  // a duplicate
            o += QByteArray(first ? "" : ",") + "\"" + keys[m_rng.bounded(quint32(std::size(keys)))] + "\":" + value(1);
        return o + ws() + "}";
    }

    QRandomGenerator m_rng;
};

}  // namespace

void TestSubscriptionListReader::randomBodiesAgainstDocument()
{
    BodyGenerator generator(20261127);
    int handled = 0, total = 0;
    for (int i = 0; i < 30000; ++i) {
        const QByteArray body = generator.body();
        bool fast = false;
        const QString problem = check(body, &fast);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral("\nbody: ") + QString::fromUtf8(body)));
        handled += fast;
        ++total;
    }
    qInfo("%d of %d generated bodies took the fast path", handled, total);
    QVERIFY(handled > total / 10);
    QVERIFY(handled < total);
}

void TestSubscriptionListReader::mutatedBodiesAgainstDocument()
{
    BodyGenerator generator(7);
    int handled = 0, total = 0;
    for (int i = 0; i < 30000; ++i) {
        const QByteArray body = generator.mutate(generator.body());
        bool fast = false;
        const QString problem = check(body, &fast);
        QVERIFY2(
            problem.isEmpty(),
            qPrintable(problem + QStringLiteral("\nbody: ") + QString::fromUtf8(body.toPercentEncoding(" {}[]\",:"))));
        handled += fast;
        ++total;
    }
    qInfo("%d of %d mutated bodies took the fast path", handled, total);
    QVERIFY(handled > 0);
}

QTEST_GUILESS_MAIN(TestSubscriptionListReader)
#include "tst_subscriptionlistreader.moc"
