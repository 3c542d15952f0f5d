// SandboxServer, the composition of `serve`, through the real binary: deliveries to a receiver in
// this test process, signature checked independently, the full retry schedule on a compressed
// interval, resumption after kill -9, and the demo.
#include "kit/SandboxProcess.h"
#include "kit/SandboxHttp.h"
#include "sandbox/DemoReceiver.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

class TestSandboxServer : public QObject
{
    Q_OBJECT

private:
    DemoReceiver m_receiver;
    QString m_base;

    static QStringList compressed(const QString &interval, const QString &window)
    {
        // These tests poll with QTRY_* (which also re-evaluates the expression after success), so the
        // polled GET buckets get a high limit here: a 429 must not pose as a wrong delivery state.
        // The rate limit itself is tested in tst_sandboxapi and tst_ratelimitenforcer.
        return {QStringLiteral("--allow-private-targets"),
                QStringLiteral("--retry-interval"),
                interval,
                QStringLiteral("--retry-window"),
                window,
                QStringLiteral("--quiet"),
                QStringLiteral("--rate-limit"),
                QStringLiteral("GET /api/v1/webhooks/{id}=100000/1m"),
                QStringLiteral("--rate-limit"),
                QStringLiteral("GET /api/v1/webhooks/{id}/deliveries=100000/1m"),
                QStringLiteral("--rate-limit"),
                QStringLiteral("GET /api/v1/webhooks/{id}/deliveries/{delivery_id}=100000/1m")};
    }
    static qint64 ms(const QJsonValue &timestamp)
    {
        return QDateTime::fromString(timestamp.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
    }
    QJsonObject subscribe(SandboxHttp &http, const QByteArray &key, const QString &pathAndQuery)
    {
        const QJsonObject body{{QStringLiteral("url"), m_base + pathAndQuery},
                               {QStringLiteral("events"), QJsonArray{QStringLiteral("order_items.shipped")}}};
        return http.post(QStringLiteral("/api/v1/webhooks/"), key, QJsonDocument(body).toJson()).json().object();
    }
    static QJsonObject deliveryDetail(SandboxHttp &http, const QByteArray &key, qint64 subscription, qint64 delivery)
    {
        return http.get(QStringLiteral("/api/v1/webhooks/%1/deliveries/%2").arg(subscription).arg(delivery), key)
            .json()
            .object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const quint16 port = m_receiver.listen(QHostAddress(QHostAddress::LocalHost), 0);
        QVERIFY(port > 0);
        m_base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    }

    void helpAndVersion()
    {
        QProcess help;
        help.start(SandboxProcess::executable(), {QStringLiteral("--help")});
        QVERIFY(help.waitForFinished(30000));
        const QString text = QString::fromUtf8(help.readAllStandardOutput());
        for (const char *flag :
             {"--fault-latency", "--fault-5xx-share", "--fault-malformed-share", "--fault-drop-share",
              "--retry-interval", "--retry-window", "--rate-window", "--demo", "--allow-private-targets"})
            QVERIFY2(text.contains(QLatin1String(flag)), flag);
        QProcess version;
        version.start(SandboxProcess::executable(), {QStringLiteral("--version")});
        QVERIFY(version.waitForFinished(30000));
        QVERIFY(version.readAllStandardOutput().startsWith("webhook-sandbox "));
        QProcess bad;
        bad.start(SandboxProcess::executable(),
                  {QStringLiteral("serve"), QStringLiteral("--retry-interval"), QStringLiteral("soon")});
        QVERIFY(bad.waitForFinished(30000));
        QVERIFY(bad.exitCode() != 0);
        QVERIFY(bad.readAllStandardError().contains("soon"));
    }

    void deliveryIsSignedAndVerifiable()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start(compressed(QStringLiteral("1h"), QStringLiteral("48h"))));
        SandboxHttp http(sandbox.baseUrl());
        const QJsonObject s = subscribe(http, sandbox.apiKey(), QStringLiteral("/partner/hooks?mode=ok"));
        const QString secret = s.value(QStringLiteral("client_secret")).toString();
        QSignalSpy spy(&m_receiver, &DemoReceiver::received);
        const SandboxReply event = http.post(QStringLiteral("/api/v1/events"), sandbox.apiKey(),
                                             R"({"event":"order_items.shipped","message":{"tracking_number":"0034"}})");
        QCOMPARE(event.json().object().value(QStringLiteral("deliveries")).toInt(), 1);
        // The delivery can reach the receiver while the POST above still waits for its own answer
        // (both run in this event loop), so the signal may already be in the spy: spy.wait() alone
        // would wait for a second one.
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 20000);
        const auto received = spy.at(0).at(0).value<DemoReceiver::Received>();
        const QByteArray id = received.header("webhook-id");
        const QByteArray timestamp = received.header("webhook-timestamp");
        const QByteArray signature = received.header("webhook-signature");
        QVERIFY(!id.isEmpty());
        QVERIFY(qAbs(timestamp.toLongLong() - QDateTime::currentSecsSinceEpoch()) < 600);
        QVERIFY(secret.startsWith(QStringLiteral("whsec_")));
        const QByteArray key = QByteArray::fromBase64(secret.mid(6).toLatin1());
        const QByteArray expected = "v1,"
            + QMessageAuthenticationCode::hash(id + '.' + timestamp + '.' + received.body, key,
                                               QCryptographicHash::Sha256)
                  .toBase64();
        QCOMPARE(signature, expected);
        QCOMPARE(received.header("content-type"), QByteArray("application/json"));
        const QJsonObject payload = QJsonDocument::fromJson(received.body).object();
        QCOMPARE(payload.value(QStringLiteral("id")).toString(),
                 event.json().object().value(QStringLiteral("event_id")).toString());
        QCOMPARE(
            payload.value(QStringLiteral("message")).toObject().value(QStringLiteral("tracking_number")).toString(),
            QStringLiteral("0034"));
        const QString path = QStringLiteral("/api/v1/webhooks/%1").arg(s.value(QStringLiteral("id")).toInteger());
        QTRY_COMPARE_WITH_TIMEOUT(
            http.get(path, sandbox.apiKey()).json().object().value(QStringLiteral("last_delivery_status")).toString(),
            QStringLiteral("delivered"), 20000);
    }

    void fullRetryScheduleOnACompressedInterval()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start(compressed(QStringLiteral("50ms"), QStringLiteral("2400ms"))));
        SandboxHttp http(sandbox.baseUrl());
        const QJsonObject s = subscribe(http, sandbox.apiKey(), QStringLiteral("/status/500"));
        const qint64 sid = s.value(QStringLiteral("id")).toInteger();
        QCOMPARE(
            http.post(QStringLiteral("/api/v1/events"), sandbox.apiKey(), R"({"event":"order_items.shipped"})").status,
            202);
        const QString list = QStringLiteral("/api/v1/webhooks/%1/deliveries").arg(sid);
        QJsonObject d;
        QTRY_VERIFY_WITH_TIMEOUT(
            (d = http.get(list, sandbox.apiKey()).firstItem()).value(QStringLiteral("status")).toString()
                == QStringLiteral("failed"),
            30000);
        const QJsonObject detail =
            deliveryDetail(http, sandbox.apiKey(), sid, d.value(QStringLiteral("id")).toInteger());
        QCOMPARE(detail.value(QStringLiteral("attempt_count")).toInt(), 49);
        QCOMPARE(detail.value(QStringLiteral("max_attempts")).toInt(), 49);
        QVERIFY(detail.value(QStringLiteral("next_attempt_at")).isNull());
        QCOMPARE(detail.value(QStringLiteral("last_status_code")).toInt(), 500);
        const QJsonArray attempts = detail.value(QStringLiteral("attempts")).toArray();
        QCOMPARE(attempts.size(), 49);
        const qint64 first = ms(attempts[0].toObject().value(QStringLiteral("scheduled_at")));
        QCOMPARE(first, ms(detail.value(QStringLiteral("created_at"))));
        for (int k = 0; k < 49; ++k) {
            const QJsonObject a = attempts[k].toObject();
            QCOMPARE(a.value(QStringLiteral("number")).toInt(), k + 1);
            // Exact spacing: each attempt is due at first + k * interval, and never runs early.
            QCOMPARE(ms(a.value(QStringLiteral("scheduled_at"))), first + k * 50);
            QVERIFY(ms(a.value(QStringLiteral("at"))) >= first + k * 50);
            QCOMPARE(a.value(QStringLiteral("status_code")).toInt(), 500);
        }
        QCOMPARE(ms(detail.value(QStringLiteral("gives_up_at"))), first + 48 * 50);
        const QJsonObject summary =
            http.get(QStringLiteral("/api/v1/webhooks/%1").arg(sid), sandbox.apiKey()).json().object();
        QCOMPARE(summary.value(QStringLiteral("last_delivery_status")).toString(), QStringLiteral("failed"));
        QCOMPARE(summary.value(QStringLiteral("pending_retries")).toInt(), 0);
        QVERIFY(summary.value(QStringLiteral("next_retry_at")).isNull());
    }

    void resumesAfterKill9()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start(compressed(QStringLiteral("2s"), QStringLiteral("20s"))));
        SandboxHttp http(sandbox.baseUrl());
        const QJsonObject s = subscribe(http, sandbox.apiKey(), QStringLiteral("/status/503"));
        const qint64 sid = s.value(QStringLiteral("id")).toInteger();
        QCOMPARE(
            http.post(QStringLiteral("/api/v1/events"), sandbox.apiKey(), R"({"event":"order_items.shipped"})").status,
            202);
        const QString list = QStringLiteral("/api/v1/webhooks/%1/deliveries").arg(sid);
        QJsonObject d;
        QTRY_VERIFY_WITH_TIMEOUT(
            (d = http.get(list, sandbox.apiKey()).firstItem()).value(QStringLiteral("attempt_count")).toInt() >= 1,
            20000);
        const qint64 did = d.value(QStringLiteral("id")).toInteger();
        const int before = d.value(QStringLiteral("attempt_count")).toInt();
        sandbox.kill();
        QVERIFY(sandbox.restart(compressed(QStringLiteral("2s"), QStringLiteral("20s"))));
        http.setBase(sandbox.baseUrl());
        QTRY_VERIFY_WITH_TIMEOUT(
            deliveryDetail(http, sandbox.apiKey(), sid, did).value(QStringLiteral("attempt_count")).toInt() > before,
            20000);
        const QJsonObject detail = deliveryDetail(http, sandbox.apiKey(), sid, did);
        const QJsonArray attempts = detail.value(QStringLiteral("attempts")).toArray();
        const qint64 first = ms(detail.value(QStringLiteral("created_at")));
        // Every attempt, before and after the restart, ran in its own slot of the original schedule.
        QList<qint64> dueTimes;
        for (const QJsonValue &a : attempts) {
            const qint64 due = ms(a.toObject().value(QStringLiteral("scheduled_at")));
            QCOMPARE((due - first) % 2000, 0);
            QVERIFY(!dueTimes.contains(due));
            dueTimes << due;
        }
        QCOMPARE(detail.value(QStringLiteral("status")).toString(), QStringLiteral("retrying"));
    }

    void disablingHoldsAndDeletingStops()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start(compressed(QStringLiteral("300ms"), QStringLiteral("1m"))));
        SandboxHttp http(sandbox.baseUrl());
        const QJsonObject s = subscribe(http, sandbox.apiKey(), QStringLiteral("/status/500"));
        const QString path = QStringLiteral("/api/v1/webhooks/%1").arg(s.value(QStringLiteral("id")).toInteger());
        QCOMPARE(
            http.post(QStringLiteral("/api/v1/events"), sandbox.apiKey(), R"({"event":"order_items.shipped"})").status,
            202);
        QTRY_VERIFY_WITH_TIMEOUT(
            http.get(path, sandbox.apiKey()).json().object().value(QStringLiteral("pending_retries")).toInt() == 1,
            20000);
        // A witness of another tenant, failing on the same schedule: its attempts show that the
        // scheduler went on running while the other was held or gone.
        int mainReceived = 0;
        int witnessReceived = 0;
        QObject counting;
        connect(&m_receiver, &DemoReceiver::received, &counting, [&](const DemoReceiver::Received &r) {
            ++(r.query.contains(QLatin1String("witness")) ? witnessReceived : mainReceived);
        });
        const QByteArray witnessKey = sandbox.createKey(QStringLiteral("witness"));
        QVERIFY(!subscribe(http, witnessKey, QStringLiteral("/status/500?witness")).isEmpty());
        QCOMPARE(http.post(QStringLiteral("/api/v1/events"), witnessKey, R"({"event":"order_items.shipped"})").status,
                 202);
        QTRY_VERIFY_WITH_TIMEOUT(witnessReceived >= 1, 20000);
        QCOMPARE(http.patch(path, sandbox.apiKey(), R"({"enabled":false})").status, 200);
        // Disabled: no new deliveries.
        QCOMPARE(http.post(QStringLiteral("/api/v1/events"), sandbox.apiKey(), R"({"event":"order_items.shipped"})")
                     .json()
                     .object()
                     .value(QStringLiteral("deliveries"))
                     .toInt(),
                 0);
        const int held = http.get(path + QStringLiteral("/deliveries"), sandbox.apiKey())
                             .firstItem()
                             .value(QStringLiteral("attempt_count"))
                             .toInt();
        // No attempt may come while disabled: three attempts of the witness pass without one.
        const int witnessHeld = witnessReceived;
        QTRY_VERIFY_WITH_TIMEOUT(witnessReceived >= witnessHeld + 3, 20000);
        const QJsonObject still = http.get(path + QStringLiteral("/deliveries"), sandbox.apiKey()).firstItem();
        QCOMPARE(still.value(QStringLiteral("attempt_count")).toInt(), held);
        QCOMPARE(still.value(QStringLiteral("status")).toString(), QStringLiteral("retrying"));
        QCOMPARE(http.patch(path, sandbox.apiKey(), R"({"enabled":true})").status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(http.get(path + QStringLiteral("/deliveries"), sandbox.apiKey())
                                         .firstItem()
                                         .value(QStringLiteral("attempt_count"))
                                         .toInt()
                                     > held,
                                 20000);
        const int countBeforeDelete = mainReceived;
        QCOMPARE(http.del(path, sandbox.apiKey()).status, 204);
        // No attempt may follow the delete: three attempts of the witness pass without one.
        const int witnessAtDelete = witnessReceived;
        QTRY_VERIFY_WITH_TIMEOUT(witnessReceived >= witnessAtDelete + 3, 20000);
        QVERIFY(mainReceived <= countBeforeDelete + 1);  // at most one attempt was in flight
    }

    void demoSeedsATenantWithMixedHealth()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess demo;
        demo.start(SandboxProcess::executable(),
                   {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"),
                    dir.filePath(QStringLiteral("demo.sqlite")), QStringLiteral("--demo"),
                    QStringLiteral("--retry-interval"), QStringLiteral("200ms"),
                    QStringLiteral("--demo-traffic-interval"), QStringLiteral("200ms"), QStringLiteral("--quiet")});
        QByteArray out;
        while (!out.contains("listening: ") || !out.endsWith('\n')) {
            QVERIFY(demo.waitForReadyRead(30000));
            out += demo.readAllStandardOutput();
        }
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith("demo-api-key: "));
        QVERIFY(lines[1].startsWith("listening: http://127.0.0.1:"));
        const QByteArray key = lines[0].mid(14).trimmed();
        SandboxHttp http(QUrl(QString::fromLatin1(lines[1].mid(11).trimmed())));
        QJsonArray subscriptions;
        QSet<QString> statuses;  // deliveries' statuses seen across the demo tenant
        const auto allSeen = [&statuses] {
            return statuses.contains(QStringLiteral("delivered")) && statuses.contains(QStringLiteral("retrying"))
                && statuses.contains(QStringLiteral("failed"));
        };
        // Polled every half second rather than at QTRY's 50 ms pace: each round is several requests.
        QTimer poll;
        poll.setSingleShot(true);
        poll.setInterval(500);
        connect(&poll, &QTimer::timeout, this, [&] {
            subscriptions = http.get(QStringLiteral("/api/v1/webhooks/"), key).json().array();
            for (const QJsonValue &v : std::as_const(subscriptions)) {
                const QJsonObject s = v.toObject();
                statuses.insert(s.value(QStringLiteral("last_delivery_status")).toString());
                // A failing partner's old deliveries run out of their window within a few intervals.
                if (!s.value(QStringLiteral("failing_since")).isNull()
                    && !statuses.contains(QStringLiteral("failed"))) {
                    const SandboxReply failed =
                        http.get(QStringLiteral("/api/v1/webhooks/%1/deliveries?status=failed&limit=1")
                                     .arg(s.value(QStringLiteral("id")).toInteger()),
                                 key);
                    if (failed.json().object().value(QStringLiteral("total")).toInt() > 0)
                        statuses.insert(QStringLiteral("failed"));
                }
            }
            if (!allSeen())
                poll.start();
        });
        poll.start();
        QTRY_VERIFY2_WITH_TIMEOUT(allSeen(), qPrintable(QStringList(statuses.values()).join(u',')), 60000);
        poll.stop();
        QVERIFY2(statuses.contains(QStringLiteral("delivered")), qPrintable(QStringList(statuses.values()).join(u',')));
        QVERIFY2(statuses.contains(QStringLiteral("retrying")), qPrintable(QStringList(statuses.values()).join(u',')));
        QVERIFY2(statuses.contains(QStringLiteral("failed")), qPrintable(QStringList(statuses.values()).join(u',')));
        QVERIFY(subscriptions.size() >= 24);
        demo.kill();
        demo.waitForFinished(10000);
    }
};

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
