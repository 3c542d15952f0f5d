#include "journal/JournalEntry.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

QString JournalOrigin::currentOsUser()
{
#ifdef Q_OS_UNIX
    // The account database, not $USER: the environment is whatever the caller set.
    if (const passwd *entry = ::getpwuid(::geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return QString::number(::geteuid());
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

// The names are the journal's on-disk vocabulary: changing one makes old journals unreadable.
QString JournalEntry::kindName(JournalWrite::Kind kind)
{
    switch (kind) {
    case JournalWrite::Kind::Toggle:
        return QStringLiteral("toggle");
    case JournalWrite::Kind::Edit:
        return QStringLiteral("edit");
    case JournalWrite::Kind::Create:
        return QStringLiteral("create");
    case JournalWrite::Kind::Delete:
        return QStringLiteral("delete");
    }
    return QString();
}

std::optional<JournalWrite::Kind> JournalEntry::kindFromName(const QString &name)
{
    for (auto k : {JournalWrite::Kind::Toggle, JournalWrite::Kind::Edit, JournalWrite::Kind::Create,
                   JournalWrite::Kind::Delete}) {
        if (kindName(k) == name)
            return k;
    }
    return std::nullopt;
}

QString JournalEntry::stateName(State state)
{
    switch (state) {
    case State::Recorded:
        return QStringLiteral("recorded");
    case State::Sent:
        return QStringLiteral("sent");
    case State::Done:
        return QStringLiteral("done");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Discarded:
        return QStringLiteral("discarded");
    }
    return QString();
}

std::optional<JournalEntry::State> JournalEntry::stateFromName(const QString &name)
{
    for (auto s : {State::Recorded, State::Sent, State::Done, State::Failed, State::Discarded}) {
        if (stateName(s) == name)
            return s;
    }
    return std::nullopt;
}
