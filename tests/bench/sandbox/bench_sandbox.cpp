// Sandbox benchmark: GET list requests per second with 10,000 subscriptions on loopback, and
// deliveries per second to a local receiver that always answers 200. Prints a Markdown table.
// Run: <build>/bin/bench_sandbox [subscriptions=10000] [requests=300] [deliveries=5000]
#include "kit/SandboxProcess.h"
#include "kit/SandboxSeeder.h"
#include "sandbox/DemoReceiver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTimer>

#include <cstdio>

namespace {
QByteArray request(QNetworkAccessManager &network, const QByteArray &method, const QUrl &url, const QByteArray &key,
                   const QByteArray &body, int *status)
{
    QNetworkRequest req(url);
    req.setRawHeader("X-API-Key", key);
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    return answer;
}

// Runs `total` requests with `parallel` in flight; returns elapsed ms, or -1 on a non-200 answer.
qint64 runGets(QNetworkAccessManager &network, const QUrl &url, const QByteArray &key, int total, int parallel,
               qint64 *bytes)
{
    int started = 0;
    int finished = 0;
    bool failed = false;
    QEventLoop loop;
    QElapsedTimer timer;
    std::function<void()> next = [&] {
        if (started >= total)
            return;
        ++started;
        QNetworkRequest req(url);
        req.setRawHeader("X-API-Key", key);
        QNetworkReply *reply = network.get(req);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                failed = true;
            *bytes = reply->readAll().size();
            reply->deleteLater();
            if (++finished == total)
                loop.quit();
            else
                next();
        });
    };
    timer.start();
    for (int i = 0; i < parallel; ++i)
        next();
    loop.exec();
    return failed ? -1 : timer.elapsed();
}
}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int subscriptionCount = args.value(1, QStringLiteral("10000")).toInt();
    const int requestCount = args.value(2, QStringLiteral("300")).toInt();
    const int deliveryTarget = args.value(3, QStringLiteral("5000")).toInt();

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);

    // --- GET list with many subscriptions -------------------------------------------------
    SandboxProcess sandbox;
    const QStringList unlimited{QStringLiteral("--quiet"),      QStringLiteral("--allow-private-targets"),
                                QStringLiteral("--rate-limit"), QStringLiteral("GET /api/v1/webhooks/=1000000/1m"),
                                QStringLiteral("--rate-limit"), QStringLiteral("POST /api/v1/events=1000000/1m"),
                                QStringLiteral("--rate-limit"), QStringLiteral("POST /api/v1/webhooks/=1000000/1m")};
    if (!sandbox.start(unlimited + QStringList{QStringLiteral("--no-list-cache")})) {
        std::fprintf(stderr, "cannot start the sandbox\n");
        return 1;
    }
    {
        QString error;
        const bool seeded = SandboxSeeder::seed(
            sandbox.dbPath(), subscriptionCount,
            [](int i) {
                return SandboxSeeder::Row{QStringLiteral("https://partner-%1.example.com/webhooks/orders").arg(i),
                                          QStringLiteral("Partner %1 order sync").arg(i),
                                          i % 7 != 0,
                                          {QStringLiteral("orders.created"), QStringLiteral("order_items.shipped")}};
            },
            &error);
        if (!seeded) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    QUrl listUrl = sandbox.baseUrl().resolved(QUrl(QStringLiteral("/api/v1/webhooks/")));
    qint64 bytes = 0;
    runGets(network, listUrl, sandbox.apiKey(), 3, 1, &bytes);  // warm-up
    // Uncached: every request reads 10,000 rows and writes the JSON.
    const qint64 uncachedMs = runGets(network, listUrl, sandbox.apiKey(), requestCount, 1, &bytes);
    // Cached (the default): the answer is reused until something is written.
    if (!sandbox.restart(unlimited)) {
        std::fprintf(stderr, "cannot restart the sandbox\n");
        return 1;
    }
    listUrl = sandbox.baseUrl().resolved(QUrl(QStringLiteral("/api/v1/webhooks/")));
    runGets(network, listUrl, sandbox.apiKey(), 3, 1, &bytes);
    const qint64 sequentialMs = runGets(network, listUrl, sandbox.apiKey(), requestCount, 1, &bytes);
    const qint64 parallelMs = runGets(network, listUrl, sandbox.apiKey(), requestCount, 6, &bytes);
    sandbox.stop();

    // --- Deliveries to a receiver that always answers 200 ----------------------------------
    DemoReceiver receiver;
    const quint16 port = receiver.listen(QHostAddress(QHostAddress::LocalHost), 0);
    SandboxProcess deliverySandbox;
    if (!deliverySandbox.start(unlimited)) {
        std::fprintf(stderr, "cannot start the sandbox\n");
        return 1;
    }
    const int fanOut = 50;
    const QUrl base = deliverySandbox.baseUrl();
    for (int i = 0; i < fanOut; ++i) {
        const QJsonObject body{{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1/ok/%2").arg(port).arg(i)},
                               {QStringLiteral("events"), QJsonArray{QStringLiteral("orders.created")}}};
        int status = 0;
        request(network, "POST", base.resolved(QUrl(QStringLiteral("/api/v1/webhooks/"))), deliverySandbox.apiKey(),
                QJsonDocument(body).toJson(QJsonDocument::Compact), &status);
    }
    const int events = std::max(1, deliveryTarget / fanOut);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < events; ++i) {
        int status = 0;
        request(network, "POST", base.resolved(QUrl(QStringLiteral("/api/v1/events"))), deliverySandbox.apiKey(),
                "{\"event\":\"orders.created\",\"message\":{\"order_id\":\"ORD-" + QByteArray::number(i) + "\"}}",
                &status);
    }
    const int expected = events * fanOut;
    QEventLoop wait;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &wait, [&] {
        if (receiver.receivedCount() >= expected || timer.elapsed() > 300'000)
            wait.quit();
    });
    poll.start(5);
    wait.exec();
    const qint64 deliveryMs = timer.elapsed();
    deliverySandbox.stop();

    const auto rate = [](int n, qint64 ms) { return ms > 0 ? double(n) * 1000.0 / double(ms) : 0.0; };
    std::printf("| Measurement | Setting | Result |\n|---|---|---|\n");
    std::printf("| GET /api/v1/webhooks/, uncached (1 connection) | %d subscriptions, %lld bytes per answer, %d "
                "requests | %.1f requests/s |\n",
                subscriptionCount, static_cast<long long>(bytes), requestCount, rate(requestCount, uncachedMs));
    std::printf("| GET /api/v1/webhooks/, cached (1 connection) | %d subscriptions, %d requests | %.1f requests/s |\n",
                subscriptionCount, requestCount, rate(requestCount, sequentialMs));
    std::printf("| GET /api/v1/webhooks/, cached (6 in flight) | %d subscriptions, %d requests | %.1f requests/s |\n",
                subscriptionCount, requestCount, rate(requestCount, parallelMs));
    std::printf("| Deliveries to a local 200 receiver | %d events x %d subscriptions = %d deliveries (%d received) | "
                "%.1f deliveries/s |\n",
                events, fanOut, expected, receiver.receivedCount(), rate(receiver.receivedCount(), deliveryMs));
    return receiver.receivedCount() >= expected && uncachedMs > 0 && sequentialMs > 0 && parallelMs > 0 ? 0 : 1;
}
