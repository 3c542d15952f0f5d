#pragma once

#include <QtGlobal>

#include <algorithm>

// The documented retry policy: attempts every `intervalMs` for `windowMs` after the first attempt
// (attempt k due at first + k * interval, k = 0 .. window / interval), so 1 h over 48 h gives 49.
struct DeliverySchedule
{
    qint64 intervalMs = 3'600'000;
    qint64 windowMs = 48 * 3'600'000LL;

    int maxAttempts() const { return int(std::max<qint64>(0, windowMs / std::max<qint64>(1, intervalMs))) + 1; }
};
