// Benchmark: a bulk PATCH of N subscriptions against the real sandbox with a compressed rate
// window, once through ApiClient + RequestQueue and once with a naive client (send everything at
// once, resend after Retry-After on 429), in the same run. Prints a Markdown table and a JSON line.
//
//   bench_api_bulkpatch [--count 300] [--window 2s] [--no-naive]
//
// The queue runs twice: given the window, and given none (the documented 100 a minute), when it
// follows the limit the sandbox advertises in RateLimit-Policy.
//
// Metrics (see docs/benchmarks-api.md):
//   utilisation  = PATCHes the server admitted during the job's full windows / (full windows x limit)
//   429s         = 429 answers received
//   max/window   = most PATCHes sent (by the client, 429'd ones included) in any rolling window
//   interactive  = wait of interactive requests submitted while the bulk job ran

#include "kit/SandboxProcess.h"

#include "api/ApiClient.h"
#include "api/RequestQueue.h"
#include "common/Duration.h"
#include "common/SystemClock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

const QString PatchBucket = QStringLiteral("PATCH /api/v1/webhooks/{id}");

struct RunResult
{
    QString name;
    int requests = 0;
    int ok = 0;
    int failed = 0;
    int count429 = 0;
    int sends = 0;
    qint64 durationMs = 0;  // first send .. last answer
    double utilisation = 0;
    int maxInWindow = 0;
    qint64 interactivePatchWaitMaxMs = -1;  // submit -> send (queue wait), same bucket as the bulk job
    qint64 interactiveGetWaitMaxMs = -1;  // submit -> send, GET bucket
    qint64 interactiveGetAnswerMaxMs = -1;  // submit -> answer (includes server time)
    int interactiveSamples = 0;
};

// Test/benchmark code may wait on an event loop; product code never does.
void waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

