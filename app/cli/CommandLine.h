#pragma once

#include "cli/CliServices.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

class CliIo;
class CommandGroup;
class JournalUsers;
class RateLimitPolicy;
class WriteJournal;
struct KeychainResult;
struct Profile;

// webhookctl: parses the command line (the commands and options are CommandCatalogue's), resolves the connection
// (profile, base URL, API key from stdin, WEBHOOK_API_KEY or the keychain, rate-limit policy, consent to plain http)
// and runs one command group. Asynchronous throughout: run() returns at once, finished(exitCode) follows exactly once,
// from the event loop.
class CommandLine : public QObject
{
    Q_OBJECT
public:
    CommandLine(const CliServices &services, CliIo &io, QObject *parent = nullptr);
    ~CommandLine() override;

    // `arguments` as QCoreApplication::arguments() gives them (program name first).
    void run(const QStringList &arguments);
    // Ctrl-C: the running command stops what is still queued and reports; before any command
    // runs, webhookctl simply finishes with exit code 130.
    void interrupt();

Q_SIGNALS:
    void finished(int exitCode);

private:
    static QString findCommandWord(const QStringList &arguments, QString *subcommand);

    void finish(int exitCode);
    void fail(const QString &message, int exitCode);
    void resolveConnection();
    void useKey(const QByteArray &key);
    bool buildPolicy(const Profile *profile, RateLimitPolicy *policy, QString *error) const;
    bool openJournal(const Profile *profile);
    void startCommand();

    CliServices m_services;
    CliIo &m_io;
    QCommandLineParser m_parser;
    QString m_command;  // "list", "profile add", ...
    QStringList m_arguments;  // positional arguments after the command word(s)
    QString m_profileName;  // the profile in use, if any
    QUrl m_baseUrl;
    bool m_allowInsecure = false;
    // Declared before the group, which uses it, so it outlives it.
    std::unique_ptr<JournalUsers> m_users;  // this run's registration as a user of the journal
    std::unique_ptr<CommandGroup> m_group;
    bool m_finished = false;
};
