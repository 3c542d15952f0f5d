#include "cli/CommandLine.h"

#include "api/ApiClient.h"
#include "api/RequestTransport.h"  // before RequestQueue.h: its QPointer needs the full type
#include "api/RequestQueue.h"
#include "cli/BulkCommand.h"
#include "cli/CliIo.h"
#include "cli/DeliveryCommands.h"
#include "cli/ExitCode.h"
#include "cli/JournalCommands.h"
#include "journal/JournalRecorder.h"
#include "cli/ProfileCommands.h"
#include "cli/SubscriptionCommands.h"
#include "connection/Connection.h"
#include "common/Clock.h"
#include "common/Duration.h"
#include "common/RateLimitPolicy.h"
#include "credentials/CredentialStore.h"
#include "journal/WriteJournal.h"
#include "journal/JournalLocation.h"
#include "journal/JournalUsers.h"
#include "profiles/ProfileStore.h"

#include <QCoreApplication>
#include <QTimer>

namespace {

QString name(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

enum class Group { Subscriptions, Bulk, Deliveries, Profiles, Journal };

constexpr qint64 kKeepFinishedDays = Connection::kKeepFinishedDays;

}  // namespace

struct CommandLine::Spec
{
    QString name;  // "list", "profile add"
    QString synopsis;  // after "webhookctl "
    QString description;
    QList<QCommandLineOption> options;
    int minArgs = 0;
    int maxArgs = 0;  // -1: any number
    Group group = Group::Subscriptions;
    bool journal = false;  // records its writes in (or works on) the pending-writes journal
    bool needsKey = true;  // talks to the server
};

QList<QCommandLineOption> CommandLine::globalOptions()
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
        QCommandLineOption(name("timeout"), tr("Per-request timeout (default 30s)."), tr("D")),
        QCommandLineOption(name("json"), tr("Print JSON instead of a table.")),
    };
}

QList<CommandLine::Spec> CommandLine::specs()
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
         Group::Subscriptions},
        {name("list"), name("list [--json]"), tr("List all subscriptions."), {}, 0, 0, Group::Subscriptions},
        {name("get"), name("get ID [--json]"), tr("Show one subscription."), {}, 1, 1, Group::Subscriptions},
        {name("create"),
         name("create URL [--description TEXT] [--events a,b] [--json]"),
         tr("Create a subscription. The events are set with a second request (PATCH) after the create; "
            "if only that fails, you are told so exactly. The client secret is printed once: store it."),
         {description, events},
         1,
         1,
         Group::Subscriptions,
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
         Group::Subscriptions,
         true},
        {name("enable"),
         name("enable ID... [-]"),
         tr("Enable subscriptions.") + u' ' + idsNote,
         {},
         1,
         -1,
         Group::Bulk,
         true},
        {name("disable"),
         name("disable ID... [-]"),
         tr("Disable subscriptions.") + u' ' + idsNote,
         {},
         1,
         -1,
         Group::Bulk,
         true},
        {name("delete"),
         name("delete ID... [-]"),
         tr("Delete subscriptions.") + u' ' + idsNote,
         {},
         1,
         -1,
         Group::Bulk,
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
         Group::Deliveries},
        {name("retry"),
         name("retry ID DELIVERY_ID [--json]"),
         tr("Retry one delivery now (server extension)."),
         {},
         2,
         2,
         Group::Deliveries},
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
         Group::Journal,
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
         Group::Journal,
         true},
        {name("requeue"),
         name("requeue SEQ..."),
         tr("Let the next resume send these writes. SEQ is the number pending shows; use it for a create "
            "you checked is NOT on the server, or for a failed write to try once more."),
         {},
         1,
         -1,
         Group::Journal,
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
         Group::Journal,
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
         Group::Profiles},
        {name("profile list"),
         name("profile list [--json]"),
         tr("List the profiles (* marks the default)."),
         {},
         0,
         0,
         Group::Profiles},
        {name("profile remove"),
         name("profile remove NAME"),
         tr("Remove a profile and its API key from the keychain."),
         {},
         1,
         1,
         Group::Profiles},
    };
}

const CommandLine::Spec *CommandLine::findSpec(const QList<Spec> &all, const QString &command)
{
    for (const Spec &spec : all) {
        if (spec.name == command)
            return &spec;
    }
    return nullptr;
}

QStringList CommandLine::commandNames()
{
    QStringList names;
    for (const Spec &spec : specs())
        names << spec.name;
    return names;
}

