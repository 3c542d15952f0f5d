#include "cli/ShellCompletion.h"

#include "cli/CommandCatalogue.h"
#include "cli/CompletionCache.h"
#include "profiles/ProfileStore.h"

#include <algorithm>

namespace {

enum class IdArguments { None, First, All };

// What the catalogue's synopsis says the command takes first: "get ID", "check ID|URL" (one
// subscription id), "disable ID... [-]" (any number of them).
IdArguments idArgumentsOf(const CommandSpec &spec)
{
    const QString first = spec.synopsis.section(u' ', spec.name.count(u' ') + 1, spec.name.count(u' ') + 1);
    if (first == u"ID...")
        return IdArguments::All;
    return first == u"ID" || first.startsWith(QStringLiteral("ID|")) ? IdArguments::First : IdArguments::None;
}

QString firstSentence(const QString &text)
{
    const qsizetype end = text.indexOf(QStringLiteral(". "));
    return end < 0 ? text : text.left(end + 1);
}

}  // namespace

struct ShellCompletion::Parsed
{
    QString command;  // "list", "profile add", "profile" (no subcommand yet), "help"
    QStringList arguments;  // positional arguments after the command word(s)
    QStringList optionsGiven;  // long names
    QString profile;  // --profile's value, if given
    bool baseUrlGiven = false;
    bool afterDoubleDash = false;
};

ShellCompletion::ShellCompletion(const ProfileStore &profiles, const CompletionCache &cache)
    : m_profiles(profiles)
    , m_cache(cache)
{ }

ShellCompletion::Parsed ShellCompletion::parse(const QStringList &before, const QStringList &withValue)
{
    Parsed parsed;
    for (int i = 0; i < before.size(); ++i) {
        const QString &word = before[i];
        if (!parsed.afterDoubleDash && word == u"--") {
            parsed.afterDoubleDash = true;
            continue;
        }
        if (!parsed.afterDoubleDash && word.startsWith(u'-') && word != u"-") {
            QString option = word.mid(word.startsWith(u"--") ? 2 : 1);
            QString value;
            bool hasValue = false;
            if (const qsizetype eq = option.indexOf(u'='); eq >= 0) {
                value = option.mid(eq + 1);
                option.truncate(eq);
                hasValue = true;
            } else if (withValue.contains(option) && i + 1 < before.size()) {
                value = before[++i];
                hasValue = true;
            }
            parsed.optionsGiven << option;
            if (option == u"profile" && hasValue)
                parsed.profile = value;
            parsed.baseUrlGiven = parsed.baseUrlGiven || option == u"base-url";
            continue;
        }
        if (parsed.command.isEmpty())
            parsed.command = word;
        else if (parsed.command == u"profile" && parsed.arguments.isEmpty()
                 && (word == u"add" || word == u"list" || word == u"remove"))
            parsed.command += u' ' + word;
        else
            parsed.arguments << word;
    }
    return parsed;
}

QList<ShellCompletion::Candidate> ShellCompletion::complete(const QStringList &words) const
{
    const QString current = words.isEmpty() ? QString() : words.constLast();
    const QStringList before = words.mid(0, words.size() - 1);
    const QStringList withValue = CommandCatalogue::optionsWithValue();
    const Parsed parsed = parse(before, withValue);

    QList<Candidate> candidates;
    QString prefix;  // put back in front of each value ("--profile=")
    const QString previous = before.isEmpty() ? QString() : before.constLast();
    const bool previousTakesValue =
        previous.startsWith(QStringLiteral("--")) && withValue.contains(previous.mid(2)) && !parsed.afterDoubleDash;
    if (previousTakesValue) {
        candidates = optionValues(previous.mid(2));
    } else if (current.startsWith(QStringLiteral("--")) && current.contains(u'=') && !parsed.afterDoubleDash) {
        prefix = current.left(current.indexOf(u'=') + 1);
        candidates = optionValues(prefix.mid(2, prefix.size() - 3));
    } else if (current.startsWith(u'-') && !parsed.afterDoubleDash) {
        candidates = options(parsed);
    } else {
        candidates = positional(parsed);
    }

    QList<Candidate> matching;
    for (Candidate &c : candidates) {
        c.value.prepend(prefix);
        if (c.value.startsWith(current))
            matching << c;
    }
    return matching;
}

