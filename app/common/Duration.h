#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// Durations on command lines and in settings: "250ms", "6s", "1m", "2h", "1d"; a bare number is seconds.
namespace Duration {
// Milliseconds, or nullopt for anything malformed, negative or zero.
std::optional<qint64> parseMs(QStringView text);
// The shortest exact form: 250ms, 6s, 1m, 90s, 2h.
QString format(qint64 ms);
}  // namespace Duration
