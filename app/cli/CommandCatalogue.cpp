#include "cli/CommandCatalogue.h"

#include "common/Duration.h"
#include "connection/Connection.h"

namespace {

QString name(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

constexpr qint64 kKeepFinishedDays = Connection::kKeepFinishedDays;

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
         name("list [--json]"),
         tr("List all subscriptions."),
         {},
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
         name("deliveries ID [--status S] [--limit N] [--offset M] [--json]"),
         tr("List a subscription's deliveries with their retry state (server extension)."),
         {QCommandLineOption(name("status"),
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
        {name("pending"),
         name("pending [--all] [--json]"),
         tr("List the writes the server has not confirmed. They are left by a crash, a kill or Ctrl-C, "
            "for this profile (or server). Every write webhookctl makes is recorded in the profile's journal "
            "before it is sent. A create that was sent without an answer is flagged: it may exist on the "
            "server, so check there before sending it again (requeue) or forgetting it (discard). "
            "Exit code 0 when nothing is pending, 9 when something is."),
         {QCommandLineOption(name("all"),
                             tr("Also list the confirmed and failed writes still kept (for %n day(s)).", nullptr,
                                int(kKeepFinishedDays)))},
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

QStringList CommandCatalogue::commandNames()
{
    QStringList names;
    for (const CommandSpec &spec : commands())
        names << spec.name;
    return names;
}

QString CommandCatalogue::globalHelp()
{
    QString text = tr("Usage: webhookctl [options] COMMAND [arguments]\n\n"
                      "Manage webhook subscriptions from the command line.\n\nCommands:\n");
    for (const CommandSpec &spec : commands())
        text +=
            QStringLiteral("  %1%2\n").arg(spec.name.leftJustified(16), spec.description.section(u'.', 0, 0) + u'.');
    text += tr("  help COMMAND    Show the help of one command (or: webhookctl COMMAND --help).\n");
    text += u'\n' + tr("Options for every command:") + u'\n';
    for (const QCommandLineOption &option : globalOptions()) {
        QString names;
        for (const QString &n : option.names())
            names += (names.isEmpty() ? QString() : QStringLiteral(", "))
                + (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
        if (!option.valueName().isEmpty())
            names += u' ' + option.valueName();
        text += QStringLiteral("  %1  %2\n").arg(names.leftJustified(24), option.description());
    }
    text += u'\n'
        + tr("--timeout D limits the whole wait for the answer to one request: its attempts (at most 4)\n"
             "and the pauses between them. An attempt is given up after %1 while a retry can still follow\n"
             "it, and the last one gets all that is left; a retry is only started when at least half an\n"
             "attempt's time is left. Waits for a rate-limit slot do not count. A bulk command applies it\n"
             "to each of its requests, not to the whole run. On a terminal each retry is announced on\n"
             "stderr; when webhookctl gives up, it says how long it waited and how often it tried.\n")
              .arg(Duration::format(kAttemptTimeoutMs));
    text += u'\n'
        + tr("Every write (create, update, enable, disable, delete) is first recorded in the journal of\n"
             "the profile, or of the server address when no profile is used; after a crash or kill,\n"
             "webhookctl pending shows what was not confirmed and webhookctl resume sends it once.\n\n"
             "The server and API key come from a profile (webhookctl profile add ...; the key lives in the\n"
             "system keychain), or from --base-url with --api-key-stdin or the WEBHOOK_API_KEY environment\n"
             "variable. The key is never accepted as an argument.\n\n"
             "Exit codes:\n"
             "  0  everything asked for was done\n"
             "  1  the server refused or failed (also: some items of a bulk command failed)\n"
             "  2  bad command line or input (unknown command or option, bad id, bad URL, no consent for http)\n"
             "  3  no API key, unknown profile, or no keychain available\n"
             "  4  the server rejected the API key (401/403)\n"
             "  5  no such subscription or delivery (404)\n"
             "  6  the server could not be reached (network error, timeout, TLS error)\n"
             "  7  the server does not offer this extension (deliveries, retry)\n"
             "  8  the pending-writes journal cannot be opened or written (nothing was sent)\n"
             "  9  unconfirmed writes remain (pending lists some; resume left creates to check)\n"
             "130  interrupted with Ctrl-C (a bulk command first prints what was done and what was not sent)\n");
    return text;
}

QString CommandCatalogue::commandHelp(const CommandSpec &spec)
{
    QString text = tr("Usage: webhookctl %1").arg(spec.synopsis) + QStringLiteral("\n\n") + spec.description
        + QStringLiteral("\n");
    if (!spec.options.isEmpty()) {
        text += u'\n' + tr("Options:") + u'\n';
        for (const QCommandLineOption &option : spec.options) {
            QString names = QStringLiteral("--") + option.names().constFirst();
            if (!option.valueName().isEmpty())
                names += u' ' + option.valueName();
            text += QStringLiteral("  %1  %2\n").arg(names.leftJustified(24), option.description());
        }
    }
    text += u'\n'
        + tr("Every command also takes the options shown by webhookctl --help (--profile, "
             "--base-url, --api-key-stdin, --rate-window, --rate-limit, --json, ...).")
        + u'\n';
    return text;
}