QString CommandLine::globalHelp()
{
    QString text = tr("Usage: webhookctl [options] COMMAND [arguments]\n\n"
                      "Manage webhook subscriptions from the command line.\n\nCommands:\n");
    for (const Spec &spec : specs())
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

QString CommandLine::commandHelp(const Spec &spec)
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

CommandLine::CommandLine(const CliServices &services, CliIo &io, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_io(io)
{ }

CommandLine::~CommandLine() = default;

void CommandLine::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_io.flush();
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

void CommandLine::interrupt()
{
    if (m_group)
        return m_group->interrupt();
    fail(tr("Interrupted."), ExitCode::Interrupted);
}

void CommandLine::fail(const QString &message, int exitCode)
{
    m_io.err() << QStringLiteral("webhookctl: ") << message << '\n';
    finish(exitCode);
}

QString CommandLine::findCommandWord(const QStringList &arguments, QString *subcommand)
{
    // Options that take a value in the next argument (unless written --name=value).
    static const QStringList withValue{name("base-url"), name("profile"),     name("rate-window"), name("rate-limit"),
                                       name("timeout"),  name("description"), name("events"),      name("url"),
                                       name("status"),   name("limit"),       name("offset")};
    QString command;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == u"--")
            break;
        if (arg.startsWith(u'-') && arg != u"-") {
            const QString option = arg.mid(arg.startsWith(u"--") ? 2 : 1);
            if (!option.contains(u'=') && withValue.contains(option))
                ++i;
            continue;
        }
        if (command.isEmpty()) {
            command = arg;
            if (command != u"profile" && command != u"help")
                return command;
        } else {
            *subcommand = arg;
            return command;
        }
    }
    return command;
}

void CommandLine::run(const QStringList &arguments)
{
    QString sub;
    const QString word = findCommandWord(arguments, &sub);
    const QList<Spec> all = specs();

    QString commandName = word;
    if (word == u"profile")
        commandName = sub.isEmpty() ? QString() : word + u' ' + sub;
    if (word == u"help") {
        const Spec *spec = findSpec(all, sub == u"profile" ? QString() : sub);
        m_io.out() << (spec ? commandHelp(*spec) : globalHelp());
        return finish(sub.isEmpty() || spec ? ExitCode::Ok : ExitCode::Usage);
    }
    const Spec *spec = commandName.isEmpty() ? nullptr : findSpec(all, commandName);

    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOptions(globalOptions());
    if (spec)
        m_parser.addOptions(spec->options);
    if (!m_parser.parse(arguments)) {
        return fail(m_parser.errorText() + u' '
                        + (spec ? tr("See: webhookctl %1 --help").arg(spec->name) : tr("See: webhookctl --help")),
                    ExitCode::Usage);
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        m_io.out() << QStringLiteral("webhookctl %1\n").arg(QStringLiteral(WEBHOOK_VERSION));
        return finish(ExitCode::Ok);
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_io.out() << (spec ? commandHelp(*spec) : globalHelp());
        return finish(ExitCode::Ok);
    }
    if (word.isEmpty()) {
        return fail(tr("No command given. Usage: webhookctl [options] COMMAND [arguments]; see: webhookctl --help"),
                    ExitCode::Usage);
    }
    if (!spec) {
        if (word == u"profile") {
            return fail(sub.isEmpty() ? tr("profile needs a subcommand: add, list or remove.")
                                      : tr("Unknown profile subcommand \"%1\": use add, list or remove.").arg(sub),
                        ExitCode::Usage);
        }
        return fail(tr("Unknown command \"%1\". Commands: %2. See: webhookctl --help")
                        .arg(word, commandNames().join(QStringLiteral(", "))),
                    ExitCode::Usage);
    }

    m_command = spec->name;
    m_arguments = m_parser.positionalArguments();
    m_arguments.removeFirst();  // the command word
    if (word == u"profile")
        m_arguments.removeFirst();
    const int count = int(m_arguments.size());
    if (count < spec->minArgs || (spec->maxArgs >= 0 && count > spec->maxArgs)) {
        return fail(tr("Wrong number of arguments. Usage: webhookctl %1").arg(spec->synopsis), ExitCode::Usage);
    }
    if (m_parser.isSet(QStringLiteral("timeout"))) {
        const auto timeout = Duration::parseMs(m_parser.value(QStringLiteral("timeout")));
        if (!timeout)
            return fail(tr("--timeout needs a duration such as 500ms, 10s or 1m."), ExitCode::Usage);
        m_services.client->setTimeout(*timeout);
    }
    {
        // Rate options are checked here, before anything else can go wrong, so a typo is named.
        RateLimitPolicy scratch;
        QString error;
        if (!buildPolicy(nullptr, &scratch, &error))
            return fail(error, ExitCode::Usage);
    }
    if (spec->group == Group::Profiles)
        return startCommand();
    resolveConnection();
}

