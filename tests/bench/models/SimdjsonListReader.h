#pragma once

#include "api/Subscription.h"

#include <QByteArray>

#include <optional>

// SubscriptionListReader's job done with simdjson's On-Demand API (Debian's libsimdjson-dev), for
// bench_models to weigh the library against the hand-written reader on the same body in the same
// run. Same contract: exactly what the QJsonDocument path gives, or nullopt for that path to decide.
// The product keeps the hand-written reader while this one is more than 10 % slower on the load
// (docs/benchmarks-models.md, "simdjson").
class SimdjsonListReader
{
public:
    // A body with 64 bytes of spare capacity is parsed in place; any other is copied first.
    static std::optional<SubscriptionList> read(const QByteArray &body);
};
