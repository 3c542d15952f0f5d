#pragma once

// Calls a test makes on the server through its own ApiClient, waiting for the answer with
// QTest::qWaitFor (tests only: product code never waits). Shared by the GUI tests that seed
// subscriptions and check the server's state afterwards.

#include "api/ApiClient.h"

#include <QTest>

#include <optional>

namespace ServerCalls {

constexpr int kWaitMs = 30000;

// Runs `call(callback)` and waits for its answer; nullopt when none came in time.
template<class T, class Call>
std::optional<ApiResult<T>> await(Call call, int ms = kWaitMs)
{
    std::optional<ApiResult<T>> result;
    call([&result](const ApiResult<T> &r) { result = r; });
    // The answer (or its absence) is the result; the caller checks it.
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, ms);
    return result;
}

// The new subscription's id, or nullopt when the create failed.
inline std::optional<qint64> create(ApiClient *client, const QString &url,
                                    const std::optional<QString> &description = std::nullopt)
{
    const auto r = await<CreatedSubscription>(
        [&](auto done) { client->createSubscription(url, description, RequestLane::Interactive, nullptr, done); });
    return r && r->ok() ? r->value->subscription.id : std::nullopt;
}

// Creates `urls.size()` subscriptions as one bulk job; the ids of those created, in answer order.
inline QList<qint64> createMany(ApiClient *client, const QStringList &urls, const QStringList &descriptions,
                                int ms = 120000)
{
    QList<qint64> ids;
    int answered = 0;
    const BulkJobId job = client->beginBulkJob(int(urls.size()));
    for (qsizetype i = 0; i < urls.size(); ++i) {
        client->createSubscription(urls.at(i), descriptions.value(i), RequestOptions::bulk(job), nullptr,
                                   [&](const ApiResult<CreatedSubscription> &r) {
                                       ++answered;
                                       if (r.ok() && r->subscription.id)
                                           ids.append(*r->subscription.id);
                                   });
    }
    (void)QTest::qWaitFor([&] { return answered == urls.size(); }, ms);
    return ids;
}

inline std::optional<Subscription> fetch(ApiClient *client, qint64 id)
{
    const auto r =
        await<Subscription>([&](auto done) { client->getSubscription(id, RequestLane::Interactive, nullptr, done); });
    return r && r->ok() ? std::optional<Subscription>(*r->value) : std::nullopt;
}

inline std::optional<SubscriptionList> fetchAll(ApiClient *client)
{
    const auto r =
        await<SubscriptionList>([&](auto done) { client->listSubscriptions(RequestLane::Interactive, nullptr, done); });
    return r && r->ok() ? std::optional<SubscriptionList>(*r->value) : std::nullopt;
}

}  // namespace ServerCalls
