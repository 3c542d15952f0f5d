// SandboxApi over real HTTP: the real webhook-sandbox binary on loopback (tests/kit/SandboxProcess.h).
#include "kit/SandboxProcess.h"
#include "kit/SandboxHttp.h"
#include "sandbox/SandboxDatabase.h"
#include "sandbox/SubscriptionStore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QtTest>

class TestSandboxApi : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    SandboxHttp m_http;

    QJsonObject createSubscription(const QByteArray &key, const QJsonObject &body)
    {
        const SandboxReply reply = m_http.post(QStringLiteral("/api/v1/webhooks/"), key, QJsonDocument(body).toJson());
        if (reply.status != 200)
            qWarning() << reply.status << reply.body;
        return reply.json().object();
    }
    QByteArray freshKey()
    {
        static int n = 0;
        return m_sandbox.createKey(QStringLiteral("key-%1").arg(++n));
    }
    // A loopback target stored past the API, which refuses it: as an older sandbox stored it, or as
    // a name that resolves to loopback only when an attempt is sent. Its id, or 0.
    qint64 storeLoopbackTarget(const QByteArray &key, const QString &url, const QStringList &events)
    {
        SandboxDatabase database;
        QString error;
        if (!database.open(m_sandbox.dbPath(), &error))
            return 0;
        QSqlQuery tenant(database.db());
        tenant.prepare(QStringLiteral("SELECT tenant_id FROM api_keys WHERE prefix = ?"));
        tenant.addBindValue(QString::fromLatin1(key.mid(4, 12)));
        if (!tenant.exec() || !tenant.next())
            return 0;
        const qint64 tenantId = tenant.value(0).toLongLong();
        tenant.finish();
        const auto created = SubscriptionStore(database).create(tenantId, url, std::nullopt, true, events,
                                                                QDateTime::currentMSecsSinceEpoch());
        return created ? created->id : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_http.setBase(m_sandbox.baseUrl());
        QCOMPARE(m_sandbox.baseUrl().host(), QStringLiteral("127.0.0.1"));
    }

    void typesListsTheMarketplaceCatalogue_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("without slash") << QStringLiteral("/api/v1/webhooks/types");
        QTest::newRow("with slash") << QStringLiteral("/api/v1/webhooks/types/");
    }
    void typesListsTheMarketplaceCatalogue()
    {
        QFETCH(QString, path);
        const SandboxReply reply = m_http.get(path, m_sandbox.apiKey());
        QCOMPARE(reply.status, 200);
        const QJsonArray types = reply.json().array();
        QVERIFY(types.size() >= 5);
        QStringList names;
        for (const QJsonValue &t : types) {
            QVERIFY(!t.toObject().value(QStringLiteral("description")).toString().isEmpty());
            names << t.toObject().value(QStringLiteral("event")).toString();
        }
        QVERIFY(names.contains(QStringLiteral("order_items.shipped")));
        QVERIFY(names.contains(QStringLiteral("order_items.cancelled")));
        QVERIFY(names.contains(QStringLiteral("order_items.returned")));
    }

    void subscriptionLifecycle()
    {
        const QByteArray key = freshKey();
        const SandboxReply created = m_http.post(
            QStringLiteral("/api/v1/webhooks"), key,
            R"({"url":"https:\/\/partner.example/hooks","description":"ERP sync","events":["orders.created","order_items.shipped"]})");
        QCOMPARE(created.status, 200);
        const QJsonObject c = created.json().object();
        QVERIFY(c.value(QStringLiteral("id")).isDouble());
        QCOMPARE(c.value(QStringLiteral("url")).toString(), QStringLiteral("https://partner.example/hooks"));
        QCOMPARE(c.value(QStringLiteral("description")).toString(), QStringLiteral("ERP sync"));
        QCOMPARE(c.value(QStringLiteral("enabled")).toBool(), true);
        const QString secret = c.value(QStringLiteral("client_secret")).toString();
        QVERIFY(!secret.isEmpty());
        QVERIFY(secret.size() <= 255);
        const QDateTime createdAt =
            QDateTime::fromString(c.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
        QVERIFY(createdAt.isValid());
        QCOMPARE(createdAt.timeSpec(), Qt::UTC);
        QCOMPARE(c.value(QStringLiteral("events")).toArray().size(), 2);
        const QString id = QString::number(c.value(QStringLiteral("id")).toInteger());

        // The secret is shown only once.
        const SandboxReply one = m_http.get(QStringLiteral("/api/v1/webhooks/") + id, key);
        QCOMPARE(one.status, 200);
        QVERIFY(!one.json().object().contains(QStringLiteral("client_secret")));
        QCOMPARE(one.json().object().value(QStringLiteral("pending_retries")).toInt(), 0);
        QVERIFY(one.json().object().value(QStringLiteral("last_delivery_status")).isNull());

        for (const QString &path : {QStringLiteral("/api/v1/webhooks"), QStringLiteral("/api/v1/webhooks/")}) {
            const SandboxReply list = m_http.get(path, key);
            QCOMPARE(list.status, 200);
            const QJsonArray items = list.json().array();
            QCOMPARE(items.size(), 1);
            QVERIFY(!items[0].toObject().contains(QStringLiteral("client_secret")));
            QCOMPARE(items[0].toObject().value(QStringLiteral("events")).toArray().size(), 2);
        }

        const SandboxReply patched =
            m_http.patch(QStringLiteral("/api/v1/webhooks/") + id + u'/', key,
                         R"({"enabled":false,"description":null,"events":["order_items.returned"],"url":null})");
        QCOMPARE(patched.status, 200);
        const QJsonObject p = patched.json().object();
        QCOMPARE(p.value(QStringLiteral("enabled")).toBool(true), false);
        QVERIFY(p.value(QStringLiteral("description")).isNull());
        QCOMPARE(p.value(QStringLiteral("url")).toString(), QStringLiteral("https://partner.example/hooks"));
        QCOMPARE(p.value(QStringLiteral("events")).toArray(), QJsonArray{QStringLiteral("order_items.returned")});
        QVERIFY(!p.contains(QStringLiteral("client_secret")));

        const SandboxReply deleted = m_http.del(QStringLiteral("/api/v1/webhooks/") + id, key);
        QCOMPARE(deleted.status, 204);
        QVERIFY(deleted.body.isEmpty());
        QCOMPARE(m_http.get(QStringLiteral("/api/v1/webhooks/") + id, key).status, 404);
        QCOMPARE(m_http.del(QStringLiteral("/api/v1/webhooks/") + id, key).status, 404);
        QCOMPARE(m_http.patch(QStringLiteral("/api/v1/webhooks/") + id, key, "{}").status, 404);
        QCOMPARE(m_http.get(QStringLiteral("/api/v1/webhooks/99999999"), key)
                     .json()
                     .object()
                     .value(QStringLiteral("detail"))
                     .toString(),
                 QStringLiteral("Not Found"));
    }

    void listReflectsEveryWrite()
    {
        const QByteArray key = freshKey();
        const qint64 id =
            storeLoopbackTarget(key, QStringLiteral("http://127.0.0.1:9/x"), {QStringLiteral("orders.paid")});
        QVERIFY(id > 0);
        const QString path = QStringLiteral("/api/v1/webhooks/%1").arg(id);
        const auto first = [&] {
            return m_http.get(QStringLiteral("/api/v1/webhooks/"), key).json().array().at(0).toObject();
        };
        QCOMPARE(first().value(QStringLiteral("description")).toString(), QString());
        QCOMPARE(m_http.patch(path, key, R"({"description":"changed"})").status, 200);
        QCOMPARE(first().value(QStringLiteral("description")).toString(), QStringLiteral("changed"));
        QCOMPARE(first().value(QStringLiteral("pending_retries")).toInt(), 0);
        QCOMPARE(m_http.post(QStringLiteral("/api/v1/events"), key, R"({"event":"orders.paid"})").status, 202);
        // The delivery is refused (loopback without --allow-private-targets) and waits for a retry.
        QTRY_COMPARE_WITH_TIMEOUT(first().value(QStringLiteral("pending_retries")).toInt(), 1, 10000);
        QCOMPARE(m_http.del(path, key).status, 204);
        QCOMPARE(m_http.get(QStringLiteral("/api/v1/webhooks/"), key).json().array().size(), 0);
    }

    void createWithoutOptionalFields()
    {
        const QByteArray key = freshKey();
        const QJsonObject c = createSubscription(
            key, QJsonObject{{QStringLiteral("url"), QStringLiteral("http://hooks.example:8080/x?y=1")}});
        QVERIFY(c.value(QStringLiteral("description")).isNull());
        QCOMPARE(c.value(QStringLiteral("enabled")).toBool(), true);
        QCOMPARE(c.value(QStringLiteral("events")).toArray().size(), 0);
    }

    void validationNamesTheField_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("loc");
        QTest::addColumn<QString>("type");
        const QByteArray longUrl = "https://example.com/" + QByteArray(2064, 'a');
        QTest::newRow("url missing") << QByteArray("POST") << QByteArray(R"({"description":"x"})") << 422 << "body.url"
                                     << "missing";
        QTest::newRow("url not a string") << QByteArray("POST") << QByteArray(R"({"url":42})") << 422 << "body.url"
                                          << "string_type";
        QTest::newRow("url empty") << QByteArray("POST") << QByteArray(R"({"url":""})") << 422 << "body.url"
                                   << "url_parsing";
        QTest::newRow("url relative") << QByteArray("POST") << QByteArray(R"({"url":"/hooks"})") << 422 << "body.url"
                                      << "url_parsing";
        QTest::newRow("url ftp") << QByteArray("POST") << QByteArray(R"({"url":"ftp:\/\/example.com/x"})") << 422
                                 << "body.url"
                                 << "url_scheme";
        QTest::newRow("url too long") << QByteArray("POST") << QByteArray("{\"url\":\"" + longUrl + "\"}") << 422
                                      << "body.url"
                                      << "url_too_long";
        QTest::newRow("description too long")
            << QByteArray("POST")
            << QByteArray("{\"url\":\"https://e.example\",\"description\":\"" + QByteArray(1001, 'd') + "\"}") << 422
            << "body.description"
            << "string_too_long";
        QTest::newRow("description not a string")
            << QByteArray("POST") << QByteArray(R"({"url":"https:\/\/e.example","description":[]})") << 422
            << "body.description"
            << "string_type";
        QTest::newRow("enabled not a boolean")
            << QByteArray("POST") << QByteArray(R"({"url":"https:\/\/e.example","enabled":"yes"})") << 422
            << "body.enabled"
            << "bool_type";
        QTest::newRow("events not a list")
            << QByteArray("POST") << QByteArray(R"({"url":"https:\/\/e.example","events":"orders.created"})") << 422
            << "body.events"
            << "list_type";
        QTest::newRow("unknown event") << QByteArray(
            "POST") << QByteArray(R"({"url":"https:\/\/e.example","events":["orders.created","nope"]})")
                                       << 422 << "body.events.1"
                                       << "value_error";
        QTest::newRow("event too long") << QByteArray(
            "POST") << QByteArray("{\"url\":\"https://e.example\",\"events\":[\"" + QByteArray(256, 'e') + "\"]}")
                                        << 422 << "body.events.0"
                                        << "string_too_long";
        QTest::newRow("body an array") << QByteArray("POST") << QByteArray(R"([1,2])") << 422 << "body"
                                       << "model_attributes_type";
        QTest::newRow("body empty") << QByteArray("POST") << QByteArray() << 422 << "body"
                                    << "missing";
        QTest::newRow("not JSON") << QByteArray("POST") << QByteArray("{url: nope") << 400 << ""
                                  << "";
        QTest::newRow("patch url") << QByteArray("PATCH") << QByteArray(R"({"url":"mailto:x@example.com"})") << 422
                                   << "body.url"
                                   << "url_scheme";
        QTest::newRow("patch enabled") << QByteArray("PATCH") << QByteArray(R"({"enabled":1})") << 422 << "body.enabled"
                                       << "bool_type";
        QTest::newRow("patch events") << QByteArray("PATCH") << QByteArray(R"({"events":[7]})") << 422
                                      << "body.events.0"
                                      << "string_type";
        QTest::newRow("patch not JSON") << QByteArray("PATCH") << QByteArray("\x01\x02garbage") << 400 << ""
                                        << "";
    }
    void validationNamesTheField()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, loc);
        QFETCH(QString, type);
        const QByteArray key = m_sandbox.apiKey();
        QString path = QStringLiteral("/api/v1/webhooks/");
        if (method == "PATCH") {
            const QJsonObject c =
                createSubscription(key, QJsonObject{{QStringLiteral("url"), QStringLiteral("https://v.example")}});
            path += QString::number(c.value(QStringLiteral("id")).toInteger());
        }
        const SandboxReply reply = m_http.send(method, path, key, body);
        QCOMPARE(reply.status, status);
        const QJsonValue detail = reply.json().object().value(QStringLiteral("detail"));
        if (status == 400) {
            QVERIFY(detail.isString());
            QVERIFY(detail.toString().contains(QStringLiteral("JSON")));
            return;
        }
        QVERIFY(detail.isArray());
        bool found = false;
        for (const QJsonValue &error : detail.toArray()) {
            QStringList parts;
            for (const QJsonValue &part : error.toObject().value(QStringLiteral("loc")).toArray())
                parts << (part.isDouble() ? QString::number(part.toInt()) : part.toString());
            if (parts.join(u'.') == loc && error.toObject().value(QStringLiteral("type")).toString() == type) {
                QVERIFY(!error.toObject().value(QStringLiteral("msg")).toString().isEmpty());
                found = true;
            }
        }
        QVERIFY2(found, reply.body.constData());
    }

    void pathIdMustBeAnInteger()
    {
        const SandboxReply reply = m_http.get(QStringLiteral("/api/v1/webhooks/abc"), m_sandbox.apiKey());
        QCOMPARE(reply.status, 422);
        const QJsonObject error = reply.json().object().value(QStringLiteral("detail")).toArray().at(0).toObject();
        QCOMPARE(error.value(QStringLiteral("loc")).toArray(),
                 (QJsonArray{QStringLiteral("path"), QStringLiteral("subscription_id")}));
    }

    void missingOrWrongKeyIs401_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("wrong shape") << QByteArray("hunter2");
        QTest::newRow("unknown key") << QByteArray("sbx_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        QTest::newRow("right id, wrong secret") << QByteArray();
    }
    void missingOrWrongKeyIs401()
    {
        QFETCH(QByteArray, key);
        if (QByteArray(QTest::currentDataTag()) == "right id, wrong secret") {
            key = m_sandbox.apiKey();
            key[key.size() - 1] = key.endsWith('A') ? 'B' : 'A';
        }
        for (const QString &path : {QStringLiteral("/api/v1/webhooks/"), QStringLiteral("/api/v1/webhooks/types"),
                                    QStringLiteral("/api/v1/webhooks/1")}) {
            const SandboxReply reply = m_http.get(path, key);
            QCOMPARE(reply.status, 401);
            QVERIFY(reply.json().object().value(QStringLiteral("detail")).isString());
            QVERIFY(reply.hasHeader("X-RateLimit-Limit"));
        }
        QCOMPARE(m_http.post(QStringLiteral("/api/v1/webhooks/"), key, R"({"url":"https:\/\/x.example"})").status, 401);
    }

    void wrongMethodIs405WithAllow_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("allow");
        QTest::newRow("PUT subscription")
            << QByteArray("PUT") << QStringLiteral("/api/v1/webhooks/1") << QByteArray("GET, PATCH, DELETE");
        QTest::newRow("POST subscription")
            << QByteArray("POST") << QStringLiteral("/api/v1/webhooks/1/") << QByteArray("GET, PATCH, DELETE");
        QTest::newRow("DELETE list") << QByteArray("DELETE") << QStringLiteral("/api/v1/webhooks")
                                     << QByteArray("GET, POST");
        QTest::newRow("PATCH list") << QByteArray("PATCH") << QStringLiteral("/api/v1/webhooks/")
                                    << QByteArray("GET, POST");
        QTest::newRow("POST types") << QByteArray("POST") << QStringLiteral("/api/v1/webhooks/types")
                                    << QByteArray("GET");
        QTest::newRow("GET events") << QByteArray("GET") << QStringLiteral("/api/v1/events") << QByteArray("POST");
        QTest::newRow("OPTIONS list") << QByteArray("OPTIONS") << QStringLiteral("/api/v1/webhooks/")
                                      << QByteArray("GET, POST");
    }
    void wrongMethodIs405WithAllow()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, allow);
        const SandboxReply reply = m_http.send(method, path, m_sandbox.apiKey(), "{}");
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.header("Allow"), allow);
        QCOMPARE(reply.json().object().value(QStringLiteral("detail")).toString(),
                 QStringLiteral("Method Not Allowed"));
    }

    void unknownRouteIs404()
    {
        for (const QString &path :
             {QStringLiteral("/"), QStringLiteral("/api/v2/webhooks/"), QStringLiteral("/api/v1/webhooks/1/nope"),
              QStringLiteral("/api/v1//webhooks"), QStringLiteral("/api/v1/webhooks/1/deliveries/2/nope")}) {
            const SandboxReply reply = m_http.get(path, m_sandbox.apiKey());
            QCOMPARE(reply.status, 404);
            QCOMPARE(reply.json().object().value(QStringLiteral("detail")).toString(), QStringLiteral("Not Found"));
        }
    }

    void oversizedBodyIs413()
    {
        const QByteArray body =
            "{\"url\":\"https://big.example\",\"description\":\"" + QByteArray(300 * 1024, 'x') + "\"}";
        const SandboxReply reply = m_http.post(QStringLiteral("/api/v1/webhooks/"), m_sandbox.apiKey(), body);
        QCOMPARE(reply.status, 413);
        // The server is still fine.
        QCOMPARE(m_http.get(QStringLiteral("/api/v1/webhooks/types"), m_sandbox.apiKey()).status, 200);
    }

    // Lengths are code points, as the vendor's Python service counts them: 1,000 emoji are a valid
    // description (2,000 UTF-16 units), 1,001 are not; combining marks and CJK count per code point.
    void lengthsAreCodePoints()
    {
        const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80");
        QJsonObject body{{QStringLiteral("url"), QStringLiteral("https://emoji.example")},
                         {QStringLiteral("description"), emoji.repeated(1000)}};
        const QJsonObject created = createSubscription(m_sandbox.apiKey(), body);
        QCOMPARE(created.value(QStringLiteral("description")).toString(), emoji.repeated(1000));
        body.insert(QStringLiteral("description"), emoji.repeated(1001));
        QCOMPARE(
            m_http.post(QStringLiteral("/api/v1/webhooks/"), m_sandbox.apiKey(), QJsonDocument(body).toJson()).status,
            422);
        body.insert(QStringLiteral("description"), (QStringLiteral("e") + QChar(0x0301)).repeated(500));
        QCOMPARE(
            m_http.post(QStringLiteral("/api/v1/webhooks/"), m_sandbox.apiKey(), QJsonDocument(body).toJson()).status,
            200);
        body.insert(QStringLiteral("description"), QString(1001, QChar(0x6F22)));
        QCOMPARE(
            m_http.post(QStringLiteral("/api/v1/webhooks/"), m_sandbox.apiKey(), QJsonDocument(body).toJson()).status,
            422);
    }

    // "a\ud800b" would otherwise be stored as another character, swallowing the b.
    void loneSurrogateIs422()
    {
        const QByteArray lone = "{\"url\":\"https://s.example\",\"description\":\"a\\ud800b\"}";
        const SandboxReply reply = m_http.post(QStringLiteral("/api/v1/webhooks/"), m_sandbox.apiKey(), lone);
        QCOMPARE(reply.status, 422);
        QVERIFY(reply.body.contains("surrogate"));
        const QByteArray lowAlone = "{\"url\":\"https://s.example\",\"description\":\"\\udc00\"}";
        QCOMPARE(m_http.post(QStringLiteral("/api/v1/webhooks/"), m_sandbox.apiKey(), lowAlone).status, 422);
        // A pair is one character; an escaped backslash before "u" is plain text.
        const QByteArray pair = "{\"url\":\"https://s.example\",\"description\":\"\\ud83d\\ude00 \\\\ud800\"}";
        const SandboxReply ok = m_http.post(QStringLiteral("/api/v1/webhooks/"), m_sandbox.apiKey(), pair);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json().object().value(QStringLiteral("description")).toString(),
                 QString::fromUtf8("\xF0\x9F\x98\x80 \\ud800"));
    }

    void tenantsAreIsolated()
    {
        const QByteArray alice = freshKey();
        const QByteArray bob = freshKey();
        const QJsonObject c =
            createSubscription(alice,
                               QJsonObject{{QStringLiteral("url"), QStringLiteral("https://alice.example")},
                                           {QStringLiteral("events"), QJsonArray{QStringLiteral("orders.created")}}});
        const QString path = QStringLiteral("/api/v1/webhooks/%1").arg(c.value(QStringLiteral("id")).toInteger());
        QCOMPARE(m_http.get(path, bob).status, 404);
        QCOMPARE(m_http.patch(path, bob, R"({"enabled":false})").status, 404);
        QCOMPARE(m_http.del(path, bob).status, 404);
        QCOMPARE(m_http.get(path + QStringLiteral("/deliveries"), bob).status, 404);
        QCOMPARE(m_http.post(path + QStringLiteral("/test"), bob, {}).status, 404);
        QCOMPARE(m_http.get(QStringLiteral("/api/v1/webhooks/"), bob).json().array().size(), 0);
        // Bob's events never reach Alice's subscription.
        const SandboxReply event =
            m_http.post(QStringLiteral("/api/v1/events"), bob, R"({"event":"orders.created","message":{}})");
        QCOMPARE(event.status, 202);
        QCOMPARE(event.json().object().value(QStringLiteral("deliveries")).toInt(), 0);
        // Alice still has it, unchanged.
        const SandboxReply mine = m_http.get(path, alice);
        QCOMPARE(mine.status, 200);
        QCOMPARE(mine.json().object().value(QStringLiteral("enabled")).toBool(), true);
    }

    void keyCreatedWhileRunningIsAccepted()
    {
        const QByteArray late = m_sandbox.createKey(QStringLiteral("late"));
        QVERIFY(late.startsWith("sbx_"));
        QCOMPARE(m_http.get(QStringLiteral("/api/v1/webhooks/"), late).status, 200);
    }

    void fiftyFirstGetIsRateLimited()
    {
        const QByteArray key = freshKey();
        for (int i = 1; i <= 50; ++i) {
            const SandboxReply reply = m_http.get(QStringLiteral("/api/v1/webhooks/"), key);
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.header("X-RateLimit-Limit"), QByteArray("50"));
            QCOMPARE(reply.header("X-RateLimit-Remaining").toInt(), 50 - i);
            QVERIFY(reply.header("X-RateLimit-Reset").toInt() >= 1);
            QVERIFY(!reply.hasHeader("Retry-After"));
        }
        // The other spelling is the same endpoint, so the same bucket.
        const SandboxReply limited = m_http.get(QStringLiteral("/api/v1/webhooks"), key);
        QCOMPARE(limited.status, 429);
        const int retryAfter = limited.header("Retry-After").toInt();
        QVERIFY(retryAfter >= 1);
        QVERIFY(retryAfter <= 60);
        QCOMPARE(limited.header("X-RateLimit-Remaining"), QByteArray("0"));
        QVERIFY(limited.json().object().value(QStringLiteral("detail")).isString());
        // Other endpoints and other keys have their own buckets.
        QCOMPARE(m_http.get(QStringLiteral("/api/v1/webhooks/types"), key).status, 200);
        QCOMPARE(m_http.get(QStringLiteral("/api/v1/webhooks/"), freshKey()).status, 200);
    }

    void patchAllowsOneHundred()
    {
        const QByteArray key = freshKey();
        const QJsonObject c =
            createSubscription(key, QJsonObject{{QStringLiteral("url"), QStringLiteral("https://p.example")}});
        const QString path = QStringLiteral("/api/v1/webhooks/%1").arg(c.value(QStringLiteral("id")).toInteger());
        for (int i = 1; i <= 100; ++i) {
            const SandboxReply reply = m_http.patch(path, key, i % 2 ? R"({"enabled":false})" : R"({"enabled":true})");
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.header("X-RateLimit-Limit"), QByteArray("100"));
        }
        const SandboxReply limited = m_http.patch(path, key, R"({"enabled":true})");
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.header("Retry-After").toInt() >= 1);
    }

    void rateWindowIsConfigurable()
    {
        // A 10 s window instead of the minute: the 50 requests below fit into it by far, even on a
        // loaded machine, and the server's own count shows that they did.
        SandboxProcess fast;
        QVERIFY(fast.start({QStringLiteral("--rate-window"), QStringLiteral("10s"), QStringLiteral("--quiet")}));
        SandboxHttp http(fast.baseUrl());
        const QString path = QStringLiteral("/api/v1/webhooks/types");
        QElapsedTimer sinceFirst;
        sinceFirst.start();
        for (int i = 1; i <= 50; ++i) {
            const SandboxReply reply = http.get(path, fast.apiKey());
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.header("X-RateLimit-Remaining").toInt(), 50 - i);
            QVERIFY(reply.header("X-RateLimit-Reset").toInt() <= 10);
        }
        // The 51st is the first one refused, and it is told to wait no longer than the window.
        const SandboxReply limited = http.get(path, fast.apiKey());
        QCOMPARE(limited.status, 429);
        const int retryAfter = limited.header("Retry-After").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 10, limited.header("Retry-After").constData());
        // Admitted again once the window has passed: not before the first request left it, and
        // long before the default minute.
        SandboxReply again;
        QElapsedTimer sinceTry;
        sinceTry.start();
        QVERIFY(QTest::qWaitFor(
            [&] {
                if (sinceTry.elapsed() < 200)  // one try every 200 ms is enough
                    return false;
                sinceTry.restart();
                again = http.get(path, fast.apiKey());
                return again.status != 429;
            },
            40000));
        QCOMPARE(again.status, 200);
        QVERIFY2(sinceFirst.elapsed() >= 10000, qPrintable(QString::number(sinceFirst.elapsed())));
        QCOMPARE(again.header("X-RateLimit-Limit"), QByteArray("50"));
    }

    void extensionsAnswerAndValidate()
    {
        const QByteArray key = freshKey();
        const qint64 id = storeLoopbackTarget(key, QStringLiteral("http://127.0.0.1:9/none"),
                                              {QStringLiteral("order_items.shipped")});
        QVERIFY(id > 0);
        const QString base = QStringLiteral("/api/v1/webhooks/%1").arg(id);

        const SandboxReply event = m_http.post(QStringLiteral("/api/v1/events/"), key,
                                               R"({"event":"order_items.shipped","message":{"order_item_id":"OI-1"}})");
        QCOMPARE(event.status, 202);
        QVERIFY(event.json().object().value(QStringLiteral("event_id")).toString().startsWith(QStringLiteral("evt_")));
        QCOMPARE(event.json().object().value(QStringLiteral("deliveries")).toInt(), 1);
        QCOMPARE(m_http.post(QStringLiteral("/api/v1/events"), key, R"({"event":"orders.created"})")
                     .json()
                     .object()
                     .value(QStringLiteral("deliveries"))
                     .toInt(),
                 0);
        QCOMPARE(m_http.post(QStringLiteral("/api/v1/events"), key, R"({"event":"no.such"})").status, 422);
        QCOMPARE(m_http.post(QStringLiteral("/api/v1/events"), key, R"({"message":{}})").status, 422);
        QCOMPARE(m_http.post(QStringLiteral("/api/v1/events"), key, "nope").status, 400);

        // Loopback targets are refused without --allow-private-targets: the delivery is retrying.
        SandboxReply list;
        QTRY_VERIFY_WITH_TIMEOUT((list = m_http.get(base + QStringLiteral("/deliveries"), key))
                                         .firstItem()
                                         .value(QStringLiteral("status"))
                                         .toString()
                                     == QStringLiteral("retrying"),
                                 10000);
        const QJsonObject page = list.json().object();
        QCOMPARE(page.value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(page.value(QStringLiteral("limit")).toInt(), 50);
        QCOMPARE(page.value(QStringLiteral("offset")).toInt(), 0);
        const QJsonObject d = page.value(QStringLiteral("items")).toArray().at(0).toObject();
        for (const char *field : {"id", "event_id", "event", "created_at", "status", "attempt_count", "max_attempts",
                                  "last_status_code", "last_error", "next_attempt_at", "gives_up_at", "payload"})
            QVERIFY2(d.contains(QLatin1String(field)), field);
        QCOMPARE(d.value(QStringLiteral("max_attempts")).toInt(), 49);
        QVERIFY(d.value(QStringLiteral("last_error")).toString().contains(QStringLiteral("private")));
        const QJsonObject payload = d.value(QStringLiteral("payload")).toObject();
        QCOMPARE(payload.value(QStringLiteral("event")).toString(), QStringLiteral("order_items.shipped"));
        QCOMPARE(payload.value(QStringLiteral("subscription_id")).toInteger(), id);
        QCOMPARE(payload.value(QStringLiteral("message")).toObject().value(QStringLiteral("order_item_id")).toString(),
                 QStringLiteral("OI-1"));
        QVERIFY(payload.contains(QStringLiteral("timestamp")));
        QVERIFY(payload.contains(QStringLiteral("id")));
        const QDateTime created =
            QDateTime::fromString(d.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
        const QDateTime givesUp =
            QDateTime::fromString(d.value(QStringLiteral("gives_up_at")).toString(), Qt::ISODateWithMs);
        QCOMPARE(created.msecsTo(givesUp), 48LL * 3600 * 1000);

        const QString deliveryPath =
            base + QStringLiteral("/deliveries/%1").arg(d.value(QStringLiteral("id")).toInteger());
        const SandboxReply detail = m_http.get(deliveryPath, key);
        QCOMPARE(detail.status, 200);
        const QJsonArray attempts = detail.json().object().value(QStringLiteral("attempts")).toArray();
        QCOMPARE(attempts.size(), 1);
        for (const char *field : {"number", "at", "status_code", "duration_ms", "response_excerpt", "error"})
            QVERIFY2(attempts[0].toObject().contains(QLatin1String(field)), field);

        // Summary fields on the subscription.
        const QJsonObject s = m_http.get(base, key).json().object();
        QCOMPARE(s.value(QStringLiteral("last_delivery_status")).toString(), QStringLiteral("retrying"));
        QCOMPARE(s.value(QStringLiteral("pending_retries")).toInt(), 1);
        QVERIFY(!s.value(QStringLiteral("failing_since")).isNull());
        QVERIFY(!s.value(QStringLiteral("next_retry_at")).isNull());
        QCOMPARE(s.value(QStringLiteral("gives_up_at")).toString(), d.value(QStringLiteral("gives_up_at")).toString());

        QCOMPARE(m_http.post(deliveryPath + QStringLiteral("/retry"), key, {}).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_http.get(deliveryPath, key).json().object().value(QStringLiteral("attempt_count")).toInt(), 2, 10000);
        QCOMPARE(m_http.post(base + QStringLiteral("/deliveries/999999/retry"), key, {}).status, 404);
        QCOMPARE(m_http.get(base + QStringLiteral("/deliveries/999999"), key).status, 404);

        const SandboxReply test = m_http.post(base + QStringLiteral("/test"), key, {});
        QCOMPARE(test.status, 202);
        QVERIFY(test.json().object().value(QStringLiteral("delivery_id")).toInteger() > 0);

        QCOMPARE(m_http.get(base + QStringLiteral("/deliveries?status=failed"), key)
                     .json()
                     .object()
                     .value(QStringLiteral("total"))
                     .toInt(),
                 0);
        QCOMPARE(m_http.get(base + QStringLiteral("/deliveries?limit=1&offset=1"), key)
                     .json()
                     .object()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(m_http.get(base + QStringLiteral("/deliveries?status=weird"), key).status, 422);
        QCOMPARE(m_http.get(base + QStringLiteral("/deliveries?limit=0"), key).status, 422);
        QCOMPARE(m_http.get(base + QStringLiteral("/deliveries?offset=-1"), key).status, 422);
        QCOMPARE(m_http.get(base + QStringLiteral("/deliveries?limit=abc"), key).status, 422);
        // Extensions carry the rate-limit headers too.
        QVERIFY(m_http.get(base + QStringLiteral("/deliveries"), key).hasHeader("X-RateLimit-Remaining"));
    }

    void documentedFieldsOnlyLeavesEventsOut()
    {
        // Its own server and database: the flag changes every answer of the process.
        SandboxProcess vendorLike;
        QVERIFY2(vendorLike.start({QStringLiteral("--documented-fields-only")}),
                 qPrintable(vendorLike.standardError()));
        SandboxHttp http(vendorLike.baseUrl());
        const QByteArray key = vendorLike.apiKey();
        const auto documentedOnly = [](const QJsonObject &o, bool withSecret) {
            QStringList keys = o.keys();
            keys.sort();
            QStringList expected{QStringLiteral("created_at"), QStringLiteral("description"), QStringLiteral("enabled"),
                                 QStringLiteral("id"), QStringLiteral("url")};
            if (withSecret)
                expected << QStringLiteral("client_secret");
            expected.sort();
            if (keys != expected)
                qWarning() << "fields:" << keys;
            return keys == expected;
        };

        const SandboxReply created =
            http.post(QStringLiteral("/api/v1/webhooks/"), key,
                      R"({"url":"https:\/\/partner.example\/hooks","events":["orders.created"]})");
        QCOMPARE(created.status, 200);
        QVERIFY(documentedOnly(created.json().object(), true));
        const QString path =
            QStringLiteral("/api/v1/webhooks/%1").arg(created.json().object().value(QStringLiteral("id")).toInteger());
        const SandboxReply patched =
            http.patch(path, key, R"({"events":["order_items.shipped","order_items.returned"]})");
        QCOMPARE(patched.status, 200);
        QVERIFY(documentedOnly(patched.json().object(), false));
        const SandboxReply one = http.get(path, key);
        QCOMPARE(one.status, 200);
        QVERIFY(documentedOnly(one.json().object(), false));
        const SandboxReply list = http.get(QStringLiteral("/api/v1/webhooks/"), key);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json().array().size(), 1);
        QVERIFY(documentedOnly(list.json().array().at(0).toObject(), false));

        // The PATCH did set the events: the same database without the flag shows them.
        QVERIFY(vendorLike.restart());
        http.setBase(vendorLike.baseUrl());
        QCOMPARE(http.get(path, key).json().object().value(QStringLiteral("events")).toArray(),
                 (QJsonArray{QStringLiteral("order_items.shipped"), QStringLiteral("order_items.returned")}));
    }

    void malformedInputNeverCrashes()
    {
        const QByteArray key = m_sandbox.apiKey();
        for (const QByteArray &body :
             {QByteArray("\xff\xfe\x00"), QByteArray("null"), QByteArray("1e999999"),
              QByteArray("{\"url\":\"http://[::1\"}"), QByteArray("{\"url\":\"http://\"}"),
              QByteArray(R"({"url":"https:\/\/x.example","events":[null,{},[]]})"), QByteArray(100000, '[')}) {
            const SandboxReply reply = m_http.post(QStringLiteral("/api/v1/webhooks/"), key, body);
            QVERIFY2(reply.status == 400 || reply.status == 422, body.left(40).constData());
        }
        // Raw garbage on the socket.
        QTcpSocket socket;
        socket.connectToHost(m_sandbox.baseUrl().host(), quint16(m_sandbox.baseUrl().port()));
        QVERIFY(socket.waitForConnected(10000));
        socket.write("GARBAGE /\x01\x02 HTTP/9.9\r\n\r\n\r\n");
        socket.waitForBytesWritten(5000);
        socket.waitForReadyRead(1000);
        socket.abort();
        QCOMPARE(m_http.get(QStringLiteral("/api/v1/webhooks/types"), key).status, 200);
    }

    void requestLogNeverShowsTheKey()
    {
        QCOMPARE(m_http.get(QStringLiteral("/api/v1/webhooks/types"), m_sandbox.apiKey()).status, 200);
        m_sandbox.stop();
        const QString log = m_sandbox.standardError();
        QVERIFY(log.contains(QStringLiteral("GET /api/v1/webhooks/types 200")));
        QVERIFY(log.contains(QStringLiteral("PATCH /api/v1/webhooks/{id} 429")));
        QVERIFY(!log.contains(QString::fromLatin1(m_sandbox.apiKey())));
        QVERIFY(!log.contains(QStringLiteral("sbx_")));
    }
};

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_sandboxapi.moc"
