#include "sandbox/SandboxOptions.h"

#include "common/Duration.h"
#include "common/RateLimitPolicy.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SandboxOptions", text);
}

std::optional<double> parseShare(const QString &text)
{
    QString t = text.trimmed();
    double scale = 1.0;
    if (t.endsWith(u'%')) {
        t.chop(1);
        scale = 0.01;
    }
    bool ok = false;
    const double value = t.toDouble(&ok) * scale;
    if (!ok || value < 0.0 || value > 1.0)
        return std::nullopt;
    return value;
}
}  // namespace

QString SandboxOptions::helpText()
{
    return tr(
        "Usage:\n"
        "  webhook-sandbox keys create NAME --db PATH\n"
        "      Creates an API key (its own tenant) and prints it, alone, on standard output.\n"
        "      Only a hash of the key is stored; keep the printed key.\n"
        "  webhook-sandbox serve [options]\n"
        "      Serves the webhook subscription API and delivers webhooks.\n"
        "\n"
        "Serve options:\n"
        "  --db PATH                    SQLite database (default webhook-sandbox.sqlite)\n"
        "  --port N                     TCP port (default 8765; 0 picks a free port)\n"
        "  --host ADDRESS               Address to listen on (default 127.0.0.1, loopback only)\n"
        "  --demo                       Seed a demo tenant (prints demo-api-key: KEY), subscriptions pointing\n"
        "                               at a built-in receiver that succeeds for some and fails for others,\n"
        "                               and demo traffic; retries every 10s over 8m unless set below\n"
        "  --demo-traffic-interval D    Time between demo events (default 3s)\n"
        "  --allow-private-targets      Allow deliveries to private and loopback addresses\n"
        "  --retry-interval D           Time between delivery attempts (default 1h)\n"
        "  --retry-window D             Retry for this long after the first attempt (default 48h)\n"
        "  --rate-window D              Keep every rate limit (50, PATCH 100) over this window (default 1m)\n"
        "  --rate-limit SPEC            Override one endpoint's limit, e.g. \"GET /api/v1/webhooks/=5000/1m\"\n"
        "                               (repeatable; for benchmarks)\n"
        "  --delivery-timeout D         An attempt without an answer within D fails (default 10s)\n"
        "  --idle-timeout D             Close a kept-alive connection after D without a request (default 1m)\n"
        "  --header-timeout D           Close a connection whose request head is not whole within D\n"
        "                               (default 10s)\n"
        "  --body-timeout D             Close a connection whose request body is not whole within D of its\n"
        "                               head (default 30s)\n"
        "  --send-timeout D             Close a connection whose answers make no progress for D, e.g. a\n"
        "                               client that sends requests and never reads (default 30s)\n"
        "  --event-types FILE           Event catalogue: JSON array of {\"event\", \"description\"}\n"
        "  --quiet                      No request log on standard error\n"
        "  --no-list-cache              Rebuild the subscription list on every request (benchmarks)\n"
        "  --documented-fields-only     Answer with the vendor-documented subscription fields only: no\n"
        "                               \"events\" and no delivery summary, as the vendor's API answers\n"
        "                               (for testing clients; PATCH still sets events)\n"
        "\n"
        "Fault injection (for testing clients; shares are 0..1 or percentages):\n"
        "  --fault-latency D            Delay every response by D\n"
        "  --fault-5xx-share P          Answer this share of requests with 503\n"
        "  --fault-malformed-share P    Answer this share of requests with malformed JSON (200)\n"
        "  --fault-drop-share P         Close the connection without an answer for this share\n"
        "  --fault-drop-after-share P   Handle this share of requests, then close the connection without an answer\n"
        "  --fault-429-share P          Answer this share with 429 and Retry-After: 1 (a 429 storm; not counted\n"
        "                               against the limit, X-RateLimit-Remaining: 0)\n"
        "  --fault-seed N               Seed for the fault dice (default: random)\n"
        "\n"
        "Durations: 250ms, 6s, 1m, 2h, 1d. On start, serve prints \"listening: http://HOST:PORT\".\n"
        "  --help                       Show this help\n"
        "  --version                    Show the version\n");
}

