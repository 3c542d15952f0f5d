#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QCoreApplication;

// The console's command line: --demo, --profile NAME, --rate-window D, --sandbox PATH, --help, --version.
struct ConsoleOptions
{
    bool demo = false;
    QString profile;  // empty: the last used profile
    std::optional<qint64> rateWindowMs;  // compressed rate window for the client (and the demo server)
    QString sandboxExecutable;  // empty: next to the console executable

    enum class Outcome { Run, ExitOk, ExitError };
    // Parses app.arguments(). --help/--version print and return ExitOk; bad input prints the
    // reason to stderr and returns ExitError.
    static Outcome parse(const QStringList &arguments, ConsoleOptions *options, QString *message);
};
