#pragma once

#include "cli/CommandGroup.h"
#include "journal/JournalEntry.h"

#include <QDateTime>

#include <optional>

// log [--since WHEN] [--subscription ID] [--keep-days N]: the changes made from this computer to
// the profile (or server) in use, read from its journal: when, by which operating-system user,
// what each field was before and after, and how it ended. It is not the server's history: changes
// made elsewhere are not in it. Reads local files only (no key, no request).
class ActivityLogCommand final : public CommandGroup
{
    Q_OBJECT
public:
    ActivityLogCommand(CliIo &io, const CliServices &services, const QCommandLineParser &parser,
                       QObject *parent = nullptr);

    void start(const QString &command, const QStringList &arguments) override;

    // --since: a date (2026-12-01, midnight UTC), a date and time (2026-12-01T09:30:00Z; without a
    // zone, UTC) or a time ago ("90m", "12h", "7d"; see Duration). nullopt when it is none of them.
    static std::optional<QDateTime> parseSince(const QString &text, const QDateTime &nowUtc);
    // How an entry ended, as a stable word for scripts: confirmed, failed, uncertain, not-sent,
    // discarded.
    static QString resultName(const JournalEntry &entry);

private:
    void printTable(const QList<JournalEntry> &entries, int keepDays);
    void printJson(const QList<JournalEntry> &entries);
};
