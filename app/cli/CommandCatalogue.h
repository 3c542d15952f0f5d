#pragma once

#include "cli/CommandSpec.h"

#include <QCoreApplication>
#include <QStringList>

// What webhookctl offers, as data: every command with its options and help, the options every
// command takes, and the help texts made from them. CommandLine parses and runs against it.
class CommandCatalogue
{
    // The texts keep the translation context they have always had: webhookctl's command line.
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    // --timeout: the whole wait for one request's answer, retries included. A minute is long
    // enough for a slow server and a second attempt, and short enough that a script does not
    // hang on a dead one (it was over 100 s with four 30 s attempts).
    static constexpr qint64 kDefaultWaitMs = 60'000;
    // The most one attempt takes while a retry can still follow it; the last gets what is left.
    static constexpr qint64 kAttemptTimeoutMs = 30'000;

    static QList<CommandSpec> commands();
    // The command of that name ("profile add" counts as one) in `all`, or null.
    static const CommandSpec *find(const QList<CommandSpec> &all, const QString &command);
    static QStringList commandNames();
    static QList<QCommandLineOption> globalOptions();
    // The names of every option, global or a command's, that takes a value ("profile", "status").
    static QStringList optionsWithValue();
    // The values an option takes when they are a fixed set (--status, --sort); empty otherwise.
    static QStringList fixedValues(const QString &option);
    // Laid out for a terminal of that many columns (HelpText).
    static QString globalHelp(int width);
    static QString commandHelp(const CommandSpec &spec, int width);
};
