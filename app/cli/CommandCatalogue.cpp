#include "cli/CommandCatalogue.h"

#include "cli/HelpText.h"
#include "cli/ListSelection.h"
#include "common/Duration.h"
#include "journal/WriteJournal.h"
#include "reissue/ReissueJob.h"

namespace {

QString name(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

constexpr int kKeepFinishedDays = WriteJournal::kDefaultKeepDays;

}  // namespace

QList<QCommandLineOption> CommandCatalogue::globalOptions()
{
    return {
        QCommandLineOption({name("h"), name("help")}, tr("Show help (for the command, when one is given).")),
        QCommandLineOption(name("version"), tr("Show the version.")),
        QCommandLineOption(name("base-url"),
                           tr("Server address, e.g. https://api.example.com (overrides the profile's)."), tr("URL")),
        QCommandLineOption(name("profile"), tr("Use this profile (default: the last one added or used)."), tr("NAME")),
        QCommandLineOption(name("api-key-stdin"), tr("Read the API key from the first line of standard input.")),
        QCommandLineOption(name("rate-window"), tr("Keep every documented limit but over this window (250ms, 6s, 1m)."),
                           tr("D")),
        QCommandLineOption(name("rate-limit"),
                           tr("Set one bucket's limit, e.g. 'PATCH /api/v1/webhooks/{id}=100/1m' (repeatable)."),
                           tr("SPEC")),
        QCommandLineOption(name("allow-insecure-http"),
                           tr("Allow plain http:// to a host other than this computer (the key travels unencrypted).")),
        QCommandLineOption(name("timeout"),
                           tr("The longest wait for the answer to one request, retries included (default %1).")
                               .arg(Duration::format(kDefaultWaitMs)),
                           tr("D")),
        QCommandLineOption(name("json"), tr("Print JSON instead of a table.")),
    };
}

QList<CommandSpec> CommandCatalogue::commands()
{
    const QCommandLineOption description(
        name("description"), tr("Description (at most 1000 characters; empty clears it on update)."), tr("TEXT"));
    const QCommandLineOption events(name("events"), tr("Comma-separated event types, e.g. order.created,order.paid."),
                                    tr("LIST"));
    const QCommandLineOption csv(name("csv"),
                                 tr("Print CSV instead of a table: UTF-8, comma-separated, a header line of "
                                    "field names, text that starts with =, +, -, @ or a tab behind a single quote."));
    const QString idsNote = tr("Ids are positive whole numbers; \"-\" reads more ids from standard input "
                               "(separated by spaces, commas or new lines). Every id is checked before "
                               "anything is sent. The requests run on the bulk lane, paced within the rate "
                               "limits; a progress line with an ETA is shown on a terminal, and a summary "
                               "at the end. The exit code is not 0 when any id failed.");
    return {
        {name("types"),
         name("types [--json]"),
         tr("List the event types a subscription can receive."),
         {},
         0,
         0,
         CommandSpec::Group::Subscriptions},
        {name("list"),
         name("list [--enabled|--disabled] [--failing] [--search TEXT] [--sort COLUMN] [--json|--csv]"),
         tr("List the subscriptions. The filters combine as the console's quick filters and search do, and "
            "--sort orders the rows (the server's order otherwise). The ids of the whole list are kept on this "
            "computer for the shell completion of the profile in use (ids and URLs only)."),
         {csv, QCommandLineOption(name("enabled"), tr("Only enabled subscriptions.")),
          QCommandLineOption(name("disabled"), tr("Only disabled subscriptions.")),
          QCommandLineOption(name("failing"),
                             tr("Only subscriptions whose deliveries are failing (needs a server that reports "
                                "delivery health, such as webhook-sandbox; exit code 7 otherwise).")),
          QCommandLineOption(name("search"),
                             tr("Only subscriptions whose URL or description contains TEXT (any case), or whose "
                                "id contains it when TEXT is a number."),
                             tr("TEXT")),
          QCommandLineOption(name("sort"),
                             tr("Sort by id, url, description, enabled (enabled first), created or health (failing "
                                "first, then the soonest to give up); -COLUMN reverses, e.g. --sort=-created."),
                             tr("COLUMN"))},
         0,
         0,
         CommandSpec::Group::Subscriptions},
        {name("get"),
         name("get ID [--json]"),
         tr("Show one subscription."),
         {},
         1,
         1,
         CommandSpec::Group::Subscriptions},
        {name("create"),
         name("create URL [--description TEXT] [--events a,b] [--json]"),
         tr("Create a subscription. The events are set with a second request (PATCH) after the create; "
            "if only that fails, you are told so exactly. The client secret is printed once: store it."),
         {description, events},
         1,
         1,
         CommandSpec::Group::Subscriptions,
         true},
        {name("update"),
         name("update ID [--url URL] [--description TEXT] [--events a,b] [--enable|--disable] [--json]"),
         tr("Change a subscription; only the given fields are sent. --events replaces all of its events, and the "
            "vendor's API does not report the current ones: list every event it should keep."),
         {QCommandLineOption(name("url"), tr("New endpoint URL."), tr("URL")), description, events,
          QCommandLineOption(name("enable"), tr("Enable the subscription.")),
          QCommandLineOption(name("disable"), tr("Disable the subscription."))},
         1,
         1,
         CommandSpec::Group::Subscriptions,
         true},
        {name("enable"),
         name("enable ID... [-]"),
         tr("Enable subscriptions.") + u' ' + idsNote,
         {},
         1,
         -1,
         CommandSpec::Group::Bulk,
         true},
        {name("disable"),
         name("disable ID... [-]"),
         tr("Disable subscriptions.") + u' ' + idsNote,
         {},
         1,
         -1,
         CommandSpec::Group::Bulk,
         true},
        {name("delete"),
         name("delete ID... [-]"),
         tr("Delete subscriptions.") + u' ' + idsNote,
         {},
         1,
         -1,
         CommandSpec::Group::Bulk,
         true},
        {name("deliveries"),
         name("deliveries ID [--status S] [--limit N] [--offset M] [--json|--csv]"),
         tr("List a subscription's deliveries with their retry state (server extension). With --csv, one "
            "line per attempt of each delivery (its details are fetched, one request per delivery)."),
         {csv,
          QCommandLineOption(name("status"),
                             tr("Only deliveries in this state: pending, retrying, delivered or failed."), tr("S")),
          QCommandLineOption(name("limit"), tr("At most N deliveries (default 50)."), tr("N")),
          QCommandLineOption(name("offset"), tr("Skip the first M deliveries."), tr("M"))},
         1,
         1,
         CommandSpec::Group::Deliveries},
        {name("retry"),
         name("retry ID DELIVERY_ID [--json]"),
         tr("Retry one delivery now (server extension)."),
         {},
         2,
         2,
         CommandSpec::Group::Deliveries},
        {name("check"),
         name("check ID|URL [--json] [--allow-private-targets] [--send-test EVENT [--secret-stdin]]"),
         tr("Check whether a subscription's endpoint (by id) or a URL can receive deliveries: resolve its "
            "name, connect, check its TLS certificate (https), then send one HTTP HEAD without following "
            "redirects. Prints one line per step and a sentence that says what is wrong. Only the id's "
            "lookup talks to the API; the endpoint never gets the API key. Exit code 0 when it answers 2xx, "
            "10 when it is unreachable or answers otherwise, 2 for a bad URL or a private target without "
            "--allow-private-targets."),
         {
             QCommandLineOption(name("allow-private-targets"),
                                tr("Also check loopback and private addresses (127/8, 10/8, 192.168/16, ::1, ...).")),
             QCommandLineOption(name("send-test"),
                                tr("Instead of the HEAD, POST a sample EVENT event marked as a test (\"test\": true) "
                                   "with the Standard Webhooks headers. The endpoint may act on it like on a real "
                                   "event: send it only when its owner expects it."),
                                name("EVENT")),
             QCommandLineOption(name("secret-stdin"),
                                tr("Sign the test delivery with the subscription's secret (whsec_...), read from the "
                                   "first line of standard input; without it the test is sent unsigned.")),
         },
         1,
         1,
         CommandSpec::Group::Check},
        {name("pending"),
         name("pending [--all] [--json]"),
         tr("List the writes the server has not confirmed. They are left by a crash, a kill or Ctrl-C, "
            "for this profile (or server). Every write webhookctl makes is recorded in the profile's journal "
            "before it is sent. A create that was sent without an answer is flagged: it may exist on the "
            "server, so check there before sending it again (requeue) or forgetting it (discard). "
            "Exit code 0 when nothing is pending, 9 when something is."),
         {QCommandLineOption(
             name("all"),
             tr("Also list the confirmed and failed writes still kept (%n day(s) unless set with log --keep-days).",
                nullptr, int(kKeepFinishedDays)))},
         0,
         0,
         CommandSpec::Group::Journal,
         true,
         false},
        {name("resume"),
         name("resume [--yes] [--json]"),
         tr("Send each pending write again, once. It runs on the bulk lane, with a progress line and a "
            "summary like the bulk commands. Creates that were sent without an answer are never re-sent: they "
            "are listed for you to check on the server first. Asks before sending unless --yes is given "
            "(without a terminal, --yes is required). It does not run while another webhookctl, or a "
            "webhook-console window with changes in flight, is working on the same journal. Exit code 9 "
            "when such creates are left (or another program is working on it), 1 when a write failed."),
         {QCommandLineOption(name("yes"), tr("Do not ask for confirmation."))},
         0,
         0,
         CommandSpec::Group::Journal,
         true},
        {name("requeue"),
         name("requeue SEQ..."),
         tr("Let the next resume send these writes. SEQ is the number pending shows; use it for a create "
            "you checked is NOT on the server, or for a failed write to try once more."),
         {},
         1,
         -1,
         CommandSpec::Group::Journal,
         true,
         false},
        {name("discard"),
         name("discard SEQ...|--all [--yes]"),
         tr("Forget pending writes without sending them. The given ones (SEQ as pending shows it), or "
            "--all pending ones (asks first unless --yes is given)."),
         {QCommandLineOption(name("all"), tr("Forget every pending write.")),
          QCommandLineOption(name("yes"), tr("Do not ask for confirmation."))},
         0,
         -1,
         CommandSpec::Group::Journal,
         true,
         false},
        {name("log"),
         name("log [--since WHEN] [--subscription ID] [--keep-days N] [--json]"),
         tr("List the changes made from this computer (the activity log). For the profile (or server) in use, "
            "oldest first: when, by which user, each field before and after, and how it ended (confirmed, failed "
            "and why, uncertain, not sent, discarded). Both webhookctl and webhook-console add to it. It is not the "
            "server's history: changes "
            "made from elsewhere are not in it. webhookctl does not read a subscription before changing it, so "
            "its own changes show the value before as \"?\". Reads local files only."),
         {QCommandLineOption(name("since"),
                             tr("Only changes since WHEN: a date (2026-12-01), a date and time in UTC "
                                "(2026-12-01T09:30:00Z) or a time ago (90m, 12h, 7d)."),
                             tr("WHEN")),
          QCommandLineOption(name("subscription"), tr("Only the changes of this subscription."), tr("ID")),
          QCommandLineOption(name("keep-days"),
                             tr("From now on keep finished changes N days (1 to 3650; default %1), for both "
                                "programs.")
                                 .arg(kKeepFinishedDays),
                             tr("N"))},
         0,
         0,
         CommandSpec::Group::Activity,
         true,
         false},
        {name("reissue-secret"),
         name("reissue-secret ID [--events LIST] [--cutover now|later] [--json] | --continue JOB [--cutover now] | "
              "--cancel JOB | --list"),
         tr("Give a subscription a new secret without an outage. The API shows a secret only when a subscription "
            "is created, so this makes a copy (same URL, description and events), disables it and prints its "
            "secret once. The customer switches to the new secret and the new id; then the cut-over enables the "
            "copy and disables the old one (during the overlap an event may arrive twice: deduplicate on the "
            "payload's id). The old subscription is deleted when its retries are over (the server's health "
            "extension tells), at the latest %n hour(s) after the cut-over: run --continue then.\n"
            "Each step is recorded in the journal first; after a crash, a kill or Ctrl-C, --continue JOB goes on "
            "where it stopped and leaves exactly one copy (a copy whose secret was never printed is deleted and "
            "made again, with a new secret). The events are the ones last set from this computer; the API never "
            "reports them, so give them with --events when they were set elsewhere.",
            nullptr, int(ReissueJob::kRetryWindowSecs / 3600)),
         {events,
          QCommandLineOption(name("cutover"),
                             tr("now: cut over as soon as the secret is printed; later (the default): wait until "
                                "--continue JOB --cutover now."),
                             tr("WHEN")),
          QCommandLineOption(name("continue"), tr("Go on with the re-issue JOB where it stopped."), tr("JOB")),
          QCommandLineOption(name("cancel"),
                             tr("Give up the re-issue JOB before its cut-over: its copy is deleted, the old "
                                "subscription stays as it is."),
                             tr("JOB")),
          QCommandLineOption(name("list"), tr("List the re-issues that are not finished (reads local files only)."))},
         0,
         1,
         CommandSpec::Group::Reissue,
         true,
         true,
         name("list")},
        {name("profile add"),
         name("profile add NAME --base-url URL --api-key-stdin [--rate-window D] [--rate-limit SPEC] "
              "[--allow-insecure-http]"),
         tr("Add (or replace) a profile. The API key is read from standard input and stored in the "
            "system keychain only; with no keychain available nothing is stored."),
         {},
         1,
         1,
         CommandSpec::Group::Profiles},
        {name("profile list"),
         name("profile list [--json]"),
         tr("List the profiles (* marks the default)."),
         {},
         0,
         0,
         CommandSpec::Group::Profiles},
        {name("profile remove"),
         name("profile remove NAME"),
         tr("Remove a profile and its API key from the keychain."),
         {},
         1,
         1,
         CommandSpec::Group::Profiles},
    };
}

const CommandSpec *CommandCatalogue::find(const QList<CommandSpec> &all, const QString &command)
{
    for (const CommandSpec &spec : all) {
        if (spec.name == command)
            return &spec;
    }
    return nullptr;
}

QStringList CommandCatalogue::optionsWithValue()
{
    QStringList names;
    auto add = [&names](const QList<QCommandLineOption> &options) {
        for (const QCommandLineOption &option : options) {
            if (!option.valueName().isEmpty() && !names.contains(option.names().constFirst()))
                names << option.names().constFirst();
        }
    };
    add(globalOptions());
    for (const CommandSpec &spec : commands())
        add(spec.options);
    return names;
}

QStringList CommandCatalogue::fixedValues(const QString &option)
{
    if (option == u"status") {
        return {QStringLiteral("pending"), QStringLiteral("retrying"), QStringLiteral("delivered"),
                QStringLiteral("failed")};
    }
    if (option == u"sort")
        return ListSelection::sortColumnNames();
    if (option == u"cutover")
        return {QStringLiteral("now"), QStringLiteral("later")};
    return {};
}

QStringList CommandCatalogue::commandNames()
{
    QStringList names;
    for (const CommandSpec &spec : commands())
        names << spec.name;
    return names;
}

QString CommandCatalogue::globalHelp(int width)
{
    HelpText help(width);
    help.line(tr("Usage: webhookctl [options] COMMAND [arguments]"));
    help.blank();
    help.paragraph(tr("Manage webhook subscriptions from the command line."));
    help.blank();
    help.line(tr("Commands:"));
    for (const CommandSpec &spec : commands())
        help.entry(spec.name, spec.description.section(u'.', 0, 0) + u'.', 14);
    help.entry(QStringLiteral("help COMMAND"), tr("Show the help of one command (or: webhookctl COMMAND --help)."), 14);
    help.blank();
    help.line(tr("Options for every command:"));
    for (const QCommandLineOption &option : globalOptions()) {
        QString names;
        for (const QString &n : option.names())
            names += (names.isEmpty() ? QString() : QStringLiteral(", "))
                + (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
        if (!option.valueName().isEmpty())
            names += u' ' + option.valueName();
        help.entry(names, option.description());
    }
    help.blank();
    help.paragraph(tr("--timeout D limits the whole wait for the answer to one request: its attempts (at most 4) "
                      "and the pauses between them. An attempt is given up after %1 while a retry can still "
                      "follow it, and the last one gets all that is left; a retry is only started when at least "
                      "half an attempt's time is left. Waits for a rate-limit slot do not count. A bulk command "
                      "applies it to each of its requests, not to the whole run. On a terminal each retry is "
                      "announced on stderr; when webhookctl gives up, it says how long it waited and how often "
                      "it tried.")
                       .arg(Duration::format(kAttemptTimeoutMs)));
    help.blank();
    help.paragraph(tr("Every write (create, update, enable, disable, delete) is first recorded in the journal of "
                      "the profile, or of the server address when no profile is used; after a crash or kill, "
                      "webhookctl pending shows what was not confirmed and webhookctl resume sends it once."));
    help.blank();
    help.paragraph(tr("The server and API key come from a profile (webhookctl profile add ...; the key lives in the "
                      "system keychain), or from --base-url with --api-key-stdin or the WEBHOOK_API_KEY "
                      "environment variable. The key is never accepted as an argument."));
    help.blank();
    help.line(tr("Exit codes:"));
    const std::pair<int, QString> exitCodes[] = {
        {0, tr("everything asked for was done")},
        {1, tr("the server refused or failed (also: some items of a bulk command failed)")},
        {2, tr("bad command line or input (unknown command or option, bad id, bad URL, no consent for http)")},
        {3, tr("no API key, unknown profile, or no keychain available")},
        {4, tr("the server rejected the API key (401/403)")},
        {5, tr("no such subscription or delivery (404)")},
        {6, tr("the server could not be reached (network error, timeout, TLS error)")},
        {7, tr("the server does not offer this extension (deliveries, retry, the health list --failing needs)")},
        {8, tr("the pending-writes journal cannot be opened or written (nothing was sent)")},
        {9, tr("unconfirmed writes remain (pending lists some; resume left creates to check)")},
        {10, tr("check: the endpoint is unreachable or does not answer 2xx")},
        {130, tr("interrupted with Ctrl-C (a bulk command first prints what was done and what was not sent)")},
    };
    for (const auto &[code, meaning] : exitCodes)
        help.entry(QString::number(code).rightJustified(3), meaning, 3, 0);
    return help.text();
}

QString CommandCatalogue::commandHelp(const CommandSpec &spec, int width)
{
    HelpText help(width);
    // "Usage: webhookctl" in the reader's language, the synopsis as typed.
    const QString usage = tr("Usage: webhookctl %1").arg(spec.synopsis);
    help.usage(usage.left(usage.size() - spec.synopsis.size()).trimmed(), spec.synopsis);
    help.blank();
    for (const QString &paragraph : spec.description.split(u'\n'))
        help.paragraph(paragraph);
    if (!spec.options.isEmpty()) {
        help.blank();
        help.line(tr("Options:"));
        for (const QCommandLineOption &option : spec.options) {
            QString names = QStringLiteral("--") + option.names().constFirst();
            if (!option.valueName().isEmpty())
                names += u' ' + option.valueName();
            help.entry(names, option.description());
        }
    }
    help.blank();
    help.paragraph(tr("Every command also takes the options shown by webhookctl --help (--profile, "
                      "--base-url, --api-key-stdin, --rate-window, --rate-limit, --json, ...)."));
    return help.text();
}