bool CommandLine::buildPolicy(const Profile *profile, RateLimitPolicy *policy, QString *error) const
{
    *policy = profile ? profile->rateLimitPolicy() : RateLimitPolicy::documented();
    if (m_parser.isSet(QStringLiteral("rate-window"))) {
        const auto window = Duration::parseMs(m_parser.value(QStringLiteral("rate-window")));
        if (!window) {
            *error = tr("--rate-window needs a duration such as 250ms, 6s or 1m.");
            return false;
        }
        policy->setWindow(*window);
    }
    for (const QString &spec : m_parser.values(QStringLiteral("rate-limit"))) {
        if (!policy->addOverride(spec, error))
            return false;
    }
    return true;
}

void CommandLine::resolveConnection()
{
    ProfileStore *profiles = m_services.profiles;
    std::optional<Profile> profile;
    if (m_parser.isSet(QStringLiteral("profile"))) {
        m_profileName = m_parser.value(QStringLiteral("profile"));
        profile = profiles->profile(m_profileName);
        if (!profile) {
            const QStringList known = profiles->names();
            return fail(known.isEmpty()
                            ? tr("There is no profile named \"%1\". Add one with: webhookctl profile add %1 "
                                 "--base-url URL --api-key-stdin")
                                  .arg(m_profileName)
                            : tr("There is no profile named \"%1\". Profiles: %2.")
                                  .arg(m_profileName, known.join(QStringLiteral(", "))),
                        ExitCode::Credentials);
        }
    } else if (!m_parser.isSet(QStringLiteral("base-url"))) {
        m_profileName = profiles->lastUsed();
        if (!m_profileName.isEmpty())
            profile = profiles->profile(m_profileName);
    }

    QString error;
    if (m_parser.isSet(QStringLiteral("base-url"))) {
        m_baseUrl = ProfileStore::parseBaseUrl(m_parser.value(QStringLiteral("base-url")), &error);
        if (m_baseUrl.isEmpty())
            return fail(error, ExitCode::Usage);
    } else if (profile) {
        m_baseUrl = profile->baseUrl;
    } else {
        return fail(tr("No server given. Use --base-url URL (with --api-key-stdin or WEBHOOK_API_KEY), "
                       "or --profile NAME, or add a profile with: webhookctl profile add NAME "
                       "--base-url URL --api-key-stdin"),
                    ExitCode::Usage);
    }

    // Consent to plain http to another computer: given now, or remembered for this very address.
    m_allowInsecure = m_parser.isSet(QStringLiteral("allow-insecure-http"))
        || (profile && profile->allowInsecureHttp && profile->baseUrl == m_baseUrl);
    if (ProfileStore::needsInsecureConsent(m_baseUrl) && !m_allowInsecure) {
        return fail(tr("%1 uses plain http:// to another computer, so the API key would travel "
                       "unencrypted. Use https://, or add --allow-insecure-http to agree.")
                        .arg(m_baseUrl.toDisplayString()),
                    ExitCode::Usage);
    }

    RateLimitPolicy policy;
    if (!buildPolicy(profile ? &*profile : nullptr, &policy, &error))
        return fail(error, ExitCode::Usage);
    m_services.queue->setPolicy(policy);

    // The journal before the key: a broken journal stops a write before anything else is asked.
    const QList<Spec> all = specs();  // findSpec points into it
    const Spec *spec = findSpec(all, m_command);
    if (spec->journal && !openJournal(profile ? &*profile : nullptr))
        return;
    if (!spec->needsKey)
        return startCommand();

    // The key: stdin, then the environment, then the profile's keychain entry.
    if (m_parser.isSet(QStringLiteral("api-key-stdin"))) {
        if (m_io.inputClosed())
            return fail(tr("--api-key-stdin was given but standard input is closed: no key on standard input."),
                        ExitCode::Credentials);
        const QByteArray key = m_io.readSecretLine(tr("API key: ")).trimmed();
        if (key.isEmpty())
            return fail(tr("--api-key-stdin was given but standard input had no key on its first line."),
                        ExitCode::Credentials);
        return useKey(key);
    }
    const QByteArray fromEnvironment =
        m_services.environment.value(QStringLiteral("WEBHOOK_API_KEY")).toUtf8().trimmed();
    if (!fromEnvironment.isEmpty())
        return useKey(fromEnvironment);
    if (!profile) {
        return fail(tr("No API key. Give it on standard input with --api-key-stdin, in the environment "
                       "variable WEBHOOK_API_KEY, or use a profile (webhookctl profile add ...)."),
                    ExitCode::Credentials);
    }
    const QString profileName = profile->name;
    m_services.credentials->readKey(profileName, this, [this, profileName](const KeychainResult &result) {
        if (result.status == KeychainResult::Status::NotFound) {
            return fail(tr("The keychain holds no API key for the profile \"%1\". Store it again with: "
                           "webhookctl profile add %1 --base-url URL --api-key-stdin")
                            .arg(profileName),
                        ExitCode::Credentials);
        }
        if (!result.ok()) {
            return fail(result.message + u' '
                            + tr("For automation without a keychain, pass the key with --api-key-stdin or "
                                 "WEBHOOK_API_KEY."),
                        ExitCode::Credentials);
        }
        if (result.secret.trimmed().isEmpty())
            return fail(tr("The keychain entry of the profile \"%1\" is empty.").arg(profileName),
                        ExitCode::Credentials);
        useKey(result.secret.trimmed());
    });
}

