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
    static QList<CommandSpec> commands();
    // The command of that name ("profile add" counts as one) in `all`, or null.
    static const CommandSpec *find(const QList<CommandSpec> &all, const QString &command);
    static QStringList commandNames();
    static QList<QCommandLineOption> globalOptions();
    // Laid out for a terminal of that many columns (HelpText).
    static QString globalHelp(int width);
    static QString commandHelp(const CommandSpec &spec, int width);
};