void sleepMs(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

int maxInAnyWindow(std::vector<qint64> times, qint64 window)
{
    std::sort(times.begin(), times.end());
    int best = 0;
    std::size_t lo = 0;
    for (std::size_t hi = 0; hi < times.size(); ++hi) {
        while (times[lo] <= times[hi] - window)
            ++lo;
        best = std::max(best, int(hi - lo + 1));
    }
    return best;
}

// Admitted sends inside the full windows from the first send, over what the limit allows there.
double utilisation(const std::vector<qint64> &sends, const std::vector<qint64> &admitted, qint64 window, int limit)
{
    if (sends.empty())
        return 0;
    const qint64 first = *std::min_element(sends.begin(), sends.end());
    const qint64 last = *std::max_element(sends.begin(), sends.end());
    const qint64 fullWindows = std::max<qint64>(1, (last - first) / window);
    const qint64 end = first + fullWindows * window;
    const auto inside =
        std::count_if(admitted.begin(), admitted.end(), [&](qint64 t) { return t >= first && t < end; });
    return double(inside) / double(fullWindows * limit);
}

RunResult runQueued(const QString &name, const SandboxProcess &sandbox, const QList<qint64> &ids, qint64 window,
                    const RateLimitPolicy &policy, bool pacing)
{
    RunResult result;
    result.name = name;
    SystemClock clock;
    QNetworkAccessManager nam;
    RequestQueue queue(&clock, policy);
    queue.setBulkPacing(pacing);
    ApiClient client(&nam, &queue);
    client.setServer(sandbox.baseUrl(), sandbox.apiKey());

    std::vector<qint64> sends, admitted;
    QObject::connect(&queue, &RequestQueue::requestSent, &queue,
                     [&](const QString &bucket, RequestLane, qint64 at, int) {
                         if (bucket == PatchBucket)
                             sends.push_back(at);
                     });

    const BulkJobId job = client.beginBulkJob(int(ids.size()), QStringLiteral("bench"));
    const qint64 start = clock.monotonicMs();
    qint64 lastAnswer = start;
    for (qint64 id : ids) {
        SubscriptionPatch patch;
        patch.enabled = false;
        client.updateSubscription(id, patch, RequestOptions::bulk(job), &queue, [&](const ApiResult<Subscription> &r) {
            lastAnswer = clock.monotonicMs();
            if (r.ok()) {
                ++result.ok;
            } else {
                ++result.failed;
                std::fprintf(stderr, "bulk PATCH failed: %s\n", qPrintable(r.error.message()));
            }
        });
    }
    result.requests = int(ids.size());

    // While the job runs: every 0.3 windows, one interactive PATCH (same bucket) and one
    // interactive GET. Their queue wait is measured from submit to the moment they are sent.
    int probeIndex = 0;
    std::vector<qint64> patchWaits, getWaits, getAnswers;
    QTimer probeTimer;
    probeTimer.setInterval(int(window * 3 / 10));
    QObject::connect(&probeTimer, &QTimer::timeout, &queue, [&] {
        if (client.bulkJobProgress(job).finished)
            return;
        const qint64 patchId = ids.at(probeIndex % ids.size());
        const qint64 getId = ids.at((probeIndex * 7 + 3) % ids.size());
        ++probeIndex;
        const qint64 submitted = clock.monotonicMs();
        // The next PATCH send in the bucket after this submit is the interactive one (it overtakes bulk).
        const std::size_t patchSendsBefore = sends.size();
        SubscriptionPatch patch;
        patch.description = QStringLiteral("probe %1").arg(probeIndex);
        client.updateSubscription(patchId, patch, RequestLane::Interactive, &queue,
                                  [&, submitted, patchSendsBefore](const ApiResult<Subscription> &r) {
                                      if (!r.ok())
                                          std::fprintf(stderr, "interactive PATCH failed: %s\n",
                                                       qPrintable(r.error.message()));
                                      if (sends.size() > patchSendsBefore)
                                          patchWaits.push_back(sends[patchSendsBefore] - submitted);
                                  });
        auto sentAt = std::make_shared<qint64>(-1);
        auto conn = std::make_shared<QMetaObject::Connection>();
        *conn =
            QObject::connect(&queue, &RequestQueue::requestSent, &queue,
                             [sentAt, conn](const QString &bucket, RequestLane lane, qint64 at, int) {
                                 if (lane == RequestLane::Interactive && bucket.startsWith(u"GET ") && *sentAt < 0) {
                                     *sentAt = at;
                                     QObject::disconnect(*conn);
                                 }
                             });
        client.getSubscription(
            getId, RequestLane::Interactive, &queue, [&, submitted, sentAt](const ApiResult<Subscription> &r) {
                if (!r.ok())
                    std::fprintf(stderr, "interactive GET failed: %s\n", qPrintable(r.error.message()));
                if (*sentAt >= 0)
                    getWaits.push_back(*sentAt - submitted);
                getAnswers.push_back(clock.monotonicMs() - submitted);
            });
    });
    QTimer::singleShot(int(window / 2), &probeTimer, qOverload<>(&QTimer::start));

    waitUntil([&] { return client.bulkJobProgress(job).finished; }, 600'000);
    probeTimer.stop();
    waitUntil([&] { return queue.isIdle(); }, 60'000);

    // The server admitted every PATCH that did not get a 429 (the queue resends those).
    admitted = sends;
    const auto state = queue.bucketState(PatchBucket);
    result.count429 = state.count429;
    result.sends = int(sends.size());
    result.durationMs = lastAnswer - (sends.empty() ? start : *std::min_element(sends.begin(), sends.end()));
    result.maxInWindow = maxInAnyWindow(sends, window);
    result.utilisation = utilisation(sends, admitted, window, policy.limitFor(PatchBucket).limit);
    auto maxOf = [](const std::vector<qint64> &v) {
        return v.empty() ? qint64(-1) : *std::max_element(v.begin(), v.end());
    };
    result.interactivePatchWaitMaxMs = maxOf(patchWaits);
    result.interactiveGetWaitMaxMs = maxOf(getWaits);
    result.interactiveGetAnswerMaxMs = maxOf(getAnswers);
    result.interactiveSamples = int(std::min(patchWaits.size(), getAnswers.size()));
    return result;
}

RunResult runNaive(const SandboxProcess &sandbox, const QList<qint64> &ids, qint64 window, int limit)
{
    // What a script without a limiter does: fire everything, resend each 429 after Retry-After.
    RunResult result;
    result.name = QStringLiteral("naive (all at once, retry on 429)");
    QNetworkAccessManager nam;
    QElapsedTimer clock;
    clock.start();
    std::vector<qint64> sends, admitted;
    int pending = 0;
    qint64 lastAnswer = 0;
    std::function<void(qint64)> send = [&](qint64 id) {
        QUrl url = sandbox.baseUrl();
        url.setPath(QStringLiteral("/api/v1/webhooks/%1").arg(id));
        QNetworkRequest request(url);
        request.setRawHeader("X-API-Key", sandbox.apiKey());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const qint64 at = clock.elapsed();
        sends.push_back(at);
        QNetworkReply *reply = nam.sendCustomRequest(request, "PATCH", QByteArrayLiteral("{\"enabled\":true}"));
        QObject::connect(reply, &QNetworkReply::finished, &nam, [&, reply, id, at] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 429) {
                ++result.count429;
                const int retryAfter = qMax(1, reply->rawHeader("Retry-After").toInt());
                QTimer::singleShot(retryAfter * 1000, &nam, [&, id] { send(id); });
                return;
            }
            lastAnswer = clock.elapsed();
            --pending;
            if (status >= 200 && status < 300) {
                ++result.ok;
                admitted.push_back(at);
            } else {
                ++result.failed;
            }
        });
    };
    result.requests = int(ids.size());
    pending = int(ids.size());
    for (qint64 id : ids)
        send(id);
    waitUntil([&] { return pending == 0; }, 600'000);
    result.sends = int(sends.size());
    result.durationMs = lastAnswer - (sends.empty() ? 0 : sends.front());
    result.maxInWindow = maxInAnyWindow(sends, window);
    result.utilisation = utilisation(sends, admitted, window, limit);
    return result;
}

QString row(const RunResult &r, qint64 window, int limit)
{
    auto ms = [](qint64 v) { return v < 0 ? QStringLiteral("n/a") : QString::number(v) + QStringLiteral(" ms"); };
    Q_UNUSED(window);
    return QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 / %8 | %9 | %10 | %11 |")
        .arg(r.name)
        .arg(r.requests)
        .arg(r.ok)
        .arg(r.sends)
        .arg(QString::number(r.utilisation, 'f', 3))
        .arg(r.count429)
        .arg(r.maxInWindow)
        .arg(limit)
        .arg(Duration::format(r.durationMs))
        .arg(ms(r.interactivePatchWaitMaxMs))
        .arg(ms(r.interactiveGetWaitMaxMs) + QStringLiteral(" (answer ") + ms(r.interactiveGetAnswerMaxMs) + u')');
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("count"), QStringLiteral("Subscriptions to PATCH (default 300)."),
                      QStringLiteral("N"), QStringLiteral("300")});
    parser.addOption({QStringLiteral("window"), QStringLiteral("Rate window on both sides (default 2s)."),
                      QStringLiteral("D"), QStringLiteral("2s")});
    parser.addOption({QStringLiteral("no-naive"), QStringLiteral("Skip the naive client.")});
    parser.addOption({QStringLiteral("no-pacing"), QStringLiteral("Turn the queue's bulk pacing off.")});
    parser.process(app);
    const int count = qMax(1, parser.value(QStringLiteral("count")).toInt());
    const auto windowOpt = Duration::parseMs(parser.value(QStringLiteral("window")));
    if (!windowOpt) {
        std::fprintf(stderr, "bad --window\n");
        return 2;
    }
    const qint64 window = *windowOpt;

    SandboxProcess sandbox;
    if (!sandbox.start({QStringLiteral("--rate-window"), Duration::format(window), QStringLiteral("--quiet")})
        && !sandbox.start({QStringLiteral("--rate-window"), Duration::format(window)})) {
        std::fprintf(stderr, "cannot start %s\n", qPrintable(SandboxProcess::executable()));
        return 1;
    }
    RateLimitPolicy policy;
    policy.setWindow(window);
    const int limit = policy.limitFor(PatchBucket).limit;

    // Set-up: create the subscriptions through the queue (POST bucket, bulk lane).
    QList<qint64> ids;
    {
        SystemClock clock;
        QNetworkAccessManager nam;
        RequestQueue queue(&clock, policy);
        ApiClient client(&nam, &queue);
        client.setServer(sandbox.baseUrl(), sandbox.apiKey());
        const BulkJobId job = client.beginBulkJob(count);
        for (int i = 0; i < count; ++i) {
            client.createSubscription(QStringLiteral("https://example.com/bench/%1").arg(i), QStringLiteral("bench"),
                                      RequestOptions::bulk(job), &queue, [&](const ApiResult<CreatedSubscription> &r) {
                                          if (r.ok() && r->subscription.id)
                                              ids << *r->subscription.id;
                                          else
                                              std::fprintf(stderr, "create failed: %s\n",
                                                           qPrintable(r.error.message()));
                                      });
        }
        std::fprintf(stderr, "creating %d subscriptions...\n", count);
        waitUntil([&] { return client.bulkJobProgress(job).finished; }, 600'000);
    }
    if (ids.size() != count) {
        std::fprintf(stderr, "only %lld of %d subscriptions created\n", qlonglong(ids.size()), count);
        return 1;
    }
    sleepMs(int(window) + 200);  // let every window empty

    std::fprintf(stderr, "queued run...\n");
    const bool pacing = !parser.isSet(QStringLiteral("no-pacing"));
    const RunResult queued =
        runQueued(QStringLiteral("RequestQueue (bulk lane), window given"), sandbox, ids, window, policy, pacing);
    QList<RunResult> results{queued};
    // The same client given no window: it starts from the documented 100 a minute and follows the
    // limit the sandbox advertises (RateLimit-Policy) from its first answer on.
    sleepMs(int(window) + 200);
    std::fprintf(stderr, "queued run following the advertised limit...\n");
    const RunResult advertised = runQueued(QStringLiteral("RequestQueue (bulk lane), advertised limit followed"),
                                           sandbox, ids, window, RateLimitPolicy::documented(), pacing);
    results << advertised;
    if (!parser.isSet(QStringLiteral("no-naive"))) {
        sleepMs(int(window) + 200);
        std::fprintf(stderr, "naive run...\n");
        results << runNaive(sandbox, ids, window, limit);
    }

    std::printf("Bulk PATCH of %d subscriptions, limit %d per %s (slot interval %lld ms), sandbox on loopback\n\n",
                count, limit, qPrintable(Duration::format(window)), qlonglong(window / limit));
    std::printf("| client | PATCHes | ok | sends | utilisation | 429s | max in any window | duration | interactive "
                "PATCH wait (max) | interactive GET wait (max) |\n");
    std::printf("|---|---|---|---|---|---|---|---|---|---|\n");
    for (const auto &r : results)
        std::printf("%s\n", qPrintable(row(r, window, limit)));
    std::printf("\ninteractive samples during the queued run: %d\n", queued.interactiveSamples);
    for (const auto &r : results) {
        QJsonObject o{{QStringLiteral("client"), r.name},
                      {QStringLiteral("requests"), r.requests},
                      {QStringLiteral("ok"), r.ok},
                      {QStringLiteral("failed"), r.failed},
                      {QStringLiteral("sends"), r.sends},
                      {QStringLiteral("utilisation"), r.utilisation},
                      {QStringLiteral("count429"), r.count429},
                      {QStringLiteral("maxInWindow"), r.maxInWindow},
                      {QStringLiteral("limit"), limit},
                      {QStringLiteral("windowMs"), window},
                      {QStringLiteral("durationMs"), r.durationMs},
                      {QStringLiteral("interactivePatchWaitMaxMs"), r.interactivePatchWaitMaxMs},
                      {QStringLiteral("interactiveGetWaitMaxMs"), r.interactiveGetWaitMaxMs},
                      {QStringLiteral("interactiveGetAnswerMaxMs"), r.interactiveGetAnswerMaxMs}};
        std::printf("JSON %s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    }
    auto meetsGoals = [limit](const RunResult &r) {
        return r.count429 == 0 && r.maxInWindow <= limit && r.utilisation >= 0.97 && r.failed == 0;
    };
    const bool goals = meetsGoals(queued) && meetsGoals(advertised);
    std::printf("\nqueued runs meet the goals (0 x 429, utilisation >= 0.97): %s\n", goals ? "yes" : "NO");
    return goals ? 0 : 3;
}
