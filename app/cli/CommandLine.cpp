#include "cli/CommandLine.h"

#include "api/ApiClient.h"
#include "api/RequestTransport.h"  // before RequestQueue.h: its QPointer needs the full type
#include "api/RequestQueue.h"
#include "cli/ActivityLogCommand.h"
#include "cli/AttemptReport.h"
#include "cli/BulkCommand.h"
#include "cli/CheckCommand.h"
#include "cli/CliIo.h"
#include "cli/CommandCatalogue.h"
#include "cli/DeliveryCommands.h"
#include "cli/ExitCode.h"
#include "cli/IdList.h"
#include "cli/JournalCommands.h"
#include "cli/ReissueCommand.h"
#include "cli/ListSelection.h"
#include "journal/JournalRecorder.h"
#include "cli/ProfileCommands.h"
#include "cli/ShellCompletion.h"
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

#include <algorithm>
#include <QCoreApplication>
#include <QTimer>

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
    static const QStringList withValue = CommandCatalogue::optionsWithValue();
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
    // The shell completion scripts' helper: local files only, before anything else is looked at.
    if (arguments.value(1) == u"__complete") {
        const ShellCompletion completion(*m_services.profiles, m_services.completionCache);
        m_io.out() << ShellCompletion::format(completion.complete(arguments.mid(2)));
        return finish(ExitCode::Ok);
    }
    QString sub;
    const QString word = findCommandWord(arguments, &sub);
    const QList<CommandSpec> all = CommandCatalogue::commands();

    QString commandName = word;
    if (word == u"profile")
        commandName = sub.isEmpty() ? QString() : word + u' ' + sub;
    if (word == u"help") {
        const CommandSpec *spec = CommandCatalogue::find(all, sub == u"profile" ? QString() : sub);
        m_io.out() << (spec ? CommandCatalogue::commandHelp(*spec, m_io.outputWidth())
                            : CommandCatalogue::globalHelp(m_io.outputWidth()));
        return finish(sub.isEmpty() || spec ? ExitCode::Ok : ExitCode::Usage);
    }
    const CommandSpec *spec = commandName.isEmpty() ? nullptr : CommandCatalogue::find(all, commandName);

    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOptions(CommandCatalogue::globalOptions());
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
        m_io.out() << (spec ? CommandCatalogue::commandHelp(*spec, m_io.outputWidth())
                            : CommandCatalogue::globalHelp(m_io.outputWidth()));
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
                        .arg(word, CommandCatalogue::commandNames().join(QStringLiteral(", "))),
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
    // Asked only of commands that have --csv: the parser warns about an option it was not given.
    const bool takesCsv = std::any_of(spec->options.cbegin(), spec->options.cend(), [](const QCommandLineOption &o) {
        return o.names().contains(QStringLiteral("csv"));
    });
    if (takesCsv && m_parser.isSet(QStringLiteral("csv")) && m_parser.isSet(QStringLiteral("json")))
        return fail(tr("--csv and --json cannot be used together: choose one."), ExitCode::Usage);
    // list's filters are checked before any server or key is looked for, so a typo is named first.
    if (spec->name == u"list") {
        if (const auto selection = ListSelection::fromParser(m_parser); !selection)
            return fail(selection.error(), ExitCode::Usage);
    }
    if (spec->group == CommandSpec::Group::Reissue) {
        if (const auto usage = ReissueCommand::checkUsage(m_parser, m_arguments); !usage)
            return fail(usage.error(), ExitCode::Usage);
    }
    // The whole wait for each request's answer; the queue shares it among the attempts.
    m_services.client->setTimeout(CommandCatalogue::kAttemptTimeoutMs);
    m_services.client->setWaitLimit(CommandCatalogue::kDefaultWaitMs);
    if (m_parser.isSet(QStringLiteral("timeout"))) {
        const auto timeout = Duration::parseMs(m_parser.value(QStringLiteral("timeout")));
        if (!timeout)
            return fail(tr("--timeout needs a duration such as 500ms, 10s or 1m."), ExitCode::Usage);
        m_services.client->setWaitLimit(*timeout);
    }
    {
        // Rate options are checked here, before anything else can go wrong, so a typo is named.
        RateLimitPolicy scratch;
        QString error;
        if (!buildPolicy(nullptr, &scratch, &error))
            return fail(error, ExitCode::Usage);
    }
    if (spec->group == CommandSpec::Group::Profiles)
        return startCommand();
    // A URL is checked directly: no server, no key. Only an id is looked up through the API.
    if (spec->group == CommandSpec::Group::Check && !IdList::parseId(m_arguments.value(0)))
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

    if (profile && profile->baseUrl == m_baseUrl)
        m_services.profileName = profile->name;

    RateLimitPolicy policy;
    if (!buildPolicy(profile ? &*profile : nullptr, &policy, &error))
        return fail(error, ExitCode::Usage);
    m_services.queue->setPolicy(policy);

    // The journal before the key: a broken journal stops a write before anything else is asked.
    const QList<CommandSpec> all = CommandCatalogue::commands();  // findSpec points into it
    const CommandSpec *spec = CommandCatalogue::find(all, m_command);
    if (spec->journal && !openJournal(profile ? &*profile : nullptr))
        return;
    if (!spec->needsKey || (!spec->localOption.isEmpty() && m_parser.isSet(spec->localOption)))
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
                                 "WEBHOOK_API_KEY.")
                            + result.detailLine(),
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
    const auto opened = m_services.connection->openJournal(
        directory, JournalLocation::journalName(profileName, m_baseUrl),
        JournalLocation::legacyNames(profileName, m_baseUrl), owner, profileName, m_baseUrl);
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
    const QList<CommandSpec> all = CommandCatalogue::commands();  // findSpec points into it
    const CommandSpec *spec = CommandCatalogue::find(all, m_command);
    switch (spec->group) {
    case CommandSpec::Group::Subscriptions:
        m_group = std::make_unique<SubscriptionCommands>(m_io, m_services, m_parser);
        break;
    case CommandSpec::Group::Bulk:
        m_group = std::make_unique<BulkCommand>(m_io, m_services, m_parser);
        break;
    case CommandSpec::Group::Deliveries:
        m_group = std::make_unique<DeliveryCommands>(m_io, m_services, m_parser);
        break;
    case CommandSpec::Group::Profiles:
        m_group = std::make_unique<ProfileCommands>(m_io, m_services, m_parser);
        break;
    case CommandSpec::Group::Journal:
        m_group = std::make_unique<JournalCommands>(m_io, m_services, m_parser);
        break;
    case CommandSpec::Group::Activity:
        m_group = std::make_unique<ActivityLogCommand>(m_io, m_services, m_parser);
        break;
    case CommandSpec::Group::Reissue:
        m_group = std::make_unique<ReissueCommand>(m_io, m_services, m_parser);
        break;
    case CommandSpec::Group::Check:
        m_group = std::make_unique<CheckCommand>(m_io, m_services, m_parser);
        break;
    }
    connect(m_group.get(), &CommandGroup::finished, this, [this](int code) { finish(code); });
    // A line per retry on a terminal; scripts parse stderr, so nothing extra for them. The bulk
    // commands draw a progress line there instead.
    const bool single = spec->group == CommandSpec::Group::Subscriptions
        || spec->group == CommandSpec::Group::Deliveries || spec->group == CommandSpec::Group::Check;
    if (single && m_io.errIsTerminal()) {
        connect(m_services.queue, &RequestQueue::retrying, m_group.get(), [this](const RetryNotice &notice) {
            m_io.err() << AttemptReport::retryLine(notice) << '\n';
            m_io.err().flush();
        });
    }
    QString command = m_command;
    if (command.startsWith(QStringLiteral("profile ")))
        command = command.mid(8);
    m_group->start(command, m_arguments);
}
