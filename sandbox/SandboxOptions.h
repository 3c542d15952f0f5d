#pragma once

#include "sandbox/FaultInjector.h"
#include "sandbox/HttpLimits.h"

#include <QString>
#include <QStringList>

#include <optional>

// The sandbox's command line: `keys create NAME --db PATH` and `serve [options]`.
struct SandboxOptions
{
    enum class Command { Serve, KeysCreate, Help, Version };

    Command command = Command::Help;
    QString keyName;
    QString dbPath = QStringLiteral("webhook-sandbox.sqlite");
    QString host = QStringLiteral("127.0.0.1");
    int port = 8765;
    bool demo = false;
    bool allowPrivateTargets = false;
    qint64 retryIntervalMs = 3'600'000;
    qint64 retryWindowMs = 48 * 3'600'000LL;
    std::optional<qint64> rateWindowMs;
    qint64 deliveryTimeoutMs = 10'000;
    qint64 demoTrafficIntervalMs = 3'000;
    QString eventTypesFile;
    QStringList rateLimitOverrides;  // "METHOD /route=COUNT/WINDOW", e.g. for benchmarks
    FaultInjector::Settings faults;
    HttpLimits http;  // the timeouts come from the command line, the sizes are fixed
    bool quiet = false;
    bool noListCache = false;  // benchmarks: measure the uncached list
    bool documentedFieldsOnly = false;  // answers as the vendor's server gives them: no events, no summary

    // Parses arguments (including argv[0]). On failure returns nullopt and sets *error.
    static std::optional<SandboxOptions> parse(const QStringList &arguments, QString *error);
    static QString helpText();
};
