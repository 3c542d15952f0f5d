#pragma once

#include "cli/CliServices.h"

#include <QObject>
#include <QStringList>

class ApiError;
class CliIo;
class QCommandLineParser;

// Base of webhookctl's command groups: the streams, the services, the parsed command line, and
// finishing exactly once with an exit code.
class CommandGroup : public QObject
{
    Q_OBJECT
public:
    CommandGroup(CliIo &io, const CliServices &services, const QCommandLineParser &parser, QObject *parent = nullptr);

    // Starts `command` with its positional arguments; finished() follows, never from inside.
    virtual void start(const QString &command, const QStringList &arguments) = 0;
    // Ctrl-C: stop what is still queued. The default cancels every request and exits with 130.
    virtual void interrupt();

Q_SIGNALS:
    void finished(int exitCode);

protected:
    void finish(int exitCode);
    // Prints "webhookctl: <message>" on stderr and finishes with `exitCode`.
    void fail(const QString &message, int exitCode);
    // Same for an API error, with the exit code that belongs to it.
    void failApi(const ApiError &error, const QString &context = {});
    void printError(const QString &message);
    // The journal could not record a write: says why and that nothing was sent (exit 8).
    void failJournal();

    bool jsonOutput() const;
    // Only list and deliveries have --csv (CommandLine refuses it together with --json).
    bool csvOutput() const;

    CliIo &m_io;
    CliServices m_services;
    const QCommandLineParser &m_parser;

private:
    bool m_finished = false;
};