bool CommandLine::openJournal(const Profile *profile)
{
    // A profile's own journal (shared with webhook-console), or, with no profile or another
    // address, one per server address: the naming rule both programs share.
    const bool profileJournal = profile && profile->baseUrl == m_baseUrl;
    const QString profileName = profileJournal ? profile->name : QString();
    const QString owner =
        profileJournal ? tr("profile %1").arg(profile->name) : tr("server %1").arg(m_baseUrl.toDisplayString());
    if (!m_services.connection) {
        fail(tr("The pending-writes journal is not available in this build. Nothing was sent."), ExitCode::Journal);
        return false;
    }
    const QString directory =
        m_services.journalDirectory.isEmpty() ? JournalLocation::directory() : m_services.journalDirectory;
    const auto opened =
        m_services.connection->openJournal(directory, JournalLocation::journalName(profileName, m_baseUrl),
                                           JournalLocation::legacyNames(profileName, m_baseUrl), owner);
    if (!opened) {
        fail(opened.error() + u' ' + tr("Nothing was sent."), ExitCode::Journal);
        return false;
    }
    m_users = std::make_unique<JournalUsers>(m_services.connection->journal()->filePath());
    // A resume claims the journal for itself in one step with the check, so that two resumes
    // started at the same moment never both send; every other command only registers.
    if (m_command == u"resume") {
        const auto claimed = m_users->claimAlone();
        if (!claimed) {
            fail(claimed.error() + u' ' + tr("Nothing was sent."), ExitCode::Journal);
            return false;
        }
        if (!claimed->isEmpty()) {
            fail(tr("%1 is working on the writes of %2 right now. Resume after it has finished; nothing was sent.")
                     .arg(JournalUsers::describe(claimed->constFirst()), owner),
                 ExitCode::Pending);
            return false;
        }
    } else {
        QString error;
        if (!m_users->enter(&error)) {
            fail(error + u' ' + tr("Nothing was sent."), ExitCode::Journal);
            return false;
        }
    }
    m_services.journal = m_services.connection->recorder();
    m_services.journalUsers = m_users.get();
    return true;
}

void CommandLine::useKey(const QByteArray &key)
{
    QString error;
    m_services.client->setAllowInsecureHttp(m_allowInsecure);
    if (!m_services.client->setServer(m_baseUrl, key, &error))
        return fail(error, ExitCode::Usage);
    if (m_parser.isSet(QStringLiteral("profile")))
        m_services.profiles->setLastUsed(m_profileName);
    startCommand();
}

void CommandLine::startCommand()
{
    const QList<Spec> all = specs();  // findSpec points into it
    const Spec *spec = findSpec(all, m_command);
    switch (spec->group) {
    case Group::Subscriptions:
        m_group = std::make_unique<SubscriptionCommands>(m_io, m_services, m_parser);
        break;
    case Group::Bulk:
        m_group = std::make_unique<BulkCommand>(m_io, m_services, m_parser);
        break;
    case Group::Deliveries:
        m_group = std::make_unique<DeliveryCommands>(m_io, m_services, m_parser);
        break;
    case Group::Profiles:
        m_group = std::make_unique<ProfileCommands>(m_io, m_services, m_parser);
        break;
    case Group::Journal:
        m_group = std::make_unique<JournalCommands>(m_io, m_services, m_parser);
        break;
    }
    connect(m_group.get(), &CommandGroup::finished, this, [this](int code) { finish(code); });
    QString command = m_command;
    if (command.startsWith(QStringLiteral("profile ")))
        command = command.mid(8);
    m_group->start(command, m_arguments);
}