std::optional<SandboxOptions> SandboxOptions::parse(const QStringList &arguments, QString *error)
{
    SandboxOptions options;
    QStringList positional;
    bool intervalGiven = false;
    bool windowGiven = false;
    bool timeoutGiven = false;
    const auto fail = [error](const QString &message) -> std::optional<SandboxOptions> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    for (qsizetype i = 1; i < arguments.size(); ++i) {
        QString arg = arguments[i];
        QString inlineValue;
        bool hasInline = false;
        if (arg.startsWith(u"--") && arg.contains(u'=')) {
            const qsizetype eq = arg.indexOf(u'=');
            inlineValue = arg.mid(eq + 1);
            arg = arg.left(eq);
            hasInline = true;
        }
        const auto value = [&](QString *out) -> bool {
            if (hasInline) {
                *out = inlineValue;
                return true;
            }
            if (i + 1 >= arguments.size())
                return false;
            *out = arguments[++i];
            return true;
        };
        const auto duration = [&](qint64 *out) -> std::optional<QString> {
            QString text;
            if (!value(&text))
                return tr("The option %1 needs a duration such as 250ms, 6s, 1m or 2h.").arg(arg);
            const auto ms = Duration::parseMs(text);
            if (!ms)
                return tr("Cannot read the duration \"%1\" of %2; write it like 250ms, 6s, 1m or 2h.").arg(text, arg);
            *out = *ms;
            return std::nullopt;
        };
        const auto share = [&](double *out) -> std::optional<QString> {
            QString text;
            const auto parsed = value(&text) ? parseShare(text) : std::nullopt;
            if (!parsed)
                return tr("The option %1 needs a share between 0 and 1 (or 0% to 100%).").arg(arg);
            *out = *parsed;
            return std::nullopt;
        };
        std::optional<QString> problem;
        if (arg == u"--help" || arg == u"-h") {
            options.command = Command::Help;
            return options;
        } else if (arg == u"--version" || arg == u"-v") {
            options.command = Command::Version;
            return options;
        } else if (arg == u"--db") {
            if (!value(&options.dbPath) || options.dbPath.isEmpty())
                problem = tr("The option --db needs a file path.");
        } else if (arg == u"--host") {
            if (!value(&options.host) || options.host.isEmpty())
                problem = tr("The option --host needs an address.");
        } else if (arg == u"--port") {
            QString text;
            bool ok = false;
            const int port = value(&text) ? text.toInt(&ok) : -1;
            if (!ok || port < 0 || port > 65535)
                problem = tr("The option --port needs a port number from 0 to 65535.");
            options.port = port;
        } else if (arg == u"--demo") {
            options.demo = true;
        } else if (arg == u"--allow-private-targets") {
            options.allowPrivateTargets = true;
        } else if (arg == u"--quiet") {
            options.quiet = true;
        } else if (arg == u"--no-list-cache") {
            options.noListCache = true;
        } else if (arg == u"--documented-fields-only") {
            options.documentedFieldsOnly = true;
        } else if (arg == u"--retry-interval") {
            problem = duration(&options.retryIntervalMs);
            intervalGiven = true;
        } else if (arg == u"--retry-window") {
            problem = duration(&options.retryWindowMs);
            windowGiven = true;
        } else if (arg == u"--rate-window") {
            qint64 ms = 0;
            problem = duration(&ms);
            options.rateWindowMs = ms;
        } else if (arg == u"--delivery-timeout") {
            problem = duration(&options.deliveryTimeoutMs);
            timeoutGiven = true;
        } else if (arg == u"--idle-timeout") {
            problem = duration(&options.http.idleTimeoutMs);
        } else if (arg == u"--header-timeout") {
            problem = duration(&options.http.headerTimeoutMs);
        } else if (arg == u"--body-timeout") {
            problem = duration(&options.http.bodyTimeoutMs);
        } else if (arg == u"--send-timeout") {
            problem = duration(&options.http.sendTimeoutMs);
        } else if (arg == u"--demo-traffic-interval") {
            problem = duration(&options.demoTrafficIntervalMs);
        } else if (arg == u"--rate-limit") {
            QString spec;
            QString reason;
            RateLimitPolicy probe;
            if (!value(&spec))
                problem = tr("The option --rate-limit needs METHOD /route=COUNT/WINDOW.");
            else if (!probe.addOverride(spec, &reason))
                problem = reason;
            else
                options.rateLimitOverrides << spec;
        } else if (arg == u"--event-types") {
            if (!value(&options.eventTypesFile) || options.eventTypesFile.isEmpty())
                problem = tr("The option --event-types needs a file path.");
        } else if (arg == u"--fault-latency") {
            problem = duration(&options.faults.latencyMs);
        } else if (arg == u"--fault-5xx-share") {
            problem = share(&options.faults.share5xx);
        } else if (arg == u"--fault-malformed-share") {
            problem = share(&options.faults.shareMalformed);
        } else if (arg == u"--fault-drop-share") {
            problem = share(&options.faults.shareDrop);
        } else if (arg == u"--fault-drop-after-share") {
            problem = share(&options.faults.shareDropAfter);
        } else if (arg == u"--fault-429-share") {
            problem = share(&options.faults.share429);
        } else if (arg == u"--fault-seed") {
            QString text;
            bool ok = false;
            options.faults.seed = value(&text) ? text.toUInt(&ok) : 0;
            if (!ok)
                problem = tr("The option --fault-seed needs a whole number.");
        } else if (arg.startsWith(u'-') && arg.size() > 1) {
            problem = tr("Unknown option %1 (see --help).").arg(arg);
        } else {
            positional << arg;
        }
        if (problem)
            return fail(*problem);
    }

    if (positional.isEmpty())
        return fail(tr("Missing command: use \"serve\" or \"keys create NAME\" (see --help)."));
    if (positional[0] == u"keys") {
        if (positional.size() != 3 || positional[1] != u"create" || positional[2].trimmed().isEmpty())
            return fail(tr("Use \"keys create NAME --db PATH\"."));
        options.command = Command::KeysCreate;
        options.keyName = positional[2];
        return options;
    }
    if (positional[0] != u"serve" || positional.size() != 1)
        return fail(tr("Unknown command \"%1\": use \"serve\" or \"keys create NAME\" (see --help).")
                        .arg(positional.join(u' ')));
    options.command = Command::Serve;
    if (options.faults.share5xx + options.faults.shareMalformed + options.faults.shareDrop + options.faults.share429
            + options.faults.shareDropAfter
        > 1.0 + 1e-9)
        return fail(tr("The fault shares add up to more than 1."));
    if (options.demo) {
        // Compressed retries so that retrying and failed deliveries show up within minutes.
        if (!intervalGiven)
            options.retryIntervalMs = 10'000;
        if (!windowGiven)
            options.retryWindowMs = 48 * options.retryIntervalMs;
        if (!timeoutGiven)
            options.deliveryTimeoutMs = 3'000;
        options.allowPrivateTargets = true;  // the demo receiver lives on loopback
    }
    return options;
}
