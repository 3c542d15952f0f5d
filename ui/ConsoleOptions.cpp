#include "ui/ConsoleOptions.h"

#include "common/Duration.h"

#include <QCommandLineParser>
#include <QCoreApplication>

ConsoleOptions::Outcome ConsoleOptions::parse(const QStringList &arguments, ConsoleOptions *options, QString *message)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("ConsoleOptions",
                                    "Desktop console for webhook subscriptions: find, toggle, edit, create and delete "
                                    "subscriptions and watch their deliveries."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("ConsoleOptions",
                                    "Start a local demo server (webhook-sandbox) with sample data and connect to it."));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("ConsoleOptions", "Connect with the saved profile <name>."),
        QCoreApplication::translate("ConsoleOptions", "name"));
    const QCommandLineOption windowOption(
        QStringLiteral("rate-window"),
        QCoreApplication::translate("ConsoleOptions",
                                    "Apply the rate limits over <duration> instead of a minute (e.g. 1s; for demos "
                                    "and tests)."),
        QCoreApplication::translate("ConsoleOptions", "duration"));
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("ConsoleOptions", "Path of the webhook-sandbox program used by --demo."),
        QCoreApplication::translate("ConsoleOptions", "path"));
    parser.addOptions({demoOption, profileOption, windowOption, sandboxOption});

    if (!parser.parse(arguments)) {
        *message = parser.errorText();
        return Outcome::ExitError;
    }
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all"))) {
        *message = parser.helpText();
        return Outcome::ExitOk;
    }
    if (parser.isSet(versionOption)) {
        *message = QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion()
            + QLatin1Char('\n');
        return Outcome::ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *message = QCoreApplication::translate("ConsoleOptions", "Unexpected argument: %1")
                       .arg(parser.positionalArguments().constFirst());
        return Outcome::ExitError;
    }
    options->demo = parser.isSet(demoOption);
    options->profile = parser.value(profileOption);
    options->sandboxExecutable = parser.value(sandboxOption);
    if (parser.isSet(windowOption)) {
        options->rateWindowMs = Duration::parseMs(parser.value(windowOption));
        if (!options->rateWindowMs) {
            *message = QCoreApplication::translate("ConsoleOptions", "Not a duration: %1 (use e.g. 250ms, 1s, 1m)")
                           .arg(parser.value(windowOption));
            return Outcome::ExitError;
        }
    }
    return Outcome::Run;
}