QList<ShellCompletion::Candidate> ShellCompletion::optionValues(const QString &option) const
{
    if (option == u"profile")
        return profileNames();
    QList<Candidate> values;
    for (const QString &value : CommandCatalogue::fixedValues(option))
        values.push_back({value, {}});
    if (option == u"sort") {
        for (const QString &column : CommandCatalogue::fixedValues(option))
            values.push_back({u'-' + column, tr("reversed")});
    }
    return values;
}

QList<ShellCompletion::Candidate> ShellCompletion::options(const Parsed &parsed) const
{
    QList<QCommandLineOption> offered = CommandCatalogue::globalOptions();
    const QList<CommandSpec> all = CommandCatalogue::commands();
    if (const CommandSpec *spec = CommandCatalogue::find(all, parsed.command))
        offered += spec->options;
    QList<Candidate> candidates;
    for (const QCommandLineOption &option : offered) {
        const QString name = option.names().constLast();  // the long one ("help", not "h")
        // An option is offered once, except the one meant to be repeated.
        if (parsed.optionsGiven.contains(name) && name != u"rate-limit")
            continue;
        candidates.push_back({QStringLiteral("--") + name, option.description()});
    }
    return candidates;
}

QList<ShellCompletion::Candidate> ShellCompletion::positional(const Parsed &parsed) const
{
    const QList<CommandSpec> all = CommandCatalogue::commands();
    QList<Candidate> candidates;
    if (parsed.command.isEmpty() || (parsed.command == u"help" && parsed.arguments.isEmpty())) {
        QStringList seen;
        for (const CommandSpec &spec : all) {
            const QString word = spec.name.section(u' ', 0, 0);
            if (seen.contains(word))
                continue;
            seen << word;
            candidates.push_back(
                {word, word == u"profile" ? tr("Add, list or remove profiles.") : firstSentence(spec.description)});
        }
        if (parsed.command.isEmpty())
            candidates.push_back({QStringLiteral("help"), tr("Show the help of one command.")});
        return candidates;
    }
    if (parsed.command == u"profile") {
        for (const CommandSpec &spec : all) {
            if (spec.name.startsWith(QStringLiteral("profile ")))
                candidates.push_back({spec.name.mid(8), firstSentence(spec.description)});
        }
        return candidates;
    }
    if (parsed.command == u"profile remove" && parsed.arguments.isEmpty())
        return profileNames();
    const CommandSpec *spec = CommandCatalogue::find(all, parsed.command);
    const IdArguments ids = spec ? idArgumentsOf(*spec) : IdArguments::None;
    if ((ids == IdArguments::First && parsed.arguments.isEmpty()) || ids == IdArguments::All)
        return subscriptionIds(parsed);
    return candidates;
}

QList<ShellCompletion::Candidate> ShellCompletion::profileNames() const
{
    QList<Candidate> names;
    const QString lastUsed = m_profiles.lastUsed();
    for (const QString &name : m_profiles.names()) {
        const auto profile = m_profiles.profile(name);
        QString description = profile ? profile->baseUrl.toDisplayString() : QString();
        if (name == lastUsed)
            description = tr("%1 (default)").arg(description);
        names.push_back({name, description});
    }
    return names;
}

QList<ShellCompletion::Candidate> ShellCompletion::subscriptionIds(const Parsed &parsed) const
{
    // The ids belong to a profile; a bare --base-url has none of its own.
    const QString profile = !parsed.profile.isEmpty() ? parsed.profile
        : parsed.baseUrlGiven                         ? QString()
                                                      : m_profiles.lastUsed();
    if (profile.isEmpty())
        return {};
    QList<Candidate> ids;
    for (const CompletionCache::Entry &entry : m_cache.entries(profile)) {
        if (!parsed.arguments.contains(entry.id))
            ids.push_back({entry.id, entry.url});
    }
    return ids;
}

QString ShellCompletion::format(const QList<Candidate> &candidates)
{
    QString text;
    for (const Candidate &c : candidates) {
        text += c.value;
        if (!c.description.isEmpty()) {
            QString description = c.description;
            description.replace(u'\n', u' ').replace(u'\t', u' ');
            text += u'\t' + description;
        }
        text += u'\n';
    }
    return text;
}
